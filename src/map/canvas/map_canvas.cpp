#include "map/canvas/map_canvas.h"

#include "geo/projection.h"
#include "map/layer_stack.h"
#include "map/point_layer.h"
#include "map/render_job.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace xiuhua::map {

namespace {
constexpr double kZoomStep = 1.5;      // per keyboard step / wheel notch pair
constexpr double kDragThresholdPx = 4; // less movement than this is a click
constexpr double kHitTolerancePx = 6;
// The cached base map reaches this fraction of the view's size beyond each
// edge, so a pan reveals finished pixels; a new render starts when less than
// half of it is left.
constexpr double kRenderMargin = 0.25;
constexpr int kRenderDelayMs = 15; // coalesces wheel bursts
} // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setCursor(Qt::OpenHandCursor);
    setMinimumSize(120, 90);
    m_viewport = MapViewport(QPointF(0, 0), 2.0, size());
    m_renderer.setBackground(QColor(0xf2, 0xef, 0xe9));
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(kRenderDelayMs);
    connect(&m_renderTimer, &QTimer::timeout, this, &MapCanvas::startRender);
    setDisplayCrs(geo::spatialReferenceFromEpsg(geo::jurisdictionEpsg()));
}

MapCanvas::~MapCanvas()
{
    if (m_job)
        m_job->cancel();
    for (const auto& job : m_cancelledJobs)
        job->cancel();
}

void MapCanvas::setLayerStack(LayerStack* stack)
{
    if (m_stack)
        disconnect(m_stack, nullptr, this, nullptr);
    m_stack = stack;
    if (m_stack) {
        connect(m_stack, &LayerStack::layersChanged, this, &MapCanvas::refresh);
        connect(m_stack, &LayerStack::layerChanged, this, &MapCanvas::onLayerChanged);
    }
    m_needsInitialExtent = true;
    refresh();
}

void MapCanvas::setDisplayCrs(const OGRSpatialReference& displayCrs)
{
    const OGRSpatialReference wgs84 = geo::spatialReferenceFromEpsg(geo::kWgs84Epsg);
    m_fromLonLat.emplace(wgs84, displayCrs);
    m_toLonLat.emplace(m_fromLonLat->inverse());
    refresh();
}

void MapCanvas::setViewport(const MapViewport& viewport)
{
    m_needsInitialExtent = false;
    MapViewport v = viewport;
    v.setOutputSize(size());
    changeViewport(v);
}

QPointF MapCanvas::toLonLat(QPointF projected) const
{
    try {
        return m_toLonLat->transform(projected);
    } catch (const std::exception&) {
        return {qQNaN(), qQNaN()};
    }
}

QPointF MapCanvas::fromLonLat(QPointF lonLat) const
{
    try {
        return m_fromLonLat->transform(lonLat);
    } catch (const std::exception&) {
        return {qQNaN(), qQNaN()};
    }
}

