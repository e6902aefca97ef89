#include "map/raster_tile_layer.h"

#include "geo/coordinate_transform.h"
#include "geo/geo_error.h"
#include "geo/projection.h"
#include "map/layer_renderer.h"
#include "map/layer_stack.h"
#include "map/map_viewport.h"
#include "map/mbtiles_tile_source.h"
#include "map/tile_math.h"
#include "map/xyz_tile_source.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QPainter>
#include <QPolygonF>
#include <QStandardPaths>
#include <QTransform>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace xiuhua::map {

namespace {

constexpr int kWebMercatorEpsg = 3857;
constexpr int kMemoryCacheTiles = 192;

void drawTile(QPainter& painter, const MapViewport& viewport, const RasterTileLayer::PlacedTile& tile)
{
    const QImage& image = tile.image;
    const QPolygonF source({QPointF(0, 0), QPointF(image.width(), 0), QPointF(image.width(), image.height()),
                            QPointF(0, image.height())});
    QPolygonF target;
    for (const QPointF& corner : tile.corners)
        target << viewport.toPixel(corner);
    QTransform transform;
    if (!QTransform::quadToQuad(source, target, transform))
        return;
    painter.save();
    painter.setTransform(transform, true);
    painter.drawImage(QPointF(0, 0), image);
    painter.restore();
}

// The background-render snapshot: the tile images (implicitly shared,
// read-only) and their corners in map units; no source, no PROJ object.
class RasterTileLayerRenderer : public MapLayerRenderer
{
public:
    explicit RasterTileLayerRenderer(std::vector<RasterTileLayer::PlacedTile> tiles)
        : m_tiles(std::move(tiles))
    {}

    void render(QPainter& painter, const RenderContext& context) override
    {
        painter.save();
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        for (const RasterTileLayer::PlacedTile& tile : m_tiles) {
            if (context.isCancelled())
                break;
            drawTile(painter, context.viewport, tile);
        }
        painter.restore();
    }

private:
    std::vector<RasterTileLayer::PlacedTile> m_tiles;
};

} // namespace

RasterTileLayer::RasterTileLayer(QString id, QString name, std::unique_ptr<TileSource> source,
                                 const OGRSpatialReference& displayCrs, int zValue, QObject* parent)
    : MapLayer(std::move(id), std::move(name), zValue, parent), m_source(std::move(source)),
      m_memoryCache(kMemoryCacheTiles)
{
    Q_ASSERT(m_source);
    m_source->setParent(nullptr); // owned by the unique_ptr
    connect(m_source.get(), &TileSource::tilesChanged, this, &MapLayer::changed);
    try {
        m_toMercator = std::make_unique<geo::CoordinateTransform>(
            displayCrs, geo::spatialReferenceFromEpsg(kWebMercatorEpsg));
        m_fromMercator = std::make_unique<geo::CoordinateTransform>(m_toMercator->inverse());
    } catch (const geo::GeoError& e) {
        m_toMercator.reset();
        m_fromMercator.reset();
        m_error = tr("Cannot project tiles into the map: %1").arg(QString::fromStdString(e.what()));
    }
}

RasterTileLayer::~RasterTileLayer() = default;

QString RasterTileLayer::errorString() const
{
    return m_error.isEmpty() ? m_source->errorString() : m_error;
}

int RasterTileLayer::zoomFor(const MapViewport& viewport) const
{
    if (!m_toMercator || !viewport.isValid() || !m_source->errorString().isEmpty())
        return -1;
    try {
        const QRectF mercator = m_toMercator->transformBounds(viewport.extent());
        return tile_math::zoomForResolution(mercator.width() / viewport.outputSize().width(),
                                            m_source->minZoom(), m_source->maxZoom());
    } catch (const geo::GeoError&) {
        return -1;
    }
}

std::optional<QImage> RasterTileLayer::cachedTile(int z, int x, int y) const
{
    const quint64 key = tile_math::tileKey(z, x, y);
    if (const QImage* image = m_memoryCache.object(key))
        return *image;
    std::optional<QImage> image = m_source->tile(z, x, y);
    if (!image || image->isNull())
        return std::nullopt; // not cached: it may arrive later
    m_memoryCache.insert(key, new QImage(*image));
    return image;
}

