#include "ui/console/main_window.h"

#include "dispatch/change_watcher.h"
#include "dispatch/demo_data.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/personal_data_service.h"
#include "geo/projection.h"
#include "map/canvas/map_canvas.h"
#include "map/jurisdiction_layers.h"
#include "map/layer_stack.h"
#include "map/layer_state.h"
#include "map/map_layer.h"
#include "ui/admin/account_manager_dialog.h"
#include "ui/admin/audit_log_dialog.h"
#include "ui/admin/backups_dialog.h"
#include "ui/admin/change_password_dialog.h"
#include "ui/admin/device_manager_dialog.h"
#include "ui/admin/import_dialog.h"
#include "ui/admin/settings_dialog.h"
#include "ui/common/display_text.h"
#include "ui/console/database_link_status.h"
#include "ui/console/operator_session.h"
#include "ui/console/permission_gate.h"
#include "ui/console/screen_fit.h"
#include "ui/console/shortcuts_dialog.h"
#include "ui/incidents/backup_alert_label.h"
#include "ui/incidents/command_executor.h"
#include "ui/incidents/command_line_widget.h"
#include "ui/incidents/details_panel.h"
#include "ui/incidents/dispatch_desk.h"
#include "ui/incidents/incident_actions.h"
#include "ui/incidents/incident_queue_panel.h"
#include "ui/incidents/incident_table_model.h"
#include "ui/incidents/transfer_alert.h"
#include "ui/map/add_layer_dialog.h"
#include "ui/map/layer_panel.h"
#include "ui/map/layer_tree_model.h"
#include "ui/map/map_context_menu.h"
#include "ui/map/map_interaction.h"
#include "ui/map/map_results_panel.h"
#include "ui/map/operational_overlay.h"
#include "ui/replay/positions_desk.h"
#include "ui/replay/replay_model.h"
#include "ui/responders/recommendation_panel.h"
#include "ui/responders/responder_board_panel.h"
#include "ui/responders/responder_table_model.h"
#include "ui/shifts/shift_desk.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <spdlog/spdlog.h>

