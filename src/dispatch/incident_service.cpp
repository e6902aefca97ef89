#include "dispatch/incident_service.h"

#include "core/entity_json.h"
#include "core/incident_number.h"
#include "core/status_rules.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/permission_guard.h"
#include "dispatch/stale_check.h"
#include "dispatch/write_steps.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

IncidentService::IncidentService(DispatchContext context, CommunityResolver communityAt)
    : m_context(std::move(context)), m_communityAt(std::move(communityAt))
{}

bool IncidentService::isPlausiblePhone(const QString& phone)
{
    // Mainland mobile (11 digits from 1), landline with area code, or a short service number.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\+?86[- ]?)?(1[3-9]\\d{9}|0\\d{2,3}[- ]?\\d{7,8}|\\d{7,8}|\\d{3,6})$"));
    return pattern.match(phone.trimmed()).hasMatch();
}

QStringList IncidentService::validate(const IncidentDraft& draft) const
{
    QStringList problems;
    if (draft.category.isEmpty())
        problems << QCoreApplication::translate("Dispatch", "Choose a category.");
    else if (!m_context.taxonomy.find(draft.category))
        problems << QCoreApplication::translate("Dispatch", "Unknown category \"%1\".").arg(draft.category);
    if (!draft.location)
        problems << QCoreApplication::translate("Dispatch",
                                                "Set the location: pick an address or click the map.");
    else if (draft.location->lon < -180 || draft.location->lon > 180 || draft.location->lat < -90 ||
             draft.location->lat > 90)
        problems << QCoreApplication::translate("Dispatch",
                                                "The location is not a valid longitude/latitude.");
    if (!draft.callerPhone.trimmed().isEmpty() && !isPlausiblePhone(draft.callerPhone))
        problems << QCoreApplication::translate(
                        "Dispatch", "The phone number \"%1\" is not a valid mainland or Shanghai number.")
                        .arg(draft.callerPhone);
    const QDateTime now = m_context.now();
    if (draft.receivedAt.isValid() && draft.receivedAt > now.addSecs(60))
        problems << QCoreApplication::translate("Dispatch", "The time received is in the future.");
    return problems;
}

Incident IncidentService::create(const Actor& actor, const IncidentDraft& draft)
{
    requirePermission(m_context, actor, Permission::CreateIncident);
    const QStringList problems = validate(draft);
    if (!problems.isEmpty())
        throw DispatchError(problems.join(QLatin1Char('\n')));

    const Category& category = *m_context.taxonomy.find(draft.category);
    const QDateTime now = m_context.now();
    Incident incident;
    incident.receivedAt = draft.receivedAt.isValid() ? draft.receivedAt : now;
    incident.source = draft.source;
    incident.callerName = draft.callerName.trimmed();
    incident.callerPhone = draft.callerPhone.trimmed();
    incident.addressText = draft.addressText; // kept exactly as typed
    incident.matchedAddress = draft.matchedAddress;
    incident.location = draft.location;
    incident.communityId = draft.communityId;
    if (!incident.communityId && incident.location && m_communityAt)
        incident.communityId = m_communityAt(*incident.location);
    incident.category = draft.category;
    incident.subcategory = draft.subcategory;
    incident.priority = draft.priority.value_or(category.defaultPriority);
    incident.followUpRequired = category.followUpRequired;
    incident.description = draft.description;
    incident.status = IncidentStatus::New;
    incident.updatedAt = now;

    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        steps::insertNewIncident(writer, incident, QStringLiteral("incident.create"),
                                 QCoreApplication::translate("Dispatch", "Incident received"));
    });
    emit m_context.notifier.incidentsChanged({incident.id});
    return incident;
}

void IncidentService::scheduleFollowUp(storage::StoreWriter& writer, const Incident& incident,
                                       const QDateTime& now) const
{
    FollowUp followUp;
    followUp.incidentId = incident.id;
    followUp.due = now.addDays(m_context.taxonomy.followUpDays());
    if (incident.communityId) {
        for (const Community& community : writer.read().communities()) {
            if (community.id == *incident.communityId)
                followUp.officerId = community.responsibleOfficerId;
        }
    }
    followUp.id = writer.insertFollowUp(followUp);
    writer.audit(
        {QStringLiteral("follow_up.create"), QStringLiteral("follow_up"), followUp.id, {}, toJson(followUp)});
    IncidentEvent event;
    event.incidentId = incident.id;
    event.at = now;
    event.kind = IncidentEventKind::Note;
    event.text =
        QCoreApplication::translate("Dispatch", "Follow-up visit due %1").arg(isoUtc(followUp.due).left(10));
    writer.appendIncidentEvent(event);
}

