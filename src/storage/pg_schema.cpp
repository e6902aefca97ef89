#include "storage/pg_schema.h"

#include "core/enums.h"
#include "core/role.h"
#include "storage/schema.h"

#include <QString>

#include <functional>
#include <vector>

namespace xiuhua::storage {
namespace {

using namespace xiuhua::core;

// Tables whose rows get an id from their sequence when the writer passes none (NULLIF(?1, 0)), as
// SQLite's INTEGER PRIMARY KEY does; an explicit id moves the sequence past it.
const std::vector<const char*>& tablesWithId()
{
    static const std::vector<const char*> tables{
        "community", "post",         "fire_station", "camera",          "responder",
        "shift",     "roster_entry", "incident",     "assignment",      "incident_event",
        "follow_up", "hazard",       "shift_report", "operator_account"};
    return tables;
}

// instr and json_each(text) are SQLite's names for what the shared SQL text uses (a bound JSON array
// of values, a substring test), so that text runs here unchanged. Times are timestamptz (the session is UTC;
// the store reads them back as SQLite's ISO text, so the audit hash covers the same bytes on both engines).
// JSON stays text: the hash covers its exact canonical text, which jsonb would reorder. Booleans stay 0/1
// integers as on SQLite, so one SQL text serves both.
QString tablesSql()
{
    return QStringLiteral(R"SQL(
CREATE FUNCTION instr(haystack text, needle text) RETURNS integer
    LANGUAGE sql IMMUTABLE AS 'SELECT strpos(haystack, needle)';
CREATE FUNCTION json_each(items text) RETURNS TABLE (value text)
    LANGUAGE sql IMMUTABLE AS 'SELECT json_array_elements_text(items::json)';
CREATE TABLE community (
    id bigint PRIMARY KEY,
    name text NOT NULL UNIQUE CHECK (length(name) > 0),
    name_en text NOT NULL DEFAULT '',
    boundary_wkt text NOT NULL,
    population integer NOT NULL DEFAULT 0 CHECK (population >= 0),
    households integer NOT NULL DEFAULT 0 CHECK (households >= 0),
    responsible_officer_id bigint
);
CREATE TABLE post (
    id bigint PRIMARY KEY,
    name text NOT NULL CHECK (length(name) > 0),
    name_en text NOT NULL DEFAULT '',
    kind text NOT NULL CHECK (kind IN (%1)),
    lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    community_id bigint REFERENCES community(id),
    phone text NOT NULL DEFAULT '',
    opening_hours text NOT NULL DEFAULT ''
);
CREATE TABLE fire_station (
    id bigint PRIMARY KEY,
    name text NOT NULL CHECK (length(name) > 0),
    name_en text NOT NULL DEFAULT '',
    lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    community_id bigint REFERENCES community(id),
    crew_size integer NOT NULL DEFAULT 0 CHECK (crew_size >= 0),
    equipment text NOT NULL DEFAULT '',
    status text NOT NULL DEFAULT 'ready' CHECK (status IN ('ready','out_of_service'))
);
CREATE TABLE camera (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    community_id bigint REFERENCES community(id),
    road_name text NOT NULL DEFAULT ''
);
CREATE TABLE responder (
    id bigint PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN (%2)),
    badge_no text NOT NULL UNIQUE CHECK (length(badge_no) > 0),
    name text NOT NULL CHECK (length(name) > 0),
    phone text NOT NULL DEFAULT '',
    home_post_id bigint REFERENCES post(id),
    fire_station_id bigint REFERENCES fire_station(id),
    status text NOT NULL CHECK (status IN (%3)),
    status_since timestamptz NOT NULL,
    last_lon double precision CHECK (last_lon BETWEEN -180 AND 180),
    last_lat double precision CHECK (last_lat BETWEEN -90 AND 90),
    position_at timestamptz,
    CHECK ((last_lon IS NULL) = (last_lat IS NULL))
);
ALTER TABLE community ADD FOREIGN KEY (responsible_officer_id) REFERENCES responder(id)
    DEFERRABLE INITIALLY DEFERRED;
CREATE TABLE shift (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
    supervisor_id bigint REFERENCES responder(id),
    handover_notes text NOT NULL DEFAULT '',
    opened_at timestamptz,
    closed_at timestamptz,
    signed_off_by bigint REFERENCES responder(id),
    signed_off_at timestamptz,
    closed_by bigint REFERENCES responder(id),
    handover_acknowledged_by bigint REFERENCES responder(id),
    handover_acknowledged_at timestamptz
);
CREATE TABLE shift_dispatcher (
    shift_id bigint NOT NULL REFERENCES shift(id),
    responder_id bigint NOT NULL REFERENCES responder(id),
    PRIMARY KEY (shift_id, responder_id)
);
CREATE TABLE roster_entry (
    id bigint PRIMARY KEY,
    shift_id bigint NOT NULL REFERENCES shift(id),
    responder_id bigint NOT NULL REFERENCES responder(id),
    from_at timestamptz NOT NULL,
    to_at timestamptz NOT NULL CHECK (to_at > from_at),
    in_community integer NOT NULL DEFAULT 0 CHECK (in_community IN (0, 1)),
    note text NOT NULL DEFAULT '',
    UNIQUE (shift_id, responder_id, from_at)
);
CREATE TABLE incident (
    id bigint PRIMARY KEY,
    number text NOT NULL UNIQUE,
    received_at timestamptz NOT NULL,
    source text NOT NULL CHECK (source IN (%4)),
    caller_name text NOT NULL DEFAULT '',
    caller_phone text NOT NULL DEFAULT '',
    address_text text NOT NULL DEFAULT '',
    matched_address text NOT NULL DEFAULT '',
    lon double precision CHECK (lon BETWEEN -180 AND 180),
    lat double precision CHECK (lat BETWEEN -90 AND 90),
    community_id bigint REFERENCES community(id),
    category text NOT NULL CHECK (length(category) > 0),
    subcategory text NOT NULL DEFAULT '',
    priority text NOT NULL CHECK (priority IN (%5)),
    status text NOT NULL CHECK (status IN (%6)),
    description text NOT NULL DEFAULT '',
    disposition text NOT NULL DEFAULT '',
    narrative text NOT NULL DEFAULT '',
    follow_up_required integer NOT NULL DEFAULT 0 CHECK (follow_up_required IN (0,1)),
    shift_id bigint REFERENCES shift(id),
    linked_incident_id bigint REFERENCES incident(id),
    updated_at timestamptz NOT NULL,
    disposition_code text NOT NULL DEFAULT '',
    people_involved text NOT NULL DEFAULT '',
    vehicles_involved text NOT NULL DEFAULT '',
    CHECK ((lon IS NULL) = (lat IS NULL))
);
CREATE TABLE assignment (
    id bigint PRIMARY KEY,
    incident_id bigint NOT NULL REFERENCES incident(id),
    responder_id bigint NOT NULL REFERENCES responder(id),
    status text NOT NULL CHECK (status IN (%7)),
    dispatched_at timestamptz NOT NULL,
    acknowledged_at timestamptz,
    en_route_at timestamptz,
    on_scene_at timestamptz,
    cleared_at timestamptz,
    cancelled_at timestamptz,
    cancel_reason text NOT NULL DEFAULT '',
    CHECK (status <> 'cancelled' OR length(cancel_reason) > 0)
);
CREATE TABLE incident_event (
    id bigint PRIMARY KEY,
    incident_id bigint NOT NULL REFERENCES incident(id),
    at timestamptz NOT NULL,
    actor_id bigint REFERENCES responder(id),
    kind text NOT NULL CHECK (kind IN (%8)),
    text text NOT NULL DEFAULT '',
    before_json text,
    after_json text
);
CREATE TABLE follow_up (
    id bigint PRIMARY KEY,
    incident_id bigint NOT NULL REFERENCES incident(id),
    due timestamptz NOT NULL,
    officer_id bigint REFERENCES responder(id),
    done_at timestamptz,
    result text NOT NULL DEFAULT '',
    satisfaction integer CHECK (satisfaction BETWEEN 1 AND 5)
);
CREATE TABLE hazard (
    id bigint PRIMARY KEY,
    lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    kind text NOT NULL CHECK (length(kind) > 0),
    description text NOT NULL DEFAULT '',
    found_at timestamptz NOT NULL,
    found_by bigint REFERENCES responder(id),
    rectified_at timestamptz,
    note text NOT NULL DEFAULT ''
);
CREATE TABLE audit_event (
    seq bigint PRIMARY KEY,
    at timestamptz NOT NULL,
    actor_id bigint,
    actor_name text NOT NULL,
    workstation text NOT NULL,
    action text NOT NULL CHECK (length(action) > 0),
    entity text NOT NULL,
    entity_id bigint,
    before_json text,
    after_json text,
    prev_hash text NOT NULL CHECK (length(prev_hash) = 64),
    hash text NOT NULL CHECK (length(hash) = 64)
);
CREATE TABLE meta (
    key text PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE shift_report (
    id bigint PRIMARY KEY,
    shift_id bigint NOT NULL UNIQUE REFERENCES shift(id),
    signed_by bigint NOT NULL REFERENCES responder(id),
    signed_at timestamptz NOT NULL,
    content_sha256 text NOT NULL CHECK (length(content_sha256) = 64),
    pdf bytea NOT NULL CHECK (length(pdf) > 0)
);
CREATE TABLE operator_account (
    id bigint PRIMARY KEY,
    responder_id bigint NOT NULL UNIQUE REFERENCES responder(id),
    login text NOT NULL UNIQUE CHECK (length(login) > 0),
    role text NOT NULL CHECK (role IN (%9)),
    password_hash text NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    active integer NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_attempts integer NOT NULL DEFAULT 0,
    locked_until timestamptz,
    created_at timestamptz NOT NULL,
    password_changed_at timestamptz NOT NULL
);
)SQL")
        .arg(sqlCodeList<PostKind>(), sqlCodeList<ResponderKind>(), sqlCodeList<ResponderStatus>(),
             sqlCodeList<IncidentSource>(), sqlCodeList<Priority>(), sqlCodeList<IncidentStatus>(),
             sqlCodeList<AssignmentStatus>(), sqlCodeList<IncidentEventKind>(), sqlCodeList<Role>());
}

// The same indexes as SQLite's schema.
constexpr char indexesSql[] = R"SQL(
CREATE INDEX incident_status_received ON incident(status, received_at);
CREATE INDEX incident_received ON incident(received_at);
CREATE INDEX incident_caller_phone ON incident(caller_phone) WHERE caller_phone <> '';
CREATE INDEX incident_community ON incident(community_id, received_at);
CREATE INDEX incident_shift ON incident(shift_id);
CREATE INDEX assignment_incident ON assignment(incident_id);
CREATE INDEX assignment_responder_status ON assignment(responder_id, status);
CREATE INDEX incident_event_incident ON incident_event(incident_id, at);
CREATE INDEX incident_event_at ON incident_event(at);
CREATE INDEX audit_event_entity ON audit_event(entity, entity_id);
CREATE INDEX roster_entry_shift ON roster_entry(shift_id);
CREATE INDEX roster_entry_responder ON roster_entry(responder_id, from_at);
CREATE INDEX follow_up_open ON follow_up(due) WHERE done_at IS NULL;
CREATE INDEX hazard_open ON hazard(found_at) WHERE rectified_at IS NULL;
CREATE INDEX shift_starts ON shift(starts_at);
CREATE UNIQUE INDEX community_responsible_officer ON community(responsible_officer_id)
    WHERE responsible_officer_id IS NOT NULL;
CREATE INDEX incident_location ON incident(lat, lon) WHERE lat IS NOT NULL;
CREATE INDEX hazard_location ON hazard(lat, lon);
)SQL";

// Append-only and final rows, as SQLite's triggers; TRUNCATE too, which has no row triggers.
constexpr char rulesSql[] = R"SQL(
CREATE FUNCTION xiuhua_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: rows cannot be %', TG_TABLE_NAME,
        CASE TG_OP WHEN 'UPDATE' THEN 'changed' ELSE 'deleted' END;
END $$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION xiuhua_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION xiuhua_refuse_change();
CREATE TRIGGER incident_event_append_only BEFORE UPDATE OR DELETE ON incident_event
    FOR EACH ROW EXECUTE FUNCTION xiuhua_refuse_change();
CREATE TRIGGER incident_event_no_truncate BEFORE TRUNCATE ON incident_event
    FOR EACH STATEMENT EXECUTE FUNCTION xiuhua_refuse_change();
CREATE TRIGGER shift_report_final BEFORE UPDATE OR DELETE ON shift_report
    FOR EACH ROW EXECUTE FUNCTION xiuhua_refuse_change();
CREATE TRIGGER shift_report_no_truncate BEFORE TRUNCATE ON shift_report
    FOR EACH STATEMENT EXECUTE FUNCTION xiuhua_refuse_change();

CREATE FUNCTION xiuhua_fill_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := nextval(TG_ARGV[0]::regclass);
    ELSIF NEW.id > coalesce(pg_sequence_last_value(TG_ARGV[0]::regclass), 0) THEN
        PERFORM setval(TG_ARGV[0]::regclass, NEW.id);
    END IF;
    RETURN NEW;
END $$;
-- The highest audit seq ever written, as SQLite's sqlite_sequence: deleted newest records stay
-- visible. A row, not a sequence, so that it is transactional: a reader's snapshot sees the head and
-- the records of the same commits. Kept by a SECURITY DEFINER trigger: the consoles cannot set it.
CREATE TABLE audit_head (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    seq bigint NOT NULL
);
INSERT INTO audit_head (one, seq) VALUES (true, 0);
CREATE FUNCTION xiuhua_track_audit_seq() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public AS $$
BEGIN
    UPDATE public.audit_head SET seq = NEW.seq WHERE seq < NEW.seq;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_event_track_seq AFTER INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION xiuhua_track_audit_seq();
)SQL";

