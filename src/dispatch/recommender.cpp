#include "dispatch/recommender.h"

#include "core/geo_distance.h"
#include "core/position_freshness.h"
#include "geo/growing_route_tree.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <numeric>
#include <set>

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
bool setStartingPoint(Recommendation& r, const Responder& responder,
                      const std::map<Id, GeoPoint>& postLocations,
                      const std::map<Id, GeoPoint>& stationLocations, const QDateTime& now)
{
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
                                                 nullptr, static_cast<int>(r.positionAgeSeconds / 60));
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

// Ranks points by their route to one target, asking the growing tree only about the points that can
// still make the top: in order of their lower bounds, stopping when the next bound is slower than the
// n-th fastest route found. Ties go to the earlier point, as the full ranking's stable sort does.
class BoundedRanking
{
public:
    // `extra` is what each point's rank adds to its route time before the search (the walk away
    // from an old fix); the bounds and the stop compare route time plus it, as rank() does.
    BoundedRanking(geo::GrowingRouteTree& tree, const std::vector<GeoPoint>& points,
                   std::vector<double> extra = {})
        : m_tree(tree), m_points(points), m_routes(points.size()), m_extra(std::move(extra))
    {
        m_extra.resize(points.size(), 0.0);
        for (std::size_t i = 0; i < points.size(); ++i)
            m_lower.push_back(tree.lowerBound(QPointF(points[i].lon, points[i].lat)) + m_extra[i]);
        m_order.resize(points.size());
        std::iota(m_order.begin(), m_order.end(), std::size_t{0});
        std::sort(m_order.begin(), m_order.end(),
                  [&](std::size_t a, std::size_t b) { return m_lower[a] < m_lower[b]; });
    }

    // The n fastest of the points `wanted` accepts, fastest first.
    template <typename Wanted> std::vector<std::size_t> fastest(std::size_t n, const Wanted& wanted)
    {
        std::vector<std::pair<double, std::size_t>> best;
        for (std::size_t i : m_order) {
            if (n == 0)
                break;
            const double bound =
                best.size() == n ? best.back().first : std::numeric_limits<double>::infinity();
            if (m_lower[i] > bound)
                break;
            if (!wanted(i))
                continue;
            const auto found = routeWithin(i, bound);
            if (!found)
                continue;
            const double ranked = found->seconds + m_extra[i];
            best.insert(std::upper_bound(best.begin(), best.end(), std::pair{ranked, i}), {ranked, i});
            if (best.size() > n)
                best.pop_back();
        }
        std::vector<std::size_t> result;
        for (const auto& [seconds, i] : best)
            result.push_back(i);
        return result;
    }

    const std::optional<geo::Route>& route(std::size_t i) const { return m_routes[i]; }

private:
    std::optional<geo::Route> routeWithin(std::size_t i, double bound)
    {
        const double routeBound = bound - m_extra[i];
        if (!m_routes[i]) {
            m_routes[i] = m_tree.routeWithin(QPointF(m_points[i].lon, m_points[i].lat), routeBound);
            if (!m_routes[i])
                return std::nullopt; // slower than bound: asked again with a looser one if needed
        }
        return m_routes[i]->seconds <= routeBound ? m_routes[i] : std::nullopt;
    }

    geo::GrowingRouteTree& m_tree;
    const std::vector<GeoPoint>& m_points;
    std::vector<std::optional<geo::Route>> m_routes;
    std::vector<double> m_extra;
    std::vector<double> m_lower;
    std::vector<std::size_t> m_order;
};

} // namespace

std::optional<Id> Recommender::responsibleOfficerFor(const Incident& incident) const
{
    for (const Community& community : m_reader.communities()) {
        if (incident.communityId == community.id)
            return community.responsibleOfficerId;
    }
    return std::nullopt;
}

// Everyone who could go, with where they start from and why they might; routes not yet known.
Recommender::Candidates Recommender::candidates(const Incident& incident, const QDateTime& now,
                                                const std::vector<Responder>& responders) const
{
    Candidates c;
    c.category = m_taxonomy.find(incident.category);
    c.stations = m_reader.fireStations();
    std::map<Id, GeoPoint> stationLocations;
    for (const FireStation& station : c.stations)
        stationLocations[station.id] = station.location;
    std::map<Id, GeoPoint> postLocations;
    for (const Post& post : m_reader.posts())
        postLocations[post.id] = post.location;
    const std::optional<Id> responsibleOfficer = responsibleOfficerFor(incident);
    c.people.reserve(responders.size());
    c.sources.reserve(responders.size());
    for (const Responder& responder : responders) {
        if (!isFieldResponder(responder.kind) || responder.status != ResponderStatus::Available)
            continue;
        Recommendation r;
        if (!setStartingPoint(r, responder, postLocations, stationLocations, now))
            continue;
        r.responsibleOfficer = responsibleOfficer == responder.id;
        r.neededKind = c.needs(responder.kind);
        c.people.push_back(std::move(r));
        c.sources.push_back(&responder);
    }
    return c;
}

