#include "storage/schema.h"

#include "core/enums.h"
#include "core/position_fix.h"
#include "storage/audit_chain.h"

#include <QString>

#include <functional>
#include <vector>

namespace xiuhua::storage {
namespace {

using namespace xiuhua::core;

// The CHECK lists are built from the compile-time enumeration codes, never from input.
QString migration1()
{
    return QStringLiteral(R"SQL(
CREATE TABLE community (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    name_en TEXT NOT NULL DEFAULT '',
    boundary_wkt TEXT NOT NULL,
    population INTEGER NOT NULL DEFAULT 0 CHECK (population >= 0),
    households INTEGER NOT NULL DEFAULT 0 CHECK (households >= 0),
    responsible_officer_id INTEGER REFERENCES responder(id) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE post (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    name_en TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL CHECK (kind IN (%1)),
    lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    community_id INTEGER REFERENCES community(id),
    phone TEXT NOT NULL DEFAULT '',
    opening_hours TEXT NOT NULL DEFAULT ''
);
CREATE TABLE fire_station (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) > 0),
    name_en TEXT NOT NULL DEFAULT '',
    lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    community_id INTEGER REFERENCES community(id),
    crew_size INTEGER NOT NULL DEFAULT 0 CHECK (crew_size >= 0),
    equipment TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'ready' CHECK (status IN ('ready','out_of_service'))
);
CREATE TABLE camera (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    community_id INTEGER REFERENCES community(id),
    road_name TEXT NOT NULL DEFAULT ''
);
CREATE TABLE responder (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN (%2)),
    badge_no TEXT NOT NULL UNIQUE CHECK (length(badge_no) > 0),
    name TEXT NOT NULL CHECK (length(name) > 0),
    phone TEXT NOT NULL DEFAULT '',
    home_post_id INTEGER REFERENCES post(id),
    fire_station_id INTEGER REFERENCES fire_station(id),
    status TEXT NOT NULL CHECK (status IN (%3)),
    status_since TEXT NOT NULL,
    last_lon REAL CHECK (last_lon BETWEEN -180 AND 180),
    last_lat REAL CHECK (last_lat BETWEEN -90 AND 90),
    position_at TEXT,
    CHECK ((last_lon IS NULL) = (last_lat IS NULL))
);
CREATE TABLE shift (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL CHECK (ends_at > starts_at),
    supervisor_id INTEGER REFERENCES responder(id),
    handover_notes TEXT NOT NULL DEFAULT '',
    opened_at TEXT,
    closed_at TEXT,
    signed_off_by INTEGER REFERENCES responder(id),
    signed_off_at TEXT
);
CREATE TABLE shift_dispatcher (
    shift_id INTEGER NOT NULL REFERENCES shift(id),
    responder_id INTEGER NOT NULL REFERENCES responder(id),
    PRIMARY KEY (shift_id, responder_id)
);
CREATE TABLE roster_entry (
    id INTEGER PRIMARY KEY,
    shift_id INTEGER NOT NULL REFERENCES shift(id),
    responder_id INTEGER NOT NULL REFERENCES responder(id),
    from_at TEXT NOT NULL,
    to_at TEXT NOT NULL CHECK (to_at > from_at),
    UNIQUE (shift_id, responder_id, from_at)
);
CREATE TABLE incident (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    received_at TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN (%4)),
    caller_name TEXT NOT NULL DEFAULT '',
    caller_phone TEXT NOT NULL DEFAULT '',
    address_text TEXT NOT NULL DEFAULT '',
    matched_address TEXT NOT NULL DEFAULT '',
    lon REAL CHECK (lon BETWEEN -180 AND 180),
    lat REAL CHECK (lat BETWEEN -90 AND 90),
    community_id INTEGER REFERENCES community(id),
    category TEXT NOT NULL CHECK (length(category) > 0),
    subcategory TEXT NOT NULL DEFAULT '',
    priority TEXT NOT NULL CHECK (priority IN (%5)),
    status TEXT NOT NULL CHECK (status IN (%6)),
    description TEXT NOT NULL DEFAULT '',
    disposition TEXT NOT NULL DEFAULT '',
    narrative TEXT NOT NULL DEFAULT '',
    follow_up_required INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_required IN (0,1)),
    shift_id INTEGER REFERENCES shift(id),
    linked_incident_id INTEGER REFERENCES incident(id),
    updated_at TEXT NOT NULL,
    CHECK ((lon IS NULL) = (lat IS NULL))
);
CREATE TABLE assignment (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id),
    responder_id INTEGER NOT NULL REFERENCES responder(id),
    status TEXT NOT NULL CHECK (status IN (%7)),
    dispatched_at TEXT NOT NULL,
    acknowledged_at TEXT,
    en_route_at TEXT,
    on_scene_at TEXT,
    cleared_at TEXT,
    cancelled_at TEXT,
    cancel_reason TEXT NOT NULL DEFAULT '',
    CHECK (status <> 'cancelled' OR length(cancel_reason) > 0)
);
CREATE TABLE incident_event (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id),
    at TEXT NOT NULL,
    actor_id INTEGER REFERENCES responder(id),
    kind TEXT NOT NULL CHECK (kind IN (%8)),
    text TEXT NOT NULL DEFAULT '',
    before_json TEXT,
    after_json TEXT
);
CREATE TABLE follow_up (
    id INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incident(id),
    due TEXT NOT NULL,
    officer_id INTEGER REFERENCES responder(id),
    done_at TEXT,
    result TEXT NOT NULL DEFAULT '',
    satisfaction INTEGER CHECK (satisfaction BETWEEN 1 AND 5)
);
CREATE TABLE hazard (
    id INTEGER PRIMARY KEY,
    lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    kind TEXT NOT NULL CHECK (length(kind) > 0),
    description TEXT NOT NULL DEFAULT '',
    found_at TEXT NOT NULL,
    found_by INTEGER REFERENCES responder(id),
    rectified_at TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE audit_event (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    actor_id INTEGER,
    actor_name TEXT NOT NULL,
    workstation TEXT NOT NULL,
    action TEXT NOT NULL CHECK (length(action) > 0),
    entity TEXT NOT NULL,
    entity_id INTEGER,
    before_json TEXT,
    after_json TEXT
);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: rows cannot be changed'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: rows cannot be deleted'); END;
CREATE TRIGGER incident_event_no_update BEFORE UPDATE ON incident_event
BEGIN SELECT RAISE(ABORT, 'incident_event is append-only: rows cannot be changed'); END;
CREATE TRIGGER incident_event_no_delete BEFORE DELETE ON incident_event
BEGIN SELECT RAISE(ABORT, 'incident_event is append-only: rows cannot be deleted'); END;
)SQL")
        .arg(sqlCodeList<PostKind>(), sqlCodeList<ResponderKind>(), sqlCodeList<ResponderStatus>(),
             sqlCodeList<IncidentSource>(), sqlCodeList<Priority>(), sqlCodeList<IncidentStatus>(),
             sqlCodeList<AssignmentStatus>(), sqlCodeList<IncidentEventKind>());
}

