"""Control periods: the derived table gives exactly what the reference query computes from the claims.

The heart is the equivalence test: random claim histories (many places, random dates, statuses, actors,
blocs and changes, ties on purpose), then for many dates control_at (periods) must equal
control_at_reference (one aggregate query over the claims), with and without unreviewed claims and
with a bbox. The other tests check that every way claims change keeps the periods in step.
"""

import datetime as dt
import io
import random

import pytest
from django.contrib.gis.geos import Point
from django.core.management import call_command
from django.db import connection

from frontline import services
from frontline.control_periods import (
    ClaimFact,
    compute_periods,
    control_periods_deferred,
    control_periods_rebuild,
    control_periods_refresh,
)
from frontline.csv_io import import_claims
from frontline.models import Claim, ControlPeriod
from frontline.selectors import changes_between, control_at, control_at_reference
from gazetteer.services import place_merge
from tests.factories import ActorFactory, ClaimFactory, PlaceFactory, UserFactory

D = dt.date
STATUSES = ["verified"] * 6 + ["pending"] * 2 + ["disputed", "draft", "rejected", "retracted"]
CHANGES = ["captured", "recaptured", "withdrew", "held", "contested", "attacked"]
BBOXES = [(36.0, 35.0, 37.0, 36.0), (36.4, 35.3, 36.8, 35.6), (40.0, 30.0, 41.0, 31.0)]


def stale_places() -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT DISTINCT place_id FROM frontline_controlperiod_stale ORDER BY 1")
        return [r[0] for r in cursor.fetchall()]


def periods_table() -> list[tuple]:
    return sorted(
        ControlPeriod.objects.values_list(
            "place_id", "variant", "valid", "actor_id", "status", "since", "last_evidence",
            "contested_actor_codes", "claim_count",
        )
    )  # fmt: skip


# --- the pure function ------------------------------------------------------------------------------------


def fact(actor, bloc, start, end=None, *, status="verified", change="captured"):
    return ClaimFact(actor, bloc, status, change, start, end or start)


def test_one_period_per_start_day_the_last_one_open():
    periods = compute_periods(
        [fact(1, 1, D(2014, 5, 1)), fact(2, 2, D(2019, 8, 20), D(2019, 8, 21))],
        variant="verified",
        actor_rank={1: 0, 2: 1},
    )
    assert [(p.lower, p.upper, p.actor_id, p.status, p.since, p.claim_count) for p in periods] == [
        (D(2014, 5, 1), D(2019, 8, 20), 1, "verified", D(2014, 5, 1), 1),
        (D(2019, 8, 20), None, 2, "verified", D(2019, 8, 20), 2),
    ]


def test_claims_starting_the_same_day_make_one_period_and_the_higher_actor_id_wins_a_tie():
    (period,) = compute_periods(
        [fact(5, 5, D(2019, 8, 1)), fact(7, 7, D(2019, 8, 1))], variant="verified", actor_rank={5: 1, 7: 0}
    )
    assert (period.actor_id, period.status, period.contested_actor_ids, period.claim_count) == (
        7,
        "contested",
        (7, 5),  # ordered by the rank of their codes, not their ids
        2,
    )


def test_unverified_claims_count_only_in_the_all_variant_and_never_outrank_verified_ones():
    claims = [fact(1, 1, D(2015, 1, 1)), fact(2, 2, D(2019, 8, 1), status="pending")]
    assert [(p.actor_id, p.status) for p in compute_periods(claims, variant="verified", actor_rank={})] == [
        (1, "verified")
    ]
    assert [
        (p.actor_id, p.status, p.claim_count) for p in compute_periods(claims, variant="all", actor_rank={})
    ] == [(1, "verified", 1), (1, "verified", 2)]


def test_held_after_a_capture_keeps_since_and_moves_the_latest_evidence():
    claims = [fact(1, 1, D(2019, 8, 1)), fact(1, 1, D(2019, 9, 1), change="held")]
    last = compute_periods(claims, variant="all", actor_rank={1: 0})[-1]
    assert (last.since, last.last_evidence, last.lower, last.upper) == (
        D(2019, 8, 1),
        D(2019, 9, 1),
        D(2019, 9, 1),
        None,
    )


def test_a_rival_bloc_stops_contesting_once_the_decider_starts_after_its_claim_ends():
    claims = [
        fact(1, 1, D(2019, 8, 1), D(2019, 8, 12), change="recaptured"),
        fact(2, 2, D(2019, 8, 10)),
        fact(2, 2, D(2019, 8, 20), change="held"),  # held does not decide over the capture
        fact(2, 2, D(2019, 9, 1), change="captured"),
    ]
    periods = compute_periods(claims, variant="verified", actor_rank={1: 0, 2: 1})
    assert [(p.lower, p.status, p.contested_actor_ids) for p in periods] == [
        (D(2019, 8, 1), "verified", ()),
        (D(2019, 8, 10), "contested", (1, 2)),
        (D(2019, 8, 20), "contested", (1, 2)),
        (D(2019, 9, 1), "verified", ()),
    ]


