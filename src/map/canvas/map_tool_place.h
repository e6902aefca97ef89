#pragma once

#include "map/canvas/map_tool.h"

#include <optional>

namespace xiuhua::map {

// Picks a location with a click (e.g. where a new incident is): emits locationPicked with the
// WGS 84 lon/lat of the clicked pixel and keeps a marker there until clearMarker().
class MapToolPlace : public MapTool
{
    Q_OBJECT

public:
    explicit MapToolPlace(MapCanvas& canvas, QObject* parent = nullptr);
    QString name() const override;

    bool canvasPressEvent(QMouseEvent* event) override;
    bool canvasReleaseEvent(QMouseEvent* event) override;
    bool canvasDoubleClickEvent(QMouseEvent* event) override;
    void activate() override;
    void paint(QPainter& painter, const MapViewport& viewport) const override;

    // The last picked point in display-CRS metres.
    std::optional<QPointF> pickedPoint() const { return m_picked; }
    void clearMarker();

signals:
    void locationPicked(QPointF lonLat);

private:
    std::optional<QPointF> m_picked;
    bool m_pressed = false;
};

} // namespace xiuhua::map
