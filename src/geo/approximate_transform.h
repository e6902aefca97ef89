#pragma once

#include "geo/coordinate_transform.h"

#include <QPointF>
#include <QRectF>

#include <memory>

class OGRGeometry;

namespace xiuhua::geo {

// A CoordinateTransform replaced, inside one area of the source CRS, by bilinear interpolation
// between exactly transformed grid nodes: a projection costs sines, cosines and arc tangents
// per vertex, interpolation a few multiplications. The grid is refined until the interpolation
// is within maxError (target units) at every cell's centre and edge midpoints; cells that never
// get there, and points outside the area, are transformed exactly. One render at a known scale
// asks for a twentieth of a pixel, far below what can be seen (gdalwarp's approximate
// transformer does the same for rasters, at an eighth of a pixel by default).
//
// Like CoordinateTransform, one instance must not be used from two threads at once.
class ApproximateTransform
{
public:
    // Throws GeoError when the area has no size.
    ApproximateTransform(const CoordinateTransform& exact, const QRectF& sourceArea, double maxError);
    ApproximateTransform(ApproximateTransform&&) noexcept;
    ApproximateTransform& operator=(ApproximateTransform&&) noexcept;
    ~ApproximateTransform();

    // Transforms in place; false if a point failed (as CoordinateTransform::transform).
    bool transform(OGRGeometry& geometry) const;
    QPointF transform(QPointF point) const;

    // Cells per side of the grid that met maxError (or the finest tried), and how many of
    // them fall back to the exact transform.
    int cellsPerSide() const;
    int exactCells() const;

private:
    class Grid;
    std::unique_ptr<Grid> m_grid;
};

} // namespace xiuhua::geo
