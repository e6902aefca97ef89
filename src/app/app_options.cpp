#include "app/app_options.h"

#include "app/command_line.h"
#include "storage/database_location.h"
#include "storage/pg_connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <vector>

namespace xiuhua::app {

namespace {

const QStringList logLevels{QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
                            QStringLiteral("warn"),  QStringLiteral("error"), QStringLiteral("off")};

QString notADatabase(const QString& database, const QString& detail)
{
    return QCoreApplication::translate("CommandLine",
                                       "--db \"%1\" is neither a database file nor a valid PostgreSQL "
                                       "connection string (postgresql://…, service=…, host=… dbname=…): %2")
        .arg(storage::PgConnection::redacted(database), detail);
}

// --db (and migrate-db's --from and --to) is a database file or a PostgreSQL connection string;
// anything else is refused here, before anything is opened or created. Returns an error text,
// empty when the values are usable.
QString checkDatabaseArguments(const AppOptions& options)
{
    QString detail;
    if (options.command == AppOptions::Command::MigrateDb) {
        for (const QString& database : {options.migrateFrom, options.migrateTo}) {
            if (!storage::classifyDatabase(database, &detail))
                return notADatabase(database, detail);
        }
    }
    if (options.databasePath.isEmpty())
        return {};
    const auto location = storage::classifyDatabase(options.databasePath, &detail);
    if (!location)
        return notADatabase(options.databasePath, detail);
    return {};
}

// What every command takes: help, version, language and log level.
struct GlobalOptions
{
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            QCoreApplication::translate("CommandLine", "Show this help and exit.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("CommandLine", "Show the version and exit.")};
    QCommandLineOption lang{
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine", "User interface language: zh_CN or en."),
        QStringLiteral("LANG")};
    QCommandLineOption logLevel{
        QStringLiteral("log-level"),
        QCoreApplication::translate("CommandLine", "Log level: trace, debug, info, warn, error, off."),
        QStringLiteral("LEVEL"), QStringLiteral("info")};

    QList<QCommandLineOption> all() const { return {help, version, lang, logLevel}; }
};

// The command's word: the first word that is no option's value. Parsing with every command's
// options tells the words apart from the values; an option no command knows is an error here.
QString findCommandWord(const QStringList& arguments, const std::vector<CommandLineCommand>& commands,
                        QString& error)
{
    QCommandLineParser parser;
    parser.addOptions(GlobalOptions().all());
    QSet<QString> added; // a name several commands take (--db, --out) is added once
    for (const CommandLineCommand& command : commands) {
        for (const QCommandLineOption& option : command.options) {
            if (added.contains(option.names().constFirst()))
                continue;
            added.insert(option.names().constFirst());
            parser.addOption(option);
        }
    }
    if (!parser.parse(arguments)) {
        error = parser.errorText();
        return {};
    }
    return parser.positionalArguments().value(0);
}

// QCommandLineParser names the program after the running application, which main() creates only
// once it knows the command; without one it writes "<executable_name>".
QString helpText(const QCommandLineParser& parser, const QStringList& arguments)
{
    QString program = QFileInfo(arguments.value(0)).fileName();
    if (program.isEmpty())
        program = QStringLiteral("xiuhua");
    QString text = parser.helpText();
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    QString usage = text.left(firstLineEnd);
    usage.replace(QLatin1String("<executable_name>"), program);
    if (!QCoreApplication::instance())
        return usage + text.mid(firstLineEnd);
    // With an application Qt writes argv[0] as given (maybe a whole path): name just the program.
    const QString given = QCoreApplication::arguments().value(0);
    if (!given.isEmpty())
        usage.replace(given, program);
    return usage + text.mid(firstLineEnd);
}

void configure(QCommandLineParser& parser, const CommandLineCommand& command, const GlobalOptions& global)
{
    parser.setApplicationDescription(command.summary);
    parser.addOptions(global.all());
    parser.addOptions(command.options);
    if (command.name.isEmpty()) {
        parser.addPositionalArgument(
            QStringLiteral("command"),
            QCoreApplication::translate("CommandLine",
                                        "check-db FILE, export-map, or nothing to start the console."),
            QStringLiteral("[command]"));
        return;
    }
    // Named for the usage line ("xiuhua [options] report"); the description says what it does.
    parser.addPositionalArgument(
        command.name, QString(),
        command.arguments.isEmpty() ? command.name : command.name + QLatin1Char(' ') + command.arguments);
}

// --lang and --log-level; returns an error text, empty when they are valid.
QString readGlobalOptions(const QCommandLineParser& parser, const GlobalOptions& global, AppOptions& options)
{
    options.language = parser.value(global.lang);
    if (!options.language.isEmpty() && options.language != QLatin1String("zh_CN") &&
        options.language != QLatin1String("en"))
        return QCoreApplication::translate("CommandLine", "Unknown language \"%1\": use zh_CN or en.")
            .arg(options.language);
    options.logLevel = parser.value(global.logLevel);
    if (!logLevels.contains(options.logLevel))
        return QCoreApplication::translate("CommandLine", "Unknown log level \"%1\": use one of %2.")
            .arg(options.logLevel, logLevels.join(QStringLiteral(", ")));
    return {};
}

// Parses `arguments` as `command` does; returns an error text, empty when they are valid.
QString parseCommand(const CommandLineCommand& command, const QStringList& arguments, AppOptions& options)
{
    const GlobalOptions global;
    QCommandLineParser parser;
    configure(parser, command, global);
    if (!parser.parse(arguments))
        return parser.errorText();
    options.command = command.command;
    options.helpText = helpText(parser, arguments);
    if (parser.isSet(global.help)) {
        options.command = AppOptions::Command::Help;
        return {};
    }
    if (parser.isSet(global.version)) {
        options.command = AppOptions::Command::Version;
        return {};
    }
    if (const QString error = readGlobalOptions(parser, global, options); !error.isEmpty())
        return error;
    QStringList words = parser.positionalArguments();
    if (!command.name.isEmpty())
        words.removeFirst();
    if (!command.takesArguments && !words.isEmpty())
        return QCoreApplication::translate("CommandLine", "Unexpected argument \"%1\". Try --help.")
            .arg(words.first());
    return command.read ? command.read(parser, words, options) : QString();
}

} // namespace

std::vector<CommandLineCommand> commandLineCommands()
{
    return {consoleCommandLine(),        checkDbCommandLine(),         exportMapCommandLine(),
            simulateCommandLine(),       reportCommandLine(),          importCommandLine(),
            verifyAuditCommandLine(),    backupCommandLine(),          restoreCommandLine(),
            migrateDbCommandLine(),      watchCommandLine(),           serveCommandLine(),
            purgePositionsCommandLine(), receiveTransfersCommandLine()};
}

QList<QCommandLineOption> commonCommandLineOptions()
{
    return GlobalOptions().all();
}

QCommandLineOption databaseOption(const QString& description)
{
    return {QStringLiteral("db"), description, QStringLiteral("FILE")};
}

QCommandLineOption mapOption()
{
    return {QStringLiteral("map"),
            QCoreApplication::translate("CommandLine", "Jurisdiction map (GeoPackage) to show."),
            QStringLiteral("FILE")};
}

ParseResult parseCommandLine(const QStringList& arguments)
{
    const std::vector<CommandLineCommand> commands = commandLineCommands();
    ParseResult result;
    const QString word = findCommandWord(arguments, commands, result.error);
    if (!result.error.isEmpty())
        return result;
    const auto command = std::find_if(commands.begin(), commands.end(),
                                      [&](const CommandLineCommand& c) { return c.name == word; });
    if (command == commands.end()) {
        result.error =
            QCoreApplication::translate("CommandLine", "Unknown command \"%1\". Try --help.").arg(word);
        return result;
    }
    AppOptions options;
    result.error = parseCommand(*command, arguments, options);
    if (result.error.isEmpty())
        result.error = checkDatabaseArguments(options);
    if (result.error.isEmpty())
        result.options = options;
    return result;
}

} // namespace xiuhua::app
