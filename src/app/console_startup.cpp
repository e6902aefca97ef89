#include "app/console_startup.h"

#include "app/background_integrity_check.h"
#include "app/backup_scheduler.h"
#include "app/command_line.h"
#include "app/console_application.h"
#include "app/logging.h"
#include "app/open_database.h"
#include "app/pre_migration_backup.h"
#include "app/restore_in_place.h"
#include "app/server_database.h"
#include "app/translations.h"
#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "dispatch/demo_data.h"
#include "dispatch/position_follower.h"
#include "geo/geo_error.h"
#include "geo/projection.h"
#include "map/canvas/map_canvas.h"
#include "map/layer_stack.h"
#include "map/raster_tile_layer.h"
#include "storage/audit_chain.h"
#include "storage/database_health.h"
#include "storage/sqlite_store.h"
#include "ui/console/event_loop_probe.h"
#include "ui/console/main_window.h"
#include "ui/console/start_login.h"
#include "ui/map/add_layer_dialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

#include <optional>
#include <spdlog/spdlog.h>

namespace xiuhua::app {

namespace {

int fail(const QString& headline, const QString& detail)
{
    spdlog::error("{}: {}", headline.toStdString(), detail.toStdString());
    // Kiosk scripts and tests run without anyone to click the dialog away.
    if (qEnvironmentVariableIsSet("XIUHUA_NONINTERACTIVE"))
        return 1;
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("Startup", "Xiuhua"), headline);
    box.setInformativeText(detail);
    box.exec();
    return 1;
}

QString headlineFor(storage::StorageError::Kind kind)
{
    using K = storage::StorageError::Kind;
    switch (kind) {
    case K::NotADatabase:
        return QCoreApplication::translate("Startup", "This file is not a Xiuhua database.");
    case K::Corrupt:
        return QCoreApplication::translate(
            "Startup", "The database is damaged. It was not changed; open a backup instead.");
    case K::NewerSchema:
        return QCoreApplication::translate(
            "Startup", "The database was written by a newer version of Xiuhua. It was not changed.");
    case K::ReadOnly:
        return QCoreApplication::translate("Startup",
                                           "The database cannot be written (read-only file or folder).");
    case K::Busy:
        return QCoreApplication::translate("Startup", "The database is locked by another program.");
    case K::CannotOpen:
        return QCoreApplication::translate("Startup", "The database cannot be opened.");
    case K::NeedsPassword:
        return QCoreApplication::translate("Startup", "The database server needs a password and none was "
                                                      "given (~/.pgpass, the service file or the prompt).");
    default:
        return QCoreApplication::translate("Startup", "The database reported an error.");
    }
}

QString describeHealth(const storage::DatabaseHealth& health)
{
    using V = storage::DatabaseHealth::Verdict;
    switch (health.verdict) {
    case V::NotADatabase:
        return headlineFor(storage::StorageError::Kind::NotADatabase);
    case V::Damaged:
        return headlineFor(storage::StorageError::Kind::Corrupt);
    case V::NewerSchema:
        return headlineFor(storage::StorageError::Kind::NewerSchema);
    default:
        return headlineFor(storage::StorageError::Kind::CannotOpen);
    }
}

// The start-up check (integrity, schema version) and, for a damaged database, the offer to open a
// copy of the latest good backup. Returns the path to open, or nullopt to stop (already reported).
std::optional<QString> checkDatabaseAtStartup(const QString& path)
{
    const QString folder = BackupScheduler::settingsFor(path, dataDirectory()).folder;
    const storage::DatabaseHealth health =
        storage::assessDatabase(path, BackupScheduler::backupsOf(folder, path));
    if (health.canOpen())
        return path;
    const QString headline = describeHealth(health);
    if (!health.latestGoodBackup || qEnvironmentVariableIsSet("XIUHUA_NONINTERACTIVE")) {
        fail(headline, health.detail);
        return std::nullopt;
    }
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("Startup", "Xiuhua"), headline);
    box.setInformativeText(
        QCoreApplication::translate("Startup",
                                    "The database was not changed. The latest good backup is %1.\n\nOpen a "
                                    "copy of that backup? The copy is made beside the damaged database, "
                                    "which stays as it is for inspection.")
            .arg(*health.latestGoodBackup));
    box.setDetailedText(health.detail);
    QPushButton* open = box.addButton(QCoreApplication::translate("Startup", "Open a copy of the backup"),
                                      QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != open)
        return std::nullopt;
    const QString copy = storage::copyBackupBeside(*health.latestGoodBackup, path);
    spdlog::warn("damaged database {}: opened a copy of backup {} at {}", path.toStdString(),
                 health.latestGoodBackup->toStdString(), copy.toStdString());
    return copy;
}

