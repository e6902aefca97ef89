#pragma once

#include "storage/start_check.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace xiuhua::storage {

// What the console learns about its database file before it opens it for writing.
struct DatabaseHealth
{
    enum class Verdict
    {
        Healthy,
        Missing,      // no file: the caller may create one
        NotADatabase, // not SQLite at all
        Damaged,      // the start check (start_check.h) found problems, or SQLite reports corruption
        NewerSchema,  // written by a newer Xiuhua
        Unreadable,   // permissions, a lock, or another error opening it
    };

    Verdict verdict = Verdict::Unreadable;
    QString detail;       // plain English, for the log and the dialog's detail text
    bool partial = false; // a large file: only the start check's pages were read, the full check follows
    int schemaVersion = 0;
    std::optional<QString> latestGoodBackup; // filled for a damaged database when one exists

    bool canOpen() const { return verdict == Verdict::Healthy || verdict == Verdict::Missing; }
};

// Reads `path` (never writes it): header, the start check (startCheckProblems: integrity_check up to
// `fullUpTo` bytes, the schema and the newest pages above) and schema version. For a damaged or unreadable
// file, the newest of `backupsNewestFirst` that passes its own integrity and audit chain checks is offered in
// latestGoodBackup.
DatabaseHealth assessDatabase(const QString& path, const QStringList& backupsNewestFirst,
                              qint64 fullUpTo = fullStartCheckUpToBytes);

// True when the backup is a whole database with a whole audit chain.
bool isGoodBackup(const QString& path);

// Copies a backup beside the damaged database as "<name>.from-backup-<time>.sqlite" (owner-only)
// and returns the copy's path; the damaged file is left exactly as it is. Throws StorageError.
QString copyBackupBeside(const QString& backupPath, const QString& damagedPath);

} // namespace xiuhua::storage
