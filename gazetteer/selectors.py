"""Reads: which place does this name mean? Ranked candidates with a score and the reason.

Matching (exact key, variant keys, transliteration key, trigram fuzzy) finds candidates; context (an
admin-area hint, nearby points, the kind implied by a prefix) and importance rank them. The same
scoring serves the database path (`resolve`) and the in-memory index used on whole articles
(`NameIndex`), so both give the same answer.
"""

from __future__ import annotations

import hashlib
import math
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from django.contrib.postgres.search import TrigramSimilarity
from django.core.cache import cache
from django.db.models import Q
from rapidfuzz import fuzz

from gazetteer.models import AdminArea, Place, PlaceName
from gazetteer.normalize import (
    DESCRIPTORS,
    is_arabic,
    key_variants,
    name_key,
    normalize_text,
    script_of,
    split_prefix,
    strip_article,
)
from gazetteer.transliterate import arabic_to_latin, latin_key

THRESHOLD = 0.6  # raw score under which a candidate is only a near miss
SCORE_SCALE = 1.45  # raw scores above this print as 1.0
MATCH_BASE = {"exact": 1.0, "variant": 0.85, "transliteration": 0.8, "fuzzy": 0.55}
VARIANT_BASE = {"exact": 1.0, "clitic": 0.9, "descriptor": 0.92, "prefix": 0.72}

# Direction words (normalised) after a governorate name: ريف ادلب الجنوبي, شمال حماه, بريف اللاذقيه الشرقي.
DIRECTIONS = {
    "شمال": "north", "شمالي": "north", "الشمالي": "north", "جنوب": "south", "جنوبي": "south",
    "الجنوبي": "south", "شرق": "east", "شرقي": "east", "الشرقي": "east", "غرب": "west", "غربي": "west",
    "الغربي": "west", "north": "north", "northern": "north", "south": "south", "southern": "south",
    "east": "east", "eastern": "east", "west": "west", "western": "west",
}  # fmt: skip
AREA_FILLERS = {
    "ريف",
    "ريفي",
    "محافظه",
    "مدينه",
    "منطقه",
    "countryside",
    "governorate",
    "province",
    "rural",
    "of",
    "the",
}


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


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


# --- admin areas -------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _area_table() -> tuple[dict[str, list[int]], dict[int, AdminArea]]:
    by_key: dict[str, list[int]] = {}
    areas = {}
    for area in AdminArea.objects.filter(level__in=[0, 1, 2]).defer("geom"):
        areas[area.id] = area
        for key in area.keys:
            by_key.setdefault(key, []).append(area.id)
    return by_key, areas


def clear_caches() -> None:
    """Forget cached admin areas, name indexes and search answers (after a load, an alias or a merge)."""
    _area_table.cache_clear()
    NameIndex.cached.cache_clear()
    _search_index.clear()
    try:
        cache.incr(SEARCH_CACHE_VERSION_KEY)
    except ValueError:
        cache.set(SEARCH_CACHE_VERSION_KEY, 1, None)


SEARCH_CACHE_VERSION_KEY = "gazetteer:search-version"
SEARCH_INDEX_MAX_NAMES = 300_000  # above this, searches ask the database instead of holding names in memory
_search_index: dict = {}


def search_index() -> NameIndex | None:
    """The in-memory name index for searches, rebuilt when the gazetteer changes; None for huge gazetteers.

    The stamp (the shared cache version that every gazetteer write bumps, and the highest name and place
    ids) is read with one small query at most once a second (GAZETTEER_SEARCH_INDEX_RECHECK_SECONDS),
    so a worker answers from the current names within that second.
    """
    from django.conf import settings
    from django.db import connection

    recheck = getattr(settings, "GAZETTEER_SEARCH_INDEX_RECHECK_SECONDS", 1.0)
    if "index" in _search_index and time.monotonic() - _search_index["checked"] < recheck:
        return _search_index["index"]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT max(id) FROM {PlaceName._meta.db_table}), (SELECT max(id) FROM {Place._meta.db_table}),"  # noqa: S608
            f" (SELECT reltuples FROM pg_class WHERE relname = %s)",
            [PlaceName._meta.db_table],
        )
        max_name, max_place, estimate = cursor.fetchone()
    if estimate is not None and estimate > SEARCH_INDEX_MAX_NAMES:
        _search_index.clear()
        return None
    stamp = (cache.get(SEARCH_CACHE_VERSION_KEY), max_name, max_place)
    if _search_index.get("stamp") != stamp:
        _search_index.update(stamp=stamp, index=NameIndex.build().warm())
    _search_index["checked"] = time.monotonic()
    return _search_index["index"]