QImage MapCanvas::grabMap() const
{
    QImage image(m_viewport.outputSize(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    if (m_stack)
        m_renderer.render(painter, m_viewport, *m_stack);
    else
        image.fill(m_renderer.background());
    return image;
}

void MapCanvas::zoomToExtent(const QRectF& projectedExtent)
{
    m_needsInitialExtent = false;
    MapViewport v = m_viewport;
    v.setOutputSize(size());
    v.fitExtent(projectedExtent, 12);
    changeViewport(v);
}

QRectF MapCanvas::homeExtent() const
{
    if (!m_homeExtent.isNull())
        return m_homeExtent;
    return m_stack ? m_stack->extent() : QRectF();
}

void MapCanvas::setHomeExtent(const QRectF& projectedExtent)
{
    m_homeExtent = projectedExtent;
}

void MapCanvas::zoomToFullExtent()
{
    if (!homeExtent().isNull())
        zoomToExtent(homeExtent());
}

void MapCanvas::zoomIn()
{
    MapViewport v = m_viewport;
    v.zoomBy(kZoomStep);
    changeViewport(v);
}

void MapCanvas::zoomOut()
{
    MapViewport v = m_viewport;
    v.zoomBy(1 / kZoomStep);
    changeViewport(v);
}

void MapCanvas::refresh()
{
    ++m_generation;
    scheduleRender();
    update();
}

bool MapCanvas::isRendering() const
{
    return m_renderTimer.isActive() || (m_job && !m_job->isCancelled());
}

void MapCanvas::changeViewport(const MapViewport& viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    scheduleRender();
    update();
    emit viewportChanged();
}

void MapCanvas::ensureInitialExtent()
{
    // Only once the widget is shown at its real size: fitting to a not-yet-laid-out widget would
    // keep that tiny size's scale.
    if (m_needsInitialExtent && isVisible() && !homeExtent().isNull()) {
        m_needsInitialExtent = false;
        m_viewport.setOutputSize(size());
        m_viewport.fitExtent(homeExtent(), 12);
    }
}

MapViewport MapCanvas::renderViewportFor(const MapViewport& view) const
{
    const QSize size = view.outputSize();
    const QSize grown(size.width() + 2 * int(std::ceil(size.width() * kRenderMargin)),
                      size.height() + 2 * int(std::ceil(size.height() * kRenderMargin)));
    return MapViewport(view.centre(), view.scale(), grown);
}

bool MapCanvas::covers(const MapViewport& rendered, double keptMargin) const
{
    if (!rendered.isValid() || rendered.scale() != m_viewport.scale() ||
        rendered.outputSize() != renderViewportFor(m_viewport).outputSize())
        return false;
    const double mx = keptMargin * m_viewport.outputSize().width() * m_viewport.scale();
    const double my = keptMargin * m_viewport.outputSize().height() * m_viewport.scale();
    return rendered.extent().adjusted(mx, my, -mx, -my).contains(m_viewport.extent());
}

void MapCanvas::scheduleRender()
{
    ensureInitialExtent();
    if (!m_stack || !m_viewport.isValid()) {
        cancelRender();
        m_renderTimer.stop();
        if (!m_stack) {
            m_cache = QImage(); // nothing to show but the background
            m_cacheLabels.reset();
        }
        return;
    }
    if (m_job && !m_job->isCancelled()) {
        if (m_jobGeneration == m_generation && covers(m_job->viewport(), 0))
            return; // the running render will do
        cancelRender();
    }
    if (!m_cache.isNull() && m_cacheGeneration == m_generation &&
        covers(m_cacheViewport, kRenderMargin / 2)) {
        m_renderTimer.stop();
        return;
    }
    if (!m_renderTimer.isActive())
        m_renderTimer.start();
}

void MapCanvas::cancelRender()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_cancelledJobs.push_back(std::move(m_job)); // deleted when its worker has stopped
}

void MapCanvas::startRender()
{
    cancelRender();
    if (!m_stack || !m_viewport.isValid())
        return;
    m_job = std::make_unique<RenderJob>(m_stack->layers(), renderViewportFor(m_viewport),
                                        m_renderer.background(), devicePixelRatioF(), this);
    m_jobGeneration = m_generation;
    if (m_cacheLabels && m_cacheGeneration == m_generation && m_cacheViewport.scale() == m_viewport.scale())
        m_job->setPreviousLabels(m_cacheLabels); // only panned: keep the labels where they were
    RenderJob* job = m_job.get();
    connect(job, &RenderJob::finished, this, [this, job] { onRenderFinished(job); });
    job->start();
}

void MapCanvas::onRenderFinished(RenderJob* job)
{
    if (m_job.get() == job) {
        const QImage image = job->image();
        const bool installed = !job->isCancelled() && !image.isNull();
        if (installed) {
            m_cache = image;
            m_cacheLabels = job->labels();
            m_cacheViewport = job->viewport();
            m_cacheGeneration = m_jobGeneration;
        }
        m_job.release()->deleteLater();
        update();
        scheduleRender();
        if (installed)
            emit baseMapRendered();
        return;
    }
    const auto it = std::find_if(m_cancelledJobs.begin(), m_cancelledJobs.end(),
                                 [job](const auto& j) { return j.get() == job; });
    if (it != m_cancelledJobs.end()) {
        it->release()->deleteLater();
        m_cancelledJobs.erase(it);
    }
}

void MapCanvas::onLayerChanged(MapLayer* layer)
{
    if (layer && layer->isOperational())
        update(); // drawn every frame, the cached base map stays valid
    else
        refresh();
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    if (m_needsInitialExtent && !homeExtent().isNull())
        scheduleRender(); // fits the home extent first

    QPainter painter(this);
    // The cached base map, wherever it lands in the current view (shifted
    // while panning, scaled while a zoom is being rendered).
    bool covered = false;
    if (!m_cache.isNull()) {
        const QRectF e = m_cacheViewport.extent();
        const QPointF topLeft = m_viewport.toPixel(QPointF(e.left(), e.bottom()));
        const double ratio = m_cacheViewport.scale() / m_viewport.scale();
        const QRectF target(topLeft, QSizeF(m_cacheViewport.outputSize()) * ratio);
        covered = target.contains(QRectF(rect()));
        if (!covered)
            painter.fillRect(rect(), m_renderer.background());
        if (ratio == 1.0)
            painter.drawImage(QPointF(std::round(topLeft.x()), std::round(topLeft.y())), m_cache);
        else
            painter.drawImage(target, m_cache);
    } else {
        painter.fillRect(rect(), m_renderer.background());
    }
    if (m_stack)
        m_renderer.render(painter, m_viewport, m_stack->layers(),
                          MapRenderer::OperationalLayers | MapRenderer::Decorations);
}

void MapCanvas::resizeEvent(QResizeEvent*)
{
    m_viewport.setOutputSize(size());
    scheduleRender();
    update();
    emit viewportChanged();
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0)
        return;
    MapViewport v = m_viewport;
    v.zoomBy(std::pow(std::sqrt(kZoomStep), notches), event->position());
    changeViewport(v);
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_leftPressed = true;
    m_pressPos = m_lastPos = event->position();
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF pos = event->position();
    const QPointF projected = m_viewport.toMap(pos);
    emit mapCoordinateHovered(toLonLat(projected), projected);
    if (!m_leftPressed || !(event->buttons() & Qt::LeftButton))
        return;
    if (!m_dragging && (pos - m_pressPos).manhattanLength() < kDragThresholdPx)
        return;
    if (!m_dragging) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    MapViewport v = m_viewport;
    v.panByPixels(pos - m_lastPos);
    m_lastPos = pos;
    changeViewport(v);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_leftPressed)
        return QWidget::mouseReleaseEvent(event);
    m_leftPressed = false;
    if (m_dragging) {
        MapViewport v = m_viewport;
        v.panByPixels(event->position() - m_lastPos);
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
        changeViewport(v);
    } else {
        handleClick(event->position());
    }
}

