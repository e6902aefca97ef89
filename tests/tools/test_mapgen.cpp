// Checks the committed maps/huangpu.gpkg against the layer contract, and that
// the generator reproduces it exactly.

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <map>
#include <memory>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>
#include <set>
#include <string>
#include <vector>

namespace {

const QString kMap = QStringLiteral(XIUHUA_MAPS_DIR "/huangpu.gpkg");
const QString kSource = QStringLiteral(XIUHUA_MAPS_DIR "/source/huangpu_people_square_roads.osm");

using DatasetPtr = std::unique_ptr<GDALDataset>;

DatasetPtr openMap(const QString& path)
{
    const char* drivers[] = {"GPKG", nullptr};
    return DatasetPtr(GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                                        nullptr, nullptr));
}

std::vector<std::string> fieldNames(OGRLayer* layer)
{
    std::vector<std::string> out;
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        out.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    return out;
}

// Every feature of a layer as text: fid, attributes and WKT.
std::vector<std::string> dumpLayer(OGRLayer* layer)
{
    std::vector<std::string> rows;
    layer->ResetReading();
    for (auto& f : *layer) {
        std::string row = std::to_string(f->GetFID());
        for (int i = 0; i < f->GetFieldCount(); ++i)
            row += "|" + std::string(f->GetFieldAsString(i));
        if (const OGRGeometry* g = f->GetGeometryRef())
            row += "|" + g->exportToWkt();
        rows.push_back(row);
    }
    return rows;
}

std::map<std::string, std::vector<std::string>> dumpMap(GDALDataset& ds)
{
    std::map<std::string, std::vector<std::string>> out;
    for (OGRLayer* layer : ds.GetLayers())
        out[layer->GetName()] = dumpLayer(layer);
    return out;
}

} // namespace

class TestMapgen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void layersHaveTheContractFields();
    void featureCounts();
    void pointsLieInTheirCommunity();
    void communitiesTileTheStationArea();
    void communityNamesAreUnique();
    void regeneratingGivesTheCommittedMap();

private:
    OGRLayer* layer(const char* name);
    // Geometry of each community by id, in the given CRS (null: EPSG:4326).
    std::map<int, OGRGeometryUniquePtr> communities(OGRCoordinateTransformation* ct = nullptr);
    int countWhere(const char* layerName, const char* where);

    DatasetPtr m_map;
    std::unique_ptr<OGRCoordinateTransformation> m_toUtm;
};

void TestMapgen::initTestCase()
{
    GDALAllRegister();
    m_map = openMap(kMap);
    QVERIFY2(m_map, qPrintable("cannot open " + kMap));
    OGRSpatialReference wgs, utm;
    wgs.importFromEPSG(4326);
    wgs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    utm.importFromEPSG(32651);
    utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    m_toUtm.reset(OGRCreateCoordinateTransformation(&wgs, &utm));
    QVERIFY(m_toUtm);
}

OGRLayer* TestMapgen::layer(const char* name)
{
    return m_map->GetLayerByName(name);
}

std::map<int, OGRGeometryUniquePtr> TestMapgen::communities(OGRCoordinateTransformation* ct)
{
    std::map<int, OGRGeometryUniquePtr> out;
    OGRLayer* l = layer("communities");
    l->ResetReading();
    for (auto& f : *l) {
        OGRGeometryUniquePtr g(f->GetGeometryRef()->clone());
        if (ct)
            g->transform(ct);
        out[f->GetFieldAsInteger("community_id")] = std::move(g);
    }
    return out;
}

int TestMapgen::countWhere(const char* layerName, const char* where)
{
    OGRLayer* l = layer(layerName);
    l->SetAttributeFilter(where);
    const int n = static_cast<int>(l->GetFeatureCount());
    l->SetAttributeFilter(nullptr);
    return n;
}