SEARCH_CACHE_SECONDS = 3600


def search_places_cached(q: str, *, near=None, within=None, limit: int = 10) -> list[dict]:
    """search_places as plain dicts, cached per normalised query; any gazetteer change invalidates it."""
    version = cache.get_or_set(SEARCH_CACHE_VERSION_KEY, 1, None)
    raw = f"{normalize_text(q)}|{near}|{within}|{limit}"
    key = f"gazetteer:search:{version}:{hashlib.sha1(raw.encode(), usedforsecurity=False).hexdigest()}"
    result = cache.get(key)
    if result is None:
        result = [c.as_dict() for c in search_places(q, near=near, within=within, limit=limit)]
        cache.set(key, result, SEARCH_CACHE_SECONDS)
    return result


def find_admin_area(text: str) -> tuple[list[AdminArea], str | None]:
    """ "ريف إدلب الجنوبي" → ([Idlib governorate], "south"); "ريفي حماة وإدلب" → ([Hama, Idlib], None)."""
    words = [w for w in re.split(r"[\s\-]+", normalize_text(text)) if w]
    direction = None
    kept = []
    for word in words:
        bare = (
            word[1:]
            if word.startswith(("ب", "و", "ل")) and len(word) > 3 and word[1:] in DIRECTIONS
            else word
        )
        if bare in DIRECTIONS:
            direction = DIRECTIONS[bare]
            continue
        kept.append(word)
    by_key, areas = _area_table()
    whole = _area_ids(" ".join(kept), by_key) if kept else []
    if whole:  # "ريف دمشق" / "Rural Damascus" is itself a governorate's name
        return [sorted((areas[i] for i in whole), key=lambda a: a.level)[0]], direction
    while kept and (strip_article(kept[0]) in AREA_FILLERS or strip_article(kept[0]) in DESCRIPTORS
                    or (kept[0].startswith("ب") and kept[0][1:] in AREA_FILLERS)):  # fmt: skip
        kept = kept[1:]
    if not kept:
        return [], direction
    # "حماة وإدلب": several areas joined by و
    groups = [[]]
    for word in kept:
        if word.startswith("و") and len(groups[-1]) and _area_ids(word[1:], by_key):
            groups.append([word[1:]])
        else:
            groups[-1].append(word)
    found = []
    for group in groups:
        ids = _area_ids(" ".join(group), by_key)
        if not ids:
            return [], direction
        best = sorted((areas[i] for i in ids), key=lambda a: a.level)[0]
        found.append(best)
    return found, direction


def _area_ids(text: str, by_key) -> list[int]:
    for candidate in (text, text[1:] if text.startswith(("ب", "ل", "و")) else None):
        if not candidate:
            continue
        key = name_key(candidate)
        if key in by_key:
            return by_key[key]
        lkey = latin_key(candidate)
        if lkey and f"~{lkey}" in by_key and len(lkey) >= 3:
            return by_key[f"~{lkey}"]
    return []


def _area_candidate(area: AdminArea, direction: str | None, reason: str, raw: float) -> Candidate:
    point = area.centroid
    label = {1: "governorate", 2: "district", 0: "country"}.get(area.level, "subdistrict")
    admin1 = (
        area.pcode if area.level == 1 else (area.parent.pcode if area.parent_id and area.level == 2 else None)
    )
    return Candidate(
        id=area.pcode, name_ar=area.name_ar, name_en=area.name_en + (f" ({direction})" if direction else ""),
        kind=label, lat=point.y if point else None, lon=point.x if point else None, admin1=admin1,
        admin2=area.pcode if area.level == 2 else None, raw_score=raw, reason=reason, direction=direction,
    )  # fmt: skip


# --- context -----------------------------------------------------------------------------------

_TRAILING_AREA = re.compile(
    r"^(?P<name>.+?)\s+(?:في\s+|ب)?(?:(?:ريف|محافظه|منطقه)\s+|(?:شمال|جنوب|شرق|غرب)(?:ي)?\s+)(?P<area>.+)$"
)


