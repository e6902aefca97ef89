#include "geo/route_planner.h"

#include "geo/route_search.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace xiuhua::geo {

using namespace route_search;

RoutePlanner::RoutePlanner(std::shared_ptr<const RoadGraph> graph, const RoutePlannerOptions& options)
    : m_graph(graph ? std::move(graph) : std::make_shared<const RoadGraph>()), m_options(options)
{}

double RoutePlanner::straightMeters(QPointF a, QPointF b) const
{
    constexpr double kEarthRadiusM = 6371008.8;
    constexpr double kRad = std::numbers::pi / 180;
    const double dLat = (b.y() - a.y()) * kRad, dLon = (b.x() - a.x()) * kRad;
    const double h = std::pow(std::sin(dLat / 2), 2) +
                     std::cos(a.y() * kRad) * std::cos(b.y() * kRad) * std::pow(std::sin(dLon / 2), 2);
    return 2 * kEarthRadiusM * std::asin(std::min(1.0, std::sqrt(h)));
}

std::optional<RoadSnap> RoutePlanner::snapTarget(QPointF lonLat) const
{
    const RoadGraph& g = *m_graph;
    if (g.isEmpty())
        return std::nullopt;
    const QPointF metric = g.toMetric(lonLat);
    if (auto onMain = g.snapMetric(metric, m_options.maxSnapDistanceM, g.largestComponent()))
        return onMain;
    return g.snapMetric(metric, m_options.maxSnapDistanceM);
}

std::optional<RoadSnap> RoutePlanner::snapOrigin(QPointF metric, const RoadSnap& target) const
{
    const RoadGraph& g = *m_graph;
    const std::uint32_t component = g.componentOf(target.segment);
    if (component == RoadGraph::kNoComponent)
        return g.snapMetric(metric, m_options.maxSnapDistanceM);
    if (auto connected = g.snapMetric(metric, m_options.maxSnapDistanceM, component))
        return connected;
    return g.snapMetric(metric, m_options.maxSnapDistanceM);
}

Route RoutePlanner::straightLine(QPointF fromLonLat, QPointF toLonLat, RouteFallback why) const
{
    Route route;
    route.meters = straightMeters(fromLonLat, toLonLat);
    route.seconds = route.meters / (m_options.fallbackSpeedKmh / 3.6);
    route.byRoad = false;
    route.fallback = why;
    route.path = {fromLonLat, toLonLat};
    return route;
}

// One A* search and the walk back along its tree: kept in one function (over 60 lines) because the
// search state, the best arrival and the path walk share every local; split, they would need a struct
// passed between three halves that mean nothing apart.
Route RoutePlanner::route(QPointF fromLonLat, QPointF toLonLat, bool withPath) const
{
    const RoadGraph& g = *m_graph;
    const std::optional<RoadSnap> to = snapTarget(toLonLat);
    if (!to)
        return straightLine(fromLonLat, toLonLat, RouteFallback::DestinationOffRoad);
    const std::optional<RoadSnap> from = snapOrigin(g.toMetric(fromLonLat), *to);
    if (!from)
        return straightLine(fromLonLat, toLonLat, RouteFallback::OriginOffRoad);

    const double invSpeed = 1 / g.maxSpeedMps();
    auto heuristic = [&](std::uint32_t node) {
        const QPointF d = g.nodeMetric(node) - to->metric;
        return std::hypot(d.x(), d.y()) * invSpeed;
    };
    const Accesses arrivals = arriving(g, *to);
    const std::optional<Access> straight = direct(g, *from, *to);
    double best = straight ? straight->seconds : kInfinity;
    double bestMeters = straight ? straight->meters : 0;
    std::optional<Access> bestArrival;

    Search search(g.nodeCount());
    for (const Access& access : leaving(g, *from))
        search.seed(access, heuristic(access.node));
    while (!search.heap.empty()) {
        const auto [key, node] = search.heap.top();
        search.heap.pop();
        if (key >= best)
            break;
        if (search.settled[node])
            continue;
        search.settled[node] = true;
        for (const Access& arrival : arrivals) {
            if (arrival.node == node && search.seconds[node] + arrival.seconds < best) {
                best = search.seconds[node] + arrival.seconds;
                bestMeters = search.meters[node] + arrival.meters;
                bestArrival = arrival;
            }
        }
        for (std::uint32_t e = g.outBegin(node); e < g.outBegin(node + 1); ++e) {
            const RoadGraph::Edge& edge = g.edge(e);
            const double seconds = search.seconds[node] + edge.seconds;
            if (seconds < search.seconds[edge.to]) {
                search.seconds[edge.to] = seconds;
                search.meters[edge.to] = search.meters[node] + edge.lengthM;
                search.edge[edge.to] = e;
                search.heap.push({seconds + heuristic(edge.to), edge.to});
            }
        }
    }
    if (best == kInfinity)
        return straightLine(fromLonLat, toLonLat, RouteFallback::NotConnected);

    Route route;
    route.byRoad = true;
    route.offRoadMeters = from->distanceM + to->distanceM;
    route.meters = bestMeters + route.offRoadMeters;
    route.seconds = best + offRoadSeconds(route.offRoadMeters);
    if (!withPath)
        return route;
    route.path = {fromLonLat};
    if (!bestArrival) {
        g.appendSegmentPath(from->segment, from->offsetM, to->offsetM, route.path);
    } else {
        std::vector<std::uint32_t> edges;
        std::uint32_t node = bestArrival->node;
        while (search.edge[node] != kEndForward && search.edge[node] != kEndBackward) {
            edges.push_back(search.edge[node]);
            node = g.edge(search.edge[node]).from;
        }
        appendLeavingPath(g, *from, search.edge[node] == kEndForward, route.path);
        for (auto it = edges.rbegin(); it != edges.rend(); ++it)
            appendEdgePath(g, *it, route.path);
        appendArrivingPath(g, *to, bestArrival->forward, route.path);
    }
    route.path.push_back(toLonLat);
    return route;
}

RouteTree RoutePlanner::treeTo(QPointF targetLonLat) const
{
    return RouteTree(*this, targetLonLat);
}

std::vector<Route> RoutePlanner::routesTo(QPointF targetLonLat, const std::vector<QPointF>& origins,
                                          bool withPaths) const
{
    const RouteTree tree = treeTo(targetLonLat);
    std::vector<Route> routes;
    routes.reserve(origins.size());
    if (!tree.m_targetSnap) {
        for (const QPointF& origin : origins)
            routes.push_back(straightLine(origin, targetLonLat, RouteFallback::DestinationOffRoad));
        return routes;
    }
    const std::vector<QPointF> metric = m_graph->toMetric(origins);
    for (std::size_t i = 0; i < origins.size(); ++i)
        routes.push_back(tree.routeFrom(origins[i], metric[i], withPaths));
    return routes;
}

} // namespace xiuhua::geo
