#include "poi_builder.h"

#include "block_builder.h"
#include "geo_util.h"
#include "rng.h"
#include "road_names.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace mapgen {

namespace {

constexpr double kJunctionCluster = 40.0; // m: crossings closer than this are one junction
constexpr double kCameraOffset = 10.0;    // m off the junction centre, along each axis
constexpr double kBoundaryMargin = 2.0;   // m: points keep this far inside their community

struct Junction
{
    std::string a, b;  // road names, a < b
    bool busy = false; // at least one of them is a through road
    double x = 0, y = 0;
};

struct Corner
{
    double dx, dy;
    const char* zh;
};
constexpr Corner kCorners[] = {{1, 1, "东北角"}, {-1, 1, "西北角"}, {-1, -1, "西南角"}, {1, -1, "东南角"}};

class Locator
{
public:
    explicit Locator(const MapData& d) : m_data(d)
    {
        for (const Community& c : d.communities)
            m_edges.emplace_back(c.geom->Boundary());
    }

    // Community id containing the point with a margin, 0 if none.
    int communityAt(double x, double y) const
    {
        const OGRPoint p(x, y);
        for (std::size_t i = 0; i < m_data.communities.size(); ++i)
            if (m_data.communities[i].geom->Contains(&p) && m_edges[i]->Distance(&p) > kBoundaryMargin)
                return m_data.communities[i].id;
        return 0;
    }

private:
    const MapData& m_data;
    std::vector<OGRGeometryUniquePtr> m_edges;
};

void collectPoints(const OGRGeometry* g, std::vector<std::pair<double, double>>& out)
{
    const auto type = wkbFlatten(g->getGeometryType());
    if (type == wkbPoint)
        out.emplace_back(g->toPoint()->getX(), g->toPoint()->getY());
    else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection))
        for (const OGRGeometry* part : *g->toGeometryCollection())
            collectPoints(part, out);
}

// Crossings of differently named ground roads, one per junction.
std::vector<Junction> findJunctions(const std::vector<Road>& roads)
{
    std::map<std::string, OGRMultiLineString> byName;
    std::map<std::string, bool> major; // a through road somewhere along its length
    for (const Road& r : roads) {
        if (!isGroundRoad(r) || nameStem(r.name).empty())
            continue;
        byName[r.name].addGeometry(r.geom.get());
        major[r.name] = major[r.name] || r.cls.rfind("primary", 0) == 0 || r.cls.rfind("secondary", 0) == 0 ||
                        r.cls.rfind("tertiary", 0) == 0;
    }
    std::vector<std::pair<std::string, OGREnvelope>> names;
    for (const auto& [name, lines] : byName) {
        OGREnvelope e;
        lines.getEnvelope(&e);
        names.emplace_back(name, e);
    }
    std::vector<Junction> out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        for (std::size_t j = i + 1; j < names.size(); ++j) {
            if (!names[i].second.Intersects(names[j].second) ||
                nameStem(names[i].first) == nameStem(names[j].first))
                continue;
            const bool busy = major[names[i].first] || major[names[j].first];
            OGRGeometryUniquePtr cross(byName[names[i].first].Intersection(&byName[names[j].first]));
            std::vector<std::pair<double, double>> pts;
            collectPoints(cross.get(), pts);
            std::vector<std::vector<std::pair<double, double>>> clusters;
            for (const auto& p : pts) {
                auto it = std::find_if(clusters.begin(), clusters.end(), [&](const auto& c) {
                    return std::hypot(c.front().first - p.first, c.front().second - p.second) <
                           kJunctionCluster;
                });
                if (it == clusters.end())
                    clusters.push_back({p});
                else
                    it->push_back(p);
            }
            for (const auto& c : clusters) {
                Junction jn{names[i].first, names[j].first, busy, 0, 0};
                for (const auto& p : c) {
                    jn.x += p.first / static_cast<double>(c.size());
                    jn.y += p.second / static_cast<double>(c.size());
                }
                out.push_back(jn);
            }
        }
    }
    return out;
}

const Junction* findJunction(const std::vector<Junction>& js, const std::string& r1, const std::string& r2)
{
    for (const Junction& j : js)
        if ((j.a == r1 && j.b == r2) || (j.a == r2 && j.b == r1))
            return &j;
    return nullptr;
}

std::string phone(Rng& rng)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "021-6322%04d", rng.range(0, 9999));
    return buf;
}

// A point well inside a block's shrunk shape.
bool pointInBlock(const Block& b, double inset, double& x, double& y)
{
    OGRGeometryUniquePtr core(b.shape->Buffer(-inset, 4));
    if (core && !core->IsEmpty() && pointOnSurface(core.get(), x, y))
        return true;
    return pointOnSurface(b.shape.get(), x, y);
}

// The non-park block of a community nearest its centre, skipping `avoid`.
const Block* centralBlock(const MapData& d, const Community& c, const std::set<int>& avoid)
{
    OGRPoint centre;
    c.geom->Centroid(&centre);
    const Block* best = nullptr;
    double bestD = 0;
    for (int id : c.blockIds) {
        const Block& b = d.blocks[id - 1];
        if (avoid.count(id) || areaOf(b.shape.get()) < 1500)
            continue;
        const double dd =
            std::hypot(b.centroidX - centre.getX(), b.centroidY - centre.getY()) + (b.park ? 1e6 : 0);
        if (!best || dd < bestD) {
            best = &b;
            bestD = dd;
        }
    }
    return best ? best : &d.blocks[c.blockIds.front() - 1];
}

