#pragma once

#include "storage/database_location.h"

#include <memory>

namespace xiuhua::storage {
class SqlConnection;
}

namespace xiuhua::app {

// The one place a command turns --db into a store: a file (SQLite) or a PostgreSQL connection
// string, classified by storage::classifyDatabase (the command line has refused anything else).
storage::OpenedStore openDatabase(const QString& databaseArgument, bool createIfMissing);

// For the commands that only read (verify-audit, report): a file opened read-only, or a PostgreSQL
// database in one read-only snapshot (so records other seats append meanwhile do not show as a gap),
// never set up or migrated. Throws StorageError.
std::unique_ptr<storage::SqlConnection> openReadOnly(const QString& databaseArgument);

// The schema version the database has and the one this Xiuhua reads, for the engine it is on.
struct SchemaVersions
{
    int found = 0;
    int supported = 0;
};
SchemaVersions schemaVersionsOf(storage::SqlConnection& db);

} // namespace xiuhua::app