// Table names from the fixed list above, never from input.
QString idSequencesSql()
{
    QString sql;
    for (const char* table : tablesWithId()) {
        const QString t = QString::fromLatin1(table);
        sql += QStringLiteral("CREATE SEQUENCE %1_id_seq OWNED BY %1.id;\n"
                              "CREATE TRIGGER %1_fill_id BEFORE INSERT ON %1 FOR EACH ROW "
                              "EXECUTE FUNCTION xiuhua_fill_id('%1_id_seq');\n")
                   .arg(t);
    }
    return sql;
}

// The consoles' role, when it exists: everything but changing history.
constexpr char grantsSql[] = R"SQL(
DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'xiuhua_console') THEN
        GRANT USAGE ON SCHEMA public TO xiuhua_console;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO xiuhua_console;
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_event, incident_event, shift_report FROM xiuhua_console;
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON xiuhua_schema, audit_head FROM xiuhua_console;
        GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO xiuhua_console;
    END IF;
END $$;
)SQL";

QString migrationPg1()
{
    return tablesSql() + QLatin1String(indexesSql) + QLatin1String(rulesSql) + idSequencesSql();
}

// Devices and positions (issue 13), as SQLite's migration 7. Positions take their id from a plain
// sequence: writers take turns (PgConnection::beginWrite), so ids follow the commit order and the
// position feed (positionsAfter) never skips a row committed late.
QString migrationPg2()
{
    return QStringLiteral(R"SQL(
CREATE TABLE device (
    id bigint PRIMARY KEY,
    identifier text NOT NULL UNIQUE CHECK (length(identifier) BETWEEN 1 AND 128),
    responder_id bigint NOT NULL REFERENCES responder(id),
    token_hash text NOT NULL CHECK (length(token_hash) = 64),
    registered_at timestamptz NOT NULL,
    withdrawn_at timestamptz
);
CREATE INDEX device_responder ON device(responder_id);
CREATE SEQUENCE device_id_seq OWNED BY device.id;
CREATE TRIGGER device_fill_id BEFORE INSERT ON device FOR EACH ROW
    EXECUTE FUNCTION xiuhua_fill_id('device_id_seq');
CREATE TABLE position (
    id bigint PRIMARY KEY,
    device_id bigint NOT NULL REFERENCES device(id),
    responder_id bigint NOT NULL REFERENCES responder(id),
    fix_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL,
    lon double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    lat double precision NOT NULL CHECK (lat BETWEEN -90 AND 90),
    accuracy_m double precision CHECK (accuracy_m >= 0),
    speed_mps double precision CHECK (speed_mps >= 0),
    heading_deg double precision CHECK (heading_deg >= 0 AND heading_deg < 360),
    altitude_m double precision,
    battery_pct integer CHECK (battery_pct BETWEEN 0 AND 100),
    verdict text NOT NULL CHECK (verdict IN (%1)),
    UNIQUE (device_id, fix_at)
);
CREATE INDEX position_responder ON position(responder_id, fix_at);
CREATE INDEX position_fix ON position(fix_at);
CREATE SEQUENCE position_id_seq OWNED BY position.id;
CREATE TRIGGER position_fill_id BEFORE INSERT ON position FOR EACH ROW
    EXECUTE FUNCTION xiuhua_fill_id('position_id_seq');
CREATE TABLE position_refusal (
    day text NOT NULL,
    verdict text NOT NULL CHECK (verdict IN (%2)),
    count bigint NOT NULL CHECK (count >= 0),
    PRIMARY KEY (day, verdict)
);
)SQL")
        .arg(positionVerdictCheckList(true), positionVerdictCheckList(false));
}