// Indexes for the queries the console makes, and a key/value table for database-level facts
// (demo marker, jurisdiction name).
QString migration2()
{
    return QStringLiteral(R"SQL(
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE INDEX incident_status_received ON incident(status, received_at);
CREATE INDEX incident_received ON incident(received_at);
CREATE INDEX incident_caller_phone ON incident(caller_phone) WHERE caller_phone <> '';
CREATE INDEX incident_community ON incident(community_id, received_at);
CREATE INDEX incident_shift ON incident(shift_id);
CREATE INDEX assignment_incident ON assignment(incident_id);
CREATE INDEX assignment_responder_status ON assignment(responder_id, status);
CREATE INDEX incident_event_incident ON incident_event(incident_id, at);
CREATE INDEX audit_event_entity ON audit_event(entity, entity_id);
CREATE INDEX roster_entry_shift ON roster_entry(shift_id);
CREATE INDEX roster_entry_responder ON roster_entry(responder_id, from_at);
CREATE INDEX follow_up_open ON follow_up(due) WHERE done_at IS NULL;
CREATE INDEX hazard_open ON hazard(found_at) WHERE rectified_at IS NULL;
CREATE INDEX shift_starts ON shift(starts_at);
CREATE UNIQUE INDEX community_responsible_officer ON community(responsible_officer_id)
    WHERE responsible_officer_id IS NOT NULL;
)SQL");
}

// The outcome of an incident as a coded disposition from the taxonomy, the people and vehicles
// involved, and a location index for "earlier incidents here" at intake.
QString migration3()
{
    return QStringLiteral(R"SQL(
ALTER TABLE incident ADD COLUMN disposition_code TEXT NOT NULL DEFAULT '';
ALTER TABLE incident ADD COLUMN people_involved TEXT NOT NULL DEFAULT '';
ALTER TABLE incident ADD COLUMN vehicles_involved TEXT NOT NULL DEFAULT '';
CREATE INDEX incident_location ON incident(lat, lon) WHERE lat IS NOT NULL;
CREATE INDEX hazard_location ON hazard(lat, lon);
)SQL");
}

