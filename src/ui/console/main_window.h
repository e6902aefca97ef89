#pragma once

#include "core/entities.h"
#include "map/dataset_layers.h"
#include "ui/console/console_session.h"

#include <QMainWindow>

#include <memory>
#include <ogr_spatialref.h>

class QAction;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QTimer;
class QToolBar;

namespace xiuhua::map {
class LayerStack;
class MapCanvas;
} // namespace xiuhua::map

namespace xiuhua::ui {

class DatabaseLinkStatus;
class DetailsPanel;
class DispatchDesk;
class ShiftDesk;
class IncidentActions;
class CommandLineWidget;
class IncidentQueuePanel;
class IncidentTableModel;
class LayerPanel;
class MapInteraction;
class MapResultsPanel;
class OperatorSession;
class PermissionGate;
class OperationalOverlay;
class PositionsDesk;
class ResponderBoardPanel;
class ResponderTableModel;

// Composes the console: the map in the centre, the incident queue, responder
// board, layers and details as docks, the map tools, the status bar. Features
// live in their panels and controllers; this class only wires them.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    map::MapCanvas* canvas() const { return m_canvas; }
    IncidentQueuePanel* incidentQueue() const { return m_incidentQueue; }
    ResponderBoardPanel* responderBoard() const { return m_responderBoard; }
    // Live positions, trails and track replay.
    PositionsDesk* positions() const { return m_positions; }
    DetailsPanel* details() const { return m_details; }
    LayerPanel* layerPanel() const { return m_layerPanel; }
    MapInteraction* mapInteraction() const { return m_interaction; }
    MapResultsPanel* mapResults() const { return m_results; }
    QStringList mapErrors() const { return m_mapErrors; }
    // Lock, switch operator, log out.
    OperatorSession* operatorSession() const { return m_operatorSession; }
    // The database server's line (banner, clock); nullptr on a file.
    DatabaseLinkStatus* linkStatus() const { return m_linkStatus; }

    // Adds the layers of a vector file (the --layer FILE[:LAYER] option, see
    // parseLayerArgument()). Returns the errors; failed layers still show in the
    // layer panel with an error marker.
    QStringList addLayers(const map::DatasetArgument& dataset);
    // The projected CRS the map is drawn in, chosen for the jurisdiction
    // (geo::displayEpsgFor).
    OGRSpatialReference displayCrs() const;
    // A lasting red mark in the status bar: the start-up check found the audit
    // record altered at `firstBrokenSeq`. Whoever logs in next (the supervisor,
    // the inspector) sees it too.
    void showAuditRecordBroken(qint64 firstBrokenSeq);
    // A lasting red mark in the status bar and a message: the full integrity check,
    // which runs after start, found the database file damaged.
    void showDatabaseDamaged(const QStringList& problems);

signals:
    // The operator chose a backup to restore and confirmed it: the app closes the
    // console, restores it and starts again (app::restoreInPlace).
    void restoreRequested(const QString& backupPath);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMap();
    void createDocks();
    void connectPanels(QDockWidget* detailsDock);
    // The menus and toolbars, one function per menu.
    void createActions();
    void createFileActions(QMenu* fileMenu);
    void createSessionActions(QMenu* fileMenu);
    void createIncidentActions();
    void createShiftActions();
    void createMapActions();
    void createMapToolActions(QMenu* mapMenu);
    void createViewAndHelpActions();
    template <typename Dialog> void runDialog();
    void showTimedMessage(const QString& text);
    void createStatusBar();
    void restoreLayout();
    // Brings a restored geometry that no longer fits back onto its screen; true
    // when it moved it.
    bool keepOnScreen();
    // Side docks for a window this wide: the queue on the left, the board on the
    // right.
    void fitDocksToWidth(int windowWidth);
    void tick();
    void onIncidentsChanged(const QList<qint64>& ids);
    void onRespondersChanged(const QList<qint64>& ids);
    void onMapPointClicked(const QString& layerId, core::Id id);
    void focusIncident(core::Id id);
    void focusResponder(core::Id id);
    void addLayerInteractively();
    void zoomToLayer(const QString& layerId);
    void showAbout();
    // After a login or operator switch: what the new operator's role may see and
    // do.
    void applyPermissions();
    QString shiftText() const;

    ConsoleSession& m_session;
    std::unique_ptr<map::LayerStack> m_layers;
    map::MapCanvas* m_canvas = nullptr;
    OperationalOverlay* m_overlay = nullptr;
    MapInteraction* m_interaction = nullptr;
    IncidentTableModel* m_incidentModel = nullptr;
    ResponderTableModel* m_responderModel = nullptr;
    IncidentQueuePanel* m_incidentQueue = nullptr;
    ResponderBoardPanel* m_responderBoard = nullptr;
    DetailsPanel* m_details = nullptr;
    MapResultsPanel* m_results = nullptr;
    QStackedWidget* m_detailsStack = nullptr;
    LayerPanel* m_layerPanel = nullptr;
    DispatchDesk* m_desk = nullptr;
    PositionsDesk* m_positions = nullptr;
    ShiftDesk* m_shiftDesk = nullptr;
    int m_displayEpsg = 0;
    IncidentActions* m_actions = nullptr;
    CommandLineWidget* m_commandLine = nullptr;
    QLabel* m_coordinates = nullptr;
    QLabel* m_shiftLabel = nullptr;
    QTimer* m_clock = nullptr;
    QStringList m_mapErrors;
    OperatorSession* m_operatorSession = nullptr;
    PermissionGate* m_gate = nullptr;
    QToolBar* m_dispatchBar = nullptr;
    QDockWidget* m_queueDock = nullptr;
    QDockWidget* m_boardDock = nullptr;
    QAction* m_changePassword = nullptr;
    DatabaseLinkStatus* m_linkStatus = nullptr;
};

} // namespace xiuhua::ui
