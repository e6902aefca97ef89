#pragma once

#include "dispatch/csv_row_importer.h"

#include <QHash>

namespace xiuhua::dispatch {

// Hazards (安全隐患) from CSV: 经度/lon, 纬度/lat (WGS 84), 类型/kind, 描述/description,
// 发现时间/found_at (station time), 发现人警号/found_by (a stored badge number).
class HazardImport final : public CsvRowImporter
{
public:
    std::vector<CsvColumn> columns() const override;
    std::optional<CsvRowProblem> accept(const CsvImportRow& row, const storage::StoreReader& reader) override;
    QList<core::Id> write(storage::StoreWriter& writer) override;
    QString entity() const override { return QStringLiteral("hazard"); }

private:
    std::optional<QHash<QString, core::Id>> m_badges; // read once per pass
    std::vector<core::Hazard> m_accepted;
};

} // namespace xiuhua::dispatch
