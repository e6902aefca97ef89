#pragma once

#include <QString>
#include <QStringList>

#include <map>

namespace xiuhua::storage {

struct DatabaseCheckResult
{
    bool opened = false;
    QString error; // why it could not be opened or read
    int schemaVersion = 0;
    int supportedVersion = 0;
    std::map<QString, qint64> rowCounts;
    QStringList integrityProblems; // empty = PRAGMA integrity_check said "ok"
    QString journalMode;           // SQLite's journal mode; on PostgreSQL the server's version

    bool healthy() const
    {
        // An older schema is whole and will be upgraded when a console opens it (a pre-upgrade
        // backup is one); a newer one is written by a newer release this one must not touch.
        return opened && error.isEmpty() && integrityProblems.isEmpty() && schemaVersion <= supportedVersion;
    }
};

// Reads the file (read-only; it is never changed) and reports on it. A PostgreSQL connection
// string is read in one read-only snapshot; its "integrity" is that the append-only triggers are
// all there and enabled (the server keeps its pages whole itself).
DatabaseCheckResult checkDatabase(const QString& path);

} // namespace xiuhua::storage
