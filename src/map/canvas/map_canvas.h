#pragma once

#include "geo/coordinate_transform.h"
#include "map/label_placer.h"
#include "map/layer_stack.h" // complete for the inline QPointer<LayerStack> accessor
#include "map/map_renderer.h"
#include "map/map_viewport.h"

#include <QImage>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class OGRSpatialReference;

namespace xiuhua::map {

class LayerStack;
class MapLayer;
class RenderJob;

// The interactive map widget. It only forwards painting to MapRenderer:
// base layers are rendered in a worker thread (RenderJob, from a snapshot of
// the layers) into a cached image a margin larger than the view; operational
// layers and decorations are drawn on top every frame. The UI thread never
// waits for a base-map render: while one runs, the last image is shown
// shifted and scaled to the current view, and replaced when the new one is
// ready; a render that no longer matches the view is cancelled.
// Wheel zooms about the cursor, left-drag pans, +/-/arrows work.
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

    // Renders the current view (everything) into an image of the widget's
    // size, synchronously and completely.
    QImage grabMap() const;

    // The background render: true while one is scheduled or running.
    bool isRendering() const;
    // The cached base map and the (larger) viewport it was rendered for.
    QImage baseMapImage() const { return m_cache; }
    MapViewport baseMapViewport() const { return m_cacheViewport; }

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
    // A background render finished and its image is now shown.
    void baseMapRendered();

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
    void ensureInitialExtent();
    MapViewport renderViewportFor(const MapViewport& view) const;
    bool covers(const MapViewport& rendered, double keptMargin) const;
    void scheduleRender();
    void startRender();
    void cancelRender();
    void onRenderFinished(RenderJob* job);
    void handleClick(QPointF pixel);

    QPointer<LayerStack> m_stack;
    MapRenderer m_renderer;
    MapViewport m_viewport;
    std::optional<geo::CoordinateTransform> m_toLonLat;
    std::optional<geo::CoordinateTransform> m_fromLonLat;

    QImage m_cache;
    MapViewport m_cacheViewport;
    std::shared_ptr<const LabelPlacements> m_cacheLabels; // re-used by the next render at the same scale
    quint64 m_generation = 1;                             // bumped when base layers change
    quint64 m_cacheGeneration = 0;
    std::unique_ptr<RenderJob> m_job;
    quint64 m_jobGeneration = 0;
    std::vector<std::unique_ptr<RenderJob>> m_cancelledJobs; // until their worker stops
    QTimer m_renderTimer;
    bool m_needsInitialExtent = true;
    QRectF m_homeExtent;

    bool m_dragging = false;
    bool m_leftPressed = false;
    QPointF m_pressPos;
    QPointF m_lastPos;
};

} // namespace xiuhua::map
