#pragma once

// The pieces RoutePlanner's A* and RouteTree's reverse Dijkstra share: how a road point joins the
// graph, the working arrays of one search, the path between them. Internal to src/geo.

#include "geo/road_graph.h"

#include <QPointF>
#include <QVarLengthArray>
#include <queue>

#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <utility>
#include <vector>

namespace xiuhua::geo::route_search {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();
// Markers in a search's edge array for the nodes next to the route's end points.
inline constexpr std::uint32_t kNoEdge = UINT32_MAX;
inline constexpr std::uint32_t kEndForward = UINT32_MAX - 1;  // along the end segment, first -> last node
inline constexpr std::uint32_t kEndBackward = UINT32_MAX - 2; // along the end segment, last -> first node

// One way between a road point and a graph node along the point's segment.
struct Access
{
    std::uint32_t node = 0;
    double seconds = 0;
    double meters = 0;
    bool forward = true; // travel along the segment's from -> to direction
};
using Accesses = QVarLengthArray<Access, 2>;

inline double part(const RoadGraph::Segment& seg, double meters)
{
    return seg.seconds * (meters / seg.lengthM);
}

// From a road point onto the graph.
inline Accesses leaving(const RoadGraph& graph, const RoadSnap& snap)
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
inline Accesses arriving(const RoadGraph& graph, const RoadSnap& snap)
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
inline std::optional<Access> direct(const RoadGraph& graph, const RoadSnap& from, const RoadSnap& to)
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
inline void appendLeavingPath(const RoadGraph& graph, const RoadSnap& snap, bool forward,
                              std::vector<QPointF>& out)
{
    const RoadGraph::Segment& seg = graph.segment(snap.segment);
    graph.appendSegmentPath(snap.segment, snap.offsetM, forward ? seg.lengthM : 0, out);
}

inline void appendArrivingPath(const RoadGraph& graph, const RoadSnap& snap, bool forward,
                               std::vector<QPointF>& out)
{
    const RoadGraph::Segment& seg = graph.segment(snap.segment);
    graph.appendSegmentPath(snap.segment, forward ? 0 : seg.lengthM, snap.offsetM, out);
}

inline void appendEdgePath(const RoadGraph& graph, std::uint32_t e, std::vector<QPointF>& out)
{
    const RoadGraph::Edge& edge = graph.edge(e);
    const double length = graph.segment(edge.segment).lengthM;
    graph.appendSegmentPath(edge.segment, edge.reversed ? length : 0, edge.reversed ? 0 : length, out);
}

using Heap = std::priority_queue<std::pair<double, std::uint32_t>,
                                 std::vector<std::pair<double, std::uint32_t>>, std::greater<>>;

// The working arrays of one search (per call, so searches may run in parallel).
struct Search
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

} // namespace xiuhua::geo::route_search
