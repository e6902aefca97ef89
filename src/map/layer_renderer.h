#pragma once

#include "map/map_viewport.h"

#include <atomic>

class QPainter;

namespace xiuhua::map {

class LabelPlacer;

// What one render pass of a layer needs besides its own snapshot: the
// viewport and a cancel flag set from the GUI thread when the result is no
// longer wanted (checked between features and layers).
struct RenderContext
{
    MapViewport viewport;
    const std::atomic_bool* cancel = nullptr;

    bool isCancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }
};

// Draws one layer from a snapshot of what it needs (QGIS's
// QgsMapLayerRenderer): created on the GUI thread by
// MapLayer::createRenderer(), then run once, possibly in a worker thread.
// It never touches the live layer, so the layer can change or be deleted
// while it runs.
class MapLayerRenderer
{
public:
    virtual ~MapLayerRenderer();
    virtual void render(QPainter& painter, const RenderContext& context) = 0;
    virtual void renderLabels(QPainter& painter, const RenderContext& context, LabelPlacer& placer);
};

} // namespace xiuhua::map
