#pragma once

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
        Damaged,      // integrity_check / quick_check found problems, or SQLite reports corruption
        NewerSchema,  // written by a newer Xiuhua
        Unreadable,   // permissions, a lock, or another error opening it
    };

    Verdict verdict = Verdict::Unreadable;
    QString detail;         // plain English, for the log and the dialog's detail text
    bool quickOnly = false; // quick_check was used (a large file)
    int schemaVersion = 0;
    std::optional<QString> latestGoodBackup; // filled for a damaged database when one exists

    bool canOpen() const { return verdict == Verdict::Healthy || verdict == Verdict::Missing; }
};

// Files above this size get PRAGMA quick_check at start (seconds instead of minutes on a slow disk).
constexpr qint64 quickCheckAboveBytes = 200LL * 1024 * 1024;

// Reads `path` (never writes it): header, integrity_check (quick_check above the size limit) and
// schema version. For a damaged or unreadable file, the newest of `backupsNewestFirst` that passes
// its own integrity and audit chain checks is offered in latestGoodBackup.
DatabaseHealth assessDatabase(const QString& path, const QStringList& backupsNewestFirst,
                              qint64 quickAbove = quickCheckAboveBytes);

// True when the backup is a whole database with a whole audit chain.
bool isGoodBackup(const QString& path);

// Copies a backup beside the damaged database as "<name>.from-backup-<time>.sqlite" (owner-only)
// and returns the copy's path; the damaged file is left exactly as it is. Throws StorageError.
QString copyBackupBeside(const QString& backupPath, const QString& damagedPath);

} // namespace xiuhua::storage
