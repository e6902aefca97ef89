#include "ui/incidents/incident_actions.h"

#include "core/status_rules.h"
#include "dispatch/assignment_service.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/recommender.h"
#include "dispatch/responder_service.h"
#include "storage/storage_error.h"
#include "ui/incidents/outcome_dialog.h"
#include "ui/responders/responder_picker_dialog.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QWidget>

namespace xiuhua::ui {

using namespace xiuhua::core;
using Act = IncidentActions::ActionId;

IncidentActions::IncidentActions(ConsoleSession& session, QWidget* dialogParent, QObject* parent)
    : QObject(parent ? parent : dialogParent), m_session(session), m_dialogParent(dialogParent)
{
    createActions();
    connect(&m_session.notifier, &dispatch::ChangeNotifier::incidentsChanged, this,
            &IncidentActions::updateEnabled);
    connect(&m_session.notifier, &dispatch::ChangeNotifier::respondersChanged, this,
            &IncidentActions::updateEnabled);
    updateEnabled();
}

IncidentActions::~IncidentActions() = default;

QAction* IncidentActions::makeAction(ActionId id, const QString& text, const QKeySequence& shortcut,
                                     const char* name)
{
    auto* action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(shortcut);
    m_actions[id] = action;
    return action;
}

// The table of incident actions with their keys: over 60 lines because it is one list, read at a glance.
void IncidentActions::createActions()
{
    connect(makeAction(Act::AddNote, tr("Add &note…"), Qt::CTRL | Qt::SHIFT | Qt::Key_N, "addNoteAction"),
            &QAction::triggered, this, &IncidentActions::addNoteInteractively);
    connect(makeAction(Act::Resolve, tr("&Resolve with outcome…"), Qt::CTRL | Qt::SHIFT | Qt::Key_R,
                       "resolveAction"),
            &QAction::triggered, this, &IncidentActions::resolveInteractively);
    connect(makeAction(Act::Close, tr("C&lose incident"), Qt::CTRL | Qt::SHIFT | Qt::Key_W, "closeAction"),
            &QAction::triggered, this, &IncidentActions::closeIncident);
    connect(makeAction(Act::CancelIncident, tr("&Cancel incident…"), Qt::CTRL | Qt::SHIFT | Qt::Key_X,
                       "cancelIncidentAction"),
            &QAction::triggered, this, &IncidentActions::cancelIncidentInteractively);
    connect(
        makeAction(Act::Reopen, tr("Re&open incident…"), Qt::CTRL | Qt::SHIFT | Qt::Key_O, "reopenAction"),
        &QAction::triggered, this, &IncidentActions::reopenInteractively);
    connect(makeAction(Act::Reassign, tr("Reassi&gn…"), Qt::CTRL | Qt::SHIFT | Qt::Key_T, "reassignAction"),
            &QAction::triggered, this, &IncidentActions::reassignInteractively);

    const struct
    {
        ActionId id;
        QString text;
        QKeySequence shortcut;
        const char* name;
        AssignmentStatus to;
    } steps[] = {
        {Act::Acknowledge, tr("&Acknowledged"), Qt::Key_F6, "acknowledgeAction",
         AssignmentStatus::Acknowledged},
        {Act::EnRoute, tr("&En route"), Qt::Key_F7, "enRouteAction", AssignmentStatus::EnRoute},
        {Act::OnScene, tr("On &scene"), Qt::Key_F8, "onSceneAction", AssignmentStatus::OnScene},
        {Act::ClearAssignment, tr("C&leared"), Qt::Key_F9, "clearAssignmentAction",
         AssignmentStatus::Cleared},
        {Act::CancelAssignment, tr("Cancel &assignment…"), Qt::SHIFT | Qt::Key_F9, "cancelAssignmentAction",
         AssignmentStatus::Cancelled},
    };
    for (const auto& step : steps) {
        const AssignmentStatus to = step.to;
        connect(makeAction(step.id, step.text, step.shortcut, step.name), &QAction::triggered, this,
                [this, to] { advanceInteractively(to); });
    }

    const struct
    {
        ActionId id;
        ResponderStatus status;
        QKeySequence shortcut;
        const char* name;
    } statuses[] = {
        {Act::ResponderAvailable, ResponderStatus::Available, Qt::ALT | Qt::Key_1,
         "responderAvailableAction"},
        {Act::ResponderBusy, ResponderStatus::Busy, Qt::ALT | Qt::Key_2, "responderBusyAction"},
        {Act::ResponderMealBreak, ResponderStatus::MealBreak, Qt::ALT | Qt::Key_3,
         "responderMealBreakAction"},
        {Act::ResponderOffDuty, ResponderStatus::OffDuty, Qt::ALT | Qt::Key_4, "responderOffDutyAction"},
    };
    for (const auto& entry : statuses) {
        const ResponderStatus status = entry.status;
        connect(makeAction(entry.id, tr("Set %1").arg(displayName(status)), entry.shortcut, entry.name),
                &QAction::triggered, this, [this, status] {
                    if (const auto responder = targetResponder())
                        setResponderStatus(*responder, status);
                });
    }
}

QAction* IncidentActions::action(ActionId id) const
{
    const auto found = m_actions.find(id);
    return found != m_actions.end() ? found->second : nullptr;
}

Permission IncidentActions::permissionFor(ActionId id)
{
    switch (id) {
    case Act::AddNote:
    case Act::Resolve:
    case Act::Close:
    case Act::CancelIncident:
    case Act::Reopen:
        return Permission::EditIncident;
    case Act::Reassign:
    case Act::Acknowledge:
    case Act::EnRoute:
    case Act::OnScene:
    case Act::ClearAssignment:
    case Act::CancelAssignment:
        return Permission::Dispatch;
    case Act::ResponderAvailable:
    case Act::ResponderBusy:
    case Act::ResponderMealBreak:
    case Act::ResponderOffDuty:
        return Permission::ManageResponders;
    }
    return Permission::EditIncident;
}

QList<QAction*> IncidentActions::allActions() const
{
    QList<QAction*> actions;
    for (const auto& [id, action] : m_actions)
        actions << action;
    return actions;
}

QList<QAction*> IncidentActions::incidentMenuActions() const
{
    return {action(Act::AddNote),        action(Act::Resolve),         action(Act::Close),
            action(Act::CancelIncident), action(Act::Reopen),          nullptr,
            action(Act::Reassign),       action(Act::Acknowledge),     action(Act::EnRoute),
            action(Act::OnScene),        action(Act::ClearAssignment), action(Act::CancelAssignment)};
}

QList<QAction*> IncidentActions::responderMenuActions() const
{
    return {action(Act::ResponderAvailable),
            action(Act::ResponderBusy),
            action(Act::ResponderMealBreak),
            action(Act::ResponderOffDuty),
            nullptr,
            action(Act::Acknowledge),
            action(Act::EnRoute),
            action(Act::OnScene),
            action(Act::ClearAssignment),
            action(Act::CancelAssignment),
            action(Act::Reassign),
            nullptr,
            action(Act::AddNote)};
}

void IncidentActions::populateMenu(QMenu* menu) const
{
    for (QAction* entry : incidentMenuActions()) {
        if (entry)
            menu->addAction(entry);
        else
            menu->addSeparator();
    }
    menu->addSeparator();
    QMenu* responder = menu->addMenu(tr("Res&ponder status"));
    for (ActionId id :
         {Act::ResponderAvailable, Act::ResponderBusy, Act::ResponderMealBreak, Act::ResponderOffDuty})
        responder->addAction(action(id));
}

void IncidentActions::setRoutePlanner(std::shared_ptr<const geo::RoutePlanner> planner)
{
    m_planner = std::move(planner);
}

dispatch::DispatchContext IncidentActions::context() const
{
    return {m_session.store, m_session.taxonomy, m_session.notifier};
}

void IncidentActions::setCurrentIncident(std::optional<Id> id)
{
    m_incidentId = id;
    m_focus = id ? Focus::Incident : (m_focus == Focus::Incident ? Focus::None : m_focus);
    updateEnabled();
}

void IncidentActions::setCurrentResponder(std::optional<Id> id)
{
    m_responderId = id;
    m_focus = id ? Focus::Responder : (m_focus == Focus::Responder ? Focus::None : m_focus);
    updateEnabled();
}

std::optional<Id> IncidentActions::targetResponder() const
{
    return m_focus == Focus::Responder ? m_responderId : std::nullopt;
}

std::vector<Assignment> IncidentActions::targetAssignments() const
{
    std::vector<Assignment> result;
    const storage::StoreReader& reader = m_session.store.read();
    if (m_focus == Focus::Responder && m_responderId) {
        result = reader.activeAssignmentsOf({*m_responderId});
    } else if (m_focus == Focus::Incident && m_incidentId) {
        for (const Assignment& assignment : reader.assignmentsForIncident(*m_incidentId)) {
            if (isActive(assignment.status))
                result.push_back(assignment);
        }
    }
    return result;
}

std::optional<Incident> IncidentActions::shownIncident(Id incidentId) const
{
    if (m_shown && m_shown->id == incidentId)
        return m_shown;
    return m_session.store.read().incident(incidentId);
}

std::optional<Id> IncidentActions::targetIncident() const
{
    if (m_focus == Focus::Incident)
        return m_incidentId;
    if (m_focus == Focus::Responder) {
        const auto assignments = targetAssignments();
        if (!assignments.empty())
            return assignments.front().incidentId;
    }
    return std::nullopt;
}

void IncidentActions::updateEnabled()
{
    const storage::StoreReader& reader = m_session.store.read();
    const auto incidentId = targetIncident();
    const auto incident = incidentId ? reader.incident(*incidentId) : std::nullopt;
    m_shown = incident;
    auto allowed = [&](IncidentStatus to) { return incident && isAllowedTransition(incident->status, to); };
    const std::vector<Assignment> assignments = targetAssignments();
    action(Act::AddNote)->setEnabled(incident.has_value());
    action(Act::Resolve)->setEnabled(allowed(IncidentStatus::Resolved));
    action(Act::Close)->setEnabled(allowed(IncidentStatus::Closed));
    action(Act::CancelIncident)->setEnabled(allowed(IncidentStatus::Cancelled));
    action(Act::Reopen)
        ->setEnabled(incident && isReopen(incident->status, IncidentStatus::Dispatched) &&
                     allowed(IncidentStatus::Dispatched));
    action(Act::Reassign)->setEnabled(incident && isOpen(incident->status) && !assignments.empty());
    const std::pair<ActionId, AssignmentStatus> steps[] = {
        {Act::Acknowledge, AssignmentStatus::Acknowledged},
        {Act::EnRoute, AssignmentStatus::EnRoute},
        {Act::OnScene, AssignmentStatus::OnScene},
        {Act::ClearAssignment, AssignmentStatus::Cleared},
        {Act::CancelAssignment, AssignmentStatus::Cancelled}};
    for (const auto& [id, to] : steps) {
        const bool any = std::any_of(assignments.begin(), assignments.end(),
                                     [to](const Assignment& a) { return isAllowedTransition(a.status, to); });
        action(id)->setEnabled(any);
    }
    const auto responderId = targetResponder();
    const auto responder = responderId ? reader.responder(*responderId) : std::nullopt;
    const bool holdsAssignment = m_focus == Focus::Responder && !assignments.empty();
    const std::pair<ActionId, ResponderStatus> statuses[] = {
        {Act::ResponderAvailable, ResponderStatus::Available},
        {Act::ResponderBusy, ResponderStatus::Busy},
        {Act::ResponderMealBreak, ResponderStatus::MealBreak},
        {Act::ResponderOffDuty, ResponderStatus::OffDuty}};
    for (const auto& [id, status] : statuses)
        action(id)->setEnabled(responder && responder->status != status &&
                               (status == ResponderStatus::Busy || !holdsAssignment));
}

bool IncidentActions::perform(const std::function<QString()>& work)
{
    try {
        const QString done = work();
        if (!done.isEmpty())
            emit message(done);
        return true;
    } catch (const dispatch::DispatchError& error) {
        emit errorOccurred(error.message());
    } catch (const storage::StorageError& error) {
        emit errorOccurred(tr("The database refused the change: %1").arg(QString::fromUtf8(error.what())));
    }
    return false;
}

QString IncidentActions::responderName(Id responderId) const
{
    const auto responder = m_session.store.read().responder(responderId);
    return responder ? responder->name : QString::number(responderId);
}

QString IncidentActions::incidentNumber(Id incidentId) const
{
    const auto incident = m_session.store.read().incident(incidentId);
    return incident ? incident->number : QString::number(incidentId);
}

bool IncidentActions::addNote(Id incidentId, const QString& text)
{
    return perform([&] {
        dispatch::IncidentService(context()).addNote(m_session.operatorActor, incidentId, text);
        return tr("Note added to %1.").arg(incidentNumber(incidentId));
    });
}

bool IncidentActions::resolve(Id incidentId, const dispatch::IncidentOutcome& outcome)
{
    return perform([&] {
        const Incident after =
            dispatch::IncidentService(context()).resolve(m_session.operatorActor, incidentId, outcome);
        return tr("%1 resolved: %2.").arg(after.number, after.disposition);
    });
}

bool IncidentActions::changeStatus(Id incidentId, IncidentStatus to, const QString& reason,
                                   const std::optional<Incident>& loaded)
{
    return perform([&] {
        const Incident after = dispatch::IncidentService(context()).changeStatus(
            m_session.operatorActor, incidentId, to, reason, loaded);
        return tr("%1 is now %2.").arg(after.number, displayName(after.status));
    });
}

bool IncidentActions::advanceAssignment(Id assignmentId, AssignmentStatus to, const QString& reason)
{
    return perform([&] {
        const Assignment after =
            dispatch::AssignmentService(context()).advance(m_session.operatorActor, assignmentId, to, reason);
        return tr("%1 on %2: %3.")
            .arg(responderName(after.responderId), incidentNumber(after.incidentId),
                 displayName(after.status));
    });
}

bool IncidentActions::reassign(Id assignmentId, Id responderId, const QString& reason)
{
    const auto old = m_session.store.read().assignment(assignmentId);
    if (!old || !isActive(old->status)) {
        emit errorOccurred(tr("That assignment is no longer active."));
        return false;
    }
    if (reason.trimmed().isEmpty()) {
        emit errorOccurred(tr("Give a reason for taking %1 off.").arg(responderName(old->responderId)));
        return false;
    }
    return perform([&] {
        dispatch::AssignmentService(context()).reassign(m_session.operatorActor, assignmentId, responderId,
                                                        reason);
        return tr("%1 reassigned from %2 to %3.")
            .arg(incidentNumber(old->incidentId), responderName(old->responderId),
                 responderName(responderId));
    });
}

bool IncidentActions::setResponderStatus(Id responderId, ResponderStatus status)
{
    return perform([&] {
        const Responder after =
            dispatch::ResponderService(context()).setStatus(m_session.operatorActor, responderId, status);
        return tr("%1 is now %2.").arg(after.name, displayName(after.status));
    });
}

std::optional<QString> IncidentActions::askText(const QString& title, const QString& label,
                                                const char* objectName, bool multiLine)
{
    QInputDialog dialog(m_dialogParent);
    dialog.setObjectName(QString::fromLatin1(objectName));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    if (multiLine)
        dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    if (dialog.exec() != QDialog::Accepted || dialog.textValue().trimmed().isEmpty())
        return std::nullopt;
    return dialog.textValue().trimmed();
}

void IncidentActions::addNoteInteractively()
{
    const auto incidentId = targetIncident();
    if (!incidentId)
        return;
    const QString number = incidentNumber(*incidentId);
    if (const auto text = askText(tr("Add note"), tr("Note for %1:").arg(number), "noteDialog", true))
        addNote(*incidentId, *text);
}

void IncidentActions::resolveInteractively()
{
    if (const auto incidentId = targetIncident())
        resolveIncidentInteractively(*incidentId);
}

void IncidentActions::resolveIncidentInteractively(Id incidentId)
{
    const auto incident = m_session.store.read().incident(incidentId);
    if (!incident)
        return;
    OutcomeDialog dialog(m_session.taxonomy, m_session.language, m_dialogParent);
    dialog.setIncident(*incident);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dispatch::IncidentOutcome outcome = dialog.outcome();
    outcome.loaded = incident; // refused if another seat changed the incident while the form was open
    resolve(incidentId, outcome);
}

void IncidentActions::closeIncident()
{
    if (const auto incidentId = targetIncident())
        changeStatus(*incidentId, IncidentStatus::Closed, {}, shownIncident(*incidentId));
}

void IncidentActions::cancelIncidentInteractively()
{
    const auto incidentId = targetIncident();
    if (!incidentId)
        return;
    // As it was when the dispatcher chose to cancel it: a change another seat makes while the reason
    // is typed refuses this one instead of being overwritten.
    const auto shown = shownIncident(*incidentId);
    if (const auto reason =
            askText(tr("Cancel incident"), tr("Why is %1 cancelled?").arg(incidentNumber(*incidentId)),
                    "cancelIncidentDialog", false))
        changeStatus(*incidentId, IncidentStatus::Cancelled, *reason, shown);
}

void IncidentActions::reopenInteractively()
{
    const auto incidentId = targetIncident();
    if (!incidentId)
        return;
    const auto shown = shownIncident(*incidentId);
    if (const auto reason =
            askText(tr("Reopen incident"), tr("Why is %1 reopened?").arg(incidentNumber(*incidentId)),
                    "reopenDialog", false))
        changeStatus(*incidentId, IncidentStatus::Dispatched, *reason, shown);
}

std::optional<Assignment> IncidentActions::chooseAssignment(AssignmentStatus to)
{
    std::vector<Assignment> candidates;
    for (const Assignment& assignment : targetAssignments()) {
        if (isAllowedTransition(assignment.status, to))
            candidates.push_back(assignment);
    }
    if (candidates.size() <= 1)
        return candidates.empty() ? std::nullopt : std::optional<Assignment>(candidates.front());
    QStringList items;
    for (const Assignment& assignment : candidates)
        items << QStringLiteral("%1 — %2").arg(responderName(assignment.responderId),
                                               displayName(assignment.status));
    QInputDialog dialog(m_dialogParent);
    dialog.setObjectName(QStringLiteral("assignmentChooser"));
    dialog.setWindowTitle(tr("Which assignment?"));
    dialog.setLabelText(tr("%1 has several responders:").arg(incidentNumber(candidates.front().incidentId)));
    dialog.setComboBoxItems(items);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const qsizetype chosen = items.indexOf(dialog.textValue());
    return chosen >= 0 ? std::optional<Assignment>(candidates[std::size_t(chosen)]) : std::nullopt;
}

void IncidentActions::advanceInteractively(AssignmentStatus to)
{
    const auto assignment = chooseAssignment(to);
    if (!assignment)
        return;
    QString reason;
    if (to == AssignmentStatus::Cancelled) {
        const auto given =
            askText(tr("Cancel assignment"),
                    tr("Why is %1 taken off %2?")
                        .arg(responderName(assignment->responderId), incidentNumber(assignment->incidentId)),
                    "cancelAssignmentDialog", false);
        if (!given)
            return;
        reason = *given;
    }
    advanceAssignment(assignment->id, to, reason);
}

void IncidentActions::reassignInteractively()
{
    const auto assignment = chooseAssignment(AssignmentStatus::Cancelled);
    if (!assignment)
        return;
    const storage::StoreReader& reader = m_session.store.read();
    const auto incident = reader.incident(assignment->incidentId);
    if (!incident)
        return;
    const dispatch::Recommender recommender(reader, m_session.taxonomy, m_planner);
    ResponderPickerDialog dialog(m_dialogParent);
    dialog.setWindowTitle(tr("Reassign %1").arg(incident->number));
    dialog.setPrompt(tr("Take <b>%1</b> off %2 and send:")
                         .arg(responderName(assignment->responderId).toHtmlEscaped(), incident->number));
    dialog.setCandidates(recommender.recommend(*incident, QDateTime::currentDateTimeUtc(), 30));
    dialog.setReasonRequired(true);
    if (dialog.exec() != QDialog::Accepted || !dialog.selectedResponder())
        return;
    reassign(assignment->id, *dialog.selectedResponder(), dialog.reason());
}

} // namespace xiuhua::ui
