#include "map/render_job.h"

#include "map/label_placer.h"
#include "map/layer_renderer.h"
#include "map/map_layer.h"

#include <QPainter>
#include <QPromise>
#include <QThreadPool>

#include <atomic>

namespace xiuhua::map {

namespace {

// Draws another layer's snapshot at the layer's opacity; labels stay opaque so they stay readable.
class TranslucentRenderer : public MapLayerRenderer
{
public:
    TranslucentRenderer(std::unique_ptr<MapLayerRenderer> inner, double opacity)
        : m_inner(std::move(inner)), m_opacity(opacity)
    {}
    void render(QPainter& painter, const RenderContext& context) override
    {
        painter.save();
        painter.setOpacity(m_opacity);
        m_inner->render(painter, context);
        painter.restore();
    }
    void renderLabels(QPainter& painter, const RenderContext& context, LabelPlacer& placer) override
    {
        m_inner->renderLabels(painter, context, placer);
    }

private:
    std::unique_ptr<MapLayerRenderer> m_inner;
    double m_opacity;
};

} // namespace

struct RenderJob::State
{
    MapViewport viewport;
    QColor background;
    qreal devicePixelRatio = 1;
    std::vector<std::unique_ptr<MapLayerRenderer>> renderers;
    std::atomic_bool cancel{false};
    QImage image;
    std::shared_ptr<const LabelPlacements> previousLabels;
    std::shared_ptr<const LabelPlacements> labels;

    void run()
    {
        QImage result(viewport.outputSize() * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
        result.setDevicePixelRatio(devicePixelRatio);
        result.fill(background);
        auto placed = std::make_shared<LabelPlacements>();
        {
            QPainter painter(&result);
            renderSnapshot(painter, viewport, renderers, &cancel, previousLabels.get(), placed.get());
        }
        renderers.clear(); // release the snapshot in the worker, as soon as possible
        previousLabels.reset();
        if (!cancel.load()) {
            image = std::move(result);
            labels = std::move(placed);
        }
    }
};

RenderJob::RenderJob(const std::vector<MapLayer*>& layers, const MapViewport& viewport,
                     const QColor& background, qreal devicePixelRatio, QObject* parent)
    : QObject(parent), m_state(std::make_shared<State>())
{
    m_state->viewport = viewport;
    m_state->background = background;
    m_state->devicePixelRatio = devicePixelRatio;
    for (const MapLayer* layer : layers) {
        if (layer && layer->isVisible() && !layer->isOperational()) {
            if (auto renderer = layer->createRenderer(viewport)) {
                if (layer->opacity() < 1.0)
                    renderer = std::make_unique<TranslucentRenderer>(std::move(renderer), layer->opacity());
                m_state->renderers.push_back(std::move(renderer));
            }
        }
    }
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &RenderJob::finished);
}

RenderJob::~RenderJob()
{
    cancel();
    if (m_started)
        m_watcher.waitForFinished();
}

void RenderJob::setPreviousLabels(std::shared_ptr<const LabelPlacements> labels)
{
    if (!m_started)
        m_state->previousLabels = std::move(labels);
}

std::shared_ptr<const LabelPlacements> RenderJob::labels() const
{
    return isRunning() || isCancelled() ? nullptr : m_state->labels;
}

void RenderJob::start()
{
    if (m_started)
        return;
    m_started = true;
    auto promise = std::make_shared<QPromise<void>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([state = m_state, promise] {
        if (!state->cancel.load())
            state->run();
        promise->finish();
    });
}

void RenderJob::cancel()
{
    m_state->cancel.store(true);
}

bool RenderJob::isRunning() const
{
    return m_started && !m_watcher.isFinished();
}

bool RenderJob::isCancelled() const
{
    return m_state->cancel.load();
}

const MapViewport& RenderJob::viewport() const
{
    return m_state->viewport;
}

QImage RenderJob::image() const
{
    return isRunning() || isCancelled() ? QImage() : m_state->image;
}

void RenderJob::renderSnapshot(QPainter& painter, const MapViewport& viewport,
                               std::vector<std::unique_ptr<MapLayerRenderer>>& renderers,
                               const std::atomic_bool* cancel, const LabelPlacements* previousLabels,
                               LabelPlacements* placedLabels)
{
    const RenderContext context{viewport, cancel};
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (const auto& renderer : renderers) {
        if (context.isCancelled())
            return;
        renderer->render(painter, context);
    }
    LabelPlacer placer(QRectF(QPointF(0, 0), QSizeF(viewport.outputSize())));
    placer.setViewport(viewport);
    if (previousLabels)
        placer.replay(painter, *previousLabels);
    for (auto it = renderers.rbegin(); it != renderers.rend(); ++it) {
        if (context.isCancelled())
            return;
        (*it)->renderLabels(painter, context, placer);
    }
    if (placedLabels)
        *placedLabels = placer.placements();
}

} // namespace xiuhua::map
