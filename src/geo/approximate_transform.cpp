#include "geo/approximate_transform.h"

#include "geo/geo_error.h"

#include <algorithm>
#include <cmath>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>
#include <vector>

namespace xiuhua::geo {

namespace {

constexpr int kFirstCellsPerSide = 16;
constexpr int kMostCellsPerSide = 128;

} // namespace

// The grid, and the OGR face it shows OGRGeometry::transform (which takes only an
// OGRCoordinateTransformation).
class ApproximateTransform::Grid : public OGRCoordinateTransformation
{
public:
    Grid(const CoordinateTransform& exact, const QRectF& area, double maxError)
        : m_exact(exact), m_source(exact.sourceCrs()), m_target(exact.targetCrs()), m_area(area)
    {
        if (!(area.width() > 0) || !(area.height() > 0))
            throw GeoError("Cannot approximate a transform over an area without size");
        for (m_cells = kFirstCellsPerSide;; m_cells *= 2) {
            buildNodes();
            if (checkCells(maxError) == 0 || m_cells >= kMostCellsPerSide)
                break;
        }
    }

    int cellsPerSide() const { return m_cells; }
    int exactCells() const { return int(std::count(m_exactCell.begin(), m_exactCell.end(), 1)); }

    // Interpolates (x, y) in place; false when the point must be transformed exactly.
    bool interpolate(double& x, double& y) const
    {
        const double u = (x - m_area.left()) / m_area.width() * m_cells;
        const double v = (y - m_area.top()) / m_area.height() * m_cells;
        if (!(u >= 0 && v >= 0 && u <= m_cells && v <= m_cells))
            return false;
        const int i = std::min(int(u), m_cells - 1);
        const int j = std::min(int(v), m_cells - 1);
        if (m_exactCell[std::size_t(j * m_cells + i)])
            return false;
        const double fu = u - i;
        const double fv = v - j;
        const std::size_t row = std::size_t(m_cells + 1);
        const QPointF& a = m_nodes[std::size_t(j) * row + std::size_t(i)];
        const QPointF& b = m_nodes[std::size_t(j) * row + std::size_t(i) + 1];
        const QPointF& c = m_nodes[std::size_t(j + 1) * row + std::size_t(i)];
        const QPointF& d = m_nodes[std::size_t(j + 1) * row + std::size_t(i) + 1];
        x = (a.x() * (1 - fu) + b.x() * fu) * (1 - fv) + (c.x() * (1 - fu) + d.x() * fu) * fv;
        y = (a.y() * (1 - fu) + b.y() * fu) * (1 - fv) + (c.y() * (1 - fu) + d.y() * fu) * fv;
        return true;
    }

    // OGRCoordinateTransformation
    OGRSpatialReference* GetSourceCS() override { return &m_source; }
    OGRSpatialReference* GetTargetCS() override { return &m_target; }
    int Transform(int count, double* x, double* y, double* z, double* t, int* success) override
    {
        std::vector<int> exactOnes;
        for (int k = 0; k < count; ++k) {
            if (success)
                success[k] = TRUE;
            if (!interpolate(x[k], y[k]))
                exactOnes.push_back(k);
        }
        bool any = count > 0 && exactOnes.size() < std::size_t(count);
        for (const int k : exactOnes) {
            // One by one: rare (points beyond the area, cells next to a projection's edge).
            std::vector<QPointF> point{QPointF(x[k], y[k])};
            const bool ok = m_exact.transform(point);
            if (ok) {
                x[k] = point[0].x();
                y[k] = point[0].y();
            }
            if (success)
                success[k] = ok ? TRUE : FALSE;
            any = any || ok;
        }
        (void)z;
        (void)t;
        return any ? TRUE : FALSE;
    }
    int TransformWithErrorCodes(int count, double* x, double* y, double* z, double* t, int* errors) override
    {
        std::vector<int> success(std::size_t(std::max(count, 0)));
        const int result = Transform(count, x, y, z, t, success.data());
        if (errors) {
            for (int k = 0; k < count; ++k)
                errors[k] = success[std::size_t(k)] ? 0 : 1;
        }
        return result;
    }
    OGRCoordinateTransformation* Clone() const override { return new Grid(*this); }
    OGRCoordinateTransformation* GetInverse() const override { return nullptr; }

private:
    Grid(const Grid&) = default;

    QPointF nodeSource(int i, int j) const
    {
        return {m_area.left() + m_area.width() * i / m_cells, m_area.top() + m_area.height() * j / m_cells};
    }

