#include "dispatch/duty_service.h"

#include "core/entity_json.h"
#include "core/status_rules.h"
#include "dispatch/assignment_service.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/follow_up_service.h"
#include "dispatch/permission_guard.h"
#include "dispatch/personal_data_service.h"

#include <QJsonObject>

#include <algorithm>
#include <array>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

constexpr std::array kActionCodes{"acknowledge", "on_scene", "clear"};

AssignmentStatus statusFor(DutyAction action)
{
    switch (action) {
    case DutyAction::Acknowledge:
        return AssignmentStatus::Acknowledged;
    case DutyAction::OnScene:
        return AssignmentStatus::OnScene;
    case DutyAction::Clear:
        return AssignmentStatus::Cleared;
    }
    return AssignmentStatus::Acknowledged;
}

// The officer's account must still be active: a session outlives nothing the administrator ends.
void requireActiveOfficer(const storage::StoreReader& reader, const Actor& officer)
{
    if (!officer.responderId || !roleOf(reader, officer))
        throw ForbiddenError(
            QCoreApplication::translate("Dispatch", "%1 has no active operator account.").arg(officer.name));
}

} // namespace

std::optional<DutyAction> dutyActionFromCode(QStringView code)
{
    for (std::size_t i = 0; i < kActionCodes.size(); ++i) {
        if (code == QLatin1String(kActionCodes[i]))
            return static_cast<DutyAction>(i);
    }
    return std::nullopt;
}

QString toCode(DutyAction action)
{
    return QString::fromLatin1(kActionCodes[static_cast<std::size_t>(action)]);
}

DutyService::DutyService(DispatchContext context, PasswordHasher hasher)
    : m_context(context), m_accounts(context, std::move(hasher))
{}

LoginResult DutyService::login(const QString& login, const QString& password, const QString& workstation)
{
    return m_accounts.login(login, password, workstation);
}

void DutyService::logout(const Actor& officer)
{
    m_accounts.logout(officer);
}

DutyView DutyService::view(const Actor& officer) const
{
    const storage::StoreReader& reader = m_context.store.read();
    requireActiveOfficer(reader, officer);
    DutyView view;
    view.officer = reader.responder(*officer.responderId).value_or(Responder{});
    std::vector<Assignment> active = reader.activeAssignmentsOf({*officer.responderId});
    std::sort(active.begin(), active.end(),
              [](const Assignment& a, const Assignment& b) { return a.dispatchedAt > b.dispatchedAt; });
    if (!active.empty()) {
        if (auto incident = reader.incident(active.front().incidentId)) {
            DutyAssignment current;
            current.assignment = active.front();
            const CallerDetails masked = PersonalDataService::masked(*incident);
            incident->callerName = masked.name;
            incident->callerPhone = masked.phone;
            const std::vector<IncidentEvent> events = reader.incidentEvents(incident->id);
            for (const IncidentEvent& event : events) {
                if (event.kind == IncidentEventKind::Note)
                    current.notes.push_back(event);
            }
            const auto request =
                openBackupRequest(*incident, reader.assignmentsForIncident(incident->id), events);
            if (request && request->responderId == *officer.responderId)
                current.backupRequest = request;
            current.incident = std::move(*incident);
            view.current = std::move(current);
        }
        view.otherActive = static_cast<int>(active.size()) - 1;
    }
    for (FollowUp& followUp : reader.openFollowUps()) {
        if (followUp.officerId != officer.responderId)
            continue;
        DutyFollowUp visit;
        if (const auto incident = reader.incident(followUp.incidentId)) {
            visit.incidentNumber = incident->number;
            visit.address = incident->addressText;
        }
        visit.followUp = std::move(followUp);
        view.followUps.push_back(std::move(visit));
    }
    std::sort(view.followUps.begin(), view.followUps.end(),
              [](const DutyFollowUp& a, const DutyFollowUp& b) { return a.followUp.due < b.followUp.due; });
    return view;
}

Assignment DutyService::ownActiveAssignment(const storage::StoreReader& reader, const Actor& officer,
                                            Id assignmentId) const
{
    requireActiveOfficer(reader, officer);
    const auto assignment = reader.assignment(assignmentId);
    if (!assignment || assignment->responderId != *officer.responderId)
        throw ForbiddenError(tr("This assignment is not yours."));
    if (!isActive(assignment->status))
        throw DispatchError(tr("This assignment has ended (%1).").arg(displayName(assignment->status)));
    return *assignment;
}

Assignment DutyService::act(const Actor& officer, Id assignmentId, DutyAction action)
{
    ownActiveAssignment(m_context.store.read(), officer, assignmentId);
    return AssignmentService(m_context).advance(officer, assignmentId, statusFor(action));
}

BackupRequest DutyService::requestBackup(const Actor& officer, Id assignmentId, const QString& note)
{
    BackupRequest request;
    m_context.store.transact(officer, [&](storage::StoreWriter& writer) {
        // Checked again inside the transaction: a dispatcher may have cleared it meanwhile.
        const Assignment assignment = ownActiveAssignment(writer.read(), officer, assignmentId);
        const auto responder = writer.read().responder(assignment.responderId);
        request.incidentId = assignment.incidentId;
        request.assignmentId = assignment.id;
        request.responderId = assignment.responderId;
        request.at = m_context.now();
        request.note = note.trimmed().left(500);
        IncidentEvent event;
        event.incidentId = request.incidentId;
        event.at = request.at;
        event.actorId = officer.responderId;
        event.kind = IncidentEventKind::Note;
        event.text = request.note.isEmpty()
                         ? tr("Backup requested by %1 (%2)")
                               .arg(officer.name, responder ? responder->badgeNo : QString())
                         : tr("Backup requested by %1 (%2): %3")
                               .arg(officer.name, responder ? responder->badgeNo : QString(), request.note);
        event.afterJson = backupRequestJson(request);
        writer.appendIncidentEvent(event);
        writer.audit({QStringLiteral("incident.backup_request"),
                      QStringLiteral("incident"),
                      request.incidentId,
                      {},
                      QJsonObject{{QStringLiteral("assignment_id"), request.assignmentId},
                                  {QStringLiteral("responder_id"), request.responderId},
                                  {QStringLiteral("at"), isoUtc(request.at)},
                                  {QStringLiteral("note"), request.note}}});
    });
    emit m_context.notifier.incidentsChanged({request.incidentId});
    return request;
}

FollowUp DutyService::recordFollowUp(const Actor& officer, Id followUpId, const QString& result,
                                     int satisfaction)
{
    const storage::StoreReader& reader = m_context.store.read();
    requireActiveOfficer(reader, officer);
    const auto followUp = reader.followUp(followUpId);
    if (!followUp || followUp->officerId != officer.responderId)
        throw ForbiddenError(tr("This follow-up visit was not given to you."));
    return FollowUpService(m_context).complete(officer, followUpId, result, satisfaction);
}

} // namespace xiuhua::dispatch
