#pragma once

#include "storage/sqlite_database.h"

#include <QString>

namespace xiuhua::storage {

// The schema version this build writes. Migrations 1..N are applied in one transaction.
int currentSchemaVersion();

int readSchemaVersion(SqliteDatabase& db);

// Brings the database to `targetVersion` (default: current). Refuses (StorageError::NewerSchema)
// a database whose version is higher than this build knows, without touching it.
void migrate(SqliteDatabase& db, int targetVersion = -1);

// The quoted verdict codes for a CHECK list (core::PositionVerdict): those a stored position may have
// (stored = true), or those a refusal count may have. Built from compile-time codes.
QString positionVerdictCheckList(bool stored);

// Tables counted by check-db and shown in diagnostics, in a stable order.
const std::vector<const char*>& schemaTables();

} // namespace xiuhua::storage
