#include "dispatch/shift_service.h"

#include "core/entity_json.h"
#include "dispatch/dispatch_error.h"
#include "dispatch/permission_guard.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace xiuhua::dispatch {

using namespace xiuhua::core;

namespace {

constexpr qint64 maxShiftSeconds = 24 * 3600;
constexpr qint64 maxRosterSeconds = 16 * 3600;
// How far a responder's own hours may lie outside the shift's clock (staggered hours).
constexpr qint64 rosterSlackSeconds = 12 * 3600;

QJsonArray idArray(const std::vector<Id>& ids)
{
    QJsonArray array;
    for (Id id : ids)
        array.append(static_cast<qint64>(id));
    return array;
}

std::vector<Id> idsFrom(const QJsonValue& value)
{
    std::vector<Id> ids;
    for (const QJsonValue& id : value.toArray())
        ids.push_back(id.toInteger());
    return ids;
}

QJsonObject toJson(const Handover& handover)
{
    return {{"open_incident_ids", idArray(handover.openIncidentIds)},
            {"due_follow_up_ids", idArray(handover.dueFollowUpIds)},
            {"open_hazard_ids", idArray(handover.openHazardIds)},
            {"notes", handover.notes}};
}

bool overlaps(const RosterEntry& a, const RosterEntry& b)
{
    return a.from < b.to && b.from < a.to;
}

} // namespace

ShiftService::ShiftService(DispatchContext context) : m_context(std::move(context)) {}

Shift ShiftService::editableShift(const storage::StoreReader& reader, Id shiftId) const
{
    const auto shift = reader.shift(shiftId);
    if (!shift)
        throw DispatchError(tr("Shift %1 does not exist.").arg(shiftId));
    if (shift->isSigned())
        throw DispatchError(tr("Shift %1 is signed off; it can no longer be changed.").arg(shift->name));
    return *shift;
}

Shift ShiftService::open(const Actor& actor, const ShiftPlan& plan)
{
    if (plan.name.trimmed().isEmpty())
        throw DispatchError(tr("Give the shift a name."));
    if (!plan.startsAt.isValid() || !plan.endsAt.isValid() || plan.endsAt <= plan.startsAt)
        throw DispatchError(tr("A shift must end after it starts."));
    if (plan.startsAt.secsTo(plan.endsAt) > maxShiftSeconds)
        throw DispatchError(tr("A shift cannot last more than 24 hours."));
    Shift shift;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        requirePermission(writer.read(), actor, Permission::OpenCloseShift);
        for (const Shift& other : writer.read().shifts()) {
            if (other.startsAt < plan.endsAt && plan.startsAt < other.endsAt)
                throw DispatchError(tr("The shift overlaps shift %1.").arg(other.name));
        }
        shift.name = plan.name.trimmed();
        shift.startsAt = plan.startsAt.toUTC();
        shift.endsAt = plan.endsAt.toUTC();
        shift.supervisorId = plan.supervisorId;
        shift.dispatcherIds = plan.dispatcherIds;
        shift.openedAt = m_context.now();
        shift.id = writer.insertShift(shift);
        writer.audit({QStringLiteral("shift.open"), QStringLiteral("shift"), shift.id, {}, toJson(shift)});
    });
    emit m_context.notifier.shiftsChanged();
    return shift;
}

Shift ShiftService::setStaff(const Actor& actor, Id shiftId, std::optional<Id> supervisorId,
                             const std::vector<Id>& dispatcherIds)
{
    Shift after;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        requirePermission(writer.read(), actor, Permission::OpenCloseShift);
        const Shift before = editableShift(writer.read(), shiftId);
        after = before;
        after.supervisorId = supervisorId;
        after.dispatcherIds = dispatcherIds;
        writer.updateShift(after);
        writer.audit(
            {QStringLiteral("shift.staff"), QStringLiteral("shift"), shiftId, toJson(before), toJson(after)});
    });
    emit m_context.notifier.shiftsChanged();
    return after;
}

void ShiftService::validateRosterEntry(const storage::StoreReader& reader, const Shift& shift,
                                       const RosterEntry& entry) const
{
    const auto responder = reader.responder(entry.responderId);
    if (!responder)
        throw DispatchError(tr("Responder %1 does not exist.").arg(entry.responderId));
    if (!entry.from.isValid() || !entry.to.isValid() || entry.to <= entry.from)
        throw DispatchError(tr("%1's hours must end after they start.").arg(responder->name));
    if (entry.from.secsTo(entry.to) > maxRosterSeconds)
        throw DispatchError(tr("%1's hours are longer than 16 hours.").arg(responder->name));
    if (entry.to <= shift.startsAt.addSecs(-rosterSlackSeconds) ||
        entry.from >= shift.endsAt.addSecs(rosterSlackSeconds))
        throw DispatchError(tr("%1's hours lie too far outside the shift.").arg(responder->name));
    for (const RosterEntry& other : reader.roster(shift.id)) {
        if (other.id != entry.id && other.responderId == entry.responderId && overlaps(other, entry))
            throw DispatchError(tr("%1 is already rostered at that time.").arg(responder->name));
    }
}

