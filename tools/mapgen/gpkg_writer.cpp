#include "gpkg_writer.h"

#include <functional>
#include <gdal_priv.h>
#include <initializer_list>
#include <ogrsf_frmts.h>
#include <stdexcept>
#include <utility>

namespace mapgen {

namespace {

using FieldList = std::initializer_list<std::pair<const char*, OGRFieldType>>;

class LayerWriter
{
public:
    LayerWriter(GDALDataset& ds, const char* name, OGRwkbGeometryType type, FieldList fields,
                const Transforms& tf)
        : m_tf(tf)
    {
        OGRSpatialReference srs = wgs84();
        const char* options[] = {"FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES", nullptr};
        m_layer = ds.CreateLayer(name, &srs, type, const_cast<char**>(options));
        if (!m_layer)
            throw std::runtime_error(std::string("cannot create layer ") + name);
        for (const auto& [fieldName, fieldType] : fields) {
            OGRFieldDefn defn(fieldName, fieldType);
            if (m_layer->CreateField(&defn) != OGRERR_NONE)
                throw std::runtime_error(std::string("cannot create field ") + fieldName);
        }
    }

    // `fill` sets the attributes; the geometry is given in UTM.
    void add(GIntBig fid, const OGRGeometry& utm, const std::function<void(OGRFeature&)>& fill)
    {
        OGRFeature f(m_layer->GetLayerDefn());
        f.SetFID(fid);
        fill(f);
        OGRGeometryUniquePtr g = clone(utm);
        if (g->transform(m_tf.toWgs.get()) != OGRERR_NONE)
            throw std::runtime_error("cannot transform a geometry to EPSG:4326");
        if (wkbFlatten(m_layer->GetGeomType()) == wkbMultiPolygon)
            g.reset(OGRGeometryFactory::forceToMultiPolygon(g.release()));
        f.SetGeometryDirectly(g.release());
        if (m_layer->CreateFeature(&f) != OGRERR_NONE)
            throw std::runtime_error(std::string("cannot write a feature to ") + m_layer->GetName());
    }

