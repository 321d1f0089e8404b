"""Reads for the map, the API and the admin: who held what when, and the evidence behind it."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from operator import itemgetter
from typing import NamedTuple

from django.db import connection
from django.db.models import Case, IntegerField, Min, Prefetch, Q, Value, When
from psycopg.rows import tuple_row

from frontline.control_periods import control_periods_refresh_stale
from frontline.models import Claim, Report

Status = Claim.Status

BBox = tuple[float, float, float, float]  # (west, south, east, north), degrees


@dataclass(frozen=True)
class ControlRow:
    place_id: int
    place_uid: str
    name_ar: str
    name_en: str
    lat: float
    lon: float
    kind: str
    actor_code: str
    actor_name_en: str
    actor_name_ar: str
    actor_color: str
    status: str  # "verified" | "contested" | "claimed"
    since: dt.date | None
    last_evidence: dt.date
    contested_actor_codes: tuple[str, ...]
    claim_count: int


CONTROL_ROW_FIELDS = tuple(f.name for f in fields(ControlRow))
PLACE_FIELDS = CONTROL_ROW_FIELDS[:7]  # what a place brings to its row: the same on every date


@dataclass(frozen=True)
class ChangeRow:
    place_id: int
    place_uid: str
    name_ar: str
    name_en: str
    lat: float
    lon: float
    kind: str
    from_actor_code: str | None
    from_actor_name: str | None
    from_actor_color: str | None
    to_actor_code: str
    to_actor_name: str
    to_actor_color: str
    date: dt.date
    claim_ids: tuple[int, ...]
    sources: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class HistoryStep:
    claim_id: int
    date_start: dt.date
    date_end: dt.date
    date_precision: str
    change: str
    actor_code: str
    actor_name_en: str
    actor_name_ar: str
    actor_color: str
    status: str
    quote: str
    claimed_by: str
    reports: list[dict]
    author: str
    reviewer: str | None
    reviewed_at: dt.datetime | None


# One query, no sort of the claims. Each claim is packed into a bigint whose maximum is the deciding
# claim: tier (2 bits: verified over unreviewed, control changes over held/contested/attacked)
# | days since 1900 (25 bits) | actor id (36 bits). Hash aggregates per (place, bloc) and then per
# place find it; per bloc the verified claim reaching furthest (packed date_end | actor id) tells
# whether another bloc's verified claim overlaps the deciding claim's start: then it is contested.
# Ties on the same day and tier go to the higher actor id (deterministic, arbitrary).
CONTROL_SQL = """
WITH counted AS (
    SELECT c.place_id, c.actor_id, c.status, c.change, c.date_start, c.date_end,
           coalesce(a.parent_id, a.id) AS bloc
    FROM frontline_claim c
    JOIN frontline_actor a ON a.id = c.actor_id
    WHERE c.date_start <= %(date)s AND c.status = ANY(%(statuses)s) {bbox_filter}
),
per_bloc AS (
    SELECT place_id, bloc,
           max(((CASE WHEN status = 'verified' THEN 2 ELSE 0 END
                 + CASE WHEN change IN ('captured', 'recaptured', 'withdrew') THEN 1 ELSE 0 END)::bigint << 61)
               | (greatest(date_start - DATE '1900-01-01', 0)::bigint << 36) | actor_id) AS pick,
           max((greatest(date_end - DATE '1900-01-01', 0)::bigint << 36) | actor_id)
               FILTER (WHERE status = 'verified') AS reach,
           max(date_start) AS last_evidence,
           count(*) AS n
    FROM counted
    GROUP BY place_id, bloc
),
per_place AS (
    SELECT place_id, max(pick) AS pick, max(last_evidence) AS last_evidence, sum(n)::int AS n,
           array_agg(reach) AS reaches
    FROM per_bloc
    GROUP BY place_id
),
decided AS (
    SELECT place_id, last_evidence, n,
           (pick >> 61) AS tier,
           DATE '1900-01-01' + ((pick >> 36) & 33554431)::int AS date_start,
           pick & 68719476735 AS actor_id,
           ARRAY(SELECT r & 68719476735 FROM unnest(reaches) r
                 WHERE r IS NOT NULL AND (r >> 36) >= ((pick >> 36) & 33554431)) AS rivals
    FROM per_place
)
SELECT pl.id, pl.uid, pl.name_ar, pl.name_en, ST_Y(pl.point), ST_X(pl.point), pl.kind,
       a.code, a.name_en, a.name_ar, a.color,
       CASE WHEN d.tier < 2 THEN 'claimed'
            WHEN cardinality(d.rivals) > 1 THEN 'contested'
            ELSE 'verified' END,
       CASE WHEN d.tier %% 2 = 1 THEN d.date_start END,
       d.last_evidence,
       CASE WHEN d.tier >= 2 AND cardinality(d.rivals) > 1 THEN
           ARRAY(SELECT CASE WHEN coalesce(ra.parent_id, ra.id) = coalesce(a.parent_id, a.id)
                             THEN a.code ELSE ra.code END AS code
                 FROM frontline_actor ra WHERE ra.id = ANY(d.rivals) ORDER BY 1)
       END,
       d.n
