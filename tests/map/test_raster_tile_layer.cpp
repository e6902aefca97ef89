#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "map/layer_renderer.h"
#include "map/layer_stack.h"
#include "map/map_renderer.h"
#include "map/map_viewport.h"
#include "map/mbtiles_tile_source.h"
#include "map/raster_tile_layer.h"
#include "map/tile_math.h"
#include "map/xyz_tile_source.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace xiuhua;
using namespace xiuhua::map;

namespace {

// People's Square, Shanghai.
constexpr double kLon = 121.4737;
constexpr double kLat = 31.2304;
constexpr int kZoom = 16;
const QColor kTileColour(180, 40, 160);

OGRSpatialReference displayCrs()
{
    return geo::spatialReferenceFromEpsg(geo::kJurisdictionEpsg);
}

QPointF centreInDisplayCrs()
{
    return geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::kJurisdictionEpsg)
        .transform(QPointF(kLon, kLat));
}

// About one screen pixel per z16 tile pixel at this latitude.
MapViewport peoplesSquareViewport()
{
    return MapViewport(centreInDisplayCrs(), 2.0, QSize(400, 300));
}

QByteArray solidPng(const QColor& colour)
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool exec(sqlite3* db, const char* sql)
{
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// An MBTiles file with the (2 * radius + 1)^2 z16 tiles around People's Square.
bool writeMbtiles(const QString& path, int radius, bool withMetadata = true, QByteArray png = {})
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    bool ok = exec(db, "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
                       "tile_data BLOB)") &&
              exec(db, "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
    if (ok && withMetadata) {
        ok = exec(db, "CREATE TABLE metadata (name TEXT, value TEXT)") &&
             exec(db, "INSERT INTO metadata VALUES ('name', 'People''s Square'), ('format', 'png'), "
                      "('minzoom', '16'), ('maxzoom', '16'), ('type', 'baselayer')");
    }
    if (png.isEmpty())
        png = solidPng(kTileColour);
    const QPoint centre = tile_math::lonLatToTile(kLon, kLat, kZoom);
    sqlite3_stmt* insert = nullptr;
    ok = ok &&
         sqlite3_prepare_v2(db, "INSERT INTO tiles VALUES (?, ?, ?, ?)", -1, &insert, nullptr) == SQLITE_OK;
    for (int dx = -radius; ok && dx <= radius; ++dx) {
        for (int dy = -radius; ok && dy <= radius; ++dy) {
            sqlite3_bind_int(insert, 1, kZoom);
            sqlite3_bind_int(insert, 2, centre.x() + dx);
            sqlite3_bind_int(insert, 3, tile_math::tmsRow(kZoom, centre.y() + dy));
            sqlite3_bind_blob(insert, 4, png.constData(), int(png.size()), SQLITE_TRANSIENT);
            ok = sqlite3_step(insert) == SQLITE_DONE;
            sqlite3_reset(insert);
        }
    }
    sqlite3_finalize(insert);
    sqlite3_close(db);
    return ok;
}

QImage render(const LayerStack& stack, const MapViewport& viewport)
{
    QImage image(viewport.outputSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    MapRenderer().render(painter, viewport, stack);
    return image;
}

bool closeTo(const QColor& a, const QColor& b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestRasterTileLayer : public QObject
{
    Q_OBJECT

private slots:
    void tileMath()
    {
        QCOMPARE(tile_math::lonLatToTile(0.0, 0.0, 1), QPoint(1, 1));
        QCOMPARE(tile_math::lonLatToTile(-180.0, 85.0, 0), QPoint(0, 0));
        QCOMPARE(tile_math::lonLatToTile(-179.9, 85.0, 2), QPoint(0, 0));
        QCOMPARE(tile_math::lonLatToTile(179.9, -85.0, 2), QPoint(3, 3));
        // People's Square: x = floor((lon + 180) / 360 * 2^z), y = floor((1 - asinh(tan(lat)) / pi) / 2 *
        // 2^z).
        QCOMPARE(tile_math::lonLatToTile(kLon, kLat, kZoom), QPoint(54881, 26778));
        QCOMPARE(tile_math::lonLatToTile(kLon, kLat, 10), QPoint(857, 418));

        // TMS rows count from the south.
        QCOMPARE(tile_math::tmsRow(0, 0), 0);
        QCOMPARE(tile_math::tmsRow(1, 0), 1);
        QCOMPARE(tile_math::tmsRow(kZoom, 26778), 38757);

        const QRectF world = tile_math::tileBounds(0, 0, 0);
        QCOMPARE(world.left(), -tile_math::kOriginShift);
        QCOMPARE(world.width(), 2 * tile_math::kOriginShift);
        const QRectF northWest = tile_math::tileBounds(1, 0, 0);
        QCOMPARE(northWest.left(), -tile_math::kOriginShift);
        QCOMPARE(northWest.bottom(), tile_math::kOriginShift);
        QCOMPARE(northWest.top(), 0.0);

        const double z16Resolution = 2 * tile_math::kOriginShift / 256 / 65536; // ~2.39 m
        QCOMPARE(tile_math::zoomForResolution(z16Resolution, 0, 19), 16);
        QCOMPARE(tile_math::zoomForResolution(z16Resolution * 1.3, 0, 19), 16);
        QCOMPARE(tile_math::zoomForResolution(z16Resolution * 2, 0, 19), 15);
        QCOMPARE(tile_math::zoomForResolution(z16Resolution, 0, 14), 14);
        QCOMPARE(tile_math::zoomForResolution(z16Resolution * 1000, 12, 19), 12);
    }

    void mbtilesSource()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("square.mbtiles"));
        QVERIFY(writeMbtiles(path, 1));
        MbtilesTileSource source(path);
        QVERIFY2(source.errorString().isEmpty(), qPrintable(source.errorString()));
        QCOMPARE(source.minZoom(), 16);
        QCOMPARE(source.maxZoom(), 16);
        QCOMPARE(source.title(), QStringLiteral("People's Square"));
        const QPoint centre = tile_math::lonLatToTile(kLon, kLat, kZoom);
        const std::optional<QImage> tile = source.tile(kZoom, centre.x(), centre.y());
        QVERIFY(tile);
        QCOMPARE(tile->size(), QSize(256, 256));
        QVERIFY(closeTo(tile->pixelColor(128, 128), kTileColour, 0));
        QVERIFY(!source.tile(kZoom, centre.x() + 5, centre.y()));
        QVERIFY(!source.tile(15, centre.x() / 2, centre.y() / 2));
        // Rows are TMS: the XYZ row number as a TMS row is another tile.
        QVERIFY(!source.tile(kZoom, centre.x(), tile_math::tmsRow(kZoom, centre.y())));
    }

    void mbtilesWithoutMetadataUsesTileZooms()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bare.mbtiles"));
        QVERIFY(writeMbtiles(path, 0, false));
        MbtilesTileSource source(path);
        QVERIFY2(source.errorString().isEmpty(), qPrintable(source.errorString()));
        QCOMPARE(source.minZoom(), 16);
        QCOMPARE(source.maxZoom(), 16);
    }

    void mbtilesLayerDrawsUnderTheMap()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("square.mbtiles"));
        QVERIFY(writeMbtiles(path, 1));
        LayerStack stack;
        QVERIFY(addRasterTileLayer(stack, path, displayCrs()).isEmpty());
        QCOMPARE(stack.count(), 1);
        MapLayer* layer = stack.layers().front();
        QCOMPARE(layer->zValue(), RasterTileLayer::kDefaultZValue);
        QVERIFY(layer->extent().isNull());

        const MapViewport viewport = peoplesSquareViewport();
        QCOMPARE(static_cast<RasterTileLayer*>(layer)->zoomFor(viewport), 16);
        const QImage image = render(stack, viewport);
        QVERIFY2(closeTo(image.pixelColor(200, 150), kTileColour),
                 qPrintable(image.pixelColor(200, 150).name()));
        QVERIFY(closeTo(image.pixelColor(100, 100), kTileColour));

        // The background-render snapshot draws the same without the layer.
        std::unique_ptr<MapLayerRenderer> renderer = layer->createRenderer(viewport);
        QVERIFY(stack.removeLayer(layer->id()));
        QImage snapshot(viewport.outputSize(), QImage::Format_ARGB32_Premultiplied);
        snapshot.fill(Qt::white);
        {
            QPainter painter(&snapshot);
            RenderContext context;
            context.viewport = viewport;
            renderer->render(painter, context);
        }
        QVERIFY(closeTo(snapshot.pixelColor(200, 150), kTileColour));
    }

    void tilesAreNorthUp()
    {
        // Quadrants: north-west red, north-east green, south-west blue, south-east yellow.
        QImage quadrants(256, 256, QImage::Format_RGB32);
        {
            QPainter painter(&quadrants);
            painter.fillRect(0, 0, 128, 128, Qt::red);
            painter.fillRect(128, 0, 128, 128, Qt::green);
            painter.fillRect(0, 128, 128, 128, Qt::blue);
            painter.fillRect(128, 128, 128, 128, Qt::yellow);
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(quadrants.save(&buffer, "PNG"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quadrants.mbtiles"));
        QVERIFY(writeMbtiles(path, 1, true, png));
        LayerStack stack;
        QVERIFY(addRasterTileLayer(stack, path, displayCrs()).isEmpty());
        const MapViewport viewport = peoplesSquareViewport();
        QImage image(viewport.outputSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            stack.layers().front()->render(painter, viewport);
        }

        // The centre tile's quadrant centres, through Mercator -> display CRS -> pixels.
        const QPoint tile = tile_math::lonLatToTile(kLon, kLat, kZoom);
        const QRectF bounds = tile_math::tileBounds(kZoom, tile.x(), tile.y());
        const auto toDisplay = geo::CoordinateTransform::fromEpsg(3857, geo::kJurisdictionEpsg);
        const auto pixelAt = [&](double fx, double fyFromNorth) {
            const QPointF mercator(bounds.left() + fx * bounds.width(),
                                   bounds.bottom() - fyFromNorth * bounds.height());
            return viewport.toPixel(toDisplay.transform(mercator)).toPoint();
        };
        QVERIFY(closeTo(image.pixelColor(pixelAt(0.25, 0.25)), Qt::red));
        QVERIFY(closeTo(image.pixelColor(pixelAt(0.75, 0.25)), Qt::green));
        QVERIFY(closeTo(image.pixelColor(pixelAt(0.25, 0.75)), Qt::blue));
        QVERIFY(closeTo(image.pixelColor(pixelAt(0.75, 0.75)), Qt::yellow));
    }

    void notAnMbtilesFile()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.mbtiles"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("This is not a database, just some notes about tiles.\n").repeated(40));
        file.close();
        MbtilesTileSource source(text);
        QVERIFY(source.errorString().contains(QStringLiteral("not an MBTiles file")));
        QVERIFY(!source.tile(16, 0, 0));

        // An SQLite database without a tiles table.
        const QString other = dir.filePath(QStringLiteral("other.mbtiles"));
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(other.toUtf8().constData(), &db), SQLITE_OK);
        QVERIFY(exec(db, "CREATE TABLE incidents (id INTEGER)"));
        sqlite3_close(db);
        QVERIFY(MbtilesTileSource(other).errorString().contains(QStringLiteral("not an MBTiles file")));

        QVERIFY(!MbtilesTileSource(dir.filePath(QStringLiteral("missing.mbtiles"))).errorString().isEmpty());

        LayerStack stack;
        const QStringList errors = addRasterTileLayer(stack, text, displayCrs());
        QCOMPARE(errors.size(), 1);
        QCOMPARE(stack.count(), 0);
        QCOMPARE(addRasterTileLayer(stack, QStringLiteral("/tmp/map.tif"), displayCrs()).size(), 1);
    }

    void urlTemplateValidation()
    {
        QVERIFY(XyzTileSource::validateTemplate(QStringLiteral("http://tiles.station.local/{z}/{x}/{y}.png"))
                    .isEmpty());
        QVERIFY(XyzTileSource::validateTemplate(QStringLiteral("https://10.1.2.3:8080/osm/{z}/{x}/{y}.jpg"))
                    .isEmpty());
        QVERIFY(!XyzTileSource::validateTemplate(QStringLiteral("http://tiles.station.local/{z}/{x}.png"))
                     .isEmpty());
        QVERIFY(!XyzTileSource::validateTemplate(QStringLiteral("ftp://tiles/{z}/{x}/{y}.png")).isEmpty());
        QVERIFY(!XyzTileSource::validateTemplate(QStringLiteral("tiles/{z}/{x}/{y}.png")).isEmpty());
        QVERIFY(!XyzTileSource::validateTemplate(QString()).isEmpty());

        QTemporaryDir dir;
        XyzTileSource bad(QStringLiteral("http://tiles.station.local/{z}/{y}.png"), dir.path());
        QVERIFY(!bad.errorString().isEmpty());
        XyzTileSource good(QStringLiteral("http://tiles.station.local/{z}/{x}/{y}.png"), dir.path());
        QVERIFY(good.errorString().isEmpty());
        QCOMPARE(good.tileUrl(16, 54881, 26778),
                 QStringLiteral("http://tiles.station.local/16/54881/26778.png"));
        QCOMPARE(good.cachePath(16, 54881, 26778), dir.path() + QStringLiteral("/16/54881/26778.png"));
    }

    void xyzCacheHitDrawsWithoutNetwork()
    {
        QTemporaryDir dir;
        auto source = std::make_unique<XyzTileSource>(QStringLiteral("http://tiles.invalid/{z}/{x}/{y}.png"),
                                                      dir.path(), 10, 16);
        const QPoint centre = tile_math::lonLatToTile(kLon, kLat, kZoom);
        const QByteArray png = solidPng(kTileColour);
        for (int dx = -2; dx <= 2; ++dx) {
            for (int dy = -2; dy <= 2; ++dy) {
                const QString path = source->cachePath(kZoom, centre.x() + dx, centre.y() + dy);
                QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
                QFile file(path);
                QVERIFY(file.open(QIODevice::WriteOnly));
                file.write(png);
            }
        }
        XyzTileSource* xyz = source.get();
        LayerStack stack;
        stack.add(std::make_unique<RasterTileLayer>(QStringLiteral("basemap"), QStringLiteral("Tiles"),
                                                    std::move(source), displayCrs()));
        const QImage image = render(stack, peoplesSquareViewport());
        QVERIFY(closeTo(image.pixelColor(200, 150), kTileColour));
        QCOMPARE(xyz->pendingFetches(), 0);
    }

    void xyzMissingTileIsFetchedAndNotDrawn()
    {
        QTemporaryDir dir;
        // Nothing listens on port 9 of this machine: the fetch fails fast.
        XyzTileSource source(QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png"), dir.path(), 0, 19);
        QVERIFY(source.errorString().isEmpty());
        QVERIFY(!source.tile(16, 54881, 26778));
        QCOMPARE(source.pendingFetches(), 1);
        QVERIFY(!source.tile(16, 54881, 26778)); // not asked twice
        QCOMPARE(source.pendingFetches(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(source.pendingFetches(), 0, 20000);
        QVERIFY(!QFile::exists(source.cachePath(16, 54881, 26778)));
        QVERIFY(!source.tile(16, 54881, 26778)); // failed recently: not asked again yet
        QCOMPARE(source.pendingFetches(), 0);
    }
};

QTEST_MAIN(TestRasterTileLayer)
#include "test_raster_tile_layer.moc"
