<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DutyPage</name>
    <message>
        <source>Acknowledged</source>
        <translation>收到</translation>
    </message>
    <message>
        <source>Acknowledged: the dispatchers see it.</source>
        <translation>已确认收到，调度员可见。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Allow location to report your position while this page is open.</source>
        <translation>允许定位后，本页打开期间会上报您的位置。</translation>
    </message>
    <message>
        <source>Back to the duty page</source>
        <translation>返回执勤页</translation>
    </message>
    <message>
        <source>Backup requested at %1; the dispatchers have been alerted.</source>
        <translation>已于 %1 请求支援，调度员已收到提醒。</translation>
    </message>
    <message>
        <source>Backup requested: the dispatchers have been alerted.</source>
        <translation>已请求支援，调度员已收到提醒。</translation>
    </message>
    <message>
        <source>Caller</source>
        <translation>报警人</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>处置完毕</translation>
    </message>
    <message>
        <source>Cleared: the assignment is closed.</source>
        <translation>处置完毕，任务已结束。</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>已派警</translation>
    </message>
    <message>
        <source>Dispatched at</source>
        <translation>派警时间</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>应回访时间</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>执勤</translation>
    </message>
    <message>
        <source>En route</source>
        <translation>在途</translation>
    </message>
    <message>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Follow-up visit recorded.</source>
        <translation>回访已记录。</translation>
    </message>
    <message>
        <source>Location is not allowed: no position is sent.</source>
        <translation>未允许定位：不上报位置。</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Login (badge number)</source>
        <translation>账号（警号）</translation>
    </message>
    <message>
        <source>No current assignment.</source>
        <translation>当前没有派警任务。</translation>
    </message>
    <message>
        <source>No phone is registered for you: ask the administrator to register one.</source>
        <translation>您没有登记的终端：请联系管理员登记。</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <source>On scene: the dispatchers see it.</source>
        <translation>已到场，调度员可见。</translation>
    </message>
    <message>
        <source>Open in the map app</source>
        <translation>在地图应用中打开</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Position not sent (no connection).</source>
        <translation>位置未发送（无连接）。</translation>
    </message>
    <message>
        <source>Position received but not used (implausible or older than the last one).</source>
        <translation>位置已收到但未采用（不合理或早于上一次）。</translation>
    </message>
    <message>
        <source>Position sent.</source>
        <translation>位置已发送。</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Record the visit</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <source>Request backup</source>
        <translation>需要支援</translation>
    </message>
    <message>
        <source>Satisfaction (5 = very satisfied)</source>
        <translation>满意度（5 = 非常满意）</translation>
    </message>
    <message>
        <source>The position could not be read.</source>
        <translation>无法读取位置。</translation>
    </message>
    <message>
        <source>The station service could not do this now; try again.</source>
        <translation>服务暂时无法完成此操作，请重试。</translation>
    </message>
    <message>
        <source>There is no such page.</source>
        <translation>没有这个页面。</translation>
    </message>
    <message>
        <source>This request did not come from the duty page.</source>
        <translation>此请求不是来自执勤页，已拒绝。</translation>
    </message>
    <message>
        <source>This request did not come from your duty page.</source>
        <translation>此请求不是来自您的执勤页，已拒绝。</translation>
    </message>
    <message>
        <source>This service takes no positions.</source>
        <translation>本服务不接收位置。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for %1 minute(s).</source>
        <translation>密码错误次数过多：账号已锁定 %1 分钟。</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>未知操作。</translation>
    </message>
    <message>
        <source>What is needed (optional)</source>
        <translation>需要什么支援（可不填）</translation>
    </message>
    <message>
        <source>What the visit found</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message>
        <source>Xiuhua · Duty</source>
        <translation>绣花 · 执勤</translation>
    </message>
    <message>
        <source>You hold %1 more active assignment(s); the dispatcher has them.</source>
        <translation>您另有 %1 个进行中的派警，详情请联系调度员。</translation>
    </message>
    <message>
        <source>Your session has ended; log in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
</context>
</TS>
