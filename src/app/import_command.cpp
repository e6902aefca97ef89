#include "app/import_command.h"

#include "app/command_line.h"
#include "app/open_database.h"
#include "core/taxonomy.h"
#include "dispatch/account_service.h"
#include "dispatch/change_notifier.h"
#include "dispatch/csv_importer.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/jurisdiction_import.h"
#include "geo/geo_error.h"
#include "storage/sqlite_store.h"
#include "storage/storage_error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <iostream>
#include <optional>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace xiuhua::app {

namespace {

void printReport(const dispatch::ImportReport& report, bool dryRun, QTextStream& out, QTextStream& err)
{
    if (!report.fatal.isEmpty()) {
        err << report.fatal << '\n';
        return;
    }
    for (const dispatch::ImportReject& reject : report.rejects) {
        // row, line, column, reason: tab-separated so a script can cut it.
        err << QCoreApplication::translate("ImportCommand", "rejected") << '\t' << reject.row << '\t'
            << reject.line << '\t' << reject.column << '\t' << reject.reason << '\n';
    }
    if (!report.encoding.isEmpty())
        out << QCoreApplication::translate("ImportCommand", "Encoding: %1").arg(report.encoding) << '\n';
    out << QCoreApplication::translate("ImportCommand", "Rows: %1, valid: %2, rejected: %3, written: %4")
               .arg(report.rows)
               .arg(report.valid)
               .arg(report.rejects.size())
               .arg(report.written)
        << '\n';
    if (dryRun)
        out << QCoreApplication::translate("ImportCommand", "Dry run: nothing was written.") << '\n';
    else if (report.refused)
        out << QCoreApplication::translate(
                   "ImportCommand",
                   "Nothing was written because rows were rejected; fix them, or use --accept-rejects to "
                   "import the valid rows.")
            << '\n';
}

// One line from standard input; not echoed when it is a terminal.
QString readPassword(QTextStream& err)
{
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal) {
        err << QCoreApplication::translate("ImportCommand", "Password: ");
        err.flush();
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << '\n';
    }
    return QString::fromStdString(line);
}

// Who the import is recorded as. Once the database has operator accounts an import is an
// operator's act like any other: logged in with a password, checked for Permission::Import,
// named in the audit record. A database without accounts (before the first-run wizard) is
// imported by the system.
std::optional<core::Actor> importActor(storage::Store& store, const QString& login, QTextStream& err)
{
    const QString workstation = QSysInfo::machineHostName();
    if (store.read().operatorAccounts().empty())
        return core::Actor{
            std::nullopt, QCoreApplication::translate("ImportCommand", "import (command line)"), workstation};
    if (login.isEmpty()) {
        err << QCoreApplication::translate(
                   "ImportCommand",
                   "This database has operator accounts: give --operator LOGIN (an administrator); the "
                   "password is asked for.")
            << '\n';
        return std::nullopt;
    }
    const core::Taxonomy taxonomy{};
    dispatch::ChangeNotifier notifier;
    const dispatch::LoginResult result =
        dispatch::AccountService({store, taxonomy, notifier}).login(login, readPassword(err), workstation);
    if (result.status == dispatch::LoginResult::Status::Success)
        return result.actor;
    if (result.status == dispatch::LoginResult::Status::Locked)
        err << QCoreApplication::translate("ImportCommand", "Too many failed logins: try again after %1.")
                   .arg(result.lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            << '\n';
    else
        err << QCoreApplication::translate("ImportCommand", "Login refused: wrong login name or password.")
            << '\n';
    return std::nullopt;
}

} // namespace

