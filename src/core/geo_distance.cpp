#include "core/geo_distance.h"

#include <cmath>

namespace xiuhua::core {

namespace {
constexpr double metresPerDegree = 111320.0;
constexpr double pi = 3.14159265358979323846;
} // namespace

double distanceMetres(const GeoPoint& a, const GeoPoint& b)
{
    const double x = (b.lon - a.lon) * metresPerDegree * std::cos((a.lat + b.lat) * pi / 360.0);
    const double y = (b.lat - a.lat) * metresPerDegree;
    return std::hypot(x, y);
}

double latitudeDegrees(double metres)
{
    return metres / metresPerDegree;
}

double longitudeDegrees(double metres, double latitude)
{
    return metres / (metresPerDegree * std::cos(latitude * pi / 180.0));
}

} // namespace xiuhua::core
