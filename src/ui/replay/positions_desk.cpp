#include "ui/replay/positions_desk.h"

#include "geo/coordinate_transform.h"
#include "geo/projection.h"
#include "map/layer_stack.h"
#include "ui/map/trail_layer.h"
#include "ui/replay/replay_panel.h"
#include "ui/responders/live_positions.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

namespace xiuhua::ui {

PositionsDesk::PositionsDesk(ConsoleSession& session, map::LayerStack& stack,
                             const OGRSpatialReference& displayCrs, ResponderTableModel& board,
                             OperationalOverlay& overlay, QMainWindow& window)
    : QObject(&window)
{
    const geo::CoordinateTransform toDisplay(geo::spatialReferenceFromEpsg(geo::kWgs84Epsg), displayCrs);
    m_trail = stack.add(std::make_unique<TrailLayer>(toDisplay));
    m_live = new LivePositions(
        session.store.read(), board, overlay, m_trail, [] { return QDateTime::currentDateTimeUtc(); }, this);
    connect(m_live, &LivePositions::respondersSettled, this, &PositionsDesk::respondersSettled);
    connect(m_live, &LivePositions::agesAdvanced, this, &PositionsDesk::respondersSettled);

    m_replay = new ReplayPanel(session, stack, displayCrs, &window);
    connect(m_replay, &ReplayPanel::message, this, &PositionsDesk::message);
    m_dock = new QDockWidget(tr("Track replay"), &window);
    m_dock->setObjectName(QStringLiteral("replayDock"));
    m_dock->setWidget(m_replay);
    window.addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    // Closing the dock takes the past off the map.
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible && m_dock->isHidden())
            m_replay->clearMap();
    });

    m_action = new QAction(tr("Track &replay…"), this);
    m_action->setObjectName(QStringLiteral("replayAction"));
    m_action->setToolTip(tr("Replay where the officers were over a period (轨迹回放)"));
    connect(m_action, &QAction::triggered, this, &PositionsDesk::openDock);
}

void PositionsDesk::start()
{
    m_live->start();
}

void PositionsDesk::showTrail(qint64 responderId)
{
    m_live->showTrail(responderId);
}

void PositionsDesk::openDock()
{
    m_dock->show();
    m_dock->raise();
}

void PositionsDesk::replayIncident(qint64 incidentId)
{
    openDock();
    if (m_replay->showIncident(incidentId))
        emit message(tr("Replaying the incident's period: press Play."));
}

void PositionsDesk::applyPermissions(bool replayAllowed)
{
    m_action->setVisible(replayAllowed);
    m_action->setEnabled(replayAllowed);
    m_dock->toggleViewAction()->setVisible(replayAllowed);
    if (!replayAllowed)
        m_dock->hide();
}

} // namespace xiuhua::ui
