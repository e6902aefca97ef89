#!/usr/bin/python3
"""The duty page in a real headless Chromium against `xiuhua serve`.

Starts the service over HTTPS (a throw-away self-signed certificate) on a free port against a fresh
database in which an incident is dispatched to an officer; logs in as the officer, sees the
assignment, presses 已到场 and checks in the database that the assignment is on scene by that
officer; the browser's (emulated) position arrives through the officer's phone; a second browser
without a session is sent to the login and refused on POST; a POST without the CSRF token is refused.

Usage: test_duty_page_chromium.py XIUHUA_BINARY FIXTURE_BINARY
Any failure, including a browser that cannot start, is a failure (exit 1), never a skip.
"""
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

WAIT_SECONDS = 60 * int(os.environ.get("XIUHUA_WAIT_SCALE", "1"))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_certificate(folder):
    cert, key = os.path.join(folder, "cert.pem"), os.path.join(folder, "key.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", key, "-out", cert], check=True, capture_output=True)
    return cert, key


def wait_for_port(port, server):
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError("xiuhua serve exited with %s" % server.returncode)
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("xiuhua serve did not listen on %d" % port)


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=zh-CN", "--window-size=412,915"):
        options.add_argument(arg)
    options.accept_insecure_certs = True
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def post_from_page(driver, path, fields, csrf_header=None):
    """POSTs a form from the page's own origin (as a forged or stale form would); returns the status."""
    return driver.execute_async_script(
        """const [path, fields, csrf, done] = arguments;
           const headers = csrf ? {'X-CSRF-Token': csrf} : {};
           fetch(path, {method: 'POST', body: new URLSearchParams(fields), headers: headers,
                        credentials: 'same-origin', redirect: 'manual'})
             .then(r => done(r.status)).catch(e => done('error ' + e));""", path, fields, csrf_header)


def main():
    xiuhua, fixture = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as folder:
        db = os.path.join(folder, "station.sqlite")
        facts = json.loads(subprocess.run([fixture, db], check=True, capture_output=True, text=True,
                                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout)
        cert, key = make_certificate(folder)
        port = free_port()
        base = "https://127.0.0.1:%d" % port
        log = open(os.path.join(folder, "serve.log"), "w")
        server = subprocess.Popen([xiuhua, "serve", "--db", db, "--listen", "127.0.0.1:%d" % port,
                                   "--cert", cert, "--key", key], stdout=log, stderr=subprocess.STDOUT)
        drivers = []
        try:
            wait_for_port(port, server)
            officer = browser()
            drivers.append(officer)
            officer.execute_cdp_cmd("Browser.grantPermissions", {"origin": base, "permissions": ["geolocation"]})
            officer.execute_cdp_cmd("Emulation.setGeolocationOverride",
                                    {"latitude": 31.2321, "longitude": 121.4751, "accuracy": 12})
            wait = WebDriverWait(officer, WAIT_SECONDS)

            officer.get(base + "/duty")
            assert "登录" in officer.page_source, "the login page is not Chinese"
            officer.find_element(By.ID, "login").send_keys(facts["login"])
            officer.find_element(By.ID, "password").send_keys(facts["password"])
            officer.find_element(By.ID, "login-button").click()
            wait.until(EC.presence_of_element_located((By.ID, "assignment")))
            assert officer.current_url == base + "/duty/", officer.current_url
            assert officer.find_element(By.ID, "incident-number").text == facts["incident_number"]
            assert officer.find_element(By.ID, "incident-caller").text == "王** 138****5678"
            assert "13812345678" not in officer.page_source
            assert officer.find_element(By.ID, "map-link").get_attribute("href").startswith("geo:31.233000,121.476000")
            cookies = officer.get_cookies()
            session = [c for c in cookies if c["name"] == "xiuhua_duty"]
            assert session and session[0]["httpOnly"] and session[0]["secure"], cookies
            assert session[0].get("sameSite") == "Strict" and session[0]["path"] == "/duty", session
            assert officer.execute_script("return document.cookie") == "", "the session cookie is readable by script"

            # The emulated position arrives as from the officer's registered phone.
            wait.until(EC.text_to_be_present_in_element((By.ID, "position-status"), "位置已发送"))

            officer.find_element(By.ID, "btn-on-scene").click()
            wait.until(lambda d: "done=on_scene" in d.current_url)
            assert officer.find_element(By.ID, "assignment-status").text == "已到场"

            with sqlite3.connect("file:%s?mode=ro" % db, uri=True) as store:
                status, = store.execute("SELECT status FROM assignment WHERE id = ?",
                                        (facts["assignment_id"],)).fetchone()
                assert status == "on_scene", status
                actor, name, workstation, after = store.execute(
                    "SELECT actor_id, actor_name, workstation, after_json FROM audit_event "
                    "WHERE entity = 'assignment' AND entity_id = ? ORDER BY seq DESC LIMIT 1",
                    (facts["assignment_id"],)).fetchone()
                assert actor == facts["officer_id"] and name == facts["officer_name"], (actor, name)
                assert workstation.startswith("duty "), workstation
                assert json.loads(after)["status"] == "on_scene", after
                fixes = store.execute("SELECT lat, lon, verdict FROM position WHERE responder_id = ?",
                                      (facts["officer_id"],)).fetchall()
                assert any(abs(lat - 31.2321) < 1e-6 and abs(lon - 121.4751) < 1e-6 for lat, lon, _ in fixes), fixes

            # A POST without the CSRF token, from the officer's own page and session: refused, nothing changes.
            fields = {"assignment": str(facts["assignment_id"]), "action": "clear"}
            assert post_from_page(officer, "/duty/action", fields) == 403
            assert post_from_page(officer, "/duty/action", dict(fields, csrf="0" * 64)) == 403
            with sqlite3.connect("file:%s?mode=ro" % db, uri=True) as store:
                assert store.execute("SELECT status FROM assignment WHERE id = ?",
                                     (facts["assignment_id"],)).fetchone()[0] == "on_scene"

            # A second browser without a session: sent to the login, refused on POST.
            stranger = browser()
            drivers.append(stranger)
            stranger.get(base + "/duty/")
            WebDriverWait(stranger, WAIT_SECONDS).until(EC.presence_of_element_located((By.ID, "login-form")))
            assert stranger.current_url == base + "/duty", stranger.current_url
            csrf = officer.find_element(By.TAG_NAME, "body").get_attribute("data-csrf")
            assert post_from_page(stranger, "/duty/action", dict(fields, csrf=csrf), csrf) == 403
            with sqlite3.connect("file:%s?mode=ro" % db, uri=True) as store:
                assert store.execute("SELECT status FROM assignment WHERE id = ?",
                                     (facts["assignment_id"],)).fetchone()[0] == "on_scene"

            # Logout ends the session.
            officer.find_element(By.ID, "logout-button").click()
            wait.until(EC.presence_of_element_located((By.ID, "login-form")))
            officer.get(base + "/duty/")
            wait.until(EC.presence_of_element_located((By.ID, "login-form")))
            print("duty page in Chromium: login, assignment, 已到场, position, refusals, logout: OK")
        finally:
            for driver in drivers:
                driver.quit()
            server.terminate()
            server.wait(timeout=30)
            log.close()
            with open(os.path.join(folder, "serve.log")) as output:
                sys.stderr.write(output.read()[-4000:])


if __name__ == "__main__":
    main()
