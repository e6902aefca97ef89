#pragma once

#include "core/device.h"
#include "dispatch/csv_row_importer.h"

#include <QDateTime>
#include <QSet>

namespace xiuhua::dispatch {

// Devices from CSV: 设备号/device_id, 警号/badge_no (the responder it reports for), 令牌/token. New
// devices only (an id already registered is refused); tokens are stored as hashes, never in the audit
// record. Tokens must be unguessable, so a short or reused one is refused.
class DeviceImport final : public CsvRowImporter
{
public:
    explicit DeviceImport(QDateTime now);

    std::vector<CsvColumn> columns() const override;
    std::optional<CsvRowProblem> accept(const CsvImportRow& row, const storage::StoreReader& reader) override;
    QList<core::Id> write(storage::StoreWriter& writer) override;
    QString entity() const override { return QStringLiteral("device"); }

private:
    QDateTime m_now;
    QSet<QString> m_idsInFile;
    QSet<QString> m_tokensInFile;
    std::vector<core::Device> m_accepted;
};

} // namespace xiuhua::dispatch
