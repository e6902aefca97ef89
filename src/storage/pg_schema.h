#pragma once

#include "storage/pg_connection.h"

namespace xiuhua::storage {

// The PostgreSQL schema: the same tables, columns, CHECK lists (from the same enumerations) and
// append-only rules as the SQLite schema (schema.cpp), in PostgreSQL's types. Its versions are
// PostgreSQL's own, kept in the table xiuhua_schema; version 1 is SQLite's version 6.
int currentPgSchemaVersion();

// 0 for an empty database. Throws NotADatabase for a database that holds other tables but no
// Xiuhua schema: it is someone else's, and nothing is written to it.
int readPgSchemaVersion(PgConnection& db);

// Brings the database to the current version in one transaction, under the writer lock, so two
// consoles starting on an empty database at once set it up once. Refuses (NewerSchema) a database
// written by a newer Xiuhua without changing it. True when this call set up an empty database.
bool migratePg(PgConnection& db);

// The role the consoles log in as (or are members of): it may read and write the data and append
// audit records, but never change or remove an audit record, a timeline entry or a signed report.
// Migrations grant it when it exists (scripts/station-db creates it).
constexpr char pgConsoleRole[] = "xiuhua_console";

// The console role's privileges, as the migrations grant them (when the role exists); for a database
// restored from an archive, which is restored without the source cluster's privileges.
void grantPgConsoleRole(PgConnection& db);

} // namespace xiuhua::storage
