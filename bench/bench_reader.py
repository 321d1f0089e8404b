"""Benchmark the article reader: articles of ~500 words per second on one core.

Articles are built from the annotated corpus passages (real report text, every set) joined to about 500 words.
The name index is the loaded gazetteer (`--index gazetteer`, the default when it has places) or the
OCHA 2015 points from ../shared (`--index ocha`), which needs no database.

    .venv/bin/python bench/bench_reader.py [--articles 200] [--index gazetteer|ocha]
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


def articles(n: int, words: int = 500) -> list[str]:
    """`n` articles of about `words` words, each joining consecutive passages of every corpus set (the tuning set,
    the held-out one and the blind sets, so that names and sentences vary as in real reports rather than repeat)."""
    passages = [p["text"] for path in corpus_paths() for p in load_corpus(path)]
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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--index", choices=["gazetteer", "ocha"], default=None)
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
    texts = articles(args.articles)
    total_words = sum(len(t.split()) for t in texts)
    published = dt.date(2020, 1, 1)
    read_report(texts[0], published=published, index=index)  # warm caches
    t0 = time.perf_counter()
    mentions = claims = 0
    for text in texts:
        reading = read_report(text, published=published, index=index)
        mentions += len(reading.geo.mentions)
        claims += len(reading.claims)
    elapsed = time.perf_counter() - t0
    print(f"index: {choice}; {len(texts)} articles, {total_words / len(texts):.0f} words each on average")
    print(f"{len(texts) / elapsed:.1f} articles/s ({total_words / elapsed:,.0f} words/s) on one core; "
          f"{mentions / len(texts):.1f} mentions and {claims / len(texts):.1f} draft claims per article")  # fmt: skip


if __name__ == "__main__":
    main()
