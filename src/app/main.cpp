#include "app/app_options.h"
#include "app/backup_command.h"
#include "app/check_db_command.h"
#include "app/console_application.h"
#include "app/console_startup.h"
#include "app/export_map_command.h"
#include "app/import_command.h"
#include "app/logging.h"
#include "app/migrate_db_command.h"
#include "app/receive_transfers_command.h"
#include "app/report_command.h"
#include "app/serve_command.h"
#include "app/simulate_command.h"
#include "app/translations.h"
#include "app/verify_audit_command.h"
#include "app/watch_command.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace xiuhua::app;

namespace {

// Only the console needs a display; everything else must work headless.
// Drawing a map or a report to a file needs fonts and painting but never a window or a display.
std::unique_ptr<QCoreApplication> makeApplication(AppOptions::Command command, int& argc, char** argv)
{
    if (command == AppOptions::Command::Console)
        return std::make_unique<ConsoleApplication>(argc, argv);
    if (command == AppOptions::Command::ExportMap || command == AppOptions::Command::Report) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

// Every command but the console; its exit code.
int runCommand(const AppOptions& options, QTextStream& out, QTextStream& err)
{
    switch (options.command) {
    case AppOptions::Command::Help:
        out << options.helpText;
        return 0;
    case AppOptions::Command::Version:
        out << "xiuhua " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    default:
        break;
    }
    setupLogging(QStringLiteral("warn"), dataDirectory());
    switch (options.command) {
    case AppOptions::Command::CheckDb:
        return runCheckDb(options.checkDbPath, out, err);
    case AppOptions::Command::ExportMap:
        return runExportMap(options, resolveMapPath(options.mapPath), out, err);
    case AppOptions::Command::Simulate:
        return runSimulate(options, resolveMapPath(options.mapPath), out, err);
    case AppOptions::Command::Report:
        return runReport(options, resolveMapPath(options.mapPath), out, err);
    case AppOptions::Command::VerifyAudit:
        return runVerifyAudit(options.databasePath, out, err, options.auditExpectations);
    case AppOptions::Command::Backup:
        return runBackup(options.databasePath, options.backupPath, out, err);
    case AppOptions::Command::Restore:
        return runRestore(options.backupPath, options.databasePath, options.force, out, err);
    case AppOptions::Command::Import:
        return runImport(options, out, err);
    case AppOptions::Command::MigrateDb:
        return runMigrateDb(options.migrateFrom, options.migrateTo, out, err);
    case AppOptions::Command::Watch:
        return runWatch(options, out, err);
    case AppOptions::Command::Serve:
        return runServe(options, out, err);
    case AppOptions::Command::PurgePositions:
        return runPurgePositions(options, out, err);
    case AppOptions::Command::ReceiveTransfers:
        return runReceiveTransfers(options, resolveMapPath(options.mapPath), out, err);
    default:
        return 2; // the console and help are not commands to run here
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("xiuhua"));
    QCoreApplication::setApplicationName(QStringLiteral("xiuhua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XIUHUA_VERSION));
    // Wayland names the window after this, and the desktop finds the menu entry and icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("cn.xiuhua.Console"));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    ParseResult parsed = parseCommandLine(arguments);
    const AppOptions::Command command = parsed.options ? parsed.options->command : AppOptions::Command::Help;
    const std::unique_ptr<QCoreApplication> application = makeApplication(command, argc, argv);
    // Commands speak the operator's language too (the console and report choose theirs themselves):
    // translations need the application, so the line is parsed again once they are in, for its
    // help and its messages.
    if (command != AppOptions::Command::Console && command != AppOptions::Command::Report) {
        installTranslators(
            chooseLanguage(parsed.options ? parsed.options->language : requestedLanguage(arguments)));
        parsed = parseCommandLine(arguments);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parsed.options) {
        err << "xiuhua: " << parsed.error << '\n'
            << QCoreApplication::translate("CommandLine", "Try 'xiuhua --help'.") << '\n';
        return 2;
    }
    const AppOptions& options = *parsed.options;
    if (options.command != AppOptions::Command::Console)
        return runCommand(options, out, err);
    setupLogging(options.logLevel, dataDirectory());
    return runConsole(static_cast<QApplication&>(*application), options);
}
