#include "map/map_canvas.h"

#include "geo/projection.h"
#include "map/layer_stack.h"
#include "map/point_layer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>

namespace xiuhua::map {

namespace {
constexpr double kZoomStep = 1.5;      // per keyboard step / wheel notch pair
constexpr double kDragThresholdPx = 4; // less movement than this is a click
constexpr double kHitTolerancePx = 6;
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
    setDisplayCrs(geo::spatialReferenceFromEpsg(geo::jurisdictionEpsg()));
}

MapCanvas::~MapCanvas() = default;

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
    m_cacheDirty = true;
    update();
}

void MapCanvas::changeViewport(const MapViewport& viewport)
{
    if (viewport == m_viewport)
        return;
    m_viewport = viewport;
    update();
    emit viewportChanged();
}

void MapCanvas::onLayerChanged(MapLayer* layer)
{
    if (layer && layer->isOperational())
        update(); // drawn every frame, the cached base map stays valid
    else
        refresh();
}

bool MapCanvas::cacheUsable() const
{
    if (m_cacheDirty || m_cache.isNull() || m_cacheViewport.outputSize() != m_viewport.outputSize() ||
        m_cacheViewport.scale() != m_viewport.scale())
        return false;
    // While dragging the shifted image is good enough; afterwards re-render.
    return m_dragging || m_cacheViewport.centre() == m_viewport.centre();
}

void MapCanvas::renderCache()
{
    const qreal dpr = devicePixelRatioF();
    m_cache = QImage(m_viewport.outputSize() * dpr, QImage::Format_ARGB32_Premultiplied);
    m_cache.setDevicePixelRatio(dpr);
    QPainter painter(&m_cache);
    m_renderer.render(painter, m_viewport, m_stack ? m_stack->layers() : std::vector<MapLayer*>{},
                      MapRenderer::Background | MapRenderer::BaseLayers);
    m_cacheViewport = m_viewport;
    m_cacheDirty = false;
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    if (m_needsInitialExtent && !homeExtent().isNull()) {
        m_needsInitialExtent = false;
        m_viewport.setOutputSize(size());
        m_viewport.fitExtent(homeExtent(), 12);
    }
    if (!cacheUsable())
        renderCache();

    QPainter painter(this);
    // Offset of the cached image: where its centre lands in the current view.
    const QPointF offset =
        m_viewport.toPixel(m_cacheViewport.centre()) -
        QPointF(m_viewport.outputSize().width() / 2.0, m_viewport.outputSize().height() / 2.0);
    if (!offset.isNull())
        painter.fillRect(rect(), m_renderer.background());
    painter.drawImage(offset, m_cache);
    if (m_stack)
        m_renderer.render(painter, m_viewport, m_stack->layers(),
                          MapRenderer::OperationalLayers | MapRenderer::Decorations);
}

void MapCanvas::resizeEvent(QResizeEvent*)
{
    m_viewport.setOutputSize(size());
    refresh();
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
        update(); // re-render the base map at the final position
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
