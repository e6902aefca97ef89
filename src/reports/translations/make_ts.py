#!/usr/bin/env python3
"""Writes reports_zh_CN.ts from the reports' source strings and the Chinese below.

The reports carry their own translation file so the printed report is Chinese from the day it
lands; the strings use the fixed context "Report", so lupdate also collects them into the main
xiuhua_zh_CN.ts, where these translations can be merged. Fails when a source string has no
Chinese here, so no English slips onto a Chinese report.
"""
import html
import pathlib
import re
import sys

ZH = {
    "Shift report": "班次报告",
    "Period report": "时段报告",
    "Page %1 of %2": "第 %1 页 / 共 %2 页",
    "DEMO DATA — not real incidents": "演示数据 — 非真实警情",
    "Printed %1": "打印时间 %1",
    "Content check %1": "内容校验码 %1",
    "new": "新增",
    "Outside the communities": "辖区社区以外",
    "Shift": "班次",
    "Period": "时段",
    "Time": "时间",
    "Supervisor": "值班长",
    "Dispatchers": "调度员",
    "Signed off": "已签署",
    "Incidents": "警情",
    "Unresolved at hand-over": "交班时未结警情",
    "Dispatch over %1": "派警超过 %1",
    "Arrivals over target": "到场超时（人次）",
    "Incidents by category, compared": "警情类别及同比环比",
    "Priority, source and status": "警情级别、来源与状态",
    "By community": "按社区",
    "Category": "类别",
    "This shift": "本班",
    "This period": "本期",
    "Same shift last week": "上周同班",
    "A week earlier": "上周同期",
    "Change": "增减",
    "Same period last year": "去年同期",
    "Total": "合计",
    "Change = (this − earlier) ÷ earlier. \"new\": none earlier; \"—\": none in either.":
        "增减 =（本期 − 对比期）÷ 对比期。“新增”：对比期为零；“—”：两期均为零。",
    "Priority": "级别",
    "Source": "来源",
    "Status": "状态",
    "Community": "社区",
    "Response times": "响应时间",
    "Interval": "环节",
    "Median": "中位数",
    "90th percentile": "90% 分位",
    "Target": "目标",
    "Over target": "超时",
    "Received → dispatched": "接警 → 派警",
    "Dispatched → on scene": "派警 → 到场",
    "police %1 · fire %2": "民警 %1 · 消防 %2",
    "On scene → cleared": "到场 → 处置完毕",
    "Received → closed": "接警 → 结案",
    "Times in minutes:seconds. Median and 90th percentile by the nearest-rank method (an observed value). "
    "Over target: incidents dispatched later than the target; arrivals later than the target for the "
    "responder's kind, counted per responder.":
        "时间为 分:秒。中位数与 90% 分位按最近秩法计算（取实际出现的数值）。超时：派警晚于目标的警情数；"
        "到场晚于该类警力目标的出警人次。",
    "Slowest responses (received → first on scene)": "响应最慢的警情（接警 → 首名警力到场）",
    "No responder reached a scene in this period.": "本期没有警力到场记录。",
    "Incident": "警情编号",
    "Received": "接警时间",
    "To scene": "到场用时",
    "Reason (as logged)": "原因（据记录）",
    "no reason logged": "未记录原因",
    "Where and when": "警情分布",
    "Incidents by hour of day": "各时段警情数（按小时）",
    "Incidents per hour": "每小时警情数",
    "Workload per responder": "警力工作量",
    "No responder was assigned in this period.": "本期没有派出警力。",
    "Name": "姓名",
    "Badge": "警号",
    "Kind": "类别",
    "On scene": "现场时间",
    "Own community": "责任社区",
    "In community, week": "近一周在社区",
    "Half-days / norm": "半天数 / 标准",
    "Times in hours:minutes. In community: the week ending with this period, on scene at incidents in the "
    "officer's own community plus rostered community hours; a half-day (morning or afternoon) counts with at "
    "least 2 hours there. Norm: at least 5 half-days a week.":
        "时间为 时:分。在社区时间：截至本期末的一周内，在本人责任社区警情现场的时间，加上排班中标为下社区的时间；"
        "上午或下午在社区满 2 小时计一个半天。标准：每周不少于 5 个半天。",
    "Hand-over": "交接事项",
    "Unresolved incidents (%1)": "未结警情（%1）",
    "Follow-up visits (回访) due by the end of the next day (%1)": "次日结束前到期的回访（%1）",
    "Open hazards (%1)": "未整改隐患（%1）",
    "Hand-over notes": "交班说明",
    "None recorded.": "未填写。",
    "None.": "无。",
    "Pri.": "级别",
    "Last update": "最新情况",
    "Responders": "出警人员",
    "Address": "地址",
    "none assigned": "未派警",
    "Due": "到期",
    "Officer": "民警",
    "overdue": "已逾期",
    "Hazard": "隐患",
    "Description": "情况",
    "Found": "发现时间",
    "Found by": "发现人",
    "Amendments to signed shifts": "已签署班次的更正",
    "None: no incident of a signed shift was changed during this period.": "无：本期内已签署班次的警情没有变更。",
    "Signed shift": "已签署班次",
    "Changed": "变更时间",
    "By": "操作人",
    "Date and time": "日期时间",
    "Signature": "签名",
    "Sign-off": "签署",
    "Outgoing supervisor": "交班值班长",
    "Incoming supervisor": "接班值班长",
    "Content check (SHA-256 of the report's data): %1": "内容校验码（报告数据的 SHA-256）：%1",
    "Audit record when printed: no. %1, hash %2. Keep this page: `xiuhua verify-audit --expect %1:%2` proves "
    "later that the record still holds everything up to here.":
        "打印时的审计记录：第 %1 条，哈希 %2。请保存此页：日后运行 `xiuhua verify-audit --expect %1:%2` "
        "可证明审计记录仍完整包含截至此处的全部内容。",
    "Signing confirms the figures above and the hand-over of the listed incidents, follow-ups and hazards. "
    "Changes after sign-off appear as amendments in a later report.":
        "签字即确认以上数据，并确认所列警情、回访和隐患已交接。签署后的变更将作为更正列入之后的报告。",
    "Appendix: incidents of the period (%1)": "附：本期警情清单（%1）",
    "Dispatch": "派警用时",
    "Subcategory": "子类",
    "Disposition": "处置结果",
    "Responder": "出警人员",
    "Dispatched": "派警时间",
    "On scene at": "到场时间",
    "Cleared": "处置完毕时间",
    "Cancelled": "取消时间",
    "Cancel reason": "取消原因",
    "Phone": "电话",
    "Handwritten updates": "手写记录（时间、情况）",
    "Closed at": "结束时间",
    "No unresolved incidents at %1.": "截至 %1 没有未结警情。",
    "Unresolved incidents — paper fallback sheet  %1": "未结警情纸质备用表  %1",
    "Printed %1 · %n incident(s) open · write every change with the time; enter them when the system is back.":
        "打印时间 %1 · 未结警情 %n 起 · 每项变化请注明时间，系统恢复后补录。",
    "Unresolved incidents": "未结警情",
    # ReportCommand
    "The folder for %1 does not exist.": "%1 所在的文件夹不存在。",
    "Cannot write %1.": "无法写入 %1。",
    "There is no shift %1 in %2.": "%2 中没有班次 %1。",
    "Wrote %1": "已写入 %1",
    "The database %1 does not exist.": "数据库 %1 不存在。",
    "The database has schema version %1; this Xiuhua reads version %2. Open it once in the console (which "
    "upgrades it), then report.":
        "数据库结构版本为 %1，本程序读取版本 %2。请先在控制台中打开一次（会自动升级），再生成报告。",
    "Cannot read the database %1: %2": "无法读取数据库 %1：%2",
}

