#include "ui/map/operational_overlay.h"

#include "core/position_freshness.h"
#include "core/status_rules.h"
#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "map/layer_stack.h"
#include "map/operational_symbols.h"
#include "map/point_layer.h"
#include "map/point_sprite_atlas.h"
#include "ui/common/display_text.h"
#include "ui/common/fix_age.h"
#include "ui/common/status_palette.h"

#include <algorithm>
#include <map>
#include <set>

namespace xiuhua::ui {

using namespace xiuhua::core;

namespace {

constexpr double kIncidentSymbolPx = 22;
constexpr double kResponderSymbolPx = 18;
// Clustering starts at city-overview scales: at district scale and closer,
// every incident and responder stays visible on its own.
constexpr double kIncidentClusterScale = 20; // metres per pixel
constexpr double kResponderClusterScale = 10;

map::StatusMarker ring(const QColor& colour, double width, double opacity = 1.0, const QColor& badge = {})
{
    return {colour, width, badge, opacity};
}

// The category symbol, ringed in the status colour of the lists. New
// (nobody assigned yet) gets a thick ring and a yellow badge; finished ones fade.
// Category symbols are added as categories appear (the taxonomy is data and may grow).
std::shared_ptr<map::PointSpriteAtlas> incidentAtlas()
{
    namespace symbols = map::operational_symbols;
    auto atlas = std::make_shared<map::PointSpriteAtlas>();
    atlas->setDefaultSymbol(symbols::svgSymbol(symbols::incidentSymbolPath({}), kIncidentSymbolPx));
    using S = IncidentStatus;
    atlas->setMarker(toCode(S::New), ring(incidentStatusColour(S::New), 3.5, 1.0, QColor(0xff, 0xc4, 0x00)));
    atlas->setMarker(toCode(S::Dispatched), ring(incidentStatusColour(S::Dispatched), 2.5));
    atlas->setMarker(toCode(S::OnScene), ring(incidentStatusColour(S::OnScene), 2.5));
    atlas->setMarker(toCode(S::Resolved), ring(incidentStatusColour(S::Resolved), 2, 0.65));
    atlas->setMarker(toCode(S::Closed), ring(incidentStatusColour(S::Closed), 2, 0.45));
    atlas->setMarker(toCode(S::Cancelled), ring(incidentStatusColour(S::Cancelled), 2, 0.45));
    return atlas;
}

const QString kFadingSuffix = QStringLiteral("~fading");
const QString kOldSuffix = QStringLiteral("~old");
const QString kBatterySuffix = QStringLiteral("~battery");

// The kind's symbol ringed in its status colour; available first, so a cluster with anyone
// available shows that colour. Each status has its fresh, faded and grey look, each with or
// without the low-battery badge; within a status, fresher ranks first.
std::shared_ptr<map::PointSpriteAtlas> responderAtlas()
{
    namespace symbols = map::operational_symbols;
    auto atlas = std::make_shared<map::PointSpriteAtlas>();
    atlas->setDefaultSymbol(symbols::svgSymbol(symbols::responderSymbolPath({}), kResponderSymbolPx));
    for (const char* code : enumCodes<ResponderKind>()) {
        const QString kind = QString::fromLatin1(code);
        atlas->setSymbol(kind, symbols::svgSymbol(symbols::responderSymbolPath(kind), kResponderSymbolPx));
    }
    using S = ResponderStatus;
    const std::pair<S, std::pair<double, double>> looks[] = {
        {S::Available, {2.5, 1.0}}, {S::Busy, {2.5, 1.0}}, {S::MealBreak, {2, 0.6}}, {S::OffDuty, {2, 0.45}}};
    for (const auto& [status, look] : looks) {
        const auto [width, opacity] = look;
        const QColor colour = responderStatusColour(status);
        for (const QString& battery : {QString(), kBatterySuffix}) {
            const QColor badge = battery.isEmpty() ? QColor() : lowBatteryColour();
            atlas->setMarker(toCode(status) + battery, ring(colour, width, opacity, badge));
            atlas->setMarker(toCode(status) + kFadingSuffix + battery,
                             ring(colour, width, opacity * 0.55, badge));
            atlas->setMarker(toCode(status) + kOldSuffix + battery,
                             ring(oldFixColour(), width, opacity * 0.4, badge));
        }
    }
    return atlas;
}

} // namespace

QString OperationalOverlay::responderState(ResponderStatus status, const QDateTime& fixAt,
                                           std::optional<int> battery, const QDateTime& now)
{
    QString state = toCode(status);
    switch (fixFreshness(fixAt, now)) {
    case FixFreshness::Fresh:
        break;
    case FixFreshness::Fading:
        state += kFadingSuffix;
        break;
    case FixFreshness::Old:
    case FixFreshness::None: // placed by hand or from the home post: as little known as an old fix
        state += kOldSuffix;
        break;
    }
    if (isLowBattery(battery))
        state += kBatterySuffix;
    return state;
}

std::optional<ResponderStatus> OperationalOverlay::statusOfState(const QString& state)
{
    const qsizetype suffix = state.indexOf(QLatin1Char('~'));
    return fromCode<ResponderStatus>(suffix < 0 ? QStringView(state) : QStringView(state).first(suffix));
}

OperationalOverlay::OperationalOverlay(const storage::StoreReader& reader, map::LayerStack& stack,
                                       const OGRSpatialReference& displayCrs, QObject* parent,
                                       dispatch::Clock clock)
    : QObject(parent), m_reader(reader), m_incidentAtlas(incidentAtlas()), m_clock(std::move(clock))
{
    const geo::CoordinateTransform toDisplay(geo::spatialReferenceFromEpsg(geo::kWgs84Epsg), displayCrs);

    auto responders = std::make_unique<map::PointLayer>(responderLayerId, tr("Responders"), toDisplay, 900);
    responders->setSpriteAtlas(responderAtlas());
    responders->setClustering({kResponderClusterScale, 64, 3});
    responders->setLabelsVisible(false);
    m_responders = stack.add(std::move(responders));

    auto incidents = std::make_unique<map::PointLayer>(incidentLayerId, tr("Incidents"), toDisplay, 1000);
    incidents->setSpriteAtlas(m_incidentAtlas);
    incidents->setClustering({kIncidentClusterScale, 64, 3});
    incidents->setLabelsVisible(true);
    m_incidents = stack.add(std::move(incidents));

    reloadIncidents();
    reloadResponders();
}

std::optional<map::MapPoint> OperationalOverlay::incidentPoint(const Incident& incident)
{
    if (!incident.location || !isOpen(incident.status))
        return std::nullopt;
    if (!m_incidentAtlas->hasSymbol(incident.category)) {
        namespace symbols = map::operational_symbols;
        m_incidentAtlas->setSymbol(
            incident.category,
            symbols::svgSymbol(symbols::incidentSymbolPath(incident.category), kIncidentSymbolPx));
    }
    return map::MapPoint{incident.id,
                         incident.location->lon,
                         incident.location->lat,
                         incident.number,
                         incident.category,
                         toCode(incident.status),
                         incidentStatusColour(incident.status)};
}

std::optional<map::MapPoint> OperationalOverlay::responderPoint(const Responder& responder)
{
    if (!isFieldResponder(responder.kind) || !responder.lastPosition ||
        responder.status == ResponderStatus::OffDuty) {
        m_looks.erase(responder.id);
        return std::nullopt;
    }
    FixLook look{responder.status, responder.positionAt, std::nullopt};
    if (const auto fix = m_reader.newestAcceptedPosition(responder.id))
        look.battery = fix->batteryPercent;
    m_looks[responder.id] = look;
    return map::MapPoint{responder.id,
                         responder.lastPosition->lon,
                         responder.lastPosition->lat,
                         responder.name,
                         toCode(responder.kind),
                         responderState(look.status, look.fixAt, look.battery, m_clock()),
                         responderStatusColour(responder.status)};
}

void OperationalOverlay::reloadIncidents()
{
    storage::IncidentQuery open;
    open.openOnly = true;
    std::vector<map::MapPoint> points;
    for (const Incident& incident : m_reader.incidents(open)) {
        if (auto point = incidentPoint(incident))
            points.push_back(std::move(*point));
    }
    m_incidents->setPoints(std::move(points));
}

void OperationalOverlay::reloadResponders()
{
    m_looks.clear();
    std::vector<map::MapPoint> points;
    for (const Responder& responder : m_reader.responders()) {
        if (auto point = responderPoint(responder))
            points.push_back(std::move(*point));
    }
    m_responders->setPoints(std::move(points));
}

namespace {

// The layer's points with those of `ids` read again. The common case, a status or position change of
// points already shown, is done in place; a point that appears or goes rebuilds the layer's list
// (kept points keep their place, projection and index; new ones at the end).
template <typename Read> void replacePoints(map::PointLayer& layer, const QList<qint64>& ids, Read read)
{
    std::map<Id, std::optional<map::MapPoint>> fresh;
    for (const qint64 id : ids)
        fresh.emplace(id, read(id));
    if (std::all_of(fresh.begin(), fresh.end(), [](const auto& entry) { return entry.second.has_value(); })) {
        std::vector<map::MapPoint> changed;
        for (const auto& [id, point] : fresh)
            changed.push_back(*point);
        if (layer.updatePoints(std::move(changed)))
            return;
    }
    std::vector<map::MapPoint> points;
    points.reserve(layer.points().size() + fresh.size());
    for (const map::MapPoint& point : layer.points()) {
        const auto it = fresh.find(point.id);
        if (it == fresh.end()) {
            points.push_back(point);
        } else {
            if (it->second)
                points.push_back(std::move(*it->second));
            fresh.erase(it);
        }
    }
    for (auto& [id, point] : fresh) {
        if (point)
            points.push_back(std::move(*point));
    }
    layer.setPoints(std::move(points));
}

} // namespace

void OperationalOverlay::updateIncidents(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        reloadIncidents();
        return;
    }
    replacePoints(*m_incidents, ids, [this](Id id) -> std::optional<map::MapPoint> {
        const auto incident = m_reader.incident(id);
        return incident ? incidentPoint(*incident) : std::nullopt;
    });
}

