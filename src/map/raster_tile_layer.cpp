#include "map/raster_tile_layer.h"

#include "geo/coordinate_transform.h"
#include "geo/geo_error.h"
#include "geo/projection.h"
#include "map/layer_renderer.h"
#include "map/layer_stack.h"
#include "map/map_viewport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPainter>
#include <QPolygonF>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTransform>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <sqlite3.h>

namespace xiuhua::map {

namespace {

constexpr int kWebMercatorEpsg = 3857;
constexpr int kMaxPendingFetches = 32;
constexpr qint64 kRetryAfterMs = 60 * 1000;
constexpr int kMemoryCacheTiles = 192;

quint64 tileKey(int z, int x, int y)
{
    return (quint64(z) << 58) | (quint64(quint32(x)) << 29) | quint64(quint32(y));
}

QString sqliteMessage(sqlite3* db)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : "out of memory");
}

} // namespace

// ---------------------------------------------------------------------------
// tile_math

namespace tile_math {

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

} // namespace tile_math

// ---------------------------------------------------------------------------
// TileSource

TileSource::~TileSource() = default;

// ---------------------------------------------------------------------------
// MbtilesTileSource

MbtilesTileSource::MbtilesTileSource(const QString& path, QObject* parent)
    : TileSource(parent), m_path(path), m_title(QFileInfo(path).completeBaseName())
{
    if (!QFileInfo(path).isFile()) {
        fail(tr("The MBTiles file %1 does not exist").arg(path));
        return;
    }
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        fail(tr("Cannot open %1: %2").arg(path, sqliteMessage(m_db)));
        return;
    }
    const char* select =
        "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?";
    if (sqlite3_prepare_v2(m_db, select, -1, &m_select, nullptr) != SQLITE_OK) {
        fail(tr("%1 is not an MBTiles file (%2)").arg(path, sqliteMessage(m_db)));
        return;
    }

    // The metadata table is optional here; minzoom/maxzoom/format/name when present.
    bool haveMin = false;
    bool haveMax = false;
    sqlite3_stmt* meta = nullptr;
    if (sqlite3_prepare_v2(m_db, "SELECT name, value FROM metadata", -1, &meta, nullptr) == SQLITE_OK) {
        while (sqlite3_step(meta) == SQLITE_ROW) {
            const QString name =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(meta, 0))).trimmed();
            const QString value =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(meta, 1))).trimmed();
            bool ok = false;
            if (name == QLatin1String("minzoom")) {
                const int z = value.toInt(&ok);
                if (ok) {
                    m_minZoom = z;
                    haveMin = true;
                }
            } else if (name == QLatin1String("maxzoom")) {
                const int z = value.toInt(&ok);
                if (ok) {
                    m_maxZoom = z;
                    haveMax = true;
                }
            } else if (name == QLatin1String("name") && !value.isEmpty()) {
                m_title = value;
            } else if (name == QLatin1String("format") && value.compare(QLatin1String("pbf")) == 0) {
                sqlite3_finalize(meta);
                fail(tr("%1 holds vector tiles (pbf); only raster MBTiles can be shown").arg(path));
                return;
            }
        }
    }
    sqlite3_finalize(meta);

    if (!haveMin || !haveMax) {
        sqlite3_stmt* range = nullptr;
        if (sqlite3_prepare_v2(m_db, "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles", -1, &range,
                               nullptr) == SQLITE_OK &&
            sqlite3_step(range) == SQLITE_ROW && sqlite3_column_type(range, 0) != SQLITE_NULL) {
            if (!haveMin)
                m_minZoom = sqlite3_column_int(range, 0);
            if (!haveMax)
                m_maxZoom = sqlite3_column_int(range, 1);
        } else {
            sqlite3_finalize(range);
            fail(tr("The MBTiles file %1 contains no tiles").arg(path));
            return;
        }
        sqlite3_finalize(range);
    }
    m_minZoom = std::clamp(m_minZoom, 0, tile_math::kMaxZoom);
    m_maxZoom = std::clamp(m_maxZoom, m_minZoom, tile_math::kMaxZoom);
}

MbtilesTileSource::~MbtilesTileSource()
{
    sqlite3_finalize(m_select);
    sqlite3_close_v2(m_db);
}