FROM decided d
JOIN gazetteer_place pl ON pl.id = d.place_id
JOIN frontline_actor a ON a.id = d.actor_id
ORDER BY pl.id
"""
BBOX_FILTER = (
    "AND c.place_id IN (SELECT id FROM gazetteer_place "
    "WHERE point && ST_MakeEnvelope(%(west)s, %(south)s, %(east)s, %(north)s, 4326))"
)


def control_sql(
    date: dt.date, *, bbox: BBox | None = None, include_claimed: bool = True, places: list[int] | None = None
) -> tuple[str, dict]:
    """The SQL and parameters of control_at_reference (optionally for some places only)."""
    statuses = [Status.VERIFIED.value]
    if include_claimed:
        statuses += [Status.PENDING.value, Status.DISPUTED.value]
    params: dict = {"date": date, "statuses": statuses}
    bbox_filter = ""
    if bbox is not None:
        west, south, east, north = (float(v) for v in bbox)
        params.update(west=west, south=south, east=east, north=north)
        bbox_filter = BBOX_FILTER
    if places is not None:
        params["places"] = places
        bbox_filter += " AND c.place_id = ANY(%(places)s)"
    return CONTROL_SQL.format(bbox_filter=bbox_filter), params


# The full rows of control_at in one query: what a plain implementation would run, and what the benchmark
# times through psycopg next to control_at. One row per place whose period of the variant covers the date
# (an index-only scan of the variant's GiST index); with a bbox the place's point index narrows the places.
CONTROL_PERIODS_SQL = """
SELECT pl.id, pl.uid, pl.name_ar, pl.name_en, ST_Y(pl.point), ST_X(pl.point), pl.kind,
       p.actor_id, p.status, p.since, p.last_evidence, p.contested_actor_codes, p.claim_count
FROM frontline_controlperiod p
JOIN gazetteer_place pl ON pl.id = p.place_id
WHERE p.variant = '{variant}' AND p.valid @> %(date)s::date {bbox_filter} {stale_filter}
ORDER BY pl.id
"""
# What control_at itself runs: the same rows, but of each place only its row version (xmin and ctid, which
# change with every write to the row, by any path); names, uid, kind and point come from a per-process
# cache of the places checked against that version. Half the bytes to transfer and decode.
CONTROL_PERIODS_LEAN_SQL = """
SELECT p.place_id, pl.xmin::text || pl.ctid::text,
       p.actor_id, p.status, p.since, p.last_evidence, p.contested_actor_codes, p.claim_count
FROM frontline_controlperiod p
JOIN gazetteer_place pl ON pl.id = p.place_id
WHERE p.variant = '{variant}' AND p.valid @> %(date)s::date {bbox_filter} {stale_filter}
ORDER BY p.place_id
"""
PLACES_SQL = """
SELECT id, xmin::text || ctid::text, uid, name_ar, name_en, ST_Y(point), ST_X(point), kind
FROM gazetteer_place WHERE id = ANY(%s)
"""
PERIODS_BBOX_FILTER = "AND pl.point && ST_MakeEnvelope(%(west)s, %(south)s, %(east)s, %(north)s, 4326)"
PLACE_CACHE_LIMIT = 100_000  # places kept per database (about 50 MB); past it the cache starts again


def control_periods_sql(
    date: dt.date,
    *,
    bbox: BBox | None = None,
    include_claimed: bool = True,
    skip: list[int] | None = None,
    lean: bool = False,
) -> tuple[str, dict]:
    """The SQL and parameters of control_at's rows over the periods (lean: what control_at runs)."""
    params: dict = {"date": date}
    if bbox is not None:
        west, south, east, north = (float(v) for v in bbox)
        params.update(west=west, south=south, east=east, north=north)
    if skip:
        params["skip"] = skip
    sql = (CONTROL_PERIODS_LEAN_SQL if lean else CONTROL_PERIODS_SQL).format(
        # A literal, not a parameter: a prepared statement's generic plan can use the variant's partial index.
        variant="all" if include_claimed else "verified",
        bbox_filter=PERIODS_BBOX_FILTER if bbox is not None else "",
        stale_filter="AND p.place_id <> ALL(%(skip)s)" if skip else "",
    )
    return sql, params


