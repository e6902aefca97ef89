#include "core/entity_json.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace xiuhua::core {
namespace {

QJsonValue optionalId(const std::optional<Id>& id)
{
    return id ? QJsonValue(static_cast<qint64>(*id)) : QJsonValue(QJsonValue::Null);
}

QJsonValue time(const QDateTime& value)
{
    return value.isValid() ? QJsonValue(isoUtc(value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue point(const GeoPoint& location)
{
    return QJsonArray{location.lon, location.lat};
}

} // namespace

QString isoUtc(const QDateTime& value)
{
    return value.isValid() ? value.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString toCanonicalText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject toJson(const Community& c)
{
    return {{"id", c.id},
            {"name", c.name},
            {"name_en", c.nameEn},
            {"population", c.population},
            {"households", c.households},
            {"responsible_officer_id", optionalId(c.responsibleOfficerId)}};
}

QJsonObject toJson(const Post& p)
{
    return {{"id", p.id},
            {"name", p.name},
            {"kind", toCode(p.kind)},
            {"location", point(p.location)},
            {"community_id", optionalId(p.communityId)},
            {"phone", p.phone},
            {"opening_hours", p.openingHours}};
}

QJsonObject toJson(const FireStation& s)
{
    return {{"id", s.id},
            {"name", s.name},
            {"location", point(s.location)},
            {"community_id", optionalId(s.communityId)},
            {"crew_size", s.crewSize},
            {"equipment", s.equipment},
            {"status", s.status}};
}

QJsonObject toJson(const Camera& c)
{
    return {{"id", c.id},
            {"name", c.name},
            {"location", point(c.location)},
            {"community_id", optionalId(c.communityId)},
            {"road_name", c.roadName}};
}

QJsonObject toJson(const Responder& r)
{
    return {{"id", r.id},
            {"kind", toCode(r.kind)},
            {"badge_no", r.badgeNo},
            {"name", r.name},
            {"phone", r.phone},
            {"home_post_id", optionalId(r.homePostId)},
            {"fire_station_id", optionalId(r.fireStationId)},
            {"status", toCode(r.status)},
            {"status_since", time(r.statusSince)},
            {"last_position", r.lastPosition ? point(*r.lastPosition) : QJsonValue(QJsonValue::Null)},
            {"position_at", time(r.positionAt)}};
}

QJsonObject toJson(const Shift& s)
{
    QJsonArray dispatchers;
    for (Id id : s.dispatcherIds)
        dispatchers.append(static_cast<qint64>(id));
    return {{"id", s.id},
            {"name", s.name},
            {"starts_at", time(s.startsAt)},
            {"ends_at", time(s.endsAt)},
            {"supervisor_id", optionalId(s.supervisorId)},
            {"dispatcher_ids", dispatchers},
            {"handover_notes", s.handoverNotes},
            {"opened_at", time(s.openedAt)},
            {"closed_at", time(s.closedAt)},
            {"signed_off_by", optionalId(s.signedOffBy)},
            {"signed_off_at", time(s.signedOffAt)},
            {"closed_by", optionalId(s.closedBy)},
            {"handover_acknowledged_by", optionalId(s.handoverAcknowledgedBy)},
            {"handover_acknowledged_at", time(s.handoverAcknowledgedAt)}};
}

QJsonObject toJson(const RosterEntry& e)
{
    return {{"id", e.id},           {"shift_id", e.shiftId}, {"responder_id", e.responderId},
            {"from", time(e.from)}, {"to", time(e.to)},      {"in_community", e.inCommunity},
            {"note", e.note}};
}

QJsonObject toJson(const SignedShiftReport& r)
{
    return {{"id", r.id},
            {"shift_id", r.shiftId},
            {"signed_by", r.signedBy},
            {"signed_at", time(r.signedAt)},
            {"content_sha256", r.contentSha256},
            {"pdf_bytes", static_cast<qint64>(r.pdf.size())}};
}

QJsonObject toJson(const Incident& i)
{
    QJsonObject json{{"id", i.id},
                     {"number", i.number},
                     {"received_at", time(i.receivedAt)},
                     {"source", toCode(i.source)},
                     {"caller_name", i.callerName},
                     {"caller_phone", i.callerPhone},
                     {"address_text", i.addressText},
                     {"matched_address", i.matchedAddress},
                     {"location", i.location ? point(*i.location) : QJsonValue(QJsonValue::Null)},
                     {"community_id", optionalId(i.communityId)},
                     {"category", i.category},
                     {"subcategory", i.subcategory},
                     {"priority", toCode(i.priority)},
                     {"status", toCode(i.status)},
                     {"description", i.description},
                     {"disposition_code", i.dispositionCode},
                     {"disposition", i.disposition},
                     {"people_involved", i.peopleInvolved},
                     {"vehicles_involved", i.vehiclesInvolved},
                     {"linked_incident_id", optionalId(i.linkedIncidentId)},
                     {"narrative", i.narrative},
                     {"follow_up_required", i.followUpRequired},
                     {"shift_id", optionalId(i.shiftId)}};
    // Only when present, so the records of incidents typed at the station stay as they were.
    if (i.transfer) {
        json.insert(QStringLiteral("transfer"), QJsonObject{{"number", i.transfer->number},
                                                            {"received_at", time(i.transfer->receivedAt)},
                                                            {"origin", i.transfer->origin},
                                                            {"call_taker", i.transfer->callTaker},
                                                            {"notes", i.transfer->notes}});
    }
    if (i.locationUnconfirmed)
        json.insert(QStringLiteral("location_unconfirmed"), true);
    return json;
}

QJsonObject toJson(const Assignment& a)
{
    return {{"id", a.id},
            {"incident_id", a.incidentId},
            {"responder_id", a.responderId},
            {"status", toCode(a.status)},
            {"dispatched_at", time(a.dispatchedAt)},
            {"acknowledged_at", time(a.acknowledgedAt)},
            {"en_route_at", time(a.enRouteAt)},
            {"on_scene_at", time(a.onSceneAt)},
            {"cleared_at", time(a.clearedAt)},
            {"cancelled_at", time(a.cancelledAt)},
            {"cancel_reason", a.cancelReason}};
}

QJsonObject toJson(const FollowUp& f)
{
    return {{"id", f.id},
            {"incident_id", f.incidentId},
            {"due", time(f.due)},
            {"officer_id", optionalId(f.officerId)},
            {"done_at", time(f.doneAt)},
            {"result", f.result},
            {"satisfaction", f.satisfaction ? QJsonValue(*f.satisfaction) : QJsonValue(QJsonValue::Null)}};
}

QJsonObject toJson(const Hazard& h)
{
    return {{"id", h.id},
            {"location", point(h.location)},
            {"kind", h.kind},
            {"description", h.description},
            {"found_at", time(h.foundAt)},
            {"found_by", optionalId(h.foundBy)},
            {"rectified_at", time(h.rectifiedAt)},
            {"note", h.note}};
}

} // namespace xiuhua::core
