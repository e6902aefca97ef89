#pragma once

#include "map/canvas/map_tool.h"
#include "map/feature_store.h"
#include "map/vector_layer.h"

#include <vector>

namespace xiuhua::map {

class LayerStack;

// Click to identify: every visible layer's features under the cursor, top layer first.
// Operational points are reported with their id as fid and label/category/state as attributes.
// What was found is outlined on the map (a halo drawn in the tool overlay) until the next
// identify, Esc, or another tool is chosen. A click on a cluster badge zooms in on its points.
class MapToolIdentify : public MapTool
{
    Q_OBJECT

public:
    MapToolIdentify(MapCanvas& canvas, QObject* parent = nullptr);
    QString name() const override;

    bool canvasPressEvent(QMouseEvent* event) override;
    bool canvasReleaseEvent(QMouseEvent* event) override;
    bool canvasDoubleClickEvent(QMouseEvent* event) override;
    bool keyPressEvent(QKeyEvent* event) override;
    void activate() override;
    void deactivate() override;
    void paint(QPainter& painter, const MapViewport& viewport) const override;

    // Everything under pixel, top layer first, within tolerancePx.
    std::vector<IdentifiedFeature> identifyAt(QPointF pixel, double tolerancePx = 6) const;
    // Outlines these features (display CRS geometry looked up in their layers), replacing any
    // earlier highlight; an empty list clears it.
    void setHighlighted(const std::vector<IdentifiedFeature>& features);
    void clearHighlight();
    // The highlighted geometry, display CRS: one shape per feature found.
    const std::vector<FeatureShape>& highlighted() const { return m_highlighted; }

signals:
    void identified(QPointF lonLat, const std::vector<xiuhua::map::IdentifiedFeature>& features);

private:
    bool zoomToClusterAt(QPointF pixel);

    bool m_pressed = false;
    std::vector<FeatureShape> m_highlighted;
};

} // namespace xiuhua::map
