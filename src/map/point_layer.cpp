#include "map/point_layer.h"

#include "map/label_placer.h"
#include "map/map_viewport.h"

#include <QLineF>
#include <QPainter>

#include <cmath>

namespace xiuhua::map {

PointLayer::PointLayer(QString id, QString name, geo::CoordinateTransform displayTransform, int zValue,
                       QObject* parent)
    : MapLayer(std::move(id), std::move(name), zValue, parent), m_toDisplay(std::move(displayTransform))
{
    m_symbol.shape = PointSymbol::Shape::Circle;
    m_symbol.size = 12;
    m_symbol.outline = Qt::white;
    m_symbol.outlineWidth = 2;
}

void PointLayer::setPoints(std::vector<MapPoint> points)
{
    std::vector<QPointF> coordinates;
    coordinates.reserve(points.size());
    for (const MapPoint& p : points)
        coordinates.emplace_back(p.lon, p.lat);
    m_toDisplay.transform(coordinates); // failed points come back as HUGE_VAL (inf)

    m_points.clear();
    m_projected.clear();
    m_extent = QRectF();
    for (std::size_t i = 0; i < points.size(); ++i) {
        const QPointF& xy = coordinates[i];
        if (!std::isfinite(xy.x()) || !std::isfinite(xy.y()))
            continue;
        m_points.push_back(std::move(points[i]));
        m_projected.push_back(xy);
    }
    if (!m_projected.empty()) {
        QPointF min = m_projected.front(), max = min;
        for (const QPointF& xy : m_projected) {
            min = QPointF(std::min(min.x(), xy.x()), std::min(min.y(), xy.y()));
            max = QPointF(std::max(max.x(), xy.x()), std::max(max.y(), xy.y()));
        }
        m_extent = QRectF(min, max);
    }
    emit changed();
}

std::optional<MapPoint> PointLayer::point(qint64 id) const
{
    for (const MapPoint& p : m_points) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

void PointLayer::setSymbol(PointSymbol symbol)
{
    m_symbol = std::move(symbol);
    emit changed();
}

void PointLayer::setLabelsVisible(bool visible)
{
    m_labelsVisible = visible;
    emit changed();
}

std::optional<qint64> PointLayer::pointAt(QPointF pixel, const MapViewport& viewport,
                                          double tolerancePx) const
{
    if (!isVisible())
        return std::nullopt;
    std::optional<qint64> best;
    double bestDistance = tolerancePx + m_symbol.radius();
    // Later points are drawn on top: on a tie the later one wins.
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        const double d = QLineF(pixel, viewport.toPixel(m_projected[i])).length();
        if (d <= bestDistance) {
            bestDistance = d;
            best = m_points[i].id;
        }
    }
    return best;
}

std::vector<qint64> PointLayer::pointsIn(const QRectF& mapRect) const
{
    const QRectF r = mapRect.normalized();
    std::vector<qint64> ids;
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        const QPointF& xy = m_projected[i];
        if (xy.x() >= r.left() && xy.x() <= r.right() && xy.y() >= r.top() && xy.y() <= r.bottom())
            ids.push_back(m_points[i].id);
    }
    return ids;
}

void PointLayer::render(QPainter& painter, const MapViewport& viewport) const
{
    if (!isVisible())
        return;
    const QRectF visible(QPointF(-20, -20), QSizeF(viewport.outputSize()) + QSizeF(40, 40));
    PointSymbol symbol = m_symbol;
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        const QPointF px = viewport.toPixel(m_projected[i]);
        if (!visible.contains(px))
            continue;
        symbol.fill = m_points[i].colour.isValid() ? m_points[i].colour : m_symbol.fill;
        symbol.draw(painter, px);
    }
}

void PointLayer::renderLabels(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer) const
{
    if (!isVisible())
        return;
    const double r = m_symbol.radius();
    for (const QPointF& xy : m_projected) {
        const QPointF px = viewport.toPixel(xy);
        placer.reserve(QRectF(px.x() - r, px.y() - r, 2 * r, 2 * r));
    }
    if (!m_labelsVisible)
        return;
    const LabelLook look{LabelPlacer::mapFont(12, true), QColor(0x21, 0x21, 0x21), Qt::white, 2.5};
    for (std::size_t i = m_points.size(); i-- > 0;)
        placer.placeAroundPoint(painter, m_points[i].label, look, viewport.toPixel(m_projected[i]), r);
}

} // namespace xiuhua::map