namespace xiuhua::ui {

using namespace xiuhua::core;

namespace {
// How often the console looks for other consoles' commits: well inside the one second a
// dispatcher may wait to see another seat's call.
constexpr int kWatchIntervalMs = 250;
} // namespace

// An administration dialog, modal over the console; what it reports goes to the
// status bar.
template <typename Dialog> void MainWindow::runDialog()
{
    Dialog dialog(m_session, this);
    connect(&dialog, &Dialog::message, this, &MainWindow::showTimedMessage);
    dialog.exec();
}

MainWindow::MainWindow(ConsoleSession& session, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_layers(std::make_unique<map::LayerStack>())
{
    setObjectName(QStringLiteral("XiuhuaMainWindow"));
    const QString station =
        m_session.store.read().meta(QStringLiteral("station_name")).value_or(tr("Police station"));
    QString title = tr("Xiuhua dispatch console — %1").arg(station);
    if (dispatch::isDemoDatabase(m_session.store.read()))
        title += QStringLiteral(" [") + tr("DEMO DATA") + QStringLiteral("]");
    setWindowTitle(title);

    createMap();
    createDocks();
    createActions();
    createStatusBar();
    restoreLayout();
    m_gate->refresh(); // after the saved layout, which may show a toolbar this
                       // operator has no use for

    connect(&m_session.notifier, &dispatch::ChangeNotifier::incidentsChanged, this,
            &MainWindow::onIncidentsChanged);
    connect(&m_session.notifier, &dispatch::ChangeNotifier::respondersChanged, this,
            &MainWindow::onRespondersChanged);
    m_clock = new QTimer(this);
    connect(m_clock, &QTimer::timeout, this, &MainWindow::tick);
    m_clock->start(1000);
    // Other consoles on the same database: their commits announced like our own. On a server, the
    // line's state and the PC clock's agreement with the server's are shown too.
    auto* watcher = new dispatch::ChangeWatcher(m_session.store, &m_session.notifier, this);
    watcher->start(kWatchIntervalMs);
    if (storage::StoreLink* link = watcher->link()) {
        m_linkStatus = new DatabaseLinkStatus(*this, *link, m_session.notifier);
        m_linkStatus->checkClockOf(m_session.store);
    }
    m_positions->start(); // the phones' positions, followed on their own feed
}

MainWindow::~MainWindow() = default;

void MainWindow::createMap()
{
    m_displayEpsg = geo::displayEpsgFor(m_session.mapPath);
    const OGRSpatialReference displayCrs = this->displayCrs();
    m_mapErrors = map::loadJurisdictionLayers(*m_layers, m_session.mapPath, displayCrs);
    for (const QString& error : m_mapErrors)
        spdlog::warn("map: {}", error.toStdString());
    m_overlay = new OperationalOverlay(m_session.store.read(), *m_layers, displayCrs, this);
    // The layer panel's choices from the last session (visibility, opacity,
    // order).
    map::restoreLayerState(*m_layers, QSettings().value(QStringLiteral("map/layers")).toMap());

    m_canvas = new map::MapCanvas(this);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    m_canvas->setDisplayCrs(displayCrs);
    m_canvas->setLayerStack(m_layers.get());
    setCentralWidget(m_canvas);
    if (map::MapLayer* boundary = m_layers->layer(QStringLiteral("station_boundary")))
        m_canvas->setHomeExtent(boundary->extent());
    connect(m_canvas, &map::MapCanvas::pointClicked, this, &MainWindow::onMapPointClicked);

    m_interaction = new MapInteraction(*m_canvas, *m_layers, m_session.store.read(), m_session.taxonomy,
                                       m_session.language, this);
    m_interaction->setRoutePlanner(m_session.planner);
    connect(m_interaction, &MapInteraction::pointSelected, this, &MainWindow::onMapPointClicked);
    connect(m_interaction, &MapInteraction::messageEmitted, this,
            [this](const QString& message) { statusBar()->showMessage(message); });
}

void MainWindow::createDocks()
{
    const storage::StoreReader& reader = m_session.store.read();
    m_incidentModel = new IncidentTableModel(reader, m_session.taxonomy, m_session.language, this);
    m_responderModel = new ResponderTableModel(reader, this);
    m_incidentQueue = new IncidentQueuePanel(*m_incidentModel, this);
    m_responderBoard = new ResponderBoardPanel(*m_responderModel, this);
    m_details = new DetailsPanel(reader, m_session.taxonomy, m_session.language, this);
    m_results = new MapResultsPanel(this);
    m_results->setObjectName(QStringLiteral("mapResults"));
    m_interaction->setResultsPanel(m_results);
    m_detailsStack = new QStackedWidget(this);
    m_detailsStack->addWidget(m_details);
    m_detailsStack->addWidget(m_results);
    m_layerPanel = new LayerPanel(*m_layers, this);
    m_layerPanel->setObjectName(QStringLiteral("layerPanel"));

    auto addDock = [this](QWidget* panel, const QString& title, const QString& name,
                          Qt::DockWidgetArea area) {
        auto* dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(panel);
        addDockWidget(area, dock);
        return dock;
    };
    QDockWidget* queue = addDock(m_incidentQueue, tr("Incident queue"), QStringLiteral("incidentQueueDock"),
                                 Qt::LeftDockWidgetArea);
    QDockWidget* board = addDock(m_responderBoard, tr("Responder board"),
                                 QStringLiteral("responderBoardDock"), Qt::RightDockWidgetArea);
    QDockWidget* details =
        addDock(m_detailsStack, tr("Details"), QStringLiteral("detailsDock"), Qt::RightDockWidgetArea);
    m_queueDock = queue;
    m_boardDock = board;
    splitDockWidget(board, details, Qt::Vertical);
    m_desk = new DispatchDesk(m_session, this);
    m_desk->recommendations()->setBoard(m_responderModel);
    QDockWidget* recommend = addDock(m_desk->recommendations(), tr("Who goes"),
                                     QStringLiteral("recommendationDock"), Qt::LeftDockWidgetArea);
    splitDockWidget(queue, recommend, Qt::Vertical);
    QDockWidget* layers =
        addDock(m_layerPanel, tr("Layers"), QStringLiteral("layerPanelDock"), Qt::LeftDockWidgetArea);
    tabifyDockWidget(queue, layers);
    queue->raise();
    m_actions = new IncidentActions(m_session, this, this);
    m_actions->setRoutePlanner(m_session.planner);
    m_positions = new PositionsDesk(m_session, *m_layers, displayCrs(), *m_responderModel, *m_overlay, *this);
    connectPanels(details);
}

// Selection in one panel shows in the others; the desk, the actions and the map
// talk through here.
void MainWindow::connectPanels(QDockWidget* detailsDock)
{
    connect(m_incidentQueue, &IncidentQueuePanel::incidentSelected, this, &MainWindow::focusIncident);
    connect(m_responderBoard, &ResponderBoardPanel::responderSelected, this, &MainWindow::focusResponder);
    connect(m_interaction, &MapInteraction::resultsShown, this, [this, detailsDock] {
        m_detailsStack->setCurrentWidget(m_results);
        detailsDock->raise();
    });
    connect(m_results, &MapResultsPanel::responderActivated, m_responderBoard,
            &ResponderBoardPanel::selectResponder);
    connect(m_desk, &DispatchDesk::message, this, &MainWindow::showTimedMessage);
    connect(m_positions, &PositionsDesk::message, this, &MainWindow::showTimedMessage);
    connect(m_positions, &PositionsDesk::respondersSettled, m_desk, &DispatchDesk::refresh);
    connect(m_details, &DetailsPanel::replayRequested, m_positions, &PositionsDesk::replayIncident);
    connect(m_actions, &IncidentActions::message, this, &MainWindow::showTimedMessage);
    connect(m_actions, &IncidentActions::errorOccurred, this,
            [this](const QString& text) { QMessageBox::warning(this, tr("Not done"), text); });
    connect(m_incidentQueue, &IncidentQueuePanel::incidentSelected, m_actions,
            &IncidentActions::setCurrentIncident);
    connect(m_responderBoard, &ResponderBoardPanel::responderSelected, m_actions,
            &IncidentActions::setCurrentResponder);
    m_incidentQueue->setContextActions(m_actions->incidentMenuActions());
    m_responderBoard->setContextActions(m_actions->responderMenuActions());
    connect(m_desk, &DispatchDesk::incidentCreated, m_incidentQueue, &IncidentQueuePanel::selectIncident);
    auto* transfers = new TransferAlert(*m_incidentModel, *m_incidentQueue, *m_desk, this);
    connect(transfers, &TransferAlert::message, this, &MainWindow::showTimedMessage);
    connect(m_interaction, &MapInteraction::incidentLocationPicked, m_desk, &DispatchDesk::onLocationPicked);
    connect(m_desk, &DispatchDesk::mapPickRequested, this, [this] {
        for (QAction* action : m_interaction->toolActions()) {
            if (action->objectName() == QLatin1String("placeIncidentTool"))
                action->trigger();
        }
    });
    connect(m_layerPanel->model(), &LayerTreeModel::opacityChanged, this,
            [this](const QString& id, double opacity) {
                if (map::MapLayer* layer = m_layers->layer(id))
                    layer->setOpacity(opacity);
            });
    connect(m_layerPanel, &LayerPanel::addLayerRequested, this, &MainWindow::addLayerInteractively);
    connect(m_layerPanel, &LayerPanel::zoomToLayerRequested, this, &MainWindow::zoomToLayer);
}

void MainWindow::applyPermissions()
{
    if (m_gate->permits(Permission::ViewPersonalData)) {
        m_details->setCallerRevealer([this](Id incidentId) -> std::optional<dispatch::CallerDetails> {
            try {
                return dispatch::PersonalDataService(
                           {m_session.store, m_session.taxonomy, m_session.notifier})
                    .revealCaller(m_session.operatorActor, incidentId);
            } catch (const dispatch::DispatchError& error) {
                QMessageBox::warning(this, tr("Not shown"), error.message());
                return std::nullopt;
            }
        });
    } else {
        m_details->setCallerRevealer(nullptr);
    }
    m_interaction->contextMenu().setIncidentCreationAllowed(m_gate->permits(Permission::CreateIncident));
    m_desk->recommendations()->setAssignAllowed(m_gate->permits(Permission::Dispatch));
    m_positions->applyPermissions(m_gate->permits(ReplayModel::kReplayPermission));
    m_details->setReplayAllowed(m_gate->permits(ReplayModel::kReplayPermission));
    if (m_changePassword)
        m_changePassword->setVisible(m_session.operatorActor.responderId.has_value()); // not the system
    // A toolbar whose every action is hidden would still show its handle.
    if (m_dispatchBar)
        m_dispatchBar->setVisible(m_gate->permits(Permission::CreateIncident) ||
                                  m_gate->permits(Permission::Dispatch));
}

void MainWindow::createActions()
{
    m_gate = new PermissionGate(m_session, this);
    connect(m_gate, &PermissionGate::refreshed, this, &MainWindow::applyPermissions);
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    createFileActions(fileMenu);
    fileMenu->addSeparator();
    createSessionActions(fileMenu);
    createIncidentActions();
    createShiftActions();
    createMapActions();
    createViewAndHelpActions();
    m_gate->refresh();
}

void MainWindow::showTimedMessage(const QString& text)
{
    statusBar()->showMessage(text, 10000);
}

// File: add a map layer, and the administration dialogs, each shown only to the
// roles it is for.
void MainWindow::createFileActions(QMenu* fileMenu)
{
    QAction* addLayer = fileMenu->addAction(tr("&Add layer…"), this, &MainWindow::addLayerInteractively);
    addLayer->setObjectName(QStringLiteral("addLayerAction"));
    addLayer->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    const auto addGuarded = [this, fileMenu](const QString& text, const QString& name, Permission permission,
                                             const auto& run) {
        QAction* action = fileMenu->addAction(text, this, run);
        action->setObjectName(name);
        m_gate->guard(action, permission);
    };
    addGuarded(tr("&Warnings and targets…"), QStringLiteral("settingsAction"), Permission::ChangeSettings,
               [this] { runDialog<SettingsDialog>(); });
    addGuarded(tr("&Import…"), QStringLiteral("importAction"), Permission::Import,
               [this] { runDialog<ImportDialog>(); });
    addGuarded(tr("A&udit log…"), QStringLiteral("auditLogAction"), Permission::ViewAudit,
               [this] { runDialog<AuditLogDialog>(); });
    addGuarded(tr("Operator &accounts…"), QStringLiteral("accountsAction"), Permission::ManageAccounts,
               [this] { runDialog<AccountManagerDialog>(); });
    // The administrator's device screen; a supervisor on shift opens the same screen to withdraw a
    // lost phone at night (no role holds both permissions, so at most one entry shows).
    addGuarded(tr("Field &devices…"), QStringLiteral("devicesAction"), Permission::ManageAccounts,
               [this] { runDialog<DeviceManagerDialog>(); });
    addGuarded(tr("Field &devices…"), QStringLiteral("devicesWithdrawAction"), Permission::OpenCloseShift,
               [this] { runDialog<DeviceManagerDialog>(); });
    addGuarded(tr("&Backups…"), QStringLiteral("backupsAction"), Permission::Backup, [this] {
        BackupsDialog dialog(m_session, this);
        connect(&dialog, &BackupsDialog::restoreRequested, this, &MainWindow::restoreRequested);
        dialog.exec();
    });
}

// File, lower half: lock, switch operator, log out, own password, quit.
void MainWindow::createSessionActions(QMenu* fileMenu)
{
    m_operatorSession = new OperatorSession(m_session, this);
    connect(m_operatorSession, &OperatorSession::operatorChanged, m_gate, &PermissionGate::refresh);
    fileMenu->addAction(m_operatorSession->lockAction());
    fileMenu->addAction(m_operatorSession->switchAction());
    fileMenu->addAction(m_operatorSession->logoutAction());
    m_changePassword =
        fileMenu->addAction(tr("Change my &password…"), this, [this] { runDialog<ChangePasswordDialog>(); });
    m_changePassword->setObjectName(QStringLiteral("changePasswordAction"));
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

// Incident menu and the Dispatch toolbar with the command line.
void MainWindow::createIncidentActions()
{
    QMenu* incidentMenu = menuBar()->addMenu(tr("&Incident"));
    incidentMenu->addAction(m_desk->newIncidentAction());
    incidentMenu->addAction(m_desk->correctAction());
    incidentMenu->addSeparator();
    m_actions->populateMenu(incidentMenu);
    m_gate->guard(m_desk->newIncidentAction(), Permission::CreateIncident);
    m_gate->guard(m_desk->correctAction(), Permission::EditIncident);
    for (int i = 0; i <= static_cast<int>(IncidentActions::ActionId::ResponderOffDuty); ++i) {
        const auto id = static_cast<IncidentActions::ActionId>(i);
        m_gate->guard(m_actions->action(id), IncidentActions::permissionFor(id));
    }
    m_dispatchBar = addToolBar(tr("Dispatch"));
    m_dispatchBar->setObjectName(QStringLiteral("dispatchToolBar"));
    m_dispatchBar->addAction(m_desk->newIncidentAction());
    m_commandLine = new CommandLineWidget(m_session, this);
    m_commandLine->setObjectName(QStringLiteral("commandLine"));
    m_commandLine->setMaximumWidth(520);
    // The command line dispatches; a monitor's wall screen or an administrator
    // has no use for it.
    m_gate->guard(m_dispatchBar->addWidget(m_commandLine), Permission::Dispatch);
    connect(m_commandLine, &CommandLineWidget::message, this, &MainWindow::showTimedMessage);
    CommandExecutor* executor = m_commandLine->executor();
    connect(executor, &CommandExecutor::newIncidentRequested, m_desk, [this] { m_desk->openIntake(); });
    connect(executor, &CommandExecutor::outcomeRequested, m_actions,
            &IncidentActions::resolveIncidentInteractively);
    connect(executor, &CommandExecutor::incidentTouched, m_incidentQueue,
            &IncidentQueuePanel::selectIncident);
    m_gate->collapseWhenEmpty(incidentMenu);
}

// Shift menu: the shift desk (open, roster, hand-over, report), and the shift
// in the status bar.
void MainWindow::createShiftActions()
{
    m_shiftDesk = new ShiftDesk(m_session, this);
    connect(m_shiftDesk, &ShiftDesk::message, this, &MainWindow::showTimedMessage);
    connect(&m_session.notifier, &dispatch::ChangeNotifier::shiftsChanged, this, [this] {
        if (m_shiftLabel)
            m_shiftLabel->setText(shiftText());
    });
    QMenu* shiftMenu = menuBar()->addMenu(tr("&Shift"));
    m_shiftDesk->populateMenu(shiftMenu, m_gate);
    m_gate->collapseWhenEmpty(shiftMenu);
}

// Map menu and toolbars: zooms, the map tools, extent history, communities.
void MainWindow::createMapActions()
{
    QMenu* mapMenu = menuBar()->addMenu(tr("&Map"));
    QToolBar* toolbar = addToolBar(tr("Map"));
    toolbar->setObjectName(QStringLiteral("mapToolBar"));
    QAction* full =
        mapMenu->addAction(tr("Zoom to &jurisdiction"), m_canvas, &map::MapCanvas::zoomToFullExtent);
    full->setShortcut(Qt::CTRL | Qt::Key_0);
    QAction* zoomIn = mapMenu->addAction(tr("Zoom &in"), m_canvas, &map::MapCanvas::zoomIn);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = mapMenu->addAction(tr("Zoom &out"), m_canvas, &map::MapCanvas::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    toolbar->addAction(full);
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    createMapToolActions(mapMenu);
}

void MainWindow::createMapToolActions(QMenu* mapMenu)
{
    QToolBar* tools = addToolBar(tr("Map tools"));
    tools->setObjectName(QStringLiteral("mapToolsToolBar"));
    mapMenu->addSeparator();
    for (QAction* action : m_interaction->toolActions()) {
        mapMenu->addAction(action);
        tools->addAction(action);
        if (action->objectName() == QLatin1String("placeIncidentTool"))
            m_gate->guard(action, Permission::CreateIncident);
    }
    mapMenu->addSeparator();
    tools->addSeparator();
    for (QAction* action : {m_interaction->backAction(), m_interaction->forwardAction(),
                            m_interaction->zoomToSelectionAction()}) {
        mapMenu->addAction(action);
        tools->addAction(action);
    }
    mapMenu->addMenu(m_interaction->createCommunityMenu(mapMenu));
    mapMenu->addSeparator();
    mapMenu->addAction(m_positions->replayAction());
    m_gate->guard(m_positions->replayAction(), ReplayModel::kReplayPermission);
    m_gate->guard(m_positions->replayDock()->toggleViewAction(), ReplayModel::kReplayPermission);
}

// View: show or hide each dock. Help: the keyboard shortcuts (built from these
// actions), About.
void MainWindow::createViewAndHelpActions()
{
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : findChildren<QDockWidget*>())
        viewMenu->addAction(dock->toggleViewAction());

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(ShortcutsDialog::createShowAction(this));
    helpMenu->addAction(tr("&About Xiuhua"), this, &MainWindow::showAbout);
}

QString MainWindow::shiftText() const
{
    const auto shift = m_session.store.read().shiftAt(QDateTime::currentDateTimeUtc());
    if (!shift)
        return tr("No shift open");
    QString supervisor;
    if (shift->supervisorId) {
        const auto responder = m_session.store.read().responder(*shift->supervisorId);
        if (responder)
            supervisor = responder->name;
    }
    return tr("Shift: %1 · supervisor %2").arg(shift->name, supervisor);
}

void MainWindow::createStatusBar()
{
    auto* operatorLabel = new QLabel(tr("Operator: %1").arg(m_session.operatorActor.name), this);
    operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    connect(
        m_operatorSession, &OperatorSession::operatorChanged, operatorLabel,
        [operatorLabel](const Actor& actor) { operatorLabel->setText(tr("Operator: %1").arg(actor.name)); });
    m_shiftLabel = new QLabel(shiftText(), this);
    m_shiftLabel->setObjectName(QStringLiteral("shiftLabel"));
    auto* database = new QLabel(tr("Database: %1").arg(m_session.store.location()), this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    m_coordinates = new QLabel(this);
    m_coordinates->setObjectName(QStringLiteral("coordinateLabel"));
    m_coordinates->setMinimumWidth(280);
    statusBar()->addWidget(operatorLabel);
    statusBar()->addWidget(m_shiftLabel);
    statusBar()->addWidget(database, 1);
    statusBar()->addWidget(new BackupAlertLabel(*m_incidentModel, m_session.store.read(), this));
    statusBar()->addPermanentWidget(m_coordinates);
    if (dispatch::isDemoDatabase(m_session.store.read())) {
        auto* demo = new QLabel(tr("DEMO DATA"), this);
        demo->setObjectName(QStringLiteral("demoLabel"));
        demo->setStyleSheet(QStringLiteral("QLabel { background: #c62828; color: white; padding: 1px 8px; "
                                           "font-weight: bold; border-radius: 3px; }"));
        statusBar()->addPermanentWidget(demo);
    }
    if (!m_mapErrors.isEmpty())
        statusBar()->showMessage(
            tr("Some map layers could not be loaded: %1").arg(m_mapErrors.join(QStringLiteral("; "))));
    connect(m_canvas, &map::MapCanvas::mapCoordinateHovered, this, [this](QPointF lonLat, QPointF projected) {
        m_coordinates->setText(QStringLiteral("%1°E %2°N · UTM 51N %3, %4")
                                   .arg(lonLat.x(), 0, 'f', 6)
                                   .arg(lonLat.y(), 0, 'f', 6)
                                   .arg(projected.x(), 0, 'f', 1)
                                   .arg(projected.y(), 0, 'f', 1));
    });
}

// The first start fills the screen the console starts on; a layout saved on a
// larger screen is brought back onto this one. On a small screen (1366×768 is
// common at police workstations) the side docks are sized so the map keeps at
// least half of the window.
void MainWindow::restoreLayout()
{
    QSettings settings;
    const QScreen* screen = this->screen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1600, 960);
    const bool restored =
        restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    bool fitted = false;
    if (restored) {
        fitted = screen_fit::bringOntoScreen(*this);
    } else {
        // The whole screen also where no window manager maximises it (a kiosk session, Xvfb).
        setGeometry(available);
        setWindowState(windowState() | Qt::WindowMaximized);
    }
    if (!restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray()) || fitted)
        screen_fit::fitSideDocks(*this, m_queueDock, m_boardDock,
                                 restored && !isMaximized() ? width() : available.width());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("map/layers"), map::saveLayerState(*m_layers));
    QMainWindow::closeEvent(event);
}

void MainWindow::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_incidentModel->setNow(now);
    m_responderModel->setNow(now);
}

