#include "map/canvas/map_tool_identify.h"

#include "map/canvas/map_canvas.h"
#include "map/layer_stack.h"
#include "map/point_layer.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace xiuhua::map {

MapToolIdentify::MapToolIdentify(MapCanvas& canvas, QObject* parent) : MapTool(canvas, parent)
{
    setCursor(QCursor(Qt::WhatsThisCursor));
}

QString MapToolIdentify::name() const
{
    return tr("Identify");
}

void MapToolIdentify::activate()
{
    MapTool::activate();
    emit messageEmitted(tr("Click a feature to identify it"));
}

void MapToolIdentify::deactivate()
{
    clearHighlight();
    MapTool::deactivate();
}

bool MapToolIdentify::keyPressEvent(QKeyEvent* event)
{
    if (event->key() != Qt::Key_Escape || m_highlighted.empty())
        return false;
    clearHighlight();
    return true;
}

void MapToolIdentify::clearHighlight()
{
    if (m_highlighted.empty())
        return;
    m_highlighted.clear();
    emit repaintRequested();
}

void MapToolIdentify::setHighlighted(const std::vector<IdentifiedFeature>& features)
{
    m_highlighted.clear();
    const LayerStack* stack = canvas().layerStack();
    for (const IdentifiedFeature& feature : features) {
        const MapLayer* layer = stack ? stack->layer(feature.layerId) : nullptr;
        if (const auto* points = qobject_cast<const PointLayer*>(layer)) {
            if (const auto point = points->point(feature.fid))
                m_highlighted.push_back({{}, {}, {canvas().fromLonLat(QPointF(point->lon, point->lat))}});
        } else if (const auto* vector = qobject_cast<const VectorLayer*>(layer)) {
            FeatureShape shape = vector->featureShape(feature.fid);
            if (!shape.isEmpty())
                m_highlighted.push_back(std::move(shape));
        }
    }
    emit repaintRequested();
}

void MapToolIdentify::paint(QPainter& painter, const MapViewport& viewport) const
{
    if (m_highlighted.empty())
        return;
    // A white halo under a strong cyan line reads on any base map and differs from every style colour.
    const QColor line(0x00, 0xb8, 0xd4);
    const QTransform toPixel = viewport.mapToPixelTransform();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const FeatureShape& shape : m_highlighted) {
        const QPainterPath areas = toPixel.map(shape.areas);
        const QPainterPath lines = toPixel.map(shape.lines);
        painter.setBrush(Qt::NoBrush);
        for (const auto& [colour, width] : {std::pair{QColor(Qt::white), 7.0}, std::pair{line, 3.0}}) {
            painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawPath(areas);
            painter.drawPath(lines);
            for (const QPointF& p : shape.points)
                painter.drawEllipse(toPixel.map(p), 13, 13);
        }
        if (!areas.isEmpty())
            painter.fillPath(areas, QColor(0x00, 0xb8, 0xd4, 50));
    }
}

bool MapToolIdentify::zoomToClusterAt(QPointF pixel)
{
    const LayerStack* stack = canvas().layerStack();
    if (!stack)
        return false;
    const std::vector<MapLayer*> layers = stack->layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        const auto* points = qobject_cast<const PointLayer*>(*it);
        if (!points || !points->isVisible())
            continue;
        if (const auto cluster = points->clusterAt(pixel, canvas().viewport())) {
            // Fit the members with room around them, but always at least one zoom step.
            MapViewport target = canvas().viewport();
            target.fitExtent(cluster->bounds, 60);
            const double scale = std::min(target.scale(), canvas().viewport().scale() / 2);
            canvas().setViewport(
                MapViewport(cluster->bounds.center(), scale, canvas().viewport().outputSize()));
            emit messageEmitted(tr("%n point(s) here: zoomed in", nullptr, cluster->count));
            return true;
        }
    }
    return false;
}

std::vector<IdentifiedFeature> MapToolIdentify::identifyAt(QPointF pixel, double tolerancePx) const
{
    std::vector<IdentifiedFeature> result;
    const LayerStack* stack = canvas().layerStack();
    if (!stack)
        return result;
    const MapViewport& viewport = canvas().viewport();
    const std::vector<MapLayer*> layers = stack->layers();
    for (auto it = layers.rbegin(); it != layers.rend(); ++it) {
        if (!(*it)->isVisible())
            continue;
        if (const auto* points = qobject_cast<const PointLayer*>(*it)) {
            const auto id = points->pointAt(pixel, viewport, tolerancePx);
            const auto point = id ? points->point(*id) : std::nullopt;
            if (!point)
                continue;
            result.push_back({points->id(),
                              point->id,
                              {{QStringLiteral("label"), point->label},
                               {QStringLiteral("category"), point->category},
                               {QStringLiteral("state"), point->state},
                               {QStringLiteral("lon"), point->lon},
                               {QStringLiteral("lat"), point->lat}}});
        } else if (const auto* vector = qobject_cast<const VectorLayer*>(*it)) {
            for (IdentifiedFeature& feature : vector->identify(toMap(pixel), pixelsToMapUnits(tolerancePx)))
                result.push_back(std::move(feature));
        }
    }
    return result;
}

bool MapToolIdentify::canvasPressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return false;
    m_pressed = true;
    return true;
}

bool MapToolIdentify::canvasDoubleClickEvent(QMouseEvent* event)
{
    return canvasPressEvent(event);
}

bool MapToolIdentify::canvasReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return false;
    m_pressed = false;
    // A badge is drawn above everything: a click on it means "what is in there".
    if (zoomToClusterAt(event->position())) {
        clearHighlight();
        return true;
    }
    const std::vector<IdentifiedFeature> features = identifyAt(event->position());
    setHighlighted(features);
    emit messageEmitted(features.empty() ? tr("No features here")
                                         : tr("%n feature(s) found", nullptr, int(features.size())));
    emit identified(toLonLat(event->position()), features);
    return true;
}

} // namespace xiuhua::map