void TestMapgen::layersHaveTheContractFields()
{
    const std::map<std::string, std::vector<std::string>> contract = {
        {"roads", {"osm_id", "name", "name_en", "class", "oneway", "lanes", "bridge", "tunnel"}},
        {"blocks", {"block_id", "community_id", "area_m2"}},
        {"buildings", {"building_id", "block_id", "kind", "floors"}},
        {"green", {"green_id", "name", "kind"}},
        {"water", {"water_id", "name"}},
        {"communities", {"community_id", "name", "name_en", "population", "households"}},
        {"station_boundary", {"name", "name_en"}},
        {"posts", {"post_id", "name", "name_en", "kind", "community_id", "phone", "opening_hours"}},
        {"fire_stations", {"station_id", "name", "name_en", "community_id", "crew_size", "equipment"}},
        {"cameras", {"camera_id", "name", "community_id", "road_name"}},
    };
    for (const auto& [name, fields] : contract) {
        OGRLayer* l = layer(name.c_str());
        QVERIFY2(l, name.c_str());
        QCOMPARE(fieldNames(l), fields);
        const OGRSpatialReference* srs = l->GetSpatialRef();
        QVERIFY(srs);
        QCOMPARE(QString(srs->GetAuthorityCode(nullptr)), QStringLiteral("4326"));
    }
    QCOMPARE(layer("roads")->GetLayerDefn()->GetFieldDefn(0)->GetType(), OFTInteger64);
    QCOMPARE(wkbFlatten(layer("communities")->GetGeomType()), wkbMultiPolygon);
    QCOMPARE(wkbFlatten(layer("cameras")->GetGeomType()), wkbPoint);
}

void TestMapgen::featureCounts()
{
    const int communityCount = static_cast<int>(layer("communities")->GetFeatureCount());
    QVERIFY(communityCount >= 12 && communityCount <= 20);
    QCOMPARE(countWhere("posts", "kind = 'community_post'"), communityCount);
    QCOMPARE(countWhere("posts", "kind = 'station'"), 1);
    const int kiosks = countWhere("posts", "kind = 'kiosk'");
    QVERIFY(kiosks >= 2 && kiosks <= 3);
    QVERIFY(layer("cameras")->GetFeatureCount() >= 40);
    const double fireStations = static_cast<double>(layer("fire_stations")->GetFeatureCount());
    QVERIFY(std::abs(fireStations - communityCount / 2.5) <= 1.0);
    QVERIFY(layer("roads")->GetFeatureCount() > 500);
    QCOMPARE(layer("station_boundary")->GetFeatureCount(), GIntBig(1));
    const GIntBig buildings = layer("buildings")->GetFeatureCount();
    QVERIFY(buildings >= 200 && buildings <= 5000);
    QVERIFY(countWhere("green", "kind = 'park'") >= 1);
    QVERIFY(layer("water")->GetFeatureCount() >= 1);

    // One community post per community.
    std::set<int> withPost;
    OGRLayer* posts = layer("posts");
    posts->SetAttributeFilter("kind = 'community_post'");
    for (auto& f : *posts)
        withPost.insert(f->GetFieldAsInteger("community_id"));
    posts->SetAttributeFilter(nullptr);
    QCOMPARE(static_cast<int>(withPost.size()), communityCount);
}

void TestMapgen::pointsLieInTheirCommunity()
{
    const auto byId = communities();
    OGRFeatureUniquePtr station(layer("station_boundary")->GetFeature(1));
    QVERIFY(station);
    const OGRGeometry* boundary = station->GetGeometryRef();
    for (const char* name : {"posts", "fire_stations", "cameras"}) {
        OGRLayer* l = layer(name);
        l->ResetReading();
        int checked = 0;
        for (auto& f : *l) {
            const int id = f->GetFieldAsInteger("community_id");
            const auto it = byId.find(id);
            QVERIFY2(
                it != byId.end(),
                qPrintable(QStringLiteral("%1 %2: unknown community %3").arg(name).arg(f->GetFID()).arg(id)));
            const OGRGeometry* p = f->GetGeometryRef();
            QVERIFY2(p->Within(it->second.get()),
                     qPrintable(
                         QStringLiteral("%1 %2 is outside community %3").arg(name).arg(f->GetFID()).arg(id)));
            QVERIFY2(p->Within(boundary),
                     qPrintable(QStringLiteral("%1 %2 is outside the station").arg(name).arg(f->GetFID())));
            ++checked;
        }
        QVERIFY(checked > 0);
    }
}