class ControlValues(NamedTuple):
    """control_at's answer before it becomes ControlRows (what the map API serialises from).

    rows: (place id, row version, actor id, status, since, last evidence, contested actor codes (a
    list, empty unless contested), claim count), in place order.
    places: place id -> its ControlRow fields (PLACE_FIELDS). The same dictionary comes back from call
    to call while the place's row is unchanged, so callers may key data derived from a place on its
    identity; treat it as read-only.
    actors: actor id -> its ControlRow fields.
    """

    rows: list[tuple]
    places: dict[int, dict]
    actors: dict[int, dict]


# Database name -> place id -> (row version, place attributes): the places' immutable part of ControlRow.
_place_cache: dict[str, dict[int, tuple[str, dict]]] = {}


def control_values(date: dt.date, *, bbox: BBox | None = None, include_claimed: bool = True) -> ControlValues:
    """control_at's rows as plain values (see control_at for the rules)."""
    stale = control_periods_refresh_stale(wait=False)
    sql, params = control_periods_sql(date, bbox=bbox, include_claimed=include_claimed, skip=stale, lean=True)
    with connection.cursor() as cursor:
        actors = _actor_fields(cursor)
        with gc_paused():
            cursor.execute(sql, params)
            rows = cursor.fetchall()
            places = _places_for(cursor, rows)
    if len(places) < len(rows):  # a place deleted between the two queries (its periods with it)
        rows = [row for row in rows if row[0] in places]
    if stale:
        sql, params = control_sql(date, bbox=bbox, include_claimed=include_claimed, places=stale)
        ids = {attrs["actor_code"]: pk for pk, attrs in actors.items()}
        for r in _control_rows(sql, params):
            places[r.place_id] = {name: getattr(r, name) for name in PLACE_FIELDS}
            rows.append(
                (r.place_id, None, ids[r.actor_code], r.status, r.since, r.last_evidence,
                 list(r.contested_actor_codes), r.claim_count)
            )  # fmt: skip
        rows.sort(key=itemgetter(0))
    return ControlValues(rows, places, actors)


def _actor_fields(cursor) -> dict[int, dict]:
    """Actor id -> the actor's ControlRow fields (a handful of actors: cheaper than a join)."""
    cursor.execute("SELECT id, code, name_en, name_ar, color FROM frontline_actor")
    return {
        pk: {"actor_code": code, "actor_name_en": name_en, "actor_name_ar": name_ar, "actor_color": color}
        for pk, code, name_en, name_ar, color in cursor.fetchall()
    }


def _places_for(cursor, rows: list[tuple]) -> dict[int, dict]:
    """The attributes of the rows' places, from the cache where the place's row version still matches."""
    cache = _place_cache.setdefault(connection.settings_dict["NAME"], {})
    found, missing = {}, []
    for place_id, version, *_ in rows:
        entry = cache.get(place_id)
        if entry is not None and entry[0] == version:
            found[place_id] = entry[1]
        else:
            missing.append(place_id)
    if missing:
        found.update(_fetch_places(cursor, cache, missing))
    return found


def _fetch_places(cursor, cache: dict, ids: list[int]) -> dict[int, dict]:
    """The attributes of these places, read from the database into the cache (deleted ones are left out)."""
    if len(cache) + len(ids) > PLACE_CACHE_LIMIT:
        cache.clear()
    cursor.execute(PLACES_SQL, [ids])
    found = {}
    for place_id, version, *values in cursor.fetchall():
        attrs = dict(zip(PLACE_FIELDS, (place_id, *values), strict=True))
        cache[place_id] = (version, attrs)
        found[place_id] = attrs
    return found


