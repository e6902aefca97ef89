#include "geo/coordinate_transform.h"
#include "geo/geo_error.h"
#include "geo/projection.h"
#include "geo/vector_source.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace xiuhua::geo;

class TestVectorSource : public QObject
{
    Q_OBJECT

private slots:
    void opensOsmExtract();
    void readsOsmLayerInUtm();
    void opensJurisdictionGeoPackage();
    void missingFileThrows();
    void nonGisFileThrows();
    void missingLayerThrows();
    void moveKeepsDataset();
    void streamsOnlyTheFieldsAndAreaAsked();

private:
    static QString osmPath()
    {
        return QStringLiteral(XIUHUA_MAPS_DIR "/source/huangpu_people_square_roads.osm");
    }
    static QString gpkgPath() { return QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg"); }
};

void TestVectorSource::opensOsmExtract()
{
    const VectorSource source = VectorSource::open(osmPath());
    QVERIFY(source.layerNames().contains(QStringLiteral("lines")));
    QVERIFY(source.hasLayer(QStringLiteral("lines")));
    QVERIFY(!source.hasLayer(QStringLiteral("no_such_layer")));
    QVERIFY(source.fieldNames(QStringLiteral("lines")).contains(QStringLiteral("highway")));
    const OGRSpatialReference crs = source.layerCrs(QStringLiteral("lines"));
    QVERIFY(!crs.IsEmpty());
    QCOMPARE(QString::fromLatin1(crs.GetAuthorityCode(nullptr)), QStringLiteral("4326"));
}

void TestVectorSource::readsOsmLayerInUtm()
{
    const VectorSource source = VectorSource::open(osmPath());
    const auto lines = QStringLiteral("lines");
    const std::vector<Feature> raw = source.readLayer(lines);
    QVERIFY(raw.size() > 100);
    int named = 0;
    for (const Feature& f : raw) {
        QVERIFY(f.geometry);
        QCOMPARE(wkbFlatten(f.geometry->getGeometryType()), wkbLineString);
        if (!f.attributes.value(QStringLiteral("name")).toString().isEmpty())
            ++named;
        OGREnvelope e;
        f.geometry->getEnvelope(&e);
        // Lon/lat order, inside the People's Square extract.
        QVERIFY(e.MinX > 121.45 && e.MaxX < 121.50 && e.MinY > 31.21 && e.MaxY < 31.25);
    }
    QVERIFY(named > 10);

    const CoordinateTransform toUtm(source.layerCrs(lines), spatialReferenceFromEpsg(kJurisdictionEpsg));
    const std::vector<Feature> projected = source.readLayer(lines, toUtm);
    QCOMPARE(projected.size(), raw.size());
    OGREnvelope e;
    projected.front().geometry->getEnvelope(&e);
    QVERIFY(e.MinX > 350000 && e.MaxX < 360000 && e.MinY > 3450000 && e.MaxY < 3460000);
}

void TestVectorSource::opensJurisdictionGeoPackage()
{
    // The map is in the repository: a missing file is a failure, not a reason to skip.
    QVERIFY2(QFile::exists(gpkgPath()), "maps/huangpu.gpkg is missing (tools/mapgen makes it)");
    const VectorSource source = VectorSource::open(gpkgPath());
    const QStringList expected{"roads",       "blocks",           "buildings", "green",         "water",
                               "communities", "station_boundary", "posts",     "fire_stations", "cameras"};
    const QStringList names = source.layerNames();
    for (const QString& layer : expected)
        QVERIFY2(names.contains(layer), qPrintable(QStringLiteral("missing layer ") + layer));
    for (const QString& layer : expected) {
        const OGRSpatialReference crs = source.layerCrs(layer);
        QVERIFY(!crs.IsEmpty());
        QCOMPARE(QString::fromLatin1(crs.GetAuthorityCode(nullptr)), QStringLiteral("4326"));
    }
    const std::vector<Feature> posts = source.readLayer(QStringLiteral("posts"));
    QVERIFY(!posts.empty());
    QVERIFY(!posts.front().attributes.value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(posts.front().geometry);
    QCOMPARE(wkbFlatten(posts.front().geometry->getGeometryType()), wkbPoint);
}

void TestVectorSource::missingFileThrows()
{
    try {
        VectorSource::open(QStringLiteral(XIUHUA_TEST_DATA_DIR "/does_not_exist.gpkg"));
        QFAIL("expected GeoError");
    } catch (const GeoError& e) {
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("does_not_exist.gpkg")));
    }
}

