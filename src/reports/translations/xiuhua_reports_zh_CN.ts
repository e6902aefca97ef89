<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Report</name>
    <message>
        <source>90th percentile</source>
        <translation>90% 分位</translation>
    </message>
    <message>
        <source>A week earlier</source>
        <translation>上周同期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Amendments to signed shifts</source>
        <translation>已签署班次的更正</translation>
    </message>
    <message>
        <source>Appendix: incidents of the period (%1)</source>
        <translation>附：本期警情清单（%1）</translation>
    </message>
    <message>
        <source>Arrivals over target</source>
        <translation>到场超时（人次）</translation>
    </message>
    <message>
        <source>Audit record when printed: no. %1, hash %2. Keep this page: `xiuhua verify-audit --expect %1:%2` proves later that the record still holds everything up to here.</source>
        <translation>打印时的审计记录：第 %1 条，哈希 %2。请保存此页：日后运行 `xiuhua verify-audit --expect %1:%2` 可证明审计记录仍完整包含截至此处的全部内容。</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>By community</source>
        <translation>按社区</translation>
    </message>
    <message>
        <source>Cancel reason</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消时间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <source>Change = (this − earlier) ÷ earlier. "new": none earlier; "—": none in either.</source>
        <translation>增减 =（本期 − 对比期）÷ 对比期。“新增”：对比期为零；“—”：两期均为零。</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更时间</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>处置完毕时间</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Content check %1</source>
        <translation>内容校验码 %1</translation>
    </message>
    <message>
        <source>Content check (SHA-256 of the report's data): %1</source>
        <translation>内容校验码（报告数据的 SHA-256）：%1</translation>
    </message>
    <message>
        <source>DEMO DATA — not real incidents</source>
        <translation>演示数据 — 非真实警情</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>情况</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>派警用时</translation>
    </message>
    <message>
        <source>Dispatch over %1</source>
        <translation>派警超过 %1</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>派警时间</translation>
    </message>
    <message>
        <source>Dispatched → on scene</source>
        <translation>派警 → 到场</translation>
    </message>
    <message>
        <source>Dispatchers</source>
        <translation>调度员</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Follow-up visits (回访) due by the end of the next day (%1)</source>
        <translation>次日结束前到期的回访（%1）</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <source>Half-days / norm</source>
        <translation>半天数 / 标准</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>交接事项</translation>
    </message>
    <message>
        <source>Hand-over notes</source>
        <translation>交班说明</translation>
    </message>
    <message>
        <source>Handwritten updates</source>
        <translation>手写记录（时间、情况）</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>In community, week</source>
        <translation>近一周在社区</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>警情</translation>
    </message>
    <message>
        <source>Incidents by category, compared</source>
        <translation>警情类别及同比环比</translation>
    </message>
    <message>
        <source>Incidents by hour of day</source>
        <translation>各时段警情数（按小时）</translation>
    </message>
    <message>
        <source>Incidents per hour</source>
        <translation>每小时警情数</translation>
    </message>
    <message>
        <source>Incoming supervisor</source>
        <translation>接班值班长</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最新情况</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>No responder reached a scene in this period.</source>
        <translation>本期没有警力到场记录。</translation>
    </message>
    <message>
        <source>No responder was assigned in this period.</source>
        <translation>本期没有派出警力。</translation>
    </message>
    <message>
        <source>No unresolved incidents at %1.</source>
        <translation>截至 %1 没有未结警情。</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>未填写。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>None: no incident of a signed shift was changed during this period.</source>
        <translation>无：本期内已签署班次的警情没有变更。</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <source>On scene</source>
        <translation>现场时间</translation>
    </message>
    <message>
        <source>On scene at</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <source>On scene → cleared</source>
        <translation>到场 → 处置完毕</translation>
    </message>
    <message>
        <source>Open hazards (%1)</source>
        <translation>未整改隐患（%1）</translation>
    </message>
    <message>
        <source>Outgoing supervisor</source>
        <translation>交班值班长</translation>
    </message>
    <message>
        <source>Outside the communities</source>
        <translation>辖区社区以外</translation>
    </message>
    <message>
        <source>Over target</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Own community</source>
        <translation>责任社区</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Period report</source>
        <translation>时段报告</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Pri.</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印时间 %1</translation>
    </message>
    <message numerus="yes">
        <source>Printed %1 · %n incident(s) open · write every change with the time; enter them when the system is back.</source>
        <translation><numerusform>打印时间 %1 · 未结警情 %n 起 · 每项变化请注明时间，系统恢复后补录。</numerusform></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Priority, source and status</source>
        <translation>警情级别、来源与状态</translation>
    </message>
    <message>
        <source>Reason (as logged)</source>
        <translation>原因（据记录）</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接警时间</translation>
    </message>
    <message>
        <source>Received → closed</source>
        <translation>接警 → 结案</translation>
    </message>
    <message>
        <source>Received → dispatched</source>
        <translation>接警 → 派警</translation>
    </message>
    <message>
        <source>Responder</source>
        <translation>出警人员</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>出警人员</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Same period last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <source>Same shift last week</source>
        <translation>上周同班</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>班次报告</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>签署</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已签署</translation>
    </message>
    <message>
        <source>Signed shift</source>
        <translation>已签署班次</translation>
    </message>
    <message>
        <source>Signing confirms the figures above and the hand-over of the listed incidents, follow-ups and hazards. Changes after sign-off appear as amendments in a later report.</source>
        <translation>签字即确认以上数据，并确认所列警情、回访和隐患已交接。签署后的变更将作为更正列入之后的报告。</translation>
    </message>
    <message>
        <source>Slowest responses (received → first on scene)</source>
        <translation>响应最慢的警情（接警 → 首名警力到场）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subcategory</source>
        <translation>子类</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>This shift</source>
        <translation>本班</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Times in hours:minutes. In community: the week ending with this period, on scene at incidents in the officer's own community plus rostered community hours; a half-day (morning or afternoon) counts with at least 2 hours there. Norm: at least 5 half-days a week.</source>
        <translation>时间为 时:分。在社区时间：截至本期末的一周内，在本人责任社区警情现场的时间，加上排班中标为下社区的时间；上午或下午在社区满 2 小时计一个半天。标准：每周不少于 5 个半天。</translation>
    </message>
    <message>
        <source>Times in minutes:seconds. Median and 90th percentile by the nearest-rank method (an observed value). Over target: incidents dispatched later than the target; arrivals later than the target for the responder's kind, counted per responder.</source>
        <translation>时间为 分:秒。中位数与 90% 分位按最近秩法计算（取实际出现的数值）。超时：派警晚于目标的警情数；到场晚于该类警力目标的出警人次。</translation>
    </message>
    <message>
        <source>To scene</source>
        <translation>到场用时</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Unresolved at hand-over</source>
        <translation>交班时未结警情</translation>
    </message>
    <message>
        <source>Unresolved incidents</source>
        <translation>未结警情</translation>
    </message>
    <message>
        <source>Unresolved incidents (%1)</source>
        <translation>未结警情（%1）</translation>
    </message>
    <message>
        <source>Unresolved incidents — paper fallback sheet  %1</source>
        <translation>未结警情纸质备用表  %1</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>警情分布</translation>
    </message>
    <message>
        <source>Workload per responder</source>
        <translation>警力工作量</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>no reason logged</source>
        <translation>未记录原因</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>未派警</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>police %1 · fire %2</source>
        <translation>民警 %1 · 消防 %2</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>Cannot read the database %1: %2</source>
        <translation>无法读取数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>The database has schema version %1; this Xiuhua reads version %2. Open it once in the console (which upgrades it), then report.</source>
        <translation>数据库结构版本为 %1，本程序读取版本 %2。请先在控制台中打开一次（会自动升级），再生成报告。</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>There is no shift %1 in %2.</source>
        <translation>%2 中没有班次 %1。</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
</TS>
