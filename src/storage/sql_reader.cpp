#include "storage/sql_reader.h"

#include "core/status_rules.h"
#include "storage/schema.h"
#include "storage/storage_error.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace xiuhua::storage {
namespace {

using namespace xiuhua::core;

template <typename E> E enumAt(const Statement& row, int column)
{
    const QString code = row.text(column);
    const auto value = fromCode<E>(code);
    if (!value)
        throw StorageError(StorageError::Kind::Corrupt, "unknown code in database: " + code.toStdString());
    return *value;
}

// A list of codes travels as one bound JSON array, never as SQL text.
QString jsonArray(const QStringList& codes)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(codes)).toJson(QJsonDocument::Compact));
}

// Ids travel as one bound JSON array (json_each in the SQL), never as SQL text.
QString jsonArray(const std::vector<Id>& ids)
{
    QJsonArray array;
    for (Id id : ids)
        array.append(static_cast<qint64>(id));
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<GeoPoint> pointAt(const Statement& row, int lonColumn)
{
    if (row.isNull(lonColumn) || row.isNull(lonColumn + 1))
        return std::nullopt;
    return GeoPoint{row.real(lonColumn), row.real(lonColumn + 1)};
}

template <typename T, typename Map> std::vector<T> all(Statement& statement, Map map)
{
    std::vector<T> result;
    while (statement.step())
        result.push_back(map(statement));
    return result;
}

template <typename T, typename Map> std::optional<T> first(Statement& statement, Map map)
{
    if (statement.step())
        return map(statement);
    return std::nullopt;
}

#define RESPONDER_COLUMNS                                                                                    \
    "id, kind, badge_no, name, phone, home_post_id, fire_station_id, status, status_since, last_lon, "       \
    "last_lat, position_at"

Responder responderRow(const Statement& r)
{
    Responder x;
    x.id = r.int64(0);
    x.kind = enumAt<ResponderKind>(r, 1);
    x.badgeNo = r.text(2);
    x.name = r.text(3);
    x.phone = r.text(4);
    x.homePostId = r.optionalInt64(5);
    x.fireStationId = r.optionalInt64(6);
    x.status = enumAt<ResponderStatus>(r, 7);
    x.statusSince = r.time(8);
    x.lastPosition = pointAt(r, 9);
    x.positionAt = r.time(11);
    return x;
}

#define INCIDENT_COLUMNS                                                                                     \
    "id, number, received_at, source, caller_name, caller_phone, address_text, matched_address, lon, lat, "  \
    "community_id, category, subcategory, priority, status, description, disposition, narrative, "           \
    "follow_up_required, shift_id, updated_at, disposition_code, people_involved, vehicles_involved, "       \
    "linked_incident_id, transfer_number, transfer_received_at, transfer_origin, call_taker, "               \
    "call_taker_notes, location_unconfirmed"

Incident incidentRow(const Statement& r)
{
    Incident x;
    x.id = r.int64(0);
    x.number = r.text(1);
    x.receivedAt = r.time(2);
    x.source = enumAt<IncidentSource>(r, 3);
    x.callerName = r.text(4);
    x.callerPhone = r.text(5);
    x.addressText = r.text(6);
    x.matchedAddress = r.text(7);
    x.location = pointAt(r, 8);
    x.communityId = r.optionalInt64(10);
    x.category = r.text(11);
    x.subcategory = r.text(12);
    x.priority = enumAt<Priority>(r, 13);
    x.status = enumAt<IncidentStatus>(r, 14);
    x.description = r.text(15);
    x.disposition = r.text(16);
    x.narrative = r.text(17);
    x.followUpRequired = r.int64(18) != 0;
    x.shiftId = r.optionalInt64(19);
    x.updatedAt = r.time(20);
    x.dispositionCode = r.text(21);
    x.peopleInvolved = r.text(22);
    x.vehiclesInvolved = r.text(23);
    x.linkedIncidentId = r.optionalInt64(24);
    if (!r.isNull(25))
        x.transfer = TransferMark{r.text(25), r.time(26), r.text(27), r.text(28), r.text(29)};
    x.locationUnconfirmed = r.int64(30) != 0;
    return x;
}

#define ASSIGNMENT_COLUMNS                                                                                   \
    "id, incident_id, responder_id, status, dispatched_at, acknowledged_at, en_route_at, on_scene_at, "      \
    "cleared_at, cancelled_at, cancel_reason"

Assignment assignmentRow(const Statement& r)
{
    Assignment x;
    x.id = r.int64(0);
    x.incidentId = r.int64(1);
    x.responderId = r.int64(2);
    x.status = enumAt<AssignmentStatus>(r, 3);
    x.dispatchedAt = r.time(4);
    x.acknowledgedAt = r.time(5);
    x.enRouteAt = r.time(6);
    x.onSceneAt = r.time(7);
    x.clearedAt = r.time(8);
    x.cancelledAt = r.time(9);
    x.cancelReason = r.text(10);
    return x;
}

#define FOLLOW_UP_COLUMNS "id, incident_id, due, officer_id, done_at, result, satisfaction"

FollowUp followUpRow(const Statement& r)
{
    std::optional<int> satisfaction;
    if (!r.isNull(6))
        satisfaction = r.integer(6);
    return FollowUp{r.int64(0), r.int64(1), r.time(2),   r.optionalInt64(3),
                    r.time(4),  r.text(5),  satisfaction};
}

#define SHIFT_COLUMNS                                                                                        \
    "id, name, starts_at, ends_at, supervisor_id, handover_notes, opened_at, closed_at, signed_off_by, "     \
    "signed_off_at, closed_by, handover_acknowledged_by, handover_acknowledged_at"

#define ROSTER_COLUMNS "shift_id, responder_id, from_at, to_at, in_community, note, id"

RosterEntry rosterRow(const Statement& r)
{
    return RosterEntry{r.int64(0),        r.int64(1), r.time(2), r.time(3),
                       r.integer(4) != 0, r.text(5),  r.int64(6)};
}

} // namespace