void OperationalOverlay::updateResponders(const QList<qint64>& ids)
{
    if (ids.isEmpty()) {
        reloadResponders();
        return;
    }
    replacePoints(*m_responders, ids, [this](Id id) -> std::optional<map::MapPoint> {
        const auto responder = m_reader.responder(id);
        return responder ? responderPoint(*responder) : std::nullopt;
    });
}

void OperationalOverlay::applyPositions(const std::vector<PositionFix>& fixes)
{
    std::map<Id, const PositionFix*> newest;
    QList<qint64> unplaced;
    for (const PositionFix& fix : fixes) {
        if (fix.verdict != PositionVerdict::Accepted)
            continue;
        const auto look = m_looks.find(fix.responderId);
        if (look == m_looks.end()) {
            unplaced.append(fix.responderId); // not on the map yet (or off duty): read them once
            continue;
        }
        if (look->second.fixAt.isValid() && fix.fixAt <= look->second.fixAt)
            continue;
        auto& best = newest[fix.responderId];
        if (!best || best->fixAt < fix.fixAt)
            best = &fix;
    }
    if (!unplaced.isEmpty())
        updateResponders(unplaced);
    if (newest.empty())
        return;
    const QDateTime now = m_clock();
    std::vector<map::MapPoint> points = m_responders->points();
    for (map::MapPoint& point : points) {
        const auto found = newest.find(point.id);
        if (found == newest.end())
            continue;
        const PositionFix& fix = *found->second;
        FixLook& look = m_looks[point.id];
        look.fixAt = fix.fixAt;
        look.battery = fix.batteryPercent;
        point.lon = fix.location.lon;
        point.lat = fix.location.lat;
        point.state = responderState(look.status, look.fixAt, look.battery, now);
    }
    m_responders->setPoints(std::move(points));
}

void OperationalOverlay::refreshAges()
{
    const QDateTime now = m_clock();
    std::vector<map::MapPoint> points = m_responders->points();
    bool changed = false;
    for (map::MapPoint& point : points) {
        const auto look = m_looks.find(point.id);
        if (look == m_looks.end())
            continue;
        const QString state =
            responderState(look->second.status, look->second.fixAt, look->second.battery, now);
        if (state != point.state) {
            point.state = state;
            changed = true;
        }
    }
    if (changed) // no point moved: the layer keeps its projection and index
        m_responders->setPoints(std::move(points));
}

} // namespace xiuhua::ui