def build_context(*, within=None, near=None, kinds=None) -> Context:
    """Turn the caller's hints into a Context: area names, points or places, and kinds."""
    context = Context(kinds=set(kinds) if kinds else None)
    if within:
        for hint in [within] if isinstance(within, str | AdminArea) else within:
            if isinstance(hint, AdminArea):
                context.areas.append(hint)
                continue
            areas, direction = find_admin_area(str(hint))
            context.areas.extend(areas)
            context.direction = context.direction or direction
    if near:
        for item in _as_points(near):
            context.near.append(item)
    return context


def _as_points(near) -> Iterable[tuple[float, float]]:
    if isinstance(near, Place | PlaceInfo):
        near = [near]
    elif isinstance(near, tuple) and len(near) == 2 and all(isinstance(v, int | float) for v in near):
        near = [near]
    for item in near:
        if isinstance(item, Place):
            yield (item.point.y, item.point.x)
        elif isinstance(item, PlaceInfo):
            yield (item.lat, item.lon)
        else:
            yield (float(item[0]), float(item[1]))


def _area_matches(info: PlaceInfo, area: AdminArea) -> bool:
    return area.pcode in (info.admin1, info.admin2) or area.level == 0


def score(info: PlaceInfo, match: str, base: float, context: Context, implied_kind: str | None,
          via_prefix: bool) -> tuple[float, float | None, bool]:  # fmt: skip
    """Raw score of one matched place in context; returns (score, distance_km, context_used)."""
    raw = base
    used = False
    if context.areas:
        if any(_area_matches(info, a) for a in context.areas):
            raw += 0.15
            used = True
            if context.direction and len(context.areas) == 1 and context.areas[0].centroid:
                c = context.areas[0].centroid
                dy, dx = info.lat - c.y, info.lon - c.x
                side = {"north": dy, "south": -dy, "east": dx, "west": -dx}[context.direction]
                raw += 0.05 if side > 0 else -0.05
        else:
            raw -= 0.45
    distance = None
    if context.near:
        distance = min(haversine_km(info.lat, info.lon, lat, lon) for lat, lon in context.near)
        used = True
        if distance <= 15:
            raw += 0.2
        elif distance <= 40:
            raw += 0.12
        elif distance <= 80:
            raw += 0.04
        elif distance <= 150:
            raw -= 0.1
        else:
            raw -= 0.5
    wanted = context.kinds or ({implied_kind} if implied_kind else None)
    if wanted:
        if info.kind in wanted or (info.kind == "mountain" and "hill" in wanted):
            raw += 0.1
        elif via_prefix:
            # "حرش عابدين" matched "عابدين": the village beside the woods, plausible only right next to
            # the report's other places.
            raw -= 0.2
            if distance is not None and distance > 10:
                raw -= 0.25
            elif distance is None:
                in_area = any(_area_matches(info, a) for a in context.areas)
                raw -= 0.1 if in_area else 0.25
        elif context.kinds:
            raw -= 0.3
    raw += 0.1 * info.importance
    if info.country != "SY" and not any(a.level == 0 and a.pcode == info.country for a in context.areas):
        raw -= 0.2  # a town across the border is named less often than a Syrian homonym
    if not info.confirmed:
        raw -= 0.25
    return raw, distance, used


def rank(matches: Sequence[tuple[PlaceInfo, str, float, str]], context: Context, *, text: str,
         limit: int = 10) -> Candidates:  # fmt: skip
    """Score (place, match kind, base, matched text) tuples; keep the best match per place; sort."""
    _, implied_kind, _ = split_prefix(text)
    best: dict[int, Candidate] = {}
    ctx_flags: dict[int, bool] = {}
    for info, match, base, matched in matches:
        raw, distance, used = score(info, match, base, context, implied_kind, via_prefix=matched == "prefix")
        current = best.get(info.id)
        if current is None or raw > current.raw_score:
            best[info.id] = Candidate(
                id=info.id, name_ar=info.name_ar, name_en=info.name_en, kind=info.kind, lat=info.lat,
                lon=info.lon, admin1=info.admin1, admin2=info.admin2, raw_score=raw, reason=match,
                matched=matched, distance_km=None if distance is None else round(distance, 2), uid=info.uid,
                confirmed=info.confirmed,
            )  # fmt: skip
            ctx_flags[info.id] = used
    ordered = sorted(best.values(), key=lambda c: (-c.raw_score, c.id))
    # Homonyms that only context could tell apart: say that context decided.
    if len(ordered) > 1 and ctx_flags.get(ordered[0].id):
        top = ordered[0]
        if any(o.reason == top.reason or MATCH_BASE.get(o.reason, 0) >= MATCH_BASE.get(top.reason, 0)
               for o in ordered[1:]):  # fmt: skip
            top.reason = "context"
    above = [c for c in ordered if c.raw_score >= THRESHOLD]
    below = [c for c in ordered if c.raw_score < THRESHOLD]
    return Candidates(above[:limit], below[:limit])


