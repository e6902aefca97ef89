#!/usr/bin/env python3
"""Field-link load benchmark (issue 13), the whole system as a station runs it.

`xiuhua serve` over HTTPS on a demo station with 300 officers, each with a registered phone;
300 simulated phones report every 5 s (Traccar Client's OsmAnd GET, one fix each) and every
minute a tenth of them come back from a dead zone with a queued burst (OwnTracks HTTP, a JSON
array of 12 fixes, each with its own tst), for --minutes. Two consoles are open on the same
database (under Xvfb, with --frame-stats) and one `xiuhua watch` follows it.

Measured: accepted positions per second; request round trip; ingest -> visible (from the request
leaving the phone to the position's line in `watch`, which follows the feed exactly as the
consoles do: dispatch::PositionFollower on a 250 ms look); the consoles' event-loop lateness
before and during the load; and, halfway through, the service is killed with SIGKILL and
started again: every position a phone had an HTTP 200 for must be in the database at the end.

    python3 bench/field_load.py --xiuhua build/dev/src/app/xiuhua [--minutes 10] [--devices 300]

Exit status 1 when an acknowledged position is missing. Results: docs/PERFORMANCE.md.
"""
import argparse
import base64
import calendar
import http.client
import json
import os
import random
import signal
import sqlite3
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)
DEMO_PASSWORD = "demo1234"


def epoch(utc_text):
    """Seconds since the epoch of a stored or printed UTC time ("2026-12-06T06:30:05.000Z")."""
    return calendar.timegm(time.strptime(utc_text[:19].replace(" ", "T"), "%Y-%m-%dT%H:%M:%S"))


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[int(p * (len(ordered) - 1))]


class Service:
    def __init__(self, xiuhua, db, tls, log):
        self.args = [xiuhua, "serve", "--db", db, "--listen", "127.0.0.1:0",
                     "--cert", os.path.join(tls, "demo-cert.pem"), "--key", os.path.join(tls, "demo-key.pem")]
        self.log = log
        self.process = None
        self.port = None

    def start(self, port=0):
        args = list(self.args)
        args[args.index("127.0.0.1:0")] = f"127.0.0.1:{port}"
        self.process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=self.log, text=True)
        line = self.process.stdout.readline()
        found = line.split("https://127.0.0.1:")
        if len(found) < 2:
            raise SystemExit(f"xiuhua serve did not start: {line!r}")
        self.port = int(found[1].split("/")[0].split()[0])
        threading.Thread(target=self.process.stdout.read, daemon=True).start()
        return self.port

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=60)


class Watch:
    """`xiuhua watch`: the arrival time of each position line, by (device id, fix second)."""

    def __init__(self, xiuhua, db):
        self.seen = {}
        self.process = subprocess.Popen([xiuhua, "watch", "--db", db], stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, text=True, bufsize=1)
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        for line in self.process.stdout:
            arrived = time.time()
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if "position" in record:
                fix = epoch(record["fix_time"])
                self.seen.setdefault((record["device"], fix), arrived)

    def stop(self):
        self.process.terminate()
        self.process.wait()


