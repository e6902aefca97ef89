#pragma once

#include <QObject>
#include <QRectF>
#include <QString>

class QPainter;

namespace xiuhua::map {

class LabelPlacer;
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
    virtual bool isOperational() const { return false; }

    // Bounding box in display-CRS metres; null when the layer is empty.
    virtual QRectF extent() const = 0;
    // Empty when the layer loaded fine; otherwise a user-readable reason.
    virtual QString errorString() const { return {}; }

    virtual void render(QPainter& painter, const MapViewport& viewport) const = 0;
    virtual void renderLabels(QPainter& painter, const MapViewport& viewport, LabelPlacer& placer) const;

signals:
    // The layer's content or look changed; views should repaint.
    void changed();

private:
    QString m_id;
    QString m_name;
    int m_zValue = 0;
    bool m_visible = true;
};

} // namespace xiuhua::map