// Returns the first broken record, if any, so the console can keep saying so.
std::optional<qint64> warnIfAuditChainBroken(storage::Store& store)
{
    const storage::AuditChainReport report =
        storage::AuditChain::verifyTail(*storage::connectionOf(store), 500);
    if (report.ok)
        return std::nullopt;
    spdlog::error("the audit record of {} is not whole: {}", store.location().toStdString(),
                  report.reason.toStdString());
    const qint64 firstBroken = report.firstBrokenSeq.value_or(0);
    if (qEnvironmentVariableIsSet("XIUHUA_NONINTERACTIVE"))
        return firstBroken;
    QMessageBox box(QMessageBox::Warning, QCoreApplication::translate("Startup", "Xiuhua"),
                    QCoreApplication::translate("Startup",
                                                "The audit record has been altered outside Xiuhua: record %1 "
                                                "is not as it was written. Tell the supervisor.")
                        .arg(report.firstBrokenSeq.value_or(0)));
    box.setInformativeText(QCoreApplication::translate(
        "Startup", "The console can be used. Run \"xiuhua verify-audit --db FILE\" for the whole record."));
    box.setDetailedText(report.reason);
    box.exec();
    return firstBroken;
}

// Opens the database; an older one (a package upgrade) is copied and checked before the store
// migrates it, and the console says where the copy is.
std::unique_ptr<storage::SqliteStore> openWithUpgradeBackup(const QString& path)
{
    const std::optional<PreMigrationBackup> kept =
        backupBeforeMigration(path, BackupScheduler::settingsFor(path, dataDirectory()).folder);
    auto store = storage::SqliteStore::open(path, storage::SqliteStore::OpenMode::OpenExisting);
    if (kept) {
        const QString message = describePreMigrationBackup(*kept);
        spdlog::warn("{}", message.toStdString());
        if (!qEnvironmentVariableIsSet("XIUHUA_NONINTERACTIVE"))
            QMessageBox::information(nullptr, QCoreApplication::translate("Startup", "Xiuhua"), message);
    }
    return store;
}

} // namespace

QString dataDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString resolveMapPath(const QString& requested)
{
    if (!requested.isEmpty())
        return requested;
    QStringList candidates;
    const QByteArray fromEnvironment = qgetenv("XIUHUA_MAPS_DIR");
    if (!fromEnvironment.isEmpty())
        candidates << QString::fromLocal8Bit(fromEnvironment);
    candidates << QCoreApplication::applicationDirPath() + QStringLiteral("/../share/xiuhua/maps")
               << QStringLiteral(XIUHUA_SOURCE_MAPS_DIR);
    for (const QString& directory : candidates) {
        const QString path = QDir(directory).filePath(QStringLiteral("huangpu.gpkg"));
        if (QFileInfo::exists(path))
            return QFileInfo(path).canonicalFilePath();
    }
    return QDir(candidates.last()).filePath(QStringLiteral("huangpu.gpkg"));
}

