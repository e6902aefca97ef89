#include "block_builder.h"

#include "geo_util.h"
#include "network_repair.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <stdexcept>

namespace mapgen {

namespace {

constexpr double kMinBlockArea = 2000.0;  // m²
constexpr double kMinBlockWidth = 20.0;   // m, narrowest side of the rotated rectangle
constexpr double kEdgeDistance = 5.0;     // m, faces closer to the bbox edge are dropped
constexpr double kMinSharedEdge = 1.0;    // m, faces sharing less are not neighbours
constexpr double kMaxGapClosing = 250.0;  // m, dead ends are extended at most this far
constexpr double kMaxBlockArea = 42000.0; // m², larger faces are cut by lanes
constexpr double kMaxParkArea = 160000.0; // m², for the faces of the real parks
constexpr double kLaneHalfWidth = 2.5;    // m, generated lanes and cuts

struct Face
{
    OGRGeometryUniquePtr geom;
    double area = 0;
    bool edge = false;
    bool sliver = false;
    int owner = -1;                               // index of the kept face it belongs to
    std::vector<std::pair<int, double>> touching; // (face, shared boundary length)
};

double linearLength(const OGRGeometry* g)
{
    if (!g || g->IsEmpty())
        return 0;
    const auto type = wkbFlatten(g->getGeometryType());
    if (type == wkbLineString)
        return g->toLineString()->get_Length();
    double sum = 0;
    if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection))
        for (const OGRGeometry* part : *g->toGeometryCollection())
            sum += linearLength(part);
    return sum;
}

std::vector<Face> polygonizeNetwork(const std::vector<Road>& roads,
                                    std::vector<OGRGeometryUniquePtr>& closers)
{
    OGRMultiLineString lines;
    for (const Road& r : roads)
        if (isGroundRoad(r))
            lines.addGeometry(r.geom.get());
    if (lines.IsEmpty())
        throw std::runtime_error("no ground-level roads to build blocks from");
    OGRGeometryUniquePtr noded = nodeLines(lines);
    closers = gapClosers(*noded, kMaxGapClosing);
    OGRGeometryCollection all;
    all.addGeometry(noded.get());
    for (const auto& c : closers)
        all.addGeometry(c.get());
    OGRGeometryUniquePtr network = nodeLines(all);
    OGRGeometryUniquePtr faces(network->Polygonize());
    if (!faces)
        throw std::runtime_error("polygonizing the road network failed");
    std::vector<Face> out;
    for (const OGRPolygon* p : polygonsOf(faces.get())) {
        Face f;
        f.geom = clone(*p);
        f.area = p->get_Area();
        out.push_back(std::move(f));
    }
    // Deterministic order, west to east then south to north.
    std::sort(out.begin(), out.end(), [](const Face& a, const Face& b) {
        OGREnvelope ea, eb;
        a.geom->getEnvelope(&ea);
        b.geom->getEnvelope(&eb);
        return std::tie(ea.MinX, ea.MinY, a.area) < std::tie(eb.MinX, eb.MinY, b.area);
    });
    return out;
}

bool isThin(const Face& f)
{
    const RotatedRect r = minimumRotatedRect(f.geom.get());
    const double perimeter = f.geom->toPolygon()->getExteriorRing()->get_Length();
    const double meanWidth = perimeter > 0 ? 2 * f.area / perimeter : 0;
    if (r.width < kMinBlockWidth || meanWidth < 15.0 || (r.width < 45.0 && r.length > 4.5 * r.width))
        return true;
    // Strips between carriageways: little is left 15 m in from the edge.
    OGRGeometryUniquePtr core(f.geom->Buffer(-15.0, 2));
    return areaOf(core.get()) < 0.1 * f.area;
}

std::vector<Face> splitLargeFaces(std::vector<Face> faces, const std::vector<OGRPoint>& keepWhole,
                                  std::vector<OGRGeometryUniquePtr>& cuts)
{
    std::vector<Face> out;
    for (Face& f : faces) {
        const bool whole = std::any_of(keepWhole.begin(), keepWhole.end(),
                                       [&](const OGRPoint& p) { return f.geom->Contains(&p); });
        const double maxArea = whole ? kMaxParkArea : kMaxBlockArea;
        if (f.area <= maxArea) {
            out.push_back(std::move(f));
            continue;
        }
        std::vector<OGRGeometryUniquePtr> pieces;
        splitFace(*f.geom, maxArea, pieces, cuts);
        for (auto& p : pieces) {
            // Around a park only the anchor's piece stays park-sized.
            const bool anchor = std::any_of(keepWhole.begin(), keepWhole.end(),
                                            [&](const OGRPoint& pt) { return p->Contains(&pt); });
            std::vector<OGRGeometryUniquePtr> small;
            if (whole && !anchor)
                splitFace(*p, kMaxBlockArea, small, cuts);
            else
                small.push_back(std::move(p));
            for (auto& q : small) {
                Face piece;
                piece.area = areaOf(q.get());
                piece.geom = std::move(q);
                out.push_back(std::move(piece));
            }
        }
    }
    return out;
}