std::vector<Community> SqlReader::communities() const
{
    Statement s(m_db,
                "SELECT id, name, name_en, boundary_wkt, population, households, responsible_officer_id "
                "FROM community ORDER BY id");
    return all<Community>(s, [](const Statement& r) {
        return Community{r.int64(0),   r.text(1),    r.text(2),         r.text(3),
                         r.integer(4), r.integer(5), r.optionalInt64(6)};
    });
}

std::vector<Post> SqlReader::posts() const
{
    Statement s(m_db,
                "SELECT id, name, name_en, kind, lon, lat, community_id, phone, opening_hours FROM post "
                "ORDER BY id");
    return all<Post>(s, [](const Statement& r) {
        return Post{r.int64(0),         r.text(1), r.text(2), enumAt<PostKind>(r, 3), {r.real(4), r.real(5)},
                    r.optionalInt64(6), r.text(7), r.text(8)};
    });
}

std::vector<FireStation> SqlReader::fireStations() const
{
    Statement s(m_db, "SELECT id, name, name_en, lon, lat, community_id, crew_size, equipment, status "
                      "FROM fire_station ORDER BY id");
    return all<FireStation>(s, [](const Statement& r) {
        return FireStation{r.int64(0),         r.text(1),    r.text(2), {r.real(3), r.real(4)},
                           r.optionalInt64(5), r.integer(6), r.text(7), r.text(8)};
    });
}

std::vector<Camera> SqlReader::cameras() const
{
    Statement s(m_db, "SELECT id, name, lon, lat, community_id, road_name FROM camera ORDER BY id");
    return all<Camera>(s, [](const Statement& r) {
        return Camera{r.int64(0), r.text(1), {r.real(2), r.real(3)}, r.optionalInt64(4), r.text(5)};
    });
}

std::vector<Responder> SqlReader::responders() const
{
    Statement s(m_db, "SELECT " RESPONDER_COLUMNS " FROM responder ORDER BY id");
    return all<Responder>(s, responderRow);
}

std::optional<Responder> SqlReader::responder(Id id) const
{
    Statement s(m_db, "SELECT " RESPONDER_COLUMNS " FROM responder WHERE id = ?");
    s.bind(1, id);
    return first<Responder>(s, responderRow);
}

