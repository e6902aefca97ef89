#include "geo/coordinate_transform.h"
#include "geo/projection.h"
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

QTEST_MAIN(TestPointLayer)
#include "test_point_layer.moc"
