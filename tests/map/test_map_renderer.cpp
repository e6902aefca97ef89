#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "geo/vector_source.h"
#include "map/default_styles.h"
#include "map/jurisdiction_layers.h"
#include "map/layer_stack.h"
#include "map/map_renderer.h"
#include "map/map_viewport.h"
#include "map/vector_layer.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace xiuhua;
using namespace xiuhua::map;

namespace {

const QString kOsmPath = QStringLiteral(XIUHUA_MAPS_DIR "/source/huangpu_people_square_roads.osm");
// XIUHUA_TEST_GPKG lets a freshly generated map be checked before it is committed.
const QString kGpkgPath =
    qEnvironmentVariable("XIUHUA_TEST_GPKG", QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg"));

OGRSpatialReference displayCrs()
{
    return geo::spatialReferenceFromEpsg(geo::kJurisdictionEpsg);
}

QImage render(const LayerStack& stack, const MapViewport& viewport)
{
    QImage image(viewport.outputSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    MapRenderer().render(painter, viewport, stack);
    return image;
}

// Pixels that differ from the background colour.
int nonBackgroundPixels(const QImage& image, const QRect& area)
{
    const QRgb background = default_styles::background().rgb();
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            count += (image.pixel(x, y) & 0xffffff) != (background & 0xffffff) ? 1 : 0;
    }
    return count;
}

bool closeTo(const QColor& a, const QColor& b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// A GeoPackage with only a posts and a roads layer, in EPSG:4326.
bool writeMiniGeoPackage(const QString& path)
{
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr dataset(driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return false;
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRLayer* posts = dataset->CreateLayer("posts", &wgs84, wkbPoint, nullptr);
    OGRFieldDefn name("name", OFTString);
    posts->CreateField(&name);
    OGRFeature post(posts->GetLayerDefn());
    post.SetField("name", "测试警务室");
    OGRPoint point(121.4737, 31.2304);
    post.SetGeometry(&point);
    if (posts->CreateFeature(&post) != OGRERR_NONE)
        return false;

    OGRLayer* roads = dataset->CreateLayer("roads", &wgs84, wkbLineString, nullptr);
    OGRFieldDefn roadClass("class", OFTString);
    roads->CreateField(&roadClass);
    roads->CreateField(&name);
    OGRFeature road(roads->GetLayerDefn());
    road.SetField("class", "primary");
    road.SetField("name", "测试路");
    OGRLineString line;
    line.addPoint(121.468, 31.228);
    line.addPoint(121.480, 31.233);
    road.SetGeometry(&line);
    return roads->CreateFeature(&road) == OGRERR_NONE;
}

} // namespace

class TestMapRenderer : public QObject
{
    Q_OBJECT

private slots:
    void rendersOsmRoads();
    void missingLayerReportsErrorOthersStillDraw();
    void partialGeoPackageLoadsWhatExists();
    void rendersJurisdictionGeoPackage();
};

void TestMapRenderer::rendersOsmRoads()
{
    LayerStack stack;
    auto* roads = stack.add(std::make_unique<VectorLayer>(
        QStringLiteral("lines"), QStringLiteral("Roads"), default_styles::forLayer(QStringLiteral("lines")),
        default_styles::zValueFor(QStringLiteral("lines"))));
    QVERIFY2(roads->load(kOsmPath, QStringLiteral("lines"), displayCrs()), qPrintable(roads->errorString()));
    QVERIFY(roads->featureCount() > 100);
    QVERIFY(roads->extent().width() > 2000 && roads->extent().width() < 3000);

    MapViewport viewport;
    viewport.setOutputSize(QSize(1200, 900));
    viewport.fitExtent(roads->extent());
    const QImage image = render(stack, viewport);
    const int drawn = nonBackgroundPixels(image, QRect(0, 0, 1200, 700));
    QVERIFY2(drawn > 1200 * 700 / 20, qPrintable(QString::number(drawn)));
    image.save(QStringLiteral("/tmp/xiuhua_osm_roads.png"));

    // Zoomed in to street level near People's Square: road names are placed.
    viewport.setCentre(geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::kJurisdictionEpsg)
                           .transform(QPointF(121.4737, 31.2304)));
    viewport.setScale(1.2);
    const QImage zoomed = render(stack, viewport);
    zoomed.save(QStringLiteral("/tmp/xiuhua_osm_roads_zoomed.png"));
    QVERIFY(nonBackgroundPixels(zoomed, QRect(0, 0, 1200, 700)) > 1200 * 700 / 20);
}

void TestMapRenderer::missingLayerReportsErrorOthersStillDraw()
{
    LayerStack stack;
    auto* missing =
        stack.add(std::make_unique<VectorLayer>(QStringLiteral("nope"), QStringLiteral("Nope"),
                                                default_styles::forLayer(QStringLiteral("posts")), 200));
    QVERIFY(!missing->load(kOsmPath, QStringLiteral("no_such_layer"), displayCrs()));
    QVERIFY(missing->errorString().contains(QStringLiteral("no_such_layer")));
    auto* noFile =
        stack.add(std::make_unique<VectorLayer>(QStringLiteral("nofile"), QStringLiteral("No file"),
                                                default_styles::forLayer(QStringLiteral("roads")), 10));
    QVERIFY(!noFile->load(QStringLiteral(XIUHUA_TEST_DATA_DIR "/missing.gpkg"), QStringLiteral("roads"),
                          displayCrs()));
    QVERIFY(!noFile->errorString().isEmpty());
    auto* roads =
        stack.add(std::make_unique<VectorLayer>(QStringLiteral("lines"), QStringLiteral("Roads"),
                                                default_styles::forLayer(QStringLiteral("lines")), 50));
    QVERIFY(roads->load(kOsmPath, QStringLiteral("lines"), displayCrs()));
    QCOMPARE(stack.errors().size(), 2);

    MapViewport viewport;
    viewport.setOutputSize(QSize(600, 450));
    viewport.fitExtent(stack.extent());
    QCOMPARE(stack.extent(), roads->extent());
    const QImage image = render(stack, viewport);
    QVERIFY(nonBackgroundPixels(image, QRect(0, 0, 600, 350)) > 600 * 350 / 20);
}

void TestMapRenderer::partialGeoPackageLoadsWhatExists()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mini.gpkg"));
    QVERIFY(writeMiniGeoPackage(path));

    LayerStack stack;
    const QStringList errors = loadJurisdictionLayers(stack, path, displayCrs());
    QCOMPARE(stack.count(), jurisdictionLayerNames().size()); // broken layers are kept, with their error
    QCOMPARE(errors.size(), jurisdictionLayerNames().size() - 2);
    QCOMPARE(stack.errors().size(), errors.size());
    QVERIFY(stack.layer(QStringLiteral("posts"))->errorString().isEmpty());
    QVERIFY(!stack.layer(QStringLiteral("cameras"))->errorString().isEmpty());

    const QPointF postXY = geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::kJurisdictionEpsg)
                               .transform(QPointF(121.4737, 31.2304));
    const MapViewport viewport(postXY, 2.0, QSize(600, 400));
    const QImage image = render(stack, viewport);
    QVERIFY2(closeTo(image.pixelColor(300, 200), default_styles::kPostBlue, 40),
             qPrintable(image.pixelColor(300, 200).name()));
    QVERIFY(nonBackgroundPixels(image, QRect(0, 0, 600, 300)) > 1000); // the road