// Faces sharing a stretch of boundary. Split pieces and their neighbours
// may differ by rounding along a shared edge, hence the small tolerance.
void findTouching(std::vector<Face>& faces)
{
    std::vector<OGREnvelope> envs(faces.size());
    std::vector<OGRGeometryUniquePtr> edges(faces.size());
    for (std::size_t i = 0; i < faces.size(); ++i) {
        faces[i].geom->getEnvelope(&envs[i]);
        edges[i].reset(faces[i].geom->Boundary());
    }
    for (std::size_t i = 0; i < faces.size(); ++i) {
        for (std::size_t j = i + 1; j < faces.size(); ++j) {
            if (!envs[i].Intersects(envs[j]) || faces[i].geom->Distance(faces[j].geom.get()) > 0.01)
                continue;
            OGRGeometryUniquePtr near(edges[j]->Buffer(0.05, 2));
            OGRGeometryUniquePtr shared(edges[i]->Intersection(near.get()));
            const double len = linearLength(shared.get());
            if (len < kMinSharedEdge)
                continue;
            faces[i].touching.emplace_back(static_cast<int>(j), len);
            faces[j].touching.emplace_back(static_cast<int>(i), len);
        }
    }
}

// Gives every sliver to the neighbour it shares the longest edge with,
// repeating so chains of slivers reach a block.
void absorbSlivers(std::vector<Face>& faces)
{
    for (std::size_t i = 0; i < faces.size(); ++i)
        if (!faces[i].edge && !faces[i].sliver)
            faces[i].owner = static_cast<int>(i);
    for (bool changed = true; changed;) {
        changed = false;
        for (Face& f : faces) {
            if (f.owner >= 0 || f.edge)
                continue;
            int best = -1;
            double bestLen = 0;
            for (const auto& [j, len] : f.touching) {
                if (faces[j].owner >= 0 && len > bestLen) {
                    best = faces[j].owner;
                    bestLen = len;
                }
            }
            if (best >= 0) {
                f.owner = best;
                changed = true;
            }
        }
    }
}

std::vector<std::vector<int>> ownerGraph(const std::vector<Face>& faces, const std::map<int, int>& blockOf)
{
    std::vector<std::vector<int>> adj(blockOf.size());
    for (const Face& f : faces) {
        if (f.owner < 0)
            continue;
        const int a = blockOf.at(f.owner);
        for (const auto& [j, len] : f.touching) {
            if (faces[j].owner < 0 || faces[j].owner == f.owner || len < kMinSharedEdge)
                continue;
            adj[a].push_back(blockOf.at(faces[j].owner));
        }
    }
    for (auto& list : adj) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    return adj;
}

// Indices of the largest connected group of blocks (by area).
std::vector<int> largestComponent(const std::vector<std::vector<int>>& adj, const std::vector<double>& areas)
{
    std::vector<int> comp(adj.size(), -1);
    std::vector<double> compArea;
    for (std::size_t s = 0; s < adj.size(); ++s) {
        if (comp[s] >= 0)
            continue;
        const int c = static_cast<int>(compArea.size());
        compArea.push_back(0);
        std::vector<int> stack{static_cast<int>(s)};
        comp[s] = c;
        while (!stack.empty()) {
            const int b = stack.back();
            stack.pop_back();
            compArea[c] += areas[b];
            for (int n : adj[b])
                if (comp[n] < 0) {
                    comp[n] = c;
                    stack.push_back(n);
                }
        }
    }
    const int best = static_cast<int>(std::max_element(compArea.begin(), compArea.end()) - compArea.begin());
    std::vector<int> keep;
    for (std::size_t i = 0; i < adj.size(); ++i)
        if (comp[i] == best)
            keep.push_back(static_cast<int>(i));
    return keep;
}