// Shifts become real: who closed a shift, the incoming supervisor's acknowledgement of the
// hand-over, a roster entry's community work, and the signed report (hash and PDF), which can
// never be changed or removed.
QString migration4()
{
    return QStringLiteral(R"SQL(
ALTER TABLE shift ADD COLUMN closed_by INTEGER REFERENCES responder(id);
ALTER TABLE shift ADD COLUMN handover_acknowledged_by INTEGER REFERENCES responder(id);
ALTER TABLE shift ADD COLUMN handover_acknowledged_at TEXT;
ALTER TABLE roster_entry ADD COLUMN in_community INTEGER NOT NULL DEFAULT 0 CHECK (in_community IN (0, 1));
ALTER TABLE roster_entry ADD COLUMN note TEXT NOT NULL DEFAULT '';
CREATE TABLE shift_report (
    id INTEGER PRIMARY KEY,
    shift_id INTEGER NOT NULL UNIQUE REFERENCES shift(id),
    signed_by INTEGER NOT NULL REFERENCES responder(id),
    signed_at TEXT NOT NULL,
    content_sha256 TEXT NOT NULL CHECK (length(content_sha256) = 64),
    pdf BLOB NOT NULL CHECK (length(pdf) > 0)
);
CREATE TRIGGER shift_report_no_update BEFORE UPDATE ON shift_report
BEGIN SELECT RAISE(ABORT, 'shift_report is final: a signed report cannot be changed'); END;
CREATE TRIGGER shift_report_no_delete BEFORE DELETE ON shift_report
BEGIN SELECT RAISE(ABORT, 'shift_report is final: a signed report cannot be deleted'); END;
CREATE INDEX incident_event_at ON incident_event(at);
)SQL");
}

// Trust: operator accounts with roles and Argon2id password hashes (never the password), and the
// audit log as a hash chain (each record carries the previous record's hash). Rows written before
// this version have no hash; the chain starts at the first row that has one, and a row without a
// hash after that is a broken link.
QString migration5()
{
    return QStringLiteral(R"SQL(
CREATE TABLE operator_account (
    id INTEGER PRIMARY KEY,
    responder_id INTEGER NOT NULL UNIQUE REFERENCES responder(id),
    login TEXT NOT NULL UNIQUE CHECK (length(login) > 0),
    role TEXT NOT NULL CHECK (role IN ('dispatcher', 'supervisor', 'administrator', 'monitor')),
    password_hash TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    password_changed_at TEXT NOT NULL
);
ALTER TABLE audit_event ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_event ADD COLUMN hash TEXT;
)SQL");
}

// The audit log becomes a hash chain (see storage/audit_chain.h). Records written before have no
// hash: they are sealed into the chain here, once, so the whole log is covered. Sealing needs the
// append-only update trigger out of the way; it is dropped and re-created inside this migration's
// transaction, so no other writer ever sees the log without it. From now on a record without its
// link is refused at insert.
QString migration6()
{
    return QStringLiteral("DROP TRIGGER audit_event_no_update;");
}

void afterMigration6(SqliteDatabase& db)
{
    AuditChain::seal(db);
    db.execute(R"SQL(
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only: rows cannot be changed'); END;
CREATE TRIGGER audit_event_chained BEFORE INSERT ON audit_event
WHEN NEW.hash IS NULL OR length(NEW.hash) <> 64 OR NEW.prev_hash IS NULL OR length(NEW.prev_hash) <> 64
BEGIN SELECT RAISE(ABORT, 'audit_event records must be chained: write them through the store'); END;
)SQL");
}

// The field link (issue 13): devices bound to responders, and the positions they report. Positions
// are not audited (docs/DECISIONS.md): the id is the position feed's order, and a device's fix time is
// unique so that an app resending a burst stores each fix once. Refused reports are only counted, by
// UTC day and verdict.
QString migration7()
{
    return QStringLiteral(R"SQL(
CREATE TABLE device (
    id INTEGER PRIMARY KEY,
    identifier TEXT NOT NULL UNIQUE CHECK (length(identifier) BETWEEN 1 AND 128),
    responder_id INTEGER NOT NULL REFERENCES responder(id),
    token_hash TEXT NOT NULL CHECK (length(token_hash) = 64),
    registered_at TEXT NOT NULL,
    withdrawn_at TEXT
);
CREATE INDEX device_responder ON device(responder_id);
CREATE TABLE position (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    device_id INTEGER NOT NULL REFERENCES device(id),
    responder_id INTEGER NOT NULL REFERENCES responder(id),
    fix_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    accuracy_m REAL CHECK (accuracy_m >= 0),
    speed_mps REAL CHECK (speed_mps >= 0),
    heading_deg REAL CHECK (heading_deg >= 0 AND heading_deg < 360),
    altitude_m REAL,
    battery_pct INTEGER CHECK (battery_pct BETWEEN 0 AND 100),
    verdict TEXT NOT NULL CHECK (verdict IN (%1)),
    UNIQUE (device_id, fix_at)
);
CREATE INDEX position_responder ON position(responder_id, fix_at);
CREATE INDEX position_fix ON position(fix_at);
CREATE TABLE position_refusal (
    day TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN (%2)),
    count INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (day, verdict)
);
)SQL")
        .arg(positionVerdictCheckList(true), positionVerdictCheckList(false));
}