RosterEntry ShiftService::addRosterEntry(const Actor& actor, RosterEntry entry)
{
    entry.note = entry.note.trimmed();
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        requirePermission(writer.read(), actor, Permission::EditRoster);
        const Shift shift = editableShift(writer.read(), entry.shiftId);
        validateRosterEntry(writer.read(), shift, entry);
        entry.id = writer.insertRosterEntry(entry);
        writer.audit(
            {QStringLiteral("roster.add"), QStringLiteral("roster_entry"), entry.id, {}, toJson(entry)});
    });
    emit m_context.notifier.shiftsChanged();
    emit m_context.notifier.respondersChanged({entry.responderId});
    return entry;
}

RosterEntry ShiftService::updateRosterEntry(const Actor& actor, const RosterEntry& entry)
{
    RosterEntry after = entry;
    after.note = after.note.trimmed();
    std::optional<Id> previousResponder;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        requirePermission(writer.read(), actor, Permission::EditRoster);
        const Shift shift = editableShift(writer.read(), entry.shiftId);
        const auto roster = writer.read().roster(shift.id);
        const auto before = std::find_if(roster.begin(), roster.end(),
                                         [&](const RosterEntry& e) { return e.id == entry.id; });
        if (before == roster.end())
            throw DispatchError(tr("This roster entry does not exist in shift %1.").arg(shift.name));
        validateRosterEntry(writer.read(), shift, after);
        previousResponder = before->responderId;
        writer.updateRosterEntry(after);
        writer.audit({QStringLiteral("roster.edit"), QStringLiteral("roster_entry"), after.id,
                      toJson(*before), toJson(after)});
    });
    emit m_context.notifier.shiftsChanged();
    emit m_context.notifier.respondersChanged({after.responderId, *previousResponder});
    return after;
}

void ShiftService::removeRosterEntry(const Actor& actor, Id shiftId, Id entryId)
{
    Id responderId = 0;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        requirePermission(writer.read(), actor, Permission::EditRoster);
        const Shift shift = editableShift(writer.read(), shiftId);
        const auto roster = writer.read().roster(shift.id);
        const auto entry =
            std::find_if(roster.begin(), roster.end(), [&](const RosterEntry& e) { return e.id == entryId; });
        if (entry == roster.end())
            throw DispatchError(tr("This roster entry does not exist in shift %1.").arg(shift.name));
        responderId = entry->responderId;
        writer.deleteRosterEntry(entryId);
        writer.audit(
            {QStringLiteral("roster.remove"), QStringLiteral("roster_entry"), entryId, toJson(*entry), {}});
    });
    emit m_context.notifier.shiftsChanged();
    emit m_context.notifier.respondersChanged({responderId});
}

int ShiftService::copyRoster(const Actor& actor, Id fromShiftId, Id toShiftId)
{
    int added = 0;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        requirePermission(writer.read(), actor, Permission::EditRoster);
        const auto source = writer.read().shift(fromShiftId);
        if (!source)
            throw DispatchError(tr("Shift %1 does not exist.").arg(fromShiftId));
        const Shift target = editableShift(writer.read(), toShiftId);
        const qint64 offset = source->startsAt.secsTo(target.startsAt);
        std::vector<Id> alreadyRostered;
        for (const RosterEntry& entry : writer.read().roster(target.id))
            alreadyRostered.push_back(entry.responderId);
        for (RosterEntry entry : writer.read().roster(source->id)) {
            if (std::find(alreadyRostered.begin(), alreadyRostered.end(), entry.responderId) !=
                alreadyRostered.end())
                continue;
            entry.id = 0;
            entry.shiftId = target.id;
            entry.from = entry.from.addSecs(offset);
            entry.to = entry.to.addSecs(offset);
            validateRosterEntry(writer.read(), target, entry);
            entry.id = writer.insertRosterEntry(entry);
            ++added;
        }
        if (added == 0)
            throw DispatchError(
                tr("Nothing to copy: everyone in shift %1 is already rostered.").arg(source->name));
        writer.audit({QStringLiteral("roster.copy"),
                      QStringLiteral("shift"),
                      target.id,
                      {},
                      {{"from_shift_id", source->id}, {"entries_added", added}}});
    });
    emit m_context.notifier.shiftsChanged();
    emit m_context.notifier.respondersChanged({});
    return added;
}

std::optional<Shift> ShiftService::previousDayShift(Id shiftId) const
{
    const auto& reader = m_context.store.read();
    const auto shift = reader.shift(shiftId);
    if (!shift)
        return std::nullopt;
    const QDateTime dayBefore = shift->startsAt.addDays(-1);
    for (const Shift& other : reader.shifts()) {
        if (other.startsAt == dayBefore)
            return other;
    }
    return std::nullopt;
}

Handover ShiftService::pendingHandover() const
{
    return collectHandover(m_context.store.read());
}

