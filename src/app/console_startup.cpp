#include "app/console_startup.h"

#include "app/backup_scheduler.h"
#include "app/logging.h"
#include "app/restore_in_place.h"
#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "dispatch/demo_data.h"
#include "geo/geo_error.h"
#include "geo/projection.h"
#include "map/layer_stack.h"
#include "map/map_canvas.h"
#include "map/raster_tile_layer.h"
#include "storage/audit_chain.h"
#include "storage/database_health.h"
#include "storage/sqlite_store.h"
#include "ui/console/main_window.h"
#include "ui/console/start_login.h"
#include "ui/map/add_layer_dialog.h"

#include <QApplication>
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
    default:
        return QCoreApplication::translate("Startup", "The database reported an error.");
    }
}

QString chooseLanguage(const QString& requested)
{
    if (!requested.isEmpty())
        return requested;
    return QLocale::system().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                    : QStringLiteral("en");
}

void installTranslators(QApplication& application, const QString& language)
{
    if (language != QLatin1String("zh_CN"))
        return;
    auto* own = new QTranslator(&application);
    if (own->load(QStringLiteral(":/i18n/xiuhua_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    else
        spdlog::warn("Chinese translation not found in resources");
    auto* qt = new QTranslator(&application);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
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
std::optional<qint64> warnIfAuditChainBroken(storage::SqliteStore& store)
{
    const storage::AuditChainReport report = storage::AuditChain::verifyTail(store.database(), 500);
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
        const core::Taxonomy taxonomy =
            core::Taxonomy::fromFile(QStringLiteral(":/taxonomy/incident_categories.json"));
        dispatch::ChangeNotifier notifier;
        dispatch::DemoOptions options;
        options.jurisdictionPath = mapPath;
        options.now = QDateTime::currentDateTimeUtc();
        dispatch::seedDemoData({*store, taxonomy, notifier}, options);
        store->database().execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!QFile::rename(partial, path))
        throw storage::StorageError(storage::StorageError::Kind::CannotOpen,
                                    "cannot move the new demo database into place at " + path.toStdString());
}

int runConsole(QApplication& application, const AppOptions& options)
{
    const QString language = chooseLanguage(options.language);
    installTranslators(application, language);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/xiuhua.svg")));

    const QString mapPath = resolveMapPath(options.mapPath);
    if (!QFileInfo(mapPath).isReadable())
        return fail(QCoreApplication::translate("Startup", "The jurisdiction map cannot be read."),
                    QCoreApplication::translate("Startup", "Missing or unreadable file: %1").arg(mapPath));

    core::Taxonomy taxonomy;
    try {
        taxonomy = core::Taxonomy::fromFile(QStringLiteral(":/taxonomy/incident_categories.json"));
    } catch (const core::TaxonomyError& error) {
        return fail(QCoreApplication::translate("Startup", "The incident taxonomy is broken."),
                    QString::fromStdString(error.what()));
    }

    std::unique_ptr<storage::SqliteStore> store;
    QString databasePath = options.databasePath;
    try {
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
            return 1;
        databasePath = *opened;
        store = storage::SqliteStore::open(databasePath, storage::SqliteStore::OpenMode::OpenExisting);
    } catch (const storage::StorageError& error) {
        QApplication::restoreOverrideCursor();
        return fail(headlineFor(error.kind()), QString::fromStdString(error.what()));
    } catch (const geo::GeoError& error) {
        QApplication::restoreOverrideCursor();
        return fail(QCoreApplication::translate("Startup", "The jurisdiction map cannot be read."),
                    QString::fromStdString(error.what()));
    } catch (const std::exception& error) {
        QApplication::restoreOverrideCursor();
        return fail(QCoreApplication::translate("Startup", "The demo database could not be created."),
                    QString::fromStdString(error.what()));
    }

    const std::optional<qint64> brokenAuditRecord = warnIfAuditChainBroken(*store);
    const BackupScheduler::Settings backupSettings =
        BackupScheduler::settingsFor(databasePath, dataDirectory());
    auto backups = std::make_unique<BackupScheduler>(backupSettings);
    backups->start();

    // Login with an operator account (first-run administrator wizard on a database without any);
    // --operator logs a demo account in without a password, on the demo database only.
    dispatch::ChangeNotifier loginNotifier;
    const auto actor = ui::logInAtStart({*store, taxonomy, loginNotifier}, QHostInfo::localHostName(),
                                        options.operatorLogin);
    if (!actor)
        return 0; // the operator cancelled: nothing to do
    spdlog::info("operator {} (id {}) on {}", actor->name.toStdString(), actor->responderId.value_or(0),
                 actor->workstation.toStdString());

    // The console's scope: after it, a restore the operator asked for runs on the closed database.
    std::optional<QString> restoreFrom;
    int exitCode = 0;
    {
        dispatch::ChangeNotifier notifier;
        ui::ConsoleSession session{*store, taxonomy, notifier, *actor, mapPath, language};
        session.backupFolder = backupSettings.folder;
        const QStringList mapProblems = ui::loadJurisdictionServices(session);
        ui::MainWindow window(session);
        QStringList layerErrors;
        for (const QString& layer : options.extraLayers)
            layerErrors << window.addLayers(ui::parseLayerArgument(layer));
        if (!options.basemap.isEmpty())
            layerErrors << map::addRasterTileLayer(*window.canvas()->layerStack(), options.basemap,
                                                   window.displayCrs());
        if (!layerErrors.isEmpty() || !mapProblems.isEmpty())
            window.statusBar()->showMessage((mapProblems + layerErrors).join(QStringLiteral("; ")));
        QObject::connect(backups.get(), &BackupScheduler::backupFinished, &window,
                         [&window](bool, const QString&, const QString& message) {
                             window.statusBar()->showMessage(message, 10000);
                         });
        // Each shift close is a natural restore point, besides the hourly schedule.
        QObject::connect(&notifier, &dispatch::ChangeNotifier::shiftClosed, backups.get(),
                         [&backups] { backups->backupNow(QStringLiteral("shift close")); });
        if (brokenAuditRecord)
            window.showAuditRecordBroken(*brokenAuditRecord);
        QObject::connect(&window, &ui::MainWindow::restoreRequested, &window, [&](const QString& path) {
            restoreFrom = path;
            // Once the Backups dialog has returned.
            QTimer::singleShot(0, &window, &QWidget::close);
        });
        window.show();
        exitCode = QApplication::exec();
    }
    if (!restoreFrom)
        return exitCode;
    backups.reset();
    store.reset();
    const storage::RestoreResult restored = restoreInPlace(*restoreFrom, databasePath, *actor);
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

} // namespace xiuhua::app
