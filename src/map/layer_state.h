#pragma once

#include <QVariantMap>

namespace xiuhua::map {

class LayerStack;

// What the operator set in the layer panel — visibility, opacity, drawing order — as plain values
// for QSettings, so the map looks the same at the next start. Layers not in the stack are ignored.
QVariantMap saveLayerState(const LayerStack& stack);
void restoreLayerState(LayerStack& stack, const QVariantMap& state);

} // namespace xiuhua::map
