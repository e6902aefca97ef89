#pragma once

#include "core/entities.h"
#include "core/taxonomy.h"
#include "map/vector_layer.h"
#include "storage/store.h"

#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace xiuhua::geo {
class RoutePlanner;
}

namespace xiuhua::map {
class LayerStack;
}

namespace xiuhua::ui {

// A responder and how far it is from a point: travel time and distance by road, or a straight-line
// estimate when there is no road route (byRoad false).
struct NearbyResponder
{
    core::Responder responder;
    double metres = 0;
    double seconds = 0;
    bool byRoad = false;
    QStringList notes; // translated: "No road route: straight-line estimate", "Position unknown…"
};

// Available field responders, quickest first (at most limit), ranked as the "Who goes" panel ranks
// them: dispatch::Recommender's road travel times over planner's network, everyone counted from
// the same point. A null planner gives straight-line estimates, each one marked as such.
std::vector<NearbyResponder> nearestAvailableResponders(const storage::StoreReader& reader,
                                                        const core::Taxonomy& taxonomy,
                                                        std::shared_ptr<const geo::RoutePlanner> planner,
                                                        QPointF lonLat, int limit = 10);

// Results of map queries shown in the details dock: the attribute table of identified features,
// or the nearest available responders to a point.
class MapResultsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MapResultsPanel(QWidget* parent = nullptr);

    void showIdentified(QPointF lonLat, const std::vector<map::IdentifiedFeature>& features,
                        const map::LayerStack& stack);
    void showNearestResponders(QPointF lonLat, const std::vector<NearbyResponder>& responders);
    QTableView* view() const { return m_view; }
    // Title and every cell, tab-separated rows (tests, copy).
    QString plainText() const;

signals:
    void responderActivated(core::Id id);

private:
    QLabel* m_title;
    QStandardItemModel* m_model;
    QTableView* m_view;
};

} // namespace xiuhua::ui