// Only the rows and points of the changed ids are read again: the dispatcher's selection, scroll
// position and open forms stay as they are.
void MainWindow::onIncidentsChanged(const QList<qint64>& ids)
{
    m_incidentModel->updateIncidents(ids);
    m_overlay->updateIncidents(ids);
    m_details->refreshIncidents(ids);
    m_desk->refresh();
}

void MainWindow::onRespondersChanged(const QList<qint64>& ids)
{
    m_responderModel->updateResponders(ids);
    m_overlay->updateResponders(ids);
    m_details->refreshResponders(ids);
    m_desk->refresh();
}

void MainWindow::focusIncident(Id id)
{
    m_details->showIncident(id);
    m_detailsStack->setCurrentWidget(m_details);
    m_interaction->highlightPoint(OperationalOverlay::incidentLayerId, id);
    m_desk->showIncident(id);
}

void MainWindow::focusResponder(Id id)
{
    m_details->showResponder(id);
    m_detailsStack->setCurrentWidget(m_details);
    m_interaction->highlightPoint(OperationalOverlay::responderLayerId, id);
    m_positions->showTrail(id);
}

void MainWindow::onMapPointClicked(const QString& layerId, Id id)
{
    if (layerId == OperationalOverlay::incidentLayerId) {
        m_incidentQueue->selectIncident(id);
        focusIncident(id);
    } else if (layerId == OperationalOverlay::responderLayerId) {
        m_responderBoard->selectResponder(id);
        focusResponder(id);
    }
}

