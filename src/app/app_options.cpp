#include "app/app_options.h"

#include "storage/database_location.h"
#include "storage/pg_connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace xiuhua::app {

namespace {

// --db is a database file or a PostgreSQL connection string; anything else is refused here, before
// anything is opened or created. Returns an error text, empty when the value is usable.
QString checkDatabaseArgument(const AppOptions& options)
{
    if (options.command == AppOptions::Command::MigrateDb) {
        if (options.migrateFrom.isEmpty() || options.migrateTo.isEmpty())
            return QCoreApplication::translate("CommandLine",
                                               "migrate-db needs --from DATABASE --to DATABASE.");
        for (const QString& database : {options.migrateFrom, options.migrateTo}) {
            QString detail;
            if (!storage::classifyDatabase(database, &detail))
                return QCoreApplication::translate(
                           "CommandLine",
                           "--db \"%1\" is neither a database file nor a valid PostgreSQL "
                           "connection string (postgresql://…, service=…, host=… dbname=…): %2")
                    .arg(storage::PgConnection::redacted(database), detail);
        }
    }
    if (options.databasePath.isEmpty())
        return {};
    QString detail;
    const auto location = storage::classifyDatabase(options.databasePath, &detail);
    if (!location)
        return QCoreApplication::translate(
                   "CommandLine", "--db \"%1\" is neither a database file nor a valid PostgreSQL "
                                  "connection string (postgresql://…, service=…, host=… dbname=…): %2")
            .arg(storage::PgConnection::redacted(options.databasePath), detail);
    using Command = AppOptions::Command;
    if (location->isPostgres() && (options.command == Command::Backup ||
                                   options.command == Command::Restore || options.command == Command::Report))
        return QCoreApplication::translate("CommandLine",
                                           "This command works on database files only; for a PostgreSQL "
                                           "database use pg_dump and pg_restore.");
    return {};
}

const QStringList logLevels{QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
                            QStringLiteral("warn"),  QStringLiteral("error"), QStringLiteral("off")};

// export-map's options; returns an error text, empty when they are valid.
QString readExportOptions(const QCommandLineParser& parser, AppOptions& options)
{
    options.exportPath = parser.value(QStringLiteral("out"));
    const QString suffix = options.exportPath.section(QLatin1Char('.'), -1).toLower();
    if (options.exportPath.isEmpty() || (suffix != QLatin1String("png") && suffix != QLatin1String("pdf")))
        return QCoreApplication::translate("CommandLine",
                                           "export-map needs --out FILE.png or --out FILE.pdf.");
    if (parser.isSet(QStringLiteral("size"))) {
        const QStringList parts = parser.value(QStringLiteral("size")).toLower().split(QLatin1Char('x'));
        bool okWidth = false;
        bool okHeight = false;
        const int width = parts.size() == 2 ? parts[0].toInt(&okWidth) : 0;
        const int height = parts.size() == 2 ? parts[1].toInt(&okHeight) : 0;
        if (!okWidth || !okHeight || width < 16 || height < 16 || width > 20000 || height > 20000)
            return QCoreApplication::translate(
                "CommandLine", "--size must be WIDTHxHEIGHT between 16 and 20000, e.g. 1920x1080.");
        options.exportSize = QSize(width, height);
    }
    if (parser.isSet(QStringLiteral("extent"))) {
        std::vector<double> values;
        for (const QString& part : parser.value(QStringLiteral("extent")).split(QLatin1Char(','))) {
            bool ok = false;
            values.push_back(part.trimmed().toDouble(&ok));
            if (!ok)
                return QCoreApplication::translate("CommandLine",
                                                   "--extent must be four numbers: lon1,lat1,lon2,lat2.");
        }
        const bool valid = values.size() == 4 && values[0] >= -180 && values[2] <= 180 && values[1] >= -90 &&
                           values[3] <= 90 && values[0] < values[2] && values[1] < values[3];
        if (!valid)
            return QCoreApplication::translate(
                "CommandLine", "--extent must be lon1,lat1,lon2,lat2 with lon1 < lon2 and lat1 < lat2.");
        options.exportExtent = QRectF(QPointF(values[0], values[1]), QPointF(values[2], values[3]));
    }
    options.dataArguments = parser.values(QStringLiteral("data"));
    options.stylePath = parser.value(QStringLiteral("style"));
    options.noLabels = parser.isSet(QStringLiteral("no-labels"));
    return {};
}

QString readSimulateOptions(const QCommandLineParser& parser, AppOptions& options)
{
    options.databasePath = parser.value(QStringLiteral("db"));
    if (options.databasePath.isEmpty())
        return QCoreApplication::translate("CommandLine", "simulate needs --db FILE.");
    bool ok = true;
    if (parser.isSet(QStringLiteral("calls"))) {
        options.simulateCalls = parser.value(QStringLiteral("calls")).toInt(&ok);
        if (!ok || options.simulateCalls < 1 || options.simulateCalls > 10000000)
            return QCoreApplication::translate("CommandLine", "--calls must be a number from 1 to 10000000.");
    }
    if (parser.isSet(QStringLiteral("rate"))) {
        options.simulateRatePerMinute = parser.value(QStringLiteral("rate")).toDouble(&ok);
        if (!ok || options.simulateRatePerMinute <= 0 || options.simulateRatePerMinute > 6000)
            return QCoreApplication::translate("CommandLine", "--rate must be calls per minute, above 0.");
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        options.simulateSeed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return QCoreApplication::translate("CommandLine", "--seed must be a whole number.");
    }
    if (parser.isSet(QStringLiteral("responders"))) {
        options.simulateResponders = parser.value(QStringLiteral("responders")).toInt(&ok);
        if (!ok || options.simulateResponders < 1 || options.simulateResponders > 100000)
            return QCoreApplication::translate("CommandLine",
                                               "--responders must be a number from 1 to 100000.");
    }
    options.printCommits = parser.isSet(QStringLiteral("print-commits"));
    return {};
}

// report's options; returns an error text, empty when they are valid.
QString readReportOptions(const QCommandLineParser& parser, AppOptions& options)
{
    options.databasePath = parser.value(QStringLiteral("db"));
    if (options.databasePath.isEmpty())
        return QCoreApplication::translate("CommandLine", "report needs --db FILE.");
    options.reportPath = parser.value(QStringLiteral("out"));
    const QString suffix = options.reportPath.section(QLatin1Char('.'), -1).toLower();
    if (options.reportPath.isEmpty() || (suffix != QLatin1String("pdf") && suffix != QLatin1String("csv")))
        return QCoreApplication::translate("CommandLine", "report needs --out FILE.pdf or --out FILE.csv.");
    options.reportOpenIncidents = parser.isSet(QStringLiteral("open-incidents"));
    if (options.reportOpenIncidents) {
        if (suffix != QLatin1String("pdf"))
            return QCoreApplication::translate("CommandLine",
                                               "--open-incidents writes a PDF: use --out FILE.pdf.");
        return {};
    }
    const bool shift = parser.isSet(QStringLiteral("shift"));
    const bool range = parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"));
    if (shift == range)
        return QCoreApplication::translate("CommandLine",
                                           "report needs either --shift ID or --from DATE --to DATE.");
    if (shift) {
        bool ok = false;
        options.reportShiftId = parser.value(QStringLiteral("shift")).toLongLong(&ok);
        if (!ok || options.reportShiftId <= 0)
            return QCoreApplication::translate("CommandLine",
                                               "--shift must be a shift number, e.g. --shift 12.");
        return {};
    }
    options.reportFrom = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    options.reportTo = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    if (!options.reportFrom.isValid() || !options.reportTo.isValid())
        return QCoreApplication::translate(
            "CommandLine", "--from and --to must both be dates as YYYY-MM-DD, e.g. 2026-11-01.");
    if (options.reportTo < options.reportFrom)
        return QCoreApplication::translate("CommandLine", "--to must not be before --from.");
    return {};
}

// verify-audit, backup and restore; returns an error text, empty when they are valid.
QString readTrustOptions(const QCommandLineParser& parser, AppOptions& options)
{
    options.databasePath = parser.value(QStringLiteral("db"));
    if (options.databasePath.isEmpty())
        return QCoreApplication::translate("CommandLine", "This command needs --db FILE.");
    if (options.command == AppOptions::Command::Backup) {
        options.backupPath = parser.value(QStringLiteral("out"));
        if (options.backupPath.isEmpty())
            return QCoreApplication::translate("CommandLine", "backup needs --out FILE.");
    } else if (options.command == AppOptions::Command::Restore) {
        options.backupPath = parser.value(QStringLiteral("from"));
        if (options.backupPath.isEmpty())
            return QCoreApplication::translate("CommandLine", "restore needs --from BACKUP.");
        options.force = parser.isSet(QStringLiteral("force"));
    } else {
        for (const QString& expectation : parser.values(QStringLiteral("expect"))) {
            const QStringList parts = expectation.split(QLatin1Char(':'));
            bool numeric = false;
            const qint64 seq = parts.value(0).toLongLong(&numeric);
            static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
            if (parts.size() != 2 || !numeric || seq < 1 || !hex.match(parts.value(1)).hasMatch())
                return QCoreApplication::translate(
                           "CommandLine",
                           "--expect needs SEQ:HASH, a record number and its 64 hex digits: %1")
                    .arg(expectation);
            options.auditExpectations.emplace_back(seq, parts.value(1).toLower());
        }
    }
    return {};
}

// import's options; returns an error text, empty when they are valid.
QString readImportOptions(const QCommandLineParser& parser, AppOptions& options)
{
    options.databasePath = parser.value(QStringLiteral("db"));
    options.importKind = parser.value(QStringLiteral("kind"));
    options.importFile = parser.value(QStringLiteral("file"));
    options.importEncoding = parser.value(QStringLiteral("encoding"));
    options.importDryRun = parser.isSet(QStringLiteral("dry-run"));
    options.importAcceptRejects = parser.isSet(QStringLiteral("accept-rejects"));
    const QStringList kinds{QStringLiteral("responders"), QStringLiteral("roster"), QStringLiteral("hazards"),
                            QStringLiteral("jurisdiction")};
    if (options.databasePath.isEmpty() || options.importFile.isEmpty() || !kinds.contains(options.importKind))
        return QCoreApplication::translate(
            "CommandLine",
            "import needs --db FILE --kind responders|roster|hazards|jurisdiction --file FILE.");
    const QStringList encodings{QStringLiteral("utf-8"), QStringLiteral("utf8"), QStringLiteral("gb18030"),
                                QStringLiteral("gbk")};
    if (!options.importEncoding.isEmpty() && !encodings.contains(options.importEncoding.toLower()))
        return QCoreApplication::translate("CommandLine", "--encoding must be utf-8 or gb18030.");
    return {};
}

} // namespace

