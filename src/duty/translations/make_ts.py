#!/usr/bin/env python3
"""Writes xiuhua_duty_zh_CN.ts from the duty page's strings and the Chinese below.

The duty page answers officers in Chinese and English at once, so it translates per request with
its own translator (src/duty/duty_page.cpp) rather than the process's. Its strings use the fixed
context "DutyPage", so lupdate also collects them into the main xiuhua_zh_CN.ts. Fails when a
string has no Chinese here, so no English slips onto the Chinese page.
"""
import html
import pathlib
import re
import sys

ZH = {
    "Dispatched": "已派警",
    "Acknowledged": "收到",
    "En route": "在途",
    "On scene": "已到场",
    "Cleared": "处置完毕",
    "Cancelled": "已取消",
    "Duty": "执勤",
    "Xiuhua · Duty": "绣花 · 执勤",
    "Login (badge number)": "账号（警号）",
    "Password": "密码",
    "Log in": "登录",
    "Back to the duty page": "返回执勤页",
    "Log out": "退出",
    "Allow location to report your position while this page is open.": "允许定位后，本页打开期间会上报您的位置。",
    "Location is not allowed: no position is sent.": "未允许定位：不上报位置。",
    "Position not sent (no connection).": "位置未发送（无连接）。",
    "You hold %1 more active assignment(s); the dispatcher has them.": "您另有 %1 个进行中的派警，详情请联系调度员。",
    "No current assignment.": "当前没有派警任务。",
    "Category": "类别",
    "Priority": "等级",
    "Address": "地址",
    "Caller": "报警人",
    "Dispatched at": "派警时间",
    "Request backup": "需要支援",
    "What is needed (optional)": "需要什么支援（可不填）",
    "Open in the map app": "在地图应用中打开",
    "Backup requested at %1; the dispatchers have been alerted.": "已于 %1 请求支援，调度员已收到提醒。",
    "Notes": "备注",
    "Follow-up visit": "回访",
    "Due": "应回访时间",
    "What the visit found": "回访情况",
    "Satisfaction (5 = very satisfied)": "满意度（5 = 非常满意）",
    "Record the visit": "记录回访",
    "There is no such page.": "没有这个页面。",
    "Your session has ended; log in again.": "登录已失效，请重新登录。",
    "This request did not come from your duty page.": "此请求不是来自您的执勤页，已拒绝。",
    "This request did not come from the duty page.": "此请求不是来自执勤页，已拒绝。",
    "Too many wrong passwords: this account is locked for %1 minute(s).": "密码错误次数过多：账号已锁定 %1 分钟。",
    "Wrong login or password.": "账号或密码错误。",
    "Acknowledged: the dispatchers see it.": "已确认收到，调度员可见。",
    "On scene: the dispatchers see it.": "已到场，调度员可见。",
    "Cleared: the assignment is closed.": "处置完毕，任务已结束。",
    "Backup requested: the dispatchers have been alerted.": "已请求支援，调度员已收到提醒。",
    "Follow-up visit recorded.": "回访已记录。",
    "Unknown action.": "未知操作。",
    "The position could not be read.": "无法读取位置。",
    "This service takes no positions.": "本服务不接收位置。",
    "No phone is registered for you: ask the administrator to register one.": "您没有登记的终端：请联系管理员登记。",
    "Position sent.": "位置已发送。",
    "The station service could not do this now; try again.": "服务暂时无法完成此操作，请重试。",
    "Position received but not used (implausible or older than the last one).": "位置已收到但未采用（不合理或早于上一次）。",
}

LITERAL = r'"(?:[^"\\]|\\.)*"'
CALL = re.compile(r'QT_TRANSLATE_NOOP\(\s*"DutyPage"\s*,\s*((?:' + LITERAL + r'\s*)+)\)')


def unquote(literals):
    parts = re.findall(LITERAL, literals)
    return "".join(bytes(p[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
                   for p in parts)


def main():
    here = pathlib.Path(__file__).resolve().parent
    messages = {}
    for source in sorted(here.parent.glob("*.cpp")):
        for match in CALL.finditer(source.read_text(encoding="utf-8")):
            messages[unquote(match.group(1))] = None
    missing = [m for m in messages if m not in ZH]
    if missing:
        sys.exit("no Chinese for: " + repr(missing))
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE TS>', '<TS version="2.1" language="zh_CN">',
           "<context>\n    <name>DutyPage</name>"]
    for source in sorted(messages):
        out.append('    <message>\n        <source>%s</source>\n        <translation>%s</translation>\n'
                   '    </message>' % (html.escape(source, quote=False), html.escape(ZH[source], quote=False)))
    out.append("</context>\n</TS>\n")
    (here / "xiuhua_duty_zh_CN.ts").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
