#pragma once

#include <QPoint>
#include <QRectF>
#include <QtGlobal>

namespace xiuhua::map {

// Web-Mercator (EPSG:3857) XYZ tile arithmetic: tile (0, 0) is the north-west
// corner of the world, y grows south.
namespace tile_math {
inline constexpr double kOriginShift = 20037508.342789244; // half the Mercator world width, metres
inline constexpr int kTileSize = 256;                      // pixels
inline constexpr int kMaxZoom = 24;

// Width of one tile at zoom z in Mercator metres.
double tileSpan(int z);
// The tile containing lon/lat (degrees, WGS 84) at zoom z, clamped to the world.
QPoint lonLatToTile(double lon, double lat, int z);
// Bounds of a tile in Mercator metres (left = min x, top = min y).
QRectF tileBounds(int z, int x, int y);
// MBTiles stores rows in TMS order (y grows north): row = 2^z - 1 - y.
int tmsRow(int z, int y);
// The zoom whose tile pixels are closest to mercatorMetresPerPixel, clamped.
int zoomForResolution(double mercatorMetresPerPixel, int minZoom, int maxZoom);
// One number per tile z/x/y, for caches and sets of tiles.
inline quint64 tileKey(int z, int x, int y)
{
    return (quint64(z) << 58) | (quint64(quint32(x)) << 29) | quint64(quint32(y));
}
} // namespace tile_math

} // namespace xiuhua::map