ParseResult parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        "Xiuhua (绣花) — command and dispatch console for community police stations.\n\n"
        "Commands:\n"
        "  (none)          start the console (default: the bundled demo jurisdiction)\n"
        "  check-db FILE   report schema version, row counts and integrity; exit 0 only when healthy\n"
        "  export-map      draw the map to --out FILE.png|FILE.pdf, headless (--size, --extent, --data, "
        "--no-labels)\n"
        "  simulate        drive the dispatch services with synthetic calls (--db FILE --calls N [--rate "
        "PER_MIN])\n"
        "  import          check and import a file in one transaction: --db FILE --kind "
        "responders|roster|hazards|jurisdiction --file FILE [--encoding utf-8|gb18030] [--dry-run] "
        "[--accept-rejects] [--operator LOGIN] (required once the database has operator accounts)\n"
        "  report          shift or period report: --db FILE (--shift ID | --from DATE --to DATE) --out "
        "FILE.pdf|FILE.csv [--lang zh_CN|en] [--open-incidents]\n"
        "  verify-audit    check the audit record's hash chain: --db FILE [--expect SEQ:HASH]...; exit 1 at "
        "the "
        "first broken link or a record that no longer has the hash written down\n"
        "  backup          online, checked copy of a database: --db FILE --out FILE\n"
        "  restore         replace a database with a checked backup: --from BACKUP --db FILE [--force]\n"
        "  migrate-db      copy a whole database between a file and PostgreSQL, the audit chain included: "
        "--from DATABASE --to DATABASE (empty)\n"
        "DATABASE (--db, --from, --to) is a file or a PostgreSQL connection string: "
        "postgresql://user@host/db, "
        "service=NAME, host=HOST dbname=DB"));
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
    const QCommandLineOption operatorLogin(
        QStringLiteral("operator"),
        QCoreApplication::translate(
            "CommandLine",
            "Login name of an operator account. The console logs it in without a password on the demo "
            "database only; import acts as this operator and asks for the password (read from standard "
            "input when it is not a terminal)."),
        QStringLiteral("LOGIN"));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QCoreApplication::translate("CommandLine", "export-map: the PNG or PDF file to write."),
        QStringLiteral("FILE"));
    const QCommandLineOption size(
        QStringLiteral("size"),
        QCoreApplication::translate("CommandLine", "export-map: image size in pixels (default 1920x1080)."),
        QStringLiteral("WxH"));
    const QCommandLineOption extent(
        QStringLiteral("extent"),
        QCoreApplication::translate(
            "CommandLine", "export-map: area to draw as lon1,lat1,lon2,lat2 (default: the jurisdiction)."),
        QStringLiteral("BOX"));
    const QCommandLineOption data(
        QStringLiteral("data"),
        QCoreApplication::translate(
            "CommandLine",
            "export-map: draw this dataset (FILE or FILE:LAYER; repeatable) instead of the jurisdiction."),
        QStringLiteral("DATASET"));
    const QCommandLineOption style(
        QStringLiteral("style"),
        QCoreApplication::translate("CommandLine", "export-map: style file to draw with."),
        QStringLiteral("FILE"));
    const QCommandLineOption noLabels(
        QStringLiteral("no-labels"),
        QCoreApplication::translate("CommandLine", "export-map: draw no labels."));
    const QCommandLineOption calls(
        QStringLiteral("calls"),
        QCoreApplication::translate("CommandLine", "simulate: number of calls (default 100)."),
        QStringLiteral("N"));
    const QCommandLineOption rate(
        QStringLiteral("rate"),
        QCoreApplication::translate(
            "CommandLine",
            "simulate: calls per minute in real time (default: as fast as possible, in simulated time)."),
        QStringLiteral("PER_MIN"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("CommandLine", "simulate: random seed."),
                                  QStringLiteral("S"));
    const QCommandLineOption responders(
        QStringLiteral("responders"),
        QCoreApplication::translate("CommandLine",
                                    "simulate: field responders in a new database (default: the demo's)."),
        QStringLiteral("R"));
    const QCommandLineOption printCommits(
        QStringLiteral("print-commits"),
        QCoreApplication::translate("CommandLine", "simulate: print every committed action."));
    const QCommandLineOption layer(
        QStringLiteral("layer"),
        QCoreApplication::translate("CommandLine",
                                    "Add a map layer from any GIS file (FILE or FILE:LAYER; repeatable)."),
        QStringLiteral("FILE"));
    const QCommandLineOption basemap(
        QStringLiteral("basemap"),
        QCoreApplication::translate(
            "CommandLine", "Raster base map under the vector map: an MBTiles file or a station tile server "
                           "URL such as http://tiles.local/{z}/{x}/{y}.png (tiles are cached on disk)."),
        QStringLiteral("SOURCE"));
    parser.addOptions({calls, rate, seed, responders, printCommits, layer, basemap});
    parser.addOptions(
        {{QStringLiteral("kind"),
          QCoreApplication::translate("CommandLine", "import: responders, roster, hazards or jurisdiction."),
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
                                      "import: write the valid rows even when some are rejected.")}});
    parser.addOptions(
        {{QStringLiteral("shift"),
          QCoreApplication::translate("CommandLine", "report: the shift to report on."),
          QStringLiteral("ID")},
         {QStringLiteral("from"),
          QCoreApplication::translate(
              "CommandLine", "report: first day of the period (YYYY-MM-DD); restore: the backup file."),
          QStringLiteral("DATE")},
         {QStringLiteral("to"),
          QCoreApplication::translate("CommandLine",
                                      "report: last day of the period (YYYY-MM-DD), included."),
          QStringLiteral("DATE")},
         {QStringLiteral("expect"),
          QCoreApplication::translate(
              "CommandLine",
              "verify-audit: the record SEQ must still have HASH (as printed on a report or logged at a "
              "backup); may be repeated."),
          QStringLiteral("SEQ:HASH")},
         {QStringLiteral("force"),
          QCoreApplication::translate("CommandLine",
                                      "restore: replace the database even when it holds newer records.")},
         {QStringLiteral("open-incidents"),
          QCoreApplication::translate("CommandLine",
                                      "report: print the unresolved incidents as a paper fallback sheet.")}});
    parser.addOptions({help, version, db, mapFile, lang, logLevel, operatorLogin, out, size, extent, data,
                       style, noLabels});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("CommandLine",
                                    "check-db FILE, export-map, or nothing to start the console."),
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
    options.operatorLogin = parser.value(operatorLogin);
    options.extraLayers = parser.values(QStringLiteral("layer"));
    options.basemap = parser.value(QStringLiteral("basemap"));

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
        } else if (positional.first() == QLatin1String("simulate") && positional.size() == 1) {
            options.command = AppOptions::Command::Simulate;
            result.error = readSimulateOptions(parser, options);
            if (!result.error.isEmpty())
                return result;
        } else if (positional.first() == QLatin1String("report") && positional.size() == 1) {
            options.command = AppOptions::Command::Report;
            result.error = readReportOptions(parser, options);
            if (!result.error.isEmpty())
                return result;
        } else if (positional.size() == 1 && (positional.first() == QLatin1String("verify-audit") ||
                                              positional.first() == QLatin1String("backup") ||
                                              positional.first() == QLatin1String("restore"))) {
            options.command = positional.first() == QLatin1String("backup") ? AppOptions::Command::Backup
                              : positional.first() == QLatin1String("restore")
                                  ? AppOptions::Command::Restore
                                  : AppOptions::Command::VerifyAudit;
            result.error = readTrustOptions(parser, options);
            if (!result.error.isEmpty())
                return result;
        } else if (positional.first() == QLatin1String("import") && positional.size() == 1) {
            options.command = AppOptions::Command::Import;
            result.error = readImportOptions(parser, options);
            if (!result.error.isEmpty())
                return result;
        } else if (positional.first() == QLatin1String("migrate-db") && positional.size() == 1) {
            options.command = AppOptions::Command::MigrateDb;
            options.migrateFrom = parser.value(QStringLiteral("from"));
            options.migrateTo = parser.value(QStringLiteral("to"));
        } else if (positional.first() == QLatin1String("export-map") && positional.size() == 1) {
            options.command = AppOptions::Command::ExportMap;
            result.error = readExportOptions(parser, options);
            if (!result.error.isEmpty())
                return result;
        } else {
            result.error = QCoreApplication::translate("CommandLine", "Unknown command \"%1\". Try --help.")
                               .arg(positional.first());
            return result;
        }
    }
    result.error = checkDatabaseArgument(options);
    if (!result.error.isEmpty())
        return result;
    result.options = options;
    return result;
}

} // namespace xiuhua::app
