"""The place record the reader tests build their small gazetteers from (what NameIndex.places holds)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class P:
    id: int
    name_ar: str
    name_en: str
    kind: str
    lat: float
    lon: float
    admin1: str
    importance: float = 0.0