void createDemoDatabase(const QString& path, const QString& mapPath)
{
    const QString partial = path + QStringLiteral(".part");
    for (const QString& leftover :
         {partial, partial + QStringLiteral("-wal"), partial + QStringLiteral("-shm")})
        QFile::remove(leftover);
    {
        auto store = storage::SqliteStore::open(partial, storage::SqliteStore::OpenMode::CreateIfMissing);
        // The side file is thrown away if anything interrupts it, so its thousands of demo writes
        // need not each wait for the disk; the checkpoint below syncs it whole before the rename.
        store->database().execute("PRAGMA synchronous = OFF");
        store->database().execute("PRAGMA locking_mode = EXCLUSIVE");
        store->database().execute("PRAGMA journal_mode = MEMORY");
        const core::Taxonomy taxonomy =
            core::Taxonomy::fromFile(QStringLiteral(":/taxonomy/incident_categories.json"));
        dispatch::ChangeNotifier notifier;
        dispatch::DemoOptions options;
        options.jurisdictionPath = mapPath;
        options.now = QDateTime::currentDateTimeUtc();
        // Three weeks, and the last week a year ago: every shift, day and week report has its
        // comparisons, and the first start stays a few seconds (docs/PERFORMANCE.md).
        options.history = dispatch::DemoHistory::BusyStation;
        options.historyDays = 21;
        options.lastYearDays = 7;
        dispatch::seedDemoData({*store, taxonomy, notifier}, options);
        store->database().execute("PRAGMA synchronous = FULL");
        store->database().execute("PRAGMA journal_mode = WAL");
        store->database().execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, path))
        throw storage::StorageError(storage::StorageError::Kind::CannotOpen,
                                    "cannot move the new demo database into place at " + path.toStdString());
}

