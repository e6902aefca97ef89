#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "map/canvas/map_canvas.h"
#include "map/default_styles.h"
#include "map/layer_stack.h"
#include "map/point_layer.h"
#include "map/vector_layer.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace xiuhua;
using namespace xiuhua::map;

namespace {

const QString kOsmPath = QStringLiteral(XIUHUA_MAPS_DIR "/source/huangpu_people_square_roads.osm");
const QPointF kPeopleSquare(121.4737, 31.2304);

bool near(QPointF a, QPointF b, double eps)
{
    return std::abs(a.x() - b.x()) < eps && std::abs(a.y() - b.y()) < eps;
}

} // namespace

class TestMapCanvas : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startsAtFullExtentAndPaints();
    void wheelZoomKeepsCursorPointFixed();
    void dragPansByTheDraggedDistance();
    void clickOnPointEmitsPointClicked();
    void clickElsewhereEmitsMapClicked();
    void keyboardZoomAndPan();
    void hoverReportsCoordinates();

private:
    std::unique_ptr<LayerStack> m_stack;
    std::unique_ptr<MapCanvas> m_canvas;
    PointLayer* m_incidents = nullptr;
};

void TestMapCanvas::init()
{
    m_stack = std::make_unique<LayerStack>();
    auto roads = std::make_unique<VectorLayer>(QStringLiteral("lines"), QStringLiteral("Roads"),
                                               default_styles::forLayer(QStringLiteral("lines")), 50);
    QVERIFY(roads->load(kOsmPath, QStringLiteral("lines"),
                        geo::spatialReferenceFromEpsg(geo::kJurisdictionEpsg)));
    m_stack->add(std::move(roads));
    m_incidents = m_stack->add(std::make_unique<PointLayer>(
        QStringLiteral("incidents"), QStringLiteral("Incidents"),
        geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::kJurisdictionEpsg)));
    m_incidents->setPoints(
        {{42, kPeopleSquare.x(), kPeopleSquare.y(), QStringLiteral("Theft"), {}, {}, Qt::red}});

    m_canvas = std::make_unique<MapCanvas>();
    m_canvas->resize(800, 600);
    m_canvas->setLayerStack(m_stack.get());
    m_canvas->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_canvas.get()));
}

void TestMapCanvas::cleanup()
{
    m_canvas.reset();
    m_stack.reset();
}

void TestMapCanvas::startsAtFullExtentAndPaints()
{
    // The base map is rendered in the background: the first frames may show
    // only the background, then the finished image.
    QVERIFY(
        QTest::qWaitFor([this] { return !m_canvas->isRendering() && !m_canvas->baseMapImage().isNull(); }));
    const QImage shot = m_canvas->grab().toImage();
    QVERIFY(m_canvas->viewport().extent().contains(m_stack->extent().center()));
    QCOMPARE(m_canvas->viewport().outputSize(), QSize(800, 600));
    int roadPixels = 0;
    for (int y = 0; y < 500; y += 3) {
        for (int x = 0; x < 800; x += 3)
            roadPixels += shot.pixelColor(x, y) != default_styles::background() ? 1 : 0;
    }
    QVERIFY(roadPixels > 500);
}

void TestMapCanvas::wheelZoomKeepsCursorPointFixed()
{
    const QPointF cursor(210, 170);
    const QPointF before = m_canvas->viewport().toMap(cursor);
    const double scaleBefore = m_canvas->viewport().scale();
    QWheelEvent wheel(cursor, m_canvas->mapToGlobal(cursor), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_canvas.get(), &wheel);
    QVERIFY(m_canvas->viewport().scale() < scaleBefore * 0.9);
    QVERIFY(near(m_canvas->viewport().toMap(cursor), before, 1e-6));

    QWheelEvent back(cursor, m_canvas->mapToGlobal(cursor), QPoint(), QPoint(0, -120), Qt::NoButton,
                     Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_canvas.get(), &back);
    QVERIFY(std::abs(m_canvas->viewport().scale() - scaleBefore) < 1e-9);
    QVERIFY(near(m_canvas->viewport().toMap(cursor), before, 1e-6));
}

