#pragma once

#include "storage/store.h"

#include <QString>

#include <memory>
#include <optional>

namespace xiuhua::storage {

// What --db names: a database file (SQLite) or a PostgreSQL server database given as a libpq
// connection string or URI (postgresql://dispatch@station-db/xiuhua, service=xiuhua,
// host=station-db dbname=xiuhua).
struct DatabaseLocation
{
    enum class Kind
    {
        File,
        Postgres
    };
    Kind kind = Kind::File;
    QString text;
    bool isPostgres() const { return kind == Kind::Postgres; }
};

// nullopt (and a message for the user in `error`) for text that is neither a path nor a valid
// connection string: a URI of another scheme, or key=value text libpq refuses. Never touches a
// file or the network.
std::optional<DatabaseLocation> classifyDatabase(const QString& text, QString* error = nullptr);

struct OpenedStore
{
    std::unique_ptr<Store> store;
    bool created = false; // a new file, or an empty PostgreSQL database set up just now
};

// Opens the right store. A missing file is created only with createIfMissing; an empty PostgreSQL
// database is always set up (schema), as a new file is. Throws StorageError.
OpenedStore openStore(const DatabaseLocation& location, bool createIfMissing);

class SqlConnection;
// The connection under a SqliteStore or PostgresStore (for AuditChain and diagnostics); nullptr for
// any other Store.
SqlConnection* connectionOf(Store& store);

} // namespace xiuhua::storage