void MbtilesTileSource::fail(const QString& reason)
{
    m_error = reason;
    sqlite3_finalize(m_select);
    m_select = nullptr;
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

std::optional<QImage> MbtilesTileSource::tile(int z, int x, int y)
{
    if (!m_select || z < m_minZoom || z > m_maxZoom)
        return std::nullopt;
    sqlite3_reset(m_select);
    sqlite3_bind_int(m_select, 1, z);
    sqlite3_bind_int(m_select, 2, x);
    sqlite3_bind_int(m_select, 3, tile_math::tmsRow(z, y));
    std::optional<QImage> result;
    if (sqlite3_step(m_select) == SQLITE_ROW) {
        const auto* data = static_cast<const uchar*>(sqlite3_column_blob(m_select, 0));
        const int size = sqlite3_column_bytes(m_select, 0);
        QImage image;
        if (data && size > 0 && image.loadFromData(data, size))
            result = std::move(image);
    }
    sqlite3_reset(m_select);
    return result;
}

// ---------------------------------------------------------------------------
// XyzTileSource

XyzTileSource::XyzTileSource(const QString& urlTemplate, const QString& cacheDir, int minZoom, int maxZoom,
                             QObject* parent)
    : TileSource(parent), m_template(urlTemplate.trimmed()), m_cacheDir(cacheDir),
      m_minZoom(std::clamp(minZoom, 0, tile_math::kMaxZoom)),
      m_maxZoom(std::clamp(maxZoom, m_minZoom, tile_math::kMaxZoom))
{
    m_error = validateTemplate(m_template);
    if (m_error.isEmpty() && (m_cacheDir.isEmpty() || !QDir().mkpath(m_cacheDir)))
        m_error = tr("Cannot create the tile cache folder %1").arg(m_cacheDir);
}

XyzTileSource::~XyzTileSource()
{
    // Replies are children of m_network; abort them before their handlers could run.
    if (m_network) {
        const auto replies = m_network->findChildren<QNetworkReply*>();
        for (QNetworkReply* reply : replies) {
            reply->disconnect(this);
            reply->abort();
        }
    }
}

QString XyzTileSource::validateTemplate(const QString& urlTemplate)
{
    for (const char* placeholder : {"{z}", "{x}", "{y}"}) {
        if (!urlTemplate.contains(QLatin1String(placeholder)))
            return tr("The tile URL %1 must contain {z}, {x} and {y}").arg(urlTemplate);
    }
    QString sample = urlTemplate;
    sample.replace(QLatin1String("{z}"), QLatin1String("0"))
        .replace(QLatin1String("{x}"), QLatin1String("0"))
        .replace(QLatin1String("{y}"), QLatin1String("0"));
    const QUrl url(sample, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        url.host().isEmpty())
        return tr("The tile URL %1 is not an http(s) address").arg(urlTemplate);
    return {};
}

QString XyzTileSource::cachePath(int z, int x, int y) const
{
    return QStringLiteral("%1/%2/%3/%4.png").arg(m_cacheDir).arg(z).arg(x).arg(y);
}

QString XyzTileSource::tileUrl(int z, int x, int y) const
{
    QString url = m_template;
    return url.replace(QLatin1String("{z}"), QString::number(z))
        .replace(QLatin1String("{x}"), QString::number(x))
        .replace(QLatin1String("{y}"), QString::number(y));
}

std::optional<QImage> XyzTileSource::tile(int z, int x, int y)
{
    if (!m_error.isEmpty() || z < m_minZoom || z > m_maxZoom)
        return std::nullopt;
    QFile file(cachePath(z, x, y));
    if (file.open(QIODevice::ReadOnly)) {
        // By content: servers may send JPEG under a .png name.
        QImage image = QImage::fromData(file.readAll());
        if (!image.isNull())
            return image;
    }
    fetch(z, x, y);
    return std::nullopt;
}

void XyzTileSource::fetch(int z, int x, int y)
{
    const quint64 key = tileKey(z, x, y);
    if (m_pending.contains(key) || m_pending.size() >= kMaxPendingFetches)
        return;
    const auto failed = m_failedAt.constFind(key);
    if (failed != m_failedAt.cend() && QDateTime::currentMSecsSinceEpoch() - *failed < kRetryAfterMs)
        return;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request{QUrl(tileUrl(z, x, y))};
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Xiuhua"));
    request.setTransferTimeout(15000);
    QNetworkReply* reply = m_network->get(request);
    m_pending.insert(key);
    connect(reply, &QNetworkReply::finished, this, [this, reply, z, x, y] { finished(reply, z, x, y); });
}

void XyzTileSource::finished(QNetworkReply* reply, int z, int x, int y)
{
    const quint64 key = tileKey(z, x, y);
    m_pending.remove(key);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    bool stored = false;
    if (status == 200 && !QImage::fromData(data).isNull()) {
        const QString path = cachePath(z, x, y);
        QSaveFile file(path);
        stored = QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly) &&
                 file.write(data) == data.size() && file.commit();
    }
    if (!stored) {
        // Not drawn; asked for again on a later repaint once kRetryAfterMs passed.
        m_failedAt.insert(key, QDateTime::currentMSecsSinceEpoch());
        return;
    }
    m_failedAt.remove(key);
    emit tilesChanged();
}

// ---------------------------------------------------------------------------
// RasterTileLayer

namespace {

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
    const quint64 key = tileKey(z, x, y);
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

// ---------------------------------------------------------------------------

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
