#include "map/tile_math.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace xiuhua::map::tile_math {

double tileSpan(int z)
{
    return 2.0 * kOriginShift / std::ldexp(1.0, z);
}

QPoint lonLatToTile(double lon, double lat, int z)
{
    const double n = std::ldexp(1.0, z);
    const double maxLat = 85.0511287798066; // where Web Mercator is square
    const double latRad = std::clamp(lat, -maxLat, maxLat) * std::numbers::pi / 180.0;
    const double x = (lon + 180.0) / 360.0 * n;
    const double y = (1.0 - std::asinh(std::tan(latRad)) / std::numbers::pi) / 2.0 * n;
    const int last = int(n) - 1;
    return {std::clamp(int(std::floor(x)), 0, last), std::clamp(int(std::floor(y)), 0, last)};
}

QRectF tileBounds(int z, int x, int y)
{
    const double span = tileSpan(z);
    return {-kOriginShift + x * span, kOriginShift - (y + 1) * span, span, span};
}

int tmsRow(int z, int y)
{
    return (1 << z) - 1 - y;
}

int zoomForResolution(double mercatorMetresPerPixel, int minZoom, int maxZoom)
{
    if (!(mercatorMetresPerPixel > 0))
        return minZoom;
    const double z = std::log2(2.0 * kOriginShift / (kTileSize * mercatorMetresPerPixel));
    return std::clamp(int(std::lround(z)), minZoom, maxZoom);
}

} // namespace xiuhua::map::tile_math
