#pragma once

#include "map/point_layer.h"

#include <QRectF>
#include <QString>

#include <vector>

namespace xiuhua::bench {

// A deterministic, Shanghai-sized synthetic city for benchmarks: about
// 100 x 100 km around 121.47E 31.23N, in EPSG:4326.
//   roads          501,000 line segments on a jittered 200 m grid (class, name)
//   buildings      100,000 small polygons between the roads (levels)
//   posts            5,100 points (name)
//   fire_stations    8,300 points (name)
// plus operational points for PointLayers: 20,000 responders and 3,000
// incidents. The same seed always gives the same data.
struct CityData
{
    static constexpr double kCentreLon = 121.47;
    static constexpr double kCentreLat = 31.23;
    static constexpr double kSizeMetres = 100'000;
    static constexpr int kGridLines = 501; // each way, 200 m apart
    static constexpr int kBuildings = 100'000;
    static constexpr int kPosts = 5'100;
    static constexpr int kFireStations = 8'300;
    static constexpr int kResponders = 20'000;
    static constexpr int kIncidents = 3'000;

    // Writes the GeoPackage at path unless it already exists (written under a
    // temporary name and renamed, so an interrupted run leaves nothing).
    // Returns an error message, empty on success.
    static QString ensureGeoPackage(const QString& path);

    static std::vector<map::MapPoint> responders();
    static std::vector<map::MapPoint> incidents();

    // Local metres (x east, y north, origin at the centre) <-> WGS 84.
    static QPointF toLonLat(double x, double y);
    // A point on the centre line of a road: the middle of the vertical
    // segment from grid row j to j + 1 on grid column i, before jitter of
    // the middle vertex (within a metre of the drawn line).
    static QPointF roadPointLonLat(int column, int row);
};

} // namespace xiuhua::bench
