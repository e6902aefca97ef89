#pragma once

#include "dispatch/csv_row_importer.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace xiuhua::dispatch {

// Responders from CSV: 警号/badge_no, 姓名/name, 类别/kind, 电话/phone, 所属警务室/home_post,
// 消防站/fire_station. New responders only: a badge number already stored is refused, so an
// import never silently changes a person's record.
class ResponderImport final : public CsvRowImporter
{
public:
    explicit ResponderImport(QDateTime now);

    std::vector<CsvColumn> columns() const override;
    std::optional<CsvRowProblem> accept(const CsvImportRow& row, const storage::StoreReader& reader) override;
    QList<core::Id> write(storage::StoreWriter& writer) override;
    QString entity() const override { return QStringLiteral("responder"); }

    // A kind by code, English or Chinese name ("community_officer", "Community officer", "社区民警").
    static std::optional<core::ResponderKind> kindFromText(const QString& text);

private:
    std::optional<CsvRowProblem> check(const CsvImportRow& row, const storage::StoreReader& reader,
                                       core::Responder& responder);

    QDateTime m_now;
    std::optional<QHash<QString, QString>> m_storedBadges; // badge -> name, read once per pass
    QSet<QString> m_badgesInFile;
    std::vector<core::Responder> m_accepted;
};

} // namespace xiuhua::dispatch
