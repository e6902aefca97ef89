#include "map/layer_state.h"

#include "map/layer_stack.h"
#include "map/map_layer.h"

namespace xiuhua::map {

QVariantMap saveLayerState(const LayerStack& stack)
{
    QVariantMap state;
    for (const MapLayer* layer : stack.layers()) {
        state.insert(layer->id(), QVariantMap{{QStringLiteral("visible"), layer->isVisible()},
                                              {QStringLiteral("opacity"), layer->opacity()},
                                              {QStringLiteral("z"), layer->zValue()}});
    }
    return state;
}

void restoreLayerState(LayerStack& stack, const QVariantMap& state)
{
    for (auto it = state.begin(); it != state.end(); ++it) {
        MapLayer* layer = stack.layer(it.key());
        const QVariantMap values = it.value().toMap();
        if (!layer || values.isEmpty())
            continue;
        if (values.contains(QStringLiteral("visible")))
            layer->setVisible(values.value(QStringLiteral("visible")).toBool());
        if (values.contains(QStringLiteral("opacity")))
            layer->setOpacity(values.value(QStringLiteral("opacity")).toDouble());
        bool ok = false;
        const int z = values.value(QStringLiteral("z")).toInt(&ok);
        if (ok)
            layer->setZValue(z);
    }
}

} // namespace xiuhua::map
