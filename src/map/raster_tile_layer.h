#pragma once

#include "map/map_layer.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPoint>
#include <QRectF>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class OGRSpatialReference;
class QNetworkAccessManager;
class QNetworkReply;
struct sqlite3;
struct sqlite3_stmt;

namespace xiuhua::geo {
class CoordinateTransform;
}

namespace xiuhua::map {

class LayerStack;

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
} // namespace tile_math

// Where tiles come from. Used on the GUI thread only (the layer reads the
// tiles a render needs when it creates the render's snapshot).
class TileSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~TileSource() override;

    // The image of tile z/x/y (XYZ numbering), or nothing if the source does
    // not have it (yet).
    virtual std::optional<QImage> tile(int z, int x, int y) = 0;
    virtual int minZoom() const = 0;
    virtual int maxZoom() const = 0;
    // Empty when the source is usable; otherwise a user-readable reason.
    virtual QString errorString() const { return {}; }

signals:
    // Tiles that were missing became available (e.g. a download finished).
    void tilesChanged();
};

// An MBTiles file (SQLite; raster tiles in PNG/JPEG/WebP) read through a
// read-only connection owned by this object.
class MbtilesTileSource : public TileSource
{
    Q_OBJECT

public:
    explicit MbtilesTileSource(const QString& path, QObject* parent = nullptr);
    ~MbtilesTileSource() override;

    std::optional<QImage> tile(int z, int x, int y) override;
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    QString errorString() const override { return m_error; }
    // The metadata table's "name", or the file's base name.
    QString title() const { return m_title; }

private:
    void fail(const QString& reason);

    QString m_path;
    QString m_title;
    QString m_error;
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_select = nullptr;
    int m_minZoom = 0;
    int m_maxZoom = 0;
};

// Tiles from an HTTP(S) tile server, e.g. "http://tiles.station.local/{z}/{x}/{y}.png",
// kept in an on-disk cache (cacheDir/z/x/y.png). tile() serves the cache and,
// for a tile not in it, starts a download and returns nothing; tilesChanged()
// follows when downloads land in the cache.
class XyzTileSource : public TileSource
{
    Q_OBJECT

public:
    XyzTileSource(const QString& urlTemplate, const QString& cacheDir, int minZoom = 0, int maxZoom = 19,
                  QObject* parent = nullptr);
    ~XyzTileSource() override;

    // Empty if urlTemplate is an http(s) URL with {z}, {x} and {y}; else why not.
    static QString validateTemplate(const QString& urlTemplate);

    std::optional<QImage> tile(int z, int x, int y) override;
    int minZoom() const override { return m_minZoom; }
    int maxZoom() const override { return m_maxZoom; }
    QString errorString() const override { return m_error; }

    QString cacheDir() const { return m_cacheDir; }
    QString cachePath(int z, int x, int y) const;
    QString tileUrl(int z, int x, int y) const;
    // Downloads in flight.
    int pendingFetches() const { return int(m_pending.size()); }

private:
    void fetch(int z, int x, int y);
    void finished(QNetworkReply* reply, int z, int x, int y);

    QString m_template;
    QString m_cacheDir;
    QString m_error;
    int m_minZoom;
    int m_maxZoom;
    QNetworkAccessManager* m_network = nullptr; // created on first fetch
    QSet<quint64> m_pending;
    QHash<quint64, qint64> m_failedAt; // tile key -> msecs since epoch of the last failure
};

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