void TestMapgen::communitiesTileTheStationArea()
{
    const auto byId = communities(m_toUtm.get());
    OGRMultiPolygon all;
    for (const auto& [id, g] : byId) {
        const auto* mp = g->toMultiPolygon();
        for (const OGRPolygon* p : *mp)
            all.addGeometry(p);
    }
    OGRGeometryUniquePtr united(all.UnionCascaded());
    QVERIFY(united);
    OGRFeatureUniquePtr station(layer("station_boundary")->GetFeature(1));
    OGRGeometryUniquePtr boundary(station->GetGeometryRef()->clone());
    boundary->transform(m_toUtm.get());
    OGRGeometryUniquePtr diff(united->SymDifference(boundary.get()));
    const double diffArea = diff ? OGR_G_Area(OGRGeometry::ToHandle(diff.get())) : 0.0;
    QVERIFY2(diffArea < 1.0,
             qPrintable(QStringLiteral("union vs station boundary differ by %1 m²").arg(diffArea)));

    for (auto a = byId.begin(); a != byId.end(); ++a) {
        OGREnvelope ea;
        a->second->getEnvelope(&ea);
        for (auto b = std::next(a); b != byId.end(); ++b) {
            OGREnvelope eb;
            b->second->getEnvelope(&eb);
            if (!ea.Intersects(eb))
                continue;
            OGRGeometryUniquePtr both(a->second->Intersection(b->second.get()));
            const double overlap = both ? OGR_G_Area(OGRGeometry::ToHandle(both.get())) : 0.0;
            QVERIFY2(overlap < 0.5, qPrintable(QStringLiteral("communities %1 and %2 overlap by %3 m²")
                                                   .arg(a->first)
                                                   .arg(b->first)
                                                   .arg(overlap)));
        }
    }
}

void TestMapgen::communityNamesAreUnique()
{
    std::set<std::string> names, namesEn;
    std::set<int> ids;
    OGRLayer* l = layer("communities");
    l->ResetReading();
    for (auto& f : *l) {
        const std::string name = f->GetFieldAsString("name");
        QVERIFY2(QString::fromStdString(name).endsWith(QStringLiteral("居委会")), name.c_str());
        QVERIFY2(names.insert(name).second, name.c_str());
        QVERIFY(namesEn.insert(f->GetFieldAsString("name_en")).second);
        ids.insert(f->GetFieldAsInteger("community_id"));
        const int population = f->GetFieldAsInteger("population");
        QVERIFY(population >= 3000 && population <= 9000);
        QVERIFY(f->GetFieldAsInteger("households") > 0);
    }
    QCOMPARE(static_cast<int>(*ids.begin()), 1);
    QCOMPARE(static_cast<int>(*ids.rbegin()), static_cast<int>(ids.size()));
}

void TestMapgen::regeneratingGivesTheCommittedMap()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::vector<std::map<std::string, std::vector<std::string>>> runs;
    for (const char* name : {"first.gpkg", "second.gpkg"}) {
        const QString out = dir.filePath(QString::fromLatin1(name));
        QProcess gen;
        gen.start(QStringLiteral(XIUHUA_MAPGEN), {kSource, out});
        QVERIFY2(gen.waitForFinished(60000), "the generator did not finish");
        QVERIFY2(gen.exitStatus() == QProcess::NormalExit && gen.exitCode() == 0,
                 gen.readAllStandardError().constData());
        DatasetPtr ds = openMap(out);
        QVERIFY(ds);
        runs.push_back(dumpMap(*ds));
    }
    QVERIFY(runs[0] == runs[1]);
    const auto committed = dumpMap(*m_map);
    QCOMPARE(committed.size(), runs[0].size());
    for (const auto& [name, rows] : committed) {
        const auto& fresh = runs[0].at(name);
        QVERIFY2(rows.size() == fresh.size(),
                 qPrintable(QStringLiteral("layer %1: %2 committed vs %3 regenerated features — run "
                                           "`cmake --build build/dev --target regenerate-map`")
                                .arg(QString::fromStdString(name))
                                .arg(rows.size())
                                .arg(fresh.size())));
        for (std::size_t i = 0; i < rows.size(); ++i)
            QVERIFY2(rows[i] == fresh[i],
                     qPrintable(QStringLiteral("layer %1 differs at feature %2; regenerate the map")
                                    .arg(QString::fromStdString(name))
                                    .arg(i + 1)));
    }
}

QTEST_GUILESS_MAIN(TestMapgen)
#include "test_mapgen.moc"
