#pragma once

#include "map/canvas/map_tool.h"

#include <QRectF>

namespace xiuhua::map {

// Drag a rectangle to zoom to it; a plain click zooms in one step about the point
// (Shift+click zooms out).
class MapToolZoomBox : public MapTool
{
    Q_OBJECT

public:
    explicit MapToolZoomBox(MapCanvas& canvas, QObject* parent = nullptr);
    QString name() const override;

    bool canvasPressEvent(QMouseEvent* event) override;
    bool canvasMoveEvent(QMouseEvent* event) override;
    bool canvasReleaseEvent(QMouseEvent* event) override;
    bool keyPressEvent(QKeyEvent* event) override;
    void deactivate() override;
    void paint(QPainter& painter, const MapViewport& viewport) const override;

    // The rubber band in pixels while dragging; null otherwise.
    QRectF rubberBand() const;

private:
    bool m_dragging = false;
    QPointF m_start;
    QPointF m_end;
};

} // namespace xiuhua::map
