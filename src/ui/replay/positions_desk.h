#pragma once

#include "ui/console/console_session.h"

#include <QObject>

class OGRSpatialReference;
class QAction;
class QDockWidget;
class QMainWindow;

namespace xiuhua::map {
class LayerStack;
}

namespace xiuhua::ui {

class LivePositions;
class OperationalOverlay;
class ReplayPanel;
class ResponderTableModel;
class TrailLayer;

// The console's side of the field link, composed in one place so the main window only wires it:
// live positions on the board and map, the selected responder's trail, and track replay in a dock
// (for the roles with kReplayPermission; the dock and its action are hidden from the others).
class PositionsDesk : public QObject
{
    Q_OBJECT

public:
    PositionsDesk(ConsoleSession& session, map::LayerStack& stack, const OGRSpatialReference& displayCrs,
                  ResponderTableModel& board, OperationalOverlay& overlay, QMainWindow& window);

    void start();
    LivePositions* live() const { return m_live; }
    ReplayPanel* replayPanel() const { return m_replay; }
    QDockWidget* replayDock() const { return m_dock; }
    // Opens the replay dock (Map ▸ Track replay…).
    QAction* replayAction() const { return m_action; }

public slots:
    void showTrail(qint64 responderId);
    // One click from an incident: its period, everyone, in the replay dock.
    void replayIncident(qint64 incidentId);
    // After a login or switch of operator.
    void applyPermissions(bool replayAllowed);

signals:
    void message(const QString& text);
    // Responders moved (at most every few seconds) or a minute passed: "who goes" re-ranks.
    void respondersSettled();

private:
    void openDock();

    LivePositions* m_live;
    TrailLayer* m_trail;
    ReplayPanel* m_replay;
    QDockWidget* m_dock;
    QAction* m_action;
};

} // namespace xiuhua::ui
