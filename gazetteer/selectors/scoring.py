"""Context and ranking: the caller's hints as a Context, the score of a match in context, the ranking."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from gazetteer.models import AdminArea, Place
from gazetteer.normalize import split_prefix
from gazetteer.selectors.admin_areas import find_admin_area
from gazetteer.selectors.candidates import MATCH_BASE, THRESHOLD, Candidate, Candidates, Context, PlaceInfo


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


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
