#include "app/check_db_command.h"

#include "app/command_line.h"
#include "storage/database_check.h"
#include "storage/pg_connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace xiuhua::app {

int runCheckDb(const QString& path, QTextStream& out, QTextStream& err)
{
    const storage::DatabaseCheckResult result = storage::checkDatabase(path);
    out << QCoreApplication::translate("CheckDb", "Database: %1").arg(storage::PgConnection::redacted(path))
        << '\n';
    if (!result.opened) {
        err << QCoreApplication::translate("CheckDb", "Cannot check the database: %1").arg(result.error)
            << '\n';
        out.flush();
        err.flush();
        return 1;
    }
    out << QCoreApplication::translate("CheckDb", "Schema version: %1 (this Xiuhua writes %2)")
               .arg(result.schemaVersion)
               .arg(result.supportedVersion)
        << '\n';
    if (result.journalMode.startsWith(QLatin1String("PostgreSQL")))
        out << QCoreApplication::translate("CheckDb", "Server: %1").arg(result.journalMode) << '\n';
    else
        out << QCoreApplication::translate("CheckDb", "Journal mode: %1").arg(result.journalMode) << '\n';
    if (!result.rowCounts.empty()) {
        out << QCoreApplication::translate("CheckDb", "Rows:") << '\n';
        for (const auto& [table, count] : result.rowCounts)
            out << "  " << table.leftJustified(18) << count << '\n';
    }
    if (result.integrityProblems.isEmpty()) {
        out << QCoreApplication::translate("CheckDb", "Integrity check: ok") << '\n';
    } else {
        out << QCoreApplication::translate("CheckDb", "Integrity check: %n problem(s)", nullptr,
                                           static_cast<int>(result.integrityProblems.size()))
            << '\n';
        for (const QString& problem : result.integrityProblems)
            out << "  " << problem << '\n';
    }
    if (!result.error.isEmpty())
        err << result.error << '\n';
    if (result.schemaVersion < result.supportedVersion)
        err << QCoreApplication::translate(
                   "CheckDb",
                   "The schema is older than this Xiuhua; opening it in the console will upgrade it.")
            << '\n';
    out << (result.healthy() ? QCoreApplication::translate("CheckDb", "Healthy: yes")
                             : QCoreApplication::translate("CheckDb", "Healthy: NO"))
        << '\n';
    out.flush();
    err.flush();
    return result.healthy() ? 0 : 1;
}

CommandLineCommand checkDbCommandLine()
{
    CommandLineCommand command;
    command.name = QStringLiteral("check-db");
    command.command = AppOptions::Command::CheckDb;
    command.summary = QCoreApplication::translate(
        "CommandLine", "Reports schema version, row counts and integrity; exit 0 only when healthy.");
    command.arguments = QStringLiteral("FILE");
    command.takesArguments = true;
    command.read = [](const QCommandLineParser&, const QStringList& words, AppOptions& options) {
        if (words.size() != 1)
            return QCoreApplication::translate("CommandLine", "check-db needs exactly one database FILE.");
        options.checkDbPath = words.first();
        return QString();
    };
    return command;
}

} // namespace xiuhua::app
