#include "dispatch/responder_import.h"

#include "core/entity_json.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

// The Chinese names stations use for each kind, whatever the UI language (CSV files come from
// Chinese office software even when the console runs in English).
const std::pair<const char*, ResponderKind> chineseKinds[] = {
    {"社区民警", ResponderKind::CommunityOfficer},
    {"巡逻民警", ResponderKind::PatrolOfficer},
    {"辅警", ResponderKind::Auxiliary},
    {"志愿者", ResponderKind::Volunteer},
    {"微型消防站队员", ResponderKind::FireCrew},
    {"消防队员", ResponderKind::FireCrew},
    {"接处警员", ResponderKind::Dispatcher},
    {"调度员", ResponderKind::Dispatcher},
    {"接警员", ResponderKind::Dispatcher},
    {"值班长", ResponderKind::Supervisor},
};

// A post or fire station named by id or by (Chinese or English) name.
template <typename Place> std::optional<Id> placeId(const std::vector<Place>& places, const QString& text)
{
    bool numeric = false;
    const Id id = text.toLongLong(&numeric);
    for (const Place& place : places) {
        if (numeric ? place.id == id
                    : (place.name == text || place.nameEn.compare(text, Qt::CaseInsensitive) == 0))
            return place.id;
    }
    return std::nullopt;
}

} // namespace

ResponderImport::ResponderImport(QDateTime now) : m_now(std::move(now)) {}

std::vector<CsvColumn> ResponderImport::columns() const
{
    return {
        {QStringLiteral("badge_no"),
         {QStringLiteral("警号"), QStringLiteral("badge_no"), QStringLiteral("badge")},
         true},
        {QStringLiteral("name"), {QStringLiteral("姓名"), QStringLiteral("name")}, true},
        {QStringLiteral("kind"),
         {QStringLiteral("类别"), QStringLiteral("人员类别"), QStringLiteral("kind")},
         true},
        {QStringLiteral("phone"),
         {QStringLiteral("电话"), QStringLiteral("手机"), QStringLiteral("phone")},
         false},
        {QStringLiteral("home_post"),
         {QStringLiteral("所属警务室"), QStringLiteral("警务室"), QStringLiteral("home_post")},
         false},
        {QStringLiteral("fire_station"), {QStringLiteral("消防站"), QStringLiteral("fire_station")}, false}};
}

std::optional<ResponderKind> ResponderImport::kindFromText(const QString& text)
{
    if (const auto kind = fromCode<ResponderKind>(text))
        return kind;
    for (std::size_t i = 0; i < enumCount<ResponderKind>(); ++i) {
        const auto kind = static_cast<ResponderKind>(i);
        if (text.compare(QLatin1String(enumDisplaySources<ResponderKind>()[i]), Qt::CaseInsensitive) == 0 ||
            text == displayName(kind))
            return kind;
    }
    for (const auto& [name, kind] : chineseKinds) {
        if (text == QString::fromUtf8(name))
            return kind;
    }
    return std::nullopt;
}

std::optional<CsvRowProblem> ResponderImport::check(const CsvImportRow& row,
                                                    const storage::StoreReader& reader, Responder& responder)
{
    static const QRegularExpression badgePattern(QStringLiteral("^[A-Za-z0-9-]{1,32}$"));
    static const QRegularExpression phonePattern(QStringLiteral("^[0-9+ -]{3,20}$"));
    const QString badge = row.value(QStringLiteral("badge_no"));
    if (badge.isEmpty())
        return CsvRowProblem{QStringLiteral("badge_no"),
                             QCoreApplication::translate("CsvImport", "The badge number is missing.")};
    if (!badgePattern.match(badge).hasMatch())
        return CsvRowProblem{
            QStringLiteral("badge_no"),
            QCoreApplication::translate("CsvImport", "A badge number is up to 32 letters, digits or '-'.")};
    if (m_badgesInFile.contains(badge))
        return CsvRowProblem{
            QStringLiteral("badge_no"),
            QCoreApplication::translate("CsvImport", "This badge number appears earlier in the file.")};
    if (!m_storedBadges) {
        m_storedBadges.emplace();
        for (const Responder& existing : reader.responders())
            m_storedBadges->insert(existing.badgeNo, existing.name);
    }
    if (const auto stored = m_storedBadges->constFind(badge); stored != m_storedBadges->constEnd())
        return CsvRowProblem{QStringLiteral("badge_no"),
                             QCoreApplication::translate(
                                 "CsvImport", "A responder with this badge number is already stored (%1).")
                                 .arg(*stored)};
    responder.badgeNo = badge;
    responder.name = row.value(QStringLiteral("name"));
    if (responder.name.isEmpty() || responder.name.size() > 64)
        return CsvRowProblem{QStringLiteral("name"),
                             QCoreApplication::translate("CsvImport", "A name is 1 to 64 characters.")};
    const auto kind = kindFromText(row.value(QStringLiteral("kind")));
    if (!kind)
        return CsvRowProblem{QStringLiteral("kind"),
                             QCoreApplication::translate("CsvImport", "Unknown kind \"%1\".")
                                 .arg(row.value(QStringLiteral("kind")))};
    responder.kind = *kind;
    responder.phone = row.value(QStringLiteral("phone"));
    if (!responder.phone.isEmpty() && !phonePattern.match(responder.phone).hasMatch())
        return CsvRowProblem{QStringLiteral("phone"),
                             QCoreApplication::translate(
                                 "CsvImport", "A phone number is 3 to 20 digits, spaces, '+' or '-'.")};
    if (row.has(QStringLiteral("home_post"))) {
        responder.homePostId = placeId(reader.posts(), row.value(QStringLiteral("home_post")));
        if (!responder.homePostId)
            return CsvRowProblem{QStringLiteral("home_post"),
                                 QCoreApplication::translate("CsvImport", "No such post.")};
    }
    if (row.has(QStringLiteral("fire_station"))) {
        responder.fireStationId = placeId(reader.fireStations(), row.value(QStringLiteral("fire_station")));
        if (!responder.fireStationId)
            return CsvRowProblem{QStringLiteral("fire_station"),
                                 QCoreApplication::translate("CsvImport", "No such fire station.")};
    }
    return std::nullopt;
}

std::optional<CsvRowProblem> ResponderImport::accept(const CsvImportRow& row,
                                                     const storage::StoreReader& reader)
{
    Responder responder;
    responder.status = ResponderStatus::Available;
    responder.statusSince = m_now;
    if (auto problem = check(row, reader, responder))
        return problem;
    m_badgesInFile.insert(responder.badgeNo);
    m_accepted.push_back(std::move(responder));
    return std::nullopt;
}

QList<Id> ResponderImport::write(storage::StoreWriter& writer)
{
    QList<Id> ids;
    for (Responder& responder : m_accepted) {
        responder.id = writer.insertResponder(responder);
        writer.audit({QStringLiteral("responder.import"),
                      QStringLiteral("responder"),
                      responder.id,
                      {},
                      toJson(responder)});
        ids << responder.id;
    }
    return ids;
}

} // namespace xiuhua::dispatch
