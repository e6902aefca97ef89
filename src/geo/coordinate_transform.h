#pragma once

#include <QPointF>
#include <QRectF>

#include <memory>
#include <ogr_spatialref.h>
#include <vector>

class OGRGeometry;

namespace xiuhua::geo {

// RAII wrapper over OGRCoordinateTransformation. Both CRSs use the
// traditional GIS axis order (x = longitude / easting, y = latitude /
// northing), whatever the authority says.
//
// Copyable (a copy clones the PROJ object). One instance must not be used
// from two threads at once; give each worker its own copy.
class CoordinateTransform
{
public:
    // Throws GeoError if either CRS is empty or PROJ cannot build the transform.
    CoordinateTransform(const OGRSpatialReference& from, const OGRSpatialReference& to);
    static CoordinateTransform fromEpsg(int fromEpsg, int toEpsg);

    CoordinateTransform(const CoordinateTransform& other);
    CoordinateTransform& operator=(const CoordinateTransform& other);
    CoordinateTransform(CoordinateTransform&&) noexcept;
    CoordinateTransform& operator=(CoordinateTransform&&) noexcept;
    ~CoordinateTransform();

    // Throws GeoError if the point cannot be transformed (e.g. out of domain).
    QPointF transform(QPointF point) const;
    // Transforms in place; returns false if any point failed.
    bool transform(std::vector<QPointF>& points) const;
    bool transform(OGRGeometry& geometry) const;
    // Bounding box of the transformed rectangle (edges densified).
    QRectF transformBounds(const QRectF& bounds) const;

    // The reverse transformation (to -> from). Throws GeoError on failure.
    CoordinateTransform inverse() const;

    const OGRSpatialReference& sourceCrs() const { return m_from; }
    const OGRSpatialReference& targetCrs() const { return m_to; }

private:
    struct Deleter
    {
        void operator()(OGRCoordinateTransformation* ct) const;
    };
    CoordinateTransform() = default;

    OGRSpatialReference m_from;
    OGRSpatialReference m_to;
    std::unique_ptr<OGRCoordinateTransformation, Deleter> m_ct;
};

} // namespace xiuhua::geo