class Phones:
    def __init__(self, devices, port_holder, ca, minutes, addresses):
        self.devices = devices  # [(identifier, numeric id, token)]
        self.port_holder = port_holder
        self.context = ssl.create_default_context(cafile=ca)
        self.context.check_hostname = False
        self.deadline = time.time() + minutes * 60
        self.addresses = addresses
        self.lock = threading.Lock()
        self.sent = {}  # (device numeric id, fix second) -> time the request left
        self.acknowledged = set()
        self.round_trips = []
        self.failures = 0
        self.refused = {}
        self.accepted_fixes = 0

    def connection(self, index):
        address = self.addresses[index % len(self.addresses)]
        return http.client.HTTPSConnection("127.0.0.1", self.port_holder[0], context=self.context, timeout=30,
                                           source_address=(address, 0))

    def send(self, index, conn, method, path, body, headers, fixes):
        ident, numeric, _ = self.devices[index]
        started = time.time()
        for fix in fixes:
            self.sent[(numeric, fix)] = started  # the attempt that is answered counts
        try:
            if conn[0] is None:
                conn[0] = self.connection(index)
            conn[0].request(method, path, body=body, headers=headers)
            response = conn[0].getresponse()
            response.read()
            status = response.status
        except (OSError, http.client.HTTPException):
            conn[0] = None
            with self.lock:
                self.failures += 1
            return False
        with self.lock:
            self.round_trips.append((time.time() - started) * 1000)
            if status == 200:
                self.acknowledged.update((numeric, fix) for fix in fixes)
                self.accepted_fixes += len(fixes)
            else:
                self.refused[status] = self.refused.get(status, 0) + 1
        return status == 200

    def phone(self, index):
        ident, numeric, token = self.devices[index]
        rng = random.Random(index)
        lon, lat = 121.47 + rng.uniform(-0.02, 0.02), 31.23 + rng.uniform(-0.02, 0.02)
        conn = [None]
        queued = []  # fixes not yet acknowledged: a phone keeps them and sends them again
        time.sleep(rng.uniform(0, 5))
        next_report = time.time()
        burst_at = time.time() + rng.uniform(10, 60) if index % 10 == 0 else None
        auth = base64.b64encode(f"{ident}:{token}".encode()).decode()
        while time.time() < self.deadline:
            now = int(time.time())
            lon += rng.uniform(-1e-4, 1e-4)
            lat += rng.uniform(-1e-4, 1e-4)
            if burst_at and time.time() >= burst_at:
                # Back from a dead zone: the last minute's fixes at once, OwnTracks' queue.
                fixes = [now - 60 + 5 * i for i in range(12)]
                body = json.dumps([{"_type": "location", "lat": lat, "lon": lon, "tst": t, "acc": 10, "batt": 70,
                                    "tid": "ZZ"} for t in fixes])
                self.send(index, conn, "POST", "/owntracks", body,
                          {"Content-Type": "application/json", "Authorization": "Basic " + auth,
                           "X-Limit-U": ident, "X-Limit-D": "phone"}, fixes)
                burst_at = time.time() + 60
            else:
                queued.append((now, lon, lat))
                while queued:
                    t, qlon, qlat = queued[0]
                    query = urllib.parse.urlencode({"id": ident, "lat": f"{qlat:.6f}", "lon": f"{qlon:.6f}",
                                                    "timestamp": t, "speed": "1.1", "batt": 80, "token": token})
                    if not self.send(index, conn, "GET", "/?" + query, None, {}, [t]):
                        break
                    queued.pop(0)
            next_report += 5
            time.sleep(max(0, next_report - time.time()))


def read_position_lag(path):
    """The consoles' 'positions shown' lines: [(count, p50, p99, max)]."""
    rows = []
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if "positions shown:" not in line:
                    continue
                part = line.split("positions shown:")[1]
                rows.append((int(part.split(",")[0]), float(part.split("p50")[1].split("ms")[0]),
                             float(part.split("p99")[1].split("ms")[0]), float(part.split("max")[1].split("ms")[0])))
    except FileNotFoundError:
        pass
    return rows


def read_ui_latency(path):
    """The consoles' 'ui latency' summary lines: [(p99, max, dropped, ticks)]."""
    rows = []
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                if "ui latency:" not in line:
                    continue
                part = line.split("ui latency:")[1]
                ticks = int(part.split("ticks")[0])
                p99 = float(part.split("p99")[1].split("ms")[0])
                worst = float(part.split("max")[1].split("ms")[0])
                dropped = int(part.split("ms,")[-1].split("frames")[0])
                rows.append((p99, worst, dropped, ticks))
    except FileNotFoundError:
        pass
    return rows


