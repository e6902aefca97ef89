#pragma once

#include "core/entities.h"
#include "core/permission.h"
#include "dispatch/incident_service.h"
#include "ui/console/console_session.h"

#include <QList>
#include <QObject>

#include <map>
#include <memory>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace xiuhua::geo {
class RoutePlanner;
}

namespace xiuhua::ui {

// The console's actions on the selected incident, its assignments and the selected responder, with
// their shortcuts and small dialogs. Every change goes through a dispatch service (one transaction
// and audit record each); a refusal is reported through errorOccurred() and changes nothing.
// Actions are enabled by the target's status (core::isAllowedTransition) and follow committed
// changes through the ChangeNotifier.
//
// Target: whatever was selected last. An incident (setCurrentIncident) -> the incident and its
// active assignments; a responder (setCurrentResponder) -> the responder, their active assignment
// and its incident. The shortcuts work once the actions are in a menu or added to the window.
class IncidentActions : public QObject
{
    Q_OBJECT

public:
    enum class ActionId
    {
        AddNote,
        Resolve,
        Close,
        CancelIncident,
        Reopen,
        Reassign,
        Acknowledge,
        EnRoute,
        OnScene,
        ClearAssignment,
        CancelAssignment,
        ResponderAvailable,
        ResponderBusy,
        ResponderMealBreak,
        ResponderOffDuty // the last: loops over every action end here
    };

    // parent defaults to dialogParent; dialogs open over dialogParent.
    IncidentActions(ConsoleSession& session, QWidget* dialogParent, QObject* parent = nullptr);
    ~IncidentActions() override;

    QAction* action(ActionId id) const;
    // What the service behind the action checks: for hiding what the operator's role may not do.
    static core::Permission permissionFor(ActionId id);
    QList<QAction*> allActions() const;
    // For the queue's and the board's context menus (nullptr = separator); see the panels'
    // setContextActions().
    QList<QAction*> incidentMenuActions() const;
    QList<QAction*> responderMenuActions() const;
    // Fills an "Incident" menu of the menu bar with every action, in groups.
    void populateMenu(QMenu* menu) const;
    // Road travel times in the reassign picker; without one the picker ranks by straight line.
    void setRoutePlanner(std::shared_ptr<const geo::RoutePlanner> planner);

    std::optional<core::Id> targetIncident() const;
    std::vector<core::Assignment> targetAssignments() const;
    std::optional<core::Id> targetResponder() const;

    // What the dialogs end in; also for the command line and tests. Each returns false (and emits
    // errorOccurred) when the service refuses.
    bool addNote(core::Id incidentId, const QString& text);
    bool resolve(core::Id incidentId, const dispatch::IncidentOutcome& outcome);
    // With `loaded` (the incident as the operator saw it) a change another seat made since refuses this one.
    bool changeStatus(core::Id incidentId, core::IncidentStatus to, const QString& reason = {},
                      const std::optional<core::Incident>& loaded = std::nullopt);
    bool advanceAssignment(core::Id assignmentId, core::AssignmentStatus to, const QString& reason = {});
    // Assigns `responderId` first, then cancels the old assignment with `reason`.
    bool reassign(core::Id assignmentId, core::Id responderId, const QString& reason);
    bool setResponderStatus(core::Id responderId, core::ResponderStatus status);

public slots:
    void setCurrentIncident(std::optional<core::Id> id);
    void setCurrentResponder(std::optional<core::Id> id);
    void updateEnabled();

    // The dialogs (exec()); each acts on the current target.
    void addNoteInteractively();
    void resolveInteractively();
    void resolveIncidentInteractively(core::Id incidentId); // e.g. for `c 12 resolved` without a code
    void cancelIncidentInteractively();
    void reopenInteractively();
    void closeIncident();
    void reassignInteractively();
    void advanceInteractively(core::AssignmentStatus to);

signals:
    void message(const QString& text);       // done; for the status bar
    void errorOccurred(const QString& text); // refused; nothing changed

private:
    enum class Focus
    {
        None,
        Incident,
        Responder
    };
    QAction* makeAction(ActionId id, const QString& text, const QKeySequence& shortcut, const char* name);
    void createActions();
    bool perform(const std::function<QString()>& work);
    std::optional<QString> askText(const QString& title, const QString& label, const char* objectName,
                                   bool multiLine);
    std::optional<core::Assignment> chooseAssignment(core::AssignmentStatus to);
    QString responderName(core::Id responderId) const;
    QString incidentNumber(core::Id incidentId) const;
    dispatch::DispatchContext context() const;
    // The incident as the console last showed it to the operator: as read when the actions were last
    // enabled (on selection and on every committed change, this seat's or another's).
    std::optional<core::Incident> shownIncident(core::Id incidentId) const;

    ConsoleSession& m_session;
    QWidget* m_dialogParent;
    std::map<ActionId, QAction*> m_actions;
    std::shared_ptr<const geo::RoutePlanner> m_planner;
    Focus m_focus = Focus::None;
    std::optional<core::Id> m_incidentId;
    std::optional<core::Id> m_responderId;
    std::optional<core::Incident> m_shown;
};

} // namespace xiuhua::ui
