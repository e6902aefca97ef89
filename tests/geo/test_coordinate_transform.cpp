#include "geo/approximate_transform.h"
#include "geo/coordinate_transform.h"
#include "geo/geo_error.h"
#include "geo/projection.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

using namespace xiuhua::geo;

class TestCoordinateTransform : public QObject
{
    Q_OBJECT

private slots:
    void lonLatToUtm51MatchesProj();
    void inverseRoundTrips();
    void transformsGeometriesAndBatches();
    void copyIsIndependent();
    void utmZonePicking();
    void invalidCrsThrows();
    void displayCrsPerJurisdiction();
    void approximateStaysWithinItsErrorOfTheExact_data();
    void approximateStaysWithinItsErrorOfTheExact();
    void approximateTransformsGeometriesAndPointsOutsideItsArea();
};

// Reference from PROJ: echo 121.4737 31.2304 | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:32651
static const QPointF kPeopleSquareLonLat(121.4737, 31.2304);
static const QPointF kPeopleSquareUtm(354633.648992544, 3456140.52964157);

void TestCoordinateTransform::lonLatToUtm51MatchesProj()
{
    const auto ct = CoordinateTransform::fromEpsg(kWgs84Epsg, jurisdictionEpsg());
    const QPointF p = ct.transform(kPeopleSquareLonLat);
    QVERIFY2(std::abs(p.x() - kPeopleSquareUtm.x()) < 0.01, qPrintable(QString::number(p.x(), 'f', 4)));
    QVERIFY2(std::abs(p.y() - kPeopleSquareUtm.y()) < 0.01, qPrintable(QString::number(p.y(), 'f', 4)));
}

void TestCoordinateTransform::inverseRoundTrips()
{
    const auto ct = CoordinateTransform::fromEpsg(kWgs84Epsg, kJurisdictionEpsg);
    const QPointF lonLat = ct.inverse().transform(kPeopleSquareUtm);
    QVERIFY(std::abs(lonLat.x() - kPeopleSquareLonLat.x()) < 1e-8);
    QVERIFY(std::abs(lonLat.y() - kPeopleSquareLonLat.y()) < 1e-8);
}

void TestCoordinateTransform::transformsGeometriesAndBatches()
{
    const auto ct = CoordinateTransform::fromEpsg(kWgs84Epsg, kJurisdictionEpsg);
    OGRPoint point(kPeopleSquareLonLat.x(), kPeopleSquareLonLat.y());
    QVERIFY(ct.transform(point));
    QVERIFY(std::abs(point.getX() - kPeopleSquareUtm.x()) < 0.01);
    QVERIFY(std::abs(point.getY() - kPeopleSquareUtm.y()) < 0.01);

    std::vector<QPointF> points{kPeopleSquareLonLat, kPeopleSquareLonLat + QPointF(0.01, 0)};
    QVERIFY(ct.transform(points));
    QVERIFY(std::abs(points[0].x() - kPeopleSquareUtm.x()) < 0.01);
    // 0.01 degree of longitude at 31.23 N is about 952 m.
    QVERIFY(std::abs(points[1].x() - points[0].x() - 952) < 5);

    const QRectF bounds = ct.transformBounds(QRectF(121.46, 31.22, 0.03, 0.02));
    QVERIFY(bounds.contains(kPeopleSquareUtm));
    QVERIFY(bounds.width() > 2800 && bounds.width() < 2900);
}

void TestCoordinateTransform::copyIsIndependent()
{
    auto original = CoordinateTransform::fromEpsg(kWgs84Epsg, kJurisdictionEpsg);
    const CoordinateTransform copy = original;
    original = CoordinateTransform::fromEpsg(kWgs84Epsg, 3857);
    QVERIFY(std::abs(copy.transform(kPeopleSquareLonLat).x() - kPeopleSquareUtm.x()) < 0.01);
    QVERIFY(std::abs(original.transform(kPeopleSquareLonLat).x() - kPeopleSquareUtm.x()) > 1000);
}

void TestCoordinateTransform::utmZonePicking()
{
    QCOMPARE(utmZone(121.47), 51);
    QCOMPARE(utmEpsgFor(121.47, 31.23), 32651);
    QCOMPARE(utmEpsgFor(-0.1, 51.5), 32630);
    QCOMPARE(utmEpsgFor(151.2, -33.9), 32756);
    QCOMPARE(utmZone(-180.0), 1);
    QCOMPARE(utmZone(180.0), 1);
    QCOMPARE(utmZone(179.99), 60);
}

void TestCoordinateTransform::invalidCrsThrows()
{
    QVERIFY_THROWS_EXCEPTION(GeoError, spatialReferenceFromEpsg(999999));
    QVERIFY_THROWS_EXCEPTION(GeoError,
                             CoordinateTransform(OGRSpatialReference(), spatialReferenceFromEpsg(4326)));
    const auto ct = CoordinateTransform::fromEpsg(kWgs84Epsg, kJurisdictionEpsg);
    QVERIFY_THROWS_EXCEPTION(GeoError, ct.transform(QPointF(121.0, 95.0))); // latitude out of range
}

