"""Control periods: the derived table control_at reads, and the services that keep it in step with the claims.

For one place and one set of counted statuses, control_at(date) depends only on the claims that started
by `date`, so its answer changes only on the days a counted claim starts. `compute_periods` walks those
days once and gives one period per day, [that day, the next such day), the last one open; it applies
exactly the rules of the reference query (`selectors.CONTROL_SQL`, kept as `control_at_reference`):

* the deciding claim is the greatest (tier, start day, actor id): tier 3 a verified capture, recapture
  or withdrawal, 2 another verified claim, 1 and 0 the same for pending/disputed claims;
* `since` is the deciding claim's start when it changed control (odd tier), else empty;
* per bloc (an actor's parent, or the actor), the verified claim reaching furthest (end day, actor id)
  is that bloc's rival when it reaches the deciding claim's start; two or more rivals make a verified
  decision "contested", and the rivals are listed by actor code (the deciding actor's own code for its
  bloc), ordered as PostgreSQL orders the codes;
* only unverified claims counted: "claimed"; the latest evidence is the latest start; every counted
  claim is counted.

Writes: every service that changes a claim calls `control_periods_refresh(place_ids=...)` inside its own
transaction, so a claim and the periods computed from it commit (or roll back) together and a reader
never sees one without the other. Refreshes are serialised by a SHARE ROW EXCLUSIVE lock on the periods
table taken before the claims are read: readers (ACCESS SHARE) never wait, and under READ COMMITTED a
second writer reads the claims only after the first has committed, so it recomputes from both changes.
A database trigger (migration 0005) queues every place whose counted claims change by any path (the
ORM without the services, `.update()`, COPY, a gazetteer merge, an actor's code or bloc); the refresh
drops the places it recomputes from that queue, and control_at refreshes what is left before it reads.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from django.db import OperationalError, connection, transaction

VERIFIED = "verified"
COUNTED_STATUSES = ("verified", "pending", "disputed")
VARIANT_STATUSES = {"verified": frozenset({VERIFIED}), "all": frozenset(COUNTED_STATUSES)}
CONTROL_CHANGES = frozenset({"captured", "recaptured", "withdrew"})
EPOCH = dt.date(1900, 1, 1)  # the reference query packs days since this date, never below it
EPOCH_ORDINAL = EPOCH.toordinal()

LOCK_SQL = "LOCK TABLE frontline_controlperiod IN SHARE ROW EXCLUSIVE MODE"
COPY_SQL = (
    "COPY frontline_controlperiod (place_id, variant, valid, actor_id, status, since, last_evidence, "
    "contested_actor_codes, claim_count) FROM STDIN"
)
CLAIMS_SQL = """
SELECT c.place_id, c.actor_id, coalesce(a.parent_id, a.id), c.status, c.change, c.date_start, c.date_end
FROM frontline_claim c JOIN frontline_actor a ON a.id = c.actor_id
WHERE c.status IN ('verified', 'pending', 'disputed') {place_filter}
ORDER BY c.place_id
"""

_deferred: contextvars.ContextVar[bool] = contextvars.ContextVar("control_periods_deferred", default=False)


@dataclass(frozen=True, slots=True)
class ClaimFact:
    """What control_at reads of a claim."""

    actor_id: int
    bloc_id: int
    status: str
    change: str
    date_start: dt.date
    date_end: dt.date


@dataclass(frozen=True, slots=True)
class Period:
    variant: str
    lower: dt.date
    upper: dt.date | None  # exclusive; None: still valid
    actor_id: int
    status: str  # "verified" | "contested" | "claimed"
    since: dt.date | None
    last_evidence: dt.date
    contested_actor_ids: tuple[int, ...]  # in the order of their codes; empty unless contested
    claim_count: int


def _days(date: dt.date) -> int:
    return max(date.toordinal() - EPOCH_ORDINAL, 0)


def compute_periods(claims: Iterable[ClaimFact], *, variant: str, actor_rank: dict[int, int]) -> list[Period]:
    """A place's control periods for one variant, from all its claims (any status, any order).

    `actor_rank` orders actor ids as the database orders their codes (for the contested list).
    """
    statuses = VARIANT_STATUSES[variant]
    counted = sorted((c for c in claims if c.status in statuses), key=lambda c: c.date_start)
    periods: list[Period] = []
    best: tuple[int, int, int] | None = None  # (tier, start day, actor id) of the deciding claim
    best_bloc = 0
    reach: dict[int, tuple[int, int]] = {}  # bloc -> (end day, actor id) of its furthest verified claim
    count = 0
    i = 0
    while i < len(counted):
        day = counted[i].date_start
        while i < len(counted) and counted[i].date_start == day:
            claim = counted[i]
            i += 1
            count += 1
            verified = claim.status == VERIFIED
            key = (2 * verified + (claim.change in CONTROL_CHANGES), _days(claim.date_start), claim.actor_id)
            if best is None or key > best:
                best, best_bloc = key, claim.bloc_id
            if verified:
                end = (_days(claim.date_end), claim.actor_id)
                if end > reach.get(claim.bloc_id, (-1, -1)):
                    reach[claim.bloc_id] = end
        tier, start_day, actor_id = best
        rivals = [(bloc, rival) for bloc, (end_day, rival) in reach.items() if end_day >= start_day]
        contested: tuple[int, ...] = ()
        if tier < 2:
            status = "claimed"
        elif len(rivals) > 1:
            status = "contested"
            shown = {actor_id if bloc == best_bloc else rival for bloc, rival in rivals}
            contested = tuple(sorted(shown, key=actor_rank.__getitem__))
        else:
            status = "verified"
        periods.append(
            Period(
                variant=variant,
                lower=day,
                upper=counted[i].date_start if i < len(counted) else None,
                actor_id=actor_id,
                status=status,
                since=dt.date.fromordinal(EPOCH_ORDINAL + start_day) if tier % 2 == 1 else None,
                last_evidence=day,
                contested_actor_ids=contested,
                claim_count=count,
            )
        )
    return periods


def place_periods(claims: list[ClaimFact], *, actor_rank: dict[int, int]) -> list[Period]:
    """Both variants' periods of one place."""
    return [
        period
        for variant in VARIANT_STATUSES
        for period in compute_periods(claims, variant=variant, actor_rank=actor_rank)
    ]


