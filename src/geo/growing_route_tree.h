#pragma once

#include "geo/road_graph.h"
#include "geo/route.h"

#include <QPointF>

#include <memory>
#include <optional>

namespace xiuhua::geo {

class RoutePlanner;

// Travel times to one target from the origins asked about, growing the reverse Dijkstra only as far
// as the questions need: "Who goes" wants the few fastest responders, not the whole city's tree.
// routeWithin() answers exactly what RouteTree::routeFrom() would, for every route no slower than
// the limit given; lowerBound() is what any route from a point takes at least (the straight line at
// the graph's top speed), so a caller can stop asking once the next origin's bound is too slow.
// Not thread-safe (it grows as it is asked); keep the planner alive while it is used.
class GrowingRouteTree
{
public:
    GrowingRouteTree(const RoutePlanner& planner, QPointF targetLonLat);
    ~GrowingRouteTree();
    GrowingRouteTree(GrowingRouteTree&&) noexcept;
    GrowingRouteTree& operator=(GrowingRouteTree&&) noexcept;

    // Seconds every route from this origin to the target takes at least.
    double lowerBound(QPointF originLonLat) const;
    // The route (without its path) when it takes at most limitSeconds; nullopt when it takes longer.
    std::optional<Route> routeWithin(QPointF originLonLat, double limitSeconds);
    // How many nodes the search has settled so far (for tests and benchmarks).
    std::size_t settledNodes() const;

private:
    struct State;

    const RoutePlanner* m_planner = nullptr;
    QPointF m_target;
    std::optional<RoadSnap> m_targetSnap;
    double m_boundSpeedMps = 1;
    std::unique_ptr<State> m_state;
};

} // namespace xiuhua::geo
