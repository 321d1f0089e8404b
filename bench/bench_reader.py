"""Benchmark the article reader: articles of ~500 words per second on one core.

Articles are built from the annotated corpus passages (real report text, every set) joined to about 500 words.
The name index is the loaded gazetteer (`--index gazetteer`, the default when it has places) or the
OCHA 2015 points from ../shared (`--index ocha`), which needs no database.

Two measures: a fresh process reading its first reports (every word met for the first time, the reader's
per-word memos empty), and the same process afterwards reading other reports (articles built from the
other half of the passages, so their names and sentences are new to it), as a server that has been
running does. The later reports are read `--passes` times (3) and every pass is printed with the best one:
on a shared machine a single pass also measures the other work going on (timeit's convention is the best
of several runs); passes after the first read text the process has read before.

    .venv/bin/python bench/bench_reader.py [--articles 100] [--passes 3] [--index gazetteer|ocha]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "frontline.settings")

import django  # noqa: E402

django.setup()

from frontline.extraction import read_report  # noqa: E402
from frontline.management.commands.evaluate_reader import (  # noqa: E402
    OCHA_POINTS,
    corpus_paths,
    load_corpus,
    ocha_index,
)


def articles(n: int, words: int = 500, passages: list[str] | None = None) -> list[str]:
    """`n` articles of about `words` words, each joining consecutive passages of every corpus set (the tuning set,
    the held-out one and the blind sets, so that names and sentences vary as in real reports rather than repeat)."""
    if passages is None:
        passages = corpus_passages()
    out = []
    k = 0
    for _ in range(n):
        parts, count = [], 0
        while count < words:
            text = passages[k % len(passages)]
            k += 1
            parts.append(text)
            count += len(text.split())
        out.append("\n".join(parts))
    return out


def corpus_passages() -> list[str]:
    return [p["text"] for path in corpus_paths() for p in load_corpus(path)]


def read_all(texts: list[str], index) -> tuple[float, int, int]:
    """Seconds to read every text, and the mentions and draft claims found."""
    published = dt.date(2020, 1, 1)
    mentions = claims = 0
    t0 = time.perf_counter()
    for text in texts:
        reading = read_report(text, published=published, index=index)
        mentions += len(reading.geo.mentions)
        claims += len(reading.claims)
    return time.perf_counter() - t0, mentions, claims


def report(label: str, texts: list[str], index, passes: int = 1) -> None:
    words = sum(len(t.split()) for t in texts)
    rates = []
    for _ in range(passes):
        elapsed, mentions, claims = read_all(texts, index)
        rates.append(len(texts) / elapsed)
    best = max(rates)
    print(f"{label}: {len(texts)} articles, {words / len(texts):.0f} words each on average; "
          f"{mentions / len(texts):.1f} mentions and {claims / len(texts):.1f} draft claims per article")  # fmt: skip
    if passes > 1:
        print(f"  passes: {', '.join(f'{r:.1f}' for r in rates)} articles/s")
    print(
        f"  {'best pass: ' if passes > 1 else ''}{best:.1f} articles/s ({best * words / len(texts):,.0f} words/s) on one core"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--index", choices=["gazetteer", "ocha"], default=None)
    parser.add_argument(
        "--passes", type=int, default=3, help="passes over the later reports (the best is printed)"
    )
    args = parser.parse_args()
    choice = args.index
    index = None
    if choice in (None, "gazetteer"):
        from gazetteer.models import Place
        from gazetteer.selectors import NameIndex

        if Place.objects.exists():
            t0 = time.perf_counter()
            index = NameIndex.build().warm()  # (as the reader's cached index is: spellings prepared once)
            print(
                f"gazetteer index: {len(index.places):,} places, {len(index.by_key):,} keys, built in {time.perf_counter() - t0:.1f} s"
            )
            choice = "gazetteer"
        elif choice == "gazetteer":
            sys.exit("The gazetteer is empty: run `python manage.py load_gazetteer` (or use --index ocha).")
    if index is None:
        if not OCHA_POINTS.exists():
            sys.exit("No gazetteer loaded and no OCHA points in ../shared: nothing to index.")
        index = ocha_index()
        choice = "ocha"
        print(f"OCHA index: {len(index.places):,} places, {len(index.by_key):,} keys")
    passages = corpus_passages()
    first, later = passages[0::2], passages[1::2]
    print(f"index: {choice}")
    report("first reports of the process", articles(args.articles, passages=first), index)
    report(
        "later reports (other passages)", articles(args.articles, passages=later), index, passes=args.passes
    )


if __name__ == "__main__":
    main()
