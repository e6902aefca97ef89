#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "map/canvas/extent_history.h"
#include "map/canvas/map_canvas.h"
#include "map/canvas/map_tool_controller.h"
#include "map/canvas/map_tool_identify.h"
#include "map/canvas/map_tool_measure.h"
#include "map/canvas/map_tool_overlay.h"
#include "map/canvas/map_tool_pan.h"
#include "map/canvas/map_tool_place.h"
#include "map/canvas/map_tool_zoom_box.h"
#include "map/layer_stack.h"
#include "map/point_layer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QContextMenuEvent>
#include <QSignalSpy>
#include <QTest>

using namespace xiuhua;
using namespace xiuhua::map;

namespace {

const QPointF kPeopleSquare(121.4737, 31.2304);
constexpr double kScale = 2.0; // metres per pixel

bool near(QPointF a, QPointF b, double eps)
{
    return std::abs(a.x() - b.x()) < eps && std::abs(a.y() - b.y()) < eps;
}

} // namespace

// Map tools driven by synthetic mouse events, asserting on the canvas extent (QGIS
// testqgsmaptoolzoom.cpp style).
class TestMapTools : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void panToolLetsTheCanvasPan();
    void zoomBoxFitsTheDraggedRectangle();
    void zoomBoxClickZoomsInAboutThePoint();
    void zoomBoxEscapeCancels();
    void actionsSwitchTheActiveTool();
    void extentHistoryGoesBackAndForward();
    void extentHistoryDebouncesAndDropsForwardEntries();
    void measureReportsTheDistanceOfClickedPoints();
    void measureFinishesOnDoubleClickAndRightClick();
    void placeEmitsTheLonLatOfTheClickedPixel();
    void identifyReportsThePointUnderTheCursor();
    void rightClickRequestsTheContextMenu();
    void hoverReportsThePointUnderTheCursor();
    void highlightPansToAnOffScreenPoint();
    void overlayFollowsTheCanvasSize();

private:
    QPointF pixelOf(QPointF lonLat) const
    {
        return m_canvas->viewport().toPixel(m_canvas->fromLonLat(lonLat));
    }

    std::unique_ptr<LayerStack> m_stack;
    std::unique_ptr<MapCanvas> m_canvas;
    MapToolController* m_controller = nullptr;
    MapToolPan* m_pan = nullptr;
    PointLayer* m_incidents = nullptr;
};

void TestMapTools::init()
{
    m_stack = std::make_unique<LayerStack>();
    m_incidents = m_stack->add(std::make_unique<PointLayer>(
        QStringLiteral("incidents"), QStringLiteral("Incidents"),
        geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::kJurisdictionEpsg)));
    m_incidents->setPoints({{42, kPeopleSquare.x(), kPeopleSquare.y(), QStringLiteral("JA-0042"),
                             QStringLiteral("theft"), QStringLiteral("new"), Qt::red}});

    m_canvas = std::make_unique<MapCanvas>();
    m_canvas->resize(800, 600);
    m_canvas->setLayerStack(m_stack.get());
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
    m_canvas->setViewport(MapViewport(m_canvas->fromLonLat(kPeopleSquare), kScale, m_canvas->size()));

    m_controller = new MapToolController(*m_canvas, m_canvas.get());
    m_pan = new MapToolPan(*m_canvas);
    m_controller->setDefaultTool(m_pan);
}

void TestMapTools::cleanup()
{
    m_canvas.reset();
    m_stack.reset();
}

void TestMapTools::panToolLetsTheCanvasPan()
{
    QCOMPARE(m_controller->activeTool(), m_pan);
    const QPointF centre = m_canvas->viewport().centre();
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(300, 300));
    QTest::mouseMove(m_canvas.get(), QPoint(340, 300));
    QTest::mouseMove(m_canvas.get(), QPoint(400, 300));
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(400, 300));
    QVERIFY(near(m_canvas->viewport().centre() - centre, QPointF(-100 * kScale, 0), 1e-6));
}

