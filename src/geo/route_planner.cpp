#include "geo/route_planner.h"

#include <QVarLengthArray>
#include <queue>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace xiuhua::geo {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Markers in a search's edge array for the nodes next to the route's end points.
constexpr std::uint32_t kNoEdge = UINT32_MAX;
constexpr std::uint32_t kEndForward = UINT32_MAX - 1;  // along the end segment, first -> last node
constexpr std::uint32_t kEndBackward = UINT32_MAX - 2; // along the end segment, last -> first node

// One way between a road point and a graph node along the point's segment.
struct Access
{
    std::uint32_t node = 0;
    double seconds = 0;
    double meters = 0;
    bool forward = true; // travel along the segment's from -> to direction
};
using Accesses = QVarLengthArray<Access, 2>;

double part(const RoadGraph::Segment& seg, double meters)
{
    return seg.seconds * (meters / seg.lengthM);
}

// From a road point onto the graph.
Accesses leaving(const RoadGraph& graph, const RoadSnap& snap)
{
    const RoadGraph::Segment& seg = graph.segment(snap.segment);
    Accesses result;
    if (seg.forward)
        result.push_back({seg.to, part(seg, seg.lengthM - snap.offsetM), seg.lengthM - snap.offsetM, true});
    if (seg.backward)
        result.push_back({seg.from, part(seg, snap.offsetM), snap.offsetM, false});
    return result;
}

// From the graph to a road point.
Accesses arriving(const RoadGraph& graph, const RoadSnap& snap)
{
    const RoadGraph::Segment& seg = graph.segment(snap.segment);
    Accesses result;
    if (seg.forward)
        result.push_back({seg.from, part(seg, snap.offsetM), snap.offsetM, true});
    if (seg.backward)
        result.push_back({seg.to, part(seg, seg.lengthM - snap.offsetM), seg.lengthM - snap.offsetM, false});
    return result;
}

// Along one segment without touching a node; nullopt when the points are on
// different segments or the direction is not allowed.
std::optional<Access> direct(const RoadGraph& graph, const RoadSnap& from, const RoadSnap& to)
{
    if (from.segment != to.segment)
        return std::nullopt;
    const RoadGraph::Segment& seg = graph.segment(from.segment);
    const double meters = std::abs(to.offsetM - from.offsetM);
    const bool forward = to.offsetM >= from.offsetM;
    if (forward ? !seg.forward : !seg.backward)
        return std::nullopt;
    return Access{0, part(seg, meters), meters, forward};
}

// The part of an end segment between the road point and the node of access.
void appendLeavingPath(const RoadGraph& graph, const RoadSnap& snap, bool forward, std::vector<QPointF>& out)
{
    const RoadGraph::Segment& seg = graph.segment(snap.segment);
    graph.appendSegmentPath(snap.segment, snap.offsetM, forward ? seg.lengthM : 0, out);
}

void appendArrivingPath(const RoadGraph& graph, const RoadSnap& snap, bool forward, std::vector<QPointF>& out)
{
    const RoadGraph::Segment& seg = graph.segment(snap.segment);
    graph.appendSegmentPath(snap.segment, forward ? 0 : seg.lengthM, snap.offsetM, out);
}

void appendEdgePath(const RoadGraph& graph, std::uint32_t e, std::vector<QPointF>& out)
{
    const RoadGraph::Edge& edge = graph.edge(e);
    const double length = graph.segment(edge.segment).lengthM;
    graph.appendSegmentPath(edge.segment, edge.reversed ? length : 0, edge.reversed ? 0 : length, out);
}

using Heap = std::priority_queue<std::pair<double, std::uint32_t>,
                                 std::vector<std::pair<double, std::uint32_t>>, std::greater<>>;

} // namespace