def summarise_ui(rows):
    if not rows:
        return "no summary lines"
    return (f"p99 of the {len(rows)} windows' p99: {percentile([r[0] for r in rows], 0.5):.1f} ms median, "
            f"worst {max(r[1] for r in rows):.0f} ms, frames dropped {sum(r[2] for r in rows)} of "
            f"{sum(r[3] for r in rows)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xiuhua", default=os.path.join(SOURCE, "build/dev/src/app/xiuhua"))
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--devices", type=int, default=300)
    parser.add_argument("--addresses", type=int, default=10,
                        help="loopback source addresses the phones come from (the service limits each)")
    parser.add_argument("--baseline-seconds", type=int, default=60)
    parser.add_argument("--no-consoles", action="store_true")
    args = parser.parse_args()
    xiuhua = os.path.abspath(args.xiuhua)

    work = tempfile.mkdtemp(prefix="xiuhua-field-load-")
    db = os.path.join(work, "station.sqlite")
    tls = os.path.join(work, "tls")
    subprocess.run([os.path.join(SOURCE, "scripts/demo-certificate"), tls], check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run([xiuhua, "simulate", "--db", db, "--calls", "20", "--responders", str(args.devices),
                    "--log-level", "warn"], check=True, env=env)
    with sqlite3.connect(db) as c:
        badges = [row[0] for row in c.execute(
            "SELECT badge_no FROM responder WHERE kind NOT IN ('dispatcher', 'supervisor') ORDER BY id")]
    badges = badges[:args.devices]
    tokens = [base64.urlsafe_b64encode(os.urandom(24)).decode().rstrip("=") for _ in badges]
    csv_path = os.path.join(work, "devices.csv")
    with open(csv_path, "w", encoding="utf-8") as f:
        f.write("device_id,badge_no,token\n")
        for i, (badge, token) in enumerate(zip(badges, tokens)):
            f.write(f"phone-{i:03d},{badge},{token}\n")
    subprocess.run([xiuhua, "import", "--db", db, "--kind", "devices", "--file", csv_path, "--operator", "admin",
                    "--log-level", "warn"], input=DEMO_PASSWORD + "\n", text=True, check=True, env=env,
                   stdout=subprocess.DEVNULL)
    with sqlite3.connect(db) as c:
        ids = dict(c.execute("SELECT identifier, id FROM device"))
    devices = [(f"phone-{i:03d}", ids[f"phone-{i:03d}"], tokens[i]) for i in range(len(badges))]
    print(f"station: {len(devices)} officers with phones, database {db}", flush=True)

    service_log = open(os.path.join(work, "serve.log"), "w")
    service = Service(xiuhua, db, tls, service_log)
    port = [service.start()]
    watch = Watch(xiuhua, db)

    consoles = []
    xvfb = None
    if not args.no_consoles:
        display = ":%d" % (90 + os.getpid() % 9)
        xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                stderr=subprocess.DEVNULL)
        time.sleep(1)
        logins = [row for row in sqlite3.connect(db).execute(
            "SELECT login FROM operator_account WHERE role = 'dispatcher' ORDER BY id LIMIT 2")]
        for n, (login,) in enumerate(logins):
            log = os.path.join(work, f"console-{n}.log")
            consoles.append((log, subprocess.Popen(
                [xiuhua, "--db", db, "--operator", login, "--frame-stats", "10", "--lang", "zh_CN"],
                env=dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb"),
                stdout=subprocess.DEVNULL, stderr=open(log, "w"))))
        print(f"two consoles open; {args.baseline_seconds} s without load for the baseline", flush=True)
        time.sleep(args.baseline_seconds)
    baseline = [read_ui_latency(log) for log, _ in consoles]

    addresses = [f"127.0.0.{2 + i}" for i in range(args.addresses)]
    phones = Phones(devices, port, os.path.join(tls, "demo-cert.pem"), args.minutes, addresses)
    started = time.time()
    threads = [threading.Thread(target=phones.phone, args=(i,), daemon=True) for i in range(len(devices))]
    for t in threads:
        t.start()
    print(f"{len(devices)} phones reporting every 5 s for {args.minutes} min", flush=True)

    # Halfway: the service is killed (no clean stop) and started again on the same port.
    time.sleep(args.minutes * 30)
    killed_at = time.time()
    service.kill()
    time.sleep(2)
    service.start(port[0])
    restarted_after = time.time() - killed_at
    print(f"service killed and started again ({restarted_after:.1f} s without it)", flush=True)

    for t in threads:
        t.join()
    duration = time.time() - started
    time.sleep(2)  # the last looks of the feed
    during = [read_ui_latency(log)[len(base):] for (log, _), base in zip(consoles, baseline)]
    service.stop()
    watch.stop()
    for _, console in consoles:
        console.terminate()
        console.wait()
    if xvfb:
        xvfb.terminate()

    with sqlite3.connect(db) as c:
        stored = set()
        for device, fix_at in c.execute("SELECT device_id, fix_at FROM position"):
            stored.add((device, epoch(fix_at)))
    lost = phones.acknowledged - stored
    visible = [(watch.seen[key] - phones.sent[key]) * 1000 for key in phones.acknowledged if key in watch.seen]

    print()
    print(f"duration {duration:.0f} s, {len(devices)} phones, {len(addresses)} source addresses")
    print(f"requests: {len(phones.round_trips)} answered, {phones.failures} failed (connection), "
          f"refused {phones.refused}")
    print(f"accepted positions: {phones.accepted_fixes} ({phones.accepted_fixes / duration:.1f}/s)")
    print(f"request round trip: p50 {percentile(phones.round_trips, 0.5):.1f} ms, "
          f"p99 {percentile(phones.round_trips, 0.99):.1f} ms")
    print(f"ingest -> visible (watch): {len(visible)} of {len(phones.acknowledged)} seen, "
          f"p50 {percentile(visible, 0.5):.0f} ms, p99 {percentile(visible, 0.99):.0f} ms, "
          f"max {max(visible) if visible else float('nan'):.0f} ms")
    print(f"service killed once: {restarted_after:.1f} s down; acknowledged positions missing afterwards: {len(lost)}")
    for n, (base, load) in enumerate(zip(baseline, during)):
        print(f"console {n + 1}: before load: {summarise_ui(base)}")
        print(f"console {n + 1}: under load:  {summarise_ui(load)}")
    for n, (log, _) in enumerate(consoles):
        lag = read_position_lag(log)
        if lag:
            print(f"console {n + 1}: positions shown {sum(r[0] for r in lag)}, after the service stored them: "
                  f"p50 of the windows' p50 {percentile([r[1] for r in lag], 0.5):.0f} ms, "
                  f"worst window p99 {max(r[2] for r in lag):.0f} ms, max {max(r[3] for r in lag):.0f} ms")
    print(f"work folder: {work}")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
