#include "app/verify_audit_command.h"

#include "storage/audit_chain.h"
#include "storage/database_backup.h"
#include "storage/database_location.h"
#include "storage/pg_connection.h"
#include "storage/sqlite_database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace xiuhua::app {
namespace {

// Only reads: a file opened read-only, or a PostgreSQL database in one read-only snapshot (so records
// other seats append meanwhile do not show as a gap), never set up or migrated.
std::unique_ptr<storage::SqlConnection> openReadOnly(const QString& databaseArgument)
{
    const auto location = storage::classifyDatabase(databaseArgument);
    if (location && location->isPostgres()) {
        auto db = storage::PgConnection::connect(location->text);
        db->execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        return db;
    }
    if (!QFileInfo(databaseArgument).isFile())
        throw storage::StorageError(storage::StorageError::Kind::CannotOpen,
                                    "no such file: " + databaseArgument.toStdString());
    auto db = std::make_unique<storage::SqliteDatabase>(
        storage::SqliteDatabase::open(databaseArgument, storage::SqliteDatabase::OpenMode::ReadOnly));
    db->execute("PRAGMA busy_timeout = 5000");
    return db;
}

} // namespace

int runVerifyAudit(const QString& databasePath, QTextStream& out, QTextStream& err,
                   const std::vector<std::pair<qint64, QString>>& expectations)
{
    int code = 1;
    try {
        const std::unique_ptr<storage::SqlConnection> connection = openReadOnly(databasePath);
        storage::SqlConnection& db = *connection;
        const storage::AuditChainReport report = storage::AuditChain::verify(db);
        out << QCoreApplication::translate("VerifyAudit", "Database: %1")
                   .arg(storage::PgConnection::redacted(databasePath))
            << '\n';
        out << QCoreApplication::translate("VerifyAudit", "Audit records checked: %1").arg(report.rowsChecked)
            << '\n';
        if (report.ok) {
            const storage::AuditPosition tail = storage::auditPosition(db);
            // The newest hash is what an inspector writes down: a later rebuilt chain would not end in it.
            out << QCoreApplication::translate("VerifyAudit", "Newest record: %1 at %2, hash %3")
                       .arg(tail.lastSeq)
                       .arg(tail.lastAt, tail.lastHash)
                << '\n';
            code = 0;
            for (const auto& [seq, expected] : expectations) {
                const std::optional<QString> actual = storage::AuditChain::hashAt(db, seq);
                if (actual == expected) {
                    out << QCoreApplication::translate("VerifyAudit", "Record %1 has the hash written down.")
                               .arg(seq)
                        << '\n';
                    continue;
                }
                err << (actual ? QCoreApplication::translate(
                                     "VerifyAudit",
                                     "Record %1 no longer has the hash written down (%2 now): the record "
                                     "was rebuilt after it was noted.")
                                     .arg(seq)
                                     .arg(*actual)
                               : QCoreApplication::translate("VerifyAudit",
                                                             "Record %1, written down earlier, is missing.")
                                     .arg(seq))
                    << '\n';
                code = 1;
            }
            if (code == 0)
                out << QCoreApplication::translate("VerifyAudit", "The audit record is whole.") << '\n';
            else
                err << QCoreApplication::translate("VerifyAudit",
                                                   "The audit record is NOT the one noted earlier.")
                    << '\n';
        } else {
            err << QCoreApplication::translate("VerifyAudit", "The audit record is NOT whole: %1.")
                       .arg(report.reason)
                << '\n';
            err << QCoreApplication::translate("VerifyAudit", "First broken link: record %1.")
                       .arg(report.firstBrokenSeq.value_or(0))
                << '\n';
        }
    } catch (const storage::StorageError& error) {
        err << QCoreApplication::translate("VerifyAudit", "Cannot check the audit record: %1")
                   .arg(QString::fromUtf8(error.what()))
            << '\n';
    }
    out.flush();
    err.flush();
    return code;
}

} // namespace xiuhua::app
