#pragma once

#include "storage/audit_chain.h"
#include "storage/sqlite_database.h"

#include <QStringList>

namespace xiuhua::storage {

struct BackupOptions
{
    int pagesPerStep = 256; // 1 MB with 4 KB pages: a step never holds the file for long
    int pauseMs = 2;        // between steps, so a console's own reads and writes get their turn
};

// What a database file's newest audit record says about its age.
struct AuditPosition
{
    qint64 lastSeq = 0; // 0: no records
    QString lastAt;     // storage time text, empty: no records
    QString lastHash;
};

struct BackupResult
{
    QString path;
    qint64 pages = 0;
    AuditChainReport chain; // of the copy; a copy of a broken log is kept but says so
    AuditPosition position;
};

// Copies `source` to `destPath` with SQLite's online backup API, a few pages at a time inside one
// read snapshot: in WAL mode a running console keeps reading and writing meanwhile, and the copy
// is of one consistent moment. The copy is written beside as "<dest>.part" (owner-only), made a
// self-contained file (rollback journal, not WAL), checked with integrity_check and the audit
// chain, and only then renamed to `destPath`. Throws StorageError when the copy cannot be made or
// is damaged (nothing is left behind then).
BackupResult backupDatabase(SqliteDatabase& source, const QString& destPath,
                            const BackupOptions& options = {});

// The problems PRAGMA integrity_check (or quick_check) reports; empty = "ok".
QStringList integrityProblems(SqliteDatabase& db, bool quick = false);

AuditPosition auditPosition(SqlConnection& db);

// The backups of `databasePath` in `folder` ("<database name>-<yyyyMMdd-HHmmss>.sqlite", as the
// console's scheduler names them), newest first.
QStringList backupsOf(const QString& folder, const QString& databasePath);

// What a backup file holds, for choosing one: when it was taken and its newest audit record.
struct BackupEntry
{
    QString path;
    QDateTime takenAt; // the file's modification time, UTC
    qint64 bytes = 0;
    bool readable = false; // opens as a Xiuhua database
    AuditPosition newest;
};
BackupEntry describeBackup(const QString& path);

enum class RestoreOutcome
{
    Restored,
    RefusedNewer,    // the database holds newer records than the backup; --force overrides
    RefusedInUse,    // another program has the database open
    BackupRejected,  // the backup is damaged, not a database, newer schema, or its chain is broken
    RefusedNotEmpty, // PostgreSQL: the target database holds tables; an archive goes into an empty one
};

struct RestoreResult
{
    RestoreOutcome outcome = RestoreOutcome::BackupRejected;
    QString message;    // plain English for stderr and the log
    QString movedAside; // where the replaced database was kept, if there was one
};

// Replaces `targetPath` with the backup. Checks the backup (integrity and audit chain) first,
// refuses a target whose newest audit record is newer than the backup's unless `force`, copies the
// backup to a temporary file beside the target and renames it into place, so the target is
// always either the old or the new database, never half of one. The old database (with its
// -wal/-shm) is kept as "<target>.before-restore-<time>": restoring never destroys a record.
RestoreResult restoreDatabase(const QString& backupPath, const QString& targetPath, bool force);

} // namespace xiuhua::storage
