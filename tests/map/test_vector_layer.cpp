// VectorLayer: identify on the bundled map, and that the level of detail
// keeps the rendering close to the full-detail one.

#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "geo/vector_source.h"
#include "map/default_styles.h"
#include "map/jurisdiction_layers.h"
#include "map/layer_stack.h"
#include "map/map_renderer.h"
#include "map/map_viewport.h"
#include "map/vector_layer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

#include <ogr_api.h>
#include <ogr_geometry.h>

using namespace xiuhua;
using namespace xiuhua::map;

namespace {

const QString kGpkgPath = QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg");

OGRSpatialReference displayCrs()
{
    return geo::spatialReferenceFromEpsg(geo::kJurisdictionEpsg);
}

// The first feature of a layer of the bundled map, in the display CRS.
geo::Feature firstFeature(const QString& layer, int skip = 0)
{
    const geo::VectorSource source = geo::VectorSource::open(kGpkgPath);
    const geo::CoordinateTransform toDisplay(source.layerCrs(layer), displayCrs());
    std::vector<geo::Feature> features = source.readLayer(layer, toDisplay);
    return std::move(features.at(std::size_t(skip)));
}

bool containsFid(const std::vector<IdentifiedFeature>& found, qint64 fid)
{
    return std::any_of(found.begin(), found.end(), [fid](const auto& f) { return f.fid == fid; });
}

QImage render(const LayerStack& stack, const MapViewport& viewport)
{
    QImage image(viewport.outputSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    MapRenderer().render(painter, viewport, stack, MapRenderer::Background | MapRenderer::BaseLayers);
    return image;
}

double differingShare(const QImage& a, const QImage& b)
{
    int different = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            different += std::abs(qRed(p) - qRed(q)) + std::abs(qGreen(p) - qGreen(q)) +
                                     std::abs(qBlue(p) - qBlue(q)) >
                                 48
                             ? 1
                             : 0;
        }
    }
    return double(different) / (a.width() * a.height());
}

} // namespace

class TestVectorLayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void identifiesThePostAtItsLocation();
    void identifiesTheRoadUnderItsCentreLine();
    void identifiesThePolygonContainingThePoint();
    void identifiesNothingElsewhereOrWhenHidden();
    void levelOfDetailKeepsTheRenderingClose_data();
    void levelOfDetailKeepsTheRenderingClose();
    void aLoadForOneRenderDrawsTheSameAsAFullLoad_data();
    void aLoadForOneRenderDrawsTheSameAsAFullLoad();

private:
    LayerStack m_stack;
    VectorLayer* layer(const QString& id) const { return qobject_cast<VectorLayer*>(m_stack.layer(id)); }
};

void TestVectorLayer::initTestCase()
{
    QVERIFY(loadJurisdictionLayers(m_stack, kGpkgPath, displayCrs()).isEmpty());
}

void TestVectorLayer::identifiesThePostAtItsLocation()
{
    const geo::Feature post = firstFeature(QStringLiteral("posts"), 3);
    const QPointF at(post.geometry->toPoint()->getX(), post.geometry->toPoint()->getY());
    const std::vector<IdentifiedFeature> found =
        layer(QStringLiteral("posts"))->identify(at + QPointF(1, -1), 3);
    QCOMPARE(found.size(), std::size_t(1));
    QCOMPARE(found.front().layerId, QStringLiteral("posts"));
    QCOMPARE(found.front().fid, post.fid);
    QCOMPARE(found.front().attributes.value(QStringLiteral("name")),
             post.attributes.value(QStringLiteral("name")));
    QCOMPARE(found.front().attributes.keys(), post.attributes.keys());
}

void TestVectorLayer::identifiesTheRoadUnderItsCentreLine()
{
    for (const int skip : {0, 17, 101}) {
        const geo::Feature road = firstFeature(QStringLiteral("roads"), skip);
        const OGRLineString* line = road.geometry->toLineString();
        // Half way along the first segment: on the centre line.
        const QPointF at((line->getX(0) + line->getX(1)) / 2, (line->getY(0) + line->getY(1)) / 2);
        const std::vector<IdentifiedFeature> found = layer(QStringLiteral("roads"))->identify(at, 0.5);
        QVERIFY2(containsFid(found, road.fid), qPrintable(QString::number(road.fid)));
        QCOMPARE(found.front().attributes.value(QStringLiteral("class")).isValid(), true);
    }
}