// SQLite's migration 8: 110 transfers on incidents, and the refused documents.
QString migrationPg3()
{
    return QStringLiteral(R"SQL(
ALTER TABLE incident ADD COLUMN transfer_number text CHECK (transfer_number IS NULL OR length(transfer_number) > 0);
ALTER TABLE incident ADD COLUMN transfer_received_at timestamptz;
ALTER TABLE incident ADD COLUMN transfer_origin text NOT NULL DEFAULT '';
ALTER TABLE incident ADD COLUMN call_taker text NOT NULL DEFAULT '';
ALTER TABLE incident ADD COLUMN call_taker_notes text NOT NULL DEFAULT '';
ALTER TABLE incident ADD COLUMN location_unconfirmed integer NOT NULL DEFAULT 0 CHECK (location_unconfirmed IN (0, 1));
CREATE UNIQUE INDEX incident_transfer_number ON incident(transfer_number) WHERE transfer_number IS NOT NULL;
CREATE TABLE rejected_transfer (
    id bigint PRIMARY KEY,
    received_at timestamptz NOT NULL,
    origin text NOT NULL DEFAULT '',
    reason text NOT NULL CHECK (length(reason) > 0),
    transfer_number text NOT NULL DEFAULT '',
    document bytea NOT NULL
);
CREATE INDEX rejected_transfer_received ON rejected_transfer(received_at);
CREATE SEQUENCE rejected_transfer_id_seq OWNED BY rejected_transfer.id;
CREATE TRIGGER rejected_transfer_fill_id BEFORE INSERT ON rejected_transfer FOR EACH ROW
    EXECUTE FUNCTION xiuhua_fill_id('rejected_transfer_id_seq');
)SQL");
}

