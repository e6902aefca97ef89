#include "map/map_renderer.h"

#include "map/label_placer.h"
#include "map/layer_stack.h"
#include "map/map_layer.h"
#include "map/map_viewport.h"

#include <QPainter>

namespace xiuhua::map {

MapRenderer::MapRenderer() : m_attribution(tr("© OpenStreetMap contributors")) {}

void MapRenderer::render(QPainter& painter, const MapViewport& viewport, const LayerStack& stack,
                         int parts) const
{
    render(painter, viewport, stack.layers(), parts);
}

void MapRenderer::render(QPainter& painter, const MapViewport& viewport, const std::vector<MapLayer*>& layers,
                         int parts) const
{
    if (!viewport.isValid())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    const QRectF pixelBounds(QPointF(0, 0), QSizeF(viewport.outputSize()));
    if (parts & Background)
        painter.fillRect(pixelBounds, m_background);

    for (const bool operational : {false, true}) {
        if (!(parts & (operational ? OperationalLayers : BaseLayers)))
            continue;
        std::vector<MapLayer*> selected;
        for (MapLayer* layer : layers) {
            if (layer && layer->isVisible() && layer->isOperational() == operational)
                selected.push_back(layer);
        }
        for (const MapLayer* layer : selected) {
            painter.save();
            painter.setOpacity(layer->opacity());
            layer->render(painter, viewport);
            painter.restore();
        }
        if (parts & NoLabels)
            continue;
        LabelPlacer placer(pixelBounds);
        for (auto it = selected.rbegin(); it != selected.rend(); ++it)
            (*it)->renderLabels(painter, viewport, placer);
    }

    if (parts & Decorations) {
        drawScaleBar(painter, viewport);
        drawNorthArrow(painter, viewport);
        drawAttribution(painter, viewport);
    }
    painter.restore();
}

void MapRenderer::drawScaleBar(QPainter& painter, const MapViewport& viewport) const
{
    // The longest 1-2-5 round length that fits in ~120 px.
    const double maxMetres = 120 * viewport.scale();
    double metres = 1;
    for (double magnitude = 1; magnitude <= 1e7; magnitude *= 10) {
        for (const double step : {1.0, 2.0, 5.0}) {
            if (step * magnitude <= maxMetres)
                metres = step * magnitude;
        }
    }
    const double px = metres / viewport.scale();
    const QString text = metres >= 1000 ? tr("%1 km").arg(metres / 1000) : tr("%1 m").arg(metres);
    const QPointF origin(14, viewport.outputSize().height() - 16);

    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawRoundedRect(QRectF(origin.x() - 6, origin.y() - 24, px + 12, 32), 3, 3);
    QPen pen(QColor(0x33, 0x33, 0x33), 2, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin);
    painter.setPen(pen);
    painter.drawPolyline(
        QPolygonF({origin + QPointF(0, -6), origin, origin + QPointF(px, 0), origin + QPointF(px, -6)}));
    painter.setFont(LabelPlacer::mapFont(11));
    painter.drawText(QRectF(origin.x(), origin.y() - 24, px, 16), Qt::AlignCenter, text);
    painter.restore();
}

void MapRenderer::drawNorthArrow(QPainter& painter, const MapViewport& viewport) const
{
    const QPointF centre(viewport.outputSize().width() - 28, 34);
    painter.save();
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1));
    painter.setBrush(QColor(255, 255, 255, 190));
    painter.drawEllipse(centre, 18, 18);
    painter.setBrush(QColor(0x33, 0x33, 0x33));
    painter.drawPolygon(QPolygonF(
        {centre + QPointF(0, -14), centre + QPointF(6, 6), centre + QPointF(0, 2), centre + QPointF(-6, 6)}));
    painter.setFont(LabelPlacer::mapFont(10, true));
    painter.drawText(QRectF(centre.x() - 10, centre.y() + 18, 20, 14), Qt::AlignCenter, tr("N"));
    painter.restore();
}

void MapRenderer::drawAttribution(QPainter& painter, const MapViewport& viewport) const
{
    if (m_attribution.isEmpty())
        return;
    const QFont font = LabelPlacer::mapFont(10);
    const QFontMetricsF metrics(font);
    const QSizeF size(metrics.horizontalAdvance(m_attribution) + 10, metrics.height() + 4);
    const QRectF box(
        QPointF(viewport.outputSize().width() - size.width(), viewport.outputSize().height() - size.height()),
        size);
    painter.save();
    painter.fillRect(box, QColor(255, 255, 255, 180));
    painter.setFont(font);
    painter.setPen(QColor(0x44, 0x44, 0x44));
    painter.drawText(box, Qt::AlignCenter, m_attribution);
    painter.restore();
}

} // namespace xiuhua::map
