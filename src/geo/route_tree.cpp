#include "geo/route_tree.h"

#include "geo/route_planner.h"
#include "geo/route_search.h"

namespace xiuhua::geo {

using namespace route_search;

RouteTree::RouteTree(const RoutePlanner& planner, QPointF target) : m_planner(&planner), m_target(target)
{
    const RoadGraph& g = planner.graph();
    m_targetSnap = planner.snapTarget(target);
    if (!m_targetSnap)
        return;
    Search search(g.nodeCount());
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