def control_at(date: dt.date, *, bbox: BBox | None = None, include_claimed: bool = True) -> list[ControlRow]:
    """Every place with evidence up to `date`: who held it, how sure we are, since when.

    Only claims that started by `date` count. The latest control change (captured, recaptured,
    withdrew) decides the holder; held/contested/attacked claims keep the evidence fresh and decide
    only where they are all there is. Verified claims outrank pending and disputed ones, which count
    only with include_claimed and then make the place "claimed". A place is "contested" when
    verified claims reaching the deciding claim's start name actors of different blocs.
    Draft, rejected and retracted claims never count.

    Reads the control periods derived from the claims (frontline/control_periods.py), after
    recomputing any place whose claims were written without the services. Should another transaction
    hold the refresh lock, those places are computed from their claims by the reference query instead.
    """
    stale = control_periods_refresh_stale(wait=False)
    sql, params = control_periods_sql(date, bbox=bbox, include_claimed=include_claimed, skip=stale, lean=True)
    cache = _place_cache.setdefault(connection.settings_dict["NAME"], {})
    new, misses = object.__new__, []

    def make(values) -> ControlRow:
        # Built as psycopg reads each row (no tuple kept per row), by filling the instance dictionary
        # directly, not through the frozen dataclass's __init__ (which sets every field through
        # object.__setattr__): 8 ms instead of 35 ms for 10,000 rows.
        place_id, version, actor_id, status, since, last, codes, n = values
        row = new(ControlRow)
        attrs = row.__dict__
        entry = cache.get(place_id)
        if entry is not None and entry[0] == version:
            attrs.update(entry[1])
        else:  # a place not seen yet, or changed since: its attributes are read below
            attrs["place_id"] = place_id
            misses.append(row)
        attrs.update(actors[actor_id])
        attrs["status"] = status
        attrs["since"] = since
        attrs["last_evidence"] = last
        attrs["contested_actor_codes"] = tuple(codes) if codes else ()
        attrs["claim_count"] = n
        return row

    with connection.cursor() as cursor, gc_paused():
        actors = _actor_fields(cursor)
        cursor.cursor.row_factory = lambda _cursor: make
        try:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        finally:
            cursor.cursor.row_factory = tuple_row
        if misses:
            found = _fetch_places(cursor, cache, [row.place_id for row in misses])
            for row in misses:
                row.__dict__.update(found.get(row.place_id, ()))
            if len(found) < len(misses):  # a place deleted between the two queries (its periods with it)
                rows = [row for row in rows if "place_uid" in row.__dict__]
    if stale:
        sql, params = control_sql(date, bbox=bbox, include_claimed=include_claimed, places=stale)
        rows = sorted(rows + _control_rows(sql, params), key=lambda row: row.place_id)
    return rows


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a block builds many objects that all survive it.

    Ten thousand rows are some 40,000 new container objects: with the collector on they set off dozens
    of young collections and, every other call, a full one over every object of the process (40 ms
    here). Nothing built in the block is cyclic garbage, so there is nothing for it to find.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def control_at_reference(
    date: dt.date, *, bbox: BBox | None = None, include_claimed: bool = True
) -> list[ControlRow]:
    """control_at computed from the claims themselves (one aggregate query, no derived table).

    The definition control_at's periods are tested against (tests/frontline/test_control_periods.py).

    Only claims that started by `date` count. The latest control change (captured, recaptured,
    withdrew) decides the holder; held/contested/attacked claims keep the evidence fresh and decide
    only where they are all there is. Verified claims outrank pending and disputed ones, which count
    only with include_claimed and then make the place "claimed". A place is "contested" when
    verified claims reaching the deciding claim's start name actors of different blocs.
    Draft, rejected and retracted claims never count.
    """
    sql, params = control_sql(date, bbox=bbox, include_claimed=include_claimed)
    return _control_rows(sql, params)


def _control_rows(sql: str, params: dict) -> list[ControlRow]:
    """ControlRows from a query giving ControlRow's fields in order.

    A frozen dataclass's __init__ sets each field through object.__setattr__: 35 ms for 10,000 rows,
    a third of control_at. Filling the instance dictionary directly gives the same objects in 4 ms.
    """
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    new, names, result = object.__new__, CONTROL_ROW_FIELDS, []
    for r in rows:
        row = new(ControlRow)
        row.__dict__.update(zip(names, (*r[:14], tuple(r[14] or ()), r[15]), strict=True))
        result.append(row)
    return result


def _counted_statuses(include_claimed: bool) -> list[str]:
    return [Status.VERIFIED, Status.PENDING, Status.DISPUTED] if include_claimed else [Status.VERIFIED]


