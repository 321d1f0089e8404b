"""What the reader returns: draft claims (each with its quote) and the reading of one report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from frontline.extraction.actors import ActorRef
from gazetteer.geoparse import GeoparseResult, Mention


@dataclass
class DraftClaim:
    mention: Mention
    actor: ActorRef
    change: str
    date_start: dt.date
    date_end: dt.date
    quote: str

    def as_dict(self) -> dict:
        return {
            "place": self.mention.place_dict(),
            "surface": self.mention.surface,
            "actor": {"code": self.actor.code, "name": self.actor.name},
            "change": self.change,
            "date_start": self.date_start.isoformat(),
            "date_end": self.date_end.isoformat(),
            "quote": self.quote,
        }


@dataclass
class Reading:
    """What the reader found in one text."""

    text: str
    geo: GeoparseResult
    claims: list[DraftClaim]
    notes: list[str]

    def as_dict(self) -> dict:
        return {
            "mentions": [m.as_dict() for m in self.geo.mentions],
            "claims": [c.as_dict() for c in self.claims],
            "unresolved": _unique_unresolved(self.geo.unresolved),
        }


def _unique_unresolved(mentions: list[Mention]) -> list[dict]:
    seen, out = set(), []
    for m in mentions:
        if m.key not in seen:
            seen.add(m.key)
            out.append({"surface": m.surface, "sentence": m.sentence})
    return out
