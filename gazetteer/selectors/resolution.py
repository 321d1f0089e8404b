"""resolve: ranked candidates for a name as written, in context."""

from __future__ import annotations

import re

from gazetteer.normalize import name_key, normalize_text
from gazetteer.selectors.admin_areas import _area_candidate, _looks_like_area_phrase, find_admin_area
from gazetteer.selectors.candidates import Candidates
from gazetteer.selectors.matching import db_matches
from gazetteer.selectors.name_index import index_matches
from gazetteer.selectors.scoring import build_context, rank

_TRAILING_AREA = re.compile(
    r"^(?P<name>.+?)\s+(?:في\s+|ب)?(?:(?:ريف|محافظه|منطقه)\s+|(?:شمال|جنوب|شرق|غرب)(?:ي)?\s+)(?P<area>.+)$"
)


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
