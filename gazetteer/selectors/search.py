"""Search and autocomplete: the cached search index and answers, and clearing every cache."""

from __future__ import annotations

import hashlib
import time

from django.core.cache import cache
from django.db.models import Q

from gazetteer.models import Place, PlaceName
from gazetteer.normalize import is_arabic, name_key, normalize_text
from gazetteer.selectors.admin_areas import _area_table
from gazetteer.selectors.candidates import Candidate
from gazetteer.selectors.matching import _places
from gazetteer.selectors.name_index import NameIndex
from gazetteer.selectors.resolution import resolve
from gazetteer.selectors.scoring import build_context, rank
from gazetteer.transliterate import latin_key


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
