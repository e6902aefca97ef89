#include "map/map_viewport.h"

#include <QTest>

using xiuhua::map::MapViewport;

namespace {

bool near(QPointF a, QPointF b, double eps = 1e-6)
{
    return std::abs(a.x() - b.x()) < eps && std::abs(a.y() - b.y()) < eps;
}

} // namespace

class TestMapViewport : public QObject
{
    Q_OBJECT

private slots:
    void pixelMapRoundTrip();
    void northIsUp();
    void transformMatchesToPixel();
    void zoomKeepsAnchorFixed();
    void zoomIsClamped();
    void panMovesContentWithTheMouse();
    void fitExtentShowsAll();
};

static const MapViewport kView(QPointF(354633.6, 3456140.5), 2.0, QSize(800, 600));

void TestMapViewport::pixelMapRoundTrip()
{
    QVERIFY(near(kView.toPixel(kView.centre()), QPointF(400, 300)));
    for (const QPointF pixel : {QPointF(0, 0), QPointF(799.5, 12.25), QPointF(-50, 900)})
        QVERIFY(near(kView.toPixel(kView.toMap(pixel)), pixel));
    const QPointF map(354000.25, 3456500.75);
    QVERIFY(near(kView.toMap(kView.toPixel(map)), map));
    QCOMPARE(kView.extent().size(), QSizeF(1600, 1200));
    QVERIFY(near(kView.extent().center(), kView.centre()));
}

void TestMapViewport::northIsUp()
{
    const QPointF north = kView.toPixel(kView.centre() + QPointF(0, 100));
    QVERIFY(near(north, QPointF(400, 250)));
    const QPointF east = kView.toPixel(kView.centre() + QPointF(100, 0));
    QVERIFY(near(east, QPointF(450, 300)));
}

void TestMapViewport::transformMatchesToPixel()
{
    const QTransform t = kView.mapToPixelTransform();
    for (const QPointF map : {QPointF(354000, 3456000), QPointF(355123.5, 3457000.25)})
        QVERIFY(near(t.map(map), kView.toPixel(map), 1e-5));
}

void TestMapViewport::zoomKeepsAnchorFixed()
{
    for (const double factor : {2.0, 0.5, 1.37}) {
        MapViewport v = kView;
        const QPointF anchor(123, 456);
        const QPointF before = v.toMap(anchor);
        v.zoomBy(factor, anchor);
        QVERIFY(std::abs(v.scale() - kView.scale() / factor) < 1e-12);
        QVERIFY(near(v.toMap(anchor), before, 1e-6));
    }
}

void TestMapViewport::zoomIsClamped()
{
    MapViewport v = kView;
    v.zoomBy(1e6);
    QCOMPARE(v.scale(), MapViewport::kMinScale);
    v.zoomBy(1e-9);
    QCOMPARE(v.scale(), MapViewport::kMaxScale);
}

void TestMapViewport::panMovesContentWithTheMouse()
{
    MapViewport v = kView;
    const QPointF map = v.toMap(QPointF(100, 100));
    v.panByPixels(QPointF(30, -20));
    QVERIFY(near(v.toPixel(map), QPointF(130, 80)));
}

void TestMapViewport::fitExtentShowsAll()
{
    MapViewport v = kView;
    const QRectF extent(354000, 3455000, 3000, 1000); // wide: width decides
    v.fitExtent(extent, 10);
    QVERIFY(near(v.centre(), extent.center()));
    QVERIFY(std::abs(v.scale() - 3000.0 / 780) < 1e-9);
    QVERIFY(v.extent().contains(extent));
}

QTEST_GUILESS_MAIN(TestMapViewport)
#include "test_map_viewport.moc"
