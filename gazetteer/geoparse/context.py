"""Geographic context for resolving names: support from the report's other places, centres, spreads, near spellings."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from gazetteer.geoparse.text import haversine_km
from gazetteer.geoparse.vocabulary import CITY_KINDS
from gazetteer.normalize import (
    name_key,
)

SUPPORT_CELL = 0.25  # degrees (about 25 km): the grid that tells which names could lie together
SUPPORT_WEIGHT = 0.6
SUPPORT_CAP = 4
SUPPORTED = 3  # a choice with candidates of this many other names beside it is not doubted for distance


def _support(heads) -> dict[tuple[int, object], int]:
    """For each (name, candidate place): how many of the report's other names have a candidate in the
    same or a neighbouring grid cell. Places named together usually lie together; a candidate that many
    other names could agree with is likelier than a lone homonym far away (even when those names have
    several candidates each and no anchor is sure)."""
    cell_heads: dict[tuple[int, int], set[int]] = {}
    for g, head in enumerate(heads):
        for info, _base, _reason in head.candidates:
            cell_heads.setdefault((int(info.lat // SUPPORT_CELL), int(info.lon // SUPPORT_CELL)), set()).add(
                g
            )
    out = {}
    for g, head in enumerate(heads):
        for info, _base, _reason in head.candidates:
            cy, cx = int(info.lat // SUPPORT_CELL), int(info.lon // SUPPORT_CELL)
            near: set[int] = set()
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    near |= cell_heads.get((cy + dy, cx + dx), set())
            near.discard(g)
            out[(g, info.id)] = len(near)
    return out


class _Witnesses:
    """The places chosen for a report's names, one point per place (a city written two ways, دير الزور
    and ديرالزور, is not two witnesses), with their median point computed without any one of them."""

    def __init__(self, chosen: dict, points: dict):
        uniq = {chosen[k].id: pt for k, pt in points.items()}
        self.ids = uniq
        self.lats = sorted(p[0] for p in uniq.values())
        self.lons = sorted(p[1] for p in uniq.values())

    def spread_without(self, place_id) -> float:
        """The median distance of the other places from their centre: how scattered the report is."""
        return _spread([p for pid, p in self.ids.items() if pid != place_id])

    def nearest_km(self, place_id, lat: float, lon: float) -> float:
        """How far the nearest other place of the report lies (a report may cover two fronts)."""
        return min(
            (haversine_km(lat, lon, p[0], p[1]) for pid, p in self.ids.items() if pid != place_id),
            default=float("inf"),
        )

    def without(self, place_id) -> tuple[int, tuple[float, float] | None]:
        """(how many other places, their median point or None)."""
        own = self.ids.get(place_id)
        n = len(self.lats) - (own is not None)
        if n <= 0:
            return 0, None
        if own is None:
            return n, (self.lats[n // 2], self.lons[n // 2])
        return n, (_median_without(self.lats, own[0]), _median_without(self.lons, own[1]))


def _median_without(values: list[float], value: float) -> float:
    """The median (upper middle) of the sorted `values` with one occurrence of `value` taken out."""
    at = bisect_left(values, value)
    mid = (len(values) - 1) // 2
    return values[mid] if mid < at else values[mid + 1]


def _centre_without(points: dict, skip) -> tuple[float, float] | None:
    return _centre([pt for k, pt in points.items() if k != skip])


def _admin1(info) -> str | None:
    a = getattr(info, "admin1", None)
    return a[:4] if a else None


@lru_cache(maxsize=65536)
def _one_letter_off(a: str, b: str) -> bool:
    """Two Arabic names whose keys (5 letters or more) differ by one letter added, dropped or changed."""
    from rapidfuzz.distance import Levenshtein

    ka, kb = name_key(a), name_key(b)
    return min(len(ka), len(kb)) >= 5 and ka != kb and Levenshtein.distance(ka, kb, score_cutoff=1) <= 1


def _foreign(info) -> bool:
    """A place outside Syria: its country when the index knows it, else an admin-1 code that is not
    Syrian (a place with no admin areas yet, such as one an editor has just added, is not foreign)."""
    country = getattr(info, "country", None)
    if country:
        return country != "SY"
    admin1 = _admin1(info)
    return bool(admin1) and not admin1.startswith("SY")


ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءة"


@lru_cache(maxsize=16384)
def _spelling_variants(key: str) -> tuple[str, ...]:
    """The key as Syrian place names are also written: a final ة as ا (قرفة، قرفا; الفوعة، الفوعا) and the
    other way round, a doubled و single (الداوودية، الداودية), and ض for ظ or ظ for ض (الظهور، الضهور)."""
    out = set()
    if key.endswith("ه"):
        out.add(key[:-1] + "ا")
    elif key.endswith("ا"):
        out.add(key[:-1] + "ه")
    if "وو" in key:
        out |= {v.replace("وو", "و") for v in out | {key}}
    # ض and ظ, one sound in Syrian speech: "أبو الظهور" for أبو الضهور
    out |= {v.replace("ظ", "ض") for v in out | {key} if "ظ" in v} | {
        v.replace("ض", "ظ") for v in out | {key} if "ض" in v
    }
    out.discard(key)
    return tuple(sorted(out))


def _one_edit_keys(key: str, prefixes: frozenset[str] | None = None) -> tuple[str, ...]:
    """Every key one letter added, dropped, changed or swapped away from `key`. With `prefixes` (every prefix of
    the index's keys), only those that can be keys of the index: a letter is tried at a place only where the
    key's start and that letter begin some key."""
    out = set()
    for i in range(len(key) + 1):
        head = key[:i]
        if prefixes is not None and i and head not in prefixes:
            break  # (every variant from here on starts with this head)
        for c in ARABIC_LETTERS:
            if prefixes is not None and head + c not in prefixes:
                continue
            out.add(head + c + key[i:])
            if i < len(key):
                out.add(head + c + key[i + 1 :])
        if i < len(key):
            out.add(head + key[i + 1 :])
        if i + 1 < len(key):
            out.add(head + key[i + 1] + key[i] + key[i + 2 :])
    out.discard(key)
    return tuple(out)


def _sole_city(head, info) -> bool:
    """True when `info` is the only city or town among the mention's exact candidates."""
    cities = {c.id for c, _base, reason in head.candidates if c.kind in CITY_KINDS and reason == "exact"}
    return cities == {info.id}


def _dedupe(cands):
    best = {}
    for info, base, reason in cands:
        if info.id not in best or base > best[info.id][1]:
            best[info.id] = (info, base, reason)
    return list(best.values())


def _kind_score(cue: str | None, kind: str) -> float:
    if cue in ("hill",):
        return 0.3 if kind in ("hill", "mountain") else -0.2
    if cue in ("woods",):
        return 0.3 if kind == "woods" else -0.3
    if cue == "city" and kind in CITY_KINDS:
        return 0.3  # "مدينة رأس العين": the city, not a village of the name
    if cue in ("village", "city", "town"):
        return -0.3 if kind in ("hill", "woods", "mountain") else 0.1
    if cue == "neighbourhood":
        return 0.3 if kind == "neighbourhood" else 0.0
    return -0.1 if kind in ("hill", "woods", "mountain") else 0.0


def _centre(points):
    points = [p for p in points if p and p[0] is not None]
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    return lats[len(lats) // 2], lons[len(lons) // 2]


def _spread(points) -> float:
    ctr = _centre(points)
    ds = sorted(haversine_km(ctr[0], ctr[1], p[0], p[1]) for p in points)
    return ds[len(ds) // 2]