void TestMapTools::zoomBoxFitsTheDraggedRectangle()
{
    auto* zoom = new MapToolZoomBox(*m_canvas);
    m_controller->setTool(zoom);
    const QPoint from(100, 150);
    const QPoint to(300, 250); // 200 x 100 px: the same aspect as... wider than the 800 x 600 view
    const QRectF expected =
        QRectF(m_canvas->viewport().toMap(from), m_canvas->viewport().toMap(to)).normalized();
    const QPointF centreBefore = m_canvas->viewport().centre();

    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_canvas.get(), QPoint(200, 200));
    QTest::mouseMove(m_canvas.get(), to);
    QCOMPARE(zoom->rubberBand(), QRectF(QPointF(from), QPointF(to)));
    QVERIFY(near(m_canvas->viewport().centre(), centreBefore, 1e-9)); // the canvas did not pan
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, to);

    const QRectF extent = m_canvas->viewport().extent();
    QVERIFY(near(extent.center(), expected.center(), 1e-6));
    // 200 px of 2 m over 800 px: 0.5 m per pixel; the rectangle fills the width exactly.
    QVERIFY(std::abs(m_canvas->viewport().scale() - 0.5) < 1e-9);
    QVERIFY(std::abs(extent.width() - expected.width()) < 1e-6);
    QVERIFY(extent.contains(expected.adjusted(1e-6, 1e-6, -1e-6, -1e-6)));
    QVERIFY(zoom->rubberBand().isNull());
}

void TestMapTools::zoomBoxClickZoomsInAboutThePoint()
{
    m_controller->setTool(new MapToolZoomBox(*m_canvas));
    const QPoint click(200, 400);
    const QPointF under = m_canvas->viewport().toMap(click);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, click);
    QVERIFY(std::abs(m_canvas->viewport().scale() - kScale / 2) < 1e-9);
    QVERIFY(near(m_canvas->viewport().toMap(click), under, 1e-6));
}

void TestMapTools::zoomBoxEscapeCancels()
{
    auto* zoom = new MapToolZoomBox(*m_canvas);
    m_controller->setTool(zoom);
    const MapViewport before = m_canvas->viewport();
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, QPoint(100, 100));
    QTest::mouseMove(m_canvas.get(), QPoint(300, 300));
    QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
    QVERIFY(zoom->rubberBand().isNull());
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, QPoint(300, 300));
    QCOMPARE(m_canvas->viewport(), before);
}

void TestMapTools::actionsSwitchTheActiveTool()
{
    QActionGroup group(this);
    auto* panAction = group.addAction(QStringLiteral("Pan"));
    auto* measureAction = group.addAction(QStringLiteral("Measure"));
    m_pan->setAction(panAction);
    auto* measure = new MapToolMeasure(*m_canvas);
    measure->setAction(measureAction);
    m_controller->addTool(measure);
    QSignalSpy changed(m_controller, &MapToolController::toolChanged);

    measureAction->trigger();
    QCOMPARE(m_controller->activeTool(), measure);
    QVERIFY(measure->isActive());
    QVERIFY(!m_pan->isActive());
    QCOMPARE(m_canvas->cursor().shape(), Qt::CrossCursor);
    QCOMPARE(changed.count(), 1);

    m_controller->setTool(nullptr); // back to the default
    QCOMPARE(m_controller->activeTool(), m_pan);
    QVERIFY(panAction->isChecked());
    QVERIFY(!measureAction->isChecked());
    QCOMPARE(m_canvas->cursor().shape(), Qt::OpenHandCursor);
}

void TestMapTools::extentHistoryGoesBackAndForward()
{
    ExtentHistory history(*m_canvas);
    history.recordCurrent();
    const MapViewport start = m_canvas->viewport();
    const QPointF c = start.centre();
    const QRectF a(c.x() - 500, c.y() - 500, 1000, 1000);
    const QRectF b(c.x() + 200, c.y() + 100, 300, 300);
    QVERIFY(!history.canGoBack());

    m_canvas->zoomToExtent(a);
    history.settle();
    const MapViewport atA = m_canvas->viewport();
    m_canvas->zoomToExtent(b);
    history.settle();
    const MapViewport atB = m_canvas->viewport();
    QCOMPARE(history.count(), 3);
    QVERIFY(history.canGoBack());
    QVERIFY(!history.canGoForward());

    history.back();
    QCOMPARE(m_canvas->viewport(), atA);
    QVERIFY(history.canGoForward());
    history.back();
    QCOMPARE(m_canvas->viewport(), start);
    QVERIFY(!history.canGoBack());
    history.back(); // nothing further back
    QCOMPARE(m_canvas->viewport(), start);
    history.forward();
    history.forward();
    QCOMPARE(m_canvas->viewport(), atB);
    QCOMPARE(history.count(), 3); // navigating records nothing
}

