#pragma once

#include "core/entities.h"
#include "core/taxonomy.h"
#include "map/vector_layer.h"
#include "storage/store.h"

#include <QObject>
#include <QPointF>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace xiuhua::geo {
class RoutePlanner;
}

namespace xiuhua::map {
class ExtentHistory;
class LayerStack;
class MapCanvas;
class MapToolController;
class MapToolIdentify;
class MapToolMeasure;
class MapToolPan;
class MapToolPlace;
class MapToolZoomBox;
} // namespace xiuhua::map

namespace xiuhua::ui {

class MapContextMenu;
class MapResultsPanel;

// Everything the operator does with the map beyond panning: the map tools and their actions,
// back/forward through extents, the context menu, hover tooltips on incidents and responders, the
// selection highlight, identify and "nearest responders" results. The main window only places
// the actions and connects the signals.
class MapInteraction : public QObject
{
    Q_OBJECT

public:
    MapInteraction(map::MapCanvas& canvas, map::LayerStack& stack, const storage::StoreReader& reader,
                   const core::Taxonomy& taxonomy, QString language, QWidget* parent);
    ~MapInteraction() override;

    // Pan, Zoom box, Identify, Place incident, Measure: checkable, exclusive.
    QList<QAction*> toolActions() const;
    QActionGroup* toolGroup() const { return m_toolGroup; }
    QAction* backAction() const { return m_back; }
    QAction* forwardAction() const { return m_forward; }
    QAction* zoomToSelectionAction() const { return m_zoomToSelection; }
    // A menu with one entry per community that zooms to it.
    QMenu* createCommunityMenu(QWidget* parent);

    map::MapToolController& tools() const { return *m_tools; }
    map::ExtentHistory& history() const { return *m_history; }
    MapContextMenu& contextMenu() const { return *m_contextMenu; }
    map::MapToolIdentify& identifyTool() const { return *m_identify; }
    map::MapToolPlace& placeTool() const { return *m_place; }
    map::MapToolMeasure& measureTool() const { return *m_measure; }
    void setResultsPanel(MapResultsPanel* panel) { m_results = panel; }
    // The road network for "Nearest available responders" (travel time, as "Who goes" ranks);
    // without one the results are straight-line estimates and say so.
    void setRoutePlanner(std::shared_ptr<const geo::RoutePlanner> planner) { m_planner = std::move(planner); }

    // Rings the point of an operational layer (incidents, responders) and scrolls to it if needed.
    void highlightPoint(const QString& layerId, core::Id id);
    void clearHighlight();
    void zoomToSelection();
    // Tooltip text for a point of an operational layer; empty when unknown.
    QString pointToolTip(const QString& layerId, core::Id id) const;
    QString responderFixText(core::Id responderId) const;
    void showNearestResponders(QPointF lonLat);

signals:
    void messageEmitted(const QString& message);
    // A click with the identify tool hit an incident or responder.
    void pointSelected(const QString& layerId, core::Id id);
    // "New incident here" or a pick with the place-incident tool.
    void incidentLocationPicked(QPointF lonLat);
    // Identify or nearest-responder results were put in the results panel.
    void resultsShown();

private:
    void createActions(QWidget* parent);
    void onIdentified(QPointF lonLat, const std::vector<map::IdentifiedFeature>& features);
    void onLocationPicked(QPointF lonLat);
    std::optional<QPointF> projectedPoint(const QString& layerId, core::Id id) const;

    map::MapCanvas& m_canvas;
    map::LayerStack& m_stack;
    const storage::StoreReader& m_reader;
    const core::Taxonomy& m_taxonomy;
    QString m_language;
    std::shared_ptr<const geo::RoutePlanner> m_planner;
    map::MapToolController* m_tools;
    map::ExtentHistory* m_history;
    MapContextMenu* m_contextMenu;
    MapResultsPanel* m_results = nullptr;
    map::MapToolPan* m_pan;
    map::MapToolZoomBox* m_zoomBox;
    map::MapToolIdentify* m_identify;
    map::MapToolPlace* m_place;
    map::MapToolMeasure* m_measure;
    QActionGroup* m_toolGroup = nullptr;
    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
    QAction* m_zoomToSelection = nullptr;
    QString m_highlightLayer;
    core::Id m_highlightId = 0;
};

} // namespace xiuhua::ui
