"""The name index the geoparser reads: a small in-memory one for tests, and the gazetteer's cached one."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gazetteer.geoparse.keys import name_key_words
from gazetteer.normalize import (
    normalize_text,
)


@dataclass(frozen=True)
class IndexPlace:
    """A place as SimpleIndex holds it: what the geoparser reads of a gazetteer place."""

    id: int | str
    name_ar: str
    name_en: str
    kind: str
    lat: float
    lon: float
    admin1: str
    importance: float = 0.0


class SimpleIndex:
    """The part of NameIndex the geoparser needs: name keys to place ids, and the places."""

    def __init__(self, places: Iterable, names: dict[int, list[str]]):
        self.places = {p.id: p for p in places}
        by_key: dict[str, set[int]] = {}
        for pid, texts in names.items():
            for text in texts:
                by_key.setdefault(name_key_words(normalize_text(text).split(" ")), set()).add(pid)
        self.by_key = {k: tuple(sorted(v)) for k, v in by_key.items()}


def default_index():
    """The gazetteer's cached in-memory name index (needs the database once)."""
    from gazetteer.selectors import NameIndex

    return NameIndex.cached()
