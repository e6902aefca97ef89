#include "land_use.h"

#include "rng.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <ogr_api.h>

namespace mapgen {

namespace {

struct ParkAnchor
{
    double lon, lat;
    const char* name;
};

// Real places: the parks are where they are on the ground.
constexpr ParkAnchor kParks[] = {
    {121.4725, 31.2320, "人民广场"},
    {121.4706, 31.2338, "人民公园"},
};

// Old lane housing is commoner south of Yan'an Road (the old French
// Concession edge and the old town).
constexpr double kYananLat = 31.2300;

struct KindStyle
{
    const char* kind;
    double depthMin, depthMax;   // across the row
    double lengthMin, lengthMax; // along the row
    double rowGap, colGap;
    int floorsMin, floorsMax;
};

constexpr KindStyle kSlab{"slab", 11, 14, 30, 60, 20, 10, 5, 8};
constexpr KindStyle kTower{"tower", 22, 30, 22, 30, 32, 28, 18, 36};
constexpr KindStyle kLane{"lane_house", 9, 12, 24, 48, 4.5, 5, 2, 3};

using PreparedPtr = std::unique_ptr<OGRPreparedGeometry, void (*)(OGRPreparedGeometryH)>;

PreparedPtr prepare(const OGRGeometry* g)
{
    return PreparedPtr(OGRCreatePreparedGeometry(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(g))),
                       OGRDestroyPreparedGeometry);
}

bool preparedContains(const PreparedPtr& p, const OGRGeometry* g)
{
    return OGRPreparedGeometryContains(p.get(), OGRGeometry::ToHandle(const_cast<OGRGeometry*>(g)));
}

// Row direction: the block's long axis, turned to within 45° of east-west
// so rows face south as Shanghai housing does.
double rowAngle(const OGRGeometry* shape)
{
    double a = std::fmod(minimumRotatedRect(shape).angle, M_PI);
    if (a < 0)
        a += M_PI;
    if (a > M_PI / 2)
        a -= M_PI;
    if (a > M_PI / 4)
        a -= M_PI / 2;
    else if (a < -M_PI / 4)
        a += M_PI / 2;
    return a;
}

// A pocket green in one corner of the block, or null.
OGRGeometryUniquePtr pocketGreen(const Frame& f, const OGRGeometry* inset, Rng& rng)
{
    double u0, v0, u1, v1;
    frameBounds(f, inset, u0, v0, u1, v1);
    const double w = rng.between(28, 45), h = rng.between(24, 36);
    const auto prep = prepare(inset);
    const int corner = rng.range(0, 3);
    for (int step = 0; step < 12; ++step) {
        const double d = step * 6.0;
        const bool left = corner % 2 == 0, bottom = corner < 2;
        const double ua = left ? u0 + d : u1 - d - w;
        const double va = bottom ? v0 + d : v1 - d - h;
        OGRGeometryUniquePtr r = frameRect(f, ua, va, ua + w, va + h);
        if (preparedContains(prep, r.get()))
            return r;
    }
    return nullptr;
}

const KindStyle& chooseStyle(const Block& b, double lat, Rng& rng)
{
    const double area = areaOf(b.shape.get());
    const double pLane = lat < kYananLat ? 0.45 : 0.25;
    const double pTower = area > 12000 ? 0.3 : 0.1;
    const double r = rng.uniform();
    if (r < pLane && area < 40000)
        return kLane;
    if (r < pLane + pTower)
        return kTower;
    return kSlab;
}

int fillRows(const Block& b, const KindStyle& st, const Frame& f, const OGRGeometry* inset,
             const OGRGeometry* keepOut, Rng& rng, std::vector<Building>& out)
{
    double u0, v0, u1, v1;
    frameBounds(f, inset, u0, v0, u1, v1);
    const auto prep = prepare(inset);
    int added = 0;
    for (double v = v0 + rng.between(0, st.rowGap / 2); v < v1;) {
        const double depth = rng.between(st.depthMin, st.depthMax);
        for (double u = u0 + rng.between(0, st.colGap); u < u1;) {
            const double len = rng.between(st.lengthMin, st.lengthMax);
            OGRGeometryUniquePtr r = frameRect(f, u, v, u + len, v + depth);
            const bool skip = rng.chance(0.08);
            if (!skip && preparedContains(prep, r.get()) && !(keepOut && r->Intersects(keepOut))) {
                Building bld;
                bld.blockId = b.id;
                bld.kind = st.kind;
                bld.floors = rng.range(st.floorsMin, st.floorsMax);
                if (st.kind == kSlab.kind && rng.chance(0.2))
                    bld.floors = rng.range(10, 18);
                bld.geom = std::move(r);
                out.push_back(std::move(bld));
                ++added;
                u += len + st.colGap;
            } else {
                u += 4.0; // slide along the row until a footprint fits
            }
        }
        v += depth + st.rowGap;
    }
    return added;
}

// A pond: a wobbly ellipse inside the park, or null if none fits.
OGRGeometryUniquePtr pond(const Block& park, Rng& rng)
{
    OGRGeometryUniquePtr core(park.shape->Buffer(-45.0, 4));
    double cx, cy;
    if (!core || core->IsEmpty() || !pointOnSurface(core.get(), cx, cy))
        return nullptr;
    OGRGeometryUniquePtr room(park.shape->Buffer(-12.0, 4));
    const double p1 = rng.between(0, 2 * M_PI), p2 = rng.between(0, 2 * M_PI);
    const double stretch = rng.between(1.2, 1.6), turn = rng.between(0, M_PI);
    for (double radius = rng.between(28, 38); radius > 8; radius *= 0.8) {
        auto ring = std::make_unique<OGRLinearRing>();
        for (int i = 0; i < 40; ++i) {
            const double t = 2 * M_PI * i / 40;
            const double r = radius * (1 + 0.15 * std::sin(2 * t + p1) + 0.08 * std::sin(3 * t + p2));
            const double ex = r * stretch * std::cos(t), ey = r * std::sin(t);
            ring->addPoint(cx + ex * std::cos(turn) - ey * std::sin(turn),
                           cy + ex * std::sin(turn) + ey * std::cos(turn));
        }
        ring->closeRings();
        auto poly = std::make_unique<OGRPolygon>();
        poly->addRingDirectly(ring.release());
        if (room && poly->Within(room.get()))
            return OGRGeometryUniquePtr(poly.release());
    }
    return nullptr;
}

void addParks(MapData& data, Rng& rng)
{
    static const char* pondNames[] = {"荷花池", "人民广场水池"};
    std::vector<const Block*> parks;
    for (const Block& b : data.blocks)
        if (b.park)
            parks.push_back(&b);
    // Largest park first: it gets the lotus pond.
    std::stable_sort(parks.begin(), parks.end(), [](const Block* a, const Block* b) {
        return areaOf(a->shape.get()) > areaOf(b->shape.get());
    });
    for (const Block* b : parks) {
        Green g;
        g.id = static_cast<int>(data.greens.size()) + 1;
        g.name = b->parkName;
        g.kind = "park";
        g.geom = clone(*b->shape);
        data.greens.push_back(std::move(g));
        if (data.water.size() < 2 && areaOf(b->shape.get()) > 15000) {
            OGRGeometryUniquePtr p = pond(*b, rng);
            if (p) {
                Water w;
                w.id = static_cast<int>(data.water.size()) + 1;
                w.name = pondNames[data.water.size()];
                w.geom = std::move(p);
                data.water.push_back(std::move(w));
            }
        }
    }
}

} // namespace

