#pragma once

#include "geo/coordinate_transform.h"
#include "map/map_renderer.h"
#include "map/map_viewport.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

#include <optional>

class OGRSpatialReference;

namespace xiuhua::map {

class LayerStack;
class MapLayer;

// The interactive map widget. It only forwards painting to MapRenderer:
// base layers are rendered into a cached image when the viewport or a base
// layer changes; operational layers and decorations are drawn on top every
// frame. While dragging, the cached image is shifted (cheap) and re-rendered
// on release. Wheel zooms about the cursor, left-drag pans, +/-/arrows work.
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    // The display CRS defaults to the jurisdiction's (UTM 51N).
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    // Not owned; may be null. The canvas repaints when the stack changes.
    void setLayerStack(LayerStack* stack);
    LayerStack* layerStack() const { return m_stack; }
    // The CRS the stack's layers are projected into. Throws geo::GeoError.
    void setDisplayCrs(const OGRSpatialReference& displayCrs);

    MapRenderer& renderer() { return m_renderer; }
    const MapViewport& viewport() const { return m_viewport; }
    void setViewport(const MapViewport& viewport);

    QPointF toLonLat(QPointF projected) const;
    QPointF fromLonLat(QPointF lonLat) const;

    // Renders the current view (everything) into an image of the widget's size.
    QImage grabMap() const;

public slots:
    void zoomToExtent(const QRectF& projectedExtent);
    // The extent "zoom to full extent" and the first paint show: the jurisdiction, not
    // everything any layer reaches. Defaults to the union of the layers.
    void setHomeExtent(const QRectF& projectedExtent);
    QRectF homeExtent() const;
    void zoomToFullExtent();
    void zoomIn();
    void zoomOut();
    // Re-renders the base map (e.g. after a style change).
    void refresh();

signals:
    void mapCoordinateHovered(QPointF lonLat, QPointF projected);
    // A click on a point of an operational point layer.
    void pointClicked(const QString& layerId, qint64 id);
    // A click elsewhere on the map.
    void mapClicked(QPointF lonLat);
    void viewportChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void changeViewport(const MapViewport& viewport);
    void onLayerChanged(MapLayer* layer);
    void renderCache();
    bool cacheUsable() const;
    void handleClick(QPointF pixel);

    QPointer<LayerStack> m_stack;
    MapRenderer m_renderer;
    MapViewport m_viewport;
    std::optional<geo::CoordinateTransform> m_toLonLat;
    std::optional<geo::CoordinateTransform> m_fromLonLat;

    QImage m_cache;
    MapViewport m_cacheViewport;
    bool m_cacheDirty = true;
    bool m_needsInitialExtent = true;
    QRectF m_homeExtent;

    bool m_dragging = false;
    bool m_leftPressed = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
};

} // namespace xiuhua::map
