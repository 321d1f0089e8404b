"""GET /healthz reports the database and PostGIS versions, and 503 with a reason when unreachable."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_healthz_reports_postgis_and_table_counts(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["postgresql"].startswith("15") or body["database"]["postgresql"][:2].isdigit()
    assert body["database"]["postgis"].startswith("3.")
    assert body["database"]["pg_trgm"]
    assert "gazetteer_place" in body["database"]["counts"]
    assert body["database"]["counts"]["gazetteer_place"] == 0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_healthz_is_503_with_json_reason_when_database_port_is_closed():
    closed_port = _free_port()  # nothing listens here once the socket above is closed
    port = _free_port()
    env = {
        **os.environ,
        "DEBUG": "1",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{closed_port}/frontline",
        "DJANGO_SETTINGS_MODULE": "frontline.settings",
    }
    server = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "frontline.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=10)
                pytest.fail("healthz answered 200 with the database down")
            except urllib.error.HTTPError as err:
                assert err.code == 503
                assert err.headers["Content-Type"] == "application/json"
                body = json.loads(err.read())
                break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.3)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert body["status"] == "error"
    assert body["database"] == "unreachable"
    assert str(closed_port) in body["reason"] or "connect" in body["reason"].lower()


def test_home_page_says_what_the_app_is(live_server, page):
    page.goto(live_server.url + "/?lang=en")
    assert "Frontline" in page.title()
    assert page.locator("html").get_attribute("dir") in {"rtl", "ltr"}
