"""What the geoparser returns: tokens, place mentions and the result of one text."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from gazetteer.geoparse.keys import article_off, name_key_words
from gazetteer.normalize import (
    normalize_text,
)


@dataclass(slots=True)
class Token:
    text: str
    norm: str
    start: int
    end: int
    is_word: bool

    @property
    def key(self) -> str:
        return article_off(self.norm)


@dataclass
class Mention:
    """One place (or governorate) named in the text, with the place it resolves to (or None)."""

    surface: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    kind: str | None = None  # what the cue word says: village, hill, woods ...
    is_area: bool = False
    area: tuple | None = None  # governorate tuple for area mentions
    direction: str | None = None
    candidates: list = field(default_factory=list)  # [(PlaceInfo, base score, reason)]
    place: object | None = None
    reason: str = ""
    countryside: bool = False  # "بريف منبج": a town named for its countryside, context like a governorate
    landmark: bool = (
        False  # "شرق دير الزور": a city named only as where a direction is given from (no claim's place)
    )

    @property
    def key(self) -> str:
        return _surface_key(self.surface)

    def place_dict(self) -> dict | None:
        if self.is_area and self.area:
            pcode, name_ar, name_en, lat, lon = self.area
            return {"id": pcode, "name_ar": name_ar, "name_en": name_en, "lat": lat, "lon": lon}
        if self.place is None:
            return None
        p = self.place
        return {
            "id": p.id,
            "name_ar": p.name_ar,
            "name_en": p.name_en,
            "lat": round(p.lat, 5),
            "lon": round(p.lon, 5),
        }

    def as_dict(self) -> dict:
        return {"surface": self.surface, "start": self.start, "end": self.end, "place": self.place_dict()}


@lru_cache(maxsize=65536)
def _surface_key(surface: str) -> str:
    """A mention's key (cached: the same surfaces come back in every article)."""
    return name_key_words(normalize_text(surface).split(" "))


@dataclass
class GeoparseResult:
    mentions: list[Mention]
    sentences: list[tuple[int, int]]
    text: str
    tokens: list = field(default_factory=list)  # the text's tokens, offsets in the whole text

    @cached_property
    def _token_starts(self) -> list[int]:
        """Where each token starts, listed once per report for the sentences' look-ups."""
        return [t.start for t in self.tokens]

    def sentence_tokens(self, start: int, end: int) -> list[Token]:
        """The words of the sentence text[start:end], offsets relative to the sentence."""
        starts = self._token_starts
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return [Token(t.text, t.norm, t.start - start, t.end - start, True)
                for t in self.tokens[lo:hi] if t.is_word]  # fmt: skip

    @property
    def unresolved(self) -> list[Mention]:
        return [m for m in self.mentions if not m.is_area and m.place is None]