// SQLite's migration 9: the roster of a period through its entries' ends.
QString migrationPg4()
{
    return QStringLiteral("CREATE INDEX roster_entry_to ON roster_entry(to_at);");
}

const std::vector<std::function<QString()>>& migrations()
{
    static const std::vector<std::function<QString()>> list{migrationPg1, migrationPg2, migrationPg3,
                                                            migrationPg4};
    return list;
}

bool hasTable(PgConnection& db, const char* name)
{
    Statement s(db, "SELECT to_regclass(?1) IS NOT NULL");
    s.bind(1, QString::fromLatin1(name));
    s.step();
    return s.text(0) == QLatin1String("t");
}

} // namespace

int currentPgSchemaVersion()
{
    return static_cast<int>(migrations().size());
}

int readPgSchemaVersion(PgConnection& db)
{
    if (hasTable(db, "xiuhua_schema")) {
        Statement s(db, "SELECT max(version) FROM xiuhua_schema");
        return s.step() && !s.isNull(0) ? s.integer(0) : 0;
    }
    Statement tables(db, "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema()");
    tables.step();
    if (tables.int64(0) > 0)
        throw StorageError(StorageError::Kind::NotADatabase,
                           "the PostgreSQL database " + db.location().toStdString() +
                               " holds tables but no Xiuhua schema: it is not a Xiuhua database. It was "
                               "not changed.");
    return 0;
}

