#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "map/label_placer.h"
#include "map/map_viewport.h"
#include "map/point_layer.h"

#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>

using namespace xiuhua;
using map::MapPoint;
using map::PointLayer;

class TestPointLayer : public QObject
{
    Q_OBJECT

private slots:
    void projectsAndHitTests();
    void drawsInThePointColour();
    void pointsInEqualsBruteForce();
    void statusChangeKeepsPositionsAndMoveUpdatesThem();
    void updatePointsReplacesInPlaceOrChangesNothing();
    void labelsArePlacedWithoutOverlap();
};

static geo::CoordinateTransform toUtm()
{
    return geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::kJurisdictionEpsg);
}

void TestPointLayer::projectsAndHitTests()
{
    PointLayer layer(QStringLiteral("incidents"), QStringLiteral("Incidents"), toUtm());
    QSignalSpy changed(&layer, &PointLayer::changed);
    layer.setPoints({{7, 121.4737, 31.2304, QStringLiteral("A"), {}, {}, Qt::red},
                     {8, 121.4757, 31.2304, QStringLiteral("B"), {}, {}, Qt::blue},
                     {9, 121.0, 95.0, QStringLiteral("bad latitude"), {}, {}, Qt::green}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(layer.points().size(), std::size_t(2)); // the untransformable point is dropped
    QVERIFY(layer.isOperational());
    QVERIFY(layer.point(8).has_value());
    QVERIFY(!layer.point(9).has_value());

    const QPointF a = toUtm().transform(QPointF(121.4737, 31.2304));
    const map::MapViewport viewport(a, 1.0, QSize(400, 300));
    QCOMPARE(layer.pointAt(QPointF(200, 150), viewport, 4), std::optional<qint64>(7));
    QCOMPARE(layer.pointAt(QPointF(203, 148), viewport, 4), std::optional<qint64>(7));
    QCOMPARE(layer.pointAt(QPointF(100, 40), viewport, 4), std::nullopt);
    // 0.002 degrees east is ~190 m, i.e. 190 px at 1 m/px.
    QCOMPARE(layer.pointAt(QPointF(390, 150), viewport, 6), std::optional<qint64>(8));
    QVERIFY(layer.extent().width() > 180 && layer.extent().width() < 200);
}

void TestPointLayer::drawsInThePointColour()
{
    PointLayer layer(QStringLiteral("incidents"), QStringLiteral("Incidents"), toUtm());
    layer.setPoints({{1, 121.4737, 31.2304, {}, {}, {}, QColor(200, 0, 0)}});
    const map::MapViewport viewport(toUtm().transform(QPointF(121.4737, 31.2304)), 1.0, QSize(100, 100));
    QImage image(100, 100, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    layer.render(painter, viewport);
    painter.end();
    QCOMPARE(image.pixelColor(50, 50), QColor(200, 0, 0));
    QCOMPARE(image.pixelColor(5, 5), QColor(Qt::white));
}

void TestPointLayer::pointsInEqualsBruteForce()
{
    PointLayer layer(QStringLiteral("responders"), QStringLiteral("Responders"), toUtm());
    std::vector<MapPoint> points;
    for (int i = 0; i < 2000; ++i)
        points.push_back(
            {i, 121.44 + (i * 7919 % 1000) * 0.00006, 31.21 + (i * 104729 % 1000) * 0.00004, {}, {}, {}, {}});
    layer.setPoints(points);
    const QRectF extent = layer.extent();
    for (int q = 0; q < 50; ++q) {
        const QRectF rect(extent.left() + extent.width() * (q % 7) / 8.0,
                          extent.top() + extent.height() * (q % 5) / 6.0, extent.width() * (1 + q % 3) / 6.0,
                          extent.height() * (1 + q % 4) / 7.0);
        std::vector<qint64> expected;
        const geo::CoordinateTransform t = toUtm();
        for (const MapPoint& p : layer.points()) {
            const QPointF xy = t.transform(QPointF(p.lon, p.lat));
            if (xy.x() >= rect.left() && xy.x() <= rect.right() && xy.y() >= rect.top() &&
                xy.y() <= rect.bottom())
                expected.push_back(p.id);
        }
        QCOMPARE(layer.pointsIn(rect), expected);
    }
}

void TestPointLayer::statusChangeKeepsPositionsAndMoveUpdatesThem()
{
    PointLayer layer(QStringLiteral("incidents"), QStringLiteral("Incidents"), toUtm());
    std::vector<MapPoint> points{{1, 121.4737, 31.2304, {}, {}, {}, Qt::red},
                                 {2, 121.4757, 31.2314, {}, {}, {}, Qt::blue}};
    layer.setPoints(points);
    const QPointF a = toUtm().transform(QPointF(121.4737, 31.2304));
    const map::MapViewport viewport(a, 1.0, QSize(400, 300));
    QCOMPARE(layer.pointAt(QPointF(200, 150), viewport, 2), std::optional<qint64>(1));

    points[0].colour = Qt::green; // a status change: same place
    layer.setPoints(points);
    QCOMPARE(layer.point(1)->colour, QColor(Qt::green));
    QCOMPARE(layer.pointAt(QPointF(200, 150), viewport, 2), std::optional<qint64>(1));

    points[0].lon += 0.001; // moved ~95 m east
    layer.setPoints(points);
    QCOMPARE(layer.pointAt(QPointF(200, 150), viewport, 2), std::nullopt);
    QVERIFY(layer.pointAt(QPointF(295, 150), viewport, 4).has_value());
    QCOMPARE(layer.pointsIn(QRectF(a - QPointF(10, 10), QSizeF(20, 20))), std::vector<qint64>{});
}

// The one-responder update the board and map get from another seat: in place, in the same order,
// the index following a move; a point the layer does not have refuses the whole update.
void TestPointLayer::updatePointsReplacesInPlaceOrChangesNothing()
{
    PointLayer layer(QStringLiteral("incidents"), QStringLiteral("Incidents"), toUtm());
    layer.setPoints({{1, 121.4737, 31.2304, {}, {}, {}, Qt::red},
                     {2, 121.4757, 31.2314, {}, {}, {}, Qt::blue},
                     {3, 121.4767, 31.2324, {}, {}, {}, Qt::blue}});
    const QPointF a = toUtm().transform(QPointF(121.4737, 31.2304));
    const map::MapViewport viewport(a, 1.0, QSize(400, 300));
    QSignalSpy changed(&layer, &PointLayer::changed);

    QVERIFY(layer.updatePoints({{2, 121.4757, 31.2314, QStringLiteral("on scene"), {}, {}, Qt::green}}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(layer.point(2)->colour, QColor(Qt::green));
    QCOMPARE(layer.points()[1].id, 2); // same place in the drawing order
    QCOMPARE(layer.points()[1].label, QStringLiteral("on scene"));

    QVERIFY(layer.updatePoints({{1, 121.4747, 31.2304, {}, {}, {}, Qt::red}})); // ~95 m east
    QCOMPARE(layer.pointAt(QPointF(200, 150), viewport, 2), std::nullopt);
    QCOMPARE(layer.pointAt(QPointF(295, 150), viewport, 4), std::optional<qint64>(1));
    QCOMPARE(layer.pointsIn(QRectF(a - QPointF(10, 10), QSizeF(20, 20))), std::vector<qint64>{});

    QVERIFY(!layer.updatePoints(
        {{3, 121.4767, 31.2324, {}, {}, {}, Qt::black}, {99, 121.47, 31.23, {}, {}, {}, Qt::black}}));
    QCOMPARE(layer.point(3)->colour, QColor(Qt::blue));                      // nothing changed
    QVERIFY(!layer.updatePoints({{3, 121.0, 95.0, {}, {}, {}, Qt::black}})); // cannot be placed
    QCOMPARE(layer.point(3)->lat, 31.2324);
    QCOMPARE(changed.count(), 2);
}

void TestPointLayer::labelsArePlacedWithoutOverlap()
{
    PointLayer layer(QStringLiteral("incidents"), QStringLiteral("Incidents"), toUtm());
    std::vector<MapPoint> points;
    for (int i = 0; i < 300; ++i)
        points.push_back({i,
                          121.470 + (i % 20) * 0.0003,
                          31.229 + (i / 20) * 0.0002,
                          QStringLiteral("20261126-%1").arg(i),
                          {},
                          {},
                          Qt::red});
    layer.setPoints(points);
    const map::MapViewport viewport(layer.extent().center(), 0.5, QSize(800, 600));
    QImage image(800, 600, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    map::LabelPlacer placer(QRectF(0, 0, 800, 600));
    layer.render(painter, viewport);
    layer.renderLabels(painter, viewport, placer);
    painter.end();
    QVERIFY(placer.placedCount() > 20);
    QVERIFY(placer.placedCount() < 300); // dense: collisions leave some out
    // Placing them again finds no free room for any of them.
    const int before = placer.placedCount();
    QImage scratch(800, 600, QImage::Format_ARGB32_Premultiplied);
    QPainter again(&scratch);
    layer.renderLabels(again, viewport, placer);
    QCOMPARE(placer.placedCount(), before);
}

QTEST_MAIN(TestPointLayer)
#include "test_point_layer.moc"
