#pragma once

#include "core/entities.h"
#include "storage/store.h"

#include <QObject>

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
// with the SVG of each incident category / responder kind, ringed by status.
class OperationalOverlay : public QObject
{
    Q_OBJECT

public:
    static inline const QString incidentLayerId = QStringLiteral("incidents");
    static inline const QString responderLayerId = QStringLiteral("responders");

    OperationalOverlay(const storage::StoreReader& reader, map::LayerStack& stack,
                       const OGRSpatialReference& displayCrs, QObject* parent = nullptr);

    void reloadIncidents();
    void reloadResponders();
    // Re-read these points only, the others are kept as they are. No ids = reload all.
    void updateIncidents(const QList<qint64>& ids);
    void updateResponders(const QList<qint64>& ids);
    map::PointLayer* incidents() const { return m_incidents; }
    map::PointLayer* responders() const { return m_responders; }

private:
    std::optional<map::MapPoint> incidentPoint(const core::Incident& incident);
    static std::optional<map::MapPoint> responderPoint(const core::Responder& responder);

    const storage::StoreReader& m_reader;
    map::PointLayer* m_incidents = nullptr;
    map::PointLayer* m_responders = nullptr;
    std::shared_ptr<map::PointSpriteAtlas> m_incidentAtlas; // shared with m_incidents
};

} // namespace xiuhua::ui