OGRGeometryUniquePtr shrinkBlock(const OGRGeometry* face, const std::vector<OGRGeometryUniquePtr>& buffers)
{
    OGREnvelope env;
    face->getEnvelope(&env);
    std::vector<const OGRGeometry*> near;
    for (const auto& b : buffers) {
        OGREnvelope e;
        b->getEnvelope(&e);
        if (e.Intersects(env))
            near.push_back(b.get());
    }
    OGRGeometryUniquePtr shrunk;
    if (near.empty()) {
        shrunk = clone(*face);
    } else {
        OGRGeometryUniquePtr corridor = unionPolygons(near);
        shrunk.reset(face->Difference(corridor.get()));
    }
    OGRGeometryUniquePtr opened = shrunk ? openPolygon(shrunk.get(), 1.5) : nullptr;
    return opened;
}

} // namespace

bool isGroundRoad(const Road& r)
{
    return !r.bridge && !r.tunnel && r.cls.rfind("trunk", 0) != 0;
}

double roadHalfWidth(const Road& r)
{
    static const std::map<std::string, double> byClass = {
        {"trunk", 9.0},        {"primary", 8.0},        {"secondary", 6.5},     {"tertiary", 5.5},
        {"residential", 4.0},  {"unclassified", 4.0},   {"living_street", 3.0}, {"service", 3.0},
        {"primary_link", 4.5}, {"secondary_link", 4.5}, {"tertiary_link", 4.0}, {"trunk_link", 5.0},
    };
    const auto it = byClass.find(r.cls);
    const double base = it == byClass.end() ? 3.5 : it->second;
    const double fromLanes = r.lanes > 0 ? r.lanes * 3.25 / 2.0 + 2.0 : 0.0;
    return std::max(base, fromLanes);
}

BlockNetwork buildBlocks(const std::vector<Road>& roads, const OGRGeometry* extentUtm,
                         const std::vector<OGRPoint>& keepWhole)
{
    BlockNetwork net;
    std::vector<OGRGeometryUniquePtr> lanes; // generated: gap closers and cuts
    std::vector<Face> faces = splitLargeFaces(polygonizeNetwork(roads, lanes), keepWhole, lanes);
    net.stats.faces = static_cast<int>(faces.size());
    OGRGeometryUniquePtr edge(extentUtm->Boundary());
    for (Face& f : faces) {
        f.edge = f.geom->Distance(edge.get()) < kEdgeDistance;
        f.sliver = !f.edge && (f.area < kMinBlockArea || isThin(f));
        net.stats.edgeFaces += f.edge ? 1 : 0;
        net.stats.slivers += f.sliver ? 1 : 0;
    }
    findTouching(faces);
    absorbSlivers(faces);

    std::map<int, int> blockOf; // kept face index -> block index
    for (std::size_t i = 0; i < faces.size(); ++i)
        if (faces[i].owner == static_cast<int>(i))
            blockOf.emplace(static_cast<int>(i), static_cast<int>(blockOf.size()));
    const auto adj = ownerGraph(faces, blockOf);
    std::vector<std::vector<const OGRGeometry*>> members(blockOf.size());
    std::vector<double> areas(blockOf.size(), 0.0);
    for (const Face& f : faces) {
        if (f.owner < 0) {
            net.stats.dropped += f.edge ? 0 : 1;
            continue;
        }
        members[blockOf.at(f.owner)].push_back(f.geom.get());
        areas[blockOf.at(f.owner)] += f.area;
    }
    const std::vector<int> keep = largestComponent(adj, areas);
    net.stats.dropped += static_cast<int>(blockOf.size() - keep.size());

    std::vector<OGRGeometryUniquePtr> buffers;
    for (const Road& r : roads)
        if (isGroundRoad(r))
            buffers.emplace_back(r.geom->Buffer(roadHalfWidth(r), 4));
    for (const auto& lane : lanes)
        if (lane && !lane->IsEmpty())
            buffers.emplace_back(lane->Buffer(kLaneHalfWidth, 4));

    std::map<int, int> newIndex;
    for (int oldIdx : keep) {
        Block b;
        b.id = static_cast<int>(net.blocks.size()) + 1;
        b.face = unionPolygons(members[oldIdx]);
        b.shape = shrinkBlock(b.face.get(), buffers);
        if (!b.shape) {
            OGRGeometryUniquePtr inset(b.face->Buffer(-3.0, 4));
            b.shape = largestPolygon(inset.get());
        }
        if (!b.shape)
            b.shape = largestPolygon(b.face.get());
        OGRPoint c;
        b.face->Centroid(&c);
        b.centroidX = c.getX();
        b.centroidY = c.getY();
        newIndex[oldIdx] = static_cast<int>(net.blocks.size());
        net.blocks.push_back(std::move(b));
    }
    net.neighbours.resize(net.blocks.size());
    for (int oldIdx : keep)
        for (int n : adj[oldIdx])
            net.neighbours[newIndex.at(oldIdx)].push_back(newIndex.at(n));
    return net;
}

} // namespace mapgen
