#include "app/backup_scheduler.h"

#include "storage/database_backup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QThread>

#include <spdlog/spdlog.h>

namespace xiuhua::app {

namespace {

struct Outcome
{
    bool ok = false;
    QString message;
};

// Runs in the worker thread: everything here is its own (connection, strings).
Outcome makeBackup(const QString& databasePath, const QString& destPath)
{
    try {
        auto source =
            storage::SqliteDatabase::open(databasePath, storage::SqliteDatabase::OpenMode::ReadOnly);
        source.execute("PRAGMA busy_timeout = 5000");
        // The full check of the database itself first: the start check reads only its newest pages,
        // and a damaged database must not push a good backup out of the kept ones.
        if (const QStringList problems = storage::integrityProblems(source); !problems.isEmpty())
            return {false,
                    QCoreApplication::translate("Backup", "No backup made: the database is damaged (%1). "
                                                          "Tell the supervisor; keep the earlier backups.")
                        .arg(problems.mid(0, 3).join(QStringLiteral("; ")))};
        const storage::BackupResult result = storage::backupDatabase(source, destPath);
        if (!result.chain.ok)
            return {false,
                    QCoreApplication::translate("Backup", "Backup %1 written, but its audit record is not "
                                                          "whole: %2")
                        .arg(destPath, result.chain.reason)};
        return {true, QCoreApplication::translate("Backup", "Backup written: %1").arg(destPath)};
    } catch (const storage::StorageError& error) {
        return {false, QCoreApplication::translate("Backup", "The backup failed: %1")
                           .arg(QString::fromUtf8(error.what()))};
    }
}

QString baseName(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

} // namespace

BackupScheduler::Settings BackupScheduler::settingsFor(const QString& databasePath,
                                                       const QString& dataDirectory)
{
    Settings settings;
    settings.databasePath = databasePath;
    settings.folder = QDir(dataDirectory).filePath(QStringLiteral("backups"));
    const QSettings stored;
    const int minutes = stored.value(QStringLiteral("backup/intervalMinutes"), 60).toInt();
    settings.interval = std::chrono::minutes(std::max(1, minutes));
    settings.keep = std::max(1, stored.value(QStringLiteral("backup/keep"), 24).toInt());
    return settings;
}

BackupScheduler::BackupScheduler(Settings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings))
{
    m_timer.setInterval(m_settings.interval);
    connect(&m_timer, &QTimer::timeout, this, [this] { backupNow(QStringLiteral("scheduled")); });
}

BackupScheduler::~BackupScheduler()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

void BackupScheduler::start()
{
    m_timer.start();
}

QStringList BackupScheduler::backupsOf(const QString& folder, const QString& databasePath)
{
    return storage::backupsOf(folder, databasePath);
}

void BackupScheduler::backupNow(const QString& reason)
{
    if (m_worker) {
        m_pendingReason = reason; // one more after the running one: its copy may predate the request
        return;
    }
    if (!QDir().mkpath(m_settings.folder)) {
        finish(false, {},
               QCoreApplication::translate("Backup", "Cannot create the backup folder %1")
                   .arg(m_settings.folder));
        return;
    }
    QFile::setPermissions(m_settings.folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString dest =
        QDir(m_settings.folder)
            .filePath(baseName(m_settings.databasePath) + QLatin1Char('-') +
                      QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                      QStringLiteral(".sqlite"));
    spdlog::info("backup ({}) of {} to {}", reason.toStdString(), m_settings.databasePath.toStdString(),
                 dest.toStdString());
    auto outcome = std::make_shared<Outcome>();
    const QString source = m_settings.databasePath;
    m_worker = QThread::create([outcome, source, dest] { *outcome = makeBackup(source, dest); });
    connect(m_worker, &QThread::finished, this, [this, outcome, dest] {
        m_worker->deleteLater();
        m_worker = nullptr;
        finish(outcome->ok, dest, outcome->message);
        if (m_pendingReason) {
            const QString next = *m_pendingReason;
            m_pendingReason.reset();
            backupNow(next);
        }
    });
    m_worker->start(QThread::LowPriority);
}

void BackupScheduler::finish(bool ok, const QString& path, const QString& message)
{
    if (ok) {
        spdlog::info("{}", message.toStdString());
        prune();
    } else {
        spdlog::error("{}", message.toStdString());
    }
    emit backupFinished(ok, path, message);
}

void BackupScheduler::prune()
{
    const QStringList backups = backupsOf(m_settings.folder, m_settings.databasePath);
    for (qsizetype i = m_settings.keep; i < backups.size(); ++i) {
        spdlog::info("removing old backup {}", backups[i].toStdString());
        QFile::remove(backups[i]);
    }
}

} // namespace xiuhua::app