# --- database path -----------------------------------------------------------------------------

_INFO_FIELDS = ("id", "uid", "name_ar", "name_en", "kind", "point", "admin1__pcode", "admin2__pcode",
                "importance", "confirmed", "country")  # fmt: skip


def _info_from_row(row: dict) -> PlaceInfo:
    return PlaceInfo(
        id=row["id"], uid=row["uid"], name_ar=row["name_ar"], name_en=row["name_en"], kind=row["kind"],
        lat=row["point"].y, lon=row["point"].x, admin1=row["admin1__pcode"], admin2=row["admin2__pcode"],
        importance=row["importance"], confirmed=row["confirmed"], country=row["country"],
    )  # fmt: skip


def _places(ids: Iterable[int]) -> dict[int, PlaceInfo]:
    rows = Place.objects.filter(id__in=set(ids), merged_into__isnull=True).values(*_INFO_FIELDS)
    return {row["id"]: _info_from_row(row) for row in rows}


_JOINED_FIELDS = {f"place__{f}" if f != "id" else "place_id": f for f in _INFO_FIELDS}


@dataclass(frozen=True)
class _Query:
    """The keys a name is looked up by, computed once for the database and the in-memory paths."""

    text: str
    keys: dict[str, str]
    lkey: str
    lkey_rest: str
    arabic: bool


def _query(text: str) -> _Query:
    keys = dict(key_variants(text))
    lkey = latin_key(text)
    lkey = lkey if len(lkey) >= 2 else ""  # a one-consonant skeleton matches too much to mean anything
    _, _, rest = split_prefix(text)
    lkey_rest = latin_key(rest) if rest != normalize_text(text) else ""
    lkey_rest = lkey_rest if len(lkey_rest) > 2 and lkey_rest != lkey else ""
    return _Query(text, keys, lkey, lkey_rest, is_arabic(text))


def _score_name(
    q: _Query, info: PlaceInfo, key: str | None, lkey: str | None, written: str, found: list
) -> None:
    """How one stored name of a place matches the query (by key, by transliteration, or not)."""
    if key is not None and key in q.keys:
        reason = q.keys[key]
        found.append((info, "exact" if reason == "exact" else "variant", VARIANT_BASE[reason], reason))
    if q.lkey and lkey == q.lkey:
        base = MATCH_BASE["transliteration"] if len(q.lkey) > 3 else 0.66
        if q.arabic and info.name_ar:
            base -= 0.2  # its Arabic name differs from the query beyond normalisation: another name
        # Same skeleton: the closer spelling wins (Hfayra → Hfeira, الصخر → Sakhr not Sukayr).
        base += 0.12 * (spelling_similarity(q.text, written) - 0.5)
        found.append((info, "transliteration", base, "latin"))
    elif q.lkey_rest and lkey == q.lkey_rest:
        found.append((info, "transliteration", 0.62, "prefix"))


def _add_fuzzy(q: _Query, found: list, infos: dict[int, PlaceInfo]) -> None:
    if any(m[1] in ("exact", "variant") for m in found):
        return
    fuzzy_found = _fuzzy(next(iter(q.keys), ""), q.lkey)
    infos.update(_places(pid for pid, *_ in fuzzy_found if pid not in infos))
    found.extend((infos[pid], match, base, how) for pid, match, base, how in fuzzy_found if pid in infos)


