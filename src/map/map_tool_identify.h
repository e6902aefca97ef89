#pragma once

#include "map/map_tool.h"
#include "map/vector_layer.h"

#include <vector>

namespace xiuhua::map {

class LayerStack;

// Click to identify: every visible layer's features under the cursor, top layer first.
// Operational points are reported with their id as fid and label/category/state as attributes.
class MapToolIdentify : public MapTool
{
    Q_OBJECT

public:
    MapToolIdentify(MapCanvas& canvas, QObject* parent = nullptr);
    QString name() const override;

    bool canvasPressEvent(QMouseEvent* event) override;
    bool canvasReleaseEvent(QMouseEvent* event) override;
    bool canvasDoubleClickEvent(QMouseEvent* event) override;
    void activate() override;

    // Everything under pixel, top layer first, within tolerancePx.
    std::vector<IdentifiedFeature> identifyAt(QPointF pixel, double tolerancePx = 6) const;

signals:
    void identified(QPointF lonLat, const std::vector<xiuhua::map::IdentifiedFeature>& features);

private:
    bool m_pressed = false;
};

} // namespace xiuhua::map
