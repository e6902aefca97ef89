#include "road_reader.h"

#include "road_names.h"

#include <algorithm>
#include <cstdlib>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <stdexcept>

namespace mapgen {

std::map<std::string, std::string> parseOtherTags(const std::string& tags)
{
    std::map<std::string, std::string> out;
    std::size_t i = 0;
    auto readQuoted = [&](std::string& value) {
        value.clear();
        if (i >= tags.size() || tags[i] != '"')
            return false;
        for (++i; i < tags.size() && tags[i] != '"'; ++i) {
            if (tags[i] == '\\' && i + 1 < tags.size())
                ++i;
            value += tags[i];
        }
        ++i; // closing quote
        return true;
    };
    while (i < tags.size()) {
        std::string key, value;
        if (!readQuoted(key) || tags.compare(i, 2, "=>") != 0)
            break;
        i += 2;
        if (!readQuoted(value))
            break;
        out[key] = value;
        if (i < tags.size() && tags[i] == ',')
            ++i;
    }
    return out;
}

namespace {

int onewayOf(const std::map<std::string, std::string>& tags)
{
    const auto it = tags.find("oneway");
    if (it != tags.end()) {
        if (it->second == "yes" || it->second == "1" || it->second == "true")
            return 1;
        if (it->second == "-1" || it->second == "reverse")
            return -1;
        return 0;
    }
    const auto junction = tags.find("junction");
    return junction != tags.end() && junction->second == "roundabout" ? 1 : 0;
}

bool flagOf(const std::map<std::string, std::string>& tags, const char* key)
{
    const auto it = tags.find(key);
    return it != tags.end() && it->second != "no";
}

Road roadFromFeature(OGRFeature& f)
{
    Road r;
    r.osmId = std::strtoll(f.GetFieldAsString("osm_id"), nullptr, 10);
    r.name = f.IsFieldSetAndNotNull(f.GetFieldIndex("name")) ? f.GetFieldAsString("name") : "";
    r.cls = f.GetFieldAsString("highway");
    const int tagsIdx = f.GetFieldIndex("other_tags");
    const auto tags =
        parseOtherTags(tagsIdx >= 0 && f.IsFieldSetAndNotNull(tagsIdx) ? f.GetFieldAsString(tagsIdx) : "");
    const auto en = tags.find("name:en");
    r.nameEn = en != tags.end() ? en->second : roadNameEn(r.name);
    r.oneway = onewayOf(tags);
    const auto lanes = tags.find("lanes");
    r.lanes = lanes != tags.end() ? std::max(0, std::atoi(lanes->second.c_str())) : 0;
    r.bridge = flagOf(tags, "bridge");
    r.tunnel = flagOf(tags, "tunnel");
    return r;
}

} // namespace

std::vector<Road> readRoads(const std::string& path, const Transforms& tf, OGRGeometryUniquePtr& extentUtm)
{
    const char* drivers[] = {"OSM", nullptr};
    std::unique_ptr<GDALDataset> ds(
        GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers));
    if (!ds)
        throw std::runtime_error("cannot open " + path + " as OSM data");
    OGRLayer* layer = ds->GetLayerByName("lines");
    if (!layer)
        throw std::runtime_error(path + " has no 'lines' layer");

    std::vector<Road> roads;
    OGREnvelope env;
    for (auto& feature : *layer) {
        const OGRGeometry* g = feature->GetGeometryRef();
        const char* highway = feature->GetFieldAsString("highway");
        if (!g || wkbFlatten(g->getGeometryType()) != wkbLineString || !highway || !*highway)
            continue;
        OGREnvelope e;
        g->getEnvelope(&e);
        env.Merge(e);
        Road r = roadFromFeature(*feature);
        r.geom = clone(*g);
        if (r.geom->transform(tf.toUtm.get()) != OGRERR_NONE)
            throw std::runtime_error("cannot transform way " + std::to_string(r.osmId));
        roads.push_back(std::move(r));
    }
    if (roads.empty())
        throw std::runtime_error(path + " contains no highway lines");
    std::sort(roads.begin(), roads.end(), [](const Road& a, const Road& b) { return a.osmId < b.osmId; });

    // The bounding box, densified so its edges stay straight enough in UTM.
    auto ring = std::make_unique<OGRLinearRing>();
    const double xs[5] = {env.MinX, env.MaxX, env.MaxX, env.MinX, env.MinX};
    const double ys[5] = {env.MinY, env.MinY, env.MaxY, env.MaxY, env.MinY};
    for (int i = 0; i < 4; ++i)
        for (int k = 0; k < 20; ++k)
            ring->addPoint(xs[i] + (xs[i + 1] - xs[i]) * k / 20.0, ys[i] + (ys[i + 1] - ys[i]) * k / 20.0);
    ring->closeRings();
    auto box = std::make_unique<OGRPolygon>();
    box->addRingDirectly(ring.release());
    box->transform(tf.toUtm.get());
    extentUtm.reset(box.release());
    return roads;
}

} // namespace mapgen
