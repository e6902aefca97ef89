#pragma once

#include "geo/road_graph.h"
#include "geo/route.h"

#include <QPointF>

#include <cstdint>
#include <optional>
#include <vector>

namespace xiuhua::geo {

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

} // namespace xiuhua::geo