# --- the table -------------------------------------------------------------------------------------------


def _actors(cursor) -> tuple[dict[int, int], dict[int, str]]:
    """Actor ids ranked as PostgreSQL orders their codes (its collation, not Python's), and their codes."""
    cursor.execute("SELECT id, code FROM frontline_actor ORDER BY code")
    rows = cursor.fetchall()
    return {pk: rank for rank, (pk, _code) in enumerate(rows)}, dict(rows)


def _write(cursor, place_ids: list[int] | None, *, truncate: bool = False) -> int:
    """Recompute the periods of `place_ids` (None: every place) from the claims; returns the rows written."""
    if place_ids is None:
        if truncate:
            # Compact table and indexes (a deleted-and-refilled GiST stays half empty, and control_at's
            # index-only scan reads every page of it); readers wait until this transaction commits.
            cursor.execute("TRUNCATE frontline_controlperiod, frontline_controlperiod_stale")
        else:  # inside a caller's transaction, which may hold deferred checks on rows of the table
            cursor.execute("DELETE FROM frontline_controlperiod_stale")
            cursor.execute("DELETE FROM frontline_controlperiod")
        place_filter, params = "", []
    else:
        cursor.execute("DELETE FROM frontline_controlperiod_stale WHERE place_id = ANY(%s)", [place_ids])
        cursor.execute("DELETE FROM frontline_controlperiod WHERE place_id = ANY(%s)", [place_ids])
        place_filter, params = "AND c.place_id = ANY(%s)", [place_ids]
    rank, codes = _actors(cursor)
    cursor.execute(CLAIMS_SQL.format(place_filter=place_filter), params)
    rows = cursor.fetchall()
    written = 0
    with cursor.copy(COPY_SQL) as copy:
        for place_id, claims in _by_place(rows):
            for p in place_periods(claims, actor_rank=rank):
                valid = f"[{p.lower.isoformat()},{p.upper.isoformat() if p.upper else ''})"
                contested = "{" + ",".join(_array_item(codes[a]) for a in p.contested_actor_ids) + "}"
                copy.write_row(
                    (place_id, p.variant, valid, p.actor_id, p.status, p.since, p.last_evidence, contested,
                     p.claim_count)
                )  # fmt: skip
                written += 1
    return written


def _array_item(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _by_place(rows) -> Iterator[tuple[int, list[ClaimFact]]]:
    """(place id, its claims) from rows sorted by place."""
    current, claims = None, []
    for place_id, actor_id, bloc_id, status, change, start, end in rows:
        if place_id != current:
            if claims:
                yield current, claims
            current, claims = place_id, []
        claims.append(ClaimFact(actor_id, bloc_id, status, change, start, end))
    if claims:
        yield current, claims


def control_periods_refresh(*, place_ids: Iterable[int | None]) -> int:
    """Recompute the control periods of these places; called by every service that changes claims.

    Inside `control_periods_deferred()` it does nothing: the places wait in the queue until the end.
    """
    ids = sorted({int(pk) for pk in place_ids if pk is not None})
    if not ids or _deferred.get():
        return 0
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(LOCK_SQL)
        return _write(cursor, ids)


def control_periods_refresh_stale(*, wait: bool = True) -> list[int]:
    """Recompute the places waiting in the queue (claims written without the services).

    Returns the places still waiting: none, unless wait=False (readers) and another transaction is
    refreshing, in which case it gives up at once and the reader computes those places itself.
    """
    stale_sql = "SELECT DISTINCT place_id FROM frontline_controlperiod_stale ORDER BY 1"
    with connection.cursor() as cursor:
        cursor.execute(stale_sql)
        ids = [row[0] for row in cursor.fetchall()]
    if not ids:
        return []
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(LOCK_SQL + ("" if wait else " NOWAIT"))
            cursor.execute(stale_sql)
            _write(cursor, [row[0] for row in cursor.fetchall()])
            return []
    except OperationalError as error:
        if wait or getattr(error.__cause__, "sqlstate", None) != "55P03":  # lock_not_available
            raise
        return ids


def control_periods_rebuild() -> int:
    """Recompute every place's periods from all counted claims (after bulk loads); returns the rows written.

    In a transaction of its own it empties the table with TRUNCATE, and control_at waits while it runs
    (15 s for 200,000 claims); inside a caller's transaction it deletes the rows instead.
    """
    truncate = not connection.in_atomic_block
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(LOCK_SQL)
        return _write(cursor, None, truncate=truncate)


@contextlib.contextmanager
def control_periods_deferred() -> Iterator[None]:
    """Bulk writes through the services: refresh once, at the end, every place the block queued."""
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)
    if not _deferred.get():  # the outermost block refreshes
        control_periods_refresh_stale()