    void addPoint(GIntBig fid, double x, double y, const std::function<void(OGRFeature&)>& fill)
    {
        const OGRPoint p(x, y);
        add(fid, p, fill);
    }

private:
    const Transforms& m_tf;
    OGRLayer* m_layer = nullptr;
};

void writeRoads(GDALDataset& ds, const MapData& d, const Transforms& tf)
{
    LayerWriter w(ds, "roads", wkbLineString,
                  {{"osm_id", OFTInteger64},
                   {"name", OFTString},
                   {"name_en", OFTString},
                   {"class", OFTString},
                   {"oneway", OFTInteger},
                   {"lanes", OFTInteger},
                   {"bridge", OFTInteger},
                   {"tunnel", OFTInteger}},
                  tf);
    GIntBig fid = 1;
    for (const Road& r : d.roads) {
        w.add(fid++, *r.geom, [&](OGRFeature& f) {
            f.SetField("osm_id", static_cast<GIntBig>(r.osmId));
            f.SetField("name", r.name.c_str());
            f.SetField("name_en", r.nameEn.c_str());
            f.SetField("class", r.cls.c_str());
            f.SetField("oneway", r.oneway);
            f.SetField("lanes", r.lanes);
            f.SetField("bridge", r.bridge ? 1 : 0);
            f.SetField("tunnel", r.tunnel ? 1 : 0);
        });
    }
}

void writeLand(GDALDataset& ds, const MapData& d, const Transforms& tf)
{
    {
        LayerWriter w(ds, "blocks", wkbPolygon,
                      {{"block_id", OFTInteger}, {"community_id", OFTInteger}, {"area_m2", OFTReal}}, tf);
        for (const Block& b : d.blocks)
            w.add(b.id, *b.shape, [&](OGRFeature& f) {
                f.SetField("block_id", b.id);
                f.SetField("community_id", b.communityId);
                f.SetField("area_m2",
                           static_cast<double>(static_cast<long long>(areaOf(b.shape.get()) * 10)) / 10);
            });
    }
    {
        LayerWriter w(ds, "buildings", wkbPolygon,
                      {{"building_id", OFTInteger},
                       {"block_id", OFTInteger},
                       {"kind", OFTString},
                       {"floors", OFTInteger}},
                      tf);
        for (const Building& b : d.buildings)
            w.add(b.id, *b.geom, [&](OGRFeature& f) {
                f.SetField("building_id", b.id);
                f.SetField("block_id", b.blockId);
                f.SetField("kind", b.kind.c_str());
                f.SetField("floors", b.floors);
            });
    }
    {
        LayerWriter w(ds, "green", wkbPolygon,
                      {{"green_id", OFTInteger}, {"name", OFTString}, {"kind", OFTString}}, tf);
        for (const Green& g : d.greens)
            w.add(g.id, *g.geom, [&](OGRFeature& f) {
                f.SetField("green_id", g.id);
                f.SetField("name", g.name.c_str());
                f.SetField("kind", g.kind.c_str());
            });
    }
    LayerWriter w(ds, "water", wkbPolygon, {{"water_id", OFTInteger}, {"name", OFTString}}, tf);
    for (const Water& x : d.water)
        w.add(x.id, *x.geom, [&](OGRFeature& f) {
            f.SetField("water_id", x.id);
            f.SetField("name", x.name.c_str());
        });
}

void writeAreas(GDALDataset& ds, const MapData& d, const Transforms& tf)
{
    {
        LayerWriter w(ds, "communities", wkbMultiPolygon,
                      {{"community_id", OFTInteger},
                       {"name", OFTString},
                       {"name_en", OFTString},
                       {"population", OFTInteger},
                       {"households", OFTInteger}},
                      tf);
        for (const Community& c : d.communities)
            w.add(c.id, *c.geom, [&](OGRFeature& f) {
                f.SetField("community_id", c.id);
                f.SetField("name", c.name.c_str());
                f.SetField("name_en", c.nameEn.c_str());
                f.SetField("population", c.population);
                f.SetField("households", c.households);
            });
    }
    LayerWriter w(ds, "station_boundary", wkbMultiPolygon, {{"name", OFTString}, {"name_en", OFTString}}, tf);
    w.add(1, *d.stationBoundary, [&](OGRFeature& f) {
        f.SetField("name", d.stationName.c_str());
        f.SetField("name_en", d.stationNameEn.c_str());
    });
}

void writePoints(GDALDataset& ds, const MapData& d, const Transforms& tf)
{
    {
        LayerWriter w(ds, "posts", wkbPoint,
                      {{"post_id", OFTInteger},
                       {"name", OFTString},
                       {"name_en", OFTString},
                       {"kind", OFTString},
                       {"community_id", OFTInteger},
                       {"phone", OFTString},
                       {"opening_hours", OFTString}},
                      tf);
        for (const Post& p : d.posts)
            w.addPoint(p.id, p.x, p.y, [&](OGRFeature& f) {
                f.SetField("post_id", p.id);
                f.SetField("name", p.name.c_str());
                f.SetField("name_en", p.nameEn.c_str());
                f.SetField("kind", p.kind.c_str());
                f.SetField("community_id", p.communityId);
                f.SetField("phone", p.phone.c_str());
                f.SetField("opening_hours", p.openingHours.c_str());
            });
    }
    {
        LayerWriter w(ds, "fire_stations", wkbPoint,
                      {{"station_id", OFTInteger},
                       {"name", OFTString},
                       {"name_en", OFTString},
                       {"community_id", OFTInteger},
                       {"crew_size", OFTInteger},
                       {"equipment", OFTString}},
                      tf);
        for (const FireStation& s : d.fireStations)
            w.addPoint(s.id, s.x, s.y, [&](OGRFeature& f) {
                f.SetField("station_id", s.id);
                f.SetField("name", s.name.c_str());
                f.SetField("name_en", s.nameEn.c_str());
                f.SetField("community_id", s.communityId);
                f.SetField("crew_size", s.crewSize);
                f.SetField("equipment", s.equipment.c_str());
            });
    }
    LayerWriter w(ds, "cameras", wkbPoint,
                  {{"camera_id", OFTInteger},
                   {"name", OFTString},
                   {"community_id", OFTInteger},
                   {"road_name", OFTString}},
                  tf);
    for (const Camera& c : d.cameras)
        w.addPoint(c.id, c.x, c.y, [&](OGRFeature& f) {
            f.SetField("camera_id", c.id);
            f.SetField("name", c.name.c_str());
            f.SetField("community_id", c.communityId);
            f.SetField("road_name", c.roadName.c_str());
        });
}

} // namespace

void writeGeoPackage(const std::string& path, const MapData& data, const Transforms& tf)
{
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    if (!driver)
        throw std::runtime_error("GDAL has no GPKG driver");
    std::unique_ptr<GDALDataset> ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        throw std::runtime_error("cannot create " + path);
    CPLErrorReset();
    if (ds->StartTransaction() != OGRERR_NONE)
        throw std::runtime_error("cannot start a transaction on " + path);
    writeRoads(*ds, data, tf);
    writeLand(*ds, data, tf);
    writeAreas(*ds, data, tf);
    writePoints(*ds, data, tf);
    if (ds->CommitTransaction() != OGRERR_NONE)
        throw std::runtime_error("cannot commit " + path);
    ds.reset(); // closes and flushes
    if (CPLGetLastErrorType() == CE_Failure)
        throw std::runtime_error(std::string("writing the GeoPackage failed: ") + CPLGetLastErrorMsg());
}

} // namespace mapgen
