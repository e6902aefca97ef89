#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "map/map_viewport.h"
#include "map/point_clusters.h"
#include "map/point_layer.h"
#include "map/point_sprite_atlas.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace xiuhua;
using map::MapPoint;
using map::PointLayer;

// Operational points cluster into count badges at overview scales.
class TestPointClusters : public QObject
{
    Q_OBJECT

private slots:
    void gridCellsBecomeClusters();
    void layerClustersOnlyAtOverviewScales();
    void panningKeepsTheClusters();
    void badgeDrawnInTheMostUrgentStateColour();
};

namespace {

const QPointF kLonLat(121.4737, 31.2304);

geo::CoordinateTransform toUtm()
{
    return geo::CoordinateTransform::fromEpsg(geo::kWgs84Epsg, geo::kJurisdictionEpsg);
}

// 50 points within ~100 m, plus one 20 km east.
std::vector<MapPoint> crowdAndLoner()
{
    std::vector<MapPoint> points;
    for (int i = 0; i < 50; ++i)
        points.push_back({i,
                          kLonLat.x() + (i % 7) * 0.0001,
                          kLonLat.y() + (i / 7) * 0.0001,
                          {},
                          {},
                          i == 17 ? QStringLiteral("new") : QStringLiteral("closed"),
                          Qt::gray});
    points.push_back({99, kLonLat.x() + 0.2, kLonLat.y(), {}, {}, QStringLiteral("closed"), Qt::gray});
    return points;
}

} // namespace

void TestPointClusters::gridCellsBecomeClusters()
{
    const std::vector<QPointF> points{{10, 10}, {20, 20}, {30, 30}, {150, 10}, {160, 20}, {500, 500}};
    const map::PointClusters clusters(points, {5, 1, 7, 2, 3, 0}, 100, 2);
    QCOMPARE(clusters.clusters().size(), std::size_t(2));
    // Smaller clusters first (drawn below bigger ones).
    QCOMPARE(clusters.clusters()[0].count, 2);
    QCOMPARE(clusters.clusters()[0].rank, 2);
    QCOMPARE(clusters.clusters()[0].centre, QPointF(155, 15));
    QCOMPARE(clusters.clusters()[1].count, 3);
    QCOMPARE(clusters.clusters()[1].rank, 1);
    QCOMPARE(clusters.clusters()[1].centre, QPointF(20, 20));
    QCOMPARE(clusters.clusters()[1].bounds, QRectF(10, 10, 20, 20));
    QVERIFY(clusters.isClustered(0) && clusters.isClustered(4));
    QVERIFY(!clusters.isClustered(5)); // alone in its cell
}

void TestPointClusters::layerClustersOnlyAtOverviewScales()
{
    PointLayer layer(QStringLiteral("responders"), QStringLiteral("Responders"), toUtm());
    layer.setPoints(crowdAndLoner());
    layer.setClustering({20, 64, 3});
    const QPointF crowd = toUtm().transform(kLonLat);
    const map::MapViewport street(crowd, 2, QSize(800, 600));
    QVERIFY(!layer.isClustering(street));
    QVERIFY(layer.clusters(street).empty());
    QVERIFY(layer.pointAt(QPointF(400, 300), street, 4).has_value());

    const map::MapViewport overview(crowd, 50, QSize(800, 600));
    QVERIFY(layer.isClustering(overview));
    const std::vector<map::PointCluster> clusters = layer.clusters(overview);
    int clustered = 0;
    for (const map::PointCluster& c : clusters)
        clustered += c.count;
    QCOMPARE(clustered, 50); // the loner is drawn on its own
    // A click on a badge finds the cluster, not one of the points under it.
    const QPointF badge = overview.toPixel(clusters.back().centre);
    QVERIFY(layer.clusterAt(badge, overview).has_value());
    QCOMPARE(layer.pointAt(badge, overview, 4), std::nullopt);
    const QPointF loner = overview.toPixel(toUtm().transform(QPointF(kLonLat.x() + 0.2, kLonLat.y())));
    QCOMPARE(layer.pointAt(loner, overview, 4), std::optional<qint64>(99));
    QVERIFY(!layer.clusterAt(loner, overview).has_value());
}

void TestPointClusters::panningKeepsTheClusters()
{
    PointLayer layer(QStringLiteral("responders"), QStringLiteral("Responders"), toUtm());
    layer.setPoints(crowdAndLoner());
    layer.setClustering({20, 64, 3});
    const QPointF crowd = toUtm().transform(kLonLat);
    const auto before = layer.clusters(map::MapViewport(crowd, 50, QSize(800, 600)));
    const auto after = layer.clusters(map::MapViewport(crowd + QPointF(1234, -567), 50, QSize(800, 600)));
    QCOMPARE(after.size(), before.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].centre, before[i].centre);
        QCOMPARE(after[i].count, before[i].count);
    }
}

void TestPointClusters::badgeDrawnInTheMostUrgentStateColour()
{
    auto atlas = std::make_shared<map::PointSpriteAtlas>();
    atlas->setMarker(QStringLiteral("new"), {QColor(0xd3, 0x2f, 0x2f), 3, {}, 1.0});
    atlas->setMarker(QStringLiteral("closed"), {QColor(0x75, 0x75, 0x75), 2, {}, 0.45});
    PointLayer layer(QStringLiteral("incidents"), QStringLiteral("Incidents"), toUtm());
    layer.setSpriteAtlas(atlas);
    std::vector<MapPoint> points = crowdAndLoner();
    points.pop_back();
    layer.setPoints(points);
    layer.setClustering({20, 400, 3}); // one big cell: one cluster of 50
    const map::MapViewport overview(toUtm().transform(kLonLat), 50, QSize(200, 200));
    QCOMPARE(layer.clusters(overview).size(), std::size_t(1));
    QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    layer.render(painter, overview);
    painter.end();
    const QPointF at = overview.toPixel(layer.clusters(overview).front().centre);
    // Inside the badge, off its digits: the colour of the one new incident among 49 closed.
    const QColor c = image.pixelColor(int(at.x()) - 9, int(at.y()));
    QVERIFY2(std::abs(c.red() - 0xd3) < 12 && std::abs(c.green() - 0x2f) < 12, qPrintable(c.name()));
}

QTEST_MAIN(TestPointClusters)
#include "test_point_clusters.moc"