LITERAL = r'"(?:[^"\\]|\\.)*"'
CALL = re.compile(r'(?:QCoreApplication::translate\(\s*"(Report|ReportCommand)"\s*,|(?<![\w:])tr\()\s*((?:' +
                  LITERAL + r'\s*)+)')


def unquote(literals):
    parts = re.findall(LITERAL, literals)
    return "".join(bytes(p[1:-1], "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")
                   for p in parts)


def main():
    here = pathlib.Path(__file__).resolve().parent
    sources = sorted(here.parent.glob("*.cpp")) + [here.parents[1] / "app" / "report_command.cpp"]
    messages = {}
    for source in sources:
        text = source.read_text(encoding="utf-8")
        for match in CALL.finditer(text):
            context = match.group(1) or "Report"
            messages.setdefault(context, {})[unquote(match.group(2))] = None
    missing = [m for c in messages.values() for m in c if m not in ZH]
    if missing:
        sys.exit("no Chinese for: " + repr(missing))
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE TS>', '<TS version="2.1" language="zh_CN">']
    for context in sorted(messages):
        out.append("<context>\n    <name>%s</name>" % context)
        for source in sorted(messages[context]):
            numerus = ' numerus="yes"' if "%n" in source else ""
            zh = html.escape(ZH[source], quote=False)
            translation = "<numerusform>%s</numerusform>" % zh if numerus else zh
            out.append('    <message%s>\n        <source>%s</source>\n        <translation>%s</translation>\n'
                       '    </message>' % (numerus, html.escape(source, quote=False), translation))
        out.append("</context>")
    out.append("</TS>\n")
    (here / "xiuhua_reports_zh_CN.ts").write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
