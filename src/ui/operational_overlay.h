#pragma once

#include "core/entities.h"
#include "storage/store.h"

#include <QObject>

class OGRSpatialReference;

namespace xiuhua::map {
class LayerStack;
class PointLayer;
} // namespace xiuhua::map

namespace xiuhua::ui {

// Keeps the map's operational layers (open incidents, responders) in step with the store.
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
};

} // namespace xiuhua::ui
