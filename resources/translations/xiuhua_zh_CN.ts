<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckDb</name>
    <message>
        <location filename="../../src/app/check_db_command.cpp" line="+12"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot check the database: %1</source>
        <translation>无法检查数据库：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schema version: %1 (this Xiuhua writes %2)</source>
        <translation>数据库结构版本：%1（本版绣花写入版本 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../../src/app/app_options.cpp" line="+18"/>
        <source>Xiuhua (绣花) — command and dispatch console for community police stations.

Commands:
  (none)          start the console (default: the bundled demo jurisdiction)
  check-db FILE   report schema version, row counts and integrity; exit 0 only when healthy</source>
        <translation>绣花（Xiuhua）— 社区派出所接处警指挥台。

命令：
  （无）          启动指挥台（默认加载内置的演示辖区）
  check-db FILE   报告数据库结构版本、各表行数和完整性；仅当数据库健康时退出码为 0</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show this help and exit.</source>
        <translation>显示本帮助信息并退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the version and exit.</source>
        <translation>显示版本信息并退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the database FILE instead of the demo database.</source>
        <translation>打开数据库文件 FILE，而不是演示数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jurisdiction map (GeoPackage) to show.</source>
        <translation>要显示的辖区地图（GeoPackage 格式）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User interface language: zh_CN or en.</source>
        <translation>界面语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log level: trace, debug, info, warn, error, off.</source>
        <translation>日志级别：trace、debug、info、warn、error、off。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge number of the operator (skips the start-up choice).</source>
        <translation>操作员警号（跳过启动时的操作员选择）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>check-db FILE, or nothing to start the console.</source>
        <translation>check-db FILE；不带命令则启动指挥台。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown language &quot;%1&quot;: use zh_CN or en.</source>
        <translation>未知语言“%1”：请使用 zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown log level &quot;%1&quot;: use one of %2.</source>
        <translation>未知日志级别“%1”：请使用以下之一：%2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>check-db needs exactly one database FILE.</source>
        <translation>check-db 需要且仅需要一个数据库文件 FILE。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>未知命令“%1”。请使用 --help 查看帮助。</translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <location filename="../../src/dispatch/assignment_service.cpp" line="+23"/>
        <location filename="../../src/dispatch/incident_service.cpp" line="+100"/>
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
        <location filename="../../src/dispatch/responder_service.cpp" line="+22"/>
        <location line="+28"/>
        <source>Responder %1 does not exist.</source>
        <translation>警力 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a %2, not a field responder.</source>
        <translation>%1 是%2，不属于一线处警力量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not available (%2).</source>
        <translation>%1 当前不可派警（%2）。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Dispatched %1 (%2)</source>
        <translation>派警：%1（%2）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Assignment %1 does not exist.</source>
        <translation>派警任务 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/incident_service.cpp" line="-68"/>
        <source>Choose a category.</source>
        <translation>请选择警情类别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown category &quot;%1&quot;.</source>
        <translation>未知警情类别“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>The phone number &quot;%1&quot; is not a valid mainland or Shanghai number.</source>
        <translation>电话号码“%1”不是有效的国内或上海本地号码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The time received is in the future.</source>
        <translation>接警时间晚于当前时间。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Incident received</source>
        <translation>接警登记</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Incident %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation>警情 %1 不能从“%2”变更为“%3”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give a reason for this change.</source>
        <translation>请填写此次变更的原因。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>incident cancelled</source>
        <translation>警情已撤销</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A note cannot be empty.</source>
        <translation>备注内容不能为空。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/responder_service.cpp" line="-26"/>
        <source>%1 is already %2.</source>
        <translation>%1 已处于“%2”状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 still has an active assignment; clear or cancel it first.</source>
        <translation>%1 仍有未完成的派警任务；请先完成或撤销该任务。</translation>
    </message>
    <message>
        <location filename="../../src/dispatch/write_steps.cpp" line="+34"/>
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
        <source>Dispatcher</source>
        <translation>接处警员</translation>
    </message>
    <message>
        <location line="+1"/>
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
</context>
<context>
    <name>OperatorDialog</name>
    <message>
        <location filename="../../ui/operator_dialog.ui" line="+9"/>
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
    <name>Startup</name>
    <message>
        <location filename="../../src/app/console_startup.cpp" line="+36"/>
        <location line="+63"/>
        <location line="+8"/>
        <source>Xiuhua</source>
        <translation>绣花</translation>
    </message>
    <message>
        <location line="-60"/>
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
        <source>The database reported an error.</source>
        <translation>数据库报告了错误。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No dispatcher or supervisor has badge %1.</source>
        <translation>没有警号为 %1 的接处警员或值班长。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database has no dispatcher or supervisor to log in as.</source>
        <translation>数据库中没有可供登录的接处警员或值班长。</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+29"/>
        <source>The jurisdiction map cannot be read.</source>
        <translation>无法读取辖区地图。</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Missing or unreadable file: %1</source>
        <translation>文件缺失或无法读取：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The incident taxonomy is broken.</source>
        <translation>警情分类数据已损坏。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The demo database could not be created.</source>
        <translation>无法创建演示数据库。</translation>
    </message>
