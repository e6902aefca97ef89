#include "storage/database_backup.h"

#include "storage/file_permissions.h"
#include "storage/schema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <filesystem>
#include <sqlite3.h>

namespace xiuhua::storage {
namespace {

constexpr int maxBusyRetries = 2000; // × pauseMs (at least 1 ms): give up on a lock held for seconds

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// Replaces `to` atomically (rename(2)); QFile::rename refuses an existing target.
bool renameOver(const QString& from, const QString& to)
{
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(from).toStdString(), QFile::encodeName(to).toStdString(),
                            error);
    return !error;
}

void copyPages(SqliteDatabase& source, SqliteDatabase& dest, const BackupOptions& options,
               BackupResult& result)
{
    sqlite3_backup* backup = sqlite3_backup_init(dest.handle(), "main", source.handle(), "main");
    if (!backup)
        dest.fail(sqlite3_errcode(dest.handle()), "cannot start the backup");
    int rc = SQLITE_OK;
    int busyRetries = 0;
    do {
        rc = sqlite3_backup_step(backup, std::max(1, options.pagesPerStep));
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++busyRetries > maxBusyRetries)
                break;
            rc = SQLITE_OK;
        }
        if (rc == SQLITE_OK)
            sqlite3_sleep(std::max(1, options.pauseMs));
    } while (rc == SQLITE_OK);
    result.pages = sqlite3_backup_pagecount(backup);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw StorageError(
            rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? StorageError::Kind::Busy : StorageError::Kind::Sql,
            std::string("the backup of ") + source.path().toStdString() + " stopped: " + sqlite3_errstr(rc));
}

// Holds one read snapshot of the source for the whole copy, so that the console's commits in
// between neither restart the backup nor end up half in the copy. A no-op when the caller is
// already inside a transaction on this connection.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(SqliteDatabase& db) : m_db(db)
    {
        if (sqlite3_get_autocommit(db.handle()) == 0)
            return;
        db.execute("BEGIN");
        m_open = true;
        Statement start(db, "SELECT count(*) FROM sqlite_master"); // the snapshot starts at the first read
        start.step();
    }
    ~ReadSnapshot()
    {
        if (m_open)
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    SqliteDatabase& m_db;
    bool m_open = false;
};

bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16).startsWith("SQLite format 3");
}

// Empty when the backup may be restored; otherwise why not.
QString rejectBackup(const QString& path, AuditPosition& position)
{
    if (!QFileInfo(path).isFile())
        return QStringLiteral("the backup %1 does not exist").arg(path);
    if (!hasSqliteHeader(path))
        return QStringLiteral("the backup %1 is not a Xiuhua (SQLite) database").arg(path);
    SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
    db.execute("PRAGMA busy_timeout = 5000");
    if (const QStringList problems = integrityProblems(db); !problems.isEmpty())
        return QStringLiteral("the backup %1 is damaged (%2)").arg(path, problems.first());
    const int version = readSchemaVersion(db);
    if (version > currentSchemaVersion())
        return QStringLiteral("the backup %1 has schema version %2, newer than this Xiuhua reads (%3)")
            .arg(path)
            .arg(version)
            .arg(currentSchemaVersion());
    if (version >= 1) {
        const AuditChainReport chain = AuditChain::verify(db);
        if (!chain.ok)
            return QStringLiteral("the audit record in the backup %1 is not whole: %2")
                .arg(path, chain.reason);
        position = auditPosition(db);
    }
    return {};
}

// The target's newest audit record, or nullopt when the file cannot be read as a database.
std::optional<AuditPosition> targetPosition(const QString& path)
{
    try {
        SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
        db.execute("PRAGMA busy_timeout = 5000");
        if (readSchemaVersion(db) < 1)
            return AuditPosition{};
        return auditPosition(db);
    } catch (const StorageError&) {
        return std::nullopt;
    }
}

// Folds the target's WAL into it and closes it; false when another connection keeps it open
// (its WAL file then survives our close).
bool releaseTarget(const QString& path)
{
    try {
        SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadWrite);
        db.execute("PRAGMA busy_timeout = 2000");
        Statement checkpoint(db, "PRAGMA wal_checkpoint(TRUNCATE)");
        checkpoint.step();
    } catch (const StorageError&) {
        return true; // a damaged file: nothing to fold in, it is moved aside as it is
    }
    return !QFile::exists(path + QStringLiteral("-wal"));
}

} // namespace

QStringList integrityProblems(SqliteDatabase& db, bool quick)
{
    Statement check(db, quick ? "PRAGMA quick_check" : "PRAGMA integrity_check");
    QStringList problems;
    while (check.step()) {
        if (const QString line = check.text(0); line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

AuditPosition auditPosition(SqlConnection& db)
{
    Statement s(db, "SELECT seq, at, hash FROM audit_event ORDER BY seq DESC LIMIT 1");
    AuditPosition position;
    if (s.step()) {
        position.lastSeq = s.int64(0);
        position.lastAt = s.text(1);
        position.lastHash = s.text(2);
    }
    return position;
}

QStringList backupsOf(const QString& folder, const QString& databasePath)
{
    // The timestamp in the name sorts newest last; ".part" leftovers and other files do not match.
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QRegularExpression::escape(QFileInfo(databasePath).completeBaseName()) +
        QStringLiteral("-\\d{8}-\\d{6}\\.sqlite")));
    QStringList backups;
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name | QDir::Reversed)) {
        if (pattern.match(name).hasMatch())
            backups << dir.filePath(name);
    }
    return backups;
}

