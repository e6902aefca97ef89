#include "dispatch/hazard_import.h"

#include "core/entity_json.h"

#include <QCoreApplication>

#include <cmath>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

CsvRowProblem problem(const char* column, const char* reason)
{
    return {QString::fromLatin1(column), QCoreApplication::translate("CsvImport", reason)};
}

// A coordinate in degrees; nullopt when it is not a finite number within ±limit.
std::optional<double> degrees(const QString& text, double limit)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || std::abs(value) > limit)
        return std::nullopt;
    return value;
}

} // namespace

std::vector<CsvColumn> HazardImport::columns() const
{
    return {{QStringLiteral("lon"),
             {QStringLiteral("经度"), QStringLiteral("lon"), QStringLiteral("longitude")},
             true},
            {QStringLiteral("lat"),
             {QStringLiteral("纬度"), QStringLiteral("lat"), QStringLiteral("latitude")},
             true},
            {QStringLiteral("kind"),
             {QStringLiteral("类型"), QStringLiteral("隐患类型"), QStringLiteral("kind")},
             true},
            {QStringLiteral("description"), {QStringLiteral("描述"), QStringLiteral("description")}, false},
            {QStringLiteral("found_at"), {QStringLiteral("发现时间"), QStringLiteral("found_at")}, true},
            {QStringLiteral("found_by"),
             {QStringLiteral("发现人警号"), QStringLiteral("发现人"), QStringLiteral("found_by")},
             false}};
}

std::optional<CsvRowProblem> HazardImport::accept(const CsvImportRow& row, const storage::StoreReader& reader)
{
    Hazard hazard;
    const auto lon = degrees(row.value(QStringLiteral("lon")), 180.0);
    if (!lon)
        return problem("lon", QT_TRANSLATE_NOOP("CsvImport", "A longitude is a number from -180 to 180."));
    const auto lat = degrees(row.value(QStringLiteral("lat")), 90.0);
    if (!lat)
        return problem("lat", QT_TRANSLATE_NOOP("CsvImport", "A latitude is a number from -90 to 90."));
    hazard.location = {*lon, *lat};
    hazard.kind = row.value(QStringLiteral("kind"));
    if (hazard.kind.isEmpty() || hazard.kind.size() > 64)
        return problem("kind", QT_TRANSLATE_NOOP("CsvImport", "A kind is 1 to 64 characters."));
    hazard.description = row.value(QStringLiteral("description"));
    if (hazard.description.size() > 2000)
        return problem("description",
                       QT_TRANSLATE_NOOP("CsvImport", "A description is at most 2000 characters."));
    hazard.foundAt = CsvImportRow::parseStationTime(row.value(QStringLiteral("found_at")));
    if (!hazard.foundAt.isValid())
        return problem("found_at", QT_TRANSLATE_NOOP("CsvImport", "A time is written as 2026-11-26 08:00."));
    if (row.has(QStringLiteral("found_by"))) {
        if (!m_badges) {
            m_badges.emplace();
            for (const Responder& responder : reader.responders())
                m_badges->insert(responder.badgeNo, responder.id);
        }
        const auto found = m_badges->constFind(row.value(QStringLiteral("found_by")));
        if (found == m_badges->constEnd())
            return problem("found_by", QT_TRANSLATE_NOOP("CsvImport", "No responder has this badge number."));
        hazard.foundBy = *found;
    }
    m_accepted.push_back(std::move(hazard));
    return std::nullopt;
}

QList<Id> HazardImport::write(storage::StoreWriter& writer)
{
    QList<Id> ids;
    for (Hazard& hazard : m_accepted) {
        hazard.id = writer.insertHazard(hazard);
        writer.audit(
            {QStringLiteral("hazard.import"), QStringLiteral("hazard"), hazard.id, {}, toJson(hazard)});
        ids << hazard.id;
    }
    return ids;
}

} // namespace xiuhua::dispatch
