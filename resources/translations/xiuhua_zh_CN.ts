<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddLayerDialog</name>
    <message>
        <location filename="../../ui/map/add_layer_dialog.ui" line="+9"/>
        <source>Add layers</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file holds several layers. Choose the layers to add.</source>
        <translation>该文件包含多个图层。请选择要添加的图层。</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../src/ui/admin/audit_log_model.cpp" line="+17"/>
        <source>incident taken</source>
        <translation>受理警情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>110 transfer received</source>
        <translation>接收110转警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>110 transfer refused</source>
        <translation>拒收110转警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responder assigned</source>
        <translation>派出警力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incident status</source>
        <translation>警情状态变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note added</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incident corrected</source>
        <translation>更正警情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incident resolved</source>
        <translation>警情处置完毕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incident closed</source>
        <translation>警情结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>incident reopened</source>
        <translation>警情重新打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>call linked to incident</source>
        <translation>重复报警并入警情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assignment</source>
        <translation>派警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assignment status</source>
        <translation>派警状态变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responder added</source>
        <translation>新增警力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responder status</source>
        <translation>警力状态变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responder position</source>
        <translation>警力位置更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responder sent</source>
        <translation>警力出警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responder released</source>
        <translation>警力解除任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up visit planned</source>
        <translation>安排回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up visit done</source>
        <translation>完成回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hazard recorded</source>
        <translation>登记隐患</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift created</source>
        <translation>新建班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift opened</source>
        <translation>开班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift staffed</source>
        <translation>班次人员安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift closed and handed over</source>
        <translation>交班</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hand-over acknowledged</source>
        <translation>确认接班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift report signed</source>
        <translation>签署班次报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roster entry added</source>
        <translation>新增排班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roster entry changed</source>
        <translation>修改排班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roster entry removed</source>
        <translation>删除排班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roster copied</source>
        <translation>复制排班</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>response targets changed</source>
        <translation>修改响应时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>board warnings changed</source>
        <translation>修改看板预警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>login</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed login</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log-out</source>
        <translation>注销</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>console unlocked</source>
        <translation>解锁指挥台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed unlock</source>
        <translation>解锁失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account created</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role changed</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>own password changed</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account reactivated</source>
        <translation>重新启用账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account deactivated</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caller details shown</source>
        <translation>查看报警人信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit log exported</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup restored</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>demo data created</source>
        <translation>生成演示数据</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <location line="+8"/>
        <source>incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assignment</source>
        <translation>派警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>responder</source>
        <translation>警力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>roster entry</source>
        <translation>排班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>police post</source>
        <translation>社区警务室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>micro fire station</source>
        <translation>微型消防站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database</source>
        <translation>数据库</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../src/app/backup_command.cpp" line="+67"/>
        <source>Backed up %1 to %2 (%3 pages).</source>
        <translation>已将 %1 备份到 %2（%3 页）。</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+40"/>
        <source>Newest audit record: %1 at %2, hash %3</source>
        <translation>最新审计记录：%1，时间 %2，哈希 %3</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Backed up %1 to %2 (pg_dump archive, %3 bytes).</source>
        <translation>已将 %1 备份到 %2（pg_dump 归档，%3 字节）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+41"/>
        <source>The copy was made, but its audit record is not whole: %1. Keep the copy as evidence and report it to the supervisor.</source>
        <translation>副本已生成，但其审计记录不完整：%1。请保留该副本作为证据并报告值班长。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/app/backup_scheduler.cpp" line="+47"/>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored: %1</source>
        <translation>已恢复：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The replaced database was kept as %1</source>
        <translation>被替换的数据库已保留为 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not restored: %1</source>
        <translation>未恢复：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The restore failed: %1</source>
        <translation>恢复失败：%1</translation>
    </message>
    <message>
        <location filename="../../src/app/backup_scheduler.cpp" line="-11"/>
        <source>No backup made: the database is damaged (%1). Tell the supervisor; keep the earlier backups.</source>
        <translation>未做备份：数据库已损坏（%1）。请报告值班长，并保留之前的备份。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup %1 written, but its audit record is not whole: %2</source>
        <translation>备份 %1 已写入，但其审计记录不完整：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup written: %1</source>
        <translation>备份已写入：%1</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
