#!/bin/sh
# What an audited dispatch action's SQL costs on this cluster with an ideal client, against plain
# one-row INSERT commits: pgbench (a client nobody here wrote, in C, no JSON or hashing of its own)
# sends the action's statements against Xiuhua's real tables — the incident with its indexes, CHECKs
# and id trigger, its timeline entry, the audit record with its append-only and head triggers, the
# NOTIFY — in two ways:
#
#   pipelined   BEGIN, the writer lock, the three INSERTs, NOTIFY and COMMIT in one round trip
#   function    the same statements as one server-side PL/pgSQL call
#   unlocked    the function without the writer lock: what the statements cost if nothing were
#               serialised (no audit chain, no gap-free numbers), an upper bound for 8 writers
#
# Neither computes the audit hash (fixed 64-character values) or reads anything back: an upper
# bound for any client, ours included. docs/PERFORMANCE.md, "The shared PostgreSQL engine".
#
#   pg_virtualenv -t -o fsync=on sh -c \
#       'build/dev/bench/bench_pg_station throughput && bench/pg_action_bound.sh bench_audited'
#
# Argument: a database with Xiuhua's schema (bench_pg_station throughput leaves bench_audited).
# XIUHUA_BENCH_SECONDS: seconds per run (default 5).
set -eu

database=${1:?usage: pg_action_bound.sh DATABASE, one with the Xiuhua schema}
seconds=${XIUHUA_BENCH_SECONDS:-5}
pgbench=$(ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | sort -V | tail -n 1)
[ -x "$pgbench" ] || { echo "pg_action_bound.sh: pgbench not found (postgresql package)" >&2; exit 2; }

fsync=$(psql -d "$database" -Atc "SHOW fsync")
synchronous=$(psql -d "$database" -Atc "SHOW synchronous_commit")
if [ "$fsync" != on ] || [ "$synchronous" != on ]; then
    echo "pg_action_bound.sh: fsync = $fsync, synchronous_commit = $synchronous: commits do not wait" \
        "for the disk; run in pg_virtualenv -t -o fsync=on" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"; psql -q -d "$database" -c "DROP FUNCTION IF EXISTS bench_bound_action(bigint, text, boolean); DROP TABLE IF EXISTS bench_bound_plain; DROP SEQUENCE IF EXISTS bench_bound_seq" >/dev/null 2>&1 || true' EXIT

psql -q -v ON_ERROR_STOP=1 -d "$database" <<'SQL'
CREATE TABLE bench_bound_plain (id bigserial PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), text text);
-- Audit seqs far above the bench's own, so the real audit_event table takes the rows.
CREATE SEQUENCE bench_bound_seq START 1000000000;
CREATE FUNCTION bench_bound_action(n bigint, j text, locked boolean) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
    created bigint;
BEGIN
    IF locked THEN
        PERFORM pg_advisory_xact_lock(8);
    END IF;
    INSERT INTO incident (id, number, received_at, source, caller_name, caller_phone, address_text, lon, lat,
                          category, subcategory, priority, status, description, follow_up_required, updated_at)
        VALUES (NULL, 'F' || n, now(), 'phone', '李女士', '13912345678', '南京东路 300 号', 121.48, 31.238,
                'burglary', 'home_burglary', 'P2', 'new', '住户回家发现门被撬开。', 1, now())
        RETURNING id INTO created;
    INSERT INTO incident_event (incident_id, at, actor_id, kind, text, before_json, after_json)
        VALUES (created, now(), NULL, 'status', 'Incident received', NULL, j);
    INSERT INTO audit_event (seq, at, actor_id, actor_name, workstation, action, entity, entity_id,
                             before_json, after_json, prev_hash, hash)
        VALUES (nextval('bench_bound_seq'), now(), NULL, 'bench', 'bench-1', 'incident.create', 'incident',
                created, NULL, j, repeat('a', 64), repeat('b', 64));
    PERFORM pg_notify('xiuhua_change', '{"entity":"incident","action":"incident.create"}');
    RETURN created;
END $$;
SQL

# An incident's JSON image is about 600 bytes; the timeline and the audit record each carry one.
image="repeat('住户回家发现门被撬开', 30)"
cat >"$work/plain.sql" <<SQL
INSERT INTO bench_bound_plain (text) VALUES ('住户回家发现门被撬开。');
SQL
cat >"$work/pipelined.sql" <<SQL
\\set n random(1, 9000000000000)
\\startpipeline
BEGIN;
SELECT pg_advisory_xact_lock(8);
INSERT INTO incident (id, number, received_at, source, caller_name, caller_phone, address_text, lon, lat, category, subcategory, priority, status, description, follow_up_required, updated_at) VALUES (NULL, 'P' || :n, now(), 'phone', '李女士', '13912345678', '南京东路 300 号', 121.48, 31.238, 'burglary', 'home_burglary', 'P2', 'new', '住户回家发现门被撬开。', 1, now());
INSERT INTO incident_event (incident_id, at, actor_id, kind, text, before_json, after_json) VALUES (currval('incident_id_seq'), now(), NULL, 'status', 'Incident received', NULL, $image);
INSERT INTO audit_event (seq, at, actor_id, actor_name, workstation, action, entity, entity_id, before_json, after_json, prev_hash, hash) VALUES (nextval('bench_bound_seq'), now(), NULL, 'bench', 'bench-1', 'incident.create', 'incident', currval('incident_id_seq'), NULL, $image, repeat('a', 64), repeat('b', 64));
SELECT pg_notify('xiuhua_change', '{"entity":"incident","action":"incident.create"}');
COMMIT;
\\endpipeline
SQL
cat >"$work/function.sql" <<SQL
\\set n random(1, 9000000000000)
SELECT bench_bound_action(:n, $image, true);
SQL
cat >"$work/unlocked.sql" <<SQL
\\set n random(1, 9000000000000)
SELECT bench_bound_action(:n, $image, false);
SQL

tps() {
    "$pgbench" -n -M prepared -T "$seconds" -c "$2" -j 2 -f "$work/$1.sql" "$database" 2>&1 |
        sed -n 's/^tps = \([0-9.]*\).*/\1/p'
}

version=$("$pgbench" --version)
echo "pg_action_bound: $seconds s per run; fsync = $fsync, synchronous_commit = $synchronous ($version)"
for writers in 1 8; do
    plain=$(tps plain "$writers")
    for way in pipelined function unlocked; do
        action=$(tps "$way" "$writers")
        awk -v w="$writers" -v way="$way" -v a="$action" -v p="$plain" 'BEGIN {
            printf "  %d writer(s): audited action (%s) %.0f/s, plain one-row INSERT commits %.0f/s, ratio %.2f\n",
                   w, way, a, p, a / p }'
    done
done
