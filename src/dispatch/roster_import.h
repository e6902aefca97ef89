#pragma once

#include "dispatch/csv_row_importer.h"

#include <QHash>

namespace xiuhua::dispatch {

// Roster entries from CSV: 警号/badge_no, 班次/shift (id or name; default: the shift in force at
// the start), 日期/date (then 开始/结束 may be times only; an end before the start is the next
// day), 开始/from, 结束/to, 下社区/in_community, 备注/note. Times are station time. The rules are
// ShiftService's: hours end after they start, last at most 16 hours, lie near the shift, do not
// overlap the responder's other entries (stored or earlier in the file), and a signed shift is
// never changed.
class RosterImport final : public CsvRowImporter
{
public:
    std::vector<CsvColumn> columns() const override;
    std::optional<CsvRowProblem> accept(const CsvImportRow& row, const storage::StoreReader& reader) override;
    QList<core::Id> write(storage::StoreWriter& writer) override;
    QString entity() const override { return QStringLiteral("roster_entry"); }

private:
    std::optional<CsvRowProblem> readHours(const CsvImportRow& row, core::RosterEntry& entry) const;
    std::optional<CsvRowProblem> findShift(const CsvImportRow& row, const storage::StoreReader& reader,
                                           core::RosterEntry& entry, core::Shift& shift) const;
    const std::vector<core::RosterEntry>& rosterOf(const storage::StoreReader& reader, core::Id shiftId);

    std::optional<QHash<QString, core::Id>> m_badges;             // read once per pass
    std::map<core::Id, std::vector<core::RosterEntry>> m_rosters; // stored + accepted, per shift
    std::vector<core::RosterEntry> m_accepted;
};

} // namespace xiuhua::dispatch
