#include "ui/operational_overlay.h"

#include "core/status_rules.h"
#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "map/layer_stack.h"
#include "map/point_layer.h"
#include "ui/display_text.h"

namespace xiuhua::ui {

using namespace xiuhua::core;

OperationalOverlay::OperationalOverlay(const storage::StoreReader& reader, map::LayerStack& stack,
                                       const OGRSpatialReference& displayCrs, QObject* parent)
    : QObject(parent), m_reader(reader)
{
    const geo::CoordinateTransform toDisplay(geo::spatialReferenceFromEpsg(geo::kWgs84Epsg), displayCrs);

    auto responders = std::make_unique<map::PointLayer>(responderLayerId, tr("Responders"), toDisplay, 900);
    map::PointSymbol responderSymbol;
    responderSymbol.shape = map::PointSymbol::Shape::Circle;
    responderSymbol.size = 10;
    responderSymbol.outline = Qt::white;
    responderSymbol.outlineWidth = 1.5;
    responders->setSymbol(responderSymbol);
    responders->setLabelsVisible(false);
    m_responders = stack.add(std::move(responders));

    auto incidents = std::make_unique<map::PointLayer>(incidentLayerId, tr("Incidents"), toDisplay, 1000);
    map::PointSymbol incidentSymbol;
    incidentSymbol.shape = map::PointSymbol::Shape::Diamond;
    incidentSymbol.size = 16;
    incidentSymbol.outline = Qt::black;
    incidentSymbol.outlineWidth = 1.2;
    incidents->setSymbol(incidentSymbol);
    incidents->setLabelsVisible(true);
    m_incidents = stack.add(std::move(incidents));

    reloadIncidents();
    reloadResponders();
}

void OperationalOverlay::reloadIncidents()
{
    storage::IncidentQuery open;
    open.openOnly = true;
    std::vector<map::MapPoint> points;
    for (const Incident& incident : m_reader.incidents(open)) {
        if (!incident.location)
            continue;
        points.push_back({incident.id, incident.location->lon, incident.location->lat, incident.number,
                          incident.category, toCode(incident.status), incidentStatusColour(incident.status)});
    }
    m_incidents->setPoints(std::move(points));
}

void OperationalOverlay::reloadResponders()
{
    std::vector<map::MapPoint> points;
    for (const Responder& responder : m_reader.responders()) {
        if (!isFieldResponder(responder.kind) || !responder.lastPosition ||
            responder.status == ResponderStatus::OffDuty)
            continue;
        points.push_back({responder.id, responder.lastPosition->lon, responder.lastPosition->lat,
                          responder.name, toCode(responder.kind), toCode(responder.status),
                          responderStatusColour(responder.status)});
    }
    m_responders->setPoints(std::move(points));
}

} // namespace xiuhua::ui
