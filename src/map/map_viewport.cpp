#include "map/map_viewport.h"

#include <algorithm>

namespace xiuhua::map {

MapViewport::MapViewport(QPointF centre, double metresPerPixel, QSize outputSize)
    : m_centre(centre), m_size(outputSize)
{
    setScale(metresPerPixel);
}

void MapViewport::setScale(double metresPerPixel)
{
    m_scale = std::clamp(metresPerPixel, kMinScale, kMaxScale);
}

QPointF MapViewport::toPixel(QPointF projected) const
{
    return {m_size.width() / 2.0 + (projected.x() - m_centre.x()) / m_scale,
            m_size.height() / 2.0 - (projected.y() - m_centre.y()) / m_scale};
}

QPointF MapViewport::toMap(QPointF pixel) const
{
    return {m_centre.x() + (pixel.x() - m_size.width() / 2.0) * m_scale,
            m_centre.y() - (pixel.y() - m_size.height() / 2.0) * m_scale};
}

QTransform MapViewport::mapToPixelTransform() const
{
    // x' = x / s + (w/2 - cx / s);  y' = -y / s + (h/2 + cy / s)
    return QTransform(1.0 / m_scale, 0, 0, -1.0 / m_scale, m_size.width() / 2.0 - m_centre.x() / m_scale,
                      m_size.height() / 2.0 + m_centre.y() / m_scale);
}

QRectF MapViewport::extent() const
{
    const double w = m_size.width() * m_scale;
    const double h = m_size.height() * m_scale;
    return {m_centre.x() - w / 2, m_centre.y() - h / 2, w, h};
}

void MapViewport::zoomBy(double factor, QPointF anchorPixel)
{
    if (factor <= 0)
        return;
    const QPointF anchor = toMap(anchorPixel);
    const double oldScale = m_scale;
    setScale(m_scale / factor);
    const double ratio = m_scale / oldScale;
    m_centre = anchor + (m_centre - anchor) * ratio;
}

void MapViewport::zoomBy(double factor)
{
    zoomBy(factor, QPointF(m_size.width() / 2.0, m_size.height() / 2.0));
}

void MapViewport::panByPixels(QPointF delta)
{
    m_centre -= QPointF(delta.x() * m_scale, -delta.y() * m_scale);
}

void MapViewport::fitExtent(const QRectF& extent, double marginPx)
{
    const QRectF e = extent.normalized();
    if (m_size.isEmpty())
        return;
    m_centre = e.center();
    if (e.width() <= 0 && e.height() <= 0)
        return; // a single point: centre on it, keep the scale
    const double usableW = std::max(1.0, m_size.width() - 2 * marginPx);
    const double usableH = std::max(1.0, m_size.height() - 2 * marginPx);
    setScale(std::max(e.width() / usableW, e.height() / usableH));
}

} // namespace xiuhua::map
