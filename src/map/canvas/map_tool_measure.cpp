#include "map/canvas/map_tool_measure.h"

#include "map/map_viewport.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace xiuhua::map {

MapToolMeasure::MapToolMeasure(MapCanvas& canvas, QObject* parent) : MapTool(canvas, parent)
{
    setCursor(QCursor(Qt::CrossCursor));
}

QString MapToolMeasure::name() const
{
    return tr("Measure distance");
}

QString MapToolMeasure::formatDistance(double metres)
{
    if (metres < 1000)
        return tr("%1 m").arg(metres, 0, 'f', 1);
    return tr("%1 km").arg(metres / 1000, 0, 'f', 3);
}

void MapToolMeasure::activate()
{
    MapTool::activate();
    emit messageEmitted(tr("Click points to measure; double-click or Esc to finish"));
}

void MapToolMeasure::deactivate()
{
    m_points.clear();
    m_cursor.reset();
    m_finished = false;
    MapTool::deactivate();
}

double MapToolMeasure::distance() const
{
    double total = 0;
    for (std::size_t i = 1; i < m_points.size(); ++i)
        total += QLineF(m_points[i - 1], m_points[i]).length();
    return total;
}

void MapToolMeasure::addPoint(QPointF pixel)
{
    if (m_finished) {
        m_points.clear();
        m_finished = false;
    }
    const QPointF point = toMap(pixel);
    if (m_points.empty() || m_points.back() != point)
        m_points.push_back(point);
    m_cursor = point;
    report();
}

void MapToolMeasure::report()
{
    double total = distance();
    if (isMeasuring() && m_cursor)
        total += QLineF(m_points.back(), *m_cursor).length();
    emit repaintRequested();
    emit distanceChanged(total);
    if (m_finished)
        emit messageEmitted(tr("Distance: %1").arg(formatDistance(total)));
    else
        emit messageEmitted(tr("Distance: %1 — double-click or Esc to finish").arg(formatDistance(total)));
}

bool MapToolMeasure::canvasPressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::RightButton && isMeasuring()) {
        finish();
        return true;
    }
    if (event->button() != Qt::LeftButton)
        return false;
    addPoint(event->position());
    return true;
}

bool MapToolMeasure::canvasMoveEvent(QMouseEvent* event)
{
    if (isMeasuring()) {
        m_cursor = toMap(event->position());
        report();
    }
    return false; // the canvas keeps reporting the coordinate under the cursor
}

bool MapToolMeasure::canvasReleaseEvent(QMouseEvent* event)
{
    return event->button() == Qt::LeftButton || event->button() == Qt::RightButton;
}

bool MapToolMeasure::canvasDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    if (!m_finished)
        addPoint(event->position());
    finish();
    return true;
}

bool MapToolMeasure::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        if (m_points.empty())
            return false; // nothing to finish or clear: the controller returns to the default tool
        if (isMeasuring())
            finish();
        else
            reset();
        return true;
    }
    if (event->key() == Qt::Key_Backspace && isMeasuring() && m_points.size() > 1) {
        m_points.pop_back();
        report();
        return true;
    }
    return false;
}

void MapToolMeasure::finish()
{
    if (m_points.empty() || m_finished)
        return;
    m_finished = true;
    m_cursor.reset();
    report();
    emit finished(distance());
}

void MapToolMeasure::reset()
{
    m_points.clear();
    m_cursor.reset();
    m_finished = false;
    emit repaintRequested();
    emit messageEmitted(tr("Click points to measure; double-click or Esc to finish"));
}

void MapToolMeasure::paint(QPainter& painter, const MapViewport& viewport) const
{
    if (m_points.empty())
        return;
    QPolygonF line;
    for (const QPointF& point : m_points)
        line << viewport.toPixel(point);
    if (isMeasuring() && m_cursor)
        line << viewport.toPixel(*m_cursor);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(255, 255, 255, 200), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(line);
    painter.setPen(QPen(QColor(0xe6, 0x51, 0x00), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(line);
    painter.setBrush(Qt::white);
    painter.setPen(QPen(QColor(0xe6, 0x51, 0x00), 2));
    for (const QPointF& point : m_points)
        painter.drawEllipse(viewport.toPixel(point), 3.5, 3.5);

    double total = distance();
    if (isMeasuring() && m_cursor)
        total += QLineF(m_points.back(), *m_cursor).length();
    const QString text = formatDistance(total);
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    QPainterPath path;
    path.addText(line.last() + QPointF(10, -8), font, text);
    painter.setPen(QPen(Qt::white, 3));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.fillPath(path, QColor(0x33, 0x33, 0x33));
}

} // namespace xiuhua::map
