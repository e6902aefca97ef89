#pragma once

#include "core/entities.h"
#include "storage/store.h"

#include <QObject>

#include <memory>

class OGRSpatialReference;

namespace xiuhua::map {
class LayerStack;
class PointSpriteAtlas;
class PointLayer;
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
    map::PointLayer* incidents() const { return m_incidents; }
    map::PointLayer* responders() const { return m_responders; }

private:
    const storage::StoreReader& m_reader;
    map::PointLayer* m_incidents = nullptr;
    map::PointLayer* m_responders = nullptr;
    std::shared_ptr<map::PointSpriteAtlas> m_incidentAtlas; // shared with m_incidents
};

} // namespace xiuhua::ui