void MapCanvas::handleClick(QPointF pixel)
{
    if (m_stack) {
        const std::vector<MapLayer*> layers = m_stack->layers();
        for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
            const auto* points = qobject_cast<const PointLayer*>(*it);
            if (!points)
                continue;
            if (const auto id = points->pointAt(pixel, m_viewport, kHitTolerancePx)) {
                emit pointClicked(points->id(), *id);
                return;
            }
        }
    }
    emit mapClicked(toLonLat(m_viewport.toMap(pixel)));
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    const double step = 0.25;
    MapViewport v = m_viewport;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        v.zoomBy(kZoomStep);
        break;
    case Qt::Key_Minus:
        v.zoomBy(1 / kZoomStep);
        break;
    case Qt::Key_Left:
        v.panByPixels(QPointF(width() * step, 0));
        break;
    case Qt::Key_Right:
        v.panByPixels(QPointF(-width() * step, 0));
        break;
    case Qt::Key_Up:
        v.panByPixels(QPointF(0, height() * step));
        break;
    case Qt::Key_Down:
        v.panByPixels(QPointF(0, -height() * step));
        break;
    case Qt::Key_Home:
        zoomToFullExtent();
        return;
    default:
        return QWidget::keyPressEvent(event);
    }
    changeViewport(v);
}

} // namespace xiuhua::map
