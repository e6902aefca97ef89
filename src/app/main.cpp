#include "app/app_options.h"
#include "app/backup_command.h"
#include "app/check_db_command.h"
#include "app/console_startup.h"
#include "app/export_map_command.h"
#include "app/import_command.h"
#include "app/logging.h"
#include "app/migrate_db_command.h"
#include "app/report_command.h"
#include "app/simulate_command.h"
#include "app/verify_audit_command.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace xiuhua::app;

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("xiuhua"));
    QCoreApplication::setApplicationName(QStringLiteral("xiuhua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(XIUHUA_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const ParseResult parsed = parseCommandLine(arguments);

    // Only the console needs a display; everything else must work headless.
    // Drawing a map to a file needs fonts and painting but never a window or a display.
    std::unique_ptr<QCoreApplication> application;
    const auto command = parsed.options ? parsed.options->command : AppOptions::Command::Help;
    if (command == AppOptions::Command::Console) {
        application = std::make_unique<QApplication>(argc, argv);
    } else if (command == AppOptions::Command::ExportMap || command == AppOptions::Command::Report) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parsed.options) {
        err << "xiuhua: " << parsed.error << '\n' << "Try 'xiuhua --help'.\n";
        return 2;
    }
    const AppOptions& options = *parsed.options;
    switch (options.command) {
    case AppOptions::Command::Help:
        out << options.helpText;
        return 0;
    case AppOptions::Command::Version:
        out << "xiuhua " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case AppOptions::Command::CheckDb:
        setupLogging(QStringLiteral("warn"), dataDirectory());
        return runCheckDb(options.checkDbPath, out, err);
    case AppOptions::Command::ExportMap:
        setupLogging(QStringLiteral("warn"), dataDirectory());
        return runExportMap(options, resolveMapPath(options.mapPath), out, err);
    case AppOptions::Command::Simulate:
        setupLogging(QStringLiteral("warn"), dataDirectory());
        return runSimulate(options, resolveMapPath(options.mapPath), out, err);
    case AppOptions::Command::Report:
        setupLogging(QStringLiteral("warn"), dataDirectory());
        return runReport(options, resolveMapPath(options.mapPath), out, err);
    case AppOptions::Command::VerifyAudit:
        setupLogging(QStringLiteral("warn"), dataDirectory());
        return runVerifyAudit(options.databasePath, out, err, options.auditExpectations);
    case AppOptions::Command::Backup:
        setupLogging(QStringLiteral("warn"), dataDirectory());
        return runBackup(options.databasePath, options.backupPath, out, err);
    case AppOptions::Command::Restore:
        setupLogging(QStringLiteral("warn"), dataDirectory());
        return runRestore(options.backupPath, options.databasePath, options.force, out, err);
    case AppOptions::Command::MigrateDb:
        setupLogging(QStringLiteral("warn"), dataDirectory());
        return runMigrateDb(options.migrateFrom, options.migrateTo, out, err);
    case AppOptions::Command::Import:
        setupLogging(QStringLiteral("warn"), dataDirectory());
        return runImport(options, out, err);
    case AppOptions::Command::Console:
        break;
    }
    const QString logFile = setupLogging(options.logLevel, dataDirectory());
    return runConsole(static_cast<QApplication&>(*application), options);
}