void TestMapTools::extentHistoryDebouncesAndDropsForwardEntries()
{
    ExtentHistory history(*m_canvas);
    history.setSettleDelay(50);
    history.recordCurrent();
    const MapViewport start = m_canvas->viewport();
    // A burst of wheel zooms is one entry once it settles.
    for (int i = 0; i < 3; ++i) {
        QWheelEvent wheel(QPointF(400, 300), m_canvas->mapToGlobal(QPointF(400, 300)), QPoint(),
                          QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_canvas.get(), &wheel);
    }
    QTRY_COMPARE(history.count(), 2);
    const MapViewport zoomed = m_canvas->viewport();
    QVERIFY(zoomed.scale() < start.scale());

    history.back();
    QCOMPARE(m_canvas->viewport(), start);
    QTest::qWait(120); // the viewportChanged of back() records nothing
    QCOMPARE(history.count(), 2);
    QVERIFY(history.canGoForward());

    m_canvas->zoomIn(); // a new extent after going back drops the forward entry
    QTRY_VERIFY(!history.canGoForward());
    QCOMPARE(history.count(), 2);
    QVERIFY(!(m_canvas->viewport() == zoomed));
}

void TestMapTools::measureReportsTheDistanceOfClickedPoints()
{
    auto* measure = new MapToolMeasure(*m_canvas);
    m_controller->setTool(measure);
    QSignalSpy distance(measure, &MapToolMeasure::distanceChanged);
    QSignalSpy messages(m_controller, &MapToolController::messageEmitted);
    const QPointF centre = m_canvas->viewport().centre();

    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(100, 100));
    QTest::mouseMove(m_canvas.get(), QPoint(400, 100)); // 300 px to the cursor: 600 m running
    QVERIFY(std::abs(distance.last().at(0).toDouble() - 600) < 1e-6);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(400, 500)); // a 300-400-500 triangle
    QVERIFY(std::abs(measure->distance() - 1000) < 1e-6);
    QVERIFY(std::abs(distance.last().at(0).toDouble() - 1000) < 1e-6);
    QVERIFY(messages.last().at(0).toString().contains(QStringLiteral("1.000 km")));
    QVERIFY(near(m_canvas->viewport().centre(), centre, 1e-9)); // clicks did not pan

    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(400, 550)); // 50 px more: 100 m
    QTest::keyClick(m_canvas.get(), Qt::Key_Escape);
    QVERIFY(!measure->isMeasuring());
    QCOMPARE(int(measure->points().size()), 3);
    QVERIFY(std::abs(measure->distance() - 1100) < 1e-6);
    QCOMPARE(messages.last().at(0).toString(), QStringLiteral("Distance: 1.100 km"));

    QTest::keyClick(m_canvas.get(), Qt::Key_Escape); // a second Esc clears
    QVERIFY(measure->points().empty());
    QCOMPARE(m_controller->activeTool(), measure);
    QTest::keyClick(m_canvas.get(), Qt::Key_Escape); // a third leaves the tool
    QCOMPARE(m_controller->activeTool(), m_pan);
    QCOMPARE(MapToolMeasure::formatDistance(350.4), QStringLiteral("350.4 m"));
    QCOMPARE(MapToolMeasure::formatDistance(12345.6), QStringLiteral("12.346 km"));
}

void TestMapTools::measureFinishesOnDoubleClickAndRightClick()
{
    auto* measure = new MapToolMeasure(*m_canvas);
    m_controller->setTool(measure);
    QSignalSpy finished(measure, &MapToolMeasure::finished);
    QSignalSpy menu(m_controller, &MapToolController::contextMenuRequested);

    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(100, 100));
    QTest::mouseDClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(100, 300));
    QCOMPARE(finished.count(), 1);
    QVERIFY(std::abs(finished.last().at(0).toDouble() - 400) < 1e-6);

    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(500, 100)); // starts a new one
    QCOMPARE(int(measure->points().size()), 1);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(600, 100));
    QVERIFY(measure->wantsRightClick());
    QTest::mousePress(m_canvas.get(), Qt::RightButton, {}, QPoint(600, 100));
    QContextMenuEvent context(QContextMenuEvent::Mouse, QPoint(600, 100),
                              m_canvas->mapToGlobal(QPoint(600, 100)));
    QApplication::sendEvent(m_canvas.get(), &context);
    QTest::mouseRelease(m_canvas.get(), Qt::RightButton, {}, QPoint(600, 100));
    QCOMPARE(finished.count(), 2);
    QVERIFY(std::abs(finished.last().at(0).toDouble() - 200) < 1e-6);
    QCOMPARE(menu.count(), 0); // the right click ended the measurement, no menu

    m_controller->setTool(m_pan); // switching tools clears the measurement
    QVERIFY(measure->points().empty());
}