</context>
<context>
    <name>xiuhua::map::JurisdictionLayers</name>
    <message>
        <location filename="../../src/map/jurisdiction_layers.cpp" line="+26"/>
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
    <name>xiuhua::map::MapRenderer</name>
    <message>
        <location filename="../../src/map/map_renderer.cpp" line="+12"/>
        <source>© OpenStreetMap contributors</source>
        <translation>© OpenStreetMap 贡献者</translation>
    </message>
    <message>
        <location line="+56"/>
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
    <name>xiuhua::ui::DetailsPanel</name>
    <message>
        <location filename="../../src/ui/details_panel.cpp" line="+39"/>
        <source>Select an incident or a responder to see the details.</source>
        <translation>选择一条警情或一名警力以查看详情。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>outside the jurisdiction</source>
        <translation>辖区外</translation>
    </message>
    <message>
        <location line="+55"/>
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
        <source>Caller</source>
        <translation>报警人</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+12"/>
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
        <location line="+9"/>
        <source>Current incident</source>
        <translation>当前警情</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::IncidentQueuePanel</name>
    <message>
        <location filename="../../src/ui/incident_queue_panel.cpp" line="+65"/>
        <source>Open incidents</source>
        <translation>未结警情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>近24小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter: number, category, community, address…</source>
        <translation>筛选：编号、类别、社区、地址…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>New &lt;b&gt;%1&lt;/b&gt; · Dispatched &lt;b&gt;%2&lt;/b&gt; · On scene &lt;b&gt;%3&lt;/b&gt; · Resolved today &lt;b&gt;%4&lt;/b&gt;</source>
        <translation>待派警 &lt;b&gt;%1&lt;/b&gt; · 已派警 &lt;b&gt;%2&lt;/b&gt; · 已到场 &lt;b&gt;%3&lt;/b&gt; · 今日已处置 &lt;b&gt;%4&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::IncidentTableModel</name>
    <message>
        <location filename="../../src/ui/incident_table_model.cpp" line="+163"/>
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
</context>
<context>
    <name>xiuhua::ui::MainWindow</name>
    <message>
        <location filename="../../src/ui/main_window.cpp" line="+40"/>
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
        <location line="+127"/>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location line="-72"/>
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
        <location line="+11"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Xiuhua</source>
        <translation>关于绣花(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some map layers could not be loaded: %1</source>
        <translation>部分地图图层未能加载：%1</translation>
    </message>
    <message>
        <location line="+66"/>
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
    <name>xiuhua::ui::OperationalOverlay</name>
    <message>
        <location filename="../../src/ui/operational_overlay.cpp" line="+20"/>
        <source>Responders</source>
        <translation>警力</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incidents</source>
        <translation>警情</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::ResponderBoardPanel</name>
    <message>
        <location filename="../../src/ui/responder_board_panel.cpp" line="+21"/>
        <source>Filter: name, badge, kind, status…</source>
        <translation>筛选：姓名、警号、类型、状态…</translation>
    </message>
</context>
<context>
    <name>xiuhua::ui::ResponderTableModel</name>
    <message>
        <location filename="../../src/ui/responder_table_model.cpp" line="+91"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+41"/>
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
</context>
</TS>
