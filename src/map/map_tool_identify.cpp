#include "map/map_tool_identify.h"

#include "map/layer_stack.h"
#include "map/map_canvas.h"
#include "map/point_layer.h"

#include <QMouseEvent>

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
    const std::vector<IdentifiedFeature> features = identifyAt(event->position());
    emit messageEmitted(features.empty() ? tr("No features here")
                                         : tr("%n feature(s) found", nullptr, int(features.size())));
    emit identified(toLonLat(event->position()), features);
    return true;
}

} // namespace xiuhua::map
