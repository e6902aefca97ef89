#include "dispatch/write_steps.h"

#include "core/entity_json.h"
#include "core/incident_number.h"
#include "core/status_rules.h"
#include "dispatch/dispatch_error.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace xiuhua::dispatch::steps {

using namespace xiuhua::core;

void recordIncidentChange(storage::StoreWriter& writer, const QString& action, IncidentEventKind kind,
                          const QString& text, const Incident& before, const Incident& after)
{
    const QJsonObject beforeJson = before.id ? toJson(before) : QJsonObject();
    const QJsonObject afterJson = toJson(after);
    IncidentEvent event;
    event.incidentId = after.id;
    event.at = after.updatedAt;
    event.kind = kind;
    event.text = text;
    event.beforeJson = beforeJson.isEmpty() ? QString() : toCanonicalText(beforeJson);
    event.afterJson = toCanonicalText(afterJson);
    writer.appendIncidentEvent(event);
    writer.audit({action, QStringLiteral("incident"), after.id, beforeJson, afterJson});
}

void insertNewIncident(storage::StoreWriter& writer, Incident& incident, const QString& action,
                       const QString& text)
{
    if (const auto shift = writer.read().shiftAt(incident.receivedAt))
        incident.shiftId = shift->id;
    // Numbers follow the station's local calendar day (Asia/Shanghai).
    const QDate localDay = incident.receivedAt.toTimeZone(QTimeZone("Asia/Shanghai")).date();
    incident.number = formatIncidentNumber(localDay, writer.nextIncidentSequence(localDay));
    incident.id = writer.insertIncident(incident);
    recordIncidentChange(writer, action, IncidentEventKind::Status, text, Incident{}, incident);
}

Assignment moveAssignment(storage::StoreWriter& writer, const Assignment& assignment, AssignmentStatus to,
                          const QString& reason, const QDateTime& now)
{
    if (!isAllowedTransition(assignment.status, to)) {
        throw DispatchError(
            QCoreApplication::translate("Dispatch", "An assignment cannot go from \"%1\" to \"%2\".")
                .arg(displayName(assignment.status), displayName(to)));
    }
    if (to == AssignmentStatus::Cancelled && reason.trimmed().isEmpty())
        throw DispatchError(
            QCoreApplication::translate("Dispatch", "Cancelling an assignment needs a reason."));

    Assignment after = assignment;
    after.status = to;
    switch (to) {
    case AssignmentStatus::Acknowledged:
        after.acknowledgedAt = now;
        break;
    case AssignmentStatus::EnRoute:
        after.enRouteAt = now;
        break;
    case AssignmentStatus::OnScene:
        after.onSceneAt = now;
        break;
    case AssignmentStatus::Cleared:
        after.clearedAt = now;
        break;
    case AssignmentStatus::Cancelled:
        after.cancelledAt = now;
        after.cancelReason = reason.trimmed();
        break;
    case AssignmentStatus::Dispatched:
        break;
    }
    writer.updateAssignment(after);

    IncidentEvent event;
    event.incidentId = assignment.incidentId;
    event.at = now;
    event.kind = IncidentEventKind::Assignment;
    const auto responder = writer.read().responder(assignment.responderId);
    event.text = QCoreApplication::translate("Dispatch", "%1: %2")
                     .arg(responder ? responder->name : QString(), displayName(to));
    if (!reason.trimmed().isEmpty())
        event.text += QStringLiteral(" — ") + reason.trimmed();
    event.beforeJson = toCanonicalText(toJson(assignment));
    event.afterJson = toCanonicalText(toJson(after));
    writer.appendIncidentEvent(event);
    writer.audit({QStringLiteral("assignment.") + toCode(to), QStringLiteral("assignment"), after.id,
                  toJson(assignment), toJson(after)});

    if (!isActive(to))
        releaseResponderIfIdle(writer, assignment.responderId, now);
    return after;
}

void setResponderStatus(storage::StoreWriter& writer, const Responder& responder, ResponderStatus status,
                        const QDateTime& now, const QString& action)
{
    Responder after = responder;
    after.status = status;
    after.statusSince = now;
    writer.updateResponder(after);
    writer.audit({action, QStringLiteral("responder"), responder.id, toJson(responder), toJson(after)});
}

void releaseResponderIfIdle(storage::StoreWriter& writer, Id responderId, const QDateTime& now)
{
    if (!writer.read().activeAssignmentsOf({responderId}).empty())
        return;
    const auto responder = writer.read().responder(responderId);
    if (responder && responder->status == ResponderStatus::Busy)
        setResponderStatus(writer, *responder, ResponderStatus::Available, now,
                           QStringLiteral("responder.released"));
}

} // namespace xiuhua::dispatch::steps
