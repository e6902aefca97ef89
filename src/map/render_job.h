#pragma once

#include "map/label_placer.h"
#include "map/map_viewport.h"

#include <QColor>
#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include <memory>
#include <vector>

namespace xiuhua::map {

class MapLayer;
class MapLayerRenderer;

// One background render of the base map (QGIS's QgsMapRendererJob, reduced):
// the constructor runs on the GUI thread and takes a snapshot of every layer
// (MapLayer::createRenderer); start() renders the snapshot into an image in
// a worker thread; finished() is emitted on the job's thread afterwards,
// also after cancel(). The live layers are never touched by the worker.
class RenderJob : public QObject
{
    Q_OBJECT

public:
    // layers bottom-first; only visible, non-operational ones are drawn.
    RenderJob(const std::vector<MapLayer*>& layers, const MapViewport& viewport, const QColor& background,
              qreal devicePixelRatio, QObject* parent = nullptr);
    // Cancels and waits for the worker (which stops at the next feature).
    ~RenderJob() override;

    // Labels of an earlier render at the same scale: drawn again where they
    // fit, so labels stay put while panning (call before start()).
    void setPreviousLabels(std::shared_ptr<const LabelPlacements> labels);
    void start();
    void cancel();
    bool isRunning() const;
    bool isCancelled() const;
    const MapViewport& viewport() const;
    // The rendered image once finished() was emitted; null if cancelled.
    QImage image() const;
    // The labels this render placed, for the next one (null until finished).
    std::shared_ptr<const LabelPlacements> labels() const;

    // Renders the snapshot in the calling thread (the worker's body).
    static void renderSnapshot(QPainter& painter, const MapViewport& viewport,
                               std::vector<std::unique_ptr<MapLayerRenderer>>& renderers,
                               const std::atomic_bool* cancel,
                               const LabelPlacements* previousLabels = nullptr,
                               LabelPlacements* placedLabels = nullptr);

signals:
    void finished();

private:
    struct State;
    std::shared_ptr<State> m_state;
    QFutureWatcher<void> m_watcher;
    bool m_started = false;
};

} // namespace xiuhua::map