Incident IncidentService::resolve(const Actor& actor, Id incidentId, const IncidentOutcome& outcome)
{
    requirePermission(m_context, actor, Permission::EditIncident);
    const Disposition* disposition = m_context.taxonomy.findDisposition(outcome.dispositionCode);
    if (!disposition)
        throw DispatchError(
            QCoreApplication::translate("Dispatch", "Choose how the incident ended (disposition)."));
    Incident after;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const Incident before = load(writer, incidentId);
        if (outcome.loaded)
            refuseIfChangedSince(writer.read(), *outcome.loaded, before);
        if (!isAllowedTransition(before.status, IncidentStatus::Resolved))
            throw DispatchError(
                QCoreApplication::translate("Dispatch", "Incident %1 cannot go from \"%2\" to \"%3\".")
                    .arg(before.number, displayName(before.status), displayName(IncidentStatus::Resolved)));
        const QDateTime now = m_context.now();
        for (const Assignment& assignment : writer.read().assignmentsForIncident(incidentId)) {
            if (isActive(assignment.status))
                steps::moveAssignment(writer, assignment, AssignmentStatus::Cleared, {}, now);
        }
        after = before;
        after.status = IncidentStatus::Resolved;
        after.dispositionCode = disposition->code;
        after.disposition =
            outcome.summary.trimmed().isEmpty() ? disposition->nameZh : outcome.summary.trimmed();
        after.narrative = outcome.narrative.trimmed();
        after.peopleInvolved = outcome.peopleInvolved.trimmed();
        after.vehiclesInvolved = outcome.vehiclesInvolved.trimmed();
        if (outcome.followUpRequired)
            after.followUpRequired = *outcome.followUpRequired;
        after.updatedAt = now;
        writer.updateIncident(after);
        steps::recordIncidentChange(
            writer, QStringLiteral("incident.resolve"), IncidentEventKind::Status,
            displayName(IncidentStatus::Resolved) + QStringLiteral(" — ") + after.disposition, before, after);
    });
    emit m_context.notifier.incidentsChanged({incidentId});
    emit m_context.notifier.respondersChanged({});
    return after;
}

Incident IncidentService::correct(const Actor& actor, Id incidentId, const IncidentCorrection& correction)
{
    requirePermission(m_context, actor, Permission::EditIncident);
    if (correction.reason.trimmed().isEmpty())
        throw DispatchError(QCoreApplication::translate("Dispatch", "Give a reason for the correction."));
    if (correction.category && !m_context.taxonomy.find(*correction.category))
        throw DispatchError(
            QCoreApplication::translate("Dispatch", "Unknown category \"%1\".").arg(*correction.category));
    if (correction.callerPhone && !correction.callerPhone->trimmed().isEmpty() &&
        !isPlausiblePhone(*correction.callerPhone))
        throw DispatchError(
            QCoreApplication::translate("Dispatch",
                                        "The phone number \"%1\" is not a valid mainland or Shanghai number.")
                .arg(*correction.callerPhone));
    Incident after;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const Incident before = load(writer, incidentId);
        if (correction.loaded)
            refuseIfChangedSince(writer.read(), *correction.loaded, before);
        after = before;
        after.addressText = correction.addressText.value_or(before.addressText);
        after.matchedAddress = correction.matchedAddress.value_or(before.matchedAddress);
        if (correction.location) {
            after.location = correction.location;
            after.locationUnconfirmed = false; // the dispatcher set or checked it

            if (m_communityAt)
                after.communityId = m_communityAt(*correction.location);
        }
        after.category = correction.category.value_or(before.category);
        after.subcategory = correction.subcategory.value_or(before.subcategory);
        after.priority = correction.priority.value_or(before.priority);
        after.callerName = correction.callerName.value_or(before.callerName);
        after.callerPhone = correction.callerPhone.value_or(before.callerPhone);
        after.description = correction.description.value_or(before.description);
        if (toJson(after) == toJson(before))
            throw DispatchError(QCoreApplication::translate("Dispatch", "The correction changes nothing."));
        after.updatedAt = m_context.now();
        writer.updateIncident(after);
        steps::recordIncidentChange(
            writer, QStringLiteral("incident.correct"), IncidentEventKind::Edit,
            QCoreApplication::translate("Dispatch", "Corrected: %1").arg(correction.reason.trimmed()), before,
            after);
    });
    emit m_context.notifier.incidentsChanged({incidentId});
    return after;
}