void placeStationAndPosts(MapData& d, std::set<int>& used, Rng& rng)
{
    OGRPoint centre;
    d.stationBoundary->Centroid(&centre);
    const Block* home = nullptr;
    for (const Block& b : d.blocks) {
        const double dist = std::hypot(b.centroidX - centre.getX(), b.centroidY - centre.getY());
        if (!b.park && areaOf(b.shape.get()) > 3000 &&
            (!home || dist < std::hypot(home->centroidX - centre.getX(), home->centroidY - centre.getY())))
            home = &b;
    }
    Post station{
        0, d.stationName, d.stationNameEn, "station", home->communityId, "021-63220110", "00:00-24:00", 0, 0};
    pointInBlock(*home, 6.0, station.x, station.y);
    used.insert(home->id);
    for (const Community& c : d.communities) {
        const Block* b = centralBlock(d, c, used);
        used.insert(b->id);
        Post p{0,
               c.stem + "社区警务室",
               c.stemEn + " Community Police Office",
               "community_post",
               c.id,
               phone(rng),
               "08:30-17:30",
               0,
               0};
        pointInBlock(*b, 8.0, p.x, p.y);
        d.posts.push_back(p);
    }
    d.posts.push_back(station);
}

bool placeNearJunction(const Locator& loc, const Junction& j, int firstCorner, double offset, double& x,
                       double& y, int& community, const char*& cornerName)
{
    for (int k = 0; k < 4; ++k) {
        const Corner& c = kCorners[(firstCorner + k) % 4];
        x = j.x + c.dx * offset;
        y = j.y + c.dy * offset;
        community = loc.communityAt(x, y);
        if (community > 0) {
            cornerName = c.zh;
            return true;
        }
    }
    return false;
}

void placeKiosks(MapData& d, const Locator& loc, const std::vector<Junction>& js, Rng& rng)
{
    struct KioskSite
    {
        const char* r1;
        const char* r2;
        int corner;
        const char* zh;
        const char* en;
    };
    static const KioskSite sites[] = {
        {"西藏中路", "南京西路", 3, "南京路步行街警务亭", "Nanjing Road Walkway Police Kiosk"},
        {"西藏中路", "人民大道", 0, "人民广场警务亭", "People's Square Police Kiosk"},
        {"西藏南路", "延安东路", 2, "大世界警务亭", "Great World Police Kiosk"},
    };
    for (const KioskSite& s : sites) {
        const Junction* j = findJunction(js, s.r1, s.r2);
        double x, y;
        int community;
        const char* corner;
        if (!j || !placeNearJunction(loc, *j, s.corner, 18.0, x, y, community, corner))
            continue;
        d.posts.push_back(Post{0, s.zh, s.en, "kiosk", community, phone(rng), "00:00-24:00", x, y});
    }
}

void placeFireStations(MapData& d, std::set<int>& used, Rng& rng)
{
    static const char* kit[] = {"灭火器、水带、破拆工具", "灭火器、消防水枪、应急照明",
                                "灭火器、水带、呼吸器、破拆工具", "推车式灭火器、水带、担架"};
    const int count = std::max(1, static_cast<int>(std::lround(d.communities.size() / 2.5)));
    // Spread over the area: every (N / count)-th community in id order.
    const double step = static_cast<double>(d.communities.size()) / count;
    const double start = rng.between(0, step);
    for (int i = 0; i < count; ++i) {
        const Community& c = d.communities[static_cast<std::size_t>(start + i * step) % d.communities.size()];
        const Block* b = centralBlock(d, c, used);
        used.insert(b->id);
        FireStation s{static_cast<int>(d.fireStations.size()) + 1,
                      c.stem + "微型消防站",
                      c.stemEn + " Mini Fire Station",
                      c.id,
                      rng.range(4, 8),
                      kit[rng.range(0, 3)],
                      0,
                      0};
        pointInBlock(*b, 10.0, s.x, s.y);
        d.fireStations.push_back(s);
    }
}

void placeCameras(MapData& d, const Locator& loc, const std::vector<Junction>& js, Rng& rng)
{
    for (const Junction& j : js) {
        if (!j.busy)
            continue;
        double x, y;
        int community;
        const char* corner;
        if (!placeNearJunction(loc, j, rng.range(0, 3), kCameraOffset, x, y, community, corner))
            continue;
        d.cameras.push_back(Camera{static_cast<int>(d.cameras.size()) + 1, j.a + "/" + j.b + " " + corner,
                                   community, j.a, x, y});
    }
}

} // namespace

void placePointsOfInterest(MapData& data, std::uint64_t seed)
{
    Rng rng = Rng::derived(seed, 13, 0);
    const Locator loc(data);
    const std::vector<Junction> junctions = findJunctions(data.roads);
    std::set<int> used;
    placeStationAndPosts(data, used, rng);
    placeKiosks(data, loc, junctions, rng);
    // The station goes last among the posts.
    std::stable_partition(data.posts.begin(), data.posts.end(),
                          [](const Post& p) { return p.kind != "station"; });
    for (std::size_t i = 0; i < data.posts.size(); ++i)
        data.posts[i].id = static_cast<int>(i) + 1;
    placeFireStations(data, used, rng);
    placeCameras(data, loc, junctions, rng);
}

} // namespace mapgen