namespace {

std::optional<core::Taxonomy> loadTaxonomy()
{
    try {
        return core::Taxonomy::fromFile(QStringLiteral(":/taxonomy/incident_categories.json"));
    } catch (const core::TaxonomyError& error) {
        fail(QCoreApplication::translate("Startup", "The incident taxonomy is broken."),
             QString::fromStdString(error.what()));
        return std::nullopt;
    }
}

bool isServerDatabase(const QString& databaseArgument)
{
    const auto location = storage::classifyDatabase(databaseArgument);
    return location && location->isPostgres();
}

// Opens --db, or the demo database (created on first start), after the start-up check; sets
// `databasePath` to the file opened (a backup's copy when the operator chose one). A PostgreSQL
// database is the station's shared one: set up when empty, no file checks. Returns nullptr when the
// console cannot start, already reported.
std::unique_ptr<storage::Store> openConsoleDatabase(const QString& requested, const QString& mapPath,
                                                    QString& databasePath)
{
    databasePath = requested;
    try {
        if (isServerDatabase(requested)) {
            const bool interactive = !qEnvironmentVariableIsSet("XIUHUA_NONINTERACTIVE");
            return app::openServerDatabase(requested, interactive
                                                          ? DatabasePasswordAsker([](const QString& where) {
                                                                return askDatabasePasswordDialog(where);
                                                            })
                                                          : DatabasePasswordAsker())
                .store;
        }
        if (databasePath.isEmpty()) {
            databasePath = QDir(dataDirectory()).filePath(QStringLiteral("demo.sqlite"));
            if (!QFileInfo::exists(databasePath)) {
                spdlog::info("creating the demo database at {}", databasePath.toStdString());
                QApplication::setOverrideCursor(Qt::WaitCursor);
                createDemoDatabase(databasePath, mapPath);
                QApplication::restoreOverrideCursor();
            }
        }
        const auto opened = checkDatabaseAtStartup(databasePath);
        if (!opened)
            return nullptr;
        databasePath = *opened;
        return openWithUpgradeBackup(databasePath);
    } catch (const storage::StorageError& error) {
        QApplication::restoreOverrideCursor();
        fail(headlineFor(error.kind()), QString::fromStdString(error.what()));
    } catch (const geo::GeoError& error) {
        QApplication::restoreOverrideCursor();
        fail(QCoreApplication::translate("Startup", "The jurisdiction map cannot be read."),
             QString::fromStdString(error.what()));
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        fail(QCoreApplication::translate("Startup", "The demo database could not be created."),
             QString::fromStdString(error.what()));
    }
    return nullptr;
}

// What the console runs on once the operator has logged in.
struct ConsoleStart
{
    storage::Store& store;
    const core::Taxonomy& taxonomy;
    const core::Actor& actor;
    QString mapPath;
    QString language;
    BackupScheduler* backups; // none on a PostgreSQL database: the server's backups are the server's
    QString backupFolder;
    std::optional<qint64> brokenAuditRecord;
    BackgroundIntegrityCheck* integrityCheck; // none on a PostgreSQL database
};

struct ConsoleEnd
{
    int exitCode = 0;
    std::optional<QString> restoreFrom; // the backup the operator asked to restore
};

// --layer and --basemap, and what went wrong loading the jurisdiction, in the status bar.
void addCommandLineLayers(ui::MainWindow& window, const AppOptions& options, const QStringList& mapProblems)
{
    QStringList layerErrors;
    for (const QString& layer : options.extraLayers)
        layerErrors << window.addLayers(ui::parseLayerArgument(layer));
    if (!options.basemap.isEmpty())
        layerErrors << map::addRasterTileLayer(*window.canvas()->layerStack(), options.basemap,
                                               window.displayCrs());
    if (!layerErrors.isEmpty() || !mapProblems.isEmpty())
        window.statusBar()->showMessage((mapProblems + layerErrors).join(QStringLiteral("; ")));
}

// The main window until it closes.
ConsoleEnd showConsole(const ConsoleStart& start, const AppOptions& options)
{
    ConsoleEnd end;
    dispatch::ChangeNotifier notifier;
    ui::ConsoleSession session{start.store, start.taxonomy, notifier,
                               start.actor, start.mapPath,  start.language};
    session.backupFolder = start.backupFolder;
    const QStringList mapProblems = ui::loadJurisdictionServices(session);
    ui::MainWindow window(session);
    addCommandLineLayers(window, options, mapProblems);
    if (options.frameStatsSeconds > 0) {
        auto* probe = new ui::EventLoopProbe(options.frameStatsSeconds, &window);
        // After the board and the map have taken them in (connected first, so called first).
        if (auto* feed = window.findChild<dispatch::PositionFollower*>())
            QObject::connect(feed, &dispatch::PositionFollower::positionsArrived, probe,
                             &ui::EventLoopProbe::notePositions);
    }
    if (BackupScheduler* backups = start.backups) {
        QObject::connect(backups, &BackupScheduler::backupFinished, &window,
                         [&window](bool, const QString&, const QString& message) {
                             window.statusBar()->showMessage(message, 10000);
                         });
        // Each shift close is a natural restore point, besides the hourly schedule.
        QObject::connect(&notifier, &dispatch::ChangeNotifier::shiftClosed, backups,
                         [backups] { backups->backupNow(QStringLiteral("shift close")); });
    }
    if (start.brokenAuditRecord)
        window.showAuditRecordBroken(*start.brokenAuditRecord);
    if (BackgroundIntegrityCheck* check = start.integrityCheck) {
        // It started before the login: it may already have finished.
        if (check->result() && !check->result()->isEmpty())
            window.showDatabaseDamaged(*check->result());
        QObject::connect(check, &BackgroundIntegrityCheck::finished, &window,
                         [&window](const QStringList& problems) {
                             if (!problems.isEmpty())
                                 window.showDatabaseDamaged(problems);
                         });
    }
    QObject::connect(&window, &ui::MainWindow::restoreRequested, &window, [&](const QString& path) {
        end.restoreFrom = path;
        // Once the Backups dialog has returned.
        QTimer::singleShot(0, &window, &QWidget::close);
    });
    if (auto* application = qobject_cast<ConsoleApplication*>(QCoreApplication::instance()))
        QObject::connect(
            application, &ConsoleApplication::storageFailed, &window, [&window](const QString& text) {
                window.statusBar()->showMessage(
                    QCoreApplication::translate("Startup", "The database did not answer: %1").arg(text),
                    10000);
            });
    window.show();
    end.exitCode = QApplication::exec();
    return end;
}

// Restores `backup` over the closed database, says how it went and starts the console again.
int restoreAndRestart(const QString& backup, const QString& databasePath, const core::Actor& actor)
{
    const storage::RestoreResult restored = restoreInPlace(backup, databasePath, actor);
    if (!qEnvironmentVariableIsSet("XIUHUA_NONINTERACTIVE")) {
        if (restored.outcome == storage::RestoreOutcome::Restored)
            QMessageBox::information(
                nullptr, QCoreApplication::translate("Startup", "Xiuhua"),
                QCoreApplication::translate("Startup",
                                            "The backup was restored. The database as it was is kept as %1. "
                                            "The console starts again.")
                    .arg(restored.movedAside));
        else
            QMessageBox::warning(nullptr, QCoreApplication::translate("Startup", "Xiuhua"),
                                 QCoreApplication::translate("Startup",
                                                             "The backup was not restored; the database is "
                                                             "unchanged: %1")
                                     .arg(restored.message));
    }
    // Again from the login, on the restored (or unchanged) database.
    QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    return restored.outcome == storage::RestoreOutcome::Restored ? 0 : 1;
}

} // namespace

