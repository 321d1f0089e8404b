"""The timeline map under load: 10,000 places and 200,000 claims.

Measures, against a real server on localhost (Django's runserver, DEBUG=1 for static files):
  * GET /api/control?date=... p50/p95 over random dates, and the gzipped payload size;
  * page ready in headless Chromium (navigation start -> markers and outlines drawn, map.js's mark);
  * one slider step: map.js's own Performance API measures (restyle, restyle + canvas paint) and the
    end-to-end time including the fetch.
and, in-process, where an uncached snapshot's time goes (control_at's query, serialisation, gzip).
Builds its own database `frontline_bench_map` (reused when it holds the data set; --rebuild to start over)
and rebuilds the control periods control_at reads.

    .venv/bin/python bench/bench_map.py [--places 10000] [--claims 200000] [--runs 60]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import io
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from synthetic import copy_places_and_claims  # noqa: E402

BENCH_DB = os.environ.get("BENCH_DATABASE", "frontline_bench_map")
BASE_URL = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/frontline")
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

START, END = dt.date(2011, 3, 15), dt.date(2021, 3, 15)


def db_url(name: str) -> str:
    return urlunsplit(urlsplit(BASE_URL)._replace(path=f"/{name}"))


def ensure_database(rebuild: bool) -> None:
    import psycopg

    with psycopg.connect(db_url("postgres"), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DB]).fetchone()
        if exists and rebuild:
            conn.execute(f'DROP DATABASE "{BENCH_DB}" WITH (FORCE)')
            exists = None
        if not exists:
            conn.execute(f'CREATE DATABASE "{BENCH_DB}"')
    with psycopg.connect(db_url(BENCH_DB), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def generate(n_places: int, n_claims: int, seed: int = 11) -> None:
    """Places inside Syria's bounding box (a few hundred per actor's front), claims over ten years, by COPY."""
    from django.db import connection

    rng = random.Random(seed)
    with connection.cursor() as cursor:
        copy_places_and_claims(
            cursor, rng, n_places=n_places, n_claims=n_claims, start=START, end=END,
            name_ar="قرية رقم {i}", name_en="Village number {i}",
            kinds=["village"] * 80 + ["town"] * 15 + ["city"] * 5,
        )  # fmt: skip
        cursor.execute("ANALYZE")


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(port: int) -> subprocess.Popen:
    env = dict(os.environ, DATABASE_URL=db_url(BENCH_DB), DEBUG="1", LOG_LEVEL="WARNING")
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            urlopen(f"http://127.0.0.1:{port}/api/outlines", timeout=2).read()
            return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit("the bench server did not start")


def fetch_control(base: str, date: dt.date) -> tuple[float, int, bytes]:
    req = Request(f"{base}/api/control?date={date}&include=claimed", headers={"Accept-Encoding": "gzip"})
    t0 = time.perf_counter()
    with urlopen(req) as response:
        body = response.read()
        encoding = response.headers.get("Content-Encoding")
    elapsed = (time.perf_counter() - t0) * 1000
    return elapsed, len(body), gzip.decompress(body) if encoding == "gzip" else body


def bench_api(base: str, runs: int) -> dict:
    """Cold: the first request for each of `runs` random dates (selector + serialisation + gzip).
    Warm: the same dates again (served from the snapshot cache, as every later visitor is)."""
    rng = random.Random(3)
    span = (END - START).days
    dates = [START + dt.timedelta(days=rng.randrange(span)) for _ in range(runs)]
    urlopen(f"{base}/api/outlines").read()
    cold, warm, sizes, raw, features = [], [], [], [], []
    for d in dates:
        elapsed, size, text = fetch_control(base, d)
        cold.append(elapsed)
        sizes.append(size)
        raw.append(len(text))
        features.append(text.count(b'"type":"Feature"'))
    for d in dates:
        warm.append(fetch_control(base, d)[0])
    return {
        "cold_p50": statistics.median(cold),
        "cold_p95": percentile(cold, 0.95),
        "warm_p50": statistics.median(warm),
        "warm_p95": percentile(warm, 0.95),
        "gz_max": max(sizes),
        "gz_p50": statistics.median(sizes),
        "raw_max": max(raw),
        "features_max": max(features),
        "features_p50": statistics.median(features),
    }


def bench_split(runs: int) -> dict:
    """In-process, for `runs` random dates: control_values (the query), the GeoJSON body, gzip; and
    control_at (ControlRows) for comparison."""
    from frontline.map_api import ControlView, compressed
    from frontline.selectors import control_at, control_values

    rng = random.Random(5)
    span = (END - START).days
    dates = [START + dt.timedelta(days=rng.randrange(span)) for _ in range(runs)]
    control_at(dates[0])  # fills the cache of places, as the server's first request did
    times: dict[str, list[float]] = {"control_values": [], "body": [], "gzip": [], "control_at": []}
    for d in dates:
        t0 = time.perf_counter()
        control_values(d, include_claimed=True)
        t1 = time.perf_counter()
        body = ControlView.snapshot(d, None, True, "geojson")
        t2 = time.perf_counter()
        compressed(body)
        t3 = time.perf_counter()
        control_at(d, include_claimed=True)
        t4 = time.perf_counter()
        times["control_values"].append((t1 - t0) * 1000)
        times["body"].append((t2 - t1) * 1000)
        times["gzip"].append((t3 - t2) * 1000)
        times["control_at"].append((t4 - t3) * 1000)
    return {name: statistics.median(values) for name, values in times.items()}


def bench_browser(base: str, loads: int, steps: int) -> dict:
    from playwright.sync_api import sync_playwright

    date = "2020-06-01"
    ready, restyle, paint, end_to_end = [], [], [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        for i in range(loads):
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(base) else r.abort())
            page = context.new_page()
            page.goto(f"{base}/?lang=en&date={date}&claimed=1")
            page.wait_for_function("document.documentElement.dataset.ready === '1'", timeout=30000)
            ready.append(page.evaluate("performance.getEntriesByName('frontline-ready')[0].startTime"))
            if i == loads - 1:
                count = page.evaluate("document.querySelectorAll('#legend-actors li').length")
                assert count > 0, "no legend: the page drew nothing"
                for _ in range(steps):
                    result = page.evaluate(
                        """() => new Promise((resolve) => {
                            const before = document.documentElement.dataset.renderedDate;
                            performance.clearMeasures();
                            const t0 = performance.now();
                            document.querySelector(".steps button[data-step='1'][data-unit='week']").click();
                            (function wait() {
                                const now = document.documentElement.dataset.renderedDate;
                                const m = performance.getEntriesByName('frontline-render-paint');
                                if (now !== before && m.length) {
                                    const r = performance.getEntriesByName('frontline-render')[0];
                                    resolve([r.duration, m[0].duration, m[0].startTime + m[0].duration - t0]);
                                } else requestAnimationFrame(wait);
                            })();
                        })"""
                    )
                    restyle.append(result[0])
                    paint.append(result[1])
                    end_to_end.append(result[2])
            context.close()
        browser.close()
    return {
        "ready_p50": statistics.median(ready),
        "ready_max": max(ready),
        "restyle_p50": statistics.median(restyle),
        "restyle_max": max(restyle),
        "paint_p50": statistics.median(paint),
        "paint_max": max(paint),
        "e2e_p50": statistics.median(end_to_end),
        "e2e_max": max(end_to_end),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=10_000)
    parser.add_argument("--claims", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    ensure_database(args.rebuild)
    os.environ["DATABASE_URL"] = db_url(BENCH_DB)
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "frontline.settings")
    import django

    django.setup()
    from django.core.management import call_command

    from frontline.models import Claim
    from gazetteer.models import Place

    call_command("migrate", verbosity=0)
    if Place.objects.count() != args.places or Claim.objects.count() != args.claims:
        print(f"generating {args.places:,} places and {args.claims:,} claims ...", flush=True)
        Claim.objects.all().delete()
        Place.objects.all().delete()
        generate(args.places, args.claims)
    # control_at reads the control periods derived from the claims; build them as load_demo would.
    t0 = time.perf_counter()
    out = io.StringIO()
    call_command("rebuild_control_periods", stdout=out)
    print(f"{out.getvalue().strip()} (wall {time.perf_counter() - t0:.1f} s)", flush=True)

    port = free_port()
    server = start_server(port)
    base = f"http://127.0.0.1:{port}"
    try:
        api = bench_api(base, args.runs)
        web = bench_browser(base, args.loads, args.steps)
        split = bench_split(min(args.runs, 30))
    finally:
        server.terminate()
        server.wait(timeout=10)

    print(f"data: {args.places:,} places, {args.claims:,} claims ({START} to {END}); runserver on localhost")
    print(
        f"/api/control?include=claimed ({args.runs} random dates): first request p50 {api['cold_p50']:.0f} ms, "
        f"p95 {api['cold_p95']:.0f} ms; cached p50 {api['warm_p50']:.1f} ms, p95 {api['warm_p95']:.1f} ms; "
        f"features p50 {api['features_p50']:,.0f} max {api['features_max']:,}; "
        f"gzipped p50 {api['gz_p50'] / 1024:.0f} KiB, max {api['gz_max'] / 1024:.0f} KiB "
        f"(raw max {api['raw_max'] / 1024:.0f} KiB)"
    )
    print(
        f"uncached snapshot in-process (p50 of {min(args.runs, 30)} dates): control_values {split['control_values']:.1f} ms; "
        f"snapshot body {split['body']:.1f} ms (the same query again + serialising); "
        f"serialising alone ~{split['body'] - split['control_values']:.1f} ms; gzip {split['gzip']:.1f} ms; "
        f"control_at (ControlRows) {split['control_at']:.1f} ms"
    )
    print(
        f"page ready in Chromium ({args.loads} loads): p50 {web['ready_p50']:.0f} ms, max {web['ready_max']:.0f} ms"
    )
    print(
        f"slider step (+1 week, {args.steps} steps): restyle p50 {web['restyle_p50']:.1f} ms max {web['restyle_max']:.1f}; "
        f"restyle + canvas paint p50 {web['paint_p50']:.1f} ms max {web['paint_max']:.1f}; "
        f"end to end incl. fetch p50 {web['e2e_p50']:.0f} ms max {web['e2e_max']:.0f}"
    )


if __name__ == "__main__":
    main()
