#include "storage/database_health.h"

#include "storage/database_backup.h"
#include "storage/schema.h"
#include "storage/sqlite_database.h"
#include "storage/start_check.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace xiuhua::storage {
namespace {

using Verdict = DatabaseHealth::Verdict;

Verdict verdictFor(StorageError::Kind kind)
{
    switch (kind) {
    case StorageError::Kind::NotADatabase:
        return Verdict::NotADatabase;
    case StorageError::Kind::Corrupt:
        return Verdict::Damaged;
    default:
        return Verdict::Unreadable;
    }
}

void check(const QString& path, qint64 fullUpTo, DatabaseHealth& health)
{
    // Never through a file descriptor of our own: closing any descriptor of the database file drops
    // every POSIX lock this process holds on it, those of SQLite's open connections too (a service
    // opens the file twice). Another process's connection then takes itself for the last one and
    // deletes the WAL under us, and our commits vanish from everyone else's view until we exit.
    const QFileInfo info(path);
    if (!info.isReadable())
        throw StorageError(StorageError::Kind::CannotOpen, "cannot read " + path.toStdString());
    const qint64 bytes = info.size();
    if (bytes == 0) {
        health.verdict = Verdict::Healthy; // an empty file is a new, empty database
        return;
    }
    health.partial = bytes > fullUpTo;

    SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
    db.execute("PRAGMA busy_timeout = 5000");
    try {
        health.schemaVersion = readSchemaVersion(db);
    } catch (const StorageError& error) {
        if (error.kind() == StorageError::Kind::NotADatabase)
            throw StorageError(StorageError::Kind::NotADatabase,
                               path.toStdString() + " is not an SQLite database");
        throw;
    }
    if (const QStringList problems = startCheckProblems(db, bytes, fullUpTo); !problems.isEmpty()) {
        health.verdict = Verdict::Damaged;
        health.detail =
            QStringLiteral("%1 is damaged: %2").arg(path, problems.mid(0, 3).join(QStringLiteral("; ")));
        return;
    }
    if (health.schemaVersion > currentSchemaVersion()) {
        health.verdict = Verdict::NewerSchema;
        health.detail = QStringLiteral("%1 has schema version %2; this Xiuhua reads up to %3")
                            .arg(path)
                            .arg(health.schemaVersion)
                            .arg(currentSchemaVersion());
        return;
    }
    health.verdict = Verdict::Healthy;
}

} // namespace

DatabaseHealth assessDatabase(const QString& path, const QStringList& backupsNewestFirst, qint64 fullUpTo)
{
    DatabaseHealth health;
    if (!QFileInfo::exists(path)) {
        health.verdict = Verdict::Missing;
        health.detail = QStringLiteral("%1 does not exist").arg(path);
        return health;
    }
    try {
        check(path, fullUpTo, health);
    } catch (const StorageError& error) {
        health.verdict = verdictFor(error.kind());
        health.detail = QString::fromUtf8(error.what());
    }
    if (health.verdict == Verdict::Damaged || health.verdict == Verdict::NotADatabase) {
        for (const QString& backup : backupsNewestFirst) {
            if (isGoodBackup(backup)) {
                health.latestGoodBackup = backup;
                break;
            }
        }
    }
    return health;
}

bool isGoodBackup(const QString& path)
{
    try {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || !file.read(16).startsWith("SQLite format 3"))
            return false;
        file.close();
        SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
        return integrityProblems(db).isEmpty() && readSchemaVersion(db) <= currentSchemaVersion() &&
               AuditChain::verify(db).ok;
    } catch (const StorageError&) {
        return false;
    }
}

QString copyBackupBeside(const QString& backupPath, const QString& damagedPath)
{
    const QFileInfo damaged(damagedPath);
    const QString copy = damaged.dir().filePath(
        damaged.completeBaseName() + QStringLiteral(".from-backup-") +
        QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".sqlite"));
    SqliteDatabase source = SqliteDatabase::open(backupPath, SqliteDatabase::OpenMode::ReadOnly);
    backupDatabase(source, copy);
    return copy;
}

} // namespace xiuhua::storage