int runConsole(QApplication& application, const AppOptions& options)
{
    const QString language = chooseLanguage(options.language);
    installTranslators(language);
    application.setWindowIcon(QIcon(QStringLiteral(":/icons/xiuhua.svg")));

    const QString mapPath = resolveMapPath(options.mapPath);
    if (!QFileInfo(mapPath).isReadable())
        return fail(QCoreApplication::translate("Startup", "The jurisdiction map cannot be read."),
                    QCoreApplication::translate("Startup", "Missing or unreadable file: %1").arg(mapPath));
    const std::optional<core::Taxonomy> taxonomy = loadTaxonomy();
    if (!taxonomy)
        return 1;
    QString databasePath;
    std::unique_ptr<storage::Store> store = openConsoleDatabase(options.databasePath, mapPath, databasePath);
    if (!store)
        return 1;

    const bool onServer = isServerDatabase(databasePath);
    const std::optional<qint64> brokenAuditRecord = warnIfAuditChainBroken(*store);
    const BackupScheduler::Settings backupSettings =
        BackupScheduler::settingsFor(onServer ? QString() : databasePath, dataDirectory());
    std::unique_ptr<BackupScheduler> backups;
    std::unique_ptr<BackgroundIntegrityCheck> integrityCheck;
    if (!onServer) {
        backups = std::make_unique<BackupScheduler>(backupSettings);
        backups->start();
        // The start check read the newest pages only; the whole file is checked while the operator logs in.
        integrityCheck = std::make_unique<BackgroundIntegrityCheck>(databasePath);
        integrityCheck->start();
    }

    // Login with an operator account (first-run administrator wizard on a database without any);
    // --operator logs a demo account in without a password, on the demo database only.
    dispatch::ChangeNotifier loginNotifier;
    const auto actor = ui::logInAtStart({*store, *taxonomy, loginNotifier}, QHostInfo::localHostName(),
                                        options.operatorLogin);
    if (!actor)
        return 0; // the operator cancelled: nothing to do
    spdlog::info("operator {} (id {}) on {}", actor->name.toStdString(), actor->responderId.value_or(0),
                 actor->workstation.toStdString());

    const ConsoleEnd end =
        showConsole({*store, *taxonomy, *actor, mapPath, language, backups.get(),
                     backups ? backupSettings.folder : QString(), brokenAuditRecord, integrityCheck.get()},
                    options);
    if (!end.restoreFrom || onServer)
        return end.exitCode;
    // The restore runs on the closed database.
    integrityCheck.reset();
    backups.reset();
    store.reset();
    return restoreAndRestart(*end.restoreFrom, databasePath, *actor);
}

