#pragma once

#include "storage/sql_connection.h"

#include <vector>

namespace xiuhua::storage {

// One column as both schemas store it: the name and the kind of value (a Time is timestamptz on
// PostgreSQL and ISO text on SQLite; an Integer 0/1 is a boolean on both).
struct StoredColumn
{
    const char* name;
    SqlType type;
};

struct StoredTable
{
    const char* name;
    std::vector<StoredColumn> columns;
    const char* key; // ORDER BY for a stable copy
};

// Every table of the schema with every column, in an order in which each row's references are
// already copied (a community's responsible officer is deferred to the commit). test_store_contract
// checks both engines' schemas against it, so a column added to one and not the other fails there.
const std::vector<StoredTable>& storedTables();

struct CopyResult
{
    qint64 rows = 0;
    qint64 auditRecords = 0;
};

// Copies every row of `from` into the empty database `to` (its schema already current) in one
// transaction on `to`, reading `from` in one snapshot: ids, times, the audit log with its hashes.
// Throws StorageError (Invalid for a target that is not empty).
CopyResult copyDatabase(SqlConnection& from, SqlConnection& to);

} // namespace xiuhua::storage
