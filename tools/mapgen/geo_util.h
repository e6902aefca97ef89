#pragma once

#include <memory>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <vector>

// Small helpers over OGR's GEOS-backed geometry operations.
namespace mapgen {

using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, void (*)(OGRCoordinateTransformation*)>;

// lon/lat (EPSG:4326, traditional GIS order) <-> UTM 51N (EPSG:32651).
struct Transforms
{
    TransformPtr toUtm;
    TransformPtr toWgs;
};
Transforms makeTransforms();
OGRSpatialReference wgs84();

OGRGeometryUniquePtr clone(const OGRGeometry& g);
double areaOf(const OGRGeometry* g);
double lengthOf(const OGRGeometry* g);

// The polygon parts of any geometry (a Polygon, MultiPolygon or collection).
std::vector<const OGRPolygon*> polygonsOf(const OGRGeometry* g);
// The largest polygon part, or null if there is none.
OGRGeometryUniquePtr largestPolygon(const OGRGeometry* g);
// The union of polygonal geometries (cascaded).
OGRGeometryUniquePtr unionPolygons(const std::vector<const OGRGeometry*>& parts);
// Removes spikes and necks narrower than 2*radius, keeps the largest part.
OGRGeometryUniquePtr openPolygon(const OGRGeometry* g, double radius);

bool containsPoint(const OGRGeometry* g, double x, double y);
bool pointOnSurface(const OGRGeometry* g, double& x, double& y);

// A local frame rotated by `angle` (radians) around an origin.
struct Frame
{
    double ox = 0, oy = 0, c = 1, s = 0;
    Frame(double originX, double originY, double angle);
    void toLocal(double x, double y, double& u, double& v) const;
    void toWorld(double u, double v, double& x, double& y) const;
};

// An axis-aligned rectangle of the frame, as a world polygon.
OGRGeometryUniquePtr frameRect(const Frame& f, double u0, double v0, double u1, double v1);
// Bounds of a geometry in frame coordinates.
void frameBounds(const Frame& f, const OGRGeometry* g, double& u0, double& v0, double& u1, double& v1);

struct RotatedRect
{
    double angle = 0; // direction of the long side, radians
    double length = 0;
    double width = 0;
};
RotatedRect minimumRotatedRect(const OGRGeometry* g);

} // namespace mapgen