std::vector<RasterTileLayer::PlacedTile> RasterTileLayer::placeTiles(const MapViewport& viewport) const
{
    using namespace tile_math;
    const int z = zoomFor(viewport);
    if (z < 0)
        return {};
    QRectF mercator;
    try {
        mercator = m_toMercator->transformBounds(viewport.extent());
    } catch (const geo::GeoError&) {
        return {};
    }
    const QRectF world(-kOriginShift, -kOriginShift, 2 * kOriginShift, 2 * kOriginShift);
    if (!mercator.intersects(world))
        return {};

    const double span = tileSpan(z);
    const int last = (1 << z) - 1;
    const int x0 = std::clamp(int(std::floor((mercator.left() + kOriginShift) / span)), 0, last);
    const int x1 = std::clamp(int(std::floor((mercator.right() + kOriginShift) / span)), 0, last);
    const int y0 = std::clamp(int(std::floor((kOriginShift - mercator.bottom()) / span)), 0, last);
    const int y1 = std::clamp(int(std::floor((kOriginShift - mercator.top()) / span)), 0, last);
    const int columns = x1 - x0 + 1;
    const int rows = y1 - y0 + 1;
    if (columns * rows > kMaxTilesPerView)
        return {};

    // Shared tile corners, transformed once so neighbouring tiles meet exactly.
    std::vector<QPointF> corners;
    corners.reserve(std::size_t(columns + 1) * std::size_t(rows + 1));
    for (int j = 0; j <= rows; ++j) {
        for (int i = 0; i <= columns; ++i)
            corners.emplace_back(-kOriginShift + (x0 + i) * span, kOriginShift - (y0 + j) * span);
    }
    if (!m_fromMercator->transform(corners))
        return {};
    const auto corner = [&](int i, int j) { return corners[std::size_t(j) * std::size_t(columns + 1) + i]; };

    std::vector<PlacedTile> tiles;
    for (int j = 0; j < rows; ++j) {
        for (int i = 0; i < columns; ++i) {
            std::optional<QImage> image = cachedTile(z, x0 + i, y0 + j);
            if (!image)
                continue;
            tiles.push_back({std::move(*image),
                             {corner(i, j), corner(i + 1, j), corner(i + 1, j + 1), corner(i, j + 1)}});
        }
    }
    return tiles;
}

void RasterTileLayer::drawTiles(QPainter& painter, const MapViewport& viewport,
                                const std::vector<PlacedTile>& tiles)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const PlacedTile& tile : tiles)
        drawTile(painter, viewport, tile);
    painter.restore();
}

void RasterTileLayer::render(QPainter& painter, const MapViewport& viewport) const
{
    drawTiles(painter, viewport, placeTiles(viewport));
}

std::unique_ptr<MapLayerRenderer> RasterTileLayer::createRenderer(const MapViewport& viewport) const
{
    // Tiles are read here, on the GUI thread (the source's SQLite connection
    // and network manager live there); the worker only paints the images.
    return std::make_unique<RasterTileLayerRenderer>(placeTiles(viewport));
}

QStringList addRasterTileLayer(LayerStack& stack, const QString& pathOrUrl,
                               const OGRSpatialReference& displayCrs)
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("xiuhua::map::RasterTileLayer", text);
    };
    const QString spec = pathOrUrl.trimmed();
    std::unique_ptr<TileSource> source;
    QString id;
    QString name;
    if (spec.endsWith(QLatin1String(".mbtiles"), Qt::CaseInsensitive)) {
        auto mbtiles = std::make_unique<MbtilesTileSource>(spec);
        id = QStringLiteral("basemap:") + QFileInfo(spec).fileName();
        name = mbtiles->title();
        source = std::move(mbtiles);
    } else if (spec.contains(QLatin1String("{z}")) || spec.contains(QLatin1String("{x}")) ||
               spec.contains(QLatin1String("{y}"))) {
        // One cache folder per server/template so two tile sets never mix.
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(spec.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
        const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                 QStringLiteral("/tiles/") + hash;
        id = QStringLiteral("basemap:") + spec;
        name = QUrl(spec).host();
        if (name.isEmpty())
            name = tr("Tile server");
        source = std::make_unique<XyzTileSource>(spec, cacheDir);
    } else {
        return {tr("%1 is neither an .mbtiles file nor a tile URL with {z}, {x} and {y}").arg(spec)};
    }
    if (const QString error = source->errorString(); !error.isEmpty())
        return {error};
    auto layer = std::make_unique<RasterTileLayer>(id, name, std::move(source), displayCrs);
    if (const QString error = layer->errorString(); !error.isEmpty())
        return {error};
    stack.addLayer(std::move(layer));
    return {};
}

} // namespace xiuhua::map
