"""The plain data of resolution: place info, candidates, context, and the score constants."""

from __future__ import annotations

from dataclasses import dataclass, field

from gazetteer.models import AdminArea

THRESHOLD = 0.6  # raw score under which a candidate is only a near miss
SCORE_SCALE = 1.45  # raw scores above this print as 1.0
MATCH_BASE = {"exact": 1.0, "variant": 0.85, "transliteration": 0.8, "fuzzy": 0.55}
VARIANT_BASE = {"exact": 1.0, "clitic": 0.9, "descriptor": 0.92, "prefix": 0.72}


@dataclass(frozen=True)
class PlaceInfo:
    """What scoring needs to know about a place (plain data, cacheable)."""

    id: int
    uid: str
    name_ar: str
    name_en: str
    kind: str
    lat: float
    lon: float
    admin1: str | None
    admin2: str | None
    importance: float
    confirmed: bool = True
    country: str = "SY"


@dataclass
class Candidate:
    """One answer to "which place is this?", with how sure and why."""

    id: int | str
    name_ar: str
    name_en: str
    kind: str
    lat: float | None
    lon: float | None
    admin1: str | None
    admin2: str | None
    raw_score: float
    reason: str
    matched: str = ""
    distance_km: float | None = None
    direction: str | None = None
    uid: str = ""
    confirmed: bool = True

    @property
    def score(self) -> float:
        return round(max(0.0, min(1.0, self.raw_score / SCORE_SCALE)), 3)

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "name_ar": self.name_ar,
            "name_en": self.name_en,
            "kind": self.kind,
            "lat": self.lat,
            "lon": self.lon,
            "admin1": self.admin1,
            "admin2": self.admin2,
            "score": self.score,
            "reason": self.reason,
        }


class Candidates(list):
    """Candidates above the threshold, best first; `near_misses` holds those that did not make it."""

    def __init__(self, items=(), near_misses=()):
        super().__init__(items)
        self.near_misses = list(near_misses)


@dataclass
class Context:
    """What the surrounding text tells about where a name is."""

    areas: list[AdminArea] = field(default_factory=list)
    direction: str | None = None
    near: list[tuple[float, float]] = field(default_factory=list)
    kinds: set[str] | None = None
