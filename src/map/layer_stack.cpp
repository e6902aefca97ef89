#include "map/layer_stack.h"

#include <algorithm>

namespace xiuhua::map {

LayerStack::LayerStack(QObject* parent) : QObject(parent) {}
LayerStack::~LayerStack() = default;

MapLayer* LayerStack::addLayer(std::unique_ptr<MapLayer> layer)
{
    if (!layer)
        return nullptr;
    removeLayer(layer->id());
    MapLayer* raw = layer.get();
    raw->setParent(nullptr); // owned by the unique_ptr, not by a QObject parent
    connect(raw, &MapLayer::changed, this, [this, raw] {
        sort();
        emit layerChanged(raw);
    });
    m_layers.push_back(std::move(layer));
    sort();
    emit layersChanged();
    return raw;
}

bool LayerStack::removeLayer(const QString& id)
{
    const auto it = std::find_if(m_layers.begin(), m_layers.end(),
                                 [&id](const auto& layer) { return layer->id() == id; });
    if (it == m_layers.end())
        return false;
    m_layers.erase(it);
    emit layersChanged();
    return true;
}

MapLayer* LayerStack::layer(const QString& id) const
{
    for (const auto& layer : m_layers) {
        if (layer->id() == id)
            return layer.get();
    }
    return nullptr;
}

std::vector<MapLayer*> LayerStack::layers() const
{
    std::vector<MapLayer*> result;
    result.reserve(m_layers.size());
    for (const auto& layer : m_layers)
        result.push_back(layer.get());
    return result;
}

QRectF LayerStack::extent() const
{
    QRectF result;
    for (const auto& layer : m_layers) {
        const QRectF e = layer->extent();
        if (!layer->isVisible() || e.isNull())
            continue;
        result = result.isNull() ? e : result.united(e);
    }
    return result;
}

QStringList LayerStack::errors() const
{
    QStringList result;
    for (const auto& layer : m_layers) {
        if (!layer->errorString().isEmpty())
            result << layer->name() + QStringLiteral(": ") + layer->errorString();
    }
    return result;
}

void LayerStack::sort()
{
    std::stable_sort(m_layers.begin(), m_layers.end(),
                     [](const auto& a, const auto& b) { return a->zValue() < b->zValue(); });
}

} // namespace xiuhua::map
