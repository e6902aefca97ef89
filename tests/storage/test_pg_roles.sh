#!/usr/bin/env bash
# Database roles on PostgreSQL: the owner runs the migrations; the consoles' role (xiuhua_console)
# reads and writes through the store, appends audit records, and is refused every UPDATE, DELETE and
# TRUNCATE of the audit log, the timelines and signed reports, checked with psql as that role.
# Runs inside pg_virtualenv (scripts/test), which sets PGHOST, PGPORT, PGUSER and PGPASSWORD.
set -euo pipefail
tool=$1
if [[ -z "${PGHOST:-}${PGSERVICE:-}" ]]; then
    if [[ "${CI:-}" == true || "${XIUHUA_REQUIRE_POSTGRES:-}" == 1 ]]; then
        echo "FAIL: no PostgreSQL server (PG* variables unset; scripts/test runs this inside pg_virtualenv)" >&2
        exit 1
    fi
    echo "SKIP: no PostgreSQL server (PG* variables unset); scripts/test starts one" >&2
    exit 77
fi
db=xiuhua_roles_$$
cleanup() {
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
    psql -q -d postgres -c "DROP ROLE IF EXISTS xr_seat_$$" -c "DROP ROLE IF EXISTS xr_owner_$$" >/dev/null 2>&1 || true
}
trap cleanup EXIT
psql -q -v ON_ERROR_STOP=1 -d postgres <<SQL
DO \$\$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'xiuhua_console') THEN
        CREATE ROLE xiuhua_console NOLOGIN;
    END IF;
END \$\$;
CREATE ROLE xr_owner_$$ LOGIN PASSWORD 'owner-pw';
CREATE ROLE xr_seat_$$ LOGIN PASSWORD 'seat-pw' IN ROLE xiuhua_console;
CREATE DATABASE $db OWNER xr_owner_$$;
REVOKE ALL ON DATABASE $db FROM PUBLIC;
GRANT CONNECT ON DATABASE $db TO xiuhua_console;
SQL
owner="dbname=$db user=xr_owner_$$ password=owner-pw"
seat="dbname=$db user=xr_seat_$$ password=seat-pw"

fail() { echo "FAIL: $*" >&2; exit 1; }

# The console role cannot set up the schema; the owner can.
if "$tool" "$seat" first >/dev/null 2>&1; then fail "the console role created the schema"; fi
"$tool" "$owner" setup >/dev/null || fail "the owner could not set up the database"
# Through the store the console role writes and appends audit records.
"$tool" "$seat" seat >/dev/null || fail "the console role could not write through the store"

refused() { # SQL that must be refused for the console role
    if psql -q -X -v ON_ERROR_STOP=1 "$seat" -c "$1" >/dev/null 2>&1; then fail "allowed: $1"; fi
    echo "refused as expected: $1"
}
refused "UPDATE audit_event SET actor_name = 'x'"
refused "DELETE FROM audit_event"
refused "TRUNCATE audit_event"
refused "UPDATE incident_event SET text = 'x'"
refused "DELETE FROM incident_event"
refused "UPDATE audit_head SET seq = 0"
refused "DELETE FROM xiuhua_schema"
refused "DROP TABLE audit_event"
# The privilege is what refuses, not only the trigger.
answer=$(psql -q -X "$seat" -c "UPDATE audit_event SET actor_name = 'x'" 2>&1 || true)
[[ "$answer" == *"permission denied"* ]] || fail "UPDATE of audit_event was not refused by privilege: $answer"
# Even the owner meets the append-only trigger.
if psql -q -X -v ON_ERROR_STOP=1 "$owner" -c "UPDATE audit_event SET actor_name = 'x'" >/dev/null 2>&1; then
    fail "the owner changed an audit record"
fi
# What the consoles do is allowed.
psql -q -X -v ON_ERROR_STOP=1 "$seat" -c "SELECT count(*) FROM audit_event" >/dev/null ||
    fail "the console role cannot read the audit log"
[[ $(psql -X -At "$seat" -c "SELECT count(*) FROM audit_event") == 2 ]] || fail "expected 2 audit records"
echo "PASS: roles"
