"""Admin areas in names: "ريف إدلب الجنوبي" → the governorate and a direction, and areas as candidates."""

from __future__ import annotations

import re
from functools import lru_cache

from gazetteer.models import AdminArea
from gazetteer.normalize import DESCRIPTORS, name_key, normalize_text, strip_article
from gazetteer.selectors.candidates import Candidate
from gazetteer.transliterate import latin_key

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


@lru_cache(maxsize=1)
def _area_table() -> tuple[dict[str, list[int]], dict[int, AdminArea]]:
    by_key: dict[str, list[int]] = {}
    areas = {}
    for area in AdminArea.objects.filter(level__in=[0, 1, 2]).defer("geom"):
        areas[area.id] = area
        for key in area.keys:
            by_key.setdefault(key, []).append(area.id)
    return by_key, areas


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


def _looks_like_area_phrase(text: str) -> bool:
    """ "ريف حماة الشمالي", "محافظة إدلب", "شمال حماة": an area, not a town of the same name."""
    words = normalize_text(text).split()
    if not words:
        return False
    first = strip_article(words[0][1:] if words[0].startswith("ب") and len(words[0]) > 3 else words[0])
    has_direction = any(w in DIRECTIONS or (len(w) > 3 and w[1:] in DIRECTIONS) for w in words)
    return first in AREA_FILLERS or has_direction
