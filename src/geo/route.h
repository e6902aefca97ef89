#pragma once

#include <QPointF>

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

} // namespace xiuhua::geo
