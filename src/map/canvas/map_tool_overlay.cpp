#include "map/canvas/map_tool_overlay.h"

#include "map/canvas/map_canvas.h"
#include "map/canvas/map_tool.h"
#include "map/canvas/map_tool_controller.h"
#include "map/layer_stack.h"

#include <QPainter>

namespace xiuhua::map {

MapToolOverlay::MapToolOverlay(MapCanvas& canvas, const MapToolController& controller)
    : QWidget(&canvas), m_canvas(canvas), m_controller(controller)
{
    setObjectName(QStringLiteral("mapToolOverlay"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    setGeometry(canvas.rect());
    raise();
    show();
}

void MapToolOverlay::setHighlight(std::optional<QPointF> mapPoint)
{
    m_highlight = mapPoint;
    update();
}

void MapToolOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const MapViewport& viewport = m_canvas.viewport();
    if (m_highlight) {
        const QPointF p = viewport.toPixel(*m_highlight);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, 6));
        painter.drawEllipse(p, 14, 14);
        painter.setPen(QPen(QColor(0x00, 0xb8, 0xd4), 3));
        painter.drawEllipse(p, 14, 14);
    }
    for (const MapTool* tool : m_controller.tools()) {
        painter.save();
        tool->paint(painter, viewport);
        painter.restore();
    }
}

} // namespace xiuhua::map