std::vector<Recommendation> Recommender::recommend(const Incident& incident, const QDateTime& now,
                                                   int limit) const
{
    if (!incident.location)
        return {};
    return recommendAmong(incident, now, m_reader.responders(), limit);
}

std::vector<Recommendation> Recommender::recommendAmong(const Incident& incident, const QDateTime& now,
                                                        const std::vector<Responder>& responders,
                                                        int limit) const
{
    if (!incident.location)
        return {};
    if (!m_planner || limit <= 0)
        return recommendByFullSearch(incident, now, responders, limit);
    const GeoPoint target = *incident.location;
    geo::GrowingRouteTree tree(*m_planner, QPointF(target.lon, target.lat));
    Candidates c = candidates(incident, now, responders);

    std::optional<Id> nearestStation;
    if (c.needs(ResponderKind::FireCrew) && !c.stations.empty()) {
        std::vector<GeoPoint> points;
        for (const FireStation& station : c.stations)
            points.push_back(station.location);
        BoundedRanking stations(tree, points);
        const auto fastest = stations.fastest(1, [](std::size_t) { return true; });
        if (!fastest.empty())
            nearestStation = c.stations[fastest.front()].id;
    }
    std::vector<GeoPoint> points;
    std::vector<double> extra;
    points.reserve(c.people.size());
    extra.reserve(c.people.size());
    for (std::size_t i = 0; i < c.people.size(); ++i) {
        Recommendation& r = c.people[i];
        r.nearestFireStationCrew = nearestStation && c.sources[i]->fireStationId == nearestStation;
        points.push_back(r.from);
        extra.push_back(uncertaintySeconds(r));
    }
    BoundedRanking people(tree, points, std::move(extra));
    // The top `limit` by group then time, exactly as the full ranking orders them, and the fastest of
    // all (rank() marks it "Nearest" if it is shown).
    std::set<std::size_t> chosen;
    for (int group = 0; group <= 2 && static_cast<int>(chosen.size()) < limit; ++group) {
        const auto top = people.fastest(static_cast<std::size_t>(limit) - chosen.size(),
                                        [&](std::size_t i) { return rankGroup(c.people[i]) == group; });
        chosen.insert(top.begin(), top.end());
    }
    for (std::size_t i : people.fastest(1, [](std::size_t) { return true; }))
        chosen.insert(i);
    std::vector<Recommendation> result;
    for (std::size_t i : chosen) { // ascending: the order the full ranking's stable sort keeps for ties
        Recommendation r = std::move(c.people[i]);
        r.responder = *c.sources[i];
        r.route = *people.route(i);
        explain(r);
        result.push_back(std::move(r));
    }
    rank(result, limit);
    return result;
}

std::vector<Recommendation> Recommender::recommendByFullSearch(const core::Incident& incident,
                                                               const QDateTime& now,
                                                               const std::vector<Responder>& responders,
                                                               int limit) const
{
    if (!incident.location)
        return {};
    const GeoPoint target = *incident.location;
    std::optional<geo::RouteTree> tree;
    if (m_planner)
        tree.emplace(m_planner->treeTo(QPointF(target.lon, target.lat)));
    auto routeFrom = [&](const GeoPoint& from) {
        return tree ? tree->routeFrom(QPointF(from.lon, from.lat)) : straightLine(from, target);
    };
    Candidates c = candidates(incident, now, responders);
    std::optional<Id> nearestStation;
    double bestStation = std::numeric_limits<double>::infinity();
    for (const FireStation& station : c.stations) {
        if (!c.needs(ResponderKind::FireCrew))
            continue;
        const double seconds = routeFrom(station.location).seconds;
        if (seconds < bestStation) {
            bestStation = seconds;
            nearestStation = station.id;
        }
    }
    for (std::size_t i = 0; i < c.people.size(); ++i) {
        Recommendation& r = c.people[i];
        r.responder = *c.sources[i];
        r.route = routeFrom(r.from);
        r.nearestFireStationCrew = nearestStation && r.responder.fireStationId == nearestStation;
        explain(r);
    }
    rank(c.people, limit);
    return std::move(c.people);
}

} // namespace xiuhua::dispatch
