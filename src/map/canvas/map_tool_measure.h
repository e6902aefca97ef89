#pragma once

#include "map/canvas/map_tool.h"

#include <optional>
#include <vector>

namespace xiuhua::map {

// Measures a distance along a polyline: each click adds a vertex, the running total (metres in
// the display CRS, UTM) follows the cursor; a double-click, a right click or Esc finishes.
// The next click starts a new measurement; Esc on a finished one clears it (and Esc again leaves
// the tool).
class MapToolMeasure : public MapTool
{
    Q_OBJECT

public:
    explicit MapToolMeasure(MapCanvas& canvas, QObject* parent = nullptr);
    QString name() const override;

    bool canvasPressEvent(QMouseEvent* event) override;
    bool canvasMoveEvent(QMouseEvent* event) override;
    bool canvasReleaseEvent(QMouseEvent* event) override;
    bool canvasDoubleClickEvent(QMouseEvent* event) override;
    bool keyPressEvent(QKeyEvent* event) override;
    bool wantsRightClick() const override { return isMeasuring(); }
    void activate() override;
    void deactivate() override;
    void paint(QPainter& painter, const MapViewport& viewport) const override;

    // Vertices in display-CRS metres.
    const std::vector<QPointF>& points() const { return m_points; }
    bool isMeasuring() const { return !m_points.empty() && !m_finished; }
    // Length of the clicked polyline in metres (without the segment to the cursor).
    double distance() const;
    void finish();
    void reset();

    // "350.2 m" or "1.234 km".
    static QString formatDistance(double metres);

signals:
    // The running total in metres, including the segment to the cursor while measuring.
    void distanceChanged(double metres);
    void finished(double metres);

private:
    void addPoint(QPointF pixel);
    void report();

    std::vector<QPointF> m_points;
    std::optional<QPointF> m_cursor; // map point under the mouse while measuring
    bool m_finished = false;
};

} // namespace xiuhua::map
