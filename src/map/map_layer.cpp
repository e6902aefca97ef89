#include "map/map_layer.h"

#include "map/label_placer.h"
#include "map/layer_renderer.h"

#include <QPainter>
#include <QPicture>

#include <algorithm>

namespace xiuhua::map {

MapLayer::MapLayer(QString id, QString name, int zValue, QObject* parent)
    : QObject(parent), m_id(std::move(id)), m_name(std::move(name)), m_zValue(zValue)
{}

void MapLayer::setZValue(int zValue)
{
    if (m_zValue == zValue)
        return;
    m_zValue = zValue;
    emit changed();
}

void MapLayer::setVisible(bool visible)
{
    if (m_visible == visible)
        return;
    m_visible = visible;
    emit changed();
}

void MapLayer::setOpacity(double opacity)
{
    opacity = std::clamp(opacity, 0.0, 1.0);
    if (qFuzzyCompare(m_opacity, opacity))
        return;
    m_opacity = opacity;
    emit changed();
}

void MapLayer::renderLabels(QPainter&, const MapViewport&, LabelPlacer&) const {}

MapLayerRenderer::~MapLayerRenderer() = default;

void MapLayerRenderer::renderLabels(QPainter&, const RenderContext&, LabelPlacer&) {}

namespace {

// The fallback snapshot: the layer's drawing recorded as paint commands.
class PictureLayerRenderer : public MapLayerRenderer
{
public:
    PictureLayerRenderer(QPicture features, QPicture labels)
        : m_features(std::move(features)), m_labels(std::move(labels))
    {}
    void render(QPainter& painter, const RenderContext&) override { m_features.play(&painter); }
    void renderLabels(QPainter& painter, const RenderContext&, LabelPlacer&) override
    {
        m_labels.play(&painter);
    }

private:
    QPicture m_features;
    QPicture m_labels;
};

} // namespace

std::unique_ptr<MapLayerRenderer> MapLayer::createRenderer(const MapViewport& viewport) const
{
    QPicture features;
    QPicture labels;
    {
        QPainter painter(&features);
        painter.setRenderHint(QPainter::Antialiasing, true);
        render(painter, viewport);
    }
    {
        QPainter painter(&labels);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        LabelPlacer placer(QRectF(QPointF(0, 0), QSizeF(viewport.outputSize())));
        renderLabels(painter, viewport, placer);
    }
    return std::make_unique<PictureLayerRenderer>(std::move(features), std::move(labels));
}

} // namespace xiuhua::map