namespace {

QString readConsoleOptions(const QCommandLineParser& parser, const QStringList&, AppOptions& options)
{
    options.databasePath = parser.value(QStringLiteral("db"));
    options.mapPath = parser.value(QStringLiteral("map"));
    options.operatorLogin = parser.value(QStringLiteral("operator"));
    options.extraLayers = parser.values(QStringLiteral("layer"));
    options.basemap = parser.value(QStringLiteral("basemap"));
    if (parser.isSet(QStringLiteral("frame-stats"))) {
        bool ok = false;
        options.frameStatsSeconds = parser.value(QStringLiteral("frame-stats")).toInt(&ok);
        if (!ok || options.frameStatsSeconds < 1 || options.frameStatsSeconds > 3600)
            return QCoreApplication::translate("CommandLine",
                                               "--frame-stats must be a number of seconds from 1 to 3600.");
    }
    return {};
}

} // namespace

CommandLineCommand consoleCommandLine()
{
    CommandLineCommand command;
    command.command = AppOptions::Command::Console;
    command.summary =
        QCoreApplication::translate(
            "CommandLine",
            "Xiuhua (绣花) — command and dispatch console for community police stations.\n\n"
            "Commands:\n"
            "  (none)          start the console (default: the bundled demo jurisdiction)\n"
            "  check-db FILE   report schema version, row counts and integrity; exit 0 only when healthy\n"
            "  export-map      draw the map to --out FILE.png|FILE.pdf, headless (--size, --extent, --data, "
            "--no-labels)\n"
            "  simulate        drive the dispatch services with synthetic calls (--db FILE --calls N [--rate "
            "PER_MIN])\n"
            "  import          check and import a file in one transaction: --db FILE --kind "
            "responders|roster|hazards|devices|jurisdiction --file FILE [--encoding utf-8|gb18030] "
            "[--dry-run] "
            "[--accept-rejects] [--operator LOGIN] (required once the database has operator accounts)\n"
            "  report          shift or period report: --db FILE (--shift ID | --from DATE --to DATE) --out "
            "FILE.pdf|FILE.csv [--lang zh_CN|en] [--open-incidents]\n"
            "  verify-audit    check the audit record's hash chain: --db FILE [--expect SEQ:HASH]...; exit 1 "
            "at "
            "the "
            "first broken link or a record that no longer has the hash written down\n"
            "  backup          online, checked copy of a database: --db FILE --out FILE\n"
            "  restore         replace a database with a checked backup: --from BACKUP --db FILE [--force]\n"
            "  migrate-db      copy a whole database between a file and PostgreSQL, the audit chain "
            "included: "
            "--from DATABASE --to DATABASE (empty)\n"
            "DATABASE (--db, --from, --to) is a file or a PostgreSQL connection string: "
            "postgresql://user@host/db, service=NAME, host=HOST dbname=DB") +
        QStringLiteral("\n\n") +
        QCoreApplication::translate("CommandLine", "xiuhua COMMAND --help lists the options of one command.");
    command.options = {
        databaseOption(QCoreApplication::translate("CommandLine",
                                                   "Open the database FILE instead of the demo database.")),
        mapOption(),
        {QStringLiteral("operator"),
         QCoreApplication::translate(
             "CommandLine",
             "Login name of an operator account. The console logs it in without a password on the demo "
             "database only; import acts as this operator and asks for the password (read from standard "
             "input when it is not a terminal)."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("layer"),
         QCoreApplication::translate("CommandLine",
                                     "Add a map layer from any GIS file (FILE or FILE:LAYER; repeatable)."),
         QStringLiteral("FILE")},
        {QStringLiteral("basemap"),
         QCoreApplication::translate(
             "CommandLine", "Raster base map under the vector map: an MBTiles file or a station tile server "
                            "URL such as http://tiles.local/{z}/{x}/{y}.png (tiles are cached on disk)."),
         QStringLiteral("SOURCE")},
        {QStringLiteral("frame-stats"),
         QCoreApplication::translate("CommandLine",
                                     "Log how late the console answers each frame, summed up every SECONDS "
                                     "(for measuring the console under load)."),
         QStringLiteral("SECONDS")}};
    command.read = readConsoleOptions;
    return command;
}

} // namespace xiuhua::app
