#pragma once

#include "storage/audit_chain_report.h"
#include "storage/database_backup.h"

#include <QString>

namespace xiuhua::storage {

// What a PostgreSQL archive holds: written by pg_dump in its custom format (-Fc), which pg_restore
// reads table by table and which is compressed.
struct PgBackupResult
{
    QString path;
    qint64 bytes = 0;
    AuditChainReport chain; // of the snapshot that was dumped
    AuditPosition position; // its newest audit record: what the archive is checked against later
};

// Dumps the database with pg_dump into `destPath` from one snapshot, exported by a read-only
// transaction that first walks the audit chain and reads its newest record, so the head printed is
// exactly the archive's. Written as "<dest>.part" (owner-only), checked with `pg_restore --list`
// (the archive reads and holds the audit table's data), then renamed. Throws StorageError when the
// archive cannot be made or read back (nothing is left behind then).
PgBackupResult backupPgDatabase(const QString& conninfo, const QString& destPath);

// Whether the file is a pg_dump custom-format archive (it starts with "PGDMP").
bool isPgArchive(const QString& path);

// Restores an archive into an EMPTY database (no tables): a database in use is never overwritten.
// Checks the archive first (pg_restore --list), restores it in one transaction without the source's
// owners and privileges, grants the console role as the migrations do, then walks the audit chain of
// what was restored. Outcome Restored (message names the newest record), BackupRejected (the archive
// or its chain), or RefusedNotEmpty when the target holds tables.
RestoreResult restorePgDatabase(const QString& archivePath, const QString& conninfo);

} // namespace xiuhua::storage
