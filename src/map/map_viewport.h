#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace xiuhua::map {

// What part of the map is shown and how large: a value type.
// Map coordinates are projected metres in the display CRS (y grows north);
// pixel coordinates have y growing down, origin at the top-left. No rotation.
class MapViewport
{
public:
    static constexpr double kMinScale = 0.02;   // metres per pixel, street-level limit
    static constexpr double kMaxScale = 2000.0; // metres per pixel, whole-region limit

    MapViewport() = default;
    MapViewport(QPointF centre, double metresPerPixel, QSize outputSize);

    QPointF centre() const { return m_centre; }
    void setCentre(QPointF centre) { m_centre = centre; }
    // Metres per pixel. Clamped to [kMinScale, kMaxScale].
    double scale() const { return m_scale; }
    void setScale(double metresPerPixel);
    QSize outputSize() const { return m_size; }
    void setOutputSize(QSize size) { m_size = size; }
    bool isValid() const { return !m_size.isEmpty() && m_scale > 0; }

    QPointF toPixel(QPointF projected) const;
    QPointF toMap(QPointF pixel) const;
    // Projected -> pixel as a QTransform (for painter.setWorldTransform).
    QTransform mapToPixelTransform() const;
    // The visible area in map units (left = min x, top = min y).
    QRectF extent() const;

    // factor > 1 zooms in (fewer metres per pixel). The map point under
    // anchorPixel stays under it (unless the scale hits its limits).
    void zoomBy(double factor, QPointF anchorPixel);
    void zoomBy(double factor);
    // Moves the map content by delta pixels (drag right -> map moves right).
    void panByPixels(QPointF delta);
    // Centres on extent and picks the scale that shows all of it, leaving
    // marginPx free around it.
    void fitExtent(const QRectF& extent, double marginPx = 0);

    bool operator==(const MapViewport& other) const = default;

private:
    QPointF m_centre;
    double m_scale = 1.0;
    QSize m_size;
};

} // namespace xiuhua::map
