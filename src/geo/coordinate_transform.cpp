#include "geo/coordinate_transform.h"

#include "geo/geo_error.h"
#include "geo/projection.h"

#include <cmath>
#include <ogr_geometry.h>

namespace xiuhua::geo {

void CoordinateTransform::Deleter::operator()(OGRCoordinateTransformation* ct) const
{
    OGRCoordinateTransformation::DestroyCT(ct);
}

CoordinateTransform::CoordinateTransform(const OGRSpatialReference& from, const OGRSpatialReference& to)
    : m_from(from), m_to(to)
{
    if (m_from.IsEmpty() || m_to.IsEmpty())
        throw GeoError("Cannot transform coordinates: a coordinate reference system is missing");
    m_from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    m_to.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    m_ct.reset(OGRCreateCoordinateTransformation(&m_from, &m_to));
    if (!m_ct) {
        const char* fromName = m_from.GetName();
        const char* toName = m_to.GetName();
        throw GeoError(std::string("Cannot transform coordinates from '") + (fromName ? fromName : "?") +
                       "' to '" + (toName ? toName : "?") + "'");
    }
}

CoordinateTransform CoordinateTransform::fromEpsg(int fromEpsg, int toEpsg)
{
    return CoordinateTransform(spatialReferenceFromEpsg(fromEpsg), spatialReferenceFromEpsg(toEpsg));
}

CoordinateTransform::CoordinateTransform(const CoordinateTransform& other)
    : m_from(other.m_from), m_to(other.m_to), m_ct(other.m_ct ? other.m_ct->Clone() : nullptr)
{}

CoordinateTransform& CoordinateTransform::operator=(const CoordinateTransform& other)
{
    if (this != &other) {
        m_from = other.m_from;
        m_to = other.m_to;
        m_ct.reset(other.m_ct ? other.m_ct->Clone() : nullptr);
    }
    return *this;
}

CoordinateTransform::CoordinateTransform(CoordinateTransform&&) noexcept = default;
CoordinateTransform& CoordinateTransform::operator=(CoordinateTransform&&) noexcept = default;
CoordinateTransform::~CoordinateTransform() = default;

QPointF CoordinateTransform::transform(QPointF point) const
{
    double x = point.x();
    double y = point.y();
    if (!m_ct || !m_ct->Transform(1, &x, &y) || !std::isfinite(x) || !std::isfinite(y))
        throw GeoError("Cannot transform the coordinate (" + std::to_string(point.x()) + ", " +
                       std::to_string(point.y()) + ")");
    return {x, y};
}

bool CoordinateTransform::transform(std::vector<QPointF>& points) const
{
    if (!m_ct)
        return false;
    std::vector<double> xs(points.size());
    std::vector<double> ys(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        xs[i] = points[i].x();
        ys[i] = points[i].y();
    }
    std::vector<int> ok(points.size(), 0);
    const bool allOk = m_ct->Transform(points.size(), xs.data(), ys.data(), nullptr, ok.data());
    for (std::size_t i = 0; i < points.size(); ++i)
        points[i] = QPointF(xs[i], ys[i]);
    return allOk;
}

bool CoordinateTransform::transform(OGRGeometry& geometry) const
{
    return m_ct && geometry.transform(m_ct.get()) == OGRERR_NONE;
}

QRectF CoordinateTransform::transformBounds(const QRectF& bounds) const
{
    constexpr int steps = 8;
    std::vector<QPointF> points;
    for (int i = 0; i <= steps; ++i) {
        const double t = double(i) / steps;
        points.emplace_back(bounds.left() + t * bounds.width(), bounds.top());
        points.emplace_back(bounds.left() + t * bounds.width(), bounds.bottom());
        points.emplace_back(bounds.left(), bounds.top() + t * bounds.height());
        points.emplace_back(bounds.right(), bounds.top() + t * bounds.height());
    }
    if (!transform(points))
        throw GeoError("Cannot transform the map extent");
    double minX = points.front().x(), maxX = minX, minY = points.front().y(), maxY = minY;
    for (const QPointF& p : points) {
        minX = std::min(minX, p.x());
        maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y());
        maxY = std::max(maxY, p.y());
    }
    return QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

CoordinateTransform CoordinateTransform::inverse() const
{
    return CoordinateTransform(m_to, m_from);
}

} // namespace xiuhua::geo
