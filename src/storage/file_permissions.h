#pragma once

#include <QString>

namespace xiuhua::storage {

// Records, backups and logs hold residents' personal data: only the account that runs the
// console may read them. These never widen permissions, and do nothing on platforms without
// POSIX modes.

// Creates an empty file readable and writable by its owner only (0600) unless it exists.
// SQLite gives a database's -wal and -shm files the database file's mode, so creating the
// database file this way before SQLite opens it covers all three. Throws StorageError.
void createPrivateFile(const QString& path);

// Sets an existing file to 0600; false when that failed (the caller logs it).
bool makePrivate(const QString& path);

} // namespace xiuhua::storage