</context>
<context>
    <name>CheckDb</name>
    <message>
        <location filename="../../src/app/check_db_command.cpp" line="+15"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot check the database: %1</source>
        <translation>无法检查数据库：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schema version: %1 (this Xiuhua writes %2)</source>
        <translation>数据库结构版本：%1（本版绣花写入版本 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal mode: %1</source>
        <translation>日志模式：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows:</source>
        <translation>各表行数：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integrity check: ok</source>
        <translation>完整性检查：通过</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The schema is older than this Xiuhua; opening it in the console will upgrade it.</source>
        <translation>数据库结构版本低于本版绣花；在指挥台中打开时将自动升级。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Healthy: yes</source>
        <translation>健康状态：正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy: NO</source>
        <translation>健康状态：异常</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/app/export_map_command.cpp" line="+287"/>
        <source>export-map needs --out FILE.png or --out FILE.pdf.</source>
        <translation>export-map 需要指定 --out FILE.png 或 --out FILE.pdf。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>--size must be WIDTHxHEIGHT between 16 and 20000, e.g. 1920x1080.</source>
        <translation>--size 须为 WIDTHxHEIGHT 格式，取值在 16 到 20000 之间，例如 1920x1080。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--extent must be four numbers: lon1,lat1,lon2,lat2.</source>
        <translation>--extent 须为四个数值：lon1,lat1,lon2,lat2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--extent must be lon1,lat1,lon2,lat2 with lon1 &lt; lon2 and lat1 &lt; lat2.</source>
        <translation>--extent 须为 lon1,lat1,lon2,lat2，且 lon1 &lt; lon2、lat1 &lt; lat2。</translation>
    </message>
    <message>
        <location filename="../../src/app/simulate_command.cpp" line="+207"/>
        <source>simulate needs --db FILE.</source>
        <translation>simulate 需要指定 --db FILE。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--calls must be a number from 1 to 10000000.</source>
        <translation>--calls 须为 1 到 10000000 之间的数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--rate must be calls per minute, above 0.</source>
        <translation>--rate 须为每分钟报警数，且大于 0。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed must be a whole number.</source>
        <translation>--seed 须为整数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--responders must be a number from 1 to 100000.</source>
        <translation>--responders 须为 1 到 100000 之间的数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--history-years must be a number from 1 to 50.</source>
        <translation>--history-years 必须是 1 到 50 之间的数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--history-incidents must be a number from 0 to 100000000.</source>
        <translation>--history-incidents 必须是 0 到 100000000 之间的数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--history-days must be a number from 1 to 18262.</source>
        <translation>--history-days 必须是 1 到 18262 之间的数字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give --history-years or --history-days, not both.</source>
        <translation>请给出 --history-years 或 --history-days，不能同时给出。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--start must be a date and time such as 2026-11-01T08:00 (station time) or 2026-11-01T00:00Z.</source>
        <translation>--start 必须是日期和时间，例如 2026-11-01T08:00（本所时间）或 2026-11-01T00:00Z。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drives the dispatch services with synthetic calls, as a busy shift would.</source>
        <translation>用模拟报警驱动接处警服务，如同繁忙的班次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database to simulate on.</source>
        <translation>用于模拟的数据库。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>simulate: write Y years of closed incidents before now in bulk, then stop (with --calls, the calls follow).</source>
        <translation>simulate：批量写入此前 Y 年已结案的警情后结束（同时给出 --calls 时，随后再模拟接警）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>simulate: like --history-years, in days (a station&apos;s first weeks).</source>
        <translation>simulate：同 --history-years，以天计（派出所启用后的头几周）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>simulate: incidents in the history (default: 30–60 a day; years default to 10).</source>
        <translation>simulate：历史警情的数量（默认每天 30–60 起；年数默认为 10）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>simulate: the simulated start, e.g. 2026-11-01T08:00 (station time; default: now). The same --seed and --start give the same incidents.</source>
        <translation>simulate：模拟的开始时间，例如 2026-11-01T08:00（本所时间；默认：现在）。相同的 --seed 和 --start 产生相同的警情。</translation>
    </message>
    <message>
        <location filename="../../src/app/report_command.cpp" line="+172"/>
        <source>report needs --db FILE.</source>
        <translation>report 需要 --db 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report needs --out FILE.pdf or --out FILE.csv.</source>
        <translation>report 需要 --out 文件.pdf 或 --out 文件.csv。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--open-incidents writes a PDF: use --out FILE.pdf.</source>
        <translation>--open-incidents 输出 PDF：请用 --out 文件.pdf。</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>report needs either --shift ID or --from DATE --to DATE.</source>
        <translation>report 需要 --shift 班次号，或 --from 日期 --to 日期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--shift must be a shift number, e.g. --shift 12.</source>
        <translation>--shift 必须是班次编号，例如 --shift 12。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--from and --to must both be dates as YYYY-MM-DD, e.g. 2026-11-01.</source>
        <translation>--from 和 --to 都必须是 YYYY-MM-DD 格式的日期，例如 2026-11-01。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--to must not be before --from.</source>
        <translation>--to 不能早于 --from。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Writes a shift or period report as PDF or CSV, or the open incidents as a paper fallback sheet.</source>
        <translation>以 PDF 或 CSV 写出班次或时段报告，或把未结警情写成纸质备用清单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database to report on.</source>
        <translation>要生成报告的数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report: the PDF or CSV file to write.</source>
        <translation>report：要写入的 PDF 或 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../src/app/backup_command.cpp" line="+15"/>
        <location line="+11"/>
        <location filename="../../src/app/receive_transfers_command.cpp" line="+129"/>
        <location filename="../../src/app/serve_command.cpp" line="+272"/>
        <location filename="../../src/app/verify_audit_command.cpp" line="+95"/>
        <location filename="../../src/app/watch_command.cpp" line="+126"/>
        <source>This command needs --db FILE.</source>
        <translation>此命令需要 --db 文件。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>backup needs --out FILE.</source>
        <translation>backup 需要 --out 文件。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>restore needs --from BACKUP.</source>
        <translation>restore 需要 --from 备份文件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writes an online, checked copy of a database (of a PostgreSQL database: a pg_dump archive); the console may keep running.</source>
        <translation>写出数据库的在线、经校验的副本（PostgreSQL 数据库为 pg_dump 归档）；控制台可继续运行。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replaces a database with a checked backup (a pg_dump archive goes only into an empty PostgreSQL database).</source>
        <translation>用经校验的备份替换数据库（pg_dump 归档只能恢复到空的 PostgreSQL 数据库）。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The database to copy.</source>
        <translation>要复制的数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backup: the copy to write.</source>
        <translation>backup：要写入的副本。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database to replace.</source>
        <translation>要替换的数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restore: the backup file.</source>
        <translation>restore：备份文件。</translation>
    </message>
    <message>
        <location filename="../../src/app/verify_audit_command.cpp" line="+7"/>
        <source>--expect needs SEQ:HASH, a record number and its 64 hex digits: %1</source>
        <translation>--expect 需要 SEQ:HASH，即记录编号及其 64 位十六进制哈希：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checks the audit record&apos;s hash chain; exit 1 at the first broken link or a record that no longer has the hash written down.</source>
        <translation>检查审计记录的哈希链；发现第一个断裂处或记录已不是记下的哈希时退出码为 1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database to check.</source>
        <translation>要检查的数据库。</translation>
    </message>
    <message>
        <location filename="../../src/app/import_command.cpp" line="+192"/>
        <source>--encoding must be utf-8 or gb18030.</source>
        <translation>--encoding 必须是 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <location filename="../../src/app/app_options.cpp" line="+54"/>
        <source>Show this help and exit.</source>
        <translation>显示本帮助信息并退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the version and exit.</source>
        <translation>显示版本信息并退出。</translation>
    </message>
    <message>
        <location filename="../../src/app/console_startup.cpp" line="+535"/>
        <source>Open the database FILE instead of the demo database.</source>
        <translation>打开数据库文件 FILE，而不是演示数据库。</translation>
    </message>
    <message>
        <location filename="../../src/app/app_options.cpp" line="+143"/>
        <source>Jurisdiction map (GeoPackage) to show.</source>
        <translation>要显示的辖区地图（GeoPackage 格式）。</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>User interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>--db &quot;%1&quot; is neither a database file nor a valid PostgreSQL connection string (postgresql://…, service=…, host=… dbname=…): %2</source>
        <translation>--db “%1”既不是数据库文件，也不是有效的 PostgreSQL 连接串（postgresql://…、service=…、host=… dbname=…）：%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Log level: trace, debug, info, warn, error, off.</source>
        <translation>日志级别：trace、debug、info、warn、error、off。</translation>
    </message>
    <message>
        <location filename="../../src/app/console_startup.cpp" line="-43"/>
        <source>--frame-stats must be a number of seconds from 1 to 3600.</source>
        <translation>--frame-stats 须为 1 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Xiuhua (绣花) — command and dispatch console for community police stations.

Commands:
  (none)          start the console (default: the bundled demo jurisdiction)
  check-db FILE   report schema version, row counts and integrity; exit 0 only when healthy
  export-map      draw the map to --out FILE.png|FILE.pdf, headless (--size, --extent, --data, --no-labels)
  simulate        drive the dispatch services with synthetic calls (--db FILE --calls N [--rate PER_MIN])
  import          check and import a file in one transaction: --db FILE --kind responders|roster|hazards|devices|jurisdiction --file FILE [--encoding utf-8|gb18030] [--dry-run] [--accept-rejects] [--operator LOGIN] (required once the database has operator accounts)
  report          shift or period report: --db FILE (--shift ID | --from DATE --to DATE) --out FILE.pdf|FILE.csv [--lang zh_CN|en] [--open-incidents]
  verify-audit    check the audit record&apos;s hash chain: --db FILE [--expect SEQ:HASH]...; exit 1 at the first broken link or a record that no longer has the hash written down
  backup          online, checked copy of a database: --db FILE --out FILE
  restore         replace a database with a checked backup: --from BACKUP --db FILE [--force]
  migrate-db      copy a whole database between a file and PostgreSQL, the audit chain included: --from DATABASE --to DATABASE (empty)
DATABASE (--db, --from, --to) is a file or a PostgreSQL connection string: postgresql://user@host/db, service=NAME, host=HOST dbname=DB</source>
        <translation>绣花（Xiuhua）— 社区派出所接处警指挥台。

命令：
  （无）          启动指挥台（默认加载内置的演示辖区）
  check-db FILE   报告数据库结构版本、各表行数和完整性；仅当数据库健康时退出码为 0
  export-map      以无界面方式将地图输出到 --out FILE.png|FILE.pdf（--size、--extent、--data、--no-labels）
  simulate        用模拟报警驱动接处警服务（--db FILE --calls N [--rate PER_MIN]）
  import          在一个事务中检查并导入文件：--db FILE --kind responders|roster|hazards|devices|jurisdiction --file FILE [--encoding utf-8|gb18030] [--dry-run] [--accept-rejects] [--operator LOGIN]（数据库已有操作员账号时必填）
  report          班次或时段报告：--db FILE (--shift ID | --from DATE --to DATE) --out FILE.pdf|FILE.csv [--lang zh_CN|en] [--open-incidents]
  verify-audit    检查审计记录的哈希链：--db FILE [--expect SEQ:HASH]...；发现第一个断裂处或记录已不是记下的哈希时退出码为 1
  backup          在线生成经校验的数据库副本：--db FILE --out FILE
  restore         用经校验的备份替换数据库：--from BACKUP --db FILE [--force]
  migrate-db      在数据库文件与 PostgreSQL 之间完整复制数据库（含审计哈希链）：--from DATABASE --to DATABASE（须为空）
DATABASE（--db、--from、--to）可以是文件，也可以是 PostgreSQL 连接串：postgresql://user@host/db、service=NAME、host=HOST dbname=DB</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>xiuhua COMMAND --help lists the options of one command.</source>
        <translation>xiuhua 命令 --help 列出该命令的选项。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Login name of an operator account. The console logs it in without a password on the demo database only; import acts as this operator and asks for the password (read from standard input when it is not a terminal).</source>
        <translation>操作员账号的登录名。指挥台仅在演示数据库上免密码登录该账号；import 以该操作员身份执行并要求输入密码（标准输入不是终端时从标准输入读取）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Log how late the console answers each frame, summed up every SECONDS (for measuring the console under load).</source>
        <translation>每隔 SECONDS 秒汇总输出指挥台响应每一帧的延迟（用于测量负载下的指挥台）。</translation>
    </message>
    <message>
        <location filename="../../src/app/export_map_command.cpp" line="+34"/>
        <source>Draws the map to a PNG or PDF file, headless, with the console&apos;s renderer.</source>
        <translation>以无界面方式，用指挥台的渲染器把地图绘制为 PNG 或 PDF 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export-map: the PNG or PDF file to write.</source>
        <translation>export-map：要写入的 PNG 或 PDF 文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export-map: image size in pixels (default 1920x1080).</source>
        <translation>export-map：图像尺寸，单位为像素（默认 1920x1080）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export-map: area to draw as lon1,lat1,lon2,lat2 (default: the jurisdiction).</source>
        <translation>export-map：绘制范围，格式为 lon1,lat1,lon2,lat2（默认：辖区范围）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export-map: draw this dataset (FILE or FILE:LAYER; repeatable) instead of the jurisdiction.</source>
        <translation>export-map：绘制此数据集（FILE 或 FILE:LAYER；可重复指定），而不绘制辖区地图。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export-map: style file to draw with.</source>
        <translation>export-map：绘图使用的样式文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export-map: draw no labels.</source>
        <translation>export-map：不绘制标注。</translation>
    </message>
    <message>
        <location filename="../../src/app/simulate_command.cpp" line="-30"/>
        <source>simulate: number of calls (default 100).</source>
        <translation>simulate：报警数量（默认 100）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulate: calls per minute in real time (default: as fast as possible, in simulated time).</source>
        <translation>simulate：按真实时间计的每分钟报警数（默认：在模拟时间中尽快运行）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>simulate: random seed.</source>
        <translation>simulate：随机种子。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>simulate: field responders in a new database (default: the demo&apos;s).</source>
        <translation>simulate：新建数据库中的一线警力数量（默认：与演示数据相同）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>simulate: print every committed action.</source>
        <translation>simulate：输出每一项已提交的操作。</translation>
    </message>
    <message>
        <location filename="../../src/app/console_startup.cpp" line="-9"/>
        <source>Add a map layer from any GIS file (FILE or FILE:LAYER; repeatable).</source>
        <translation>从任意 GIS 文件添加地图图层（FILE 或 FILE:LAYER；可重复指定）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Raster base map under the vector map: an MBTiles file or a station tile server URL such as http://tiles.local/{z}/{x}/{y}.png (tiles are cached on disk).</source>
        <translation>矢量地图下方的栅格底图：MBTiles 文件，或所内瓦片服务器地址，如 http://tiles.local/{z}/{x}/{y}.png（瓦片缓存在本地磁盘）。</translation>
    </message>
    <message>
        <location filename="../../src/app/import_command.cpp" line="+11"/>
        <source>Checks a file and imports it in one transaction; --operator is required once the database has operator accounts.</source>
        <translation>检查文件并在一个事务中导入；数据库中有操作员账号后必须指定 --operator。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database to import into.</source>
        <translation>要导入的数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: the operator account to act as; the password is asked for (read from standard input when it is not a terminal).</source>
        <translation>import：以此操作员账号执行；会询问密码（标准输入不是终端时从标准输入读取）。</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>import needs --db FILE --kind responders|roster|hazards|devices|jurisdiction --file FILE.</source>
        <translation>import 需要 --db 文件 --kind responders|roster|hazards|devices|jurisdiction --file 文件。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>import: responders, roster, hazards, devices or jurisdiction.</source>
        <translation>import：responders（警力）、roster（排班）、hazards（隐患）、devices（终端）或 jurisdiction（辖区）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import: the CSV file, or any GIS file for jurisdiction.</source>
        <translation>import：CSV 文件；辖区数据可用任意 GIS 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import: utf-8 or gb18030 (default: detected).</source>
        <translation>import：utf-8 或 gb18030（默认自动识别）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import: check only, write nothing.</source>
        <translation>import：只检查，不写入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import: write the valid rows even when some are rejected.</source>
        <translation>import：即使部分行被拒，也写入有效行。</translation>
    </message>
    <message>
        <location filename="../../src/app/report_command.cpp" line="+3"/>
        <source>report: the shift to report on.</source>
        <translation>report：要出报告的班次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report: first day of the period (YYYY-MM-DD).</source>
        <translation>report：时段的第一天（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report: last day of the period (YYYY-MM-DD), included.</source>
        <translation>report：时段的最后一天（YYYY-MM-DD，含当天）。</translation>
    </message>
    <message>
        <location filename="../../src/app/verify_audit_command.cpp" line="+2"/>
        <source>verify-audit: the record SEQ must still have HASH (as printed on a report or logged at a backup); may be repeated.</source>
        <translation>verify-audit：第 SEQ 条记录必须仍为哈希 HASH（见打印的报告或备份日志）；可重复指定。</translation>
    </message>
    <message>
        <location filename="../../src/app/backup_command.cpp" line="+3"/>
        <source>restore: replace the database even when it holds newer records.</source>
        <translation>restore：即使数据库中有更新的记录也进行替换。</translation>
    </message>
    <message>
        <location filename="../../src/app/report_command.cpp" line="+3"/>
        <source>report: print the unresolved incidents as a paper fallback sheet.</source>
        <translation>report：打印未结警情纸质备用表。</translation>
    </message>
    <message>
        <location filename="../../src/app/app_options.cpp" line="+57"/>
        <source>check-db FILE, export-map, or nothing to start the console.</source>
        <translation>check-db FILE、export-map；不带命令则启动指挥台。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown log level &quot;%1&quot;: use one of %2.</source>
        <translation>未知日志级别“%1”：请使用以下之一：%2。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unexpected argument &quot;%1&quot;. Try --help.</source>
        <translation>多余的参数“%1”。请查看 --help。</translation>
    </message>
    <message>
        <location filename="../../src/app/check_db_command.cpp" line="+12"/>
        <source>Reports schema version, row counts and integrity; exit 0 only when healthy.</source>
        <translation>报告数据库结构版本、各表行数和完整性；仅当数据库健康时退出码为 0。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check-db needs exactly one database FILE.</source>
        <translation>check-db 需要且仅需要一个数据库文件 FILE。</translation>
    </message>
    <message>
        <location filename="../../src/app/app_options.cpp" line="+44"/>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>未知命令“%1”。请使用 --help 查看帮助。</translation>
    </message>
    <message>
        <location filename="../../src/app/migrate_db_command.cpp" line="+19"/>
        <source>migrate-db needs --from DATABASE --to DATABASE.</source>
        <translation>migrate-db 需要 --from 数据库 --to 数据库。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Copies a whole database between a file and a PostgreSQL server, the audit chain included, into an empty target.</source>
        <translation>在数据库文件与 PostgreSQL 服务器之间完整复制数据库（含审计哈希链），目标须为空。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>migrate-db: the database to copy (a file or a PostgreSQL connection string).</source>
        <translation>migrate-db：要复制的数据库（文件或 PostgreSQL 连接串）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>migrate-db: the empty or new database to copy into.</source>
        <translation>migrate-db：复制到的空数据库或新数据库。</translation>
    </message>
    <message>
        <location filename="../../src/app/watch_command.cpp" line="+5"/>
        <source>--after needs a record number (0 or more).</source>
        <translation>--after 需要一个记录编号（0 或更大）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--count needs a number of records (1 or more).</source>
        <translation>--count 需要记录条数（1 或更多）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prints every change committed to a database as one JSON line, as it is committed.</source>
        <translation>在每次提交时，将数据库的每项变更输出为一行 JSON。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database to watch.</source>
        <translation>要监视的数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>watch: start after this audit record (0 = from the first); default: from now on.</source>
        <translation>watch：从此审计记录之后开始（0 = 从第一条开始）；默认：从现在起。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>watch: stop after printing N changes.</source>
        <translation>watch：输出 N 条变更后停止。</translation>
    </message>
    <message>
        <location filename="../../src/app/serve_command.cpp" line="-16"/>
        <location line="+57"/>
        <source>--retention-days needs a number of days (1 or more).</source>
        <translation>--retention-days 需要天数（1 或以上）。</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Days of position history to keep (default 30).</source>
        <translation>位置历史保留的天数（默认 30）。</translation>
    </message>
    <message>
        <location filename="../../src/app/receive_transfers_command.cpp" line="+2"/>
        <source>This command needs --folder DIR.</source>
        <translation>此命令需要 --folder 目录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Takes the 110 centre&apos;s transfer documents from a drop folder and files each as an incident (accepted files move to done/, refused ones to rejected/ with a .reason file).</source>
        <translation>从投递文件夹接收110指挥中心的转警单，每份登记为一起警情（接收的文件移入 done/，拒收的移入 rejected/ 并附 .reason 文件）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The station&apos;s database.</source>
        <translation>派出所数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receive-transfers: the drop folder to take *.json files from.</source>
        <translation>receive-transfers：接收 *.json 文件的投递文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>receive-transfers: take what is waiting and exit, instead of following the folder.</source>
        <translation>receive-transfers：接收已在等待的文件后退出，不持续监视文件夹。</translation>
    </message>
    <message>
        <location filename="../../src/app/serve_command.cpp" line="+36"/>
        <source>serve takes --cert and --key, or --plain-http, not both.</source>
        <translation>serve 使用 --cert 和 --key，或 --plain-http，二者不能同时使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>serve needs --cert FILE --key FILE (HTTPS), or --plain-http for a closed network.</source>
        <translation>serve 需要 --cert 文件 --key 文件（HTTPS），封闭网络可用 --plain-http。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--requests-per-address needs a number from 1 to 10000.</source>
        <translation>--requests-per-address 须为 1 到 10000 之间的数。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Runs the station service: positions from officers&apos; phones (OsmAnd/Traccar Client, OwnTracks).</source>
        <translation>运行所内服务：接收民警手机上报的位置（OsmAnd/Traccar Client、OwnTracks）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <source>The station database.</source>
        <translation>本所数据库。</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>serve: the address and port to listen on.</source>
        <translation>serve：监听的地址和端口。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>serve: the station&apos;s TLS certificate (PEM).</source>
        <translation>serve：本所的 TLS 证书（PEM）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>serve: the certificate&apos;s private key (PEM).</source>
        <translation>serve：证书的私钥（PEM）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>serve: plain HTTP without TLS, for a closed network only.</source>
        <translation>serve：不加密的 HTTP，仅限封闭网络。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>serve: requests a second one address may send (default 50); raise it when the phones reach the station through one gateway address.</source>
        <translation>serve：单个地址每秒可发送的请求数（默认 50）；手机经同一网关地址接入派出所时请调高。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>serve: the 110 centres&apos; keys (&quot;NAME KEY&quot; a line) for POST /api/110/transfers; without it the endpoint is off.</source>
        <translation>serve：110 中心的密钥（每行“名称 密钥”），用于 POST /api/110/transfers；未给出时该接口关闭。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>serve: a drop folder for 110 transfer documents (*.json).</source>
        <translation>serve：110 转警文件（*.json）的投递文件夹。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deletes position history older than the retention (an audited action), as serve does daily.</source>
        <translation>删除超过保留期的位置历史（记入审计），与 serve 每日所做相同。</translation>
    </message>
    <message>
        <location filename="../../src/app/serve_config.cpp" line="+23"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, line %2: expected KEY = VALUE.</source>
        <translation>%1 第 %2 行：应为 KEY = VALUE。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, line %2: unknown setting %3.</source>
        <translation>%1 第 %2 行：未知的设置 %3。</translation>
    </message>
    <message>
        <location filename="../../src/app/serve_command.cpp" line="-89"/>
        <source>plain-http in %1 is yes or no.</source>
        <translation>%1 中的 plain-http 只能是 yes 或 no。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>serve needs --db DATABASE --listen ADDRESS:PORT (or --config FILE).</source>
        <translation>serve 需要 --db DATABASE --listen ADDRESS:PORT（或 --config FILE）。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>serve: read the settings from FILE (KEY = VALUE lines, keys as the long options); options given on the command line win.</source>
        <translation>serve：从 FILE 读取设置（KEY = VALUE 行，键名同长选项）；命令行给出的选项优先。</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="+119"/>
        <source>Try &apos;xiuhua --help&apos;.</source>
        <translation>请运行 &apos;xiuhua --help&apos; 查看用法。</translation>
    </message>
</context>
<context>
    <name>CommandParser</name>
    <message>
        <location filename="../../src/dispatch/command_parser.cpp" line="+211"/>
        <source>&quot;%1&quot; is not an incident number; type its last digits (e.g. 12) or the full number (20261126-0012).</source>
        <translation>“%1”不是警情编号；请输入编号末几位（如 12）或完整编号（20261126-0012）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage: s &lt;responder&gt; ack|enroute|onscene|clear|cancel &lt;reason&gt;</source>
        <translation>用法：s &lt;警力&gt; ack|enroute|onscene|clear|cancel &lt;原因&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give a reason for cancelling the assignment: s &lt;responder&gt; cancel &lt;reason&gt;</source>
        <translation>请填写撤销派警的原因：s &lt;警力&gt; cancel &lt;原因&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: c &lt;incident&gt; resolved|closed|cancelled &lt;reason&gt;|reopen &lt;reason&gt;</source>
        <translation>用法：c &lt;警情&gt; resolved|closed|cancelled &lt;原因&gt;|reopen &lt;原因&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not an incident status; use resolved, closed, cancelled or reopen.</source>
        <translation>“%1”不是警情状态；请使用 resolved、closed、cancelled 或 reopen。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give a reason: c &lt;incident&gt; %1 &lt;reason&gt;</source>
        <translation>请填写原因：c &lt;警情&gt; %1 &lt;原因&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: r &lt;responder&gt; available|busy|meal|off</source>
        <translation>用法：r &lt;警力&gt; available|busy|meal|off</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+33"/>
        <source>Type a command; h lists them.</source>
        <translation>请输入命令；输入 h 可查看命令列表。</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Unknown command &quot;%1&quot;; h lists the commands.</source>
        <translation>未知命令“%1”；输入 h 可查看命令列表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>n takes nothing more; the intake form opens.</source>
        <translation>n 不带参数，将打开接警登记表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: a &lt;incident&gt; &lt;responder&gt;</source>
        <translation>用法：a &lt;警情&gt; &lt;警力&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: note &lt;incident&gt; &lt;text&gt;</source>
        <translation>用法：note &lt;警情&gt; &lt;内容&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>n — new incident (opens the intake form)</source>
        <translation>n — 新建警情（打开接警登记表）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a &lt;incident&gt; &lt;responder&gt; — assign, e.g. a 12 张伟</source>
        <translation>a &lt;警情&gt; &lt;警力&gt; — 派警，例如 a 12 张伟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>s &lt;responder&gt; ack|enroute|onscene|clear|cancel &lt;reason&gt; — advance their assignment</source>
        <translation>s &lt;警力&gt; ack|enroute|onscene|clear|cancel &lt;原因&gt; — 更新其派警任务状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>c &lt;incident&gt; resolved [disposition] [summary] | closed | cancelled &lt;reason&gt; | reopen &lt;reason&gt;</source>
        <translation>c &lt;警情&gt; resolved [结案类别] [处置摘要] | closed | cancelled &lt;原因&gt; | reopen &lt;原因&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>note &lt;incident&gt; &lt;text&gt; — add a note</source>
        <translation>note &lt;警情&gt; &lt;内容&gt; — 添加备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>r &lt;responder&gt; available|busy|meal|off — responder status</source>
        <translation>r &lt;警力&gt; available|busy|meal|off — 设置警力状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;incident&gt;: last digits or full number; &lt;responder&gt;: badge, name or start of a name</source>
        <translation>&lt;警情&gt;：编号末几位或完整编号；&lt;警力&gt;：警号、姓名或姓名开头</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No incident %1 in the queue.</source>
        <translation>警情队列中没有警情 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 matches several incidents (%2); type the full number.</source>
        <translation>%1 匹配到多条警情（%2）；请输入完整编号。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name a responder: badge number, name or the start of a name.</source>
        <translation>请指定警力：警号、姓名或姓名开头。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No responder matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的警力。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; matches several responders: %2; use the badge number.</source>
        <translation>“%1”匹配到多名警力：%2；请使用警号。</translation>
    </message>
</context>
<context>
    <name>CsvDecoder</name>
    <message>
        <location filename="../../src/core/csv_decoder.cpp" line="+55"/>
        <source>The file is not valid UTF-8. Files saved by Chinese office software are often GB18030: choose that encoding.</source>
        <translation>文件不是有效的 UTF-8。中文办公软件保存的文件通常是 GB18030：请选择该编码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This system cannot read GB18030 text; save the file as UTF-8.</source>
        <translation>本系统无法读取 GB18030 文本；请将文件另存为 UTF-8。</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <location filename="../../src/dispatch/csv_import_row.cpp" line="+106"/>
        <source>Contains characters that cannot be read (is the encoding right?).</source>
        <translation>包含无法识别的字符（编码是否正确？）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Must be on one line.</source>
        <translation>必须写在一行内。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contains control characters.</source>
        <translation>包含控制字符。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/hazard_import.cpp" line="+55"/>
        <source>A longitude is a number from -180 to 180.</source>
        <translation>经度应为 -180 到 180 之间的数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A latitude is a number from -90 to 90.</source>
        <translation>纬度应为 -90 到 90 之间的数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A kind is 1 to 64 characters.</source>
        <translation>类别为 1 到 64 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A description is at most 2000 characters.</source>
        <translation>描述最多 2000 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A time is written as 2026-11-26 08:00.</source>
        <translation>时间格式为 2026-11-26 08:00。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/device_import.cpp" line="+31"/>
        <source>A device id is 1 to 128 characters without spaces or &apos;/&apos;.</source>
        <translation>终端编号为 1 到 128 个字符，不含空格或“/”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This device id appears earlier in the file.</source>
        <translation>此终端编号在文件前面已出现。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A device with this id is already registered.</source>
        <translation>此编号的终端已登记。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../src/dispatch/hazard_import.cpp" line="+9"/>
        <location filename="../../src/dispatch/roster_import.cpp" line="+130"/>
        <source>No responder has this badge number.</source>
        <translation>没有警力使用此警号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A token is 16 to 128 letters, digits or signs, without spaces or / ? # &amp; %.</source>
        <translation>令牌为 16 到 128 个字母、数字或符号，不含空格或 / ? # &amp; %。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This token is used by an earlier row.</source>
        <translation>此令牌已被前面的行使用。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/roster_import.cpp" line="-79"/>
        <source>A date is written as 2026-11-26.</source>
        <translation>日期格式为 2026-11-26。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>A time is written as 2026-11-26 08:00 (or 08:00 with a date column).</source>
        <translation>时间格式为 2026-11-26 08:00（有日期列时可写 08:00）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hours must end after they start.</source>
        <translation>工作时段的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hours are longer than 16 hours.</source>
        <translation>工作时段超过 16 小时。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Several shifts have this name: use the shift number.</source>
        <translation>有多个班次同名：请使用班次编号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No such shift.</source>
        <translation>没有这个班次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shift is signed off and can no longer be changed.</source>
        <translation>该班次已签字确认，不能再修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hours lie too far outside the shift.</source>
        <translation>工作时段离班次太远。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Write 是 or 否 (yes or no).</source>
        <translation>请填写“是”或“否”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A note is at most 500 characters.</source>
        <translation>备注最多 500 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The responder is already rostered at that time.</source>
        <translation>该警力在此时段已有排班。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/responder_import.cpp" line="+90"/>
        <source>The badge number is missing.</source>
        <translation>缺少警号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A badge number is up to 32 letters, digits or &apos;-&apos;.</source>
        <translation>警号最多 32 个字母、数字或“-”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This badge number appears earlier in the file.</source>
        <translation>此警号在文件前面已出现过。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A responder with this badge number is already stored (%1).</source>
        <translation>已有使用此警号的警力（%1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A name is 1 to 64 characters.</source>
        <translation>姓名为 1 到 64 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown kind &quot;%1&quot;.</source>
        <translation>未知类别“%1”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A phone number is 3 to 20 digits, spaces, &apos;+&apos; or &apos;-&apos;.</source>
        <translation>电话号码为 3 到 20 位数字、空格、“+”或“-”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No such post.</source>
        <translation>没有这个警务室。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No such fire station.</source>
        <translation>没有这个微型消防站。</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <location filename="../../src/dispatch/csv_importer.cpp" line="+71"/>
        <source>The file is larger than %1 MB.</source>
        <translation>文件大于 %1 MB。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The header line cannot be read: %1</source>
        <translation>无法读取表头行：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has more than %1 rows; split it.</source>
        <translation>文件超过 %1 行，请拆分。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file lacks the columns %1 (the first line must name the columns).</source>
        <translation>文件缺少列 %1（第一行须为列名）。</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+10"/>
        <source>The database changed since the file was checked; check it again.</source>
        <translation>检查文件后数据库已有变化，请重新检查。</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <location filename="../../src/core/csv_reader.cpp" line="+93"/>
        <source>A quoted field is not closed (is the file cut short?).</source>
        <translation>引号字段未闭合（文件是否被截断？）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text follows a closing quote.</source>
        <translation>闭合引号后还有文字。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A quote appears inside an unquoted field.</source>
        <translation>未加引号的字段中出现了引号。</translation>
    </message>
</context>
<context>
    <name>DeviceService</name>
    <message>
        <location filename="../../src/dispatch/device_service.cpp" line="+30"/>
        <source>Device %1 does not exist.</source>
        <translation>终端 %1 不存在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Responder %1 does not exist.</source>
        <translation>警力 %1 不存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A device id is 1 to 128 characters without spaces or &apos;/&apos;.</source>
        <translation>终端编号为 1 到 128 个字符，不含空格或“/”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A device token is 16 to 128 letters, digits or signs, without spaces or / ? # &amp; %.</source>
        <translation>终端令牌为 16 到 128 个字母、数字或符号，不含空格或 / ? # &amp; %。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A device with the id &quot;%1&quot; is already registered.</source>
        <translation>编号为“%1”的终端已登记。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The device is already bound to this responder.</source>
        <translation>该终端已绑定到此警力。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The device &quot;%1&quot; is already withdrawn.</source>
        <translation>终端“%1”已停用。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The device &quot;%1&quot; is withdrawn.</source>
        <translation>终端“%1”已停用。</translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <location filename="../../src/dispatch/duty_service.cpp" line="+127"/>
        <source>This assignment is not yours.</source>
        <translation>这不是派给您的任务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This assignment has ended (%1).</source>
        <translation>此任务已结束（%1）。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Backup requested by %1 (%2)</source>
        <translation>%1（%2）请求支援</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup requested by %1 (%2): %3</source>
        <translation>%1（%2）请求支援：%3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This follow-up visit was not given to you.</source>
        <translation>这项回访不是派给您的。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/assignment_service.cpp" line="+49"/>
        <location filename="../../src/dispatch/incident_service.cpp" line="+243"/>
        <location filename="../../src/dispatch/personal_data_service.cpp" line="+24"/>
        <source>Incident %1 does not exist.</source>
        <translation>警情 %1 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident %1 is %2; reopen it before assigning.</source>
        <translation>警情 %1 当前状态为“%2”；请先重新开启该警情再派警。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/dispatch/responder_service.cpp" line="+24"/>
        <location line="+29"/>
        <location filename="../../src/dispatch/shift_service.cpp" line="+118"/>
        <source>Responder %1 does not exist.</source>
        <translation>警力 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a %2, not a field responder.</source>
        <translation>%1 是%2，不属于一线处警力量。</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>%1 is not available (%2).</source>
        <translation>%1 当前不可派警（%2）。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is not available: %2 (workstation %3) assigned them to incident %4 at %5.</source>
        <translation>%1 不可派：%2（工作站 %3）已于 %5 将其派往警情 %4。</translation>
    </message>
    <message>
        <location line="+55"/>
        <location filename="../../src/dispatch/history_builder.cpp" line="+351"/>
        <source>Dispatched %1 (%2)</source>
        <translation>派警：%1（%2）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give a reason for the reassignment.</source>
        <translation>请填写改派原因。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>That assignment is no longer active.</source>
        <translation>该派警任务已不在进行中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a different responder.</source>
        <translation>请选择其他警力。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Assignment %1 does not exist.</source>
        <translation>派警任务 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/incident_service.cpp" line="-208"/>
        <source>Choose a category.</source>
        <translation>请选择警情类别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+127"/>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>未知警情类别“%1”。</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Set the location: pick an address or click the map.</source>
        <translation>请设置警情位置：选择地址或在地图上点选。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The location is not a valid longitude/latitude.</source>
        <translation>该位置不是有效的经纬度。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+122"/>
        <source>The phone number &quot;%1&quot; is not a valid mainland or Shanghai number.</source>
        <translation>电话号码“%1”不是有效的国内或上海本地号码。</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>The time received is in the future.</source>
        <translation>接警时间晚于当前时间。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/history_builder.cpp" line="-19"/>
        <location filename="../../src/dispatch/incident_service.cpp" line="+34"/>
        <source>Incident received</source>
        <translation>接警登记</translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../../src/dispatch/incident_service.cpp" line="+26"/>
        <source>Follow-up visit due %1</source>
        <translation>回访期限：%1</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/incident_service.cpp" line="+10"/>
        <source>Choose how the incident ended (disposition).</source>
        <translation>请选择警情的处置结果（结案类别）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+130"/>
        <source>Incident %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>警情 %1 不能从“%2”变更为“%3”。</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Give a reason for the correction.</source>
        <translation>请填写更正原因。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The correction changes nothing.</source>
        <translation>此次更正未改动任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Corrected: %1</source>
        <translation>信息更正：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Another call about this incident</source>
        <translation>该警情有重复报警</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Give a reason for this change.</source>
        <translation>请填写此次变更的原因。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>incident cancelled</source>
        <translation>警情已撤销</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A note cannot be empty.</source>
        <translation>备注内容不能为空。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/responder_service.cpp" line="-27"/>
        <source>%1 is already %2.</source>
        <translation>%1 已处于“%2”状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 still has an active assignment; clear or cancel it first.</source>
        <translation>%1 仍有未完成的派警任务；请先完成或撤销该任务。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/write_steps.cpp" line="+48"/>
        <source>An assignment cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>派警任务不能从“%1”变更为“%2”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelling an assignment needs a reason.</source>
        <translation>撤销派警任务须填写原因。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/follow_up_service.cpp" line="+23"/>
        <source>Write what the follow-up visit found.</source>
        <translation>请填写回访情况。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction is from 1 to 5.</source>
        <translation>满意度须为 1 到 5。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Follow-up %1 does not exist.</source>
        <translation>回访记录 %1 不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This follow-up visit is already recorded.</source>
        <translation>该回访已登记。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Follow-up visit: %1 (satisfaction %2/5)</source>
        <translation>回访：%1（满意度 %2/5）</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/recommender.cpp" line="+94"/>
        <source>Responsible officer of this community</source>
        <translation>本社区责任民警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crew of the nearest micro fire station</source>
        <translation>最近微型消防站队员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No road route: straight-line estimate</source>
        <translation>无道路路径：直线估算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position unknown: from home post</source>
        <translation>位置未知：按所属警务站点估算</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../src/ui/map/map_results_panel.cpp" line="+45"/>
        <source>Nearest</source>
        <translation>最近</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/settings_service.cpp" line="+21"/>
        <source>A time limit must be between %1 and %2 seconds.</source>
        <translation>时限须在 %1 到 %2 秒之间。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The warning share must be between 1 and 100 percent.</source>
        <translation>预警比例须在 1% 到 100% 之间。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/shift_service.cpp" line="-57"/>
        <location line="+138"/>
        <location line="+125"/>
        <source>Shift %1 does not exist.</source>
        <translation>班次 %1 不存在。</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Shift %1 is signed off; it can no longer be changed.</source>
        <translation>班次 %1 已签字确认，不能再修改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the shift a name.</source>
        <translation>请填写班次名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shift must end after it starts.</source>
        <translation>班次的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shift cannot last more than 24 hours.</source>
        <translation>班次不能超过 24 小时。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The shift overlaps shift %1.</source>
        <translation>该班次与班次 %1 时间重叠。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1&apos;s hours must end after they start.</source>
        <translation>%1 的工作时段结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s hours are longer than 16 hours.</source>
        <translation>%1 的工作时段超过 16 小时。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s hours lie too far outside the shift.</source>
        <translation>%1 的工作时段离本班次太远。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already rostered at that time.</source>
        <translation>%1 在该时段已有排班。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+22"/>
        <source>This roster entry does not exist in shift %1.</source>
        <translation>班次 %1 中没有这条排班记录。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing to copy: everyone in shift %1 is already rostered.</source>
        <translation>无可复制：班次 %1 的人员均已排班。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Shift %1 is already closed.</source>
        <translation>班次 %1 已经结束。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Shift %1 has not been handed over yet.</source>
        <translation>班次 %1 尚未交班。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hand-over of shift %1 is already acknowledged.</source>
        <translation>班次 %1 的交班已经确认接收。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incoming supervisor acknowledges the hand-over, not the one who handed over.</source>
        <translation>交班须由接班值班长确认，不能由交班人本人确认。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A shift report is signed by a supervisor, not by the system.</source>
        <translation>班次报告须由值班长签字，系统不能代签。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report to sign is incomplete.</source>
        <translation>待签字的报告不完整。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close shift %1 before signing its report.</source>
        <translation>请先结束班次 %1 并交班，再签署报告。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/account_service.cpp" line="+54"/>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not be the login name.</source>
        <translation>密码不能与登录名相同。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Operator account %1 does not exist.</source>
        <translation>操作员账号 %1 不存在。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This is the last active administrator; nobody could manage accounts without it.</source>
        <translation>这是最后一个有效的管理员账号；没有它将无人能管理账号。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter a login name.</source>
        <translation>请输入登录名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An account belongs to a member of staff or an officer on file.</source>
        <translation>账号必须属于已登记的工作人员或民警。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already has an operator account.</source>
        <translation>%1 已有操作员账号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The login name %1 is taken.</source>
        <translation>登录名 %1 已被使用。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the administrator&apos;s name, badge number and login name.</source>
        <translation>请输入管理员的姓名、警号和登录名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database already has operator accounts; log in instead.</source>
        <translation>此数据库已有操作员账号，请直接登录。</translation>
    </message>
    <message>
        <location line="+47"/>
        <location filename="../../src/dispatch/duty_service.cpp" line="-141"/>
        <source>%1 has no active operator account.</source>
        <translation>%1 没有有效的操作员账号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current password is wrong.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Logging in without a password works only on the demo database.</source>
        <translation>免密码登录仅适用于演示数据库。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/permission_guard.cpp" line="+36"/>
        <source>%1 has no active operator account and may not %2.</source>
        <translation>%1 没有有效的操作员账号，不能%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The role “%1” may not %2.</source>
        <translation>“%1”角色不能%2。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/stale_check.cpp" line="+16"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subcategory</source>
        <translation>子类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matched address</source>
        <translation>匹配地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caller&apos;s name</source>
        <translation>报警人姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caller&apos;s phone</source>
        <translation>报警人电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>narrative</source>
        <translation>经过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-up</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>assignments</source>
        <translation>派警情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another seat</source>
        <translation>另一席位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (workstation %2)</source>
        <translation>%1（工作站 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incident %1 was changed by %2 at %3 while you had it open: %4. Nothing was saved; look at it again and repeat your change if it still applies.</source>
        <translation>您打开警情 %1 期间，%2 已于 %3 修改了它：%4。未保存任何内容；请重新查看，如仍需要再做修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <location filename="../../src/duty/duty_page.cpp" line="+79"/>
        <location line="+129"/>
        <source>Acknowledged</source>
        <translation>收到</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_endpoint.cpp" line="+220"/>
        <source>Acknowledged: the dispatchers see it.</source>
        <translation>已确认收到，调度员可见。</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_page.cpp" line="-7"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Allow location to report your position while this page is open.</source>
        <translation>允许定位后，本页打开期间会上报您的位置。</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Back to the duty page</source>
        <translation>返回执勤页</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Backup requested at %1; the dispatchers have been alerted.</source>
        <translation>已于 %1 请求支援，调度员已收到提醒。</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_endpoint.cpp" line="+4"/>
        <source>Backup requested: the dispatchers have been alerted.</source>
        <translation>已请求支援，调度员已收到提醒。</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_page.cpp" line="-34"/>
        <source>Caller</source>
        <translation>报警人</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+125"/>
        <source>Cleared</source>
        <translation>处置完毕</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_endpoint.cpp" line="-2"/>
        <source>Cleared: the assignment is closed.</source>
        <translation>处置完毕，任务已结束。</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_page.cpp" line="-133"/>
        <source>Dispatched</source>
        <translation>已派警</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Dispatched at</source>
        <translation>派警时间</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Due</source>
        <translation>应回访时间</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Duty</source>
        <translation>执勤</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>En route</source>
        <translation>在途</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_endpoint.cpp" line="+3"/>
        <source>Follow-up visit recorded.</source>
        <translation>回访已记录。</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_page.cpp" line="-115"/>
        <source>Location is not allowed: no position is sent.</source>
        <translation>未允许定位：不上报位置。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Log out</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Login (badge number)</source>
        <translation>账号（警号）</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No current assignment.</source>
        <translation>当前没有派警任务。</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_endpoint.cpp" line="+96"/>
        <source>No phone is registered for you: ask the administrator to register one.</source>
        <translation>您没有登记的终端：请联系管理员登记。</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_page.cpp" line="+78"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-168"/>
        <location line="+126"/>
        <source>On scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_endpoint.cpp" line="-100"/>
        <source>On scene: the dispatchers see it.</source>
        <translation>已到场，调度员可见。</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_page.cpp" line="+22"/>
        <source>Open in the map app</source>
        <translation>在地图应用中打开</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Position not sent (no connection).</source>
        <translation>位置未发送（无连接）。</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_endpoint.cpp" line="+106"/>
        <source>Position received but not used (implausible or older than the last one).</source>
        <translation>位置已收到但未采用（不合理或早于上一次）。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Position sent.</source>
        <translation>位置已发送。</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_page.cpp" line="+45"/>
        <source>Priority</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Record the visit</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Request backup</source>
        <translation>需要支援</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Satisfaction (5 = very satisfied)</source>
        <translation>满意度（5 = 非常满意）</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_endpoint.cpp" line="-22"/>
        <source>The position could not be read.</source>
        <translation>无法读取位置。</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>The station service could not do this now; try again.</source>
        <translation>服务暂时无法完成此操作，请重试。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+27"/>
        <source>There is no such page.</source>
        <translation>没有这个页面。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>This request did not come from the duty page.</source>
        <translation>此请求不是来自执勤页，已拒绝。</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>This request did not come from your duty page.</source>
        <translation>此请求不是来自您的执勤页，已拒绝。</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>This service takes no positions.</source>
        <translation>本服务不接收位置。</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Too many wrong passwords: this account is locked for %1 minute(s).</source>
        <translation>密码错误次数过多：账号已锁定 %1 分钟。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Unknown action.</source>
        <translation>未知操作。</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_page.cpp" line="-63"/>
        <source>What is needed (optional)</source>
        <translation>需要什么支援（可不填）</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>What the visit found</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_endpoint.cpp" line="-61"/>
        <source>Wrong login or password.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_page.cpp" line="-174"/>
        <source>Xiuhua · Duty</source>
        <translation>绣花 · 执勤</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>You hold %1 more active assignment(s); the dispatcher has them.</source>
        <translation>您另有 %1 个进行中的派警，详情请联系调度员。</translation>
    </message>
    <message>
        <location filename="../../src/duty/duty_endpoint.cpp" line="-83"/>
        <source>Your session has ended; log in again.</source>
        <translation>登录已失效，请重新登录。</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <location filename="../../src/core/enums.cpp" line="+12"/>
        <source>New</source>
        <translation>待派警</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Dispatched</source>
        <translation>已派警</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>On scene</source>
        <translation>已到场</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Resolved</source>
        <translation>已处置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Cancelled</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>110 transfer</source>
        <translation>110转警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话报警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>来所报警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found on patrol</source>
        <translation>巡逻发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Video patrol</source>
        <translation>视频巡查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mobile terminal</source>
        <translation>移动警务终端</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>P1 urgent</source>
        <translation>P1 紧急</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P2 high</source>
        <translation>P2 较急</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P3 normal</source>
        <translation>P3 一般</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>P4 low</source>
        <translation>P4 轻微</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Community officer</source>
        <translation>社区民警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Patrol officer</source>
        <translation>巡逻民警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auxiliary</source>
        <translation>辅警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Volunteer</source>
        <translation>志愿者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire crew</source>
        <translation>微型消防站队员</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/core/role.cpp" line="+12"/>
        <source>Dispatcher</source>
        <translation>调度员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/core/role.cpp" line="+0"/>
        <source>Supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Busy</source>
        <translation>出警中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meal break</source>
        <translation>就餐</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off duty</source>
        <translation>离岗</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledged</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En route</source>
        <translation>赶赴途中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignment</source>
        <translation>派警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>信息修改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Community police post</source>
        <translation>社区警务室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police kiosk</source>
        <translation>警务亭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location filename="../../src/core/role.cpp" line="+1"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monitor (read only)</source>
        <translation>监看（只读）</translation>
    </message>
</context>
<context>
    <name>ExportMap</name>
    <message>
        <location filename="../../src/app/export_map_command.cpp" line="-266"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot read the jurisdiction map %1</source>
        <translation>无法读取辖区地图 %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to draw: no layer could be read.</source>
        <translation>没有可绘制的内容：所有图层均无法读取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: none of the data lies in the area drawn.</source>
        <translation>警告：所绘区域内没有任何数据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1 (%2 x %3 px, EPSG:%4)</source>
        <translation>已写入 %1（%2 x %3 像素，EPSG:%4）</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../../src/app/import_command.cpp" line="-188"/>
        <source>rejected</source>
        <translation>被拒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows: %1, valid: %2, rejected: %3, written: %4</source>
        <translation>行数：%1，有效：%2，被拒：%3，已写入：%4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was written because rows were rejected; fix them, or use --accept-rejects to import the valid rows.</source>
        <translation>因有行被拒，未写入任何内容；请修正后重试，或用 --accept-rejects 只导入有效行。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>import (command line)</source>
        <translation>导入（命令行）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database has operator accounts: give --operator LOGIN (an administrator); the password is asked for.</source>
        <translation>此数据库已有操作员账号：请用 --operator 登录名 指定（管理员），随后将要求输入密码。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Too many failed logins: try again after %1.</source>
        <translation>登录失败次数过多：请于 %1 之后再试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Login refused: wrong login name or password.</source>
        <translation>登录被拒绝：登录名或密码错误。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot read %1 (missing, unreadable or larger than 32 MB).</source>
        <translation>无法读取 %1（文件不存在、不可读或大于 32 MB）。</translation>
    </message>
</context>
<context>
    <name>JurisdictionImport</name>
    <message>
        <location filename="../../src/dispatch/jurisdiction_import.cpp" line="+77"/>
        <location line="+155"/>
        <source>The name is missing.</source>
        <translation>缺少名称。</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>This name is already used.</source>
        <translation>该名称已被使用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Population and households cannot be negative.</source>
        <translation>人口和户数不能为负数。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The boundary is missing.</source>
        <translation>缺少边界。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unknown post kind.</source>
        <translation>未知的警务室类型。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The crew size cannot be negative.</source>
        <translation>队员人数不能为负数。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>This id is already used.</source>
        <translation>该编号已被使用。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not a point within longitude ±180 and latitude ±90.</source>
        <translation>不是经度 ±180、纬度 ±90 范围内的点。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No such community.</source>
        <translation>没有这个社区。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The source has no communities, posts, fire_stations or cameras layer with features.</source>
        <translation>数据源中没有含要素的 communities、posts、fire_stations 或 cameras 图层。</translation>
    </message>
</context>
<context>
    <name>MigrateDb</name>
    <message>
        <location filename="../../src/app/migrate_db_command.cpp" line="-41"/>
        <source>Copied %1 rows (%2 audit records) from %3 to %4.</source>
        <translation>已从 %3 复制 %1 行（其中审计记录 %2 条）到 %4。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The copy&apos;s audit record does not match the source: %1</source>
        <translation>副本的审计记录与源数据库不一致：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Newest audit record: %1, hash %2 (the same as the source&apos;s); the copy&apos;s chain is whole.</source>
        <translation>最新审计记录：%1，哈希 %2（与源数据库相同）；副本的哈希链完整。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot copy the database: %1</source>
        <translation>无法复制数据库：%1</translation>
    </message>
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../ui/console/operator_dialog.ui" line="+9"/>
        <source>Who is on the console?</source>
        <translation>当前由谁值守指挥台？</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose your name. Every action you take is recorded under it.</source>
        <translation>请选择您的姓名。您的每一项操作都将以此姓名记录。</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/incidents/outcome_dialog.ui" line="+9"/>
        <source>Resolve incident</source>
        <translation>登记处置结果</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Disposition:</source>
        <translation>结案类别(&amp;D)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Summary:</source>
        <translation>处置摘要(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The outcome in a sentence (defaults to the disposition)</source>
        <translation>用一句话概括处置结果（默认为结案类别）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Narrative:</source>
        <translation>处警经过(&amp;N)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;People involved:</source>
        <translation>涉及人员(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Vehicles involved:</source>
        <translation>涉及车辆(&amp;V)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Follow-up visit required (回访)</source>
        <translation>需要回访(&amp;F)</translation>
    </message>
</context>
<context>
    <name>Permission</name>
    <message>
        <location filename="../../src/core/permission.cpp" line="+57"/>
        <source>create incidents</source>
        <translation>新建警情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change incidents</source>
        <translation>修改警情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch responders</source>
        <translation>派遣警力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change responders</source>
        <translation>修改警力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record follow-up visits</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the roster</source>
        <translation>编辑排班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open, close or hand over shifts</source>
        <translation>开班、结班或交接班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sign shift reports</source>
        <translation>签署班次报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage operator accounts</source>
        <translation>管理操作员账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see callers&apos; personal data</source>
        <translation>查看报警人个人信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>make or restore backups</source>
        <translation>备份或恢复数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
</context>
<context>
    <name>ReceiveTransfers</name>
    <message>
        <location filename="../../src/app/receive_transfers_command.cpp" line="-101"/>
        <source>The map cannot be read (%1): transfers are filed without a location.</source>
        <translation>无法读取地图（%1）：转警将不带位置登记。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No such folder: %1</source>
        <translation>没有此文件夹：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../src/reports/csv_export.cpp" line="+36"/>
        <location filename="../../src/reports/open_incidents_sheet.cpp" line="+59"/>
        <location filename="../../src/reports/report_sections.cpp" line="+308"/>
        <location line="+122"/>
        <location line="+23"/>
        <location line="+35"/>
        <location line="+63"/>
        <source>Incident</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/reports/open_incidents_sheet.cpp" line="+1"/>
        <location filename="../../src/reports/report_sections.cpp" line="-241"/>
        <location line="+121"/>
        <location line="+121"/>
        <source>Received</source>
        <translation>接警时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/reports/report_sections.cpp" line="-324"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/reports/open_incidents_sheet.cpp" line="+1"/>
        <location filename="../../src/reports/report_sections.cpp" line="-28"/>
        <location line="+109"/>
        <location line="+123"/>
        <location line="+22"/>
        <location line="+99"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcategory</source>
        <translation>子类</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/reports/report_sections.cpp" line="-326"/>
        <source>Priority</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/reports/open_incidents_sheet.cpp" line="+2"/>
        <location filename="../../src/reports/report_sections.cpp" line="+2"/>
        <location line="+205"/>
        <location line="+123"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/reports/report_sections.cpp" line="-305"/>
        <location line="+3"/>
        <location line="+300"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/reports/open_incidents_sheet.cpp" line="+1"/>
        <location filename="../../src/reports/report_sections.cpp" line="-118"/>
        <location line="+119"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/reports/report_sections.cpp" line="-84"/>
        <source>Description</source>
        <translation>情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disposition</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responder</source>
        <translation>出警人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/reports/report_sections.cpp" line="-94"/>
        <source>Badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/reports/report_sections.cpp" line="+1"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched</source>
        <translation>派警时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On scene at</source>
        <translation>到场时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleared</source>
        <translation>处置完毕时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>取消时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel reason</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location filename="../../src/reports/open_incidents_sheet.cpp" line="-2"/>
        <location filename="../../src/reports/report_sections.cpp" line="+54"/>
        <location line="+121"/>
        <source>Pri.</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/reports/report_sections.cpp" line="-118"/>
        <source>Responders</source>
        <translation>出警人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handwritten updates</source>
        <translation>手写记录（时间、情况）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No unresolved incidents at %1.</source>
        <translation>截至 %1 没有未结警情。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unresolved incidents — paper fallback sheet  %1</source>
        <translation>未结警情纸质备用表  %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Printed %1 · %n incident(s) open · write every change with the time; enter them when the system is back.</source>
        <translation>
            <numerusform>打印时间 %1 · 未结警情 %n 起 · 每项变化请注明时间，系统恢复后补录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../src/reports/report_document.cpp" line="+33"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unresolved incidents</source>
        <translation>未结警情</translation>
    </message>
    <message>
        <location filename="../../src/reports/report_builder.cpp" line="+149"/>
        <source>Outside the communities</source>
        <translation>辖区社区以外</translation>
    </message>
    <message>
        <location filename="../../src/reports/report_document.cpp" line="-8"/>
        <location filename="../../src/reports/report_sections.cpp" line="-316"/>
        <source>Shift report</source>
        <translation>班次报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/reports/report_sections.cpp" line="+0"/>
        <source>Period report</source>
        <translation>时段报告</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DEMO DATA — not real incidents</source>
        <translation>演示数据 — 非真实警情</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Printed %1</source>
        <translation>打印时间 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Content check %1</source>
        <translation>内容校验码 %1</translation>
    </message>
    <message>
        <location filename="../../src/reports/report_sections.cpp" line="+7"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>值班长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatchers</source>
        <translation>调度员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed off</source>
        <translation>已签署</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+69"/>
        <location line="+20"/>
        <location line="+3"/>
        <location line="+17"/>
        <location line="+107"/>
        <source>Incidents</source>
        <translation>警情</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Unresolved at hand-over</source>
        <translation>交班时未结警情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatch over %1</source>
        <translation>派警超过 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrivals over target</source>
        <translation>到场超时（人次）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Incidents by category, compared</source>
        <translation>警情类别及同比环比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority, source and status</source>
        <translation>警情级别、来源与状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By community</source>
        <translation>按社区</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This shift</source>
        <translation>本班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same shift last week</source>
        <translation>上周同班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A week earlier</source>
        <translation>上周同期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+286"/>
        <source>Change</source>
        <translation>增减</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>Same period last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change = (this − earlier) ÷ earlier. &quot;new&quot;: none earlier; &quot;—&quot;: none in either.</source>
        <translation>增减 =（本期 − 对比期）÷ 对比期。“新增”：对比期为零；“—”：两期均为零。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Response times</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interval</source>
        <translation>环节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile</source>
        <translation>90% 分位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over target</source>
        <translation>超时</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Received → dispatched</source>
        <translation>接警 → 派警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dispatched → on scene</source>
        <translation>派警 → 到场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>police %1 · fire %2</source>
        <translation>民警 %1 · 消防 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On scene → cleared</source>
        <translation>到场 → 处置完毕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received → closed</source>
        <translation>接警 → 结案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Times in minutes:seconds. Median and 90th percentile by the nearest-rank method (an observed value). Over target: incidents dispatched later than the target; arrivals later than the target for the responder&apos;s kind, counted per responder.</source>
        <translation>时间为 分:秒。中位数与 90% 分位按最近秩法计算（取实际出现的数值）。超时：派警晚于目标的警情数；到场晚于该类警力目标的出警人次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Slowest responses (received → first on scene)</source>
        <translation>响应最慢的警情（接警 → 首名警力到场）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No responder reached a scene in this period.</source>
        <translation>本期没有警力到场记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+248"/>
        <source>To scene</source>
        <translation>到场用时</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>Reason (as logged)</source>
        <translation>原因（据记录）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no reason logged</source>
        <translation>未记录原因</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where and when</source>
        <translation>警情分布</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Incidents by hour of day</source>
        <translation>各时段警情数（按小时）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incidents per hour</source>
        <translation>每小时警情数</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Workload per responder</source>
        <translation>警力工作量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No responder was assigned in this period.</source>
        <translation>本期没有派出警力。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+127"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>On scene</source>
        <translation>现场时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own community</source>
        <translation>责任社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In community, week</source>
        <translation>近一周在社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Half-days / norm</source>
        <translation>半天数 / 标准</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Times in hours:minutes. In community: the week ending with this period, on scene at incidents in the officer&apos;s own community plus rostered community hours; a half-day (morning or afternoon) counts with at least 2 hours there. Norm: at least 5 half-days a week.</source>
        <translation>时间为 时:分。在社区时间：截至本期末的一周内，在本人责任社区警情现场的时间，加上排班中标为下社区的时间；上午或下午在社区满 2 小时计一个半天。标准：每周不少于 5 个半天。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hand-over</source>
        <translation>交接事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unresolved incidents (%1)</source>
        <translation>未结警情（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Follow-up visits (回访) due by the end of the next day (%1)</source>
        <translation>次日结束前到期的回访（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open hazards (%1)</source>
        <translation>未整改隐患（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand-over notes</source>
        <translation>交班说明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None recorded.</source>
        <translation>未填写。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+23"/>
        <location line="+18"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Last update</source>
        <translation>最新情况</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none assigned</source>
        <translation>未派警</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Amendments to signed shifts</source>
        <translation>已签署班次的更正</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: no incident of a signed shift was changed during this period.</source>
        <translation>无：本期内已签署班次的警情没有变更。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed shift</source>
        <translation>已签署班次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <translation>变更时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date and time</source>
        <translation>日期时间</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sign-off</source>
        <translation>签署</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outgoing supervisor</source>
        <translation>交班值班长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incoming supervisor</source>
        <translation>接班值班长</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Content check (SHA-256 of the report&apos;s data): %1</source>
        <translation>内容校验码（报告数据的 SHA-256）：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit record when printed: no. %1, hash %2. Keep this page: `xiuhua verify-audit --expect %1:%2` proves later that the record still holds everything up to here.</source>
        <translation>打印时的审计记录：第 %1 条，哈希 %2。请保存此页：日后运行 `xiuhua verify-audit --expect %1:%2` 可证明审计记录仍完整包含截至此处的全部内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing confirms the figures above and the hand-over of the listed incidents, follow-ups and hazards. Changes after sign-off appear as amendments in a later report.</source>
        <translation>签字即确认以上数据，并确认所列警情、回访和隐患已交接。签署后的变更将作为更正列入之后的报告。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appendix: incidents of the period (%1)</source>
        <translation>附：本期警情清单（%1）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dispatch</source>
        <translation>派警用时</translation>
    </message>
    <message>
        <location filename="../../src/reports/report_statistics.cpp" line="+41"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <location filename="../../src/app/report_command.cpp" line="-175"/>
        <source>The folder for %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <location line="+48"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>There is no shift %1 in %2.</source>
        <translation>%2 中没有班次 %1。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+49"/>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The database has schema version %1; this Xiuhua reads version %2. Open it once in the console (which upgrades it), then report.</source>
        <translation>数据库结构版本为 %1，本程序读取版本 %2。请先在控制台中打开一次（会自动升级），再生成报告。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot read the database %1: %2</source>
        <translation>无法读取数据库 %1：%2</translation>
    </message>
</context>
<context>
    <name>ResponderPickerDialog</name>
    <message>
        <location filename="../../ui/responders/responder_picker_dialog.ui" line="+9"/>
        <source>Choose a responder</source>
        <translation>选择警力</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filter: name, badge, kind…</source>
        <translation>筛选：姓名、警号、类型…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the current responder is taken off (recorded on the timeline)</source>
        <translation>撤下当前警力的原因（将记入处置时间轴）</translation>
    </message>
</context>
<context>
    <name>Serve</name>
    <message>
        <location filename="../../src/app/serve_command.cpp" line="-280"/>
        <location filename="../../src/service/transfer_routes.cpp" line="+38"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--listen needs ADDRESS:PORT, e.g. 0.0.0.0:8443 or [::1]:8443.</source>
        <translation>--listen 需要 地址:端口，例如 0.0.0.0:8443 或 [::1]:8443。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Cannot start the service: %1</source>
        <translation>无法启动服务：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>listening on %1://%2:%3</source>
        <translation>正在监听 %1://%2:%3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Purged %1 positions older than %2 days.</source>
        <translation>已删除 %1 条早于 %2 天的位置记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot purge positions: %1</source>
        <translation>无法清除位置记录：%1</translation>
    </message>
    <message>
        <location filename="../../src/service/transfer_routes.cpp" line="+9"/>
        <source>%1, line %2: expected &quot;NAME KEY&quot; with a key of at least %3 characters.</source>
        <translation>%1，第 %2 行：应为“名称 密钥”，密钥至少 %3 个字符。</translation>
    </message>
</context>
<context>
    <name>ServerDatabase</name>
    <message>
        <location filename="../../src/app/server_database.cpp" line="+39"/>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The station&apos;s database server asks for a password:
%1

It is kept only while the console runs; to be asked no more, put it in ~/.pgpass (see docs/DEPLOYMENT.md).</source>
        <translation>本所数据库服务器要求输入密码：
%1

密码仅在控制台运行期间保留；如不想再被询问，请写入 ~/.pgpass（见 docs/DEPLOYMENT.md）。</translation>
    </message>
</context>
<context>
    <name>Simulate</name>
    <message>
        <location filename="../../src/app/simulate_command.cpp" line="-219"/>
        <source>History: %1 incidents from %2 to %3 (%4 assignments, %5 timeline entries, %6 follow-up visits, %7 shifts) in %8 s.</source>
        <translation>历史：%2 至 %3 共 %1 起警情（%4 次派警、%5 条处置记录、%6 次回访、%7 个班次），用时 %8 秒。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Lost the connection to the database; connecting again…</source>
        <translation>与数据库的连接已断开，正在重新连接…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected again after %1 s.</source>
        <translation>%1 秒后已重新连接。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Created %1 with the bundled jurisdiction and demo responders.</source>
        <translation>已创建 %1，包含内置辖区和演示警力。</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/app/console_startup.cpp" line="-490"/>
        <location line="+62"/>
        <location line="+32"/>
        <location line="+23"/>
        <location line="+228"/>
        <location line="+6"/>
        <source>Xiuhua</source>
        <translation>绣花</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>This file is not a Xiuhua database.</source>
        <translation>该文件不是绣花数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database is damaged. It was not changed; open a backup instead.</source>
        <translation>数据库已损坏。数据库未被修改；请改为打开备份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database was written by a newer version of Xiuhua. It was not changed.</source>
        <translation>该数据库由更高版本的绣花写入。数据库未被修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database cannot be written (read-only file or folder).</source>
        <translation>数据库无法写入（文件或文件夹为只读）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database is locked by another program.</source>
        <translation>数据库已被其他程序锁定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database cannot be opened.</source>
        <translation>无法打开数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database server needs a password and none was given (~/.pgpass, the service file or the prompt).</source>
        <translation>数据库服务器需要密码，但未提供（~/.pgpass、服务文件或输入提示）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database reported an error.</source>
        <translation>数据库报告了错误。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The database was not changed. The latest good backup is %1.

Open a copy of that backup? The copy is made beside the damaged database, which stays as it is for inspection.</source>
        <translation>数据库未被改动。最近一份完好的备份是 %1。

要打开该备份的副本吗？副本会放在受损数据库旁边，受损数据库保持原样以供检查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a copy of the backup</source>
        <translation>打开备份副本</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The audit record has been altered outside Xiuhua: record %1 is not as it was written. Tell the supervisor.</source>
        <translation>审计记录在绣花之外被改动：第 %1 条记录与写入时不一致。请报告值班长。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The console can be used. Run &quot;xiuhua verify-audit --db FILE&quot; for the whole record.</source>
        <translation>指挥台仍可使用。运行 &quot;xiuhua verify-audit --db FILE&quot; 检查全部记录。</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>The database did not answer: %1</source>
        <translation>数据库无响应：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The backup was restored. The database as it was is kept as %1. The console starts again.</source>
        <translation>备份已恢复。恢复前的数据库保留为 %1。指挥台将重新启动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup was not restored; the database is unchanged: %1</source>
        <translation>备份未恢复，数据库未作任何改动：%1</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+133"/>
        <source>The jurisdiction map cannot be read.</source>
        <translation>无法读取辖区地图。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing or unreadable file: %1</source>
        <translation>文件缺失或无法读取：%1</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>The incident taxonomy is broken.</source>
        <translation>警情分类数据已损坏。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The demo database could not be created.</source>
        <translation>无法创建演示数据库。</translation>
    </message>
    <message>
        <location filename="../../src/app/pre_migration_backup.cpp" line="+39"/>
        <source>The database was upgraded from version %1 to version %2. A checked copy of it as it was, up to audit record %3, is kept at %4.</source>
        <translation>数据库已从第 %1 版升级到第 %2 版。升级前的数据库已校验备份（含至第 %3 条审计记录），保存在 %4。</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../src/storage/pg_store.cpp" line="+54"/>
        <source>Not connected to the database since %1: nothing was saved. The console connects again by itself.</source>
        <translation>自 %1 起未连接数据库：未保存任何内容。控制台会自动重新连接。</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../src/dispatch/transfer_geocoder.cpp" line="+89"/>
        <source>The 110 centre&apos;s point is outside the jurisdiction. </source>
        <translation>110指挥中心给出的坐标在辖区之外。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No place search is loaded: the address was not placed.</source>
        <translation>未加载地名检索：地址未定位。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Placed at &quot;%1&quot;, not at the exact address: check the location.</source>
        <translation>已定位到“%1”，并非准确地址：请核实位置。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The address was not found on the map: set the location.</source>
        <translation>地图上找不到该地址：请设置位置。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/transfer_service.cpp" line="+29"/>
        <source>110 centre (%1)</source>
        <translation>110指挥中心（%1）</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Location unconfirmed: %1</source>
        <translation>位置未确认：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 110 category &quot;%1&quot; (%2) is not in the station&apos;s list: filed as &quot;%3&quot;.</source>
        <translation>110警情类别“%1”（%2）不在本所类别表中：暂按“%3”登记。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The caller&apos;s number is not a mainland or Shanghai number.</source>
        <translation>报警人号码不是有效的内地或上海号码。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Transferred by the 110 centre (transfer %1)</source>
        <translation>110指挥中心转警（转警单号 %1）</translation>
    </message>
</context>
<context>
    <name>TransferDocument</name>
    <message>
        <location filename="../../src/core/transfer_document.cpp" line="+40"/>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>缺少字段“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the field &quot;%1&quot; is not text</source>
        <translation>字段“%1”不是文本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the field &quot;%1&quot; is empty</source>
        <translation>字段“%1”为空</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the field &quot;%1&quot; is longer than %2 characters</source>
        <translation>字段“%1”超过 %2 个字符</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the field &quot;%1&quot; holds control characters</source>
        <translation>字段“%1”含有控制字符</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the field &quot;%1&quot; is not a time as ISO 8601 (e.g. 2026-12-06T09:41:07+08:00)</source>
        <translation>字段“%1”不是 ISO 8601 时间（例如 2026-12-06T09:41:07+08:00）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;lon&quot; and &quot;lat&quot; come together or not at all</source>
        <translation>“lon”和“lat”须同时提供或都不提供</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;lon&quot; and &quot;lat&quot; are not numbers</source>
        <translation>“lon”和“lat”不是数字</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;lon&quot; and &quot;lat&quot; are not a longitude and latitude</source>
        <translation>“lon”和“lat”不是有效的经纬度</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the field &quot;priority&quot; is not one of P1, P2, P3, P4 (or 1 to 4)</source>
        <translation>字段“priority”不是 P1、P2、P3、P4（或 1 至 4）之一</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the field &quot;format&quot; is not &quot;%1&quot;</source>
        <translation>字段“format”不是“%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field &quot;transfer_number&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>字段“transfer_number”只能包含字母、数字、“.”、“_”和“-”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the document is larger than %1 bytes</source>
        <translation>转警单超过 %1 字节</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the document is not JSON (%1 at byte %2)</source>
        <translation>转警单不是 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the document is not a JSON object</source>
        <translation>转警单不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>VerifyAudit</name>
    <message>
        <location filename="../../src/app/verify_audit_command.cpp" line="-72"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit records checked: %1</source>
        <translation>已检查审计记录：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Newest record: %1 at %2, hash %3</source>
        <translation>最新记录：%1，时间 %2，哈希 %3</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Record %1 has the hash written down.</source>
        <translation>第 %1 条记录的哈希与记下的一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record %1 no longer has the hash written down (%2 now): the record was rebuilt after it was noted.</source>
        <translation>第 %1 条记录的哈希已与记下的不同（现为 %2）：审计记录在记下之后被重建过。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record %1, written down earlier, is missing.</source>
        <translation>此前记下的第 %1 条记录已不存在。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The audit record is whole.</source>
        <translation>审计记录完整。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit record is NOT the one noted earlier.</source>
        <translation>审计记录与此前记下的不一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit record is NOT whole: %1.</source>
        <translation>审计记录不完整：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First broken link: record %1.</source>
        <translation>第一个断裂处：第 %1 条记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot check the audit record: %1</source>
        <translation>无法检查审计记录：%1</translation>
    </message>
</context>
<context>
    <name>Watch</name>
    <message>
        <location filename="../../src/app/watch_command.cpp" line="-79"/>
        <source>Cannot watch the database: %1</source>
        <translation>无法监视数据库：%1</translation>
    </message>
</context>
<context>
    <name>xiuhua::dispatch::TransferInbox</name>
    <message>
        <location filename="../../src/dispatch/transfer_inbox.cpp" line="+77"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not stored, tried again later: %1</source>
        <translation>未能保存，稍后重试：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>stored, but the file could not be moved</source>
        <translation>已保存，但无法移动文件</translation>
    </message>
</context>
<context>
    <name>xiuhua::map</name>
    <message>
        <location filename="../../src/map/raster_tile_layer.cpp" line="+227"/>
        <source>Tile server</source>
        <translation>瓦片服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is neither an .mbtiles file nor a tile URL with {z}, {x} and {y}</source>
        <translation>%1 既不是 .mbtiles 文件，也不是含 {z}、{x}、{y} 的瓦片地址</translation>
    </message>
</context>
<context>
    <name>xiuhua::map::JurisdictionLayers</name>
    <message>
        <location filename="../../src/map/jurisdiction_layers.cpp" line="+29"/>
        <source>Blocks</source>
        <translation>街区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parks and green space</source>
        <translation>公园绿地</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Water</source>
        <translation>水系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buildings</source>
        <translation>建筑物</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roads</source>
        <translation>道路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Station boundary</source>
        <translation>派出所辖区边界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cameras</source>
        <translation>监控点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Micro fire stations</source>
        <translation>微型消防站</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Police posts</source>
        <translation>警务站点</translation>
    </message>
</context>
<context>
    <name>xiuhua::map::Legend</name>
    <message>
        <location filename="../../src/map/legend.cpp" line="+122"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>xiuhua::map::MapRenderer</name>
    <message>
        <location filename="../../src/map/map_renderer.cpp" line="+12"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap 贡献者</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>N</source>
        <translation>北</translation>
    </message>
</context>
<context>
    <name>xiuhua::map::MapToolIdentify</name>
    <message>
        <location filename="../../src/map/canvas/map_tool_identify.cpp" line="+20"/>
        <source>Identify</source>
        <translation>要素查询</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click a feature to identify it</source>
        <translation>点击要素进行查询</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>%n point(s) here: zoomed in</source>
        <translation>
            <numerusform>此处有 %n 个点：已放大</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No features here</source>
        <translation>此处没有要素</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n feature(s) found</source>
        <translation>
            <numerusform>找到 %n 个要素</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xiuhua::map::MapToolMeasure</name>
    <message>
        <location filename="../../src/map/canvas/map_tool_measure.cpp" line="+20"/>
        <source>Measure distance</source>
        <translation>测距</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+116"/>
        <source>Click points to measure; double-click or Esc to finish</source>
        <translation>依次点击各点进行测距；双击或按 Esc 结束</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Distance: %1</source>
        <translation>距离：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance: %1 — double-click or Esc to finish</source>
        <translation>距离：%1 — 双击或按 Esc 结束</translation>
    </message>
</context>
<context>
    <name>xiuhua::map::MapToolPan</name>
    <message>
        <location filename="../../src/map/canvas/map_tool_pan.cpp" line="+12"/>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
</context>
<context>
    <name>xiuhua::map::MapToolPlace</name>
    <message>
        <location filename="../../src/map/canvas/map_tool_place.cpp" line="+17"/>
        <source>Place incident</source>
        <translation>标定警情位置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click the map where the incident is</source>
        <translation>在地图上点击警情发生位置</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Picked %1°E %2°N</source>
        <translation>已选取：东经 %1°，北纬 %2°</translation>
    </message>
</context>
<context>
    <name>xiuhua::map::MapToolZoomBox</name>
    <message>
        <location filename="../../src/map/canvas/map_tool_zoom_box.cpp" line="+25"/>
        <source>Zoom box</source>
        <translation>框选缩放</translation>
    </message>
</context>
<context>
    <name>xiuhua::map::MbtilesTileSource</name>
    <message>
        <location filename="../../src/map/mbtiles_tile_source.cpp" line="+25"/>
        <source>The MBTiles file %1 does not exist</source>
        <translation>MBTiles 文件 %1 不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an MBTiles file (%2)</source>
        <translation>%1 不是 MBTiles 文件（%2）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 holds vector tiles (pbf); only raster MBTiles can be shown</source>
        <translation>%1 为矢量瓦片（pbf），仅支持显示栅格 MBTiles</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The MBTiles file %1 contains no tiles</source>
        <translation>MBTiles 文件 %1 中没有瓦片</translation>
    </message>
</context>
<context>
    <name>xiuhua::map::RasterTileLayer</name>
    <message>
        <location filename="../../src/map/raster_tile_layer.cpp" line="-138"/>
        <source>Cannot project tiles into the map: %1</source>
        <translation>无法将瓦片投影到地图：%1</translation>
    </message>
</context>
<context>
    <name>xiuhua::map::XyzTileSource</name>
    <message>
        <location filename="../../src/map/xyz_tile_source.cpp" line="+36"/>
        <source>Cannot create the tile cache folder %1</source>
        <translation>无法创建瓦片缓存目录 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The tile URL %1 must contain {z}, {x} and {y}</source>
        <translation>瓦片地址 %1 必须包含 {z}、{x} 和 {y}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The tile URL %1 is not an http(s) address</source>
        <translation>瓦片地址 %1 不是 http(s) 地址</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::AccountManagerDialog</name>
    <message>
        <location filename="../../src/ui/admin/account_manager_dialog.cpp" line="+28"/>
        <source>&amp;New account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change r&amp;ole…</source>
        <translation>更改角色(&amp;O)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+57"/>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Operator accounts</source>
        <translation>操作员账号</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Filter: login, name, badge, role…</source>
        <translation>筛选：登录名、姓名、警号、角色…</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Account %1 created (%2).</source>
        <translation>账号 %1 已创建（%2）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Password reset; tell the operator to change it at the next login.</source>
        <translation>密码已重置；请告知该操作员下次登录后自行修改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is now %2.</source>
        <translation>%1 的角色已改为%2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account %1 reactivated.</source>
        <translation>账号 %1 已重新启用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account %1 deactivated; it stays in the record.</source>
        <translation>账号 %1 已停用；账号仍保留在记录中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New operator account</source>
        <translation>新建操作员账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every dispatcher and supervisor on file has an account already.</source>
        <translation>在册的调度员和值班长都已有账号。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role of %1:</source>
        <translation>%1 的角色：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deactivate account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate %1? The operator can no longer log in; the account and everything it did stay in the record.</source>
        <translation>停用 %1？该操作员将无法再登录；账号及其全部操作记录仍会保留。</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::AccountTableModel</name>
    <message>
        <location filename="../../src/ui/admin/account_table_model.cpp" line="+75"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locked until %1</source>
        <translation>锁定至 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password set</source>
        <translation>密码设置时间</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::AddLayerDialog</name>
    <message>
        <location filename="../../src/ui/map/add_layer_dialog.cpp" line="+111"/>
        <source>Add layers from %1</source>
        <translation>从 %1 添加图层</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Enter the tile server&apos;s URL template.</source>
        <translation>请输入瓦片服务器的 URL 模板。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URL template has no %1.</source>
        <translation>URL 模板中缺少 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The URL must start with http://, https:// or file://.</source>
        <translation>URL 必须以 http://、https:// 或 file:// 开头。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Map data (*.gpkg *.shp *.geojson *.json *.kml *.osm *.pbf *.fgb *.gml *.gpx *.csv *.mbtiles);;GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson *.json);;KML (*.kml);;OpenStreetMap (*.osm *.pbf);;FlatGeobuf (*.fgb);;Raster base map, MBTiles (*.mbtiles);;All files (*)</source>
        <translation>地图数据 (*.gpkg *.shp *.geojson *.json *.kml *.osm *.pbf *.fgb *.gml *.gpx *.csv *.mbtiles);;GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson *.json);;KML (*.kml);;OpenStreetMap (*.osm *.pbf);;FlatGeobuf (*.fgb);;栅格底图 MBTiles (*.mbtiles);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add base map from a tile server</source>
        <translation>从瓦片服务器添加底图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tile URL template, e.g. http://tiles.station.local/{z}/{x}/{y}.png:</source>
        <translation>瓦片 URL 模板，例如 http://tiles.station.local/{z}/{x}/{y}.png：</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+6"/>
        <source>Add base map</source>
        <translation>添加底图</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+33"/>
        <source>The base map could not be added:
%1</source>
        <translation>无法添加底图：
%1</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+21"/>
        <location line="+20"/>
        <source>Add layer</source>
        <translation>添加图层</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Tile server…</source>
        <translation>瓦片服务器…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Some layers could not be loaded:
%1</source>
        <translation>部分图层未能加载：
%1</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::AuditLogDialog</name>
    <message>
        <location filename="../../src/ui/admin/audit_log_dialog.cpp" line="+52"/>
        <location line="+221"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>All operators</source>
        <translation>全部操作员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All objects</source>
        <translation>全部对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Action, operator or workstation contains…</source>
        <translation>操作、操作员或工作站包含…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a record to see what it recorded.</source>
        <translation>选择一条记录以查看其内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Verify the whole record</source>
        <translation>校验全部审计记录(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The newest %1 records; narrow the filter to see older ones.</source>
        <translation>仅显示最新的 %1 条记录；请缩小筛选范围以查看更早的记录。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Record %1 · %2 · %3 at %4</source>
        <translation>第 %1 条 · %2 · %3 于 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before:</source>
        <translation>变更前：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After:</source>
        <translation>变更后：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hash: %1</source>
        <translation>哈希：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The audit record is whole: %1 records checked. Newest: no. %2, hash %3 — write it down to prove later that nothing before it was changed.</source>
        <translation>审计记录完整：已检查 %1 条记录。最新一条：第 %2 条，哈希 %3 — 请记下，日后可据此证明此前的记录未被改动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The audit record is NOT whole: the first broken link is record %1 (%2). Keep this workstation as it is and call the administrator.</source>
        <translation>审计记录不完整：第一个断裂处为第 %1 条记录（%2）。请保持本工作站现状并联系管理员。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log exported to %1</source>
        <translation>审计日志已导出到 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::AuditLogModel</name>
    <message>
        <location filename="../../src/ui/admin/audit_log_model.cpp" line="+89"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workstation</source>
        <translation>工作站</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded change</source>
        <translation>记录内容</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::BackupAlertLabel</name>
    <message>
        <location filename="../../src/ui/incidents/backup_alert_label.cpp" line="+43"/>
        <source>BACKUP: %1 at %2 (%3)</source>
        <translation>需要支援：%1，%2（%3）</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> (+%n more)</source>
        <translation>
            <numerusform>（另有 %n 起）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::BackupListModel</name>
    <message>
        <location filename="../../src/ui/admin/backup_list_model.cpp" line="+45"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest record</source>
        <translation>最新记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::BackupsDialog</name>
    <message>
        <location filename="../../src/ui/admin/backups_dialog.cpp" line="+24"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n backup(s) of %1 in %2, taken every hour and at each shift close. Restoring one closes the console; the database as it is now is kept beside it, and the restore is recorded.</source>
        <translation>
            <numerusform>%1 在 %2 中共有 %n 份备份，每小时及每次交班时自动生成。恢复备份会关闭指挥台；当前数据库将保留在旁边，恢复操作会记入审计记录。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+3"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>This backup cannot be read; choose another.</source>
        <translation>此备份无法读取，请另选一份。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore the backup taken %1 (newest record no. %2)? Everything recorded after it is no longer in the console&apos;s database; the database as it is now is kept beside it. The console closes now and starts again at the login.</source>
        <translation>恢复 %1 的备份（最新记录第 %2 条）？此后记录的内容将不在指挥台数据库中；当前数据库将保留在旁边。指挥台现在关闭，并从登录界面重新启动。</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::ChangePasswordDialog</name>
    <message>
        <location filename="../../src/ui/admin/change_password_dialog.cpp" line="+20"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat new password</source>
        <translation>重复新密码(&amp;R)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::CommandExecutor</name>
    <message>
        <location filename="../../src/ui/incidents/command_executor.cpp" line="+88"/>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此次修改：%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Assigned %1 to %2.</source>
        <translation>已派 %1 出警 %2。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no active assignment.</source>
        <translation>%1 没有进行中的派警任务。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s assignment cannot move to %2.</source>
        <translation>%1 的派警任务无法变更为“%2”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has several active assignments; use the responder board.</source>
        <translation>%1 有多个进行中的派警任务；请在警力看板中操作。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2: %3.</source>
        <translation>%1（警情 %2）：%3。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is not a disposition; use one of %2, or leave it out to choose.</source>
        <translation>“%1”不是有效的结案类别；请使用以下之一：%2，或省略以弹窗选择。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how the incident ended.</source>
        <translation>请选择警情的结案类别。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 resolved: %2.</source>
        <translation>%1 已处置：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+25"/>
        <source>%1 is now %2.</source>
        <translation>%1 状态已变更为“%2”。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Note added to %1.</source>
        <translation>已为 %1 添加备注。</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::CommandLineWidget</name>
    <message>
        <location filename="../../src/ui/incidents/command_line_widget.cpp" line="+22"/>
        <source>Command (Ctrl+L): a 12 张伟 · s 张伟 onscene · c 12 closed · note 12 … · h for help</source>
        <translation>命令（Ctrl+L）：a 12 张伟 · s 张伟 onscene · c 12 closed · note 12 … · 输入 h 查看帮助</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Go to the command line</source>
        <translation>转到命令行</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::CorrectionDialog</name>
    <message>
        <location filename="../../src/ui/incidents/correction_dialog.cpp" line="+32"/>
        <source>Correct incident %1</source>
        <translation>更正警情 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Why (required), e.g. the caller corrected the house number</source>
        <translation>更正原因（必填），如：报警人更正了门牌号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shown masked; type the corrected value to replace it, or leave empty to keep it.</source>
        <translation>已脱敏显示；输入更正后的内容即替换，留空则保持不变。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Location checked</source>
        <translation>位置已核实</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location</source>
        <translation>位置(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller &amp;name</source>
        <translation>报警人姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show caller details</source>
        <translation>显示报警人信息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the caller&apos;s name and phone number in full; each view is recorded.</source>
        <translation>完整显示报警人的姓名和电话；每次查看都会被记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Caller &amp;phone</source>
        <translation>报警人电话(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>警情类别(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority</source>
        <translation>等级(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>简要情况(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not shown</source>
        <translation>未显示</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Not placed</source>
        <translation>未定位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As placed, unconfirmed: %1</source>
        <translation>按当前定位（未确认）：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As it is: %1</source>
        <translation>保持不变：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The location is right: confirm it</source>
        <translation>位置无误：确认</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move to %1</source>
        <translation>改到 %1</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::DatabaseLinkStatus</name>
    <message>
        <location filename="../../src/ui/console/database_link_status.cpp" line="+32"/>
        <source>Database connection</source>
        <translation>数据库连接</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Not connected to the database since %1 — nothing can be saved; what you type stays in the form. Connecting again…</source>
        <translation>自 %1 起未连接数据库 — 无法保存；已输入的内容保留在表单中。正在重新连接…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lost the connection to the database at %1.</source>
        <translation>%1 与数据库的连接断开。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Connected to the database again at %1 (lost since %2); everything was reloaded.</source>
        <translation>%1 已重新连接数据库（自 %2 起断开）；全部数据已重新加载。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This PC&apos;s clock is %1 s ahead of the database server</source>
        <translation>本机时钟比数据库服务器快 %1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This PC&apos;s clock is %1 s behind the database server</source>
        <translation>本机时钟比数据库服务器慢 %1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times are taken from the database server. Have this PC&apos;s clock set (NTP) so the times the console shows agree with it.</source>
        <translation>时间以数据库服务器为准。请校准本机时钟（NTP），使控制台显示的时间与之一致。</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::DetailsPanel</name>
    <message>
        <location filename="../../src/ui/incidents/details_panel.cpp" line="+59"/>
        <source>Show caller details</source>
        <translation>显示报警人信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay this incident&apos;s period</source>
        <translation>回放此警情时段</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shows the caller&apos;s name and phone number in full; each view is recorded.</source>
        <translation>完整显示报警人的姓名和电话；每次查看都会被记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Shows on the map where the officers were from the call to its close (track replay).</source>
        <translation>在地图上显示从接警到结案期间各民警的位置（轨迹回放）。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Select an incident or a responder to see the details.</source>
        <translation>选择一条警情或一名警力以查看详情。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>outside the jurisdiction</source>
        <translation>辖区外</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Category</source>
        <translation>警情类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>警情等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>接警时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>警情来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>110 transfer</source>
        <translation>110转警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, taken by the 110 centre at %2, call-taker %3</source>
        <translation>%1，110指挥中心 %2 接警，接警员 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Caller</source>
        <translation>报警人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address (as given)</source>
        <translation>报警地址（原文）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched place</source>
        <translation>匹配地点</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>unconfirmed: check it before dispatching (Enter in the queue)</source>
        <translation>未确认：派警前请先核实（在警情队列中按 Enter）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Community</source>
        <translation>所属社区</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Community officer</source>
        <translation>社区民警</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>警情描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>处置结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>required</source>
        <translation>需要</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Assignments</source>
        <translation>派警记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dispatched</source>
        <translation>派警于</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline</source>
        <translation>处置时间轴</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>警力类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status since</source>
        <translation>状态起始时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Home post</source>
        <translation>所属警务站点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Micro fire station</source>
        <translation>所属微型消防站</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Responsible for</source>
        <translation>责任社区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last position</source>
        <translation>最后位置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current incident</source>
        <translation>当前警情</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::DeviceManagerDialog</name>
    <message>
        <location filename="../../src/ui/admin/device_manager_dialog.cpp" line="+29"/>
        <source>&amp;Register…</source>
        <translation>登记(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bind to officer…</source>
        <translation>绑定民警(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;token…</source>
        <translation>新令牌(&amp;T)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Withdraw…</source>
        <translation>停用(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field devices</source>
        <translation>移动终端</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Filter: device id, officer, badge…</source>
        <translation>筛选：终端编号、民警、警号…</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Device %1 registered.</source>
        <translation>终端 %1 已登记。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Device %1 now reports for %2.</source>
        <translation>终端 %1 现为 %2 上报位置。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Device %1 withdrawn: its next report is refused.</source>
        <translation>终端 %1 已停用：其后续上报将被拒收。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New token made; the old one no longer works.</source>
        <translation>已生成新令牌；旧令牌即刻失效。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Device token</source>
        <translation>终端令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token of device %1 is shown only now; type it into the app, then close this window.</source>
        <translation>终端 %1 的令牌仅在此显示一次；请将其输入应用后再关闭本窗口。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;&lt;b&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Traccar Client: device identifier &lt;code&gt;%2&lt;/code&gt;, server URL &lt;code&gt;https://STATION:8443/osmand/%1&lt;/code&gt;.&lt;br&gt;OwnTracks: mode HTTP, URL &lt;code&gt;https://STATION:8443/owntracks&lt;/code&gt;, user ID &lt;code&gt;%2&lt;/code&gt;, password the token.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;&lt;code&gt;%1&lt;/code&gt;&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Traccar Client：设备标识 &lt;code&gt;%2&lt;/code&gt;，服务器地址 &lt;code&gt;https://所内服务器:8443/osmand/%1&lt;/code&gt;。&lt;br&gt;OwnTracks：模式 HTTP，地址 &lt;code&gt;https://所内服务器:8443/owntracks&lt;/code&gt;，用户 ID &lt;code&gt;%2&lt;/code&gt;，密码为该令牌。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy token</source>
        <translation>复制令牌(&amp;C)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bind device</source>
        <translation>绑定终端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Officer device %1 reports for:</source>
        <translation>终端 %1 上报位置所属民警：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Withdraw device</source>
        <translation>停用终端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw device %1? Its reports are refused from now on (a lost or replaced phone); it stays in the record.</source>
        <translation>停用终端 %1？此后其上报一律拒收（丢失或更换的手机）；记录仍予保留。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New token</source>
        <translation>新令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a new token for device %1? The app stops reporting until the new token is typed into it.</source>
        <translation>为终端 %1 生成新令牌？在应用中输入新令牌前，该终端无法上报。</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::DeviceTableModel</name>
    <message>
        <location filename="../../src/ui/admin/device_table_model.cpp" line="+106"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn %1</source>
        <translation>已停用 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · battery %2 %</source>
        <translation>%1 · 电量 %2%</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Device id</source>
        <translation>终端编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registered</source>
        <translation>登记时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest fix</source>
        <translation>最新定位</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::DispatchDesk</name>
    <message>
        <location filename="../../src/ui/incidents/dispatch_desk.cpp" line="+21"/>
        <source>&amp;New incident…</source>
        <translation>新建警情(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;orrect incident…</source>
        <translation>更正警情(&amp;O)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take a new call (F2)</source>
        <translation>受理新报警（F2）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Your role may not take new incidents.</source>
        <translation>您的角色不能受理新警情。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Incident %1 corrected.</source>
        <translation>警情 %1 已更正。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Not corrected</source>
        <translation>未更正</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::FirstRunDialog</name>
    <message>
        <location filename="../../src/ui/console/first_run_dialog.cpp" line="+19"/>
        <source>Xiuhua — first start</source>
        <translation>绣花 — 首次启动</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database has no operator accounts yet. Create the administrator&apos;s account; the administrator then creates the accounts of dispatchers and supervisors.</source>
        <translation>此数据库还没有操作员账号。请创建管理员账号，再由管理员为调度员和值班长创建账号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Badge number</source>
        <translation>警号(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login name</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password</source>
        <translation>重复密码(&amp;R)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::HandoverDialog</name>
    <message>
        <location filename="../../src/ui/shifts/handover_dialog.cpp" line="+24"/>
        <source>Close shift %1 and hand over</source>
        <translation>结束班次 %1 并交班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge the hand-over of %1</source>
        <translation>确认接收 %1 的交班</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These carry over to the next shift:</source>
        <translation>以下事项移交下一班：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed over when shift %1 was closed:</source>
        <translation>班次 %1 结束时移交的事项：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was recorded.</source>
        <translation>没有记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes for the incoming supervisor</source>
        <translation>给接班值班长的交班说明</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close shift and hand over</source>
        <translation>结束班次并交班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledge</source>
        <translation>确认接班</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hand-over notes:</source>
        <translation>交班说明：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The outgoing supervisor&apos;s notes:</source>
        <translation>交班值班长的说明：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unresolved incidents: %1</source>
        <translation>未处结警情：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Follow-up visits due: %1</source>
        <translation>到期回访：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1  due %2</source>
        <translation>  %1  应于 %2 回访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open hazards: %1</source>
        <translation>未整改隐患：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Shift %1 closed and handed over.</source>
        <translation>班次 %1 已结束并交班。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand-over of %1 acknowledged.</source>
        <translation>已确认接收 %1 的交班。</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::ImportDialog</name>
    <message>
        <location filename="../../src/ui/admin/import_dialog.cpp" line="+29"/>
        <location line="+33"/>
        <location line="+34"/>
        <location line="+13"/>
        <location line="+69"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Responders (CSV)</source>
        <translation>警力（CSV）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roster (CSV)</source>
        <translation>排班（CSV）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazards (CSV)</source>
        <translation>安全隐患（CSV）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field devices (CSV)</source>
        <translation>外勤终端（CSV）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Communities, posts, fire stations and cameras (GIS file)</source>
        <translation>社区、警务室、微型消防站和监控点（GIS 文件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GB18030 (Chinese office software)</source>
        <translation>GB18030（中文办公软件）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a file and check it. Nothing is written until you import.</source>
        <translation>选择文件并检查。在点击导入之前不会写入任何内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>GIS files (*.gpkg *.shp *.geojson *.json *.kml *.gml);;All files (*)</source>
        <translation>GIS 文件 (*.gpkg *.shp *.geojson *.json *.kml *.gml);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read %1 (missing, unreadable or larger than 32 MB).</source>
        <translation>无法读取 %1（文件不存在、不可读或大于 32 MB）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>This file cannot be imported: %1</source>
        <translation>此文件无法导入：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n row(s) checked, all valid. Nothing has been written yet.</source>
        <translation>
            <numerusform>已检查 %n 行，全部有效。尚未写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 rows are valid; %3 rejected (listed below). Fix the file and check again, or import only the valid rows.</source>
        <translation>%2 行中 %1 行有效，%3 行被拒（见下表）。请修正文件后重新检查，或只导入有效行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import valid rows</source>
        <translation>导入有效行</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Imported %n row(s).</source>
        <translation>
            <numerusform>已导入 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::ImportRejectModel</name>
    <message>
        <location filename="../../src/ui/admin/import_reject_model.cpp" line="+41"/>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>文件行号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it was rejected</source>
        <translation>被拒原因</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::IncidentActions</name>
    <message>
        <location filename="../../src/ui/incidents/incident_actions.cpp" line="+48"/>
        <source>Add &amp;note…</source>
        <translation>添加备注(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolve with outcome…</source>
        <translation>登记处置结果(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lose incident</source>
        <translation>警情结案(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel incident…</source>
        <translation>撤销警情(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;open incident…</source>
        <translation>重新开启警情(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reassi&amp;gn…</source>
        <translation>改派(&amp;G)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Acknowledged</source>
        <translation>已接收(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;En route</source>
        <translation>赶赴途中(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On &amp;scene</source>
        <translation>已到场(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;leared</source>
        <translation>已完成(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;assignment…</source>
        <translation>撤销派警(&amp;A)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Set %1</source>
        <translation>设为%1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Res&amp;ponder status</source>
        <translation>警力状态(&amp;P)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The database refused the change: %1</source>
        <translation>数据库拒绝了此次修改：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Note added to %1.</source>
        <translation>已为 %1 添加备注。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 resolved: %2.</source>
        <translation>%1 已处置：%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+40"/>
        <source>%1 is now %2.</source>
        <translation>%1 状态已变更为“%2”。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>%1 on %2: %3.</source>
        <translation>%1（警情 %2）：%3。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>That assignment is no longer active.</source>
        <translation>该派警任务已不在进行中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a reason for taking %1 off.</source>
        <translation>请填写撤下 %1 的原因。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 reassigned from %2 to %3.</source>
        <translation>%1 已由 %2 改派为 %3。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note for %1:</source>
        <translation>%1 的备注：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Cancel incident</source>
        <translation>撤销警情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is %1 cancelled?</source>
        <translation>撤销警情 %1 的原因：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reopen incident</source>
        <translation>重新开启警情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is %1 reopened?</source>
        <translation>重新开启警情 %1 的原因：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Which assignment?</source>
        <translation>选择派警任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has several responders:</source>
        <translation>警情 %1 派有多名警力：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel assignment</source>
        <translation>撤销派警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is %1 taken off %2?</source>
        <translation>将 %1 从警情 %2 撤下的原因：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reassign %1</source>
        <translation>改派 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take &lt;b&gt;%1&lt;/b&gt; off %2 and send:</source>
        <translation>将 &lt;b&gt;%1&lt;/b&gt; 从警情 %2 撤下，改派：</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::IncidentIntakeDialog</name>
    <message>
        <location filename="../../src/ui/incidents/incident_intake_dialog.cpp" line="+49"/>
        <source>New incident</source>
        <translation>新建警情</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>e.g. 13812345678 or 021-63221234</source>
        <translation>例如 13812345678 或 021-63221234</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Address as the caller gives it; type a road, crossing, community or post to search</source>
        <translation>按报警人所述填写地址；输入道路、交叉口、社区或警务站点可检索</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick on map</source>
        <translation>地图选点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Source</source>
        <translation>警情来源(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller &amp;name</source>
        <translation>报警人姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller &amp;phone</source>
        <translation>报警人电话(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>报警地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>警情类别(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-category</source>
        <translation>警情细类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;riority</source>
        <translation>警情等级(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>警情描述(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to existing (Ctrl+L)</source>
        <translation>关联已有警情（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the console knows here:</source>
        <translation>该地点已知信息：</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>not set — pick an address or a point on the map</source>
        <translation>未设置 — 请选择地址或在地图上选点</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>outside the jurisdiction</source>
        <translation>辖区外</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> · community officer %1 (%2)</source>
        <translation> · 社区民警 %1（%2）</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Possible duplicate: %1 — press Ctrl+L to link this call to it</source>
        <translation>疑似重复报警：%1 — 按 Ctrl+L 将本次报警关联至该警情</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Earlier incidents here (90 days): %n</source>
        <translation>
            <numerusform>此处既往警情（90 天内）：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Same phone number (90 days): %n</source>
        <translation>
            <numerusform>同一电话号码报警（90 天内）：%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Open hazards nearby: %n</source>
        <translation>
            <numerusform>附近未整改的安全隐患：%n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Incident %1 saved.</source>
        <translation>警情 %1 已保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+19"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The call was added to incident %1.</source>
        <translation>本次报警已关联至警情 %1。</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::IncidentQueuePanel</name>
    <message>
        <location filename="../../src/ui/incidents/incident_queue_panel.cpp" line="+118"/>
        <source>Open incidents</source>
        <translation>未结警情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>近24小时</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All priorities</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any age</source>
        <translation>不限时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 15 minutes</source>
        <translation>近15分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last hour</source>
        <translation>近1小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older than 1 hour</source>
        <translation>超过1小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older than 4 hours</source>
        <translation>超过4小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter: number, category, community, address…</source>
        <translation>筛选：编号、类别、社区、地址…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All communities</source>
        <translation>全部社区</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>New &lt;b&gt;%1&lt;/b&gt; · Dispatched &lt;b&gt;%2&lt;/b&gt; · On scene &lt;b&gt;%3&lt;/b&gt; · Resolved today &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>待派警 &lt;b&gt;%1&lt;/b&gt; · 已派警 &lt;b&gt;%2&lt;/b&gt; · 已到场 &lt;b&gt;%3&lt;/b&gt; · 今日已处置 &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::IncidentTableModel</name>
    <message>
        <location filename="../../src/ui/incidents/incident_table_model.cpp" line="+385"/>
        <source>%1 · BACKUP</source>
        <translation>%1 · 需要支援</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>110 transfer %1, call-taker %2</source>
        <translation>110转警 %1，接警员 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The location is not confirmed: check it (Enter) before dispatching.</source>
        <translation>位置未确认：派警前请先核实（Enter）。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Dispatched after %1 (target %2)</source>
        <translation>接警后 %1 派警（目标 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for dispatch: %1 (target %2)</source>
        <translation>等待派警：%1（目标 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On scene after %1 (target %2)</source>
        <translation>派警后 %1 到场（目标 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on scene yet: %1 since dispatch (target %2)</source>
        <translation>尚未到场：已派警 %1（目标 %2）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 — location unconfirmed</source>
        <translation>%1 — 位置未确认</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Number</source>
        <translation>警情编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received</source>
        <translation>接警时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <translation>已用时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since dispatch</source>
        <translation>派警后用时</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::LayerPanel</name>
    <message>
        <location filename="../../src/ui/map/layer_panel.cpp" line="+39"/>
        <source>Add layer…</source>
        <translation>添加图层…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a vector layer from a file (GeoPackage, Shapefile, GeoJSON, KML, OSM…)</source>
        <translation>从文件添加矢量图层（GeoPackage、Shapefile、GeoJSON、KML、OSM…）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected layer (only layers added from files)</source>
        <translation>移除所选图层（仅限从文件添加的图层）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom to</source>
        <translation>缩放至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to the selected layer</source>
        <translation>缩放至所选图层</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Opacity of the selected layer</source>
        <translation>所选图层的不透明度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::LayerTreeModel</name>
    <message>
        <location filename="../../src/ui/map/layer_tree_model.cpp" line="+194"/>
        <source>Operational layers</source>
        <translation>业务图层</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base map</source>
        <translation>底图</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 未能加载：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 — %n feature(s)</source>
        <translation>
            <numerusform>%1 — %n 个要素</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::LockScreen</name>
    <message>
        <location filename="../../src/ui/console/lock_screen.cpp" line="+19"/>
        <source>Xiuhua — locked</source>
        <translation>绣花 — 已锁定</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The console is locked</source>
        <translation>指挥台已锁定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Operator: %1 (%2). Enter your password to continue.</source>
        <translation>操作员：%1（%2）。请输入密码继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Switch operator…</source>
        <translation>切换操作员(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::LoginDialog</name>
    <message>
        <location filename="../../src/ui/console/login_dialog.cpp" line="+16"/>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation>密码错误次数过多：此账号锁定至 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong login name or password.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Xiuhua — log in</source>
        <translation>绣花 — 登录</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log in with your operator account (login name: usually your badge number).</source>
        <translation>请用操作员账号登录（登录名通常为警号）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Login name</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::MainWindow</name>
    <message>
        <location filename="../../src/ui/console/main_window.cpp" line="+90"/>
        <source>Police station</source>
        <translation>派出所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xiuhua dispatch console — %1</source>
        <translation>绣花接处警指挥台 — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+390"/>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Not shown</source>
        <translation>未显示</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Incident queue</source>
        <translation>警情队列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responder board</source>
        <translation>警力看板</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who goes</source>
        <translation>派警建议</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not done</source>
        <translation>操作未完成</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Add layer…</source>
        <translation>添加图层(&amp;A)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Warnings and targets…</source>
        <translation>预警与响应时限(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;udit log…</source>
        <translation>审计日志(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operator &amp;accounts…</source>
        <translation>操作员账号(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Field &amp;devices…</source>
        <translation>移动终端(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Incident</source>
        <translation>警情(&amp;I)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dispatch</source>
        <translation>接处警</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Shift</source>
        <translation>班次(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom to &amp;jurisdiction</source>
        <translation>缩放至辖区(&amp;J)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Xiuhua</source>
        <translation>关于绣花(&amp;A)</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Map tools</source>
        <translation>地图工具</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No shift open</source>
        <translation>当前未开班</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Shift: %1 · supervisor %2</source>
        <translation>班次：%1 · 值班长 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some map layers could not be loaded: %1</source>
        <translation>部分地图图层未能加载：%1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>AUDIT RECORD ALTERED</source>
        <translation>审计记录被改动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record %1 of the audit log is not as it was written. Check it in File ▸ Audit log… (Verify the whole record) and tell the supervisor.</source>
        <translation>审计日志第 %1 条记录与写入时不一致。请在“文件 ▸ 审计日志…”中核查（校验全部审计记录），并报告值班长。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>DATABASE DAMAGED</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check of the whole database file found damage. Work already saved may be unreadable. Tell the supervisor, and restore the latest good backup (File ▸ Backups…).</source>
        <translation>对整个数据库文件的检查发现了损坏，已保存的内容可能无法读取。请报告值班长，并恢复最近一份完好的备份（“文件 ▸ 备份…”）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The database is damaged: %1</source>
        <translation>数据库已损坏：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Added %n layer(s)</source>
        <translation>
            <numerusform>已添加 %n 个图层</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>About Xiuhua</source>
        <translation>关于绣花</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Xiuhua %1&lt;/h3&gt;&lt;p&gt;Command and dispatch console for community police stations.&lt;/p&gt;&lt;p&gt;Map data © OpenStreetMap contributors (ODbL 1.0); communities, posts, stations and cameras of the bundled jurisdiction are fictional.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;绣花 %1&lt;/h3&gt;&lt;p&gt;社区派出所接处警指挥台。&lt;/p&gt;&lt;p&gt;地图数据 © OpenStreetMap 贡献者（ODbL 1.0）；内置辖区中的社区、警务站点、派出所及监控点均为虚构。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::MapContextMenu</name>
    <message>
        <location filename="../../src/ui/map/map_context_menu.cpp" line="+80"/>
        <source>Zoomed to %1</source>
        <translation>已缩放至 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>outside the communities</source>
        <translation>不在任何社区范围内</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New incident here</source>
        <translation>在此处新建警情</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nearest available responders</source>
        <translation>最近的空闲警力</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom to community %1</source>
        <translation>缩放至社区：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom to community</source>
        <translation>缩放至社区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy coordinates</source>
        <translation>复制坐标</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::MapInteraction</name>
    <message>
        <location filename="../../src/ui/map/map_interaction.cpp" line="+88"/>
        <source>&amp;Pan</source>
        <translation>平移(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to pan, wheel to zoom, click an incident or responder to select it</source>
        <translation>拖动以平移，滚动滚轮以缩放，点击警情或警力以选中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;box</source>
        <translation>框选缩放(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a rectangle to zoom to it; click to zoom in, Shift+click to zoom out</source>
        <translation>拖出矩形框以缩放至该范围；单击放大，Shift+单击缩小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Identify</source>
        <translation>要素查询(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a feature to show its attributes</source>
        <translation>点击要素以显示其属性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place &amp;incident</source>
        <translation>标定警情位置(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click where the incident is</source>
        <translation>点击警情发生位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Measure distance</source>
        <translation>测距(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click points to measure a distance; double-click or Esc to finish</source>
        <translation>依次点击各点测量距离；双击或按 Esc 结束</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Back</source>
        <translation>上一视图(&amp;B)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous map extent (Alt+Left)</source>
        <translation>上一视图（Alt+Left）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forward</source>
        <translation>下一视图(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next map extent (Alt+Right)</source>
        <translation>下一视图（Alt+Right）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom to &amp;selection</source>
        <translation>缩放至选中对象(&amp;S)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Zoom to &amp;community</source>
        <translation>缩放至社区(&amp;C)</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+8"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Position not reported by a device</source>
        <translation>位置非终端上报</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Battery %1%</source>
        <translation>电量 %1%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Incident location: %1</source>
        <translation>警情位置：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n available responder(s) near %1</source>
        <translation>
            <numerusform>%1 附近有 %n 名空闲警力</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::MapResultsPanel</name>
    <message>
        <location filename="../../src/ui/map/map_results_panel.cpp" line="+34"/>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n feature(s) at %1</source>
        <translation>
            <numerusform>%1 处有 %n 个要素</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Responder</source>
        <translation>警力</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Travel time</source>
        <translation>行程时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No available responders near %1</source>
        <translation>%1 附近没有空闲警力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearest available responders to %1 (travel time by road)</source>
        <translation>距 %1 最近的可用警力（按道路行程时间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nearest available responders to %1 (straight line: no road route)</source>
        <translation>距 %1 最近的可用警力（直线距离：无道路路线）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nearest available responders to %1 (travel time by road; * straight line)</source>
        <translation>距 %1 最近的可用警力（按道路行程时间；* 为直线距离）</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::NewAccountDialog</name>
    <message>
        <location filename="../../src/ui/admin/new_account_dialog.cpp" line="+23"/>
        <source>New operator account</source>
        <translation>新建操作员账号</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usually the badge number</source>
        <translation>通常为警号</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Member of staff</source>
        <translation>人员(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login name</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole</source>
        <translation>角色(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password</source>
        <translation>重复密码(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only dispatchers and supervisors on file without an account are listed; add new staff through File ▸ Import… (responders) first.</source>
        <translation>仅列出尚无账号的在册调度员和值班长；新人员请先通过“文件 ▸ 导入…”（警力）添加。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Choose a member of staff.</source>
        <translation>请选择人员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a login name.</source>
        <translation>请输入登录名。</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::OpenShiftDialog</name>
    <message>
        <location filename="../../src/ui/shifts/open_shift_dialog.cpp" line="+23"/>
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Copy the roster of the same shift yesterday</source>
        <translation>复制昨天同一班次的排班</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor:</source>
        <translation>值班长：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatchers on duty:</source>
        <translation>当班调度员：</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::OperationalOverlay</name>
    <message>
        <location filename="../../src/ui/map/operational_overlay.cpp" line="+124"/>
        <source>Responders</source>
        <translation>警力</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents</source>
        <translation>警情</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::OperatorSession</name>
    <message>
        <location filename="../../src/ui/console/operator_session.cpp" line="+19"/>
        <source>&amp;Lock console</source>
        <translation>锁定指挥台(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;witch operator…</source>
        <translation>切换操作员(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+25"/>
        <source>Switch operator</source>
        <translation>切换操作员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Xiuhua — log in</source>
        <translation>绣花 — 登录</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::OutcomeDialog</name>
    <message>
        <location filename="../../src/ui/incidents/outcome_dialog.cpp" line="+16"/>
        <source>Choose how it ended…</source>
        <translation>请选择结案类别…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resolve %1</source>
        <translation>登记处置结果 — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::PasswordPairDialog</name>
    <message>
        <location filename="../../src/ui/admin/account_form.cpp" line="+35"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../src/ui/admin/password_pair_dialog.cpp" line="+21"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat</source>
        <translation>重复(&amp;R)</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::PositionsDesk</name>
    <message>
        <location filename="../../src/ui/replay/positions_desk.cpp" line="+30"/>
        <source>Track replay</source>
        <translation>轨迹回放</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Track &amp;replay…</source>
        <translation>轨迹回放(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay where the officers were over a period (轨迹回放)</source>
        <translation>回放一段时间内民警所在位置（轨迹回放）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Replaying the incident&apos;s period: press Play.</source>
        <translation>正在回放警情时段：请按“播放”。</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::RecommendationModel</name>
    <message>
        <location filename="../../src/ui/responders/recommendation_model.cpp" line="+39"/>
        <source>No route over the road network; this is a straight-line estimate.</source>
        <translation>路网中没有可通行路线；此为直线估算。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The officer may have moved since: ranked as if up to %1 m further away.</source>
        <translation>民警此后可能已移动：按最多远 %1 米排序。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 km</source>
        <translation>%1 公里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 米</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>home post</source>
        <translation>所属警务站点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>placed by hand</source>
        <translation>手动标注</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Key</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responder</source>
        <translation>警力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ETA</source>
        <translation>预计到达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position age</source>
        <translation>定位距今</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>推荐理由</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::RecommendationPanel</name>
    <message>
        <location filename="../../src/ui/responders/recommendation_panel.cpp" line="+33"/>
        <source>Assign selected (Enter)</source>
        <translation>向所选警力派警（Enter）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select an open incident to see who is nearest and available.</source>
        <translation>选择一条未结警情，查看最近的空闲警力。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 — press 1–9 to assign</source>
        <translation>%1 · %2 — 按 1–9 派警</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No road network: times are straight-line estimates.</source>
        <translation>无路网数据：时间为直线估算。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 dispatched.</source>
        <translation>已派 %1 出警。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::RegisterDeviceDialog</name>
    <message>
        <location filename="../../src/ui/admin/register_device_dialog.cpp" line="+23"/>
        <source>Register a field device</source>
        <translation>登记移动终端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the app shows it, e.g. Traccar Client&apos;s device identifier</source>
        <translation>与应用中显示的一致，如 Traccar Client 的设备标识</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Leave empty: a strong token is made and shown once</source>
        <translation>留空则自动生成高强度令牌并显示一次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Device &amp;id</source>
        <translation>终端编号(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Officer</source>
        <translation>民警(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Token</source>
        <translation>令牌(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token is the device&apos;s password: it is shown once, after registering, and only its hash is kept.</source>
        <translation>令牌即终端的密码：登记后仅显示一次，系统只保存其哈希值。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Enter the device id: 1 to 128 characters without spaces or &apos;/&apos;.</source>
        <translation>请输入终端编号：1 到 128 个字符，不含空格或“/”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the officer the device reports for.</source>
        <translation>请选择该终端上报位置所属的民警。</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::ReplayPanel</name>
    <message>
        <location filename="../../src/ui/replay/replay_panel.cpp" line="+53"/>
        <source>Track replay</source>
        <translation>轨迹回放</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replayed trail</source>
        <translation>回放轨迹</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+137"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Officer</source>
        <translation>民警</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>All officers</source>
        <translation>全部民警</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The replay period must end after it starts.</source>
        <translation>回放时段的结束时间必须晚于开始时间。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n officer(s), %1 positions, %2 – %3</source>
        <translation>
            <numerusform>%n 名民警，%1 个位置，%2 – %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <source>%1 · %n officer(s) on the map</source>
        <translation>
            <numerusform>%1 · 地图上 %n 名民警</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::ReportPreviewDialog</name>
    <message>
        <location filename="../../src/ui/shifts/report_preview_dialog.cpp" line="+31"/>
        <source>Report: %1</source>
        <translation>报告：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;PDF…</source>
        <translation>保存 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign report…</source>
        <translation>签署报告(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;signed PDF…</source>
        <translation>保存已签字 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The report could not be drawn.</source>
        <translation>无法绘制报告。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Period report: for information, not signed.</source>
        <translation>时段报告：仅供参考，无需签字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signed by %1 at %2. Content hash %3. Later changes appear as amendments in the next report.</source>
        <translation>已由 %1 于 %2 签字。内容哈希 %3。此后的修改将作为更正出现在下一份报告中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The shift is closed: a supervisor can sign this report.</source>
        <translation>班次已结束：值班长可以签署本报告。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shift is still open: close it and hand over before signing.</source>
        <translation>班次尚未结束：请先结束班次并交班，再签字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <location line="+64"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Incidents exported to %1</source>
        <translation>警情已导出到 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Shift report signed and stored.</source>
        <translation>班次报告已签字并存档。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save report as PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+20"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Export incidents as CSV</source>
        <translation>将警情导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the signed report</source>
        <translation>保存已签字的报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (signed).pdf</source>
        <translation>（已签字）.pdf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign shift report</source>
        <translation>签署班次报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign the report of %1 as %2? The signed report becomes final: later changes to this shift appear as amendments, never as silent changes.</source>
        <translation>以 %2 的身份签署 %1 的报告？签字后报告即为定稿：此后对该班次的任何修改都会作为更正记录，绝不会被悄悄改动。</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::ResponderBoardPanel</name>
    <message>
        <location filename="../../src/ui/responders/responder_board_panel.cpp" line="+28"/>
        <source>Filter: name, badge, kind, status…</source>
        <translation>筛选：姓名、警号、类型、状态…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Available &lt;b&gt;%1&lt;/b&gt; · Busy &lt;b&gt;%2&lt;/b&gt; · Meal break &lt;b&gt;%3&lt;/b&gt; · Off duty &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>空闲 &lt;b&gt;%1&lt;/b&gt; · 出警中 &lt;b&gt;%2&lt;/b&gt; · 就餐 &lt;b&gt;%3&lt;/b&gt; · 离岗 &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overdue &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>超时 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::ResponderPickerDialog</name>
    <message>
        <location filename="../../src/ui/responders/responder_picker_dialog.cpp" line="+26"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Travel</source>
        <translation>路程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>推荐理由</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 min, %2 km%3</source>
        <translation>%1 分钟，%2 公里%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (straight line)</source>
        <translation> （直线）</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::ResponderTableModel</name>
    <message>
        <location filename="../../src/ui/responders/responder_table_model.cpp" line="+208"/>
        <source>On scene for %1 without an update (limit %2)</source>
        <translation>已到场 %1 未更新状态（时限 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 for %2 (limit %3)</source>
        <translation>%1 已持续 %2（时限 %3）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Position fixed at %1 (%2)</source>
        <translation>定位时间 %1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low battery: under %1%</source>
        <translation>电量低：低于 %1%</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge</source>
        <translation>警号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In status</source>
        <translation>状态时长</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident</source>
        <translation>警情</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position age</source>
        <translation>定位距今</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Battery</source>
        <translation>电量</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::RosterEditorDialog</name>
    <message>
        <location filename="../../src/ui/shifts/roster_editor_dialog.cpp" line="+24"/>
        <source>Roster: %1</source>
        <translation>排班：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n responder hour entries</source>
        <translation>
            <numerusform>%n 条排班时段</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy yesterday&apos;s roster</source>
        <translation>复制昨天的排班(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>There is no shift at the same time yesterday to copy from.</source>
        <translation>昨天同一时间没有可复制的班次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no shift at the same time yesterday.</source>
        <translation>昨天同一时间没有班次。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n entries copied from %1.</source>
        <translation>
            <numerusform>已从 %1 复制 %n 条排班。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::RosterEntryDialog</name>
    <message>
        <location filename="../../src/ui/shifts/roster_entry_dialog.cpp" line="+19"/>
        <source>Edit hours</source>
        <translation>编辑工作时段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to roster</source>
        <translation>添加排班</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Community work (in the community, not at the post)</source>
        <translation>下社区工作（在社区内，而非警务室值守）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. staggered hours, household visits</source>
        <translation>例如：错时工作、入户走访</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Responder:</source>
        <translation>警力：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::RosterTableModel</name>
    <message>
        <location filename="../../src/ui/shifts/roster_table_model.cpp" line="+87"/>
        <source>Responder</source>
        <translation>警力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In community</source>
        <translation>下社区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::SettingsDialog</name>
    <message>
        <location filename="../../src/ui/admin/settings_dialog.cpp" line="+34"/>
        <source>Warnings and response targets</source>
        <translation>预警与响应时限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>不预警</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Responder board: warn after</source>
        <translation>警力看板：超过以下时长预警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Busy</source>
        <translation>出警中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meal break</source>
        <translation>就餐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On scene without an update</source>
        <translation>到场后无更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident queue: response targets</source>
        <translation>警情队列：响应时限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received to dispatched</source>
        <translation>接警至派警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched to on scene (police)</source>
        <translation>派警至到场（民警）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched to on scene (fire crews)</source>
        <translation>派警至到场（微型消防站）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amber from</source>
        <translation>黄色预警起点</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing changed.</source>
        <translation>没有改动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::ShiftDesk</name>
    <message>
        <location filename="../../src/ui/shifts/shift_desk.cpp" line="+41"/>
        <source>&amp;Open shift…</source>
        <translation>开班(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roster…</source>
        <translation>排班(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close shift and hand over…</source>
        <translation>结束班次并交班(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Acknowledge hand-over…</source>
        <translation>确认接班(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Shift report…</source>
        <translation>班次报告(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period report…</source>
        <translation>时段报告(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print open &amp;incidents sheet…</source>
        <translation>打印未结警情备用表(&amp;I)…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 day shift</source>
        <translation>%1 白班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 night shift</source>
        <translation>%1 夜班</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shift %1 opened.</source>
        <translation>班次 %1 已开班。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n roster entries copied from yesterday.</source>
        <translation>
            <numerusform>已从昨天复制 %n 条排班。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open shift</source>
        <translation>开班</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roster</source>
        <translation>排班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is no shift yet: open one first.</source>
        <translation>还没有班次：请先开班。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+9"/>
        <source>Close shift</source>
        <translation>结束班次</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>No shift is open.</source>
        <translation>当前没有进行中的班次。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shift %1 is closed. Review and sign its report now?</source>
        <translation>班次 %1 已结束。现在审阅并签署报告吗？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Acknowledge hand-over</source>
        <translation>确认接班</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>There is no hand-over waiting.</source>
        <translation>没有待确认的交班。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+15"/>
        <source>Shift report</source>
        <translation>班次报告</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>There are no shifts yet.</source>
        <translation>还没有任何班次。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed, not signed</source>
        <translation>已结束，未签字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shift:</source>
        <translation>班次：</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+25"/>
        <source>Period report</source>
        <translation>时段报告</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>First day:</source>
        <translation>第一天：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day:</source>
        <translation>最后一天：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last day must not be before the first.</source>
        <translation>最后一天不能早于第一天。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open incidents: paper fallback sheet</source>
        <translation>未结警情：纸质备用表</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::ShortcutsDialog</name>
    <message>
        <location filename="../../src/ui/console/shortcuts_dialog.cpp" line="+60"/>
        <source>Console</source>
        <translation>指挥台</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Search actions or keys…</source>
        <translation>搜索操作或按键…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>快捷键(&amp;K)…</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::TrailLayer</name>
    <message>
        <location filename="../../src/ui/map/trail_layer.cpp" line="+40"/>
        <source>Trail</source>
        <translation>轨迹</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::TransferAlert</name>
    <message>
        <location filename="../../src/ui/incidents/transfer_alert.cpp" line="+64"/>
        <source>110 transfer: %1, %2</source>
        <translation>110转警：%1，%2</translation>
    </message>
</context>
</TS>
