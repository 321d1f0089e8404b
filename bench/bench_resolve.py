"""Benchmark place-name resolution: shipped gazetteer and a generated 1,000,000-name gazetteer.

Prints p50/p95 latency of resolve() and its top-1 accuracy on spelling variants of real names, next to
a brute-force rapidfuzz scan over all names (the baseline), and /api/places/search p95 under 20
concurrent clients. Runs in its own database (DATABASE_URL's server, database `frontline_bench_gaz`).

    .venv/bin/python bench/bench_resolve.py [--names 1000000] [--queries 300]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BENCH_DB = "frontline_bench_gaz"
BASE_URL = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/frontline").rsplit("/", 1)[0]
os.environ["DATABASE_URL"] = f"{BASE_URL}/{BENCH_DB}"
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "frontline.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from rapidfuzz import fuzz, process  # noqa: E402

from gazetteer.models import Place, PlaceName  # noqa: E402
from gazetteer.normalize import name_key  # noqa: E402
from gazetteer.selectors import clear_caches, resolve  # noqa: E402
from gazetteer.services import name_keys  # noqa: E402

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"


def percentile(values, pct):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(pct / 100 * (len(values) - 1))))]


def perturb(text: str, rng: random.Random) -> str:
    """A realistic spelling variant: hamza dropped, ة/ه, ى/ي, article, clitic, quotes, tashkeel."""
    choices = [
        lambda t: t.replace("أ", "ا").replace("إ", "ا"),
        lambda t: t.replace("ة", "ه"),
        lambda t: t.replace("ى", "ي"),
        lambda t: "و" + t,
        lambda t: "“" + t + "”",
        lambda t: t.replace(" ", "", 1) if t.startswith(("كفر ", "دير ", "عين ")) else t,
        lambda t: t + "ً" if not t.endswith("ة") else t,
        lambda t: "بلدة " + t,
    ]
    return rng.choice(choices)(text)


def generate(total_names: int, rng: random.Random) -> None:
    """Synthetic places with Arabic-looking names until the gazetteer holds `total_names` names."""
    have = PlaceName.objects.count()
    need = total_names - have
    if need <= 0:
        return
    print(f"generating {need:,} synthetic names …", flush=True)
    real = list(PlaceName.objects.filter(lang="ar").values_list("text", flat=True)[:20000])
    rows_place, rows_name = [], []
    start_id = (Place.objects.order_by("-id").values_list("id", flat=True).first() or 0) + 1
    names_per_place = 4
    for i in range((need + names_per_place - 1) // names_per_place):
        pid = start_id + i
        base = rng.choice(real) + " " + "".join(rng.choice(ARABIC_LETTERS) for _ in range(rng.randint(3, 6)))
        lat, lon = 32.5 + rng.random() * 4.5, 35.8 + rng.random() * 6.2
        rows_place.append((pid, f"bench:{pid}", base, "village", f"SRID=4326;POINT({lon} {lat})"))
        for j in range(names_per_place):
            text = base if j == 0 else perturb(base, rng) + ("" if j < 2 else f" {j}")
            key, lkey = name_keys(text)
            rows_name.append((pid, text, "ar" if j % 2 == 0 else "und", key, lkey, "bench", j == 0))
    with connection.cursor() as cursor:
        with cursor.copy(
            "COPY gazetteer_place (id, uid, name_ar, kind, point, name_en, country, population, ocha_pcode, "
            "geonames_id, wof_id, wikidata_id, external_ids, sources, importance, confirmed, created_at, "
            "updated_at) FROM STDIN"
        ) as copy:
            for pid, uid, name, kind, point in rows_place:
                copy.write_row((pid, uid, name, kind, point, "", "SY", None, "", "", "", "", "{}", "{bench}", 0.1,
                                True, "2026-01-01", "2026-01-01"))  # fmt: skip
        with cursor.copy(
            "COPY gazetteer_placename (place_id, text, lang, key, latin_key, source, preferred) FROM STDIN"
        ) as copy:
            seen = set()
            for row in rows_name:
                if (row[0], row[1], row[2]) in seen:
                    continue
                seen.add((row[0], row[1], row[2]))
                copy.write_row(row)
        cursor.execute("SELECT setval('gazetteer_place_id_seq', (SELECT max(id) FROM gazetteer_place))")
        cursor.execute("ANALYZE gazetteer_place; ANALYZE gazetteer_placename;")


def queries(n: int, rng: random.Random) -> list[tuple[str, int]]:
    """Spelling variants of real, unambiguous Arabic names with the place they must find."""
    rows = list(
        PlaceName.objects.filter(lang="ar", preferred=True)
        .exclude(source="bench")
        .values_list("text", "place_id", "key")[:50000]
    )
    key_count: dict[str, int] = {}
    for _, _, key in rows:
        key_count[key] = key_count.get(key, 0) + 1
    rows = [r for r in rows if key_count[r[2]] == 1 and len(r[2]) >= 4]
    return [(perturb(text, rng), pid) for text, pid, _ in rng.sample(rows, min(n, len(rows)))]


def measure_resolve(qs):
    times, hits = [], 0
    for text, expected in qs:
        t0 = time.perf_counter()
        result = resolve(text, fuzzy=True, limit=5)
        times.append((time.perf_counter() - t0) * 1000)
        hits += bool(result) and result[0].id == expected
    return times, hits / len(qs)


def measure_bruteforce(qs, sample: int):
    names = list(PlaceName.objects.values_list("key", "place_id"))
    keys = [k for k, _ in names]
    times, hits = [], 0
    for text, expected in qs[:sample]:
        t0 = time.perf_counter()
        best = process.extractOne(name_key(text), keys, scorer=fuzz.ratio)
        times.append((time.perf_counter() - t0) * 1000)
        hits += names[best[2]][1] == expected
    return times, hits / len(qs[:sample])


WRK_SCRIPT = """
local paths, i = {}, 0
for line in io.lines(os.getenv("WRK_PATHS")) do paths[#paths + 1] = line end
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format("WRK %d %.3f %.3f %.3f\\n", summary.requests, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
"""


def measure_api(qs, clients=20, port=8765, seconds=8):
    """/api/places/search under `clients` concurrent connections from wrk (a C load generator, so the
    client does not steal the server's CPU the way a Python client would); gunicorn with one process per core
    sharing a Redis cache. First pass: every request a name not asked before; second: the same again."""
    wrk = shutil.which("wrk")
    if not wrk:
        print("wrk not found (apt-get install wrk): skipping the concurrent API measurement")
        return None
    env = {
        **os.environ,
        "REDIS_URL": os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15"),
        "DEBUG": "0",
        "SECRET_KEY": "bench-only-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
    }
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "frontline.wsgi:application", "--bind", f"127.0.0.1:{port}",
         "--workers", str(os.cpu_count() or 2), "--log-level", "warning"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    tmp = Path(tempfile.mkdtemp())
    try:
        for _ in range(100):
            try:
                urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        # Many distinct names, so that the first pass hardly ever repeats one (cold answers).
        names = list(
            dict.fromkeys(
                list(PlaceName.objects.exclude(source="bench").values_list("text", flat=True)[:20000])
            )
        )
        random.Random(3).shuffle(names)
        paths = tmp / "paths.txt"
        paths.write_text("".join(f"/api/places/search?q={quote(n)}\n" for n in names), encoding="utf-8")
        (tmp / "wrk.lua").write_text(WRK_SCRIPT)
        results = []
        for label in ("first ask", "repeated"):
            out = subprocess.run(
                [wrk, "-t", "2", "-c", str(clients), "-d", f"{seconds}s", "-s", str(tmp / "wrk.lua"),
                 f"http://127.0.0.1:{port}"],
                env={**os.environ, "WRK_PATHS": str(paths)}, capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            line = next(li for li in out.splitlines() if li.startswith("WRK "))
            n, p50, p95, p99 = line.split()[1:]
            results.append((label, int(n), float(p50), float(p95), float(p99)))
            # the second pass replays the names the first one asked
            asked = names[: int(n)]
            paths.write_text("".join(f"/api/places/search?q={quote(t)}\n" for t in asked), encoding="utf-8")
        return results
    finally:
        server.terminate()
        server.wait()
        shutil.rmtree(tmp, ignore_errors=True)


def report(label, times, accuracy=None):
    acc = f", top-1 {accuracy:.1%}" if accuracy is not None else ""
    print(
        f"{label:<48} p50 {statistics.median(times):7.2f} ms  p95 {percentile(times, 95):7.2f} ms  (n={len(times)}{acc})"
    )
    return percentile(times, 95)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--names", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--bruteforce-sample", type=int, default=60)
    args = parser.parse_args()
    rng = random.Random(7)
    call_command("ensure_database", verbosity=0)
    call_command("migrate", verbosity=0)
    with connection.cursor() as cursor:  # start from the shipped gazetteer alone
        cursor.execute("DELETE FROM gazetteer_placename WHERE source = 'bench'")
        cursor.execute("DELETE FROM gazetteer_place WHERE uid LIKE 'bench:%'")
    call_command("load_gazetteer", "--force", verbosity=0)
    clear_caches()
    for stage, total in (("shipped", None), ("generated", args.names)):
        if total:
            generate(total, rng)
        n_names, n_places = PlaceName.objects.count(), Place.objects.count()
        print(f"\n== {stage} gazetteer: {n_names:,} names, {n_places:,} places ==")
        qs = queries(args.queries, rng)
        resolve_times, acc = measure_resolve(qs)
        p95 = report("resolve() [pg_trgm + exact keys]", resolve_times, acc)
        brute_times, brute_acc = measure_bruteforce(qs, args.bruteforce_sample)
        bp95 = report("brute-force rapidfuzz scan over all names", brute_times, brute_acc)
        print(f"speed-up at p50: {statistics.median(brute_times) / statistics.median(resolve_times):.1f}x, "
              f"at p95: {bp95 / p95:.1f}x")  # fmt: skip
        for label, n, p50, p95, p99 in measure_api(qs) or []:
            print(f"{'GET /api/places/search, 20 clients, ' + label:<48} p50 {p50:7.2f} ms  p95 {p95:7.2f} ms  "
                  f"p99 {p99:7.2f} ms  (n={n:,} in 8 s)")  # fmt: skip


if __name__ == "__main__":
    main()
