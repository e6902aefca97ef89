#include "storage/sql_writer.h"

#include "core/entity_json.h"
#include "core/incident_number.h"
#include "storage/audit_chain.h"
#include "storage/sql_reader.h"

#include <QJsonDocument>

namespace xiuhua::storage {

using namespace xiuhua::core;

namespace {

Statement& bindPoint(Statement& s, int index, const std::optional<GeoPoint>& point)
{
    if (point)
        return s.bind(index, point->lon).bind(index + 1, point->lat);
    return s.bindNull(index).bindNull(index + 1);
}

QString jsonOrNull(const QJsonObject& object)
{
    return object.isEmpty() ? QString() : toCanonicalText(object);
}

} // namespace

SqlWriter::SqlWriter(SqlConnection& db, const SqlReader& reader, const Actor& actor, QDateTime now,
                     std::optional<AuditChainTail> chainTail)
    : m_db(db), m_reader(reader), m_actor(actor), m_now(std::move(now)), m_chainTail(std::move(chainTail))
{}

const StoreReader& SqlWriter::read() const
{
    return m_reader;
}

namespace {

// The six transfer columns from `index` on: NULL number and time for an incident typed at the station.
void bindTransfer(Statement& s, int index, const Incident& i)
{
    const std::optional<TransferMark>& t = i.transfer;
    if (t)
        s.bind(index, t->number).bind(index + 1, t->receivedAt);
    else
        s.bindNull(index, SqlType::Text).bindNull(index + 1, SqlType::Time);
    s.bind(index + 2, t ? t->origin : QString())
        .bind(index + 3, t ? t->callTaker : QString())
        .bind(index + 4, t ? t->notes : QString())
        .bind(index + 5, i.locationUnconfirmed);
}

} // namespace

Id SqlWriter::insertRejectedTransfer(const RejectedTransfer& r)
{
    Statement s(m_db,
                "INSERT INTO rejected_transfer (received_at, origin, reason, transfer_number, document) "
                "VALUES (?, ?, ?, ?, ?) RETURNING id");
    s.bind(1, r.receivedAt.isValid() ? r.receivedAt : m_now).bind(2, r.origin).bind(3, r.reason);
    s.bind(4, r.transferNumber).bind(5, r.document);
    return insert(s);
}

Id SqlWriter::insert(Statement& statement)
{
    // RETURNING id on both engines (SQLite 3.35+), so neither asks its connection for the last rowid.
    if (!statement.step())
        throw StorageError(StorageError::Kind::Sql, "an insert returned no id");
    const Id id = statement.int64(0);
    statement.run();
    return id;
}

void SqlWriter::requireOneRow(const char* what, Id id)
{
    if (m_db.changes() != 1)
        throw StorageError(StorageError::Kind::Invalid,
                           std::string("no ") + what + " with id " + std::to_string(id) + " to update");
}

Id SqlWriter::insertCommunity(const Community& c)
{
    Statement s(m_db, "INSERT INTO community (id, name, name_en, boundary_wkt, population, households, "
                      "responsible_officer_id) VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id");
    s.bind(1, c.id).bind(2, c.name).bind(3, c.nameEn).bind(4, c.boundaryWkt).bind(5, c.population);
    s.bind(6, c.households).bind(7, c.responsibleOfficerId);
    return insert(s);
}

void SqlWriter::setResponsibleOfficer(Id communityId, std::optional<Id> responderId)
{
    Statement s(m_db, "UPDATE community SET responsible_officer_id = ?2 WHERE id = ?1");
    s.bind(1, communityId).bind(2, responderId);
    s.run();
    requireOneRow("community", communityId);
}

Id SqlWriter::insertPost(const Post& p)
{
    Statement s(m_db,
                "INSERT INTO post (id, name, name_en, kind, lon, lat, community_id, phone, opening_hours) "
                "VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id");
    s.bind(1, p.id).bind(2, p.name).bind(3, p.nameEn).bind(4, toCode(p.kind));
    bindPoint(s, 5, p.location).bind(7, p.communityId).bind(8, p.phone).bind(9, p.openingHours);
    return insert(s);
}

Id SqlWriter::insertFireStation(const FireStation& f)
{
    Statement s(m_db,
                "INSERT INTO fire_station (id, name, name_en, lon, lat, community_id, crew_size, equipment, "
                "status) VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING id");
    s.bind(1, f.id).bind(2, f.name).bind(3, f.nameEn);
    bindPoint(s, 4, f.location)
        .bind(6, f.communityId)
        .bind(7, f.crewSize)
        .bind(8, f.equipment)
        .bind(9, f.status);
    return insert(s);
}

Id SqlWriter::insertCamera(const Camera& c)
{
    Statement s(m_db, "INSERT INTO camera (id, name, lon, lat, community_id, road_name) "
                      "VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5, ?6) RETURNING id");
    s.bind(1, c.id).bind(2, c.name);
    bindPoint(s, 3, c.location).bind(5, c.communityId).bind(6, c.roadName);
    return insert(s);
}

Id SqlWriter::insertResponder(const Responder& r)
{
    Statement s(
        m_db,
        "INSERT INTO responder (id, kind, badge_no, name, phone, home_post_id, fire_station_id, status, "
        "status_since, last_lon, last_lat, position_at) "
        "VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) RETURNING id");
    s.bind(1, r.id).bind(2, toCode(r.kind)).bind(3, r.badgeNo).bind(4, r.name).bind(5, r.phone);
    s.bind(6, r.homePostId).bind(7, r.fireStationId).bind(8, toCode(r.status)).bind(9, r.statusSince);
    bindPoint(s, 10, r.lastPosition).bind(12, r.positionAt);
    return insert(s);
}

void SqlWriter::updateResponder(const Responder& r)
{
    Statement s(m_db,
                "UPDATE responder SET kind = ?2, badge_no = ?3, name = ?4, phone = ?5, home_post_id = ?6, "
                "fire_station_id = ?7, status = ?8, status_since = ?9, last_lon = ?10, last_lat = ?11, "
                "position_at = ?12 WHERE id = ?1");
    s.bind(1, r.id).bind(2, toCode(r.kind)).bind(3, r.badgeNo).bind(4, r.name).bind(5, r.phone);
    s.bind(6, r.homePostId).bind(7, r.fireStationId).bind(8, toCode(r.status)).bind(9, r.statusSince);
    bindPoint(s, 10, r.lastPosition).bind(12, r.positionAt);
    s.run();
    requireOneRow("responder", r.id);
}

void SqlWriter::writeShiftDispatchers(const Shift& shift)
{
    Statement clear(m_db, "DELETE FROM shift_dispatcher WHERE shift_id = ?");
    clear.bind(1, shift.id);
    clear.run();
    Statement add(m_db, "INSERT INTO shift_dispatcher (shift_id, responder_id) VALUES (?, ?)");
    for (Id dispatcher : shift.dispatcherIds) {
        add.reset();
        add.bind(1, shift.id).bind(2, dispatcher);
        add.run();
    }
}

Id SqlWriter::insertShift(const Shift& shift)
{
    Statement s(m_db,
                "INSERT INTO shift (id, name, starts_at, ends_at, supervisor_id, handover_notes, opened_at, "
                "closed_at, signed_off_by, signed_off_at, closed_by, handover_acknowledged_by, "
                "handover_acknowledged_at) VALUES (NULLIF(?1, 0), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, "
                "?12, ?13) RETURNING id");
    s.bind(1, shift.id)
        .bind(2, shift.name)
        .bind(3, shift.startsAt)
        .bind(4, shift.endsAt)
        .bind(5, shift.supervisorId);
    s.bind(6, shift.handoverNotes).bind(7, shift.openedAt).bind(8, shift.closedAt).bind(9, shift.signedOffBy);
    s.bind(10, shift.signedOffAt).bind(11, shift.closedBy).bind(12, shift.handoverAcknowledgedBy);
    s.bind(13, shift.handoverAcknowledgedAt);
    Shift stored = shift;
    stored.id = insert(s);
    writeShiftDispatchers(stored);
    return stored.id;
}

void SqlWriter::updateShift(const Shift& shift)
{
    Statement s(
        m_db,
        "UPDATE shift SET name = ?2, starts_at = ?3, ends_at = ?4, supervisor_id = ?5, "
        "handover_notes = ?6, opened_at = ?7, closed_at = ?8, signed_off_by = ?9, signed_off_at = ?10, "
        "closed_by = ?11, handover_acknowledged_by = ?12, handover_acknowledged_at = ?13 WHERE id = ?1");
    s.bind(1, shift.id)
        .bind(2, shift.name)
        .bind(3, shift.startsAt)
        .bind(4, shift.endsAt)
        .bind(5, shift.supervisorId);
    s.bind(6, shift.handoverNotes).bind(7, shift.openedAt).bind(8, shift.closedAt).bind(9, shift.signedOffBy);
    s.bind(10, shift.signedOffAt).bind(11, shift.closedBy).bind(12, shift.handoverAcknowledgedBy);
    s.bind(13, shift.handoverAcknowledgedAt);
    s.run();
    requireOneRow("shift", shift.id);
    writeShiftDispatchers(shift);
}

Id SqlWriter::insertRosterEntry(const RosterEntry& e)
{
    Statement s(m_db, "INSERT INTO roster_entry (shift_id, responder_id, from_at, to_at, in_community, note) "
                      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
    s.bind(1, e.shiftId).bind(2, e.responderId).bind(3, e.from).bind(4, e.to);
    s.bind(5, e.inCommunity ? 1 : 0).bind(6, e.note);
    return insert(s);
}

void SqlWriter::updateRosterEntry(const RosterEntry& e)
{
    Statement s(m_db, "UPDATE roster_entry SET shift_id = ?2, responder_id = ?3, from_at = ?4, to_at = ?5, "
                      "in_community = ?6, note = ?7 WHERE id = ?1");
    s.bind(1, e.id).bind(2, e.shiftId).bind(3, e.responderId).bind(4, e.from).bind(5, e.to);
    s.bind(6, e.inCommunity ? 1 : 0).bind(7, e.note);
    s.run();
    requireOneRow("roster_entry", e.id);
}

void SqlWriter::deleteRosterEntry(Id id)
{
    Statement s(m_db, "DELETE FROM roster_entry WHERE id = ?");
    s.bind(1, id);
    s.run();
    requireOneRow("roster_entry", id);
}

Id SqlWriter::insertSignedReport(const SignedShiftReport& r)
{
    Statement s(m_db, "INSERT INTO shift_report (shift_id, signed_by, signed_at, content_sha256, pdf) "
                      "VALUES (?, ?, ?, ?, ?) RETURNING id");
    s.bind(1, r.shiftId).bind(2, r.signedBy).bind(3, r.signedAt).bind(4, r.contentSha256).bind(5, r.pdf);
    return insert(s);
}

int SqlWriter::nextIncidentSequence(QDate localDate)
{
    const QString prefix = formatIncidentNumber(localDate, 1).left(9); // "YYYYMMDD-"
    const QString end = prefix.left(8) + QLatin1Char('.');             // '.' follows '-'
    // The day's last number is the greatest in the unique index's order (one step down the index, not
    // a read of the whole day: with thousands of numbers a day that read was most of an audited
    // action's server time) while the numbers have four digits. From 10,000 on they have five and
    // sort among the others ("-10000" < "-9999"): then, and for any number not of that form, the
    // whole day is read.
    Statement last(m_db, "SELECT number FROM incident WHERE number >= ?1 AND number < ?2 "
                         "ORDER BY number DESC LIMIT 1");
    last.bind(1, prefix).bind(2, end);
    if (!last.step())
        return 1;
    const QString number = last.text(0);
    bool digits = false;
    const int sequence = number.mid(prefix.size()).toInt(&digits);
    if (digits && number.size() == prefix.size() + 4 && sequence < 9999)
        return sequence + 1;
    Statement all(m_db, "SELECT max(CAST(substr(number, 10) AS INTEGER)) FROM incident "
                        "WHERE number >= ?1 AND number < ?2");
    all.bind(1, prefix).bind(2, end);
    all.step();
    return all.isNull(0) ? 1 : all.integer(0) + 1;
}

Id SqlWriter::insertIncident(const Incident& i)
{
    Statement s(
        m_db,
        "INSERT INTO incident (id, number, received_at, source, caller_name, caller_phone, address_text, "
        "matched_address, lon, lat, community_id, category, subcategory, priority, status, description, "
        "disposition, narrative, follow_up_required, shift_id, updated_at, disposition_code, "
        "people_involved, vehicles_involved, linked_incident_id, transfer_number, transfer_received_at, "
        "transfer_origin, call_taker, call_taker_notes, location_unconfirmed) VALUES (NULLIF(?1, 0), ?2, ?3, "
        "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, "
        "?25, ?26, ?27, ?28, ?29, ?30, ?31) RETURNING id");
    s.bind(1, i.id).bind(2, i.number).bind(3, i.receivedAt).bind(4, toCode(i.source)).bind(5, i.callerName);
    s.bind(6, i.callerPhone).bind(7, i.addressText).bind(8, i.matchedAddress);
    bindPoint(s, 9, i.location).bind(11, i.communityId).bind(12, i.category).bind(13, i.subcategory);
    s.bind(14, toCode(i.priority)).bind(15, toCode(i.status)).bind(16, i.description).bind(17, i.disposition);
    s.bind(18, i.narrative).bind(19, i.followUpRequired).bind(20, i.shiftId);
    s.bind(21, i.updatedAt.isValid() ? i.updatedAt : m_now);
    s.bind(22, i.dispositionCode)
        .bind(23, i.peopleInvolved)
        .bind(24, i.vehiclesInvolved)
        .bind(25, i.linkedIncidentId);
    bindTransfer(s, 26, i);
    return insert(s);
}

void SqlWriter::updateIncident(const Incident& i)
{
    Statement s(m_db,
                "UPDATE incident SET received_at = ?2, source = ?3, caller_name = ?4, caller_phone = ?5, "
                "address_text = ?6, matched_address = ?7, lon = ?8, lat = ?9, community_id = ?10, category = "
                "?11, subcategory = ?12, priority = ?13, status = ?14, description = ?15, disposition = ?16, "
                "narrative = ?17, follow_up_required = ?18, shift_id = ?19, updated_at = ?20, "
                "disposition_code = ?21, people_involved = ?22, vehicles_involved = ?23, "
                "linked_incident_id = ?24, transfer_number = ?25, transfer_received_at = ?26, "
                "transfer_origin = ?27, call_taker = ?28, call_taker_notes = ?29, location_unconfirmed = ?30 "
                "WHERE id = ?1");
    s.bind(1, i.id)
        .bind(2, i.receivedAt)
        .bind(3, toCode(i.source))
        .bind(4, i.callerName)
        .bind(5, i.callerPhone);
    s.bind(6, i.addressText).bind(7, i.matchedAddress);
    bindPoint(s, 8, i.location).bind(10, i.communityId).bind(11, i.category).bind(12, i.subcategory);
    s.bind(13, toCode(i.priority)).bind(14, toCode(i.status)).bind(15, i.description).bind(16, i.disposition);
    s.bind(17, i.narrative).bind(18, i.followUpRequired).bind(19, i.shiftId);
    s.bind(20, i.updatedAt.isValid() ? i.updatedAt : m_now);
    s.bind(21, i.dispositionCode)
        .bind(22, i.peopleInvolved)
        .bind(23, i.vehiclesInvolved)
        .bind(24, i.linkedIncidentId);
    bindTransfer(s, 25, i);
    s.run();
    requireOneRow("incident", i.id);
}

Id SqlWriter::insertAssignment(const Assignment& a)
{
    Statement s(m_db,
                "INSERT INTO assignment (incident_id, responder_id, status, dispatched_at, acknowledged_at, "
                "en_route_at, on_scene_at, cleared_at, cancelled_at, cancel_reason) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    s.bind(1, a.incidentId).bind(2, a.responderId).bind(3, toCode(a.status)).bind(4, a.dispatchedAt);
    s.bind(5, a.acknowledgedAt).bind(6, a.enRouteAt).bind(7, a.onSceneAt).bind(8, a.clearedAt);
    s.bind(9, a.cancelledAt).bind(10, a.cancelReason);
    return insert(s);
}

void SqlWriter::updateAssignment(const Assignment& a)
{
    Statement s(
        m_db, "UPDATE assignment SET status = ?2, acknowledged_at = ?3, en_route_at = ?4, on_scene_at = ?5, "
              "cleared_at = ?6, cancelled_at = ?7, cancel_reason = ?8 WHERE id = ?1");
    s.bind(1, a.id)
        .bind(2, toCode(a.status))
        .bind(3, a.acknowledgedAt)
        .bind(4, a.enRouteAt)
        .bind(5, a.onSceneAt);
    s.bind(6, a.clearedAt).bind(7, a.cancelledAt).bind(8, a.cancelReason);
    s.run();
    requireOneRow("assignment", a.id);
}

void SqlWriter::appendIncidentEvent(const IncidentEvent& e)
{
    Statement s(m_db,
                "INSERT INTO incident_event (incident_id, at, actor_id, kind, text, before_json, after_json) "
                "VALUES (?, ?, ?, ?, ?, NULLIF(?, ''), NULLIF(?, ''))");
    s.bind(1, e.incidentId)
        .bind(2, e.at.isValid() ? e.at : m_now)
        .bind(3, e.actorId ? e.actorId : m_actor.responderId);
    s.bind(4, toCode(e.kind)).bind(5, e.text).bind(6, e.beforeJson).bind(7, e.afterJson);
    s.runDeferred(); // append-only: nobody reads its id
}

Id SqlWriter::insertFollowUp(const FollowUp& f)
{
    Statement s(m_db, "INSERT INTO follow_up (incident_id, due, officer_id, done_at, result, satisfaction) "
                      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
    s.bind(1, f.incidentId).bind(2, f.due).bind(3, f.officerId).bind(4, f.doneAt).bind(5, f.result);
    s.bind(6, f.satisfaction);
    return insert(s);
}

void SqlWriter::updateFollowUp(const FollowUp& f)
{
    Statement s(
        m_db, "UPDATE follow_up SET due = ?2, officer_id = ?3, done_at = ?4, result = ?5, satisfaction = ?6 "
              "WHERE id = ?1");
    s.bind(1, f.id)
        .bind(2, f.due)
        .bind(3, f.officerId)
        .bind(4, f.doneAt)
        .bind(5, f.result)
        .bind(6, f.satisfaction);
    s.run();
    requireOneRow("follow_up", f.id);
}

Id SqlWriter::insertHazard(const Hazard& h)
{
    Statement s(m_db,
                "INSERT INTO hazard (lon, lat, kind, description, found_at, found_by, rectified_at, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    bindPoint(s, 1, h.location).bind(3, h.kind).bind(4, h.description).bind(5, h.foundAt).bind(6, h.foundBy);
    s.bind(7, h.rectifiedAt).bind(8, h.note);
    return insert(s);
}

void SqlWriter::setMeta(const QString& key, const QString& value)
{
    Statement s(m_db,
                "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2");
    s.bind(1, key).bind(2, value);
    s.run();
}

void SqlWriter::audit(const AuditRecord& record)
{
    if (record.action.isEmpty() || record.entity.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, "an audit record needs an action and an entity");
    // The tail is read once per transaction: nothing else appends to the log while we hold the write lock.
    if (!m_chainTail)
        m_chainTail = AuditChain::tail(m_db);
    AuditRow row;
    row.seq = m_chainTail->nextSeq;
    row.at = toStorageTime(m_now);
    row.actorId = m_actor.responderId;
    row.actorName = m_actor.name;
    row.workstation = m_actor.workstation;
    row.action = record.action;
    row.entity = record.entity;
    row.entityId = record.entityId;
    if (const QString before = jsonOrNull(record.before); !before.isEmpty())
        row.beforeJson = before;
    if (const QString after = jsonOrNull(record.after); !after.isEmpty())
        row.afterJson = after;
    row.prevHash = m_chainTail->lastHash;
    const QString hash = AuditChain::hashOf(row);

    Statement s(m_db, "INSERT INTO audit_event (seq, at, actor_id, actor_name, workstation, action, entity, "
                      "entity_id, before_json, after_json, prev_hash, hash) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
    s.bind(1, row.seq)
        .bind(2, fromStorageTime(row.at))
        .bind(3, row.actorId)
        .bind(4, row.actorName)
        .bind(5, row.workstation);
    s.bind(6, row.action).bind(7, row.entity).bind(8, row.entityId).bind(9, row.beforeJson);
    s.bind(10, row.afterJson).bind(11, row.prevHash).bind(12, hash);
    s.runDeferred();
    m_db.announceOnCommit(changeChannel, changePayload(row));
    m_chainTail = AuditChainTail{row.seq + 1, hash};
    if (m_auditCount++ == 0)
        m_firstAuditSeq = row.seq;
}

QString SqlWriter::changePayload(const AuditRow& row)
{
    // Delivered to every listening console once the commit is durable and never after a rollback, so
    // a console refreshes exactly what was committed.
    QJsonObject change{{QStringLiteral("seq"), row.seq},
                       {QStringLiteral("entity"), row.entity},
                       {QStringLiteral("action"), row.action},
                       {QStringLiteral("at"), row.at},
                       {QStringLiteral("workstation"), row.workstation}};
    change.insert(QStringLiteral("id"), row.entityId ? QJsonValue(*row.entityId) : QJsonValue());
    if (row.actorId)
        change.insert(QStringLiteral("actor_id"), *row.actorId);
    return QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact));
}

} // namespace xiuhua::storage
