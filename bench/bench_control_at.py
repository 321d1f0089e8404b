"""control_at on 10,000 places and 200,000 claims over ten years, next to the same SQL through psycopg.

Builds its own database (default `frontline_bench`, reused when it already holds the data set;
--rebuild to start over), rebuilds the control periods from the claims (timed), then times
control_at(date) for random dates against the identical query over the periods run straight through
psycopg, and prints p50/p95, their ratio and the data size. The raw query fetches the same rows in full
(names, kind, point joined from the places); control_at runs a leaner one (each place's row version
only, its attributes from a per-process cache checked against it), also timed raw. The first call of the
process, which fills that cache, is printed apart. For comparison also the reference query that
aggregates the claims themselves (control_at_reference, what control_at ran before the periods).

    .venv/bin/python bench/bench_control_at.py [--places 10000] [--claims 200000] [--runs 60]
"""

import argparse
import datetime as dt
import gc
import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from synthetic import copy_places_and_claims  # noqa: E402


def bench_url(base_url: str, name: str) -> str:
    parts = urlsplit(base_url)
    return urlunsplit(parts._replace(path=f"/{name}"))


def ensure_database(url: str, name: str, *, rebuild: bool) -> None:
    import psycopg

    admin = bench_url(url, "postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if exists and rebuild:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
            exists = None
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
    with psycopg.connect(bench_url(url, name), autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")


def generate(n_places: int, n_claims: int, seed: int = 7) -> None:
    """Places in Syria's bounding box, claims spread over 2011-2021, written with COPY."""
    from django.db import connection

    from frontline.models import Claim

    rng = random.Random(seed)
    with connection.cursor() as cursor:
        copy_places_and_claims(
            cursor, rng, n_places=n_places, n_claims=n_claims, start=dt.date(2011, 3, 15),
            end=dt.date(2021, 3, 15), name_ar="قرية {i}", name_en="Village {i}",
        )  # fmt: skip
        cursor.execute("VACUUM ANALYZE frontline_claim" if connection.in_atomic_block is False else "ANALYZE")
        cursor.execute("ANALYZE gazetteer_place")
    assert Claim.objects.count() >= n_claims


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=10_000)
    parser.add_argument("--claims", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--database", default="frontline_bench")
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args()

    base = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/frontline")
    ensure_database(base, args.database, rebuild=args.rebuild)
    os.environ["DATABASE_URL"] = bench_url(base, args.database)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "frontline.settings")
    os.environ.setdefault("DEBUG", "1")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", interactive=False, verbosity=0)
    from frontline.control_periods import control_periods_rebuild
    from frontline.models import Claim, ControlPeriod
    from frontline.selectors import control_at, control_at_reference, control_periods_sql, control_sql
    from gazetteer.models import Place

    if (
        Place.objects.filter(uid__startswith="bench:").count() != args.places
        or Claim.objects.count() != args.claims
    ):
        Claim.objects.all().delete()
        Place.objects.filter(uid__startswith="bench:").delete()
        t0 = time.perf_counter()
        generate(args.places, args.claims)
        print(
            f"generated {args.places:,} places and {args.claims:,} claims in {time.perf_counter() - t0:.1f} s"
        )

    t0 = time.perf_counter()
    periods = control_periods_rebuild()
    build = time.perf_counter() - t0
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE frontline_controlperiod")
    print(f"control periods: {periods:,} rows rebuilt from the claims in {build:.1f} s (then VACUUM ANALYZE)")

    import psycopg

    rng = random.Random(11)
    dates = [dt.date(2011, 6, 1) + dt.timedelta(days=rng.randrange(3650)) for _ in range(args.runs)]
    # Cyclic garbage collection triggered in each timed section, to show where it lands: control_at
    # pauses it while it builds its rows, so the young collection of those rows comes at the next
    # allocations (here: the raw query that follows it).
    gc_ms = [0.0]
    gc_start = [0.0]

    def on_gc(phase, _info):
        if phase == "start":
            gc_start[0] = time.perf_counter()
        else:
            gc_ms[0] += (time.perf_counter() - gc_start[0]) * 1000

    gc.callbacks.append(on_gc)
    gc_orm, gc_raw = [], []
    t0 = time.perf_counter()
    control_at(dates[0])  # warms the connection, the plan cache and the cache of places
    first_call = (time.perf_counter() - t0) * 1000
    orm, raw, lean, rows = [], [], [], []
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        for date in dates:
            g0, t0 = gc_ms[0], time.perf_counter()
            result = control_at(date)
            orm.append((time.perf_counter() - t0) * 1000)
            gc_orm.append(gc_ms[0] - g0)
            sql, params = control_periods_sql(date)
            g0, t0 = gc_ms[0], time.perf_counter()
            raw_rows = conn.execute(sql, params).fetchall()
            raw.append((time.perf_counter() - t0) * 1000)
            gc_raw.append(gc_ms[0] - g0)
            assert len(raw_rows) == len(result)
            assert [r[0] for r in raw_rows] == [r.place_id for r in result]
            rows.append(len(result))
        for date in dates:  # apart, so that the comparison above runs as it always has
            sql, params = control_periods_sql(date, lean=True)
            t0 = time.perf_counter()
            conn.execute(sql, params).fetchall()
            lean.append((time.perf_counter() - t0) * 1000)
        reference, same = [], 0
        for date in dates[: max(5, len(dates) // 4)]:
            sql, params = control_sql(date)
            t0 = time.perf_counter()
            conn.execute(sql, params).fetchall()
            reference.append((time.perf_counter() - t0) * 1000)
            same += control_at_reference(date) == control_at(date)
        bbox_times = []
        for date in dates[:20]:
            t0 = time.perf_counter()
            control_at(date, bbox=(36.0, 35.0, 37.5, 36.5))
            bbox_times.append((time.perf_counter() - t0) * 1000)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_size_pretty(pg_total_relation_size('frontline_claim'))")
        size = cursor.fetchone()[0]
        cursor.execute("SELECT pg_size_pretty(pg_total_relation_size('frontline_controlperiod'))")
        periods_size = cursor.fetchone()[0]
    counted = Claim.objects.filter(status__in=["verified", "pending", "disputed"]).count()
    p50, p95 = statistics.median(orm), percentile(orm, 0.95)
    r50, r95 = statistics.median(raw), percentile(raw, 0.95)
    print(f"data: {Place.objects.filter(uid__startswith='bench:').count():,} places, {Claim.objects.count():,} claims "
          f"({counted:,} counted), 2011-2021; frontline_claim with indexes {size}")  # fmt: skip
    print(
        f"periods: {ControlPeriod.objects.count():,} rows, frontline_controlperiod with indexes {periods_size}"
    )
    print(
        f"rows per call: median {statistics.median(rows):,.0f} places (min {min(rows):,}, max {max(rows):,})"
    )
    print(f"control_at        p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   ({len(orm)} random dates)")
    print(
        f"raw SQL (psycopg) p50 {r50:6.1f} ms   p95 {r95:6.1f} ms   (the same rows in full, over the periods)"
    )
    print(f"ratio control_at / raw: p50 {p50 / r50:.2f}, p95 {p95 / r95:.2f}")
    print(
        f"control_at's own lean query (psycopg) p50 {statistics.median(lean):.1f} ms, "
        f"p95 {percentile(lean, 0.95):.1f} ms; first control_at of the process (empty place cache) {first_call:.0f} ms"
    )
    print(
        f"of which garbage collection: in control_at p50 {statistics.median(gc_orm):.1f} ms "
        f"(mean {statistics.mean(gc_orm):.1f}), in the raw query p50 {statistics.median(gc_raw):.1f} ms "
        f"(mean {statistics.mean(gc_raw):.1f})"
    )
    print(f"control_at with a 1.5° bbox: p50 {statistics.median(bbox_times):.1f} ms")
    print(
        f"reference query over the claims (psycopg): p50 {statistics.median(reference):.1f} ms, "
        f"p95 {percentile(reference, 0.95):.1f} ms; control_at equal to control_at_reference on {same}/{len(reference)} dates"
    )
    ok = p50 <= 50 and p50 / r50 <= 2
    print("PASS" if ok else "FAIL", "(target: p50 <= 50 ms, ratio <= 2)")


if __name__ == "__main__":
    main()
