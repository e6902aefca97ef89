#include "dispatch/csv_importer.h"

#include "core/csv_reader.h"
#include "dispatch/device_import.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/hazard_import.h"
#include "dispatch/permission_guard.h"
#include "dispatch/responder_import.h"
#include "dispatch/roster_import.h"

#include <QJsonObject>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

// Free-text columns may span lines; every other cell is one line.
bool isMultiLine(const QString& key)
{
    return key == QLatin1String("note") || key == QLatin1String("description");
}

QString headerName(const std::vector<CsvRecord>& records, const std::map<QString, int>& index,
                   const QString& key)
{
    const auto found = index.find(key);
    if (found == index.end() || records.empty() || found->second >= records.front().fields.size())
        return key;
    return records.front().fields.at(found->second).trimmed();
}

} // namespace

CsvImporter::CsvImporter(DispatchContext context) : m_context(std::move(context)) {}

std::optional<CsvImportKind> CsvImporter::kindFromName(QStringView name)
{
    if (name == QLatin1String("responders"))
        return CsvImportKind::Responders;
    if (name == QLatin1String("roster"))
        return CsvImportKind::Roster;
    if (name == QLatin1String("hazards"))
        return CsvImportKind::Hazards;
    if (name == QLatin1String("devices"))
        return CsvImportKind::Devices;
    return std::nullopt;
}

std::unique_ptr<CsvRowImporter> CsvImporter::makeRowImporter(CsvImportKind kind, const QDateTime& now)
{
    switch (kind) {
    case CsvImportKind::Responders:
        return std::make_unique<ResponderImport>(now);
    case CsvImportKind::Roster:
        return std::make_unique<RosterImport>();
    case CsvImportKind::Hazards:
        return std::make_unique<HazardImport>();
    case CsvImportKind::Devices:
        return std::make_unique<DeviceImport>(now);
    }
    return nullptr;
}

std::optional<CsvImporter::Table> CsvImporter::readTable(const QByteArray& bytes,
                                                         const CsvImportOptions& options,
                                                         const CsvRowImporter& importer, ImportReport& report)
{
    if (bytes.size() > maxBytes) {
        report.fatal = tr("The file is larger than %1 MB.").arg(maxBytes / (1024 * 1024));
        return std::nullopt;
    }
    const DecodedCsv decoded = CsvDecoder::decode(bytes, options.encoding);
    report.encoding = CsvDecoder::encodingName(decoded.encoding);
    if (!decoded.error.isEmpty()) {
        report.fatal = decoded.error;
        return std::nullopt;
    }
    Table table;
    table.records = CsvReader::parse(decoded.text);
    // Spreadsheets save "Unicode text" tab-separated: a one-column header with tabs says so.
    if (!table.records.empty() && table.records.front().fields.size() == 1 &&
        table.records.front().fields.front().contains(QLatin1Char('\t')))
        table.records = CsvReader::parse(decoded.text, QLatin1Char('\t'));
    if (table.records.empty()) {
        report.fatal = tr("The file is empty.");
        return std::nullopt;
    }
    if (!table.records.front().error.isEmpty()) {
        report.fatal = tr("The header line cannot be read: %1").arg(table.records.front().error);
        return std::nullopt;
    }
    if (static_cast<qsizetype>(table.records.size()) - 1 > maxRows) {
        report.fatal = tr("The file has more than %1 rows; split it.").arg(maxRows);
        return std::nullopt;
    }
    QStringList missing;
    table.columnIndex = CsvImportRow::matchHeader(table.records.front().fields, importer.columns(), missing);
    if (!missing.isEmpty()) {
        report.fatal = tr("The file lacks the columns %1 (the first line must name the columns).")
                           .arg(missing.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return table;
}

void CsvImporter::checkRows(const Table& table, const storage::StoreReader& reader, CsvRowImporter& importer,
                            ImportReport& report)
{
    report.rows = static_cast<int>(table.records.size()) - 1;
    report.valid = 0;
    report.rejects.clear();
    for (std::size_t i = 1; i < table.records.size(); ++i) {
        const CsvRecord& record = table.records[i];
        const auto reject = [&](const QString& key, const QString& reason) {
            report.rejects.push_back(
                {static_cast<int>(i), record.line,
                 key.isEmpty() ? QString() : headerName(table.records, table.columnIndex, key), reason});
        };
        if (!record.error.isEmpty()) {
            reject({}, record.error);
            continue;
        }
        std::optional<CsvRowProblem> problem;
        for (const auto& [key, index] : table.columnIndex) {
            if (index >= record.fields.size())
                continue;
            if (const auto bad = CsvImportRow::unreadableText(record.fields.at(index), isMultiLine(key))) {
                problem = CsvRowProblem{key, *bad};
                break;
            }
        }
        if (!problem)
            problem = importer.accept(CsvImportRow(record, table.columnIndex), reader);
        if (problem) {
            reject(problem->column, problem->reason);
            continue;
        }
        ++report.valid;
    }
}

ImportReport CsvImporter::run(const Actor& actor, CsvImportKind kind, const QByteArray& bytes,
                              const CsvImportOptions& options)
{
    // Refused before the file is even read: a monitor cannot learn what an import would do.
    const auto permissions = [kind](const storage::StoreReader& reader, const Actor& who) {
        requirePermission(reader, who, Permission::Import);
        if (kind == CsvImportKind::Roster)
            requirePermission(reader, who, Permission::EditRoster);
    };
    permissions(m_context.store.read(), actor);
    ImportReport report;
    const QDateTime now = m_context.now();
    auto checker = makeRowImporter(kind, now);
    const auto table = readTable(bytes, options, *checker, report);
    if (!table)
        return report;
    checkRows(*table, m_context.store.read(), *checker, report);
    if (options.dryRun || report.valid == 0)
        return report;
    if (!report.rejects.empty() && !options.acceptRejects) {
        report.refused = true;
        return report;
    }
    if (options.expectedValid && *options.expectedValid != report.valid)
        throw DispatchError(tr("The database changed since the file was checked; check it again."));

    QList<Id> ids;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        permissions(writer.read(), actor);
        // Checked again inside the transaction: another console may have written since.
        ImportReport inside = report;
        auto importer = makeRowImporter(kind, now);
        checkRows(*table, writer.read(), *importer, inside);
        if (inside.valid != report.valid)
            throw DispatchError(tr("The database changed since the file was checked; check it again."));
        ids = importer->write(writer);
        writer.audit({QStringLiteral("%1.import_csv").arg(importer->entity()),
                      importer->entity(),
                      std::nullopt,
                      {},
                      QJsonObject{{QStringLiteral("file"), options.sourceName},
                                  {QStringLiteral("encoding"), report.encoding},
                                  {QStringLiteral("rows"), report.rows},
                                  {QStringLiteral("imported"), static_cast<int>(ids.size())},
                                  {QStringLiteral("rejected"), static_cast<int>(report.rejects.size())}}});
    });
    report.written = static_cast<int>(ids.size());
    notify(kind, ids);
    return report;
}

void CsvImporter::notify(CsvImportKind kind, const QList<Id>& ids)
{
    switch (kind) {
    case CsvImportKind::Responders:
        emit m_context.notifier.respondersChanged(ids);
        break;
    case CsvImportKind::Roster:
        emit m_context.notifier.shiftsChanged();
        break;
    case CsvImportKind::Hazards:
        emit m_context.notifier.jurisdictionChanged();
        break;
    case CsvImportKind::Devices:
        emit m_context.notifier.respondersChanged({});
        break;
    }
}

} // namespace xiuhua::dispatch
