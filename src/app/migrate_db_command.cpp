#include "app/migrate_db_command.h"

#include "app/command_line.h"
#include "app/open_database.h"
#include "storage/pg_connection.h"
#include "storage/stored_tables.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace xiuhua::app {
namespace {

QString readMigrateDbOptions(const QCommandLineParser& parser, const QStringList&, AppOptions& options)
{
    options.migrateFrom = parser.value(QStringLiteral("from"));
    options.migrateTo = parser.value(QStringLiteral("to"));
    if (options.migrateFrom.isEmpty() || options.migrateTo.isEmpty())
        return QCoreApplication::translate("CommandLine", "migrate-db needs --from DATABASE --to DATABASE.");
    return {};
}

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

CommandLineCommand migrateDbCommandLine()
{
    CommandLineCommand command;
    command.name = QStringLiteral("migrate-db");
    command.command = AppOptions::Command::MigrateDb;
    command.summary = QCoreApplication::translate(
        "CommandLine", "Copies a whole database between a file and a PostgreSQL server, the audit chain "
                       "included, into an empty target.");
    command.options = {
        {QStringLiteral("from"),
         QCoreApplication::translate("CommandLine",
                                     "migrate-db: the database to copy (a file or a PostgreSQL connection "
                                     "string)."),
         QStringLiteral("DATABASE")},
        {QStringLiteral("to"),
         QCoreApplication::translate("CommandLine", "migrate-db: the empty or new database to copy into."),
         QStringLiteral("DATABASE")}};
    command.read = readMigrateDbOptions;
    return command;
}

} // namespace xiuhua::app
