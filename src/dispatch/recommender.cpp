#include "dispatch/recommender.h"

#include "core/geo_distance.h"
#include "core/position_freshness.h"

#include <QCoreApplication>

#include <algorithm>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

constexpr double straightLineKmh = 15.0;
// How far an officer may have gone from an old fix: walking pace, for at most half an hour (after
// that the fix says nothing more, and every old fix weighs the same).
constexpr double walkingMps = 1.4;
constexpr qint64 maxCountedAgeSeconds = 30 * 60;

// Route time plus the walk away from an old fix, covered at the straight-line speed.
double uncertaintySeconds(const Recommendation& r)
{
    if (!r.positionKnown || r.positionAgeSeconds < kFixFadingAfterSeconds)
        return 0;
    return metresWalkedSince(r.positionAgeSeconds) / (straightLineKmh / 3.6);
}

geo::Route straightLine(const GeoPoint& from, const GeoPoint& to)
{
    geo::Route route;
    route.meters = distanceMetres(from, to);
    route.seconds = route.meters / (straightLineKmh / 3.6);
    route.byRoad = false;
    route.fallback = geo::RouteFallback::NotConnected;
    return route;
}

int rankGroup(const Recommendation& r)
{
    if (r.responsibleOfficer || r.nearestFireStationCrew)
        return 0;
    return r.neededKind ? 1 : 2;
}

} // namespace

double metresWalkedSince(qint64 fixAgeSeconds)
{
    return walkingMps * double(std::clamp<qint64>(fixAgeSeconds, 0, maxCountedAgeSeconds));
}

Recommender::Recommender(const storage::StoreReader& reader, const Taxonomy& taxonomy,
                         std::shared_ptr<const geo::RoutePlanner> planner)
    : m_reader(reader), m_taxonomy(taxonomy), m_planner(std::move(planner))
{}

namespace {

// Where a responder would start from: the last reported position, else the home post or station.
bool setStartingPoint(Recommendation& r, const std::map<Id, GeoPoint>& postLocations,
                      const std::map<Id, GeoPoint>& stationLocations, const QDateTime& now)
{
    const Responder& responder = r.responder;
    if (responder.lastPosition) {
        r.from = *responder.lastPosition;
        r.positionAgeSeconds = responder.positionAt.isValid() ? responder.positionAt.secsTo(now) : -1;
        return true;
    }
    const auto post = responder.homePostId ? postLocations.find(*responder.homePostId) : postLocations.end();
    if (post != postLocations.end()) {
        r.from = post->second;
        r.positionKnown = false;
        return true;
    }
    const auto station =
        responder.fireStationId ? stationLocations.find(*responder.fireStationId) : stationLocations.end();
    if (station != stationLocations.end()) {
        r.from = station->second;
        r.positionKnown = false;
        return true;
    }
    return false; // nowhere to start from
}

void explain(Recommendation& r)
{
    if (r.responsibleOfficer)
        r.reasons << QCoreApplication::translate("Dispatch", "Responsible officer of this community");
    if (r.nearestFireStationCrew)
        r.reasons << QCoreApplication::translate("Dispatch", "Crew of the nearest micro fire station");
    if (!r.route.byRoad)
        r.reasons << QCoreApplication::translate("Dispatch", "No road route: straight-line estimate");
    if (!r.positionKnown)
        r.reasons << QCoreApplication::translate("Dispatch", "Position unknown: from home post");
    else if (r.positionAgeSeconds >= kFixFadingAfterSeconds)
        r.reasons << QCoreApplication::translate("Dispatch", "Position %n min old: ranked as if further away",
                                                 nullptr, int(r.positionAgeSeconds / 60));
    r.rankSeconds = r.route.seconds + uncertaintySeconds(r);
}

// Groups first (responsible officer, needed kind, others), then travel time; the fastest of all is
// marked "Nearest" wherever it ranks.
void rank(std::vector<Recommendation>& result, int limit)
{
    std::stable_sort(result.begin(), result.end(), [](const Recommendation& a, const Recommendation& b) {
        const int ga = rankGroup(a);
        const int gb = rankGroup(b);
        return ga != gb ? ga < gb : a.rankSeconds < b.rankSeconds;
    });
    if (!result.empty()) {
        auto nearest = std::min_element(
            result.begin(), result.end(),
            [](const Recommendation& a, const Recommendation& b) { return a.rankSeconds < b.rankSeconds; });
        nearest->reasons.prepend(QCoreApplication::translate("Dispatch", "Nearest"));
    }
    if (limit > 0 && static_cast<int>(result.size()) > limit)
        result.resize(static_cast<std::size_t>(limit));
}

} // namespace

std::optional<Id> Recommender::responsibleOfficerFor(const Incident& incident) const
{
    for (const Community& community : m_reader.communities()) {
        if (incident.communityId == community.id)
            return community.responsibleOfficerId;
    }
    return std::nullopt;
}

std::vector<Recommendation> Recommender::recommend(const Incident& incident, const QDateTime& now,
                                                   int limit) const
{
    if (!incident.location)
        return {};
    const GeoPoint target = *incident.location;
    const Category* category = m_taxonomy.find(incident.category);
    auto needs = [&](ResponderKind kind) {
        return category &&
               std::find(category->needs.begin(), category->needs.end(), kind) != category->needs.end();
    };

    std::optional<geo::RouteTree> tree;
    if (m_planner)
        tree.emplace(m_planner->treeTo(QPointF(target.lon, target.lat)));
    auto routeFrom = [&](const GeoPoint& from) {
        return tree ? tree->routeFrom(QPointF(from.lon, from.lat)) : straightLine(from, target);
    };

    const std::optional<Id> responsibleOfficer = responsibleOfficerFor(incident);
    std::optional<Id> nearestStation;
    std::map<Id, GeoPoint> stationLocations;
    double bestStation = std::numeric_limits<double>::infinity();
    for (const FireStation& station : m_reader.fireStations()) {
        stationLocations[station.id] = station.location;
        if (!needs(ResponderKind::FireCrew))
            continue;
        const double seconds = routeFrom(station.location).seconds;
        if (seconds < bestStation) {
            bestStation = seconds;
            nearestStation = station.id;
        }
    }
    std::map<Id, GeoPoint> postLocations;
    for (const Post& post : m_reader.posts())
        postLocations[post.id] = post.location;

    std::vector<Recommendation> result;
    for (const Responder& responder : m_reader.responders()) {
        if (!isFieldResponder(responder.kind) || responder.status != ResponderStatus::Available)
            continue;
        Recommendation r;
        r.responder = responder;
        if (!setStartingPoint(r, postLocations, stationLocations, now))
            continue;
        r.route = routeFrom(r.from);
        r.responsibleOfficer = responsibleOfficer == responder.id;
        r.nearestFireStationCrew = nearestStation && responder.fireStationId == nearestStation;
        r.neededKind = needs(responder.kind);
        explain(r);
        result.push_back(std::move(r));
    }
    rank(result, limit);
    return result;
}

} // namespace xiuhua::dispatch
