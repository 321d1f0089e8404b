"""Ordinary words of war reports: words that are never the name of a place the gazetteer lacks.

After a cue word (قرية، مواقع، مناطق) the geoparser reads an unknown word as the name of a place missing
from the gazetteer. News text puts verbs and nouns there too ("على القريتين أوقع 25 قتيلا", "مناطق
سيطرته"). This list, derived from the annotated reader corpus (words found in at least two passages and in
none of their place mentions), tells such words apart. Names the gazetteer knows never need it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from gazetteer.normalize import bare_word, strip_article

ORDINARY_WORDS_FILE = Path(__file__).resolve().parent / "data" / "ordinary_words.txt"


def word_keys(norm: str) -> set[str]:
    """The keys a normalised word is compared by: article off, with and without a leading و/ف."""
    return {strip_article(norm), strip_article(bare_word(norm))}


@lru_cache(maxsize=1)
def ordinary_words() -> frozenset[str]:
    """The shipped list (empty if the file is missing: the reader then trusts every unknown name)."""
    if not ORDINARY_WORDS_FILE.is_file():
        return frozenset()
    lines = ORDINARY_WORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def is_ordinary(norm: str) -> bool:
    """True for a word of the list, written with or without its article or a leading و/ف."""
    return bool(word_keys(norm) & ordinary_words())