void TestVectorLayer::identifiesThePolygonContainingThePoint()
{
    const geo::Feature building = firstFeature(QStringLiteral("buildings"), 5);
    const OGRGeometryH inside = OGR_G_PointOnSurface(OGRGeometry::ToHandle(building.geometry.get()));
    QVERIFY(inside);
    const QPointF at(OGR_G_GetX(inside, 0), OGR_G_GetY(inside, 0));
    OGR_G_DestroyGeometry(inside);
    const std::vector<IdentifiedFeature> found = layer(QStringLiteral("buildings"))->identify(at, 0);
    QVERIFY(containsFid(found, building.fid));
}

void TestVectorLayer::identifiesNothingElsewhereOrWhenHidden()
{
    const QRectF extent = m_stack.extent();
    const QPointF outside = extent.topLeft() - QPointF(5000, 5000);
    QVERIFY(layer(QStringLiteral("roads"))->identify(outside, 10).empty());

    const geo::Feature post = firstFeature(QStringLiteral("posts"));
    const QPointF at(post.geometry->toPoint()->getX(), post.geometry->toPoint()->getY());
    VectorLayer* posts = layer(QStringLiteral("posts"));
    posts->setVisible(false);
    QVERIFY(posts->identify(at, 3).empty());
    posts->setVisible(true);
    QVERIFY(!posts->identify(at, 3).empty());
}

void TestVectorLayer::levelOfDetailKeepsTheRenderingClose_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("overview, 2.5 m/px") << 2.5;
    QTest::newRow("district, 9 m/px") << 9.0;
    QTest::newRow("region, 40 m/px") << 40.0;
}

void TestVectorLayer::levelOfDetailKeepsTheRenderingClose()
{
    QFETCH(double, scale);
    const MapViewport viewport(m_stack.extent().center(), scale, QSize(900, 700));
    const QImage generalised = render(m_stack, viewport);
    for (MapLayer* l : m_stack.layers())
        qobject_cast<VectorLayer*>(l)->setLevelOfDetail(false);
    const QImage full = render(m_stack, viewport);
    for (MapLayer* l : m_stack.layers())
        qobject_cast<VectorLayer*>(l)->setLevelOfDetail(true);
    const double share = differingShare(generalised, full);
    qInfo("scale %.1f m/px: %.2f%% of the pixels differ", scale, share * 100);
    QVERIFY2(share < 0.02, qPrintable(QString::number(share * 100) + "% differ"));
}

void TestVectorLayer::aLoadForOneRenderDrawsTheSameAsAFullLoad_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("street, 0.5 m/px") << 0.5;
    QTest::newRow("overview, 2.5 m/px") << 2.5;
    QTest::newRow("district, 9 m/px") << 9.0;
}

// export-map reads only what one render shows (the view as a spatial filter, no hidden classes, no
// sub-pixel features, interpolated projection): the picture must be the one a full load draws.
void TestVectorLayer::aLoadForOneRenderDrawsTheSameAsAFullLoad()
{
    QFETCH(double, scale);
    const MapViewport viewport(m_stack.extent().center() + QPointF(300, -200), scale, QSize(900, 700));
    const FeatureLoadOptions options = FeatureLoadOptions::forOneRender(viewport);
    QCOMPARE(options.oneRenderScale, scale);
    const geo::VectorSource source = geo::VectorSource::open(kGpkgPath);
    LayerStack oneRender;
    int fullFeatures = 0;
    int readFeatures = 0;
    for (MapLayer* l : m_stack.layers()) {
        auto* full = qobject_cast<VectorLayer*>(l);
        auto copy = std::make_unique<VectorLayer>(full->id(), full->name(), full->style(), full->zValue());
        copy->setVisible(full->isVisible());
        QVERIFY2(copy->load(source, full->id(), displayCrs(), options), qPrintable(copy->errorString()));
        fullFeatures += full->featureCount();
        readFeatures += copy->featureCount();
        oneRender.add(std::move(copy));
    }
    const double share = differingShare(render(m_stack, viewport), render(oneRender, viewport));
    qInfo("scale %.1f m/px: %d of %d features read, %.3f%% of the pixels differ", scale, readFeatures,
          fullFeatures, share * 100);
    QVERIFY2(share < 0.001, qPrintable(QString::number(share * 100) + "% differ"));
    QVERIFY(readFeatures < fullFeatures);
}

QTEST_MAIN(TestVectorLayer)
#include "test_vector_layer.moc"
