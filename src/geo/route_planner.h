#pragma once

#include "geo/road_graph.h"

#include <QPointF>

#include <memory>
#include <optional>
#include <vector>

namespace xiuhua::geo {

// Why a route is not by road.
enum class RouteFallback
{
    None,               // by road
    OriginOffRoad,      // no road within maxSnapDistanceM of the origin
    DestinationOffRoad, // no road within maxSnapDistanceM of the destination
    NotConnected,       // both on roads, but no drivable connection
};

// A travel estimate from an origin to a destination.
// byRoad = false means the estimate is the straight line at
// fallbackSpeedKmh, and fallback says why: show it as such.
struct Route
{
    double seconds = 0;
    double meters = 0;        // along the road, plus the off-road legs
    double offRoadMeters = 0; // the walks from the origin to the road and from the road to the destination
    bool byRoad = false;
    RouteFallback fallback = RouteFallback::None;
    std::vector<QPointF> path; // lon/lat, origin to destination (filled when asked for)
};

struct RoutePlannerOptions
{
    // A point farther than this from every road is "off road".
    double maxSnapDistanceM = 300;
    // Speed of the legs between a point and its road (on foot).
    double offRoadSpeedKmh = 5;
    // Speed assumed along the straight line when there is no route.
    double fallbackSpeedKmh = 15;
};

class RoutePlanner;

// Travel times from everywhere to one target: the result of one Dijkstra on
// the reversed graph. Cheap to query for any number of origins.
class RouteTree
{
public:
    // Route from origin (lon/lat) to the tree's target.
    Route routeFrom(QPointF originLonLat, bool withPath = false) const;
    // The same when the origin's metric (graph CRS) coordinates are known.
    Route routeFrom(QPointF originLonLat, QPointF originMetric, bool withPath) const;
    // Seconds from a graph node to the target; infinity when unreachable.
    double nodeSeconds(std::uint32_t node) const { return m_seconds[node]; }
    QPointF target() const { return m_target; }

private:
    friend class RoutePlanner;
    RouteTree(const RoutePlanner& planner, QPointF target);

    const RoutePlanner* m_planner = nullptr;
    QPointF m_target;
    QPointF m_targetMetric;
    std::optional<RoadSnap> m_targetSnap;
    std::vector<double> m_seconds;
    std::vector<double> m_meters;
    std::vector<std::uint32_t> m_nextEdge; // toward the target; UINT32_MAX at the seeds
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
    struct Search;

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