    // Transforms the points exactly in place; which of them could be.
    std::vector<char> transformEach(std::vector<QPointF>& points) const
    {
        std::vector<QPointF> all = points;
        if (m_exact.transform(all)) {
            points = std::move(all);
            return std::vector<char>(points.size(), 1);
        }
        // Some failed (beyond the projection's domain): find which, one by one.
        std::vector<char> ok(points.size(), 0);
        std::vector<QPointF> one(1);
        for (std::size_t n = 0; n < points.size(); ++n) {
            one[0] = points[n];
            ok[n] = m_exact.transform(one) && std::isfinite(one[0].x()) && std::isfinite(one[0].y());
            points[n] = one[0];
        }
        return ok;
    }

    void buildNodes()
    {
        m_nodes.clear();
        for (int j = 0; j <= m_cells; ++j) {
            for (int i = 0; i <= m_cells; ++i)
                m_nodes.push_back(nodeSource(i, j));
        }
        m_nodeOk = transformEach(m_nodes);
    }

    // Marks the cells whose interpolation misses the exact transform by more than maxError at
    // their centre or edge midpoints (or that touch a node that could not be transformed);
    // returns how many.
    int checkCells(double maxError)
    {
        m_exactCell.assign(std::size_t(m_cells * m_cells), 0);
        const std::size_t row = std::size_t(m_cells + 1);
        std::vector<QPointF> probes;
        for (int j = 0; j < m_cells; ++j) {
            for (int i = 0; i < m_cells; ++i) {
                const QPointF a = nodeSource(i, j);
                const QPointF d = nodeSource(i + 1, j + 1);
                const QPointF mid = (a + d) / 2;
                probes.push_back(mid);
                probes.emplace_back(mid.x(), a.y());
                probes.emplace_back(a.x(), mid.y());
            }
        }
        std::vector<QPointF> exact = probes;
        const std::vector<char> probeOk = transformEach(exact);
        int failed = 0;
        for (int j = 0; j < m_cells; ++j) {
            for (int i = 0; i < m_cells; ++i) {
                const std::size_t cell = std::size_t(j * m_cells + i);
                bool good = m_nodeOk[std::size_t(j) * row + std::size_t(i)] &&
                            m_nodeOk[std::size_t(j) * row + std::size_t(i) + 1] &&
                            m_nodeOk[std::size_t(j + 1) * row + std::size_t(i)] &&
                            m_nodeOk[std::size_t(j + 1) * row + std::size_t(i) + 1];
                for (std::size_t p = cell * 3; good && p < cell * 3 + 3; ++p) {
                    double x = probes[p].x();
                    double y = probes[p].y();
                    good = probeOk[p] && interpolate(x, y) &&
                           std::hypot(x - exact[p].x(), y - exact[p].y()) <= maxError;
                }
                m_exactCell[cell] = good ? 0 : 1;
                failed += good ? 0 : 1;
            }
        }
        return failed;
    }

    CoordinateTransform m_exact;
    OGRSpatialReference m_source;
    OGRSpatialReference m_target;
    QRectF m_area;
    int m_cells = kFirstCellsPerSide;
    std::vector<QPointF> m_nodes; // (m_cells + 1)² in the target CRS, row by row
    std::vector<char> m_nodeOk;
    std::vector<char> m_exactCell;
};

ApproximateTransform::ApproximateTransform(const CoordinateTransform& exact, const QRectF& sourceArea,
                                           double maxError)
    : m_grid(std::make_unique<Grid>(exact, sourceArea, maxError))
{}

ApproximateTransform::ApproximateTransform(ApproximateTransform&&) noexcept = default;
ApproximateTransform& ApproximateTransform::operator=(ApproximateTransform&&) noexcept = default;
ApproximateTransform::~ApproximateTransform() = default;

bool ApproximateTransform::transform(OGRGeometry& geometry) const
{
    return geometry.transform(m_grid.get()) == OGRERR_NONE;
}

QPointF ApproximateTransform::transform(QPointF point) const
{
    double x = point.x();
    double y = point.y();
    int ok = FALSE;
    m_grid->Transform(1, &x, &y, nullptr, nullptr, &ok);
    if (!ok)
        throw GeoError("Cannot transform a point");
    return {x, y};
}

int ApproximateTransform::cellsPerSide() const
{
    return m_grid->cellsPerSide();
}

int ApproximateTransform::exactCells() const
{
    return m_grid->exactCells();
}

} // namespace xiuhua::geo
