#include "app/app_options.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace xiuhua::app {

namespace {

const QStringList logLevels{QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
                            QStringLiteral("warn"),  QStringLiteral("error"), QStringLiteral("off")};

} // namespace

ParseResult parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Xiuhua (绣花) — command and dispatch console for community police stations.\n\n"
        "Commands:\n"
        "  (none)          start the console (default: the bundled demo jurisdiction)\n"
        "  check-db FILE   report schema version, row counts and integrity; exit 0 only when healthy"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption version(
        {QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("CommandLine", "Show the version and exit."));
    const QCommandLineOption db(
        QStringLiteral("db"),
        QCoreApplication::translate("CommandLine", "Open the database FILE instead of the demo database."),
        QStringLiteral("FILE"));
    const QCommandLineOption mapFile(
        QStringLiteral("map"),
        QCoreApplication::translate("CommandLine", "Jurisdiction map (GeoPackage) to show."),
        QStringLiteral("FILE"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("CommandLine", "User interface language: zh_CN or en."),
        QStringLiteral("LANG"));
    const QCommandLineOption logLevel(
        QStringLiteral("log-level"),
        QCoreApplication::translate("CommandLine", "Log level: trace, debug, info, warn, error, off."),
        QStringLiteral("LEVEL"), QStringLiteral("info"));
    const QCommandLineOption operatorBadge(
        QStringLiteral("operator"),
        QCoreApplication::translate("CommandLine",
                                    "Badge number of the operator (skips the start-up choice)."),
        QStringLiteral("BADGE"));
    parser.addOptions({help, version, db, mapFile, lang, logLevel, operatorBadge});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("CommandLine", "check-db FILE, or nothing to start the console."),
        QStringLiteral("[command]"));

    ParseResult result;
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    AppOptions options;
    options.helpText = parser.helpText();
    if (parser.isSet(help)) {
        options.command = AppOptions::Command::Help;
        result.options = options;
        return result;
    }
    if (parser.isSet(version)) {
        options.command = AppOptions::Command::Version;
        result.options = options;
        return result;
    }
    options.databasePath = parser.value(db);
    options.mapPath = parser.value(mapFile);
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && options.language != QLatin1String("zh_CN") &&
        options.language != QLatin1String("en")) {
        result.error = QCoreApplication::translate("CommandLine", "Unknown language \"%1\": use zh_CN or en.")
                           .arg(options.language);
        return result;
    }
    options.logLevel = parser.value(logLevel);
    if (!logLevels.contains(options.logLevel)) {
        result.error = QCoreApplication::translate("CommandLine", "Unknown log level \"%1\": use one of %2.")
                           .arg(options.logLevel, logLevels.join(QStringLiteral(", ")));
        return result;
    }
    options.operatorBadge = parser.value(operatorBadge);

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.first() == QLatin1String("check-db")) {
            if (positional.size() != 2) {
                result.error =
                    QCoreApplication::translate("CommandLine", "check-db needs exactly one database FILE.");
                return result;
            }
            options.command = AppOptions::Command::CheckDb;
            options.checkDbPath = positional.at(1);
        } else {
            result.error = QCoreApplication::translate("CommandLine", "Unknown command \"%1\". Try --help.")
                               .arg(positional.first());
            return result;
        }
    }
    result.options = options;
    return result;
}

} // namespace xiuhua::app