void TestMapTools::placeEmitsTheLonLatOfTheClickedPixel()
{
    auto* place = new MapToolPlace(*m_canvas);
    m_controller->setTool(place);
    QCOMPARE(m_canvas->cursor().shape(), Qt::CrossCursor);
    QSignalSpy picked(place, &MapToolPlace::locationPicked);
    QSignalSpy clicked(m_canvas.get(), &MapCanvas::mapClicked);
    const QPoint pixel(250, 150);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, pixel);
    QCOMPARE(picked.count(), 1);
    QCOMPARE(clicked.count(), 0); // the tool consumed the click
    const QPointF expected = m_canvas->toLonLat(m_canvas->viewport().toMap(pixel));
    QVERIFY(near(picked.at(0).at(0).toPointF(), expected, 1e-9));
    // 150 px left and 150 px up of the centre (People's Square): west and north of it.
    QVERIFY(expected.x() < kPeopleSquare.x() && expected.y() > kPeopleSquare.y());
    QVERIFY(place->pickedPoint());
    QVERIFY(near(*place->pickedPoint(), m_canvas->viewport().toMap(pixel), 1e-9));

    // The marker is drawn on the overlay.
    const QImage overlay = m_controller->overlay()->grab().toImage();
    QCOMPARE(overlay.pixelColor(pixel + QPoint(8, 0)).red() > 150, true);
    place->clearMarker();
    QVERIFY(!place->pickedPoint());
}

void TestMapTools::identifyReportsThePointUnderTheCursor()
{
    auto* identify = new MapToolIdentify(*m_canvas);
    m_controller->setTool(identify);
    std::vector<IdentifiedFeature> found;
    int calls = 0;
    connect(identify, &MapToolIdentify::identified, this,
            [&](QPointF, const std::vector<IdentifiedFeature>& features) {
                found = features;
                ++calls;
            });
    QSignalSpy pointClicked(m_canvas.get(), &MapCanvas::pointClicked);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, (pixelOf(kPeopleSquare) + QPointF(2, 1)).toPoint());
    QCOMPARE(calls, 1);
    QCOMPARE(pointClicked.count(), 0);
    QCOMPARE(int(found.size()), 1);
    QCOMPARE(found.front().layerId, QStringLiteral("incidents"));
    QCOMPARE(found.front().fid, 42);
    QCOMPARE(found.front().attributes.value(QStringLiteral("label")).toString(), QStringLiteral("JA-0042"));

    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, QPoint(20, 20));
    QCOMPARE(calls, 2);
    QVERIFY(found.empty());
}

void TestMapTools::rightClickRequestsTheContextMenu()
{
    QSignalSpy menu(m_controller, &MapToolController::contextMenuRequested);
    QContextMenuEvent context(QContextMenuEvent::Mouse, QPoint(120, 80),
                              m_canvas->mapToGlobal(QPoint(120, 80)));
    QApplication::sendEvent(m_canvas.get(), &context);
    QCOMPARE(menu.count(), 1);
    QCOMPARE(menu.at(0).at(0).toPointF(), QPointF(120, 80));
}

void TestMapTools::hoverReportsThePointUnderTheCursor()
{
    m_controller->setHoverDelay(10);
    QSignalSpy hovered(m_controller, &MapToolController::pointHovered);
    QSignalSpy ended(m_controller, &MapToolController::hoverEnded);
    QTest::mouseMove(m_canvas.get(), pixelOf(kPeopleSquare).toPoint());
    QTRY_COMPARE(hovered.count(), 1);
    QCOMPARE(hovered.at(0).at(0).toString(), QStringLiteral("incidents"));
    QCOMPARE(hovered.at(0).at(1).toLongLong(), 42);
    QTest::mouseMove(m_canvas.get(), QPoint(30, 30));
    QTRY_COMPARE(ended.count(), 1);
    QCOMPARE(hovered.count(), 1);
}

void TestMapTools::highlightPansToAnOffScreenPoint()
{
    const QPointF onScreen = m_canvas->viewport().toMap(QPointF(200, 200));
    const QPointF centre = m_canvas->viewport().centre();
    m_controller->highlight(onScreen);
    QVERIFY(near(m_canvas->viewport().centre(), centre, 1e-9)); // visible: no pan
    QCOMPARE(*m_controller->overlay()->highlight(), onScreen);

    const QPointF offScreen = m_canvas->viewport().toMap(QPointF(2000, -900));
    m_controller->highlight(offScreen);
    QVERIFY(near(m_canvas->viewport().centre(), offScreen, 1e-6));
    m_controller->highlight(std::nullopt);
    QVERIFY(!m_controller->overlay()->highlight());
}

void TestMapTools::overlayFollowsTheCanvasSize()
{
    QCOMPARE(m_controller->overlay()->geometry(), m_canvas->rect());
    QVERIFY(m_controller->overlay()->testAttribute(Qt::WA_TransparentForMouseEvents));
    m_canvas->resize(640, 480);
    QCOMPARE(m_controller->overlay()->size(), QSize(640, 480));
}

QTEST_MAIN(TestMapTools)
#include "test_map_tools.moc"