std::vector<OGRPoint> parkAnchors(const Transforms& tf)
{
    std::vector<OGRPoint> out;
    for (const ParkAnchor& a : kParks) {
        OGRPoint p(a.lon, a.lat);
        p.transform(tf.toUtm.get());
        out.push_back(p);
    }
    return out;
}

void markParks(std::vector<Block>& blocks, const Transforms& tf)
{
    for (const ParkAnchor& a : kParks) {
        OGRPoint p(a.lon, a.lat);
        p.transform(tf.toUtm.get());
        for (Block& b : blocks) {
            if (!b.park && b.face->Contains(&p)) {
                b.park = true;
                b.parkName = a.name;
            }
        }
    }
}

void generateLandUse(MapData& data, const Transforms& tf, std::uint64_t seed)
{
    Rng parkRng = Rng::derived(seed, 7, 0);
    addParks(data, parkRng);
    for (const Block& b : data.blocks) {
        if (b.park)
            continue;
        Rng rng = Rng::derived(seed, 11, static_cast<std::uint64_t>(b.id));
        OGRGeometryUniquePtr inset(b.shape->Buffer(-rng.between(3.0, 6.0), 4));
        if (!inset || inset->IsEmpty())
            continue;
        OGRPoint c(b.centroidX, b.centroidY);
        c.transform(tf.toWgs.get());
        const KindStyle& style = chooseStyle(b, c.getY(), rng);
        const Frame f(b.centroidX, b.centroidY, rowAngle(b.shape.get()));
        OGRGeometryUniquePtr green;
        if (areaOf(inset.get()) > 7000 && rng.chance(0.15))
            green = pocketGreen(f, inset.get(), rng);
        OGRGeometryUniquePtr keepOut(green ? green->Buffer(5.0, 2) : nullptr);
        fillRows(b, style, f, inset.get(), keepOut.get(), rng, data.buildings);
        if (green) {
            Green g;
            g.id = static_cast<int>(data.greens.size()) + 1;
            g.kind = "green";
            g.geom = std::move(green);
            data.greens.push_back(std::move(g));
        }
    }
    for (std::size_t i = 0; i < data.buildings.size(); ++i)
        data.buildings[i].id = static_cast<int>(i) + 1;
}

} // namespace mapgen
