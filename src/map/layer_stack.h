#pragma once

#include "map/map_layer.h"

#include <QObject>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

namespace xiuhua::map {

// Owns the map's layers and keeps them in drawing order (zValue ascending;
// equal z keeps insertion order). Forwards every layer's changed() signal.
class LayerStack : public QObject
{
    Q_OBJECT

public:
    explicit LayerStack(QObject* parent = nullptr);
    ~LayerStack() override;

    // Takes ownership; returns the layer for convenience. An existing layer
    // with the same id is replaced.
    MapLayer* addLayer(std::unique_ptr<MapLayer> layer);
    template <typename T> T* add(std::unique_ptr<T> layer)
    {
        return static_cast<T*>(addLayer(std::unique_ptr<MapLayer>(std::move(layer))));
    }
    bool removeLayer(const QString& id);

    MapLayer* layer(const QString& id) const;
    // Drawing order, bottom first.
    std::vector<MapLayer*> layers() const;
    int count() const { return int(m_layers.size()); }
    // Union of the visible layers' extents in display-CRS metres.
    QRectF extent() const;
    // errorString() of every layer that has one, as "name: error".
    QStringList errors() const;

signals:
    void layersChanged();               // added, removed or reordered
    void layerChanged(MapLayer* layer); // content or look of one layer

private:
    void sort();

    std::vector<std::unique_ptr<MapLayer>> m_layers;
};

} // namespace xiuhua::map