Handover ShiftService::collectHandover(const storage::StoreReader& reader) const
{
    Handover handover;
    storage::IncidentQuery open;
    open.openOnly = true;
    for (const Incident& incident : reader.incidents(open))
        handover.openIncidentIds.push_back(incident.id);
    // Follow-ups due within the next day are the next shift's to arrange.
    const QDateTime horizon = m_context.now().addDays(1);
    for (const FollowUp& followUp : reader.openFollowUps()) {
        if (followUp.due <= horizon)
            handover.dueFollowUpIds.push_back(followUp.id);
    }
    for (const Hazard& hazard : reader.hazards()) {
        if (!hazard.rectifiedAt.isValid())
            handover.openHazardIds.push_back(hazard.id);
    }
    return handover;
}

Shift ShiftService::close(const Actor& actor, Id shiftId, const QString& handoverNotes)
{
    Shift after;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        requirePermission(writer.read(), actor, Permission::OpenCloseShift);
        const Shift before = editableShift(writer.read(), shiftId);
        if (before.closedAt.isValid())
            throw DispatchError(tr("Shift %1 is already closed.").arg(before.name));
        Handover handover = collectHandover(writer.read());
        handover.notes = handoverNotes.trimmed();
        after = before;
        after.closedAt = m_context.now();
        after.closedBy = actor.responderId;
        after.handoverNotes = handover.notes;
        writer.updateShift(after);
        QJsonObject image = toJson(after);
        image.insert(QStringLiteral("handover"), toJson(handover));
        writer.audit(
            {QStringLiteral("shift.close"), QStringLiteral("shift"), shiftId, toJson(before), image});
    });
    emit m_context.notifier.shiftsChanged();
    emit m_context.notifier.shiftClosed(shiftId);
    return after;
}

std::optional<Handover> ShiftService::recordedHandover(Id shiftId) const
{
    return dispatch::recordedHandover(m_context.store.read(), shiftId);
}

std::optional<Handover> recordedHandover(const storage::StoreReader& reader, Id shiftId)
{
    for (const AuditEvent& event : reader.auditEvents(QStringLiteral("shift"), shiftId, 50)) {
        if (event.action != QLatin1String("shift.close"))
            continue;
        const QJsonObject image = QJsonDocument::fromJson(event.afterJson.toUtf8()).object();
        const QJsonObject json = image.value(QStringLiteral("handover")).toObject();
        Handover handover;
        handover.openIncidentIds = idsFrom(json.value(QStringLiteral("open_incident_ids")));
        handover.dueFollowUpIds = idsFrom(json.value(QStringLiteral("due_follow_up_ids")));
        handover.openHazardIds = idsFrom(json.value(QStringLiteral("open_hazard_ids")));
        handover.notes = json.value(QStringLiteral("notes")).toString();
        return handover;
    }
    return std::nullopt;
}

Shift ShiftService::acknowledgeHandover(const Actor& actor, Id shiftId)
{
    Shift after;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        requirePermission(writer.read(), actor, Permission::OpenCloseShift);
        const auto before = writer.read().shift(shiftId);
        if (!before)
            throw DispatchError(tr("Shift %1 does not exist.").arg(shiftId));
        if (!before->closedAt.isValid())
            throw DispatchError(tr("Shift %1 has not been handed over yet.").arg(before->name));
        if (before->handoverAcknowledgedAt.isValid())
            throw DispatchError(tr("The hand-over of shift %1 is already acknowledged.").arg(before->name));
        if (actor.responderId && before->closedBy == actor.responderId)
            throw DispatchError(tr("The incoming supervisor acknowledges the hand-over, not the one who "
                                   "handed over."));
        after = *before;
        after.handoverAcknowledgedBy = actor.responderId;
        after.handoverAcknowledgedAt = m_context.now();
        writer.updateShift(after);
        writer.audit({QStringLiteral("shift.acknowledge_handover"), QStringLiteral("shift"), shiftId,
                      toJson(*before), toJson(after)});
    });
    emit m_context.notifier.shiftsChanged();
    return after;
}

SignedShiftReport ShiftService::sign(const Actor& actor, Id shiftId, const QString& contentSha256,
                                     const QByteArray& pdf)
{
    if (!actor.responderId)
        throw DispatchError(tr("A shift report is signed by a supervisor, not by the system."));
    if (contentSha256.size() != 64 || pdf.isEmpty())
        throw DispatchError(tr("The report to sign is incomplete."));
    SignedShiftReport report;
    m_context.store.transact(actor, [&](storage::StoreWriter& writer) {
        requirePermission(writer.read(), actor, Permission::SignShiftReport);
        const Shift before = editableShift(writer.read(), shiftId);
        if (!before.closedAt.isValid())
            throw DispatchError(tr("Close shift %1 before signing its report.").arg(before.name));
        report = {0, shiftId, *actor.responderId, m_context.now(), contentSha256.toLower(), pdf};
        report.id = writer.insertSignedReport(report);
        Shift after = before;
        after.signedOffBy = actor.responderId;
        after.signedOffAt = report.signedAt;
        writer.updateShift(after);
        QJsonObject image = toJson(after);
        image.insert(QStringLiteral("report"), toJson(report));
        writer.audit({QStringLiteral("shift.sign"), QStringLiteral("shift"), shiftId, toJson(before), image});
    });
    emit m_context.notifier.shiftsChanged();
    return report;
}

} // namespace xiuhua::dispatch
