#include "app/report_command.h"

#include "app/command_line.h"
#include "app/open_database.h"
#include "app/translations.h"
#include "core/taxonomy.h"
#include "reports/csv_export.h"
#include "reports/open_incidents_sheet.h"
#include "reports/report_builder.h"
#include "reports/report_document.h"
#include "reports/report_translation.h"
#include "storage/pg_connection.h"
#include "storage/sql_reader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSaveFile>
#include <QTranslator>

#include <memory>

namespace xiuhua::app {

namespace {

// The output's folder must exist and be writable before any work is done.
QString checkOutput(const QString& path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return QCoreApplication::translate("ReportCommand", "The folder for %1 does not exist.").arg(path);
    if (!folder.isWritable() || (info.exists() && !info.isWritable()))
        return QCoreApplication::translate("ReportCommand", "Cannot write %1.").arg(path);
    return {};
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

int writeReport(const AppOptions& options, const QString& mapPath, const storage::StoreReader& reader,
                const core::Taxonomy& taxonomy, const QString& language, QTextStream& out, QTextStream& err)
{
    const auto period = options.reportShiftId > 0
                            ? reports::ReportPeriod::forShift(reader, options.reportShiftId)
                            : reports::ReportPeriod::forDays(options.reportFrom, options.reportTo);
    if (!period) {
        err << QCoreApplication::translate("ReportCommand", "There is no shift %1 in %2.")
                   .arg(options.reportShiftId)
                   .arg(storage::PgConnection::redacted(options.databasePath))
            << '\n';
        return 1;
    }
    bool written = false;
    if (options.reportPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        written =
            writeFile(options.reportPath, reports::CsvExport(reader, taxonomy, language).incidents(*period));
    } else {
        const reports::ReportBuilder builder(reader, taxonomy, language);
        const reports::ShiftReport report = builder.build(*period, QDateTime::currentDateTimeUtc());
        reports::ReportDocumentOptions documentOptions;
        documentOptions.jurisdictionPath = QFileInfo(mapPath).isReadable() ? mapPath : QString();
        written = reports::ReportDocument(report, documentOptions).writePdf(options.reportPath);
    }
    if (!written) {
        err << QCoreApplication::translate("ReportCommand", "Cannot write %1.").arg(options.reportPath)
            << '\n';
        return 1;
    }
    out << QCoreApplication::translate("ReportCommand", "Wrote %1").arg(options.reportPath) << '\n';
    return 0;
}

} // namespace

int runReport(const AppOptions& options, const QString& mapPath, QTextStream& out, QTextStream& err)
{
    // Its own strings for the printed report; the program's are installed already (main).
    const QString language = chooseLanguage(options.language);
    installTranslators(language, true);
    const auto location = storage::classifyDatabase(options.databasePath);
    if (location && !location->isPostgres() && !QFileInfo(options.databasePath).isFile()) {
        err << QCoreApplication::translate("ReportCommand", "The database %1 does not exist.")
                   .arg(options.databasePath)
            << '\n';
        return 1;
    }
    if (const QString problem = checkOutput(options.reportPath); !problem.isEmpty()) {
        err << problem << '\n';
        return 1;
    }
    try {
        // Read-only: a report never changes the database, not even its journal mode or schema; on
        // PostgreSQL it reads one snapshot, so the figures add up while other seats write.
        const std::unique_ptr<storage::SqlConnection> connection = openReadOnly(options.databasePath);
        storage::SqlConnection& db = *connection;
        const auto [version, supported] = schemaVersionsOf(db);
        if (version != supported) {
            err << QCoreApplication::translate(
                       "ReportCommand", "The database has schema version %1; this Xiuhua reads version %2. "
                                        "Open it once in the console (which upgrades it), then report.")
                       .arg(version)
                       .arg(supported)
                << '\n';
            return 1;
        }
        const storage::SqlReader reader(db);
        const core::Taxonomy taxonomy =
            core::Taxonomy::fromFile(QStringLiteral(":/taxonomy/incident_categories.json"));
        if (options.reportOpenIncidents) {
            const reports::OpenIncidentsSheet sheet(reader, taxonomy, language,
                                                    QDateTime::currentDateTimeUtc());
            if (!sheet.writePdf(options.reportPath)) {
                err << QCoreApplication::translate("ReportCommand", "Cannot write %1.")
                           .arg(options.reportPath)
                    << '\n';
                return 1;
            }
            out << QCoreApplication::translate("ReportCommand", "Wrote %1").arg(options.reportPath) << '\n';
            return 0;
        }
        return writeReport(options, mapPath, reader, taxonomy, language, out, err);
    } catch (const std::exception& error) {
        err << QCoreApplication::translate("ReportCommand", "Cannot read the database %1: %2")
                   .arg(storage::PgConnection::redacted(options.databasePath),
                        QString::fromUtf8(error.what()))
            << '\n';
        return 1;
    }
}

namespace {

// --shift ID or --from DATE --to DATE; returns an error text, empty when they are valid.
QString readReportPeriod(const QCommandLineParser& parser, AppOptions& options)
{
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

QString readReportOptions(const QCommandLineParser& parser, const QStringList&, AppOptions& options)
{
    options.mapPath = parser.value(QStringLiteral("map"));
    options.databasePath = parser.value(QStringLiteral("db"));
    if (options.databasePath.isEmpty())
        return QCoreApplication::translate("CommandLine", "report needs --db FILE.");
    options.reportPath = parser.value(QStringLiteral("out"));
    const QString suffix = options.reportPath.section(QLatin1Char('.'), -1).toLower();
    if (options.reportPath.isEmpty() || (suffix != QLatin1String("pdf") && suffix != QLatin1String("csv")))
        return QCoreApplication::translate("CommandLine", "report needs --out FILE.pdf or --out FILE.csv.");
    options.reportOpenIncidents = parser.isSet(QStringLiteral("open-incidents"));
    if (!options.reportOpenIncidents)
        return readReportPeriod(parser, options);
    if (suffix != QLatin1String("pdf"))
        return QCoreApplication::translate("CommandLine",
                                           "--open-incidents writes a PDF: use --out FILE.pdf.");
    return {};
}

} // namespace

CommandLineCommand reportCommandLine()
{
    CommandLineCommand command;
    command.name = QStringLiteral("report");
    command.command = AppOptions::Command::Report;
    command.summary = QCoreApplication::translate(
        "CommandLine", "Writes a shift or period report as PDF or CSV, or the open "
                       "incidents as a paper fallback sheet.");
    command.options = {
        databaseOption(QCoreApplication::translate("CommandLine", "The database to report on.")),
        mapOption(),
        {QStringLiteral("out"),
         QCoreApplication::translate("CommandLine", "report: the PDF or CSV file to write."),
         QStringLiteral("FILE")},
        {QStringLiteral("shift"),
         QCoreApplication::translate("CommandLine", "report: the shift to report on."), QStringLiteral("ID")},
        {QStringLiteral("from"),
         QCoreApplication::translate("CommandLine", "report: first day of the period (YYYY-MM-DD)."),
         QStringLiteral("DATE")},
        {QStringLiteral("to"),
         QCoreApplication::translate("CommandLine", "report: last day of the period (YYYY-MM-DD), included."),
         QStringLiteral("DATE")},
        {QStringLiteral("open-incidents"),
         QCoreApplication::translate("CommandLine",
                                     "report: print the unresolved incidents as a paper fallback sheet.")}};
    command.read = readReportOptions;
    return command;
}

} // namespace xiuhua::app
