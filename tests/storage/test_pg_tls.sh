#!/usr/bin/env bash
# TLS to the station's server as DEPLOYMENT.md sets it up: inside scripts/test's throw-away cluster a CA
# and a server certificate for localhost are made and ssl turned on; `xiuhua check-db` with
# sslmode=verify-full and that CA connects (over TLS), and with another CA is refused with a clear
# message and a non-zero exit. The cluster's ssl settings are put back afterwards.
# Runs inside pg_virtualenv (scripts/test), which sets PGHOST, PGPORT, PGUSER and PGPASSWORD.
set -euo pipefail
xiuhua=$1
if [[ -z "${PGHOST:-}${PGSERVICE:-}" ]]; then
    if [[ "${CI:-}" == true || "${XIUHUA_REQUIRE_POSTGRES:-}" == 1 ]]; then
        echo "FAIL: no PostgreSQL server (PG* variables unset; scripts/test runs this inside pg_virtualenv)" >&2
        exit 1
    fi
    echo "SKIP: no PostgreSQL server (PG* variables unset); scripts/test starts one" >&2
    exit 77
fi
fail() { echo "FAIL: $*" >&2; exit 1; }
work=$(mktemp -d)
db=xiuhua_tls_$$
cleanup() {
    psql -q -X -d postgres -c "ALTER SYSTEM RESET ssl" -c "ALTER SYSTEM RESET ssl_cert_file" \
        -c "ALTER SYSTEM RESET ssl_key_file" -c "SELECT pg_reload_conf()" >/dev/null 2>&1 || true
    psql -q -X -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
chmod 0755 "$work"
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config

# The station's CA, a server certificate for localhost signed by it, and a stranger's CA.
openssl req -x509 -new -nodes -newkey rsa:2048 -days 2 -subj "/CN=Xiuhua test station CA" \
    -keyout "$work/ca.key" -out "$work/ca.crt" 2>/dev/null
openssl req -x509 -new -nodes -newkey rsa:2048 -days 2 -subj "/CN=Someone else's CA" \
    -keyout "$work/other.key" -out "$work/other.crt" 2>/dev/null
openssl req -new -nodes -newkey rsa:2048 -subj "/CN=localhost" \
    -keyout "$work/server.key" -out "$work/server.csr" 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$work/ext"
openssl x509 -req -in "$work/server.csr" -CA "$work/ca.crt" -CAkey "$work/ca.key" -CAcreateserial \
    -days 2 -extfile "$work/ext" -out "$work/server.crt" 2>/dev/null
# The server reads them as the cluster's owner (postgres when pg_virtualenv runs as root).
data_dir=$(psql -X -At -d postgres -c "SHOW data_directory")
owner=$(stat -c %U "$data_dir")
chmod 0600 "$work/server.key"
chmod 0644 "$work/server.crt"
[[ $(id -un) == "$owner" ]] || chown "$owner" "$work/server.key" "$work/server.crt"

psql -q -X -v ON_ERROR_STOP=1 -d postgres >/dev/null <<SQL
ALTER SYSTEM SET ssl_cert_file = '$work/server.crt';
ALTER SYSTEM SET ssl_key_file = '$work/server.key';
ALTER SYSTEM SET ssl = on;
SELECT pg_reload_conf();
SQL
# The reload is asynchronous: wait until a new connection is offered TLS.
for _ in $(seq 50); do
    [[ $(psql -X -At "host=localhost sslmode=require dbname=postgres" -c "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()" 2>/dev/null) == t ]] && break
    sleep 0.2
done
createdb "$db"
station="host=localhost dbname=$db sslmode=verify-full sslrootcert=$work/ca.crt"
"$xiuhua" simulate --db "$station" --calls 2 >/dev/null || fail "simulate over TLS (verify-full) failed"
out=$("$xiuhua" check-db "$station" 2>&1) || fail "check-db over TLS (verify-full) failed: $out"
[[ "$out" == *"Healthy: yes"* ]] || fail "check-db over TLS: $out"
# The session really is encrypted (psql with the same settings).
[[ $(psql -X -At "$station" -c "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()") == t ]] ||
    fail "the verify-full connection is not encrypted"
echo "verify-full with the station's CA: connected over TLS"

# Another CA: refused, with libpq's reason in the message, exit 1.
stranger="host=localhost dbname=$db sslmode=verify-full sslrootcert=$work/other.crt"
if out=$("$xiuhua" check-db "$stranger" 2>&1); then fail "check-db trusted a server certificate from another CA"; fi
[[ "$out" == *"certificate verify failed"* ]] || fail "no clear message for the wrong CA: $out"
if out=$("$xiuhua" verify-audit --db "$stranger" 2>&1); then fail "verify-audit trusted another CA"; fi
[[ "$out" == *"certificate verify failed"* ]] || fail "verify-audit: no clear message for the wrong CA: $out"
echo "verify-full with another CA: refused ($(grep -o 'certificate verify failed' <<<"$out" | head -1))"
# verify-full also checks the name: the certificate is for localhost, not for 127.0.0.2.
if out=$("$xiuhua" check-db "host=127.0.0.2 dbname=$db sslmode=verify-full sslrootcert=$work/ca.crt" 2>&1); then
    fail "check-db accepted a certificate for another host name"
fi
echo "PASS: TLS"
