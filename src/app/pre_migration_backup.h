#pragma once

#include "storage/database_backup.h"

#include <QString>

#include <optional>

namespace xiuhua::app {

// What was kept before a newer Xiuhua upgraded an older database.
struct PreMigrationBackup
{
    QString path; // the checked copy, as the database was
    int fromVersion = 0;
    int toVersion = 0;
    storage::AuditPosition position; // the copy's newest audit record
};

// When the database at `databasePath` has an older schema than this program writes (a package
// upgrade), copies it first into `folder` with storage::backupDatabase (integrity and audit chain
// checked), named as the scheduled backups are, so File ▸ Backups and `xiuhua restore` offer it.
// Returns nullopt when no migration is due (or the file is not there yet). Throws StorageError when
// the copy cannot be made or is damaged: then the database must not be migrated.
std::optional<PreMigrationBackup> backupBeforeMigration(const QString& databasePath, const QString& folder);

// The sentence the console shows and logs after such an upgrade.
QString describePreMigrationBackup(const PreMigrationBackup& backup);

} // namespace xiuhua::app