def changes_between(
    date_a: dt.date, date_b: dt.date, *, bbox: BBox | None = None, include_claimed: bool = True
) -> list[ChangeRow]:
    """Places whose holder on date_b differs from the one on date_a, with the claims and sources of the change."""
    if date_b < date_a:
        date_a, date_b = date_b, date_a
    before = {row.place_id: row for row in control_at(date_a, bbox=bbox, include_claimed=include_claimed)}
    moved = [
        row
        for row in control_at(date_b, bbox=bbox, include_claimed=include_claimed)
        if row.place_id not in before or before[row.place_id].actor_code != row.actor_code
    ]
    if not moved:
        return []
    claims = (
        Claim.objects.filter(
            place_id__in=[row.place_id for row in moved],
            date_start__gt=date_a,
            date_start__lte=date_b,
            status__in=_counted_statuses(include_claimed),
        )
        .select_related("actor")
        .prefetch_related(Prefetch("reports", queryset=Report.objects.select_related("source")))
        .order_by("place_id", "date_start", "id")
    )
    by_place: dict[int, list[Claim]] = {}
    for claim in claims:
        by_place.setdefault(claim.place_id, []).append(claim)
    result = []
    for row in moved:
        old = before.get(row.place_id)
        evidence = [c for c in by_place.get(row.place_id, []) if c.actor.code == row.actor_code]
        sources: dict[tuple, dict] = {}
        for claim in evidence:
            for report in claim.reports.all():
                key = (report.source.name, report.url)
                sources.setdefault(
                    key,
                    {"name": report.source.name, "url": report.url, "perspective": report.source.perspective},
                )
        result.append(
            ChangeRow(
                place_id=row.place_id,
                place_uid=row.place_uid,
                name_ar=row.name_ar,
                name_en=row.name_en,
                lat=row.lat,
                lon=row.lon,
                kind=row.kind,
                from_actor_code=old.actor_code if old else None,
                from_actor_name=old.actor_name_en if old else None,
                from_actor_color=old.actor_color if old else None,
                to_actor_code=row.actor_code,
                to_actor_name=row.actor_name_en,
                to_actor_color=row.actor_color,
                date=row.since or (evidence[-1].date_start if evidence else row.last_evidence),
                claim_ids=tuple(c.pk for c in evidence),
                sources=list(sources.values()),
            )
        )
    return sorted(result, key=lambda r: (r.date, r.place_id))


PUBLIC_HISTORY = (Status.VERIFIED, Status.PENDING, Status.DISPUTED)


def place_history(place, *, statuses=PUBLIC_HISTORY) -> list[HistoryStep]:
    """Every claim about a place in date order, with its reports and who entered and reviewed it."""
    claims = (
        Claim.objects.filter(place=place, status__in=statuses)
        .select_related("actor", "author", "reviewer")
        .prefetch_related(
            Prefetch("reports", queryset=Report.objects.select_related("source").order_by("published_at"))
        )
        .order_by("date_start", "date_end", "id")
    )
    return [
        HistoryStep(
            claim_id=c.pk,
            date_start=c.date_start,
            date_end=c.date_end,
            date_precision=c.date_precision,
            change=c.change,
            actor_code=c.actor.code,
            actor_name_en=c.actor.name_en,
            actor_name_ar=c.actor.name_ar,
            actor_color=c.actor.color,
            status=c.status,
            quote=c.quote,
            claimed_by=c.claimed_by,
            reports=[
                {"title": r.title, "url": r.url, "source": r.source.name, "published_at": r.published_at}
                for r in c.reports.all()
            ],
            author=c.author.username,
            reviewer=c.reviewer.username if c.reviewer else None,
            reviewed_at=c.reviewed_at,
        )
        for c in claims
    ]


def first_evidence_date() -> dt.date | None:
    """The earliest date any counted claim starts: where the map's timeline begins."""
    return Claim.objects.filter(status__in=PUBLIC_HISTORY).aggregate(first=Min("date_start"))["first"]


def review_queue(*, user):
    """Claims waiting for review, the user's own first, then oldest first."""
    return (
        Claim.objects.filter(status__in=[Status.PENDING, Status.DISPUTED])
        .select_related("place", "actor", "author")
        .annotate(
            mine=Case(
                When(Q(author_id=user.pk), then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        )
        .order_by("mine", "created_at", "id")
    )


def drafts_of(*, user):
    """The user's drafts, not yet submitted for review (the ones people lose track of)."""
    return (
        Claim.objects.filter(status=Status.DRAFT, author=user)
        .select_related("place", "actor")
        .order_by("created_at")
    )