void TestVectorSource::nonGisFileThrows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("This is not map data.\n\x01\x02\x03 binary junk\n");
    file.close();
    QVERIFY_THROWS_EXCEPTION(GeoError, VectorSource::open(path));
    QVERIFY_THROWS_EXCEPTION(GeoError, VectorSource::open(dir.path())); // a directory is not a file
}

void TestVectorSource::missingLayerThrows()
{
    const VectorSource source = VectorSource::open(osmPath());
    QVERIFY_THROWS_EXCEPTION(GeoError, source.readLayer(QStringLiteral("no_such_layer")));
    QVERIFY_THROWS_EXCEPTION(GeoError, source.layerCrs(QStringLiteral("no_such_layer")));
}

void TestVectorSource::moveKeepsDataset()
{
    VectorSource a = VectorSource::open(osmPath());
    VectorSource b = std::move(a);
    QVERIFY(b.hasLayer(QStringLiteral("lines")));
    QCOMPARE(b.path(), osmPath());
}

void TestVectorSource::streamsOnlyTheFieldsAndAreaAsked()
{
    const VectorSource source = VectorSource::open(gpkgPath());
    const QString roads = QStringLiteral("roads");
    const std::vector<Feature> all = source.readLayer(roads);
    QCOMPARE(source.quickFeatureCount(roads), qint64(all.size()));
    QRectF bounds;
    for (const Feature& feature : all) {
        OGREnvelope e;
        feature.geometry->getEnvelope(&e);
        bounds = bounds.united(QRectF(QPointF(e.MinX, e.MinY), QPointF(e.MaxX, e.MaxY)));
    }
    const QRectF kept = source.layerBounds(roads);
    QVERIFY(std::abs(kept.left() - bounds.left()) < 1e-6 && std::abs(kept.bottom() - bounds.bottom()) < 1e-6);

    // The south-west quarter, with one field and one the layer does not have.
    const QRectF quarter(bounds.topLeft(), bounds.size() / 2);
    VectorSource::Reading reading;
    reading.fields = {QStringLiteral("class"), QStringLiteral("no_such_field")};
    reading.within = quarter;
    std::size_t seen = 0;
    source.forEachFeature(roads, reading, [&](qint64 fid, const QVariantList& values, OGRGeometry& g) {
        ++seen;
        QCOMPARE(values.size(), 2);
        QVERIFY(!values[1].isValid());
        OGREnvelope e;
        g.getEnvelope(&e);
        QVERIFY(QRectF(QPointF(e.MinX, e.MinY), QPointF(e.MaxX, e.MaxY))
                    .intersects(quarter.adjusted(-1e-9, -1e-9, 1e-9, 1e-9)));
        const auto it =
            std::find_if(all.begin(), all.end(), [fid](const Feature& f) { return f.fid == fid; });
        QVERIFY(it != all.end());
        QCOMPARE(values[0], it->attributes.value(QStringLiteral("class")));
    });
    QVERIFY(seen > 0 && seen < all.size());
    // The layer is left as it was found: a plain read sees every feature and field again.
    const std::vector<Feature> again = source.readLayer(roads);
    QCOMPARE(again.size(), all.size());
    QCOMPARE(again.front().attributes.keys(), all.front().attributes.keys());
}

QTEST_GUILESS_MAIN(TestVectorSource)
#include "test_vector_source.moc"