void TestCoordinateTransform::approximateStaysWithinItsErrorOfTheExact_data()
{
    QTest::addColumn<QRectF>("area");
    QTest::addColumn<double>("maxError");
    QTest::addColumn<int>("toEpsg");
    // A city at overview (92 m/px: a twentieth of a pixel), a district at street scale, and an area
    // reaching far outside UTM 51's zone (where the grid must refine or fall back to exact cells).
    QTest::newRow("city, 4.6 m") << QRectF(120.9, 30.8, 1.1, 0.9) << 4.6 << kJurisdictionEpsg;
    QTest::newRow("district, 5 cm") << QRectF(121.40, 31.18, 0.15, 0.10) << 0.05 << kJurisdictionEpsg;
    QTest::newRow("far outside the zone (all exact), 1 cm")
        << QRectF(60, -10, 100, 70) << 0.01 << kJurisdictionEpsg;
    QTest::newRow("web mercator, 1 m") << QRectF(73, 18, 62, 35) << 1.0 << 3857;
}

void TestCoordinateTransform::approximateStaysWithinItsErrorOfTheExact()
{
    QFETCH(QRectF, area);
    QFETCH(double, maxError);
    QFETCH(int, toEpsg);
    const auto exact = CoordinateTransform::fromEpsg(kWgs84Epsg, toEpsg);
    const ApproximateTransform approximate(exact, area, maxError);
    QRandomGenerator random(7);
    double worst = 0;
    for (int i = 0; i < 20000; ++i) {
        const QPointF p(area.left() + random.generateDouble() * area.width(),
                        area.top() + random.generateDouble() * area.height());
        const QPointF expected = exact.transform(p);
        const QPointF got = approximate.transform(p);
        worst = std::max(worst, std::hypot(got.x() - expected.x(), got.y() - expected.y()));
    }
    qInfo("%d cells per side, %d exact, worst error %.4g (allowed %.4g)", approximate.cellsPerSide(),
          approximate.exactCells(), worst, maxError);
    // The grid is checked at cell centres and edge midpoints; allow a margin for points between.
    QVERIFY2(worst <= maxError * 1.5, qPrintable(QString::number(worst)));
}

void TestCoordinateTransform::approximateTransformsGeometriesAndPointsOutsideItsArea()
{
    const auto exact = CoordinateTransform::fromEpsg(kWgs84Epsg, kJurisdictionEpsg);
    const ApproximateTransform approximate(exact, QRectF(121.4, 31.2, 0.1, 0.1), 0.01);
    // Outside the area: exactly what PROJ gives.
    const QPointF outside(121.0, 31.0);
    QCOMPARE(approximate.transform(outside), exact.transform(outside));
    // A line crossing the area's edge: each vertex within the error.
    OGRLineString line;
    line.addPoint(121.45, 31.25);
    line.addPoint(121.55, 31.35);
    QVERIFY(approximate.transform(line));
    const QPointF inside = exact.transform(QPointF(121.45, 31.25));
    QVERIFY(std::hypot(line.getX(0) - inside.x(), line.getY(0) - inside.y()) < 0.015);
    QCOMPARE(QPointF(line.getX(1), line.getY(1)), exact.transform(QPointF(121.55, 31.35)));
    QVERIFY_THROWS_EXCEPTION(GeoError, ApproximateTransform(exact, QRectF(121.4, 31.2, 0, 0.1), 1));
}

QTEST_GUILESS_MAIN(TestCoordinateTransform)
namespace {
// A one-point GeoPackage at lon/lat, optionally naming its display CRS.
QString writePointDataset(const QString& path, double lon, double lat, const char* displayEpsg)
{
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDataset* dataset = driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
    if (displayEpsg)
        dataset->SetMetadataItem("XIUHUA_DISPLAY_EPSG", displayEpsg);
    OGRSpatialReference wgs84 = spatialReferenceFromEpsg(kWgs84Epsg);
    OGRLayer* layer = dataset->CreateLayer("station_boundary", &wgs84, wkbPoint, nullptr);
    OGRFeature feature(layer->GetLayerDefn());
    OGRPoint point(lon, lat);
    feature.SetGeometry(&point);
    if (layer->CreateFeature(&feature) != OGRERR_NONE)
        qFatal("could not write the test point");
    GDALClose(dataset);
    return path;
}
} // namespace

void TestCoordinateTransform::displayCrsPerJurisdiction()
{
    GDALAllRegister();
    QTemporaryDir dir;
    QCOMPARE(displayEpsgFor(
                 writePointDataset(dir.filePath(QStringLiteral("shanghai.gpkg")), 121.47, 31.23, nullptr)),
             32651);
    QCOMPARE(
        displayEpsgFor(writePointDataset(dir.filePath(QStringLiteral("urumqi.gpkg")), 87.6, 43.8, nullptr)),
        32645);
    QCOMPARE(
        displayEpsgFor(writePointDataset(dir.filePath(QStringLiteral("named.gpkg")), 121.47, 31.23, "3857")),
        3857);
    // A geographic CRS is no display CRS: fall back to the UTM zone.
    QCOMPARE(displayEpsgFor(
                 writePointDataset(dir.filePath(QStringLiteral("geographic.gpkg")), 121.47, 31.23, "4326")),
             32651);
    QCOMPARE(displayEpsgFor(dir.filePath(QStringLiteral("missing.gpkg"))), jurisdictionEpsg());
}

#include "test_coordinate_transform.moc"
