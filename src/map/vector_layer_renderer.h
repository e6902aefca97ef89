#pragma once

#include "map/layer_renderer.h"
#include "map/vector_style.h"

#include <QBrush>
#include <QPen>

#include <cstdint>
#include <memory>
#include <vector>

namespace xiuhua::map {

class FeatureStore;
struct LabelKey;
struct LabelLook;

// Draws a VectorLayer from a snapshot: the layer's immutable FeatureStore
// (shared, not copied) and a copy of its style. Culls with the store's
// spatial index, picks the level of detail for the scale, skips features
// smaller than a pixel, and sets pens only when the category changes.
class VectorLayerRenderer : public MapLayerRenderer
{
public:
    // Features this far outside the view (pixels) are still drawn: a line's width or a casing may
    // reach into it.
    static constexpr double kMarginPx = 50;

    VectorLayerRenderer(std::shared_ptr<const FeatureStore> store, VectorStyle style, bool levelOfDetail);

    void render(QPainter& painter, const RenderContext& context) override;
    void renderLabels(QPainter& painter, const RenderContext& context, LabelPlacer& placer) override;

private:
    const FeatureStyle& styleOf(int category) const;
    double widthFactor(double scale) const;
    // Visible, scale-enabled, not-too-small features in drawing order.
    std::vector<std::uint32_t> visibleItems(const MapViewport& viewport, double marginPx) const;
    void drawAreas(QPainter& painter, const std::vector<std::uint32_t>& ids, int lod, double k,
                   const RenderContext& context) const;
    void drawLines(QPainter& painter, const std::vector<std::uint32_t>& ids, int lod, double k, bool casing,
                   const RenderContext& context) const;
    void placeInteriorLabel(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer,
                            std::uint32_t id, const LabelLook& look, const LabelKey& key) const;
    void drawLineLabel(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer, std::uint32_t id,
                       const LabelLook& look, const LabelKey& key) const;

    std::shared_ptr<const FeatureStore> m_store;
    VectorStyle m_style;
    bool m_levelOfDetail = true;
};

} // namespace xiuhua::map
