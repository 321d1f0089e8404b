"""Spelling similarity of two names, Arabic romanised when compared with Latin."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from gazetteer.normalize import normalize_text, script_of
from gazetteer.transliterate import arabic_to_latin

_LATIN_ARTICLE_PREFIX = re.compile(r"^(?:al|el|as|ash|ar|ad|at|az|an)[- ]")


@lru_cache(maxsize=262_144)
def _comparable(text: str) -> tuple[str, str, str]:
    """(script, normalised form, romanised form) of a spelling, computed once per distinct text."""
    script = script_of(text)
    native = _LATIN_ARTICLE_PREFIX.sub("", normalize_text(text))
    roman = _LATIN_ARTICLE_PREFIX.sub("", normalize_text(arabic_to_latin(text))) if script == "ar" else native
    return script, native, roman


def spelling_similarity(a: str, b: str) -> float:
    """0..1 similarity of two spellings; Arabic is romanised first when the other one is Latin."""
    sa, native_a, roman_a = _comparable(a)
    sb, native_b, roman_b = _comparable(b)
    if sa != sb:
        return fuzz.ratio(roman_a, roman_b) / 100
    return fuzz.ratio(native_a, native_b) / 100
