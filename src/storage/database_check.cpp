#include "storage/database_check.h"

#include "storage/schema.h"
#include "storage/sql_reader.h"
#include "storage/sqlite_database.h"

#include <QFile>

namespace xiuhua::storage {

DatabaseCheckResult checkDatabase(const QString& path)
{
    DatabaseCheckResult result;
    result.supportedVersion = currentSchemaVersion();
    try {
        QFile file(path);
        if (!file.exists())
            throw StorageError(StorageError::Kind::CannotOpen, "no such file: " + path.toStdString());
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(StorageError::Kind::CannotOpen, "cannot read " + path.toStdString());
        if (!file.read(16).startsWith("SQLite format 3"))
            throw StorageError(StorageError::Kind::NotADatabase,
                               "not an SQLite database: " + path.toStdString());
        file.close();

        SqliteDatabase db = SqliteDatabase::open(path, SqliteDatabase::OpenMode::ReadOnly);
        db.execute("PRAGMA busy_timeout = 5000");
        result.opened = true;
        result.schemaVersion = readSchemaVersion(db);
        Statement journal(db, "PRAGMA journal_mode");
        if (journal.step())
            result.journalMode = journal.text(0);

        Statement integrity(db, "PRAGMA integrity_check");
        while (integrity.step()) {
            const QString line = integrity.text(0);
            if (line != QLatin1String("ok"))
                result.integrityProblems << line;
        }
        if (result.schemaVersion > result.supportedVersion) {
            result.error = QStringLiteral("schema version %1 is newer than this Xiuhua supports (%2)")
                               .arg(result.schemaVersion)
                               .arg(result.supportedVersion);
        } else if (result.schemaVersion == result.supportedVersion) {
            result.rowCounts = SqlReader(db).rowCounts();
        }
    } catch (const StorageError& error) {
        result.error = QString::fromStdString(error.what());
    }
    return result;
}

} // namespace xiuhua::storage
