#include "dispatch/transfer_geocoder.h"

#include "geo/gazetteer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace xiuhua::dispatch {

namespace {

// The gazetteer's score tier of an exact name (geo/gazetteer.cpp: 1000 plus a kind bonus, less a
// length penalty of at most 40); a prefix or pinyin match is below it.
constexpr int kExactScore = 900;

bool isPointPlace(geo::GazetteerKind kind)
{
    return kind == geo::GazetteerKind::Intersection || kind == geo::GazetteerKind::Post ||
           kind == geo::GazetteerKind::FireStation || kind == geo::GazetteerKind::Camera;
}

} // namespace

TransferGeocoder::TransferGeocoder(std::shared_ptr<const geo::Gazetteer> gazetteer,
                                   CommunityResolver communityAt)
    : m_gazetteer(std::move(gazetteer)), m_communityAt(std::move(communityAt))
{}

namespace {

struct Candidate
{
    QString text;
    bool whole = true; // false: the house number or the side of the street was cut away
};

std::vector<Candidate> candidateList(const QString& address)
{
    static const QRegularExpression adminPrefix(
        QStringLiteral("^(中国)?(上海市?|[\\p{Han}]{2,3}省[\\p{Han}]{2,3}市|[\\p{Han}]{2,3}市)?"
                       "([\\p{Han}]{1,4}(?<![小园校景社街])[区县])?"));
    static const QRegularExpression sideWords(
        QStringLiteral("(的)?(东|南|西|北|东北|东南|西北|西南)?(角|侧|面|边|附近|门口|旁边|对面)$"));
    static const QRegularExpression houseNumber(QStringLiteral("[0-9０-９]"));
    std::vector<Candidate> list;
    const auto add = [&list](const QString& text, bool whole) {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty())
            return;
        for (const Candidate& known : list) {
            if (known.text == trimmed)
                return;
        }
        list.push_back({trimmed, whole});
    };
    const QString written = address.simplified();
    add(written, true);
    QString local = written;
    local.remove(adminPrefix);
    add(local, true);
    QString plain = local;
    plain.remove(sideWords);
    add(plain, false);
    if (const qsizetype digit = plain.indexOf(houseNumber); digit > 0)
        add(plain.left(digit), false);
    return list;
}

} // namespace

QStringList TransferGeocoder::candidates(const QString& address)
{
    QStringList texts;
    for (const Candidate& candidate : candidateList(address))
        texts << candidate.text;
    return texts;
}

TransferPlacement TransferGeocoder::place(const QString& address,
                                          const std::optional<core::GeoPoint>& centrePoint) const
{
    TransferPlacement placement;
    if (centrePoint && m_communityAt) {
        if (const auto community = m_communityAt(*centrePoint)) {
            placement.location = centrePoint;
            placement.communityId = community;
            placement.confirmed = true;
        } else {
            placement.note = QCoreApplication::translate(
                "Transfer", "The 110 centre's point is outside the jurisdiction. ");
        }
    }
    if (!m_gazetteer) {
        if (!placement.confirmed)
            placement.note += QCoreApplication::translate(
                "Transfer", "No place search is loaded: the address was not placed.");
        return placement;
    }
    for (const Candidate& candidate : candidateList(address)) {
        const auto matches = m_gazetteer->search(candidate.text, 1);
        if (matches.empty() || matches.front().score < kExactScore)
            continue;
        const geo::GazetteerMatch& match = matches.front();
        placement.matchedAddress = match.text;
        if (placement.confirmed)
            return placement; // the centre's point stands; the name helps the dispatcher read it
        placement.location = core::GeoPoint{match.lon, match.lat};
        placement.communityId = match.communityId;
        if (!placement.communityId && m_communityAt)
            placement.communityId = m_communityAt(*placement.location);
        placement.confirmed = isPointPlace(match.kind) && candidate.whole;
        if (!placement.confirmed)
            placement.note +=
                QCoreApplication::translate("Transfer",
                                            "Placed at \"%1\", not at the exact address: check the location.")
                    .arg(match.text);
        return placement;
    }
    if (!placement.confirmed)
        placement.note += QCoreApplication::translate(
            "Transfer", "The address was not found on the map: set the location.");
    return placement;
}

} // namespace xiuhua::dispatch