    QVERIFY(
        !loadJurisdictionLayers(stack, dir.filePath(QStringLiteral("absent.gpkg")), displayCrs()).isEmpty());
}

void TestMapRenderer::rendersJurisdictionGeoPackage()
{
    // The map is in the repository: a missing file is a failure, not a reason to skip.
    QVERIFY2(QFile::exists(kGpkgPath), "maps/huangpu.gpkg is missing (tools/mapgen makes it)");
    LayerStack stack;
    const QStringList errors = loadJurisdictionLayers(stack, kGpkgPath, displayCrs());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(stack.count(), jurisdictionLayerNames().size());
    QStringList order;
    for (const MapLayer* layer : stack.layers())
        order << layer->id();
    QCOMPARE(order, jurisdictionLayerNames());

    // The first post, read independently of the map code.
    const auto source = geo::VectorSource::open(kGpkgPath);
    const auto posts = source.readLayer(QStringLiteral("posts"));
    QVERIFY(!posts.empty() && posts.front().geometry);
    const OGRPoint* post = posts.front().geometry->toPoint();
    const QPointF postXY = geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::kJurisdictionEpsg)
                               .transform(QPointF(post->getX(), post->getY()));

    MapViewport overview;
    overview.setOutputSize(QSize(1400, 1000));
    overview.fitExtent(stack.extent(), 10);
    const QImage image = render(stack, overview);
    image.save(QStringLiteral("/tmp/xiuhua_huangpu_overview.png"));
    QVERIFY(nonBackgroundPixels(image, QRect(0, 0, 1400, 900)) > 1400 * 900 / 4);
    const QPoint px = overview.toPixel(postXY).toPoint();
    const QColor atPost = image.pixelColor(px);
    QVERIFY2(closeTo(atPost, default_styles::kPostBlue, 40), qPrintable(atPost.name()));

    MapViewport street(postXY, 0.8, QSize(1400, 1000));
    const QImage detail = render(stack, street);
    detail.save(QStringLiteral("/tmp/xiuhua_huangpu_street.png"));
    QVERIFY(closeTo(detail.pixelColor(700, 500), default_styles::kPostBlue, 40));
}

QTEST_MAIN(TestMapRenderer)
#include "test_map_renderer.moc"
