#include "geo/growing_route_tree.h"

#include "geo/route_planner.h"
#include "geo/route_search.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace xiuhua::geo {

using namespace route_search;

struct GrowingRouteTree::State
{
    explicit State(std::size_t nodes) : search(nodes) {}
    Search search;
    std::size_t settled = 0;

    double heapMinimum() const { return search.heap.empty() ? kInfinity : search.heap.top().first; }

    // Settles nodes (nearest to the target first) until every node of `wanted` is settled, the next
    // node is at least `until` seconds away, or nothing is left.
    void grow(const RoadGraph& g, const Accesses& wanted, double until)
    {
        auto allSettled = [&] {
            return std::all_of(wanted.begin(), wanted.end(),
                               [&](const Access& a) { return bool(search.settled[a.node]); });
        };
        while (!search.heap.empty() && search.heap.top().first < until && !allSettled()) {
            const auto [key, node] = search.heap.top();
            search.heap.pop();
            if (search.settled[node])
                continue;
            search.settled[node] = true;
            ++settled;
            for (std::uint32_t i = g.inBegin(node); i < g.inBegin(node + 1); ++i) {
                const std::uint32_t e = g.inEdge(i);
                const RoadGraph::Edge& edge = g.edge(e);
                const double seconds = key + edge.seconds;
                if (seconds < search.seconds[edge.from]) {
                    search.seconds[edge.from] = seconds;
                    search.meters[edge.from] = search.meters[node] + edge.lengthM;
                    search.edge[edge.from] = e;
                    search.heap.push({seconds, edge.from});
                }
            }
        }
    }
};

GrowingRouteTree::GrowingRouteTree(const RoutePlanner& planner, QPointF targetLonLat)
    : m_planner(&planner), m_target(targetLonLat)
{
    const RoadGraph& g = planner.graph();
    const RoutePlannerOptions& options = planner.options();
    // Every leg of a route is at most this fast; a little slack for the projection's scale.
    m_boundSpeedMps =
        std::max({g.maxSpeedMps(), options.offRoadSpeedKmh / 3.6, options.fallbackSpeedKmh / 3.6}) * 1.01;
    m_targetSnap = planner.snapTarget(targetLonLat);
    if (!m_targetSnap)
        return;
    m_state = std::make_unique<State>(g.nodeCount());
    for (const Access& access : arriving(g, *m_targetSnap))
        m_state->search.seed(access, 0);
}

GrowingRouteTree::~GrowingRouteTree() = default;
GrowingRouteTree::GrowingRouteTree(GrowingRouteTree&&) noexcept = default;
GrowingRouteTree& GrowingRouteTree::operator=(GrowingRouteTree&&) noexcept = default;

double GrowingRouteTree::lowerBound(QPointF originLonLat) const
{
    // Asked for every candidate (20,000 a call at city scale), so not the haversine (three sines, a
    // cosine and an arcsine: 13 of a call's 24 ms): a flat-earth distance with the parallels' scale
    // taken at the higher latitude, which is shorter than the great circle but for the great circle's
    // own bulge towards the pole — under 0.01 % at a city's distances, and the 1 % taken off covers
    // it up to about 1,000 km. A lower bound only has to stay below; a looser one costs search.
    constexpr double kEarthRadiusM = 6371008.8;
    constexpr double kRad = std::numbers::pi / 180;
    const double higherLatitude = std::max(std::abs(originLonLat.y()), std::abs(m_target.y())) * kRad;
    const double north = (m_target.y() - originLonLat.y()) * kRad;
    const double east = (m_target.x() - originLonLat.x()) * kRad * std::cos(higherLatitude);
    return 0.99 * kEarthRadiusM * std::sqrt(north * north + east * east) / m_boundSpeedMps;
}

std::size_t GrowingRouteTree::settledNodes() const
{
    return m_state ? m_state->settled : 0;
}

std::optional<Route> GrowingRouteTree::routeWithin(QPointF originLonLat, double limitSeconds)
{
    const RoutePlanner& planner = *m_planner;
    const RoadGraph& g = planner.graph();
    auto within = [&](Route route) {
        return route.seconds <= limitSeconds ? std::optional<Route>(route) : std::nullopt;
    };
    if (!m_targetSnap)
        return within(planner.straightLine(originLonLat, m_target, RouteFallback::DestinationOffRoad));
    const std::optional<RoadSnap> from = planner.snapOrigin(g.toMetric(originLonLat), *m_targetSnap);
    if (!from)
        return within(planner.straightLine(originLonLat, m_target, RouteFallback::OriginOffRoad));

    const double offRoadMeters = from->distanceM + m_targetSnap->distanceM;
    const double offRoad = planner.offRoadSeconds(offRoadMeters);
    const std::optional<Access> straight = direct(g, *from, *m_targetSnap);
    const Accesses leaves = leaving(g, *from);
    double cheapestLeave = kInfinity;
    for (const Access& leave : leaves)
        cheapestLeave = std::min(cheapestLeave, leave.seconds);
    // Beyond this the nodes cannot make the route faster than along the segment or within the limit.
    const double enough = std::min(straight ? straight->seconds : kInfinity, limitSeconds - offRoad);
    // Unreachable origins fall back to the straight line, which may be within the limit: only an origin
    // in the target's strongly connected piece is sure to be reachable, so only then may the search stop
    // early.
    const bool connected = g.componentOf(from->segment) != RoadGraph::kNoComponent &&
                           g.componentOf(from->segment) == g.componentOf(m_targetSnap->segment);
    m_state->grow(g, leaves, connected ? enough - cheapestLeave : kInfinity);

    const Search& search = m_state->search;
    double best = straight ? straight->seconds : kInfinity;
    double bestMeters = straight ? straight->meters : 0;
    for (const Access& leave : leaves) {
        if (search.settled[leave.node] && leave.seconds + search.seconds[leave.node] < best) {
            best = leave.seconds + search.seconds[leave.node];
            bestMeters = leave.meters + search.meters[leave.node];
        }
    }
    if (best == kInfinity) {
        if (connected || !search.heap.empty())
            return std::nullopt; // slower than the limit (it stopped early) or not yet known to be
                                 // unreachable
        return within(planner.straightLine(originLonLat, m_target, RouteFallback::NotConnected));
    }
    Route route;
    route.byRoad = true;
    route.offRoadMeters = offRoadMeters;
    route.meters = bestMeters + offRoadMeters;
    route.seconds = best + offRoad;
    return within(route);
}

} // namespace xiuhua::geo
