#pragma once

#include "core/csv_decoder.h"
#include "dispatch/csv_row_importer.h"
#include "dispatch/dispatch_context.h"
#include "dispatch/import_report.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace xiuhua::dispatch {

enum class CsvImportKind
{
    Responders,
    Roster,
    Hazards,
    Devices
};

struct CsvImportOptions
{
    core::CsvEncoding encoding = core::CsvEncoding::Auto;
    bool dryRun = false;        // check and report only
    bool acceptRejects = false; // write the valid rows even though some were rejected
    // The valid rows the operator saw in a dry run; the import is refused when the database has
    // changed since so that a different set of rows would be written.
    std::optional<int> expectedValid;
    QString sourceName; // the file, for the audit record
};

// Imports a CSV file of responders, roster entries or hazards. Every row is checked first;
// rejected rows are reported with their row, line, column and reason. Only then, unless it is a
// dry run or rows were rejected without acceptRejects, the valid rows are written in ONE
// Store::transact, each with its audit record plus a summary record: all of them or none.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    explicit CsvImporter(DispatchContext context);

    // Throws DispatchError when the database changed between the check and the write, and
    // storage::StorageError; nothing was written then.
    ImportReport run(const core::Actor& actor, CsvImportKind kind, const QByteArray& bytes,
                     const CsvImportOptions& options);

    static std::optional<CsvImportKind> kindFromName(QStringView name);
    static std::unique_ptr<CsvRowImporter> makeRowImporter(CsvImportKind kind, const QDateTime& now);

    static constexpr qsizetype maxBytes = 32 * 1024 * 1024;
    static constexpr int maxRows = 100000;

private:
    // Decodes and parses; the header's column index, or a fatal problem in the report.
    struct Table
    {
        std::vector<core::CsvRecord> records; // [0] is the header
        std::map<QString, int> columnIndex;
    };
    static std::optional<Table> readTable(const QByteArray& bytes, const CsvImportOptions& options,
                                          const CsvRowImporter& importer, ImportReport& report);
    static void checkRows(const Table& table, const storage::StoreReader& reader, CsvRowImporter& importer,
                          ImportReport& report);
    void notify(CsvImportKind kind, const QList<core::Id>& ids);

    DispatchContext m_context;
};

} // namespace xiuhua::dispatch