bool migratePg(PgConnection& db)
{
    const auto refuseNewer = [&db](int version) {
        if (version > currentPgSchemaVersion())
            throw StorageError(StorageError::Kind::NewerSchema,
                               "the database " + db.location().toStdString() + " has schema version " +
                                   std::to_string(version) +
                                   ", written by a newer Xiuhua; this version reads up to " +
                                   std::to_string(currentPgSchemaVersion()) + ". It was not changed.");
    };
    int version = readPgSchemaVersion(db);
    refuseNewer(version);
    if (version == currentPgSchemaVersion())
        return false;
    Transaction transaction(db);
    version = readPgSchemaVersion(db); // another console may have set it up while we waited
    refuseNewer(version);
    const bool setUp = version == 0;
    if (setUp)
        db.execute("CREATE TABLE xiuhua_schema (version integer NOT NULL, applied_at timestamptz NOT NULL "
                   "DEFAULT now())");
    for (int next = version + 1; next <= currentPgSchemaVersion(); ++next) {
        const QByteArray sql = migrations()[static_cast<std::size_t>(next - 1)]().toUtf8();
        db.execute(sql.constData());
        Statement record(db, "INSERT INTO xiuhua_schema (version) VALUES (?1)");
        record.bind(1, next);
        record.run();
    }
    db.execute(grantsSql);
    transaction.commit();
    return setUp;
}

void grantPgConsoleRole(PgConnection& db)
{
    db.execute(grantsSql);
}

} // namespace xiuhua::storage
