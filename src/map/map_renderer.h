#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <vector>

class QPainter;

namespace xiuhua::map {

class LayerStack;
class MapLayer;
class MapViewport;

// Paints layers into any QPainter (widget cache, QImage, PDF, printer):
// background, layers by zValue, labels on top (top-most layer's labels
// first), then the scale bar, north arrow and attribution.
// Knows nothing about widgets. Layers must be given bottom-first.
class MapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(xiuhua::map::MapRenderer)

public:
    enum Part
    {
        Background = 0x1,
        BaseLayers = 0x2,        // layers that are not operational, with their labels
        OperationalLayers = 0x4, // incidents, responders..., with their labels
        Decorations = 0x8,       // scale bar, north arrow, attribution
        Everything = 0xF,
        NoLabels = 0x10, // with any of the above: skip the layers' labels (benchmarks, quick previews)
    };

    MapRenderer();

    QColor background() const { return m_background; }
    void setBackground(const QColor& colour) { m_background = colour; }
    QString attribution() const { return m_attribution; }
    void setAttribution(const QString& text) { m_attribution = text; }

    void render(QPainter& painter, const MapViewport& viewport, const std::vector<MapLayer*>& layers,
                int parts = Everything) const;
    void render(QPainter& painter, const MapViewport& viewport, const LayerStack& stack,
                int parts = Everything) const;

private:
    void drawScaleBar(QPainter& painter, const MapViewport& viewport) const;
    void drawNorthArrow(QPainter& painter, const MapViewport& viewport) const;
    void drawAttribution(QPainter& painter, const MapViewport& viewport) const;

    QColor m_background = QColor(0xf2, 0xef, 0xe9);
    QString m_attribution;
};

} // namespace xiuhua::map
