#include "storage/database_check.h"

#include "storage/database_location.h"
#include "storage/pg_connection.h"
#include "storage/pg_schema.h"
#include "storage/schema.h"
#include "storage/sql_reader.h"
#include "storage/sqlite_database.h"

#include <QFile>

namespace xiuhua::storage {

namespace {

// PostgreSQL keeps its own pages whole (checksums, WAL); what can silently go missing there is a
// rule of ours: an owner who drops or disables an append-only trigger could then rewrite history.
QStringList missingPgRules(PgConnection& db)
{
    static const char* const rules[] = {"audit_event_append_only",    "audit_event_no_truncate",
                                        "incident_event_append_only", "incident_event_no_truncate",
                                        "shift_report_final",         "shift_report_no_truncate",
                                        "audit_event_track_seq"};
    QStringList problems;
    for (const char* rule : rules) {
        Statement s(db, "SELECT tgenabled FROM pg_catalog.pg_trigger WHERE tgname = ?1 AND NOT tgisinternal");
        s.bind(1, QString::fromLatin1(rule));
        if (!s.step())
            problems << QStringLiteral("trigger %1 is missing").arg(QLatin1String(rule));
        else if (s.text(0) == QLatin1String("D"))
            problems << QStringLiteral("trigger %1 is disabled").arg(QLatin1String(rule));
    }
    return problems;
}

DatabaseCheckResult checkPgDatabase(const QString& conninfo)
{
    DatabaseCheckResult result;
    result.supportedVersion = currentPgSchemaVersion();
    try {
        auto db = PgConnection::connect(conninfo);
        // One read-only snapshot: the counts belong together while other seats write.
        db->execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        result.opened = true;
        Statement version(*db, "SELECT current_setting('server_version')");
        if (version.step())
            result.journalMode = QStringLiteral("PostgreSQL %1").arg(version.text(0));
        result.schemaVersion = readPgSchemaVersion(*db);
        if (result.schemaVersion > result.supportedVersion) {
            result.error = QStringLiteral("schema version %1 is newer than this Xiuhua supports (%2)")
                               .arg(result.schemaVersion)
                               .arg(result.supportedVersion);
        } else if (result.schemaVersion == 0) {
            result.error = QStringLiteral("the database is empty: a console or simulate sets it up");
        } else if (result.schemaVersion == result.supportedVersion) {
            result.rowCounts = SqlReader(*db).rowCounts();
            result.integrityProblems = missingPgRules(*db);
        }
    } catch (const StorageError& error) {
        result.error = QString::fromStdString(error.what());
    }
    return result;
}

} // namespace

DatabaseCheckResult checkDatabase(const QString& path)
{
    if (const auto location = classifyDatabase(path); location && location->isPostgres())
        return checkPgDatabase(location->text);
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
        } else {
            // An older schema (a copy kept before an upgrade): the rows of the tables it has, so that
            // it can be compared with the database as it was.
            for (const char* table : schemaTables()) {
                Statement exists(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1");
                exists.bind(1, QString::fromLatin1(table));
                if (!exists.step())
                    continue;
                // Table names come from the fixed schema list, not from input.
                Statement count(db, (QByteArray("SELECT count(*) FROM ") + table).constData());
                count.step();
                result.rowCounts[QString::fromLatin1(table)] = count.int64(0);
            }
        }
    } catch (const StorageError& error) {
        result.error = QString::fromStdString(error.what());
    }
    return result;
}

} // namespace xiuhua::storage