// The working arrays of one search (per call, so searches may run in parallel).
struct RoutePlanner::Search
{
    explicit Search(std::size_t nodes)
        : seconds(nodes, kInfinity), meters(nodes, 0), edge(nodes, kNoEdge), settled(nodes, false)
    {}
    std::vector<double> seconds;
    std::vector<double> meters;
    std::vector<std::uint32_t> edge; // forward: the edge in; reverse: the edge out
    std::vector<bool> settled;
    Heap heap;

    void seed(const Access& access, double heuristic)
    {
        if (access.seconds < seconds[access.node]) {
            seconds[access.node] = access.seconds;
            meters[access.node] = access.meters;
            edge[access.node] = access.forward ? kEndForward : kEndBackward;
            heap.push({access.seconds + heuristic, access.node});
        }
    }
};

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

RouteTree::RouteTree(const RoutePlanner& planner, QPointF target) : m_planner(&planner), m_target(target)
{
    const RoadGraph& g = planner.graph();
    m_targetSnap = planner.snapTarget(target);
    if (!m_targetSnap)
        return;
    RoutePlanner::Search search(g.nodeCount());
    for (const Access& access : arriving(g, *m_targetSnap))
        search.seed(access, 0);
    while (!search.heap.empty()) {
        const auto [key, node] = search.heap.top();
        search.heap.pop();
        if (search.settled[node])
            continue;
        search.settled[node] = true;
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
    m_seconds = std::move(search.seconds);
    m_meters = std::move(search.meters);
    m_nextEdge = std::move(search.edge);
}

Route RouteTree::routeFrom(QPointF originLonLat, bool withPath) const
{
    if (!m_targetSnap)
        return m_planner->straightLine(originLonLat, m_target, RouteFallback::DestinationOffRoad);
    return routeFrom(originLonLat, m_planner->graph().toMetric(originLonLat), withPath);
}

Route RouteTree::routeFrom(QPointF originLonLat, QPointF originMetric, bool withPath) const
{
    const RoutePlanner& planner = *m_planner;
    const RoadGraph& g = planner.graph();
    if (!m_targetSnap)
        return planner.straightLine(originLonLat, m_target, RouteFallback::DestinationOffRoad);
    const std::optional<RoadSnap> from = planner.snapOrigin(originMetric, *m_targetSnap);
    if (!from)
        return planner.straightLine(originLonLat, m_target, RouteFallback::OriginOffRoad);

    const std::optional<Access> straight = direct(g, *from, *m_targetSnap);
    double best = straight ? straight->seconds : kInfinity;
    double bestMeters = straight ? straight->meters : 0;
    std::optional<Access> bestLeave;
    for (const Access& leave : leaving(g, *from)) {
        if (leave.seconds + m_seconds[leave.node] < best) {
            best = leave.seconds + m_seconds[leave.node];
            bestMeters = leave.meters + m_meters[leave.node];
            bestLeave = leave;
        }
    }
    if (best == kInfinity)
        return planner.straightLine(originLonLat, m_target, RouteFallback::NotConnected);

    Route route;
    route.byRoad = true;
    route.offRoadMeters = from->distanceM + m_targetSnap->distanceM;
    route.meters = bestMeters + route.offRoadMeters;
    route.seconds = best + planner.offRoadSeconds(route.offRoadMeters);
    if (!withPath)
        return route;
    route.path = {originLonLat};
    if (!bestLeave) {
        g.appendSegmentPath(from->segment, from->offsetM, m_targetSnap->offsetM, route.path);
    } else {
        appendLeavingPath(g, *from, bestLeave->forward, route.path);
        std::uint32_t node = bestLeave->node;
        while (m_nextEdge[node] != kEndForward && m_nextEdge[node] != kEndBackward) {
            appendEdgePath(g, m_nextEdge[node], route.path);
            node = g.edge(m_nextEdge[node]).to;
        }
        appendArrivingPath(g, *m_targetSnap, m_nextEdge[node] == kEndForward, route.path);
    }
    route.path.push_back(m_target);
    return route;
}

} // namespace xiuhua::geo
