#include "map/canvas/map_tool_place.h"

#include "map/map_viewport.h"

#include <QMouseEvent>
#include <QPainter>

namespace xiuhua::map {

MapToolPlace::MapToolPlace(MapCanvas& canvas, QObject* parent) : MapTool(canvas, parent)
{
    setCursor(QCursor(Qt::CrossCursor));
}

QString MapToolPlace::name() const
{
    return tr("Place incident");
}

void MapToolPlace::activate()
{
    MapTool::activate();
    emit messageEmitted(tr("Click the map where the incident is"));
}

bool MapToolPlace::canvasPressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_pressed = true;
    return true;
}

bool MapToolPlace::canvasDoubleClickEvent(QMouseEvent* event)
{
    return canvasPressEvent(event);
}

bool MapToolPlace::canvasReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return false;
    m_pressed = false;
    m_picked = toMap(event->position());
    const QPointF lonLat = toLonLat(event->position());
    emit repaintRequested();
    emit messageEmitted(tr("Picked %1°E %2°N").arg(lonLat.x(), 0, 'f', 6).arg(lonLat.y(), 0, 'f', 6));
    emit locationPicked(lonLat);
    return true;
}

void MapToolPlace::clearMarker()
{
    m_picked.reset();
    emit repaintRequested();
}

void MapToolPlace::paint(QPainter& painter, const MapViewport& viewport) const
{
    if (!m_picked)
        return;
    const QPointF p = viewport.toPixel(*m_picked);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 4));
    painter.drawLine(p + QPointF(-10, 0), p + QPointF(10, 0));
    painter.drawLine(p + QPointF(0, -10), p + QPointF(0, 10));
    painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
    painter.drawLine(p + QPointF(-10, 0), p + QPointF(10, 0));
    painter.drawLine(p + QPointF(0, -10), p + QPointF(0, 10));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(p, 6, 6);
}

} // namespace xiuhua::map