void IncidentService::linkDuplicateCall(const Actor& actor, Id existingIncidentId, const IncidentDraft& call)
{
    requirePermission(m_context, actor, Permission::CreateIncident);
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const Incident existing = load(writer, existingIncidentId);
        IncidentEvent event;
        event.incidentId = existing.id;
        event.at = call.receivedAt.isValid() ? call.receivedAt : m_context.now();
        event.kind = IncidentEventKind::Note;
        QStringList parts{QCoreApplication::translate("Dispatch", "Another call about this incident")};
        if (!call.callerName.trimmed().isEmpty() || !call.callerPhone.trimmed().isEmpty())
            parts << QStringLiteral("%1 %2")
                         .arg(call.callerName.trimmed(), call.callerPhone.trimmed())
                         .trimmed();
        if (!call.addressText.trimmed().isEmpty())
            parts << call.addressText.trimmed();
        if (!call.description.trimmed().isEmpty())
            parts << call.description.trimmed();
        event.text = parts.join(QStringLiteral(" — "));
        writer.appendIncidentEvent(event);
        writer.audit({QStringLiteral("incident.duplicate_call"),
                      QStringLiteral("incident"),
                      existing.id,
                      {},
                      QJsonObject{{QStringLiteral("caller_name"), call.callerName},
                                  {QStringLiteral("caller_phone"), call.callerPhone},
                                  {QStringLiteral("address_text"), call.addressText},
                                  {QStringLiteral("description"), call.description},
                                  {QStringLiteral("source"), toCode(call.source)}}});
    });
    emit m_context.notifier.incidentsChanged({existingIncidentId});
}

Incident IncidentService::load(const storage::StoreWriter& writer, Id incidentId) const
{
    auto incident = writer.read().incident(incidentId);
    if (!incident)
        throw DispatchError(
            QCoreApplication::translate("Dispatch", "Incident %1 does not exist.").arg(incidentId));
    return *incident;
}

Incident IncidentService::changeStatus(const Actor& actor, Id incidentId, IncidentStatus to,
                                       const QString& reason, const std::optional<Incident>& loaded)
{
    requirePermission(m_context, actor, Permission::EditIncident);
    Incident after;
    QList<qint64> touchedResponders;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        const Incident before = load(writer, incidentId);
        if (loaded)
            refuseIfChangedSince(writer.read(), *loaded, before);
        if (!isAllowedTransition(before.status, to)) {
            throw DispatchError(
                QCoreApplication::translate("Dispatch", "Incident %1 cannot go from \"%2\" to \"%3\".")
                    .arg(before.number, displayName(before.status), displayName(to)));
        }
        if ((to == IncidentStatus::Cancelled || isReopen(before.status, to)) && reason.trimmed().isEmpty())
            throw DispatchError(QCoreApplication::translate("Dispatch", "Give a reason for this change."));
        const QDateTime now = m_context.now();

        // Closing, resolving or cancelling ends every active assignment and frees the responders.
        if (!isOpen(to)) {
            const AssignmentStatus end =
                to == IncidentStatus::Cancelled ? AssignmentStatus::Cancelled : AssignmentStatus::Cleared;
            const QString why = to == IncidentStatus::Cancelled ? reason : QString();
            for (const Assignment& assignment : writer.read().assignmentsForIncident(incidentId)) {
                if (isActive(assignment.status)) {
                    steps::moveAssignment(writer, assignment, end,
                                          why.isEmpty() && end == AssignmentStatus::Cancelled
                                              ? QCoreApplication::translate("Dispatch", "incident cancelled")
                                              : why,
                                          now);
                    touchedResponders << assignment.responderId;
                }
            }
        }

        after = before;
        after.status = to;
        after.updatedAt = now;
        if (to == IncidentStatus::Resolved && !reason.trimmed().isEmpty())
            after.disposition = reason.trimmed();
        writer.updateIncident(after);
        // Closing a preventable crime (the category says so) books the follow-up visit, once.
        if (to == IncidentStatus::Closed && after.followUpRequired &&
            writer.read().followUpsForIncident(incidentId).empty())
            scheduleFollowUp(writer, after, now);
        const QString action = isReopen(before.status, to) ? QStringLiteral("incident.reopen")
                                                           : QStringLiteral("incident.status");
        QString text = displayName(to);
        if (!reason.trimmed().isEmpty())
            text += QStringLiteral(" — ") + reason.trimmed();
        steps::recordIncidentChange(writer, action, IncidentEventKind::Status, text, before, after);
    });
    emit m_context.notifier.incidentsChanged({incidentId});
    if (!touchedResponders.isEmpty())
        emit m_context.notifier.respondersChanged(touchedResponders);
    return after;
}

void IncidentService::addNote(const Actor& actor, Id incidentId, const QString& text)
{
    requirePermission(m_context, actor, Permission::EditIncident);
    if (text.trimmed().isEmpty())
        throw DispatchError(QCoreApplication::translate("Dispatch", "A note cannot be empty."));
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        load(writer, incidentId); // refuses notes on an incident that does not exist
        IncidentEvent event;
        event.incidentId = incidentId;
        event.at = m_context.now();
        event.kind = IncidentEventKind::Note;
        event.text = text.trimmed();
        writer.appendIncidentEvent(event);
        writer.audit({QStringLiteral("incident.note"),
                      QStringLiteral("incident"),
                      incidentId,
                      {},
                      QJsonObject{{QStringLiteral("note"), event.text}}});
    });
    emit m_context.notifier.incidentsChanged({incidentId});
}

} // namespace xiuhua::dispatch
