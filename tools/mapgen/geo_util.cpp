#include "geo_util.h"

#include <algorithm>
#include <cmath>
#include <ogr_api.h>
#include <stdexcept>

namespace mapgen {

OGRSpatialReference wgs84()
{
    OGRSpatialReference srs;
    srs.importFromEPSG(4326);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

Transforms makeTransforms()
{
    OGRSpatialReference wgs = wgs84();
    OGRSpatialReference utm;
    utm.importFromEPSG(32651);
    utm.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    auto* to = OGRCreateCoordinateTransformation(&wgs, &utm);
    auto* back = OGRCreateCoordinateTransformation(&utm, &wgs);
    if (!to || !back)
        throw std::runtime_error("cannot create the EPSG:4326 <-> EPSG:32651 transformation (PROJ data?)");
    auto del = [](OGRCoordinateTransformation* ct) { OGRCoordinateTransformation::DestroyCT(ct); };
    return Transforms{TransformPtr(to, del), TransformPtr(back, del)};
}

OGRGeometryUniquePtr clone(const OGRGeometry& g)
{
    return OGRGeometryUniquePtr(g.clone());
}

double areaOf(const OGRGeometry* g)
{
    return g ? OGR_G_Area(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(g))) : 0.0;
}

double lengthOf(const OGRGeometry* g)
{
    return g ? OGR_G_Length(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(g))) : 0.0;
}

std::vector<const OGRPolygon*> polygonsOf(const OGRGeometry* g)
{
    std::vector<const OGRPolygon*> out;
    if (!g || g->IsEmpty())
        return out;
    const auto type = wkbFlatten(g->getGeometryType());
    if (type == wkbPolygon) {
        out.push_back(g->toPolygon());
    } else if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
        for (const OGRGeometry* part : *g->toGeometryCollection()) {
            auto sub = polygonsOf(part);
            out.insert(out.end(), sub.begin(), sub.end());
        }
    }
    return out;
}

OGRGeometryUniquePtr largestPolygon(const OGRGeometry* g)
{
    const OGRPolygon* best = nullptr;
    double bestArea = 0;
    for (const OGRPolygon* p : polygonsOf(g)) {
        const double a = p->get_Area();
        if (a > bestArea) {
            best = p;
            bestArea = a;
        }
    }
    return best ? clone(*best) : nullptr;
}

OGRGeometryUniquePtr unionPolygons(const std::vector<const OGRGeometry*>& parts)
{
    OGRMultiPolygon all;
    for (const OGRGeometry* g : parts)
        for (const OGRPolygon* p : polygonsOf(g))
            all.addGeometry(p);
    OGRGeometryUniquePtr u(all.UnionCascaded());
    if (!u)
        throw std::runtime_error("polygon union failed");
    return u;
}

OGRGeometryUniquePtr openPolygon(const OGRGeometry* g, double radius)
{
    OGRGeometryUniquePtr in(g->Buffer(-radius, 4));
    if (!in || in->IsEmpty())
        return nullptr;
    OGRGeometryUniquePtr out(in->Buffer(radius, 4));
    if (!out)
        return nullptr;
    // Buffering outwards rounds convex corners; clip back to the original.
    OGRGeometryUniquePtr clipped(out->Intersection(g));
    return largestPolygon(clipped.get());
}

bool containsPoint(const OGRGeometry* g, double x, double y)
{
    OGRPoint p(x, y);
    return g->Contains(&p);
}

bool pointOnSurface(const OGRGeometry* g, double& x, double& y)
{
    if (!g || g->IsEmpty())
        return false;
    OGRGeometryH h = OGR_G_PointOnSurface(OGRGeometry::ToHandle(const_cast<OGRGeometry*>(g)));
    if (!h)
        return false;
    OGRGeometryUniquePtr owned(OGRGeometry::FromHandle(h));
    if (owned->IsEmpty() || wkbFlatten(owned->getGeometryType()) != wkbPoint)
        return false;
    x = owned->toPoint()->getX();
    y = owned->toPoint()->getY();
    return true;
}

Frame::Frame(double originX, double originY, double angle)
    : ox(originX), oy(originY), c(std::cos(angle)), s(std::sin(angle))
{}

void Frame::toLocal(double x, double y, double& u, double& v) const
{
    const double dx = x - ox, dy = y - oy;
    u = dx * c + dy * s;
    v = -dx * s + dy * c;
}

void Frame::toWorld(double u, double v, double& x, double& y) const
{
    x = ox + u * c - v * s;
    y = oy + u * s + v * c;
}

OGRGeometryUniquePtr frameRect(const Frame& f, double u0, double v0, double u1, double v1)
{
    auto ring = std::make_unique<OGRLinearRing>();
    const double us[5] = {u0, u1, u1, u0, u0};
    const double vs[5] = {v0, v0, v1, v1, v0};
    for (int i = 0; i < 5; ++i) {
        double x, y;
        f.toWorld(us[i], vs[i], x, y);
        ring->addPoint(x, y);
    }
    auto poly = std::make_unique<OGRPolygon>();
    poly->addRingDirectly(ring.release());
    return OGRGeometryUniquePtr(poly.release());
}

void frameBounds(const Frame& f, const OGRGeometry* g, double& u0, double& v0, double& u1, double& v1)
{
    u0 = v0 = 1e300;
    u1 = v1 = -1e300;
    for (const OGRPolygon* p : polygonsOf(g)) {
        const OGRLinearRing* ring = p->getExteriorRing();
        for (int i = 0; i < ring->getNumPoints(); ++i) {
            double u, v;
            f.toLocal(ring->getX(i), ring->getY(i), u, v);
            u0 = std::min(u0, u);
            u1 = std::max(u1, u);
            v0 = std::min(v0, v);
            v1 = std::max(v1, v);
        }
    }
}

RotatedRect minimumRotatedRect(const OGRGeometry* g)
{
    RotatedRect best;
    OGRGeometryUniquePtr hull(g->ConvexHull());
    auto polys = polygonsOf(hull.get());
    if (polys.empty())
        return best;
    const OGRLinearRing* ring = polys.front()->getExteriorRing();
    double bestArea = 1e300;
    for (int i = 0; i + 1 < ring->getNumPoints(); ++i) {
        const double dx = ring->getX(i + 1) - ring->getX(i);
        const double dy = ring->getY(i + 1) - ring->getY(i);
        if (std::hypot(dx, dy) < 1e-6)
            continue;
        const Frame f(0, 0, std::atan2(dy, dx));
        double u0, v0, u1, v1;
        frameBounds(f, hull.get(), u0, v0, u1, v1);
        const double a = (u1 - u0) * (v1 - v0);
        if (a < bestArea) {
            bestArea = a;
            const double lu = u1 - u0, lv = v1 - v0;
            best.angle = lu >= lv ? std::atan2(dy, dx) : std::atan2(dy, dx) + M_PI / 2;
            best.length = std::max(lu, lv);
            best.width = std::min(lu, lv);
        }
    }
    return best;
}

} // namespace mapgen
