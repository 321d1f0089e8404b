"""Reads: which place does this name mean? Ranked candidates with a score and the reason.

Matching (exact key, variant keys, transliteration key, trigram fuzzy) finds candidates; context (an
admin-area hint, nearby points, the kind implied by a prefix) and importance rank them. The same
scoring serves the database path (`resolve`) and the in-memory index used on whole articles
(`NameIndex`), so both give the same answer.
"""

from gazetteer.selectors.admin_areas import (
    AREA_FILLERS,
    DIRECTIONS,
    _area_candidate,
    _area_ids,
    _area_table,
    _looks_like_area_phrase,
    find_admin_area,
)
from gazetteer.selectors.candidates import (
    MATCH_BASE,
    SCORE_SCALE,
    THRESHOLD,
    VARIANT_BASE,
    Candidate,
    Candidates,
    Context,
    PlaceInfo,
)
from gazetteer.selectors.matching import (
    _INFO_FIELDS,
    _JOINED_FIELDS,
    _add_fuzzy,
    _fuzzy,
    _info_from_row,
    _places,
    _Query,
    _query,
    _score_name,
    db_matches,
)
from gazetteer.selectors.name_index import NameIndex, glued_article_variants, index_matches
from gazetteer.selectors.resolution import _TRAILING_AREA, resolve
from gazetteer.selectors.scoring import _area_matches, _as_points, build_context, haversine_km, rank, score
from gazetteer.selectors.search import (
    SEARCH_CACHE_SECONDS,
    SEARCH_CACHE_VERSION_KEY,
    SEARCH_INDEX_MAX_NAMES,
    _search_index,
    clear_caches,
    search_index,
    search_places,
    search_places_cached,
)
from gazetteer.selectors.spelling import _LATIN_ARTICLE_PREFIX, _comparable, spelling_similarity

__all__ = [
    "AREA_FILLERS",
    "Candidate",
    "Candidates",
    "Context",
    "DIRECTIONS",
    "MATCH_BASE",
    "NameIndex",
    "PlaceInfo",
    "SCORE_SCALE",
    "SEARCH_CACHE_SECONDS",
    "SEARCH_CACHE_VERSION_KEY",
    "SEARCH_INDEX_MAX_NAMES",
    "THRESHOLD",
    "VARIANT_BASE",
    "_INFO_FIELDS",
    "_JOINED_FIELDS",
    "_LATIN_ARTICLE_PREFIX",
    "_Query",
    "_TRAILING_AREA",
    "_add_fuzzy",
    "_area_candidate",
    "_area_ids",
    "_area_matches",
    "_area_table",
    "_as_points",
    "_comparable",
    "_fuzzy",
    "_info_from_row",
    "_looks_like_area_phrase",
    "_places",
    "_query",
    "_score_name",
    "_search_index",
    "build_context",
    "clear_caches",
    "db_matches",
    "find_admin_area",
    "glued_article_variants",
    "haversine_km",
    "index_matches",
    "rank",
    "resolve",
    "score",
    "search_index",
    "search_places",
    "search_places_cached",
    "spelling_similarity",
]
