"""Write gazetteer/data/ordinary_words.txt from the annotated reader corpus."""

import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from gazetteer.geoparse import bare_word, name_words, tokenize
from gazetteer.normalize import strip_article
from gazetteer.ordinary_words import ORDINARY_WORDS_FILE, word_keys
from gazetteer.selectors import NameIndex

CORPUS_DIR = Path(__file__).resolve().parents[3] / "tests" / "data" / "reader_corpus"


def derive(passages: Iterable[dict], min_passages: int = 2, place_words: Iterable[str] = ()) -> list[str]:
    """Words (keys) in at least `min_passages` passages, in no place mention of any of them and in no
    name of the gazetteer (`place_words`, article off)."""
    passages = list(passages)
    named: set[str] = set(place_words)
    for p in passages:
        for m in p["mentions"]:
            for t in tokenize(m["surface"]):
                if t.is_word:
                    named |= word_keys(t.norm)
    seen: Counter[str] = Counter()
    for p in passages:
        words = {strip_article(bare_word(t.norm)) for t in tokenize(p["text"]) if t.is_word}
        seen.update(w for w in words if len(w) >= 3 and not any(c.isdigit() for c in w))
    return sorted(w for w, n in seen.items() if n >= min_passages and not word_keys(w) & named)


def read_corpus(paths: Iterable[Path]) -> list[dict]:
    out = []
    for path in paths:
        out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


class Command(BaseCommand):
    help = (
        "Derive the list of ordinary words (never names of places the gazetteer lacks) from the reader "
        "corpus: words in at least two passages and in none of their place mentions."
    )

    def add_arguments(self, parser):
        parser.add_argument("--corpus", type=Path, default=CORPUS_DIR, help="folder of *.jsonl passages")
        parser.add_argument(
            "--exclude",
            nargs="*",
            default=[],
            help="set names to leave out (e.g. blind33) so they stay unseen",
        )
        parser.add_argument("--min-passages", type=int, default=2)
        parser.add_argument("--output", type=Path, default=ORDINARY_WORDS_FILE)

    def handle(self, *args, corpus, exclude, min_passages, output, **options):
        files = sorted(p for p in corpus.glob("*.jsonl") if p.stem not in set(exclude))
        if not files:
            raise CommandError(f"{corpus}: no *.jsonl passages", returncode=2)
        passages = read_corpus(files)
        words = derive(passages, min_passages=min_passages, place_words=name_words(NameIndex.build()))
        header = [
            "# Ordinary words of war reports: never the name of a place the gazetteer lacks.",
            f"# Derived by `manage.py derive_ordinary_words` from {len(passages)} passages of the reader corpus",
            f"# ({', '.join(p.stem for p in files)}): words (normalised, article off) found in at least"
            f" {min_passages} passages, in none of their annotated place mentions and in no name of the loaded gazetteer.",
        ]
        output.write_text("\n".join(header + words) + "\n", encoding="utf-8")
        self.stdout.write(f"{output}: {len(words)} words from {len(passages)} passages")
