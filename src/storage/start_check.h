#pragma once

#include "storage/sqlite_database.h"

#include <QStringList>

namespace xiuhua::storage {

// Files up to this size get the full integrity_check at start: it takes a few milliseconds there.
constexpr qint64 fullStartCheckUpToBytes = 16LL * 1024 * 1024;

// The damage check made before anyone works on a database, in a time that does not grow with its
// history: the header (SQLite read it to open), the schema (every table and index definition
// parsed), and the newest pages of every table (where the latest writes went, and what the
// console reads first). A file up to `fullUpTo` bytes gets the full integrity_check instead. The
// full check of a large file runs after start on a worker (BackgroundIntegrityCheck), before every
// backup, and in check-db. Returns the problems found; empty = nothing found. Reads only.
QStringList startCheckProblems(SqliteDatabase& db, qint64 fileBytes,
                               qint64 fullUpTo = fullStartCheckUpToBytes);

} // namespace xiuhua::storage