void MainWindow::showAuditRecordBroken(qint64 firstBrokenSeq)
{
    auto* broken = new QLabel(tr("AUDIT RECORD ALTERED"), this);
    broken->setObjectName(QStringLiteral("auditBrokenLabel"));
    broken->setToolTip(tr("Record %1 of the audit log is not as it was written. "
                          "Check it in File ▸ Audit log… "
                          "(Verify the whole record) and tell the supervisor.")
                           .arg(firstBrokenSeq));
    broken->setStyleSheet(QStringLiteral("QLabel { background: #b71c1c; color: white; padding: 1px 8px; "
                                         "font-weight: bold; border-radius: 3px; }"));
    statusBar()->addPermanentWidget(broken);
}

void MainWindow::showDatabaseDamaged(const QStringList& problems)
{
    auto* damaged = new QLabel(tr("DATABASE DAMAGED"), this);
    damaged->setObjectName(QStringLiteral("databaseDamagedLabel"));
    const QString advice = tr("The check of the whole database file found damage. Work already saved may be "
                              "unreadable. Tell the supervisor, and restore the latest good backup "
                              "(File ▸ Backups…).");
    damaged->setToolTip(advice + QLatin1Char('\n') + problems.mid(0, 3).join(QLatin1Char('\n')));
    damaged->setStyleSheet(QStringLiteral("QLabel { background: #b71c1c; color: white; padding: 1px 8px; "
                                          "font-weight: bold; border-radius: 3px; }"));
    statusBar()->addPermanentWidget(damaged);
    statusBar()->showMessage(tr("The database is damaged: %1").arg(problems.value(0)));
    if (qEnvironmentVariableIsSet("XIUHUA_NONINTERACTIVE"))
        return;
    // Not modal: the operator may be in the middle of a call and must be able to finish it.
    auto* box = new QMessageBox(QMessageBox::Critical, tr("Database damaged"), advice, QMessageBox::Ok, this);
    box->setDetailedText(problems.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setModal(false);
    box->show();
}

OGRSpatialReference MainWindow::displayCrs() const
{
    return geo::spatialReferenceFromEpsg(m_displayEpsg ? m_displayEpsg : geo::jurisdictionEpsg());
}

QStringList MainWindow::addLayers(const map::DatasetArgument& dataset)
{
    const OGRSpatialReference displayCrs = this->displayCrs();
    const AddLayerResult result = addLayersFromFile(
        *m_layers, dataset.path, dataset.layerName.isEmpty() ? QStringList() : QStringList{dataset.layerName},
        displayCrs);
    if (!result.layerIds.isEmpty())
        m_layerPanel->selectLayer(result.layerIds.front());
    return result.errors;
}

void MainWindow::addLayerInteractively()
{
    const AddLayerResult result = AddLayerDialog::run(this, *m_layers, displayCrs());
    if (result.layerIds.isEmpty())
        return;
    m_layerPanel->selectLayer(result.layerIds.front());
    statusBar()->showMessage(tr("Added %n layer(s)", nullptr, int(result.layerIds.size())), 5000);
}

void MainWindow::zoomToLayer(const QString& layerId)
{
    const map::MapLayer* layer = m_layers->layer(layerId);
    if (layer && !layer->extent().isNull())
        m_canvas->zoomToExtent(layer->extent());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Xiuhua"),
                       tr("<h3>Xiuhua %1</h3><p>Command and dispatch console for community "
                          "police stations.</p>"
                          "<p>Map data © OpenStreetMap contributors (ODbL 1.0); communities, "
                          "posts, stations and "
                          "cameras of the bundled jurisdiction are fictional.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace xiuhua::ui