int runImport(const AppOptions& options, QTextStream& out, QTextStream& err)
{
    try {
        const std::unique_ptr<storage::Store> store = openDatabase(options.databasePath, false).store;
        const std::optional<core::Actor> operatorActor = importActor(*store, options.operatorLogin, err);
        if (!operatorActor)
            return 1;
        const core::Actor& actor = *operatorActor;
        dispatch::ImportReport report;
        if (options.importKind == QLatin1String("jurisdiction")) {
            dispatch::JurisdictionImportOptions jurisdiction;
            jurisdiction.dryRun = options.importDryRun;
            jurisdiction.acceptRejects = options.importAcceptRejects;
            report = dispatch::importJurisdiction(*store, actor, options.importFile, jurisdiction);
        } else {
            QFile file(options.importFile);
            if (file.size() > dispatch::CsvImporter::maxBytes || !file.open(QIODevice::ReadOnly)) {
                err << QCoreApplication::translate(
                           "ImportCommand", "Cannot read %1 (missing, unreadable or larger than 32 MB).")
                           .arg(options.importFile)
                    << '\n';
                return 1;
            }
            const QByteArray bytes = file.readAll();
            const core::Taxonomy taxonomy{};
            dispatch::ChangeNotifier notifier;
            dispatch::CsvImportOptions csv;
            csv.encoding =
                core::CsvDecoder::encodingFromName(options.importEncoding).value_or(core::CsvEncoding::Auto);
            csv.dryRun = options.importDryRun;
            csv.acceptRejects = options.importAcceptRejects;
            csv.sourceName = QFileInfo(options.importFile).fileName();
            dispatch::CsvImporter importer({*store, taxonomy, notifier});
            report =
                importer.run(actor, *dispatch::CsvImporter::kindFromName(options.importKind), bytes, csv);
        }
        if (actor.responderId) {
            const core::Taxonomy taxonomy{};
            dispatch::ChangeNotifier notifier;
            dispatch::AccountService({*store, taxonomy, notifier}).logout(actor);
        }
        printReport(report, options.importDryRun, out, err);
        out.flush();
        return report.clean() ? 0 : 1;
    } catch (const dispatch::DispatchError& error) {
        err << error.message() << '\n';
    } catch (const storage::StorageError& error) {
        err << QString::fromStdString(error.what()) << '\n';
    } catch (const geo::GeoError& error) {
        err << QString::fromStdString(error.what()) << '\n';
    }
    return 1;
}

namespace {

QString readImportOptions(const QCommandLineParser& parser, const QStringList&, AppOptions& options)
{
    options.databasePath = parser.value(QStringLiteral("db"));
    options.operatorLogin = parser.value(QStringLiteral("operator"));
    options.importKind = parser.value(QStringLiteral("kind"));
    options.importFile = parser.value(QStringLiteral("file"));
    options.importEncoding = parser.value(QStringLiteral("encoding"));
    options.importDryRun = parser.isSet(QStringLiteral("dry-run"));
    options.importAcceptRejects = parser.isSet(QStringLiteral("accept-rejects"));
    const QStringList kinds{QStringLiteral("responders"), QStringLiteral("roster"), QStringLiteral("hazards"),
                            QStringLiteral("devices"), QStringLiteral("jurisdiction")};
    if (options.databasePath.isEmpty() || options.importFile.isEmpty() || !kinds.contains(options.importKind))
        return QCoreApplication::translate(
            "CommandLine",
            "import needs --db FILE --kind responders|roster|hazards|devices|jurisdiction --file FILE.");
    const QStringList encodings{QStringLiteral("utf-8"), QStringLiteral("utf8"), QStringLiteral("gb18030"),
                                QStringLiteral("gbk")};
    if (!options.importEncoding.isEmpty() && !encodings.contains(options.importEncoding.toLower()))
        return QCoreApplication::translate("CommandLine", "--encoding must be utf-8 or gb18030.");
    return {};
}

} // namespace

CommandLineCommand importCommandLine()
{
    CommandLineCommand command;
    command.name = QStringLiteral("import");
    command.command = AppOptions::Command::Import;
    command.summary = QCoreApplication::translate(
        "CommandLine", "Checks a file and imports it in one transaction; --operator is required once the "
                       "database has operator accounts.");
    command.options = {
        databaseOption(QCoreApplication::translate("CommandLine", "The database to import into.")),
        {QStringLiteral("operator"),
         QCoreApplication::translate("CommandLine", "import: the operator account to act as; the password is "
                                                    "asked for (read from standard input when it is not a "
                                                    "terminal)."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("kind"),
         QCoreApplication::translate("CommandLine",
                                     "import: responders, roster, hazards, devices or jurisdiction."),
         QStringLiteral("KIND")},
        {QStringLiteral("file"),
         QCoreApplication::translate("CommandLine",
                                     "import: the CSV file, or any GIS file for jurisdiction."),
         QStringLiteral("FILE")},
        {QStringLiteral("encoding"),
         QCoreApplication::translate("CommandLine", "import: utf-8 or gb18030 (default: detected)."),
         QStringLiteral("ENCODING")},
        {QStringLiteral("dry-run"),
         QCoreApplication::translate("CommandLine", "import: check only, write nothing.")},
        {QStringLiteral("accept-rejects"),
         QCoreApplication::translate("CommandLine",
                                     "import: write the valid rows even when some are rejected.")}};
    command.read = readImportOptions;
    return command;
}

} // namespace xiuhua::app
