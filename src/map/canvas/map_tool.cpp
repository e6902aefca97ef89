#include "map/canvas/map_tool.h"

#include "map/canvas/map_canvas.h"
#include "map/layer_stack.h"
#include "map/map_viewport.h"

#include <QAction>

namespace xiuhua::map {

MapTool::MapTool(MapCanvas& canvas, QObject* parent) : QObject(parent), m_canvas(canvas) {}

MapTool::~MapTool() = default;

bool MapTool::canvasPressEvent(QMouseEvent*)
{
    return false;
}

bool MapTool::canvasMoveEvent(QMouseEvent*)
{
    return false;
}

bool MapTool::canvasReleaseEvent(QMouseEvent*)
{
    return false;
}

bool MapTool::canvasDoubleClickEvent(QMouseEvent*)
{
    return false;
}

bool MapTool::wheelEvent(QWheelEvent*)
{
    return false;
}

bool MapTool::keyPressEvent(QKeyEvent*)
{
    return false;
}

void MapTool::activate()
{
    m_active = true;
    if (m_action)
        m_action->setChecked(true);
    m_canvas.setCursor(m_cursor);
    emit activated();
}

void MapTool::deactivate()
{
    m_active = false;
    if (m_action && m_action->isCheckable() && !m_action->actionGroup())
        m_action->setChecked(false);
    emit messageEmitted(QString());
    emit deactivated();
    emit repaintRequested();
}

void MapTool::paint(QPainter&, const MapViewport&) const {}

void MapTool::setAction(QAction* action)
{
    m_action = action;
    if (m_action)
        m_action->setCheckable(true);
}

QAction* MapTool::action() const
{
    return m_action;
}

void MapTool::setCursor(const QCursor& cursor)
{
    m_cursor = cursor;
    if (m_active)
        m_canvas.setCursor(m_cursor);
}

QPointF MapTool::toMap(QPointF pixel) const
{
    return m_canvas.viewport().toMap(pixel);
}

QPointF MapTool::toPixel(QPointF mapPoint) const
{
    return m_canvas.viewport().toPixel(mapPoint);
}

QPointF MapTool::toLonLat(QPointF pixel) const
{
    return m_canvas.toLonLat(toMap(pixel));
}

double MapTool::pixelsToMapUnits(double px) const
{
    return px * m_canvas.viewport().scale();
}

} // namespace xiuhua::map
