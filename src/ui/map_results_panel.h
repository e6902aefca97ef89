#pragma once

#include "core/entities.h"
#include "map/vector_layer.h"

#include <QWidget>

#include <functional>
#include <vector>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace xiuhua::map {
class LayerStack;
}

namespace xiuhua::ui {

// A responder and its straight-line distance from a point.
struct NearbyResponder
{
    core::Responder responder;
    double metres = 0;
};

// Available field responders with a known position, nearest first (at most limit).
// toProjected maps lon/lat to the display CRS (metres), where the distance is measured.
std::vector<NearbyResponder> nearestAvailableResponders(const std::vector<core::Responder>& responders,
                                                        QPointF lonLat,
                                                        const std::function<QPointF(QPointF)>& toProjected,
                                                        int limit = 10);

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