std::vector<Incident> SqlReader::incidents(const IncidentQuery& query) const
{
    // Every condition is one the index incident_status_received can serve: an open end is the
    // widest bound, "all statuses" the whole list. The former "?1 IS NULL OR received_at >= ?1"
    // form hid the indexes from the planner, so every query scanned the whole history (1.1 s for a
    // day's incidents, 6.7 s for the open ones, among a million).
    static const QDateTime earliest(QDate(1900, 1, 1), QTime(0, 0), Qt::UTC);
    static const QDateTime latest(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
    QStringList statuses = core::openIncidentStatusCodes();
    if (!query.openOnly) {
        statuses.clear();
        for (const char* code : core::enumCodes<core::IncidentStatus>())
            statuses << QString::fromLatin1(code);
    }
    // The statuses as separate parameters, one per status there is (a shorter list repeats its first):
    // PostgreSQL plans "status IN ($3, …)" as an index condition with the values in hand, where a JSON
    // array unpacked by a function left it guessing and scanning the whole table (1.7 s among a
    // million incidents, docs/PERFORMANCE.md).
    constexpr int kStatusPlaceholders = 6;
    if (core::enumCount<core::IncidentStatus>() != kStatusPlaceholders)
        throw StorageError(StorageError::Kind::Invalid, "incidents(): one placeholder per incident status");
#define STATUS_PLACEHOLDERS "(?3, ?4, ?5, ?6, ?7, ?8)"
    static constexpr char anyCaller[] = "SELECT " INCIDENT_COLUMNS " FROM incident "
                                        "WHERE received_at >= ?1 AND received_at < ?2 "
                                        "AND status IN " STATUS_PLACEHOLDERS " "
                                        "ORDER BY received_at DESC, id DESC";
    static constexpr char byPhone[] = "SELECT " INCIDENT_COLUMNS " FROM incident "
                                      "WHERE received_at >= ?1 AND received_at < ?2 "
                                      "AND status IN " STATUS_PLACEHOLDERS " AND caller_phone = ?9 "
                                      "ORDER BY received_at DESC, id DESC";
#undef STATUS_PLACEHOLDERS
    Statement s(m_db, query.callerPhone ? byPhone : anyCaller);
    s.bind(1, query.receivedFrom.isValid() ? query.receivedFrom : earliest)
        .bind(2, query.receivedTo.isValid() ? query.receivedTo : latest);
    for (int i = 0; i < kStatusPlaceholders; ++i)
        s.bind(3 + i, statuses.value(i, statuses.front()));
    if (query.callerPhone)
        s.bind(9, *query.callerPhone);
    return all<Incident>(s, incidentRow);
}

std::optional<Incident> SqlReader::incidentByTransferNumber(const QString& transferNumber) const
{
    Statement s(m_db, "SELECT " INCIDENT_COLUMNS " FROM incident WHERE transfer_number = ?");
    s.bind(1, transferNumber);
    return first<Incident>(s, incidentRow);
}

std::vector<RejectedTransfer> SqlReader::rejectedTransfers(int limit) const
{
    Statement s(m_db, "SELECT id, received_at, origin, reason, transfer_number, document "
                      "FROM rejected_transfer ORDER BY id DESC LIMIT ?");
    s.bind(1, limit);
    return all<RejectedTransfer>(s, [](const Statement& r) {
        return RejectedTransfer{r.int64(0), r.time(1), r.text(2), r.text(3), r.text(4), r.blob(5)};
    });
}

std::optional<Incident> SqlReader::incident(Id id) const
{
    Statement s(m_db, "SELECT " INCIDENT_COLUMNS " FROM incident WHERE id = ?");
    s.bind(1, id);
    return first<Incident>(s, incidentRow);
}

std::vector<Assignment> SqlReader::assignmentsForIncident(Id incidentId) const
{
    Statement s(m_db, "SELECT " ASSIGNMENT_COLUMNS " FROM assignment WHERE incident_id = ? ORDER BY id");
    s.bind(1, incidentId);
    return all<Assignment>(s, assignmentRow);
}

std::vector<Assignment> SqlReader::activeAssignments() const
{
    Statement s(m_db, "SELECT " ASSIGNMENT_COLUMNS " FROM assignment "
                      "WHERE status IN (SELECT value FROM json_each(?)) ORDER BY id");
    s.bind(1, jsonArray(core::activeAssignmentStatusCodes()));
    return all<Assignment>(s, assignmentRow);
}

std::vector<Assignment> SqlReader::activeAssignmentsOf(const std::vector<Id>& responderIds) const
{
    if (responderIds.empty())
        return {};
    Statement s(m_db, "SELECT " ASSIGNMENT_COLUMNS " FROM assignment WHERE responder_id IN "
                      "(SELECT CAST(value AS INTEGER) FROM json_each(?1)) "
                      "AND status IN (SELECT value FROM json_each(?2)) ORDER BY id");
    s.bind(1, jsonArray(responderIds)).bind(2, jsonArray(core::activeAssignmentStatusCodes()));
    return all<Assignment>(s, assignmentRow);
}

std::vector<Assignment> SqlReader::assignmentsForIncidents(const std::vector<Id>& incidentIds) const
{
    if (incidentIds.empty())
        return {};
    Statement s(m_db, "SELECT " ASSIGNMENT_COLUMNS " FROM assignment WHERE incident_id IN "
                      "(SELECT CAST(value AS INTEGER) FROM json_each(?)) ORDER BY incident_id, id");
    s.bind(1, jsonArray(incidentIds));
    return all<Assignment>(s, assignmentRow);
}

std::optional<Assignment> SqlReader::assignment(Id id) const
{
    Statement s(m_db, "SELECT " ASSIGNMENT_COLUMNS " FROM assignment WHERE id = ?");
    s.bind(1, id);
    return first<Assignment>(s, assignmentRow);
}

std::vector<IncidentEvent> SqlReader::incidentEvents(Id incidentId) const
{
    Statement s(m_db, "SELECT id, incident_id, at, actor_id, kind, text, before_json, after_json "
                      "FROM incident_event WHERE incident_id = ? ORDER BY at, id");
    s.bind(1, incidentId);
    return all<IncidentEvent>(s, [](const Statement& r) {
        return IncidentEvent{
            r.int64(0), r.int64(1), r.time(2), r.optionalInt64(3), enumAt<IncidentEventKind>(r, 4),
            r.text(5),  r.text(6),  r.text(7)};
    });
}

std::vector<Shift> SqlReader::loadShifts(Statement& statement) const
{
    std::vector<Shift> result = all<Shift>(statement, [](const Statement& r) {
        Shift x;
        x.id = r.int64(0);
        x.name = r.text(1);
        x.startsAt = r.time(2);
        x.endsAt = r.time(3);
        x.supervisorId = r.optionalInt64(4);
        x.handoverNotes = r.text(5);
        x.openedAt = r.time(6);
        x.closedAt = r.time(7);
        x.signedOffBy = r.optionalInt64(8);
        x.signedOffAt = r.time(9);
        x.closedBy = r.optionalInt64(10);
        x.handoverAcknowledgedBy = r.optionalInt64(11);
        x.handoverAcknowledgedAt = r.time(12);
        return x;
    });
    Statement dispatchers(
        m_db, "SELECT responder_id FROM shift_dispatcher WHERE shift_id = ? ORDER BY responder_id");
    for (Shift& shift : result) {
        dispatchers.reset();
        dispatchers.bind(1, shift.id);
        while (dispatchers.step())
            shift.dispatcherIds.push_back(dispatchers.int64(0));
    }
    return result;
}

std::vector<Shift> SqlReader::shifts() const
{
    Statement s(m_db, "SELECT " SHIFT_COLUMNS " FROM shift ORDER BY starts_at");
    return loadShifts(s);
}

std::optional<Shift> SqlReader::shiftAt(const QDateTime& time) const
{
    Statement s(m_db, "SELECT " SHIFT_COLUMNS " FROM shift WHERE starts_at <= ?1 AND ends_at > ?1 "
                      "ORDER BY starts_at DESC LIMIT 1");
    s.bind(1, time);
    auto list = loadShifts(s);
    if (list.empty())
        return std::nullopt;
    return list.front();
}

std::vector<Shift> SqlReader::shiftsBetween(const QDateTime& from, const QDateTime& to) const
{
    // The lower bound on starts_at keeps the search on the shift_starts index (a shift lasts at most a
    // day; two days leave room), so it does not grow with the years of shifts on file.
    Statement s(m_db, "SELECT " SHIFT_COLUMNS " FROM shift WHERE starts_at >= ?3 AND starts_at < ?2 "
                      "AND ends_at > ?1 ORDER BY starts_at");
    s.bind(1, from).bind(2, to).bind(3, from.addDays(-2));
    return loadShifts(s);
}

std::optional<Shift> SqlReader::shift(Id id) const
{
    Statement s(m_db, "SELECT " SHIFT_COLUMNS " FROM shift WHERE id = ?");
    s.bind(1, id);
    auto list = loadShifts(s);
    if (list.empty())
        return std::nullopt;
    return list.front();
}

std::vector<RosterEntry> SqlReader::roster(Id shiftId) const
{
    Statement s(m_db, "SELECT " ROSTER_COLUMNS " FROM roster_entry WHERE shift_id = ? "
                      "ORDER BY from_at, responder_id");
    s.bind(1, shiftId);
    return all<RosterEntry>(s, rosterRow);
}

std::vector<RosterEntry> SqlReader::rosterBetween(const QDateTime& from, const QDateTime& to) const
{
    Statement s(m_db, "SELECT " ROSTER_COLUMNS " FROM roster_entry WHERE from_at < ?2 AND to_at > ?1 "
                      "ORDER BY responder_id, from_at");
    s.bind(1, from).bind(2, to);
    return all<RosterEntry>(s, rosterRow);
}

std::optional<SignedShiftReport> SqlReader::signedReport(Id shiftId) const
{
    Statement s(m_db, "SELECT id, shift_id, signed_by, signed_at, content_sha256, pdf FROM shift_report "
                      "WHERE shift_id = ?");
    s.bind(1, shiftId);
    if (!s.step())
        return std::nullopt;
    return SignedShiftReport{s.int64(0), s.int64(1), s.int64(2), s.time(3), s.text(4), s.blob(5)};
}

std::vector<IncidentEvent> SqlReader::incidentEventsForShift(Id shiftId, const QDateTime& after) const
{
    Statement s(m_db, "SELECT e.id, e.incident_id, e.at, e.actor_id, e.kind, e.text, e.before_json, "
                      "e.after_json FROM incident_event e JOIN incident i ON i.id = e.incident_id "
                      "WHERE i.shift_id = ?1 AND e.at > ?2 ORDER BY e.at, e.id");
    s.bind(1, shiftId).bind(2, after);
    return all<IncidentEvent>(s, [](const Statement& r) {
        return IncidentEvent{
            r.int64(0), r.int64(1), r.time(2), r.optionalInt64(3), enumAt<IncidentEventKind>(r, 4),
            r.text(5),  r.text(6),  r.text(7)};
    });
}

std::vector<FollowUp> SqlReader::openFollowUps() const
{
    Statement s(m_db, "SELECT " FOLLOW_UP_COLUMNS " FROM follow_up WHERE done_at IS NULL ORDER BY due");
    return all<FollowUp>(s, followUpRow);
}

std::vector<FollowUp> SqlReader::followUpsForIncident(Id incidentId) const
{
    Statement s(m_db, "SELECT " FOLLOW_UP_COLUMNS " FROM follow_up WHERE incident_id = ? ORDER BY due");
    s.bind(1, incidentId);
    return all<FollowUp>(s, followUpRow);
}

std::optional<FollowUp> SqlReader::followUp(Id id) const
{
    Statement s(m_db, "SELECT " FOLLOW_UP_COLUMNS " FROM follow_up WHERE id = ?");
    s.bind(1, id);
    return first<FollowUp>(s, followUpRow);
}

std::vector<Incident> SqlReader::incidentsInBox(double minLon, double minLat, double maxLon, double maxLat,
                                                const QDateTime& from, const QDateTime& to) const
{
    Statement s(m_db, "SELECT " INCIDENT_COLUMNS
                      " FROM incident WHERE lat BETWEEN ?1 AND ?2 AND lon BETWEEN ?3 AND ?4 "
                      "AND received_at >= ?5 AND received_at < ?6 ORDER BY received_at DESC");
    s.bind(1, minLat).bind(2, maxLat).bind(3, minLon).bind(4, maxLon).bind(5, from).bind(6, to);
    return all<Incident>(s, incidentRow);
}

std::vector<Hazard> SqlReader::hazards() const
{
    Statement s(m_db,
                "SELECT id, lon, lat, kind, description, found_at, found_by, rectified_at, note FROM hazard "
                "ORDER BY found_at");
    return all<Hazard>(s, [](const Statement& r) {
        return Hazard{r.int64(0), {r.real(1), r.real(2)}, r.text(3), r.text(4),
                      r.time(5),  r.optionalInt64(6),     r.time(7), r.text(8)};
    });
}

std::vector<AuditEvent> SqlReader::auditEvents(const QString& entity, std::optional<Id> entityId,
                                               int limit) const
{
    Statement s(
        m_db,
        "SELECT seq, at, actor_id, actor_name, workstation, action, entity, entity_id, before_json, "
        "after_json, hash FROM audit_event WHERE (?1 = '' OR entity = ?1) AND (?2 IS NULL OR entity_id = ?2) "
        "ORDER BY seq DESC LIMIT ?3");
    s.bind(1, entity).bind(2, entityId).bind(3, limit);
    return all<AuditEvent>(s, [](const Statement& r) {
        return AuditEvent{r.int64(0), r.time(1),          r.optionalInt64(2), r.text(3), r.text(4), r.text(5),
                          r.text(6),  r.optionalInt64(7), r.text(8),          r.text(9), r.text(10)};
    });
}

std::vector<AuditEvent> SqlReader::auditEvents(const AuditQuery& query) const
{
    Statement s(m_db,
                "SELECT seq, at, actor_id, actor_name, workstation, action, entity, entity_id, before_json, "
                "after_json, hash FROM audit_event "
                "WHERE (?1 IS NULL OR at >= ?1) AND (?2 IS NULL OR at < ?2) "
                "AND (?3 IS NULL OR actor_id = ?3) AND (?4 = '' OR entity = ?4) "
                "AND (?5 = '' OR instr(action, ?5) > 0 OR instr(actor_name, ?5) > 0 "
                "OR instr(workstation, ?5) > 0) "
                "ORDER BY seq DESC LIMIT ?6");
    s.bind(1, query.from).bind(2, query.to).bind(3, query.actorId).bind(4, query.entity);
    s.bind(5, query.text).bind(6, query.limit);
    return all<AuditEvent>(s, [](const Statement& r) {
        return AuditEvent{r.int64(0), r.time(1),          r.optionalInt64(2), r.text(3), r.text(4), r.text(5),
                          r.text(6),  r.optionalInt64(7), r.text(8),          r.text(9), r.text(10)};
    });
}

std::vector<AuditEvent> SqlReader::auditEventsAfter(Id seq, int limit) const
{
    Statement s(m_db, "SELECT seq, at, actor_id, actor_name, workstation, action, entity, entity_id, "
                      "before_json, after_json, hash FROM audit_event WHERE seq > ?1 ORDER BY seq LIMIT ?2");
    s.bind(1, seq).bind(2, limit);
    return all<AuditEvent>(s, [](const Statement& r) {
        return AuditEvent{r.int64(0), r.time(1),          r.optionalInt64(2), r.text(3), r.text(4), r.text(5),
                          r.text(6),  r.optionalInt64(7), r.text(8),          r.text(9), r.text(10)};
    });
}

std::optional<QString> SqlReader::meta(const QString& key) const
{
    Statement s(m_db, "SELECT value FROM meta WHERE key = ?");
    s.bind(1, key);
    if (s.step())
        return s.text(0);
    return std::nullopt;
}

std::map<QString, qint64> SqlReader::rowCounts() const
{
    std::map<QString, qint64> counts;
    for (const char* table : schemaTables()) {
        // Table names come from the fixed schema list, not from input.
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        Statement s(m_db, sql.constData());
        s.step();
        counts[QString::fromLatin1(table)] = s.int64(0);
    }
    return counts;
}

} // namespace xiuhua::storage
