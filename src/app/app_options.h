#pragma once

#include <QDate>
#include <QDateTime>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace xiuhua::app {

// What the command line asked for. Parsed by parseCommandLine(); used by main().
struct AppOptions
{
    enum class Command
    {
        Console,
        CheckDb,
        ExportMap,
        Simulate,
        Report,
        Import,
        VerifyAudit,
        Backup,
        Restore,
        MigrateDb,
        Watch,
        Serve,
        PurgePositions,
        ReceiveTransfers,
        Help,
        Version
    };

    Command command = Command::Console;
    QString databasePath; // --db; empty = the demo database in the data directory
    QString migrateFrom;  // migrate-db --from: a database file or PostgreSQL connection string
    QString migrateTo;    // migrate-db --to: an empty (or new) database of either kind
    QString mapPath;      // --map; empty = bundled maps/huangpu.gpkg
    QString language;     // --lang; empty = system locale
    QString logLevel = QStringLiteral("info");
    QString operatorLogin;     // --operator: the console logs this demo account in; import acts as it
    QStringList extraLayers;   // --layer FILE[:LAYER], repeatable
    QString basemap;           // --basemap FILE.mbtiles or a tile URL template; off by default
    int frameStatsSeconds = 0; // --frame-stats N: log the UI event loop's lateness every N s; 0 = off
    QString checkDbPath;

    // export-map
    QString exportPath;
    QSize exportSize{1920, 1080};
    std::optional<QRectF> exportExtent; // lon/lat
    QStringList dataArguments;          // FILE or FILE:LAYER
    QString stylePath;
    bool noLabels = false;

    // simulate
    int simulateCalls = 100;
    double simulateRatePerMinute = 0;
    quint64 simulateSeed = 1;
    int simulateResponders = 0; // 0 = the demo's
    bool printCommits = false;
    bool simulateCallsSet = false; // --calls given: with a history, the calls follow it
    // simulate's history mode (--history-years / --history-incidents): 0 years = no history.
    int simulateHistoryYears = 0;
    int simulateHistoryDays = 0;          // --history-days: instead of years (a station's first weeks)
    qint64 simulateHistoryIncidents = -1; // -1 = a busy station's 30–60 a day
    // --start: the simulated "now" (the demo, the history's end, the first call); invalid = the
    // clock. The same seed and start give the same incidents and figures.
    QDateTime simulateStart;

    // report
    qint64 reportShiftId = 0; // --shift; 0 = a date range
    QDate reportFrom;         // --from, local date, included
    QDate reportTo;           // --to, local date, included
    QString reportPath;       // --out FILE.pdf|FILE.csv
    bool reportOpenIncidents = false;

    // verify-audit, backup (--db, --out), restore (--from BACKUP --db FILE [--force])
    QString backupPath;
    bool force = false;
    // verify-audit --expect SEQ:HASH, as written down earlier (a printed report, a backup's log line)
    std::vector<std::pair<qint64, QString>> auditExpectations;
    // import
    QString importKind; // responders, roster, hazards, jurisdiction
    QString importFile;
    QString importEncoding; // empty = detect
    bool importDryRun = false;
    bool importAcceptRejects = false;
    // watch
    std::optional<qint64> watchAfterSeq; // --after SEQ; empty = from now on
    int watchCount = 0;                  // --count N: stop after N records; 0 = never
    // serve
    QString serveListen; // ADDR:PORT
    QString serveCertificate, serveKey;
    bool servePlainHttp = false;
    int serveRetentionDays = 30;
    // serve --requests-per-address N: what one address may send a second. A station whose phones come
    // through one gateway (a mobile police access platform's NAT) sets it to what they all send.
    double serveRequestsPerAddress = 50;
    QString transferKeysPath; // serve --transfer-keys FILE: the 110 centres' keys for POST /api/110/transfers
    // receive-transfers
    QString transferFolder; // --folder DIR: the 110 drop folder
    bool transferOnce = false;
    QString helpText;
};

struct ParseResult
{
    std::optional<AppOptions> options;
    QString error; // for stderr, with exit code 2
};

ParseResult parseCommandLine(const QStringList& arguments);

} // namespace xiuhua::app
