#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "map/canvas/map_canvas.h"
#include "map/canvas/map_tool_controller.h"
#include "map/canvas/map_tool_identify.h"
#include "map/canvas/map_tool_overlay.h"
#include "map/canvas/map_tool_pan.h"
#include "map/default_styles.h"
#include "map/layer_stack.h"
#include "map/point_layer.h"
#include "map/vector_layer.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::map;

namespace {

const QPointF kPeopleSquare(121.4737, 31.2304);
constexpr double kScale = 2.0; // metres per pixel
const double kHalfWidthDeg = 0.002;

bool isHighlight(const QColor& c)
{
    return c.alpha() > 150 && c.red() < 90 && c.green() > 120 && c.blue() > 150;
}

} // namespace

// Identify outlines what it found, until the next identify or Esc.
class TestMapToolIdentify : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void pointFoundIsRinged();
    void polygonFoundIsOutlinedAndEscClears();
    void nextIdentifyReplacesTheHighlight();
    void clickOnAClusterZoomsIn();

private:
    QPointF pixelOf(QPointF lonLat) const
    {
        return m_canvas->viewport().toPixel(m_canvas->fromLonLat(lonLat));
    }
    QImage overlay() const { return m_controller->overlay()->grab().toImage(); }

    QTemporaryDir m_dir;
    std::unique_ptr<LayerStack> m_stack;
    std::unique_ptr<MapCanvas> m_canvas;
    MapToolController* m_controller = nullptr;
    MapToolIdentify* m_identify = nullptr;
    PointLayer* m_incidents = nullptr;
};

void TestMapToolIdentify::init()
{
    // A square block around People's Square.
    const QString path = m_dir.filePath(QStringLiteral("block.geojson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const double x0 = kPeopleSquare.x() - kHalfWidthDeg, x1 = kPeopleSquare.x() + kHalfWidthDeg;
    const double y0 = kPeopleSquare.y() - 0.0015, y1 = kPeopleSquare.y() + 0.0015;
    file.write(QStringLiteral(R"({"type":"FeatureCollection","features":[{"type":"Feature","id":7,
        "properties":{"name":"block"},"geometry":{"type":"Polygon","coordinates":[[[%1,%3],[%2,%3],[%2,%4],[%1,%4],[%1,%3]]]}}]})")
                   .arg(x0, 0, 'f', 6)
                   .arg(x1, 0, 'f', 6)
                   .arg(y0, 0, 'f', 6)
                   .arg(y1, 0, 'f', 6)
                   .toUtf8());
    file.close();

    const geo::CoordinateTransform toUtm =
        geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::kJurisdictionEpsg);
    m_stack = std::make_unique<LayerStack>();
    auto block = std::make_unique<VectorLayer>(QStringLiteral("blocks"), QStringLiteral("Blocks"),
                                               default_styles::forLayer(QString()), 10);
    QVERIFY2(
        block->load(path, QStringLiteral("block"), geo::spatialReferenceFromEpsg(geo::kJurisdictionEpsg)),
        qPrintable(block->errorString()));
    m_stack->add(std::move(block));
    m_incidents = m_stack->add(
        std::make_unique<PointLayer>(QStringLiteral("incidents"), QStringLiteral("Incidents"), toUtm));
    m_incidents->setPoints({{42, kPeopleSquare.x(), kPeopleSquare.y(), QStringLiteral("JA-0042"),
                             QStringLiteral("theft"), QStringLiteral("new"), Qt::red}});

    m_canvas = std::make_unique<MapCanvas>();
    m_canvas->resize(800, 600);
    m_canvas->setLayerStack(m_stack.get());
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    m_canvas->setViewport(MapViewport(m_canvas->fromLonLat(kPeopleSquare), kScale, m_canvas->size()));
    m_controller = new MapToolController(*m_canvas, m_canvas.get());
    m_controller->setDefaultTool(new MapToolPan(*m_canvas));
    m_identify = new MapToolIdentify(*m_canvas);
    m_controller->setTool(m_identify);
}

void TestMapToolIdentify::cleanup()
{
    m_canvas.reset();
    m_stack.reset();
}

void TestMapToolIdentify::pointFoundIsRinged()
{
    const QPointF at = pixelOf(kPeopleSquare);
    QVERIFY(!isHighlight(overlay().pixelColor((at + QPointF(13, 0)).toPoint())));
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, at.toPoint());
    // The point and the block under it.
    QCOMPARE(m_identify->highlighted().size(), std::size_t(2));
    QVERIFY(isHighlight(overlay().pixelColor((at + QPointF(13, 0)).toPoint())));
    QVERIFY(isHighlight(overlay().pixelColor((at + QPointF(0, -13)).toPoint())));
}

void TestMapToolIdentify::polygonFoundIsOutlinedAndEscClears()
{
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {},
                      (pixelOf(kPeopleSquare) + QPointF(40, 30)).toPoint());
    QCOMPARE(m_identify->highlighted().size(), std::size_t(1));
    QVERIFY(!m_identify->highlighted().front().areas.isEmpty());
    const QPoint westEdge = pixelOf(kPeopleSquare - QPointF(kHalfWidthDeg, 0)).toPoint();
    QVERIFY(isHighlight(overlay().pixelColor(westEdge)));
    QVERIFY(!isHighlight(overlay().pixelColor(westEdge - QPoint(12, 0)))); // outside: untouched

    QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
    QVERIFY(m_identify->highlighted().empty());
    QVERIFY(!isHighlight(overlay().pixelColor(westEdge)));
}

void TestMapToolIdentify::nextIdentifyReplacesTheHighlight()
{
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, pixelOf(kPeopleSquare).toPoint());
    QCOMPARE(m_identify->highlighted().size(), std::size_t(2));
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {},
                      (pixelOf(kPeopleSquare) + QPointF(40, 30)).toPoint());
    QCOMPARE(m_identify->highlighted().size(), std::size_t(1));
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(10, 10)); // nothing there
    QVERIFY(m_identify->highlighted().empty());
    // Another tool: the highlight goes too.
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, pixelOf(kPeopleSquare).toPoint());
    QVERIFY(!m_identify->highlighted().empty());
    m_controller->setTool(nullptr);
    QVERIFY(m_identify->highlighted().empty());
}

void TestMapToolIdentify::clickOnAClusterZoomsIn()
{
    std::vector<MapPoint> crowd;
    for (int i = 0; i < 20; ++i)
        crowd.push_back({i,
                         kPeopleSquare.x() + (i % 5) * 0.0002,
                         kPeopleSquare.y() + (i / 5) * 0.0002,
                         {},
                         {},
                         QStringLiteral("new"),
                         Qt::red});
    m_incidents->setPoints(crowd);
    m_incidents->setClustering({20, 64, 3});
    m_canvas->setViewport(MapViewport(m_canvas->fromLonLat(kPeopleSquare), 50, m_canvas->size()));
    const auto clusters = m_incidents->clusters(m_canvas->viewport());
    QCOMPARE(clusters.size(), std::size_t(1));
    QSignalSpy identified(m_identify, &MapToolIdentify::identified);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {},
                      m_canvas->viewport().toPixel(clusters.front().centre).toPoint());
    QCOMPARE(identified.count(), 0);
    QVERIFY(m_canvas->viewport().scale() <= 25);
    QVERIFY(m_canvas->viewport().extent().contains(clusters.front().bounds));
}

QTEST_MAIN(TestMapToolIdentify)
#include "test_map_tool_identify.moc"
