#pragma once

#include <QObject>
#include <QRectF>
#include <QString>

#include <memory>

class QPainter;

namespace xiuhua::map {

class LabelPlacer;
class MapLayerRenderer;
class MapViewport;

// One layer of the map. Subclasses draw their features in render() and,
// optionally, their text in renderLabels(), which the renderer calls after
// all layers so labels sit on top and do not collide across layers.
//
// Operational layers (incidents, responders) are small and change often:
// the canvas draws them every frame on top of the cached base map.
class MapLayer : public QObject
{
    Q_OBJECT

public:
    MapLayer(QString id, QString name, int zValue, QObject* parent = nullptr);

    virtual QString id() const { return m_id; }
    virtual QString name() const { return m_name; }
    virtual int zValue() const { return m_zValue; }
    void setZValue(int zValue);
    virtual bool isVisible() const { return m_visible; }
    void setVisible(bool visible);
    // 0 (transparent) .. 1 (opaque); applied to the layer's drawing, not its labels.
    double opacity() const { return m_opacity; }
    void setOpacity(double opacity);
    virtual bool isOperational() const { return false; }

    // Bounding box in display-CRS metres; null when the layer is empty.
    virtual QRectF extent() const = 0;
    // Empty when the layer loaded fine; otherwise a user-readable reason.
    virtual QString errorString() const { return {}; }

    // Synchronous drawing in the calling thread (exports, operational layers).
    virtual void render(QPainter& painter, const MapViewport& viewport) const = 0;
    virtual void renderLabels(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer) const;

    // A snapshot renderer for the background render of the base map. Called
    // on the layer's (GUI) thread; the result may run in a worker. The
    // default records render() and renderLabels() into QPictures here and
    // replays them there (labels then only avoid this layer's own labels);
    // layers with much data override it with a cheap copy of their data.
    virtual std::unique_ptr<MapLayerRenderer> createRenderer(const MapViewport& viewport) const;

signals:
    // The layer's content or look changed; views should repaint.
    void changed();

private:
    QString m_id;
    QString m_name;
    int m_zValue = 0;
    bool m_visible = true;
    double m_opacity = 1.0;
};

} // namespace xiuhua::map
