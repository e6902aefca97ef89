#pragma once

#include "map/map_layer.h"
#include "map/tile_source.h"

#include <QCache>
#include <QImage>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class OGRSpatialReference;

namespace xiuhua::geo {
class CoordinateTransform;
}

namespace xiuhua::map {

class LayerStack;

// A raster base map drawn under the vector layers: the tiles of a
// TileSource, reprojected from Web Mercator into the display CRS. Draws
// nothing (and never throws) if the source or the projection is unusable.
// Its extent() is null so a large base map does not change the map's
// overall extent.
class RasterTileLayer : public MapLayer
{
    Q_OBJECT

public:
    static constexpr int kDefaultZValue = -100;
    // More tiles than this for one view (zoomed far out of the source's
    // zoom range) and the layer draws nothing.
    static constexpr int kMaxTilesPerView = 400;

    RasterTileLayer(QString id, QString name, std::unique_ptr<TileSource> source,
                    const OGRSpatialReference& displayCrs, int zValue = kDefaultZValue,
                    QObject* parent = nullptr);
    ~RasterTileLayer() override;

    TileSource& source() const { return *m_source; }
    // Zoom level the layer uses for a viewport (-1 if it cannot draw).
    int zoomFor(const MapViewport& viewport) const;

    QRectF extent() const override { return {}; }
    QString errorString() const override;
    void render(QPainter& painter, const MapViewport& viewport) const override;
    std::unique_ptr<MapLayerRenderer> createRenderer(const MapViewport& viewport) const override;

    // One tile ready to draw: its image and its corners in display-CRS
    // metres (north-west, north-east, south-east, south-west).
    struct PlacedTile
    {
        QImage image;
        std::array<QPointF, 4> corners;
    };
    static void drawTiles(QPainter& painter, const MapViewport& viewport,
                          const std::vector<PlacedTile>& tiles);

private:
    std::vector<PlacedTile> placeTiles(const MapViewport& viewport) const;
    std::optional<QImage> cachedTile(int z, int x, int y) const;

    std::unique_ptr<TileSource> m_source;
    std::unique_ptr<geo::CoordinateTransform> m_toMercator;   // display -> 3857
    std::unique_ptr<geo::CoordinateTransform> m_fromMercator; // 3857 -> display
    QString m_error;
    mutable QCache<quint64, QImage> m_memoryCache; // decoded tiles, GUI thread only
};

// Adds a raster base map to stack: a path ending in ".mbtiles" opens that
// file; a URL template with {z}, {x} and {y} fetches from that tile server
// with a cache under QStandardPaths::CacheLocation + "/tiles". Returns the
// reasons it could not (nothing is added then); empty on success.
QStringList addRasterTileLayer(LayerStack& stack, const QString& pathOrUrl,
                               const OGRSpatialReference& displayCrs);

} // namespace xiuhua::map
