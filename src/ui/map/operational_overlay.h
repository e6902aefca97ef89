#pragma once

#include "core/entities.h"
#include "core/position_fix.h"
#include "dispatch/dispatch_context.h"
#include "storage/store.h"

#include <QObject>

#include <map>
#include <memory>
#include <optional>

class OGRSpatialReference;

namespace xiuhua::map {
class LayerStack;
class PointSpriteAtlas;
class PointLayer;
struct MapPoint;
} // namespace xiuhua::map

namespace xiuhua::ui {

// Keeps the map's operational layers (open incidents, responders) in step with the store, drawn
// with the SVG of each incident category / responder kind, ringed by status. A responder's symbol
// also shows how old their position is (faded after 2 minutes, grey after 10) and a phone's low
// battery (a red badge): the point's state is "<status>[~fading|~old][~battery]".
class OperationalOverlay : public QObject
{
    Q_OBJECT

public:
    static inline const QString incidentLayerId = QStringLiteral("incidents");
    static inline const QString responderLayerId = QStringLiteral("responders");

    // clock: the time fixes are aged against (tests pass their own).
    OperationalOverlay(
        const storage::StoreReader& reader, map::LayerStack& stack, const OGRSpatialReference& displayCrs,
        QObject* parent = nullptr, dispatch::Clock clock = [] { return QDateTime::currentDateTimeUtc(); });

    void reloadIncidents();
    void reloadResponders();
    // Re-read these points only, the others are kept as they are. No ids = reload all.
    void updateIncidents(const QList<qint64>& ids);
    void updateResponders(const QList<qint64>& ids);
    // Moves the responders of these accepted fixes (newer than what they have) without reading
    // the store: one point each, the others untouched.
    void applyPositions(const std::vector<core::PositionFix>& fixes);
    // Re-ages every responder's fix against the clock; only points whose look changes are
    // replaced. Called on a slow timer, so symbols fade with no position arriving.
    void refreshAges();
    // The state code a responder's point gets (see the class comment).
    static QString responderState(core::ResponderStatus status, const QDateTime& fixAt,
                                  std::optional<int> battery, const QDateTime& now);
    static std::optional<core::ResponderStatus> statusOfState(const QString& state);
    map::PointLayer* incidents() const { return m_incidents; }
    map::PointLayer* responders() const { return m_responders; }

private:
    std::optional<map::MapPoint> incidentPoint(const core::Incident& incident);
    std::optional<map::MapPoint> responderPoint(const core::Responder& responder);

    struct FixLook
    {
        core::ResponderStatus status = core::ResponderStatus::Available;
        QDateTime fixAt;
        std::optional<int> battery;
    };

    const storage::StoreReader& m_reader;
    map::PointLayer* m_incidents = nullptr;
    map::PointLayer* m_responders = nullptr;
    std::shared_ptr<map::PointSpriteAtlas> m_incidentAtlas; // shared with m_incidents
    dispatch::Clock m_clock;
    std::map<core::Id, FixLook> m_looks; // per responder on the map
};

} // namespace xiuhua::ui
