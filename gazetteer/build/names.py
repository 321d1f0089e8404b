"""Name matching: match keys of names, how well two sets of names agree, and merged name lists."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from gazetteer.build.constants import SIMILARITY
from gazetteer.normalize import is_arabic, name_key
from gazetteer.transliterate import latin_key, latin_similarity


@dataclass
class Keys:
    """Match keys of a set of names: name_key of the Arabic ones, latin_key of all."""

    arabic: set[str] = field(default_factory=set)
    latin: set[str] = field(default_factory=set)

    def add(self, text: str) -> None:
        if is_arabic(text):
            self.arabic.add(name_key(text))
        key = latin_key(text)
        if key:
            self.latin.add(key)


def keys_of(texts) -> Keys:
    keys = Keys()
    for text in texts:
        keys.add(text)
    return keys


def name_score(a: Keys, b: Keys, similarity: float = SIMILARITY) -> int:
    """3: an Arabic name in common; 2: a latin key in common; 1: similar latin keys, or only a
    one-consonant key in common (Ayyash / عياش is "x"); 0: no match."""
    if a.arabic & b.arabic:
        return 3
    common = a.latin & b.latin
    if any(len(key) > 1 for key in common):
        return 2
    if common or any(similar_keys(x, y, similarity) for x in a.latin for y in b.latin):
        return 1
    return 0


KEY_TAIL = re.compile(r"[A-Z0-9]*$")  # latin_key ends in qualifier symbols (W, N, B, C ...) and numbers


def similar_keys(a: str, b: str, threshold: float, *, contained: bool = False) -> bool:
    """Similar skeletons with the same qualifiers: Kuraym North and South, Shillif and its castle
    stay apart. ``contained`` also accepts one skeleton inside the other (Zaytunah, Umm Zaytuna)."""
    tail_a, tail_b = KEY_TAIL.search(a).group(), KEY_TAIL.search(b).group()
    if tail_a != tail_b:
        return False
    stem_a, stem_b = a[: len(a) - len(tail_a)], b[: len(b) - len(tail_b)]
    if contained and min(len(stem_a), len(stem_b)) >= 3 and (stem_a in stem_b or stem_b in stem_a):
        return True
    return latin_similarity(stem_a, stem_b) >= threshold


def merged_names(names) -> list[dict]:
    """Names deduplicated on exact text + language, first source kept, preferred if any says so."""
    merged: dict[tuple[str, str], dict] = {}
    for name in names:
        entry = merged.setdefault(
            (name.text, name.lang),
            {"text": name.text, "lang": name.lang, "source": name.source, "preferred": False},
        )
        entry["preferred"] = entry["preferred"] or name.preferred
    return list(merged.values())
