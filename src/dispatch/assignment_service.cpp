#include "dispatch/assignment_service.h"

#include "core/entity_json.h"
#include "core/status_rules.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/permission_guard.h"
#include "dispatch/write_steps.h"

#include <QCoreApplication>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

AssignmentService::AssignmentService(DispatchContext context) : m_context(std::move(context)) {}

namespace {

// Why a responder cannot be assigned. When another seat has just taken them (two seats pressing
// Assign at once: the loser reads the winner's commit under the writer lock), it names who did and for
// which incident, so the dispatcher need not guess from a board that has not caught up yet.
QString notAvailable(const storage::StoreReader& read, const Responder& responder)
{
    for (const Assignment& active : read.activeAssignmentsOf({responder.id})) {
        const auto incident = read.incident(active.incidentId);
        for (const AuditEvent& record : read.auditEvents(QStringLiteral("assignment"), active.id, 20)) {
            if (record.action != QLatin1String("assignment.create"))
                continue;
            return QCoreApplication::translate(
                       "Dispatch",
                       "%1 is not available: %2 (workstation %3) assigned them to incident %4 at %5.")
                .arg(responder.name, record.actorName, record.workstation,
                     incident ? incident->number : QString::number(active.incidentId),
                     record.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        }
    }
    return QCoreApplication::translate("Dispatch", "%1 is not available (%2).")
        .arg(responder.name, displayName(responder.status));
}

} // namespace

Assignment AssignmentService::assignWithin(storage::StoreWriter& writer, Id incidentId, Id responderId,
                                           const QDateTime& now) const
{
    const auto incident = writer.read().incident(incidentId);
    if (!incident)
        throw DispatchError(
            QCoreApplication::translate("Dispatch", "Incident %1 does not exist.").arg(incidentId));
    if (!isOpen(incident->status))
        throw DispatchError(
            QCoreApplication::translate("Dispatch", "Incident %1 is %2; reopen it before assigning.")
                .arg(incident->number, displayName(incident->status)));
    const auto responder = writer.read().responder(responderId);
    if (!responder)
        throw DispatchError(
            QCoreApplication::translate("Dispatch", "Responder %1 does not exist.").arg(responderId));
    if (!isFieldResponder(responder->kind))
        throw DispatchError(QCoreApplication::translate("Dispatch", "%1 is a %2, not a field responder.")
                                .arg(responder->name, displayName(responder->kind)));
    if (responder->status != ResponderStatus::Available)
        throw DispatchError(notAvailable(writer.read(), *responder));

    Assignment assignment;
    assignment.incidentId = incidentId;
    assignment.responderId = responderId;
    assignment.status = AssignmentStatus::Dispatched;
    assignment.dispatchedAt = now;
    assignment.id = writer.insertAssignment(assignment);
    writer.audit({QStringLiteral("assignment.create"),
                  QStringLiteral("assignment"),
                  assignment.id,
                  {},
                  toJson(assignment)});
    steps::setResponderStatus(writer, *responder, ResponderStatus::Busy, now,
                              QStringLiteral("responder.assigned"));

    Incident after = *incident;
    after.updatedAt = now;
    if (after.status == IncidentStatus::New)
        after.status = IncidentStatus::Dispatched;
    writer.updateIncident(after);
    steps::recordIncidentChange(writer, QStringLiteral("incident.assign"), IncidentEventKind::Assignment,
                                QCoreApplication::translate("Dispatch", "Dispatched %1 (%2)")
                                    .arg(responder->name, responder->badgeNo),
                                *incident, after);
    return assignment;
}

Assignment AssignmentService::assign(const Actor& actor, Id incidentId, Id responderId)
{
    requirePermission(m_context, actor, Permission::Dispatch);
    Assignment assignment;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        assignment = assignWithin(writer, incidentId, responderId, m_context.now());
    });
    emit m_context.notifier.incidentsChanged({incidentId});
    emit m_context.notifier.respondersChanged({responderId});
    return assignment;
}

Assignment AssignmentService::reassign(const Actor& actor, Id assignmentId, Id newResponderId,
                                       const QString& reason)
{
    requirePermission(m_context, actor, Permission::Dispatch);
    if (reason.trimmed().isEmpty())
        throw DispatchError(QCoreApplication::translate("Dispatch", "Give a reason for the reassignment."));
    Assignment created;
    Id oldResponder = 0;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const auto old = writer.read().assignment(assignmentId);
        if (!old || !isActive(old->status))
            throw DispatchError(
                QCoreApplication::translate("Dispatch", "That assignment is no longer active."));
        if (old->responderId == newResponderId)
            throw DispatchError(QCoreApplication::translate("Dispatch", "Choose a different responder."));
        oldResponder = old->responderId;
        const QDateTime now = m_context.now();
        // Both in one transaction: the incident is never left with neither, nor with both.
        steps::moveAssignment(writer, *old, AssignmentStatus::Cancelled, reason, now);
        created = assignWithin(writer, old->incidentId, newResponderId, now);
    });
    emit m_context.notifier.incidentsChanged({created.incidentId});
    emit m_context.notifier.respondersChanged({oldResponder, newResponderId});
    return created;
}

Assignment AssignmentService::advance(const Actor& actor, Id assignmentId, AssignmentStatus to,
                                      const QString& reason)
{
    // The responder an assignment was given to answers it from the field (the duty page):
    // acknowledged, en route, on scene, cleared, as they would by radio, with an active account of
    // any role, so an officer need not hold the right to dispatch others. Cancelling stays with
    // those who may dispatch.
    const auto target = m_context.store.read().assignment(assignmentId);
    const bool ownAnswer = target && actor.responderId && *actor.responderId == target->responderId &&
                           to != AssignmentStatus::Cancelled && roleOf(m_context.store.read(), actor);
    if (!ownAnswer)
        requirePermission(m_context, actor, Permission::Dispatch);
    Assignment after;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const auto before = writer.read().assignment(assignmentId);
        if (!before)
            throw DispatchError(
                QCoreApplication::translate("Dispatch", "Assignment %1 does not exist.").arg(assignmentId));
        const QDateTime now = m_context.now();
        after = steps::moveAssignment(writer, *before, to, reason, now);

        if (to == AssignmentStatus::OnScene) {
            const auto incident = writer.read().incident(before->incidentId);
            if (incident && incident->status == IncidentStatus::Dispatched) {
                Incident onScene = *incident;
                onScene.status = IncidentStatus::OnScene;
                onScene.updatedAt = now;
                writer.updateIncident(onScene);
                steps::recordIncidentChange(writer, QStringLiteral("incident.status"),
                                            IncidentEventKind::Status, displayName(IncidentStatus::OnScene),
                                            *incident, onScene);
            }
        }
    });
    emit m_context.notifier.incidentsChanged({after.incidentId});
    emit m_context.notifier.respondersChanged({after.responderId});
    return after;
}

} // namespace xiuhua::dispatch
