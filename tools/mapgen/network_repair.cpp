#include "network_repair.h"

#include "geo_util.h"

#include <cmath>
#include <map>
#include <stdexcept>
#include <utility>

namespace mapgen {

namespace {

void collectLines(const OGRGeometry* g, OGRMultiLineString& out)
{
    const auto type = wkbFlatten(g->getGeometryType());
    if (type == wkbLineString)
        out.addGeometry(g);
    else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection))
        for (const OGRGeometry* part : *g->toGeometryCollection())
            collectLines(part, out);
}

void collectPoints(const OGRGeometry* g, std::vector<std::pair<double, double>>& out)
{
    const auto type = wkbFlatten(g->getGeometryType());
    if (type == wkbPoint) {
        out.emplace_back(g->toPoint()->getX(), g->toPoint()->getY());
    } else if (type == wkbLineString) {
        const OGRLineString* l = g->toLineString();
        for (int i = 0; i < l->getNumPoints(); ++i)
            out.emplace_back(l->getX(i), l->getY(i));
    } else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (const OGRGeometry* part : *g->toGeometryCollection())
            collectPoints(part, out);
    }
}

using NodeKey = std::pair<long long, long long>;

NodeKey keyOf(double x, double y)
{
    return {std::llround(x * 100), std::llround(y * 100)};
}

OGRGeometryUniquePtr segment(double x0, double y0, double x1, double y1)
{
    auto l = std::make_unique<OGRLineString>();
    l->addPoint(x0, y0);
    l->addPoint(x1, y1);
    return OGRGeometryUniquePtr(l.release());
}

} // namespace

OGRGeometryUniquePtr nodeLines(const OGRGeometry& lines)
{
    OGRMultiLineString in;
    collectLines(&lines, in);
    if (in.IsEmpty())
        throw std::runtime_error("no lines to node");
    // A union with one of its own points nodes the lines at every crossing.
    OGRPoint seed;
    in.getGeometryRef(0)->StartPoint(&seed);
    OGRGeometryUniquePtr noded(in.Union(&seed));
    if (!noded)
        throw std::runtime_error("noding the road network failed");
    auto out = std::make_unique<OGRMultiLineString>();
    collectLines(noded.get(), *out);
    return OGRGeometryUniquePtr(out.release());
}

std::vector<OGRGeometryUniquePtr> gapClosers(const OGRGeometry& noded, double maxLength)
{
    const OGRMultiLineString* lines = noded.toMultiLineString();
    std::map<NodeKey, int> degree;
    for (const OGRLineString* l : *lines) {
        ++degree[keyOf(l->getX(0), l->getY(0))];
        ++degree[keyOf(l->getX(l->getNumPoints() - 1), l->getY(l->getNumPoints() - 1))];
    }
    std::vector<OGRGeometryUniquePtr> out;
    for (const OGRLineString* l : *lines) {
        const int n = l->getNumPoints();
        if (n < 2)
            continue;
        for (int end = 0; end < 2; ++end) {
            const int tip = end == 0 ? 0 : n - 1;
            const int prev = end == 0 ? 1 : n - 2;
            const double x = l->getX(tip), y = l->getY(tip);
            if (degree[keyOf(x, y)] != 1)
                continue;
            const double dx = x - l->getX(prev), dy = y - l->getY(prev);
            const double len = std::hypot(dx, dy);
            if (len < 1e-6)
                continue;
            OGRGeometryUniquePtr ray = segment(x, y, x + dx / len * maxLength, y + dy / len * maxLength);
            OGRGeometryUniquePtr hits(ray->Intersection(lines));
            std::vector<std::pair<double, double>> pts;
            if (hits)
                collectPoints(hits.get(), pts);
            double best = maxLength + 1, bx = 0, by = 0;
            for (const auto& [px, py] : pts) {
                const double d = std::hypot(px - x, py - y);
                if (d > 1.0 && d < best) {
                    best = d;
                    bx = px;
                    by = py;
                }
            }
            if (best <= maxLength)
                out.push_back(segment(x, y, bx, by));
        }
    }
    return out;
}

void splitFace(const OGRGeometry& face, double maxArea, std::vector<OGRGeometryUniquePtr>& pieces,
               std::vector<OGRGeometryUniquePtr>& cuts)
{
    const double area = areaOf(&face);
    if (area <= maxArea) {
        pieces.push_back(clone(face));
        return;
    }
    const RotatedRect rr = minimumRotatedRect(&face);
    OGRPoint c;
    face.Centroid(&c);
    const double ux = std::cos(rr.angle + M_PI / 2), uy = std::sin(rr.angle + M_PI / 2);
    const double reach = rr.length + rr.width;
    OGRGeometryUniquePtr line =
        segment(c.getX() - ux * reach, c.getY() - uy * reach, c.getX() + ux * reach, c.getY() + uy * reach);
    OGRGeometryUniquePtr inside(line->Intersection(&face));
    OGRGeometryUniquePtr boundary(face.Boundary());
    OGRGeometryCollection both;
    both.addGeometry(boundary.get());
    // The whole line, not just the clipped part: clipped ends sit a hair off
    // the boundary and would not be noded. Polygonize drops the dangles.
    both.addGeometry(line.get());
    OGRGeometryUniquePtr noded = nodeLines(both);
    OGRGeometryUniquePtr parts(noded->Polygonize());
    std::vector<OGRGeometryUniquePtr> kept;
    for (const OGRPolygon* p : polygonsOf(parts.get())) {
        double px, py;
        if (pointOnSurface(p, px, py) && containsPoint(&face, px, py))
            kept.push_back(clone(*p));
    }
    if (kept.size() < 2) { // the cut did not split it; give up on this face
        pieces.push_back(clone(face));
        return;
    }
    cuts.push_back(std::move(inside));
    for (const auto& k : kept)
        splitFace(*k, maxArea, pieces, cuts);
}

} // namespace mapgen
