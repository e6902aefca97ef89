#include "map/canvas/map_tool_zoom_box.h"

#include "map/canvas/map_canvas.h"
#include "map/layer_stack.h"
#include "map/map_viewport.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace xiuhua::map {

namespace {
constexpr double kMinBoxPx = 5; // a smaller box is a click
constexpr double kClickZoomFactor = 2;
} // namespace

MapToolZoomBox::MapToolZoomBox(MapCanvas& canvas, QObject* parent) : MapTool(canvas, parent)
{
    setCursor(QCursor(Qt::CrossCursor));
}

QString MapToolZoomBox::name() const
{
    return tr("Zoom box");
}

bool MapToolZoomBox::canvasPressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_dragging = true;
    m_start = m_end = event->position();
    return true;
}

bool MapToolZoomBox::canvasMoveEvent(QMouseEvent* event)
{
    if (!m_dragging)
        return false; // the canvas still reports the hovered coordinate
    m_end = event->position();
    emit repaintRequested();
    return false;
}

bool MapToolZoomBox::canvasReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_dragging)
        return false;
    m_end = event->position();
    const QRectF box = rubberBand();
    m_dragging = false;
    emit repaintRequested();

    MapViewport v = canvas().viewport();
    if (box.width() < kMinBoxPx && box.height() < kMinBoxPx) {
        const bool out = event->modifiers() & Qt::ShiftModifier;
        v.zoomBy(out ? 1 / kClickZoomFactor : kClickZoomFactor, m_end);
    } else {
        // The dragged rectangle fills the view along its tighter side, centred.
        const QRectF mapBox = QRectF(toMap(box.topLeft()), toMap(box.bottomRight())).normalized();
        v.fitExtent(mapBox);
    }
    canvas().setViewport(v);
    return true;
}

bool MapToolZoomBox::keyPressEvent(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Escape || !m_dragging)
        return false;
    m_dragging = false;
    emit repaintRequested();
    return true;
}

void MapToolZoomBox::deactivate()
{
    m_dragging = false;
    MapTool::deactivate();
}

QRectF MapToolZoomBox::rubberBand() const
{
    if (!m_dragging)
        return {};
    return QRectF(m_start, m_end).normalized();
}

void MapToolZoomBox::paint(QPainter& painter, const MapViewport&) const
{
    if (!m_dragging)
        return;
    painter.setPen(QPen(QColor(0x15, 0x65, 0xc0), 1.5, Qt::DashLine));
    painter.setBrush(QColor(0x15, 0x65, 0xc0, 40));
    painter.drawRect(rubberBand());
}

} // namespace xiuhua::map
