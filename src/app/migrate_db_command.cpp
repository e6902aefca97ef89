#include "app/migrate_db_command.h"

#include "app/open_database.h"
#include "storage/pg_connection.h"
#include "storage/stored_tables.h"

#include <QCoreApplication>

namespace xiuhua::app {
namespace {

QString newestHash(storage::Store& store)
{
    const auto newest = store.read().auditEvents({}, std::nullopt, 1);
    return newest.empty() ? QString() : newest.front().hash;
}

} // namespace

int runMigrateDb(const QString& from, const QString& to, QTextStream& out, QTextStream& err)
{
    try {
        const std::unique_ptr<storage::Store> source = openDatabase(from, false).store;
        const std::unique_ptr<storage::Store> target = openDatabase(to, true).store;
        const storage::CopyResult copied =
            storage::copyDatabase(*storage::connectionOf(*source), *storage::connectionOf(*target));
        const storage::AuditChainReport chain = target->verifyAuditChain();
        const QString sourceHash = newestHash(*source);
        out << QCoreApplication::translate("MigrateDb", "Copied %1 rows (%2 audit records) from %3 to %4.")
                   .arg(copied.rows)
                   .arg(copied.auditRecords)
                   .arg(storage::PgConnection::redacted(from), storage::PgConnection::redacted(to))
            << '\n';
        if (!chain.ok || newestHash(*target) != sourceHash) {
            err << QCoreApplication::translate("MigrateDb",
                                               "The copy's audit record does not match the source: %1")
                       .arg(chain.ok ? newestHash(*target) : chain.reason)
                << '\n';
            return 1;
        }
        out << QCoreApplication::translate("MigrateDb", "Newest audit record: %1, hash %2 (the same as the "
                                                        "source's); the copy's chain is whole.")
                   .arg(chain.newestSeq)
                   .arg(sourceHash)
            << '\n';
        return 0;
    } catch (const storage::StorageError& error) {
        err << QCoreApplication::translate("MigrateDb", "Cannot copy the database: %1")
                   .arg(QString::fromUtf8(error.what()))
            << '\n';
        return 1;
    }
}

} // namespace xiuhua::app