void TestMapCanvas::dragPansByTheDraggedDistance()
{
    const QPoint from(300, 300);
    const QPoint to(380, 250);
    const QPointF grabbed = m_canvas->viewport().toMap(from);
    const QPointF centreBefore = m_canvas->viewport().centre();
    QSignalSpy clicked(m_canvas.get(), &MapCanvas::mapClicked);
    QTest::mousePress(m_canvas.get(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_canvas.get(), QPoint(340, 280));
    m_canvas->repaint(); // the shifted cached image is painted mid-drag
    QTest::mouseMove(m_canvas.get(), to);
    QTest::mouseRelease(m_canvas.get(), Qt::LeftButton, {}, to);
    const double s = m_canvas->viewport().scale();
    QVERIFY(near(m_canvas->viewport().toPixel(grabbed), to, 1e-6));
    QVERIFY(near(m_canvas->viewport().centre() - centreBefore, QPointF(-80 * s, -50 * s), 1e-6));
    QCOMPARE(clicked.count(), 0); // a drag is not a click
}

void TestMapCanvas::clickOnPointEmitsPointClicked()
{
    QSignalSpy pointSpy(m_canvas.get(), &MapCanvas::pointClicked);
    QSignalSpy mapSpy(m_canvas.get(), &MapCanvas::mapClicked);
    const QPointF pixel = m_canvas->viewport().toPixel(m_canvas->fromLonLat(kPeopleSquare));
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, (pixel + QPointF(2, -1)).toPoint());
    QCOMPARE(pointSpy.count(), 1);
    QCOMPARE(pointSpy.at(0).at(0).toString(), QStringLiteral("incidents"));
    QCOMPARE(pointSpy.at(0).at(1).toLongLong(), 42);
    QCOMPARE(mapSpy.count(), 0);
}

void TestMapCanvas::clickElsewhereEmitsMapClicked()
{
    QSignalSpy pointSpy(m_canvas.get(), &MapCanvas::pointClicked);
    QSignalSpy mapSpy(m_canvas.get(), &MapCanvas::mapClicked);
    const QPointF pixel = m_canvas->viewport().toPixel(m_canvas->fromLonLat(kPeopleSquare)) + QPointF(60, 40);
    QTest::mouseClick(m_canvas.get(), Qt::LeftButton, {}, pixel.toPoint());
    QCOMPARE(pointSpy.count(), 0);
    QCOMPARE(mapSpy.count(), 1);
    const QPointF lonLat = mapSpy.at(0).at(0).toPointF();
    const QPointF expected = m_canvas->toLonLat(m_canvas->viewport().toMap(pixel.toPoint()));
    QVERIFY(near(lonLat, expected, 1e-9));
    QVERIFY(lonLat.x() > kPeopleSquare.x() && lonLat.y() < kPeopleSquare.y()); // right and below
}

void TestMapCanvas::keyboardZoomAndPan()
{
    const MapViewport start = m_canvas->viewport();
    QTest::keyClick(m_canvas.get(), Qt::Key_Plus);
    QVERIFY(std::abs(m_canvas->viewport().scale() - start.scale() / 1.5) < 1e-9);
    QTest::keyClick(m_canvas.get(), Qt::Key_Minus);
    QVERIFY(std::abs(m_canvas->viewport().scale() - start.scale()) < 1e-9);
    QTest::keyClick(m_canvas.get(), Qt::Key_Right);
    QVERIFY(m_canvas->viewport().centre().x() > start.centre().x());
    QTest::keyClick(m_canvas.get(), Qt::Key_Up);
    QVERIFY(m_canvas->viewport().centre().y() > start.centre().y());
    QTest::keyClick(m_canvas.get(), Qt::Key_Home);
    QVERIFY(near(m_canvas->viewport().centre(), m_stack->extent().center(), 1e-6));
}

void TestMapCanvas::hoverReportsCoordinates()
{
    QSignalSpy hovered(m_canvas.get(), &MapCanvas::mapCoordinateHovered);
    const QPointF pixel = m_canvas->viewport().toPixel(m_canvas->fromLonLat(kPeopleSquare));
    QTest::mouseMove(m_canvas.get(), pixel.toPoint());
    QVERIFY(hovered.count() >= 1);
    const QPointF lonLat = hovered.last().at(0).toPointF();
    QVERIFY(near(lonLat, kPeopleSquare, 1e-4)); // within a pixel
}

QTEST_MAIN(TestMapCanvas)
#include "test_map_canvas.moc"
