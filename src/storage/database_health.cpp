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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::CannotOpen, "cannot read " + path.toStdString());
    const QByteArray header = file.read(16);
    if (header.isEmpty()) {
        health.verdict = Verdict::Healthy; // an empty file is a new, empty database
        return;
    }
    if (!header.startsWith("SQLite format 3"))
        throw StorageError(StorageError::Kind::NotADatabase,
                           path.toStdString() + " is not an SQLite database");
    const qint64 bytes = file.size();
    health.partial = bytes > fullUpTo;
    file.close();

    SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
    db.execute("PRAGMA busy_timeout = 5000");
    health.schemaVersion = readSchemaVersion(db);
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