// Calls the 110 centre transfers (转警): the centre's transfer number (one incident per number), what
// its call-taker wrote, and whether the location still needs the dispatcher's check; documents the
// station refused, kept as they arrived.
QString migration8()
{
    return QStringLiteral(R"SQL(
ALTER TABLE incident ADD COLUMN transfer_number TEXT CHECK (transfer_number IS NULL OR length(transfer_number) > 0);
ALTER TABLE incident ADD COLUMN transfer_received_at TEXT;
ALTER TABLE incident ADD COLUMN transfer_origin TEXT NOT NULL DEFAULT '';
ALTER TABLE incident ADD COLUMN call_taker TEXT NOT NULL DEFAULT '';
ALTER TABLE incident ADD COLUMN call_taker_notes TEXT NOT NULL DEFAULT '';
ALTER TABLE incident ADD COLUMN location_unconfirmed INTEGER NOT NULL DEFAULT 0 CHECK (location_unconfirmed IN (0, 1));
CREATE UNIQUE INDEX incident_transfer_number ON incident(transfer_number) WHERE transfer_number IS NOT NULL;
CREATE TABLE rejected_transfer (
    id INTEGER PRIMARY KEY,
    received_at TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    transfer_number TEXT NOT NULL DEFAULT '',
    document BLOB NOT NULL
);
CREATE INDEX rejected_transfer_received ON rejected_transfer(received_at);
)SQL");
}

// The roster of a period (SqlReader::rosterBetween: entries ending after its start) without reading
// every entry ever made: a decade of rosters is about 300,000 rows, and only the last days' end after
// the start of a shift being reported on (issue 15).
QString migration9()
{
    return QStringLiteral("CREATE INDEX roster_entry_to ON roster_entry(to_at);");
}

struct Migration
{
    std::function<QString()> sql;
    std::function<void(SqliteDatabase&)> after; // steps SQL alone cannot do; may be empty
};

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list{
        {migration1, {}}, {migration2, {}}, {migration3, {}},
        {migration4, {}}, {migration5, {}}, {migration6, afterMigration6},
        {migration7, {}}, {migration8, {}}, {migration9, {}}};
    return list;
}

} // namespace

QString positionVerdictCheckList(bool stored)
{
    QStringList codes;
    for (const PositionVerdict verdict : allPositionVerdicts()) {
        if (stored ? isStoredVerdict(verdict) : verdict != PositionVerdict::Accepted)
            codes << QLatin1Char('\'') + toCode(verdict) + QLatin1Char('\'');
    }
    return codes.join(QStringLiteral(", "));
}

int currentSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

int readSchemaVersion(SqliteDatabase& db)
{
    Statement statement(db, "PRAGMA user_version");
    statement.step();
    return statement.integer(0);
}

void migrate(SqliteDatabase& db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = currentSchemaVersion();
    const int version = readSchemaVersion(db);
    if (version > currentSchemaVersion()) {
        throw StorageError(StorageError::Kind::NewerSchema,
                           "the database " + db.path().toStdString() + " has schema version " +
                               std::to_string(version) +
                               ", written by a newer Xiuhua; this version reads up to " +
                               std::to_string(currentSchemaVersion()) + ". It was not changed.");
    }
    if (version >= targetVersion)
        return;

    Transaction transaction(db);
    for (int next = version + 1; next <= targetVersion; ++next) {
        const Migration& migration = migrations()[static_cast<std::size_t>(next - 1)];
        const QByteArray sql = migration.sql().toUtf8();
        db.execute(sql.constData());
        if (migration.after)
            migration.after(db);
    }
    // PRAGMA cannot take a bound parameter; targetVersion is an int we computed.
    db.execute(QStringLiteral("PRAGMA user_version = %1").arg(targetVersion).toUtf8().constData());
    transaction.commit();
}

const std::vector<const char*>& schemaTables()
{
    static const std::vector<const char*> tables{"community",        "post",           "fire_station",
                                                 "camera",           "responder",      "shift",
                                                 "shift_dispatcher", "roster_entry",   "incident",
                                                 "assignment",       "incident_event", "follow_up",
                                                 "hazard",           "audit_event",    "shift_report",
                                                 "device",           "position",       "position_refusal",
                                                 "rejected_transfer"};
    return tables;
}

} // namespace xiuhua::storage