BackupEntry describeBackup(const QString& path)
{
    const QFileInfo info(path);
    BackupEntry entry{path, info.lastModified().toUTC(), info.size(), false, {}};
    try {
        SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
        if (readSchemaVersion(db) >= 1) {
            entry.newest = auditPosition(db);
            entry.readable = true;
        }
    } catch (const StorageError&) {
    }
    return entry;
}

BackupResult backupDatabase(SqliteDatabase& source, const QString& destPath, const BackupOptions& options)
{
    BackupResult result;
    result.path = destPath;
    const QString part = destPath + QStringLiteral(".part");
    removeDatabaseFiles(part);
    try {
        {
            SqliteDatabase dest = SqliteDatabase::open(part, SqliteDatabase::OpenMode::ReadWriteCreate);
            {
                ReadSnapshot snapshot(source);
                copyPages(source, dest, options, result);
            }
            // The copy carries the source's WAL flag; a backup is one file that can be carried away.
            Statement journal(dest, "PRAGMA journal_mode = DELETE");
            journal.step();
            if (const QStringList problems = integrityProblems(dest); !problems.isEmpty())
                throw StorageError(StorageError::Kind::Corrupt,
                                   "the backup copy of " + source.path().toStdString() +
                                       " is damaged: " + problems.first().toStdString());
            if (readSchemaVersion(dest) >= 1) {
                result.chain = AuditChain::verify(dest);
                result.position = auditPosition(dest);
            }
        }
        makePrivate(part);
        if (!renameOver(part, destPath))
            throw StorageError(StorageError::Kind::CannotOpen,
                               "cannot move the backup into place at " + destPath.toStdString());
    } catch (...) {
        removeDatabaseFiles(part);
        throw;
    }
    return result;
}

RestoreResult restoreDatabase(const QString& backupPath, const QString& targetPath, bool force)
{
    RestoreResult result;
    AuditPosition backupPosition;
    try {
        result.message = rejectBackup(backupPath, backupPosition);
    } catch (const StorageError& error) {
        result.message = QStringLiteral("the backup %1 cannot be read: %2")
                             .arg(backupPath, QString::fromUtf8(error.what()));
    }
    if (!result.message.isEmpty())
        return result;

    const bool targetExists = QFileInfo::exists(targetPath);
    if (targetExists && !force) {
        const std::optional<AuditPosition> current = targetPosition(targetPath);
        if (!current) {
            result.outcome = RestoreOutcome::RefusedNewer;
            result.message = QStringLiteral("the database %1 cannot be read, so it cannot be told whether it "
                                            "is newer than the backup; use --force to replace it")
                                 .arg(targetPath);
            return result;
        }
        if (current->lastSeq > backupPosition.lastSeq || current->lastAt > backupPosition.lastAt) {
            result.outcome = RestoreOutcome::RefusedNewer;
            result.message =
                QStringLiteral("the database %1 has newer records (audit record %2 of %3) than the "
                               "backup (record %4 of %5); use --force to replace it anyway")
                    .arg(targetPath)
                    .arg(current->lastSeq)
                    .arg(current->lastAt)
                    .arg(backupPosition.lastSeq)
                    .arg(backupPosition.lastAt);
            return result;
        }
    }
    if (targetExists && !releaseTarget(targetPath)) {
        result.outcome = RestoreOutcome::RefusedInUse;
        result.message =
            QStringLiteral("the database %1 is open in another program; close every console using it first")
                .arg(targetPath);
        return result;
    }

    const QString temporary = targetPath + QStringLiteral(".restoring");
    {
        SqliteDatabase backup = SqliteDatabase::open(backupPath, SqliteDatabase::OpenMode::ReadOnly);
        backupDatabase(backup, temporary); // throws; leaves nothing behind then
    }
    if (targetExists) {
        result.movedAside = targetPath + QStringLiteral(".before-restore-") +
                            QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        for (const char* suffix : {"", "-wal", "-shm"}) {
            const QString from = targetPath + QLatin1String(suffix);
            if (QFile::exists(from) && !renameOver(from, result.movedAside + QLatin1String(suffix))) {
                QFile::remove(temporary);
                throw StorageError(StorageError::Kind::CannotOpen,
                                   "cannot move " + from.toStdString() + " aside; nothing was changed");
            }
        }
    }
    if (!renameOver(temporary, targetPath)) {
        QFile::remove(temporary);
        throw StorageError(StorageError::Kind::CannotOpen,
                           "cannot move the restored database into place at " + targetPath.toStdString());
    }
    result.outcome = RestoreOutcome::Restored;
    result.message = QStringLiteral("restored %1 from %2 (newest audit record %3 of %4)")
                         .arg(targetPath, backupPath)
                         .arg(backupPosition.lastSeq)
                         .arg(backupPosition.lastAt);
    return result;
}

} // namespace xiuhua::storage
