#include "map/canvas/map_tool_controller.h"

#include "map/canvas/map_canvas.h"
#include "map/canvas/map_tool.h"
#include "map/canvas/map_tool_overlay.h"
#include "map/layer_stack.h"
#include "map/point_layer.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>

namespace xiuhua::map {

namespace {
constexpr double kHoverTolerancePx = 6;
}

MapToolController::MapToolController(MapCanvas& canvas, QObject* parent)
    : QObject(parent), m_canvas(canvas), m_overlay(new MapToolOverlay(canvas, *this)),
      m_hoverTimer(new QTimer(this))
{
    m_hoverTimer->setSingleShot(true);
    m_hoverTimer->setInterval(250);
    connect(m_hoverTimer, &QTimer::timeout, this, &MapToolController::checkHover);
    connect(&m_canvas, &MapCanvas::viewportChanged, m_overlay, qOverload<>(&QWidget::update));
    m_canvas.installEventFilter(this);
}

MapToolController::~MapToolController()
{
    m_canvas.removeEventFilter(this);
}

void MapToolController::addTool(MapTool* tool)
{
    if (!tool || std::find(m_tools.begin(), m_tools.end(), tool) != m_tools.end())
        return;
    tool->setParent(this);
    m_tools.push_back(tool);
    connect(tool, &MapTool::repaintRequested, m_overlay, qOverload<>(&QWidget::update));
    connect(tool, &MapTool::messageEmitted, this, [this, tool](const QString& message) {
        if (tool == m_active || message.isEmpty())
            emit messageEmitted(message);
    });
    if (QAction* action = tool->action())
        connect(action, &QAction::triggered, this, [this, tool] { setTool(tool); });
    connect(tool, &QObject::destroyed, this, [this, tool] {
        m_tools.erase(std::remove(m_tools.begin(), m_tools.end(), tool), m_tools.end());
    });
}

void MapToolController::setDefaultTool(MapTool* tool)
{
    addTool(tool);
    m_default = tool;
    if (!m_active)
        setTool(tool);
}

void MapToolController::setTool(MapTool* tool)
{
    if (!tool)
        tool = m_default;
    if (tool == m_active)
        return;
    addTool(tool);
    if (m_active)
        m_active->deactivate();
    m_active = tool;
    if (m_active)
        m_active->activate();
    else
        m_canvas.setCursor(Qt::OpenHandCursor);
    m_overlay->update();
    emit toolChanged(m_active);
}

void MapToolController::highlight(std::optional<QPointF> mapPoint, bool pan)
{
    m_overlay->setHighlight(mapPoint);
    if (mapPoint && pan)
        ensureVisible(*mapPoint);
}

void MapToolController::ensureVisible(QPointF mapPoint, double marginPx)
{
    MapViewport v = m_canvas.viewport();
    const QPointF pixel = v.toPixel(mapPoint);
    const QRectF inside =
        QRectF(QPointF(0, 0), QSizeF(v.outputSize())).adjusted(marginPx, marginPx, -marginPx, -marginPx);
    if (inside.contains(pixel))
        return;
    v.setCentre(mapPoint);
    m_canvas.setViewport(v);
}

void MapToolController::setHoverDelay(int ms)
{
    m_hoverTimer->setInterval(ms);
}

bool MapToolController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != &m_canvas)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Resize:
        m_overlay->setGeometry(m_canvas.rect());
        m_overlay->raise();
        break;
    case QEvent::MouseMove: {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        m_hoverPos = mouse->position();
        if (mouse->buttons() == Qt::NoButton)
            m_hoverTimer->start();
        else
            m_hoverTimer->stop();
        return forward(event);
    }
    case QEvent::Leave:
        m_hoverTimer->stop();
        if (m_hoverId >= 0) {
            m_hoverId = -1;
            m_hoverLayer.clear();
            emit hoverEnded();
        }
        break;
    case QEvent::ContextMenu: {
        if (std::exchange(m_swallowContextMenu, false) || (m_active && m_active->wantsRightClick()))
            return true;
        const auto* menu = static_cast<QContextMenuEvent*>(event);
        emit contextMenuRequested(QPointF(menu->pos()), menu->globalPos());
        return true;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::KeyPress:
        return forward(event);
    default:
        break;
    }
    return QObject::eventFilter(&m_canvas, event);
}

bool MapToolController::forward(QEvent* event)
{
    if (!m_active)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        m_hoverTimer->stop();
        const bool consumed = m_active->canvasPressEvent(mouse);
        if (consumed && mouse->button() == Qt::RightButton)
            m_swallowContextMenu = true;
        return consumed;
    }
    case QEvent::MouseMove:
        return m_active->canvasMoveEvent(static_cast<QMouseEvent*>(event));
    case QEvent::MouseButtonRelease:
        return m_active->canvasReleaseEvent(static_cast<QMouseEvent*>(event));
    case QEvent::MouseButtonDblClick:
        return m_active->canvasDoubleClickEvent(static_cast<QMouseEvent*>(event));
    case QEvent::Wheel:
        return m_active->wheelEvent(static_cast<QWheelEvent*>(event));
    case QEvent::KeyPress: {
        auto* key = static_cast<QKeyEvent*>(event);
        if (m_active->keyPressEvent(key))
            return true;
        if (key->key() == Qt::Key_Escape && m_default && m_active != m_default) {
            setTool(nullptr); // Esc leaves a tool for the default one
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

void MapToolController::checkHover()
{
    QString layerId;
    qint64 id = -1;
    if (const LayerStack* stack = m_canvas.layerStack()) {
        const std::vector<MapLayer*> layers = stack->layers();
        for (auto it = layers.rbegin(); it != layers.rend() && id < 0; ++it) {
            const auto* points = qobject_cast<const PointLayer*>(*it);
            if (!points || !points->isVisible())
                continue;
            if (const auto hit = points->pointAt(m_hoverPos, m_canvas.viewport(), kHoverTolerancePx)) {
                layerId = points->id();
                id = *hit;
            }
        }
    }
    if (id == m_hoverId && layerId == m_hoverLayer)
        return;
    m_hoverLayer = layerId;
    m_hoverId = id;
    if (id >= 0)
        emit pointHovered(layerId, id, m_canvas.mapToGlobal(m_hoverPos.toPoint()));
    else
        emit hoverEnded();
}

} // namespace xiuhua::map