# --- the equivalence with the reference query ---------------------------------------------------------


def random_actors(rng):
    """Four blocs, two of them with members; codes whose order differs from their ids on purpose."""
    gov = ActorFactory(code="zz-gov", color="#e41a1c")
    members = [
        ActorFactory(code="a-army", color="#cc0000", parent=gov),
        ActorFactory(code="Militia", color="#990000", parent=gov),
    ]
    opp = ActorFactory(code="opp", color="#33a02c")
    members.append(ActorFactory(code="opp_north", color="#2e8b57", parent=opp))
    return [
        gov,
        opp,
        ActorFactory(code="hts", color="#808080"),
        ActorFactory(code="b2", color="#000000"),
        *members,
    ]


def random_history(rng, *, places=36, max_claims=14):
    actors = random_actors(rng)
    author, reviewer = UserFactory(username="author"), UserFactory(username="reviewer")
    # A few dozen start days only, so that claims share days, overlap and tie.
    days = [D(2012, 1, 1) + dt.timedelta(days=rng.randrange(0, 2500, 7)) for _ in range(40)]
    place_objs = []
    for i in range(places):
        lon, lat = rng.uniform(35.9, 37.1), rng.uniform(34.9, 36.1)
        place = PlaceFactory(uid=f"prop:{i}", point=Point(lon, lat, srid=4326))
        place_objs.append(place)
        for _ in range(rng.randrange(0, max_claims + 1)):
            status = rng.choice(STATUSES)
            start = rng.choice(days)
            ClaimFactory(
                place=place,
                actor=rng.choice(actors),
                change=rng.choice(CHANGES),
                date_start=start,
                date_end=start + dt.timedelta(days=rng.choice([0, 0, 3, 10, 30, 120])),
                status=status,
                author=author,
                reviewer=None if status in ("draft", "pending") else reviewer,
                reports=[],
            )
    return place_objs, actors


