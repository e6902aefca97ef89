#pragma once

#include "geo/road_graph.h"
#include "geo/route.h"
#include "geo/route_tree.h"

#include <QPointF>

#include <memory>
#include <optional>
#include <vector>

namespace xiuhua::geo {

struct RoutePlannerOptions
{
    // A point farther than this from every road is "off road".
    double maxSnapDistanceM = 300;
    // Speed of the legs between a point and its road (on foot).
    double offRoadSpeedKmh = 5;
    // Speed assumed along the straight line when there is no route.
    double fallbackSpeedKmh = 15;
};

// Fastest routes over a RoadGraph. Holds the graph through a shared
// pointer, so a planner (or a RouteTree, which points at its planner) can be
// handed to a worker. Const methods may run from several threads at once.
class RoutePlanner
{
public:
    explicit RoutePlanner(std::shared_ptr<const RoadGraph> graph, const RoutePlannerOptions& options = {});

    const RoadGraph& graph() const { return *m_graph; }
    const RoutePlannerOptions& options() const { return m_options; }

    // One-to-one, A* with the straight line at the top speed as heuristic.
    Route route(QPointF fromLonLat, QPointF toLonLat, bool withPath = true) const;
    // Everyone to one target (one incident, many responders): one reverse
    // Dijkstra. The tree refers to this planner: keep the planner alive.
    RouteTree treeTo(QPointF targetLonLat) const;
    // Routes from each origin to the target, in the order of origins.
    std::vector<Route> routesTo(QPointF targetLonLat, const std::vector<QPointF>& origins,
                                bool withPaths = false) const;

    // The straight-line estimate, for when there is no route.
    Route straightLine(QPointF fromLonLat, QPointF toLonLat, RouteFallback why) const;

private:
    friend class RouteTree;
    friend class GrowingRouteTree;

    // Road points for a route's ends. The destination goes on the main
    // (largest strongly connected) network when one of its roads is within
    // reach: the clipped map's edge fragments and one-way stubs join it only
    // outside the map. An origin goes on the destination's piece of network
    // when it can, else on the nearest road.
    std::optional<RoadSnap> snapTarget(QPointF lonLat) const;
    std::optional<RoadSnap> snapOrigin(QPointF metric, const RoadSnap& target) const;
    double offRoadSeconds(double meters) const { return meters / (m_options.offRoadSpeedKmh / 3.6); }
    double straightMeters(QPointF fromLonLat, QPointF toLonLat) const;

    std::shared_ptr<const RoadGraph> m_graph;
    RoutePlannerOptions m_options;
};

} // namespace xiuhua::geo