def db_matches(text: str, *, fuzzy: bool = True) -> list[tuple[PlaceInfo, str, float, str]]:
    """Candidate places for a name from the database: exact/variant keys, transliteration, trigram.

    One indexed query fetches the names and their places; the trigram query runs only when nothing
    matched by key.
    """
    q = _query(text)
    condition = Q(key__in=list(q.keys))
    if q.lkey or q.lkey_rest:
        condition |= Q(latin_key__in=[k for k in (q.lkey, q.lkey_rest) if k])
    rows = (
        PlaceName.objects.filter(condition, place__merged_into__isnull=True)
        .order_by()
        .values("key", "latin_key", "text", *_JOINED_FIELDS)
    )
    found: list[tuple[PlaceInfo, str, float, str]] = []
    infos: dict[int, PlaceInfo] = {}
    for row in rows:
        info = infos.get(row["place_id"])
        if info is None:
            info = infos[row["place_id"]] = _info_from_row({v: row[k] for k, v in _JOINED_FIELDS.items()})
        _score_name(q, info, row["key"], row["latin_key"], row["text"], found)
    if fuzzy:
        _add_fuzzy(q, found, infos)
    return found


def index_matches(
    index: NameIndex, text: str, *, fuzzy: bool = True
) -> list[tuple[PlaceInfo, str, float, str]]:
    """The same candidates as db_matches, from the in-memory index (the trigram step still asks the database)."""
    q = _query(text)
    found: list[tuple[PlaceInfo, str, float, str]] = []
    for key in q.keys:
        for pid in index.by_key.get(key, ()):
            _score_name(q, index.places[pid], key, None, "", found)
    for lkey in (q.lkey, q.lkey_rest):
        for pid, written in index.latin_names.get(lkey, ()) if lkey else ():
            _score_name(q, index.places[pid], None, lkey, written, found)
    if fuzzy:
        _add_fuzzy(q, found, dict(index.places))
    return found


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


def _fuzzy(key: str, lkey: str) -> list[tuple[int, str, float, str]]:
    out = []
    # Short keys share trigrams with thousands of names: fuzzy matching them is slow and meaningless.
    if key and len(key) >= 5:
        field_name, value = ("key", key)
    elif lkey and len(lkey) >= 5:
        field_name, value = ("latin_key", lkey)
    else:
        return out
    rows = (
        PlaceName.objects.filter(**{f"{field_name}__trigram_similar": value})
        .annotate(sim=TrigramSimilarity(field_name, value))
        .order_by("-sim")
        .values_list("place_id", "sim")[:25]
    )
    for place_id, sim in rows:
        out.append((place_id, "fuzzy", MATCH_BASE["fuzzy"] + 0.3 * max(0.0, (sim - 0.3) / 0.7), "fuzzy"))
    return out


def resolve(
    text: str, *, near=None, within=None, kinds=None, limit: int = 10, fuzzy: bool = True, index=None
) -> Candidates:
    """Ranked candidates for a name as written, in context; empty (with near misses) when nothing fits."""
    text = (text or "").strip()
    if not text:
        return Candidates()
    # A name followed by an area phrase, "تل عاس بريف إدلب": split the hint off.
    m = _TRAILING_AREA.match(normalize_text(text))
    if m and within is None:
        areas, _ = find_admin_area(m.group("area"))
        if areas:
            within, text = m.group("area"), m.group("name")
    context = build_context(within=within, near=near, kinds=kinds)
    is_area_phrase = _looks_like_area_phrase(text)
    areas, direction = find_admin_area(text)
    found = index_matches(index, text, fuzzy=fuzzy) if index is not None else db_matches(text, fuzzy=fuzzy)
    candidates = rank(found, context, text=text, limit=limit)
    if areas:
        exact = name_key(text) in {k for a in areas for k in a.keys}
        # A bare name like "منبج" means the town first; the district of the same name comes after it.
        raw = (1.3 if exact else 1.2) if is_area_phrase else (0.75 if candidates else 1.0)
        area_cands = [_area_candidate(a, direction, "exact" if exact else "variant", raw) for a in areas]
        merged = sorted(area_cands + list(candidates), key=lambda c: -c.raw_score)
        return Candidates(merged[:limit], candidates.near_misses)
    return candidates


def _looks_like_area_phrase(text: str) -> bool:
    """ "ريف حماة الشمالي", "محافظة إدلب", "شمال حماة": an area, not a town of the same name."""
    words = normalize_text(text).split()
    if not words:
        return False
    first = strip_article(words[0][1:] if words[0].startswith("ب") and len(words[0]) > 3 else words[0])
    has_direction = any(w in DIRECTIONS or (len(w) > 3 and w[1:] in DIRECTIONS) for w in words)
    return first in AREA_FILLERS or has_direction


