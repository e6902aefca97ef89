#pragma once

#include "dispatch/csv_import_row.h"
#include "storage/store.h"

#include <QList>

#include <optional>
#include <vector>

namespace xiuhua::dispatch {

// What one kind of CSV import (responders, roster, hazards) knows: its columns, the rules a row
// must pass, and how to write the rows that passed. The CsvImporter drives it; an instance serves
// one check-and-write pass and remembers the rows it accepted so far (to refuse duplicates
// within the file).
class CsvRowImporter
{
public:
    virtual ~CsvRowImporter() = default;

    virtual std::vector<CsvColumn> columns() const = 0;
    // Checks one row against the stored data and the rows accepted before it; an accepted row is
    // kept for write(). Returns why the row is refused, or nullopt.
    virtual std::optional<CsvRowProblem> accept(const CsvImportRow& row,
                                                const storage::StoreReader& reader) = 0;
    // Writes the accepted rows with one audit record each; returns the ids written.
    virtual QList<core::Id> write(storage::StoreWriter& writer) = 0;
    // The audit action and entity of the summary record, e.g. "responder.import_csv", "responder".
    virtual QString entity() const = 0;
};

} // namespace xiuhua::dispatch
