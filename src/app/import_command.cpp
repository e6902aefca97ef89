#include "app/import_command.h"

#include "core/taxonomy.h"
#include "dispatch/change_notifier.h"
#include "dispatch/csv_importer.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/jurisdiction_import.h"
#include "geo/geo_error.h"
#include "storage/sqlite_store.h"
#include "storage/storage_error.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

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

} // namespace

int runImport(const AppOptions& options, QTextStream& out, QTextStream& err)
{
    const core::Actor actor{std::nullopt,
                            QCoreApplication::translate("ImportCommand", "import (command line)"),
                            QSysInfo::machineHostName()};
    try {
        auto store =
            storage::SqliteStore::open(options.databasePath, storage::SqliteStore::OpenMode::OpenExisting);
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

} // namespace xiuhua::app