def search_places(q: str, *, near=None, within=None, limit: int = 10) -> list[Candidate]:
    """Autocomplete: resolved candidates first, then places whose names start with what was typed."""
    result = list(resolve(q, near=near, within=within, limit=limit, index=search_index()))
    if len(result) >= limit or any(c.reason in ("exact", "context") for c in result):
        return result[:limit]  # a whole name was typed: no need to guess how it continues
    key = name_key(q)
    lkey = latin_key(q) if not is_arabic(q) else ""
    filters = Q(key__startswith=key) if len(key) >= 2 else Q()
    if len(lkey) >= 3:
        filters |= Q(latin_key__startswith=lkey)
    if not filters:
        return result
    seen = {c.id for c in result}
    # No ORDER BY: the prefix index answers the first rows at once; ranking below orders them.
    ids = list(
        PlaceName.objects.filter(filters)
        .exclude(place_id__in=[i for i in seen if isinstance(i, int)])
        .values_list("place_id", flat=True)[: limit * 5]
    )
    infos = _places(ids)
    extra = [(infos[i], "fuzzy", 0.7, "prefix") for i in dict.fromkeys(ids) if i in infos]
    ranked = rank(extra, build_context(within=within, near=near), text=q, limit=limit)
    result.extend(c for c in list(ranked) + ranked.near_misses if c.id not in seen)
    return result[:limit]


# --- in-memory index for whole articles -------------------------------------------------------


def glued_article_variants(text: str) -> list[str]:
    """Keys for a one-word Arabic name written with its second word's article glued on (OCHA's
    "بصرالحرير" is "بصر الحرير"): the article dropped where it starts a second part of 3+ letters."""
    if " " in text.strip() or not is_arabic(text):
        return []
    key = name_key(text)
    out = []
    start = 3
    while (at := key.find("ال", start)) != -1:
        if len(key) - at - 2 >= 3:
            out.append(key[:at] + key[at + 2 :])
        start = at + 1
    return out


class NameIndex:
    """All name keys in memory: the geoparser looks up every word span of an article without a query."""

    def __init__(self, places: dict[int, PlaceInfo], by_key: dict[str, tuple[int, ...]],
                 latin_names: dict[str, tuple[tuple[int, str], ...]]):  # fmt: skip
        self.places = places
        self.by_key = by_key
        self.latin_names = latin_names  # transliteration key -> (place id, name as written)
        self.max_words = 5

    @classmethod
    def build(cls) -> NameIndex:
        places = {row["id"]: _info_from_row(row) for row in
                  Place.objects.filter(merged_into__isnull=True).values(*_INFO_FIELDS)}  # fmt: skip
        by_key: dict[str, set[int]] = {}
        latin_names: dict[str, set[tuple[int, str]]] = {}
        for place_id, key, lkey, text in PlaceName.objects.values_list(
            "place_id", "key", "latin_key", "text"
        ):
            if place_id not in places:
                continue
            if key:
                by_key.setdefault(key, set()).add(place_id)
                for variant in glued_article_variants(text):
                    by_key.setdefault(variant, set()).add(place_id)
            if lkey:
                latin_names.setdefault(lkey, set()).add((place_id, text))
        return cls(
            places,
            {k: tuple(v) for k, v in by_key.items()},
            {k: tuple(sorted(v)) for k, v in latin_names.items()},
        )

    def warm(self) -> NameIndex:
        """Prepare every stored spelling for comparison now, not on the first searches that meet it."""
        for names in self.latin_names.values():
            for _, text in names:
                _comparable(text)
        return self

    @classmethod
    @lru_cache(maxsize=1)
    def cached(cls) -> NameIndex:
        return cls.build()

    def has_key(self, key: str) -> bool:
        return key in self.by_key

    def matches(self, text: str) -> list[tuple[PlaceInfo, str, float, str]]:
        return index_matches(self, text, fuzzy=False)

    def resolve(self, text: str, *, near=None, within=None, kinds=None, limit: int = 10) -> Candidates:
        context = build_context(within=within, near=near, kinds=kinds)
        return rank(self.matches(text), context, text=text, limit=limit)