def query_dates(rng, count=60):
    starts = sorted(set(Claim.objects.values_list("date_start", flat=True)))
    ends = sorted(set(Claim.objects.values_list("date_end", flat=True)))
    chosen = {starts[0] - dt.timedelta(days=1), starts[-1] + dt.timedelta(days=400)}
    for day in rng.sample(starts, min(len(starts), count // 2)):
        chosen |= {day, day - dt.timedelta(days=1)}
    chosen |= set(rng.sample(ends, min(len(ends), count // 4)))
    chosen |= {starts[0] + dt.timedelta(days=rng.randrange(3000)) for _ in range(count // 4)}
    return sorted(chosen)


def assert_same_as_reference(dates, *, bboxes=BBOXES):
    checked = 0
    for date in dates:
        for include_claimed in (True, False):
            expected = control_at_reference(date, include_claimed=include_claimed)
            assert control_at(date, include_claimed=include_claimed) == expected, (date, include_claimed)
            checked += len(expected)
    for date in dates[::5]:
        for bbox in bboxes:
            for include_claimed in (True, False):
                assert control_at(date, bbox=bbox, include_claimed=include_claimed) == control_at_reference(
                    date, bbox=bbox, include_claimed=include_claimed
                ), (date, bbox, include_claimed)
    return checked


@pytest.mark.django_db
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_control_at_from_periods_equals_the_reference_query_on_random_histories(seed):
    rng = random.Random(seed)
    random_history(rng)
    call_command("rebuild_control_periods", stdout=io.StringIO())
    assert stale_places() == []
    dates = query_dates(rng)
    rows = assert_same_as_reference(dates)
    statuses = {r.status for d in dates for r in control_at_reference(d)}
    # The data exercise every outcome, not only the easy ones.
    assert rows > 1000 and statuses == {"verified", "contested", "claimed"}
    assert any(r.since is None for d in dates for r in control_at_reference(d))


@pytest.mark.django_db
def test_periods_stay_equal_to_the_reference_through_random_edits_by_any_path():
    rng = random.Random(99)
    places, actors = random_history(rng, places=20)
    call_command("rebuild_control_periods", stdout=io.StringIO())
    claims = list(Claim.objects.order_by("id"))
    reviewer, now = UserFactory(username="reviewer"), dt.datetime(2020, 1, 1, tzinfo=dt.UTC)
    for step in range(40):
        claim = rng.choice(claims)
        kind = rng.choice(["status", "move", "actor", "dates", "delete", "rebloc"])
        if kind == "status":
            Claim.objects.filter(pk=claim.pk).update(
                status=rng.choice(["verified", "pending", "rejected"]), reviewer=reviewer, reviewed_at=now
            )
        elif kind == "move":
            Claim.objects.filter(pk=claim.pk).update(place=rng.choice(places))
        elif kind == "actor":
            Claim.objects.filter(pk=claim.pk).update(actor=rng.choice(actors))
        elif kind == "dates":
            start = claim.date_start + dt.timedelta(days=rng.randrange(-60, 60))
            Claim.objects.filter(pk=claim.pk).update(date_start=start, date_end=start)
        elif kind == "delete" and len(claims) > 50:
            claims.remove(claim)
            claim.reports.clear()
            Claim.objects.filter(pk=claim.pk).delete()
        elif kind == "rebloc":
            member = rng.choice([a for a in actors if a.code in ("a-army", "Militia", "opp_north")])
            member.parent = rng.choice([a for a in actors if a.parent_id is None])
            member.save()
        if step % 8 == 7:
            assert_same_as_reference(query_dates(rng, count=12), bboxes=BBOXES[:1])
    assert_same_as_reference(query_dates(rng, count=30))
    incremental = periods_table()
    control_periods_rebuild()
    assert periods_table() == incremental


# --- maintenance: each path that writes claims -------------------------------------------------------


@pytest.mark.django_db
def test_the_review_services_refresh_the_periods_in_their_own_transaction(
    khan_shaykhun, hbeit, gov, opp, editor_user, verifier_user, report
):
    claim = services.claim_create(
        author=editor_user, place=khan_shaykhun, actor=gov, change="captured", date_start=D(2019, 8, 10),
        date_precision="day", reports=[report], quote="سيطرت قوات النظام على خان شيخون", claimed_by="SANA",
        status="pending",
    )  # fmt: skip
    assert stale_places() == []
    period = ControlPeriod.objects.get(place=khan_shaykhun)
    assert (period.variant, period.actor_id, period.status, period.valid.lower, period.valid.upper) == (
        "all",
        gov.pk,
        "claimed",
        D(2019, 8, 10),
        None,
    )
    services.claim_verify(claim=claim, reviewer=verifier_user, expected_version=1)
    assert stale_places() == []
    assert sorted(ControlPeriod.objects.values_list("variant", "status")) == [
        ("all", "verified"),
        ("verified", "verified"),
    ]
    services.claim_retract(claim=claim, reviewer=verifier_user, reason="wrong town", expected_version=2)
    assert stale_places() == [] and not ControlPeriod.objects.exists()

    moved = services.claim_create(
        author=editor_user, place=khan_shaykhun, actor=opp, change="held", date_start=D(2019, 8, 1),
        date_precision="day", reports=[report], quote="الثوار في خان شيخون", claimed_by="SMART", status="pending",
    )  # fmt: skip
    services.claim_update(claim=moved, user=editor_user, expected_version=1, place=hbeit)
    assert stale_places() == []
    assert list(ControlPeriod.objects.values_list("place_id", flat=True)) == [hbeit.pk]


@pytest.mark.django_db
def test_a_csv_import_refreshes_the_periods_of_every_place_in_the_file(
    khan_shaykhun, hbeit, gov, editor_user, report
):
    rows = [
        "place_uid,actor,change,date_start,date_precision,quote,claimed_by,report_url,status",
        f"{khan_shaykhun.uid},{gov.code},captured,2019-08-12,day,q1,SANA,{report.url},pending",
        f"{hbeit.uid},{gov.code},captured,2019-08-09,day,q2,SANA,{report.url},pending",
    ]
    import_claims(io.StringIO("\n".join(rows) + "\n"), author=editor_user)
    assert stale_places() == []
    assert sorted(ControlPeriod.objects.values_list("place_id", "status")) == sorted(
        [(khan_shaykhun.pk, "claimed"), (hbeit.pk, "claimed")]
    )


@pytest.mark.django_db
def test_inside_a_deferred_block_places_wait_in_the_queue_until_its_end(hbeit, gov):
    with control_periods_deferred():
        ClaimFactory(place=hbeit, actor=gov, date_start=D(2019, 8, 1))
        assert control_periods_refresh(place_ids=[hbeit.pk]) == 0
        assert stale_places() == [hbeit.pk]
    assert stale_places() == []
    assert ControlPeriod.objects.filter(place=hbeit).count() == 2


@pytest.mark.django_db
def test_claims_written_without_the_services_are_queued_and_read_correctly(hbeit, gov, opp):
    ClaimFactory(place=hbeit, actor=opp, change="captured", date_start=D(2015, 1, 1))
    assert stale_places() == [hbeit.pk]
    (row,) = control_at(D(2016, 1, 1))
    assert row.actor_code == "opposition" and stale_places() == []
    ClaimFactory(place=hbeit, actor=gov, change="held", date_start=D(2016, 1, 1), status="draft")
    assert stale_places() == []  # a draft cannot change control: nothing to do


@pytest.mark.django_db
def test_a_gazetteer_merge_moves_the_control_periods_to_the_survivor(khan_shaykhun, gov, opp):
    duplicate = PlaceFactory(uid="test:khan-shaykhun-dup", point=Point(36.64, 35.44, srid=4326))
    ClaimFactory(place=khan_shaykhun, actor=opp, change="captured", date_start=D(2014, 5, 1))
    ClaimFactory(place=duplicate, actor=gov, change="captured", date_start=D(2019, 8, 20))
    call_command("rebuild_control_periods", stdout=io.StringIO())
    place_merge(survivor=khan_shaykhun, loser=duplicate)
    rows = control_at(D(2019, 9, 1))
    assert [(r.place_uid, r.actor_code, r.claim_count) for r in rows] == [("ocha:C3987", "saa", 2)]
    assert not ControlPeriod.objects.filter(place=duplicate).exists()
    assert rows == control_at_reference(D(2019, 9, 1))


@pytest.mark.django_db
def test_renaming_an_actor_or_moving_it_to_another_bloc_updates_contested_places(khan_shaykhun, gov, opp):
    ClaimFactory(place=khan_shaykhun, actor=opp, change="recaptured", date_start=D(2019, 8, 1),
                 date_end=D(2019, 8, 12))  # fmt: skip
    ClaimFactory(place=khan_shaykhun, actor=gov, change="captured", date_start=D(2019, 8, 10))
    assert control_at(D(2019, 8, 13))[0].contested_actor_codes == ("opposition", "saa")
    opp.code = "fsa"
    opp.save()
    assert control_at(D(2019, 8, 13))[0].contested_actor_codes == ("fsa", "saa")
    opp.parent = gov.parent
    opp.save()
    (row,) = control_at(D(2019, 8, 13))
    assert (row.status, row.contested_actor_codes) == ("verified", ())
    assert control_at(D(2019, 8, 13)) == control_at_reference(D(2019, 8, 13))


@pytest.mark.django_db
def test_changes_between_reads_the_same_answer_from_the_periods(hbeit, abdin, gov, opp):
    ClaimFactory(place=hbeit, actor=opp, change="captured", date_start=D(2015, 1, 1))
    ClaimFactory(place=hbeit, actor=gov, change="captured", date_start=D(2019, 8, 1))
    ClaimFactory(place=abdin, actor=gov, change="held", date_start=D(2019, 8, 5), status="pending")
    changes = changes_between(D(2019, 7, 1), D(2019, 8, 13))
    assert [(c.place_uid, c.from_actor_code, c.to_actor_code, c.date) for c in changes] == [
        ("ocha:C3989", "opposition", "saa", D(2019, 8, 1)),
        ("ocha:C3990", None, "saa", D(2019, 8, 5)),
    ]
    assert [c.place_uid for c in changes_between(D(2019, 7, 1), D(2019, 8, 13), include_claimed=False)] == [
        "ocha:C3989"
    ]


@pytest.mark.django_db
def test_the_rebuild_command_reports_its_rows(hbeit, gov):
    ClaimFactory(place=hbeit, actor=gov, date_start=D(2019, 8, 1))
    ClaimFactory(place=hbeit, actor=gov, date_start=D(2019, 9, 1), change="held", status="pending")
    out = io.StringIO()
    call_command("rebuild_control_periods", stdout=out)
    assert out.getvalue().startswith("control periods: 3 rows rebuilt in ")
    assert stale_places() == []


@pytest.mark.django_db
def test_while_another_transaction_refreshes_readers_compute_queued_places_from_their_claims(
    hbeit, abdin, gov, opp
):
    import psycopg

    ClaimFactory(place=abdin, actor=opp, change="captured", date_start=D(2015, 1, 1))
    ClaimFactory(place=hbeit, actor=opp, change="captured", date_start=D(2015, 1, 1))
    ClaimFactory(place=hbeit, actor=gov, change="captured", date_start=D(2019, 8, 1), date_end=D(2019, 8, 3))
    params = connection.get_connection_params()
    with psycopg.connect(**params) as other:
        other.execute("LOCK TABLE frontline_controlperiod IN SHARE ROW EXCLUSIVE MODE")
        rows = control_at(D(2019, 8, 2))
        # Not refreshed: the other transaction holds the lock (this one must not have refreshed before).
        assert stale_places() == [hbeit.pk, abdin.pk]
    assert [(r.place_uid, r.actor_code, r.claim_count) for r in rows] == [
        ("ocha:C3989", "saa", 2),
        ("ocha:C3990", "opposition", 1),
    ]
    assert rows == control_at_reference(D(2019, 8, 2))
    control_at(D(2019, 8, 2))
    assert stale_places() == []
