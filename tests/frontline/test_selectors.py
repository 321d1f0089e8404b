"""control_at, changes_between, place_history on known data: which towns, which actor, which date."""

import datetime as dt

import pytest
from django.contrib.gis.geos import Point

from frontline.selectors import ControlRow, changes_between, control_at, first_evidence_date, place_history
from tests.factories import ClaimFactory, PlaceFactory, ReportFactory, UserFactory

pytestmark = pytest.mark.django_db
D = dt.date


def by_uid(rows):
    return {row.place_uid: row for row in rows}


def test_latest_capture_decides_and_says_since_when(khan_shaykhun, gov, opp):
    ClaimFactory(place=khan_shaykhun, actor=opp, change="captured", date_start=D(2014, 5, 1))
    ClaimFactory(
        place=khan_shaykhun, actor=gov, change="captured", date_start=D(2019, 8, 20), date_end=D(2019, 8, 21)
    )
    assert control_at(D(2014, 4, 30)) == []
    (row,) = control_at(D(2016, 1, 1))
    assert (row.actor_code, row.status, row.since, row.last_evidence, row.claim_count) == (
        "opposition",
        "verified",
        D(2014, 5, 1),
        D(2014, 5, 1),
        1,
    )
    (row,) = control_at(D(2019, 9, 1))
    assert row == ControlRow(
        place_id=khan_shaykhun.pk,
        place_uid="ocha:C3987",
        name_ar="خان شيخون",
        name_en="Khan Shaykhun",
        lat=pytest.approx(35.4431),
        lon=pytest.approx(36.6453),
        kind="town",
        actor_code="saa",
        actor_name_en="Syrian Arab Army",
        actor_name_ar="الجيش العربي السوري",
        actor_color="#cc0000",
        status="verified",
        since=D(2019, 8, 20),
        last_evidence=D(2019, 8, 20),
        contested_actor_codes=(),
        claim_count=2,
    )


def test_held_keeps_evidence_fresh_without_changing_holder(hbeit, gov, opp):
    ClaimFactory(place=hbeit, actor=gov, change="captured", date_start=D(2019, 8, 1))
    ClaimFactory(place=hbeit, actor=gov, change="held", date_start=D(2019, 9, 1))
    ClaimFactory(place=hbeit, actor=gov, change="attacked", date_start=D(2019, 10, 1))
    (row,) = control_at(D(2019, 12, 1))
    assert (row.actor_code, row.since, row.last_evidence, row.status, row.claim_count) == (
        "saa",
        D(2019, 8, 1),
        D(2019, 10, 1),
        "verified",
        3,
    )


def test_held_alone_decides_without_since(hbeit, opp):
    ClaimFactory(place=hbeit, actor=opp, change="held", date_start=D(2017, 7, 1), date_end=D(2017, 7, 31))
    (row,) = control_at(D(2017, 8, 1))
    assert (row.actor_code, row.status, row.since, row.last_evidence) == (
        "opposition",
        "verified",
        None,
        D(2017, 7, 1),
    )


def test_rejected_retracted_and_draft_claims_never_count(hbeit, gov, opp):
    ClaimFactory(place=hbeit, actor=opp, change="captured", date_start=D(2015, 1, 1))
    for status in ("rejected", "retracted", "draft"):
        ClaimFactory(place=hbeit, actor=gov, change="captured", date_start=D(2019, 8, 1), status=status)
    (row,) = control_at(D(2020, 1, 1))
    assert (row.actor_code, row.status, row.claim_count) == ("opposition", "verified", 1)


def test_pending_claims_count_only_as_claimed(hbeit, abdin, gov, opp):
    ClaimFactory(place=hbeit, actor=gov, change="captured", date_start=D(2019, 8, 1), status="pending")
    ClaimFactory(place=abdin, actor=opp, change="recaptured", date_start=D(2019, 8, 10), status="disputed")
    rows = by_uid(control_at(D(2019, 8, 13)))
    assert {uid: (r.actor_code, r.status) for uid, r in rows.items()} == {
        "ocha:C3989": ("saa", "claimed"),
        "ocha:C3990": ("opposition", "claimed"),
    }
    assert control_at(D(2019, 8, 13), include_claimed=False) == []


def test_verified_evidence_outranks_a_later_pending_claim(hbeit, gov, opp):
    ClaimFactory(place=hbeit, actor=opp, change="captured", date_start=D(2015, 1, 1))
    ClaimFactory(place=hbeit, actor=gov, change="captured", date_start=D(2019, 8, 1), status="pending")
    (row,) = control_at(D(2019, 8, 13))
    assert (row.actor_code, row.status, row.last_evidence, row.claim_count) == (
        "opposition",
        "verified",
        D(2019, 8, 1),
        2,
    )


def test_overlapping_verified_claims_of_different_blocs_are_contested(khan_shaykhun, gov, opp):
    ClaimFactory(
        place=khan_shaykhun, actor=opp, change="recaptured", date_start=D(2019, 8, 1), date_end=D(2019, 8, 12)
    )
    ClaimFactory(
        place=khan_shaykhun, actor=gov, change="captured", date_start=D(2019, 8, 10), date_end=D(2019, 8, 10)
    )
    (row,) = control_at(D(2019, 8, 13))
    assert (row.actor_code, row.status, row.contested_actor_codes) == (
        "saa",
        "contested",
        ("opposition", "saa"),
    )


def test_overlapping_claims_of_the_same_bloc_are_not_contested(khan_shaykhun, gov, russia):
    ClaimFactory(
        place=khan_shaykhun,
        actor=russia,
        change="captured",
        date_start=D(2019, 8, 1),
        date_end=D(2019, 8, 12),
    )
    ClaimFactory(
        place=khan_shaykhun, actor=gov, change="captured", date_start=D(2019, 8, 10), date_end=D(2019, 8, 10)
    )
    (row,) = control_at(D(2019, 8, 13))
    assert (row.actor_code, row.status, row.contested_actor_codes) == ("saa", "verified", ())


def test_consecutive_captures_are_not_contested(khan_shaykhun, gov, opp):
    ClaimFactory(place=khan_shaykhun, actor=opp, change="captured", date_start=D(2019, 8, 1))
    ClaimFactory(place=khan_shaykhun, actor=gov, change="captured", date_start=D(2019, 8, 10))
    (row,) = control_at(D(2019, 8, 13))
    assert (row.actor_code, row.status) == ("saa", "verified")


def test_mixed_snapshot_marks_are_contested(khan_shaykhun, opp, hts):
    for actor in (opp, hts):
        ClaimFactory(
            place=khan_shaykhun,
            actor=actor,
            change="contested",
            date_start=D(2017, 7, 1),
            date_end=D(2017, 7, 31),
        )
    (row,) = control_at(D(2017, 7, 15))
    assert (row.status, row.contested_actor_codes, row.since) == ("contested", ("hts", "opposition"), None)


def test_claims_starting_after_the_date_do_not_count(hbeit, gov):
    ClaimFactory(place=hbeit, actor=gov, date_start=D(2019, 8, 1), date_end=D(2019, 8, 12))
    assert control_at(D(2019, 7, 31)) == []
    assert [r.place_uid for r in control_at(D(2019, 8, 1))] == ["ocha:C3989"]


def test_bbox_limits_the_places(hbeit, gov):
    far = PlaceFactory(uid="test:qamishli", point=Point(41.23, 37.05, srid=4326))
    ClaimFactory(place=hbeit, actor=gov)
    ClaimFactory(place=far, actor=gov)
    assert [r.place_uid for r in control_at(D(2020, 1, 1), bbox=(36.0, 35.0, 37.0, 36.0))] == ["ocha:C3989"]
    assert len(control_at(D(2020, 1, 1))) == 2


def test_changes_between_lists_new_holders_with_sources(hbeit, abdin, gov, opp, report):
    ClaimFactory(place=hbeit, actor=opp, change="captured", date_start=D(2015, 1, 1))
    taken = ClaimFactory(
        place=hbeit,
        actor=gov,
        change="captured",
        date_start=D(2019, 8, 1),
        date_end=D(2019, 8, 12),
        reports=[report],
    )
    ClaimFactory(place=abdin, actor=opp, change="held", date_start=D(2015, 1, 1))
    (change,) = changes_between(D(2019, 7, 1), D(2019, 8, 13))
    assert (
        change.place_uid,
        change.from_actor_code,
        change.to_actor_code,
        change.date,
        change.claim_ids,
    ) == (
        "ocha:C3989",
        "opposition",
        "saa",
        D(2019, 8, 1),
        (taken.pk,),
    )
    assert change.sources == [
        {
            "name": "Hadi al-Abdallah blog",
            "url": "https://hadialabdallah.com/2019/08/13/losses",
            "perspective": "opposition",
        }
    ]


def test_place_history_gives_every_step_with_reports_and_reviewers(hbeit, gov, opp, report):
    verifier = UserFactory(username="vera")
    author = UserFactory(username="ed")
    ClaimFactory(
        place=hbeit, actor=opp, change="captured", date_start=D(2015, 1, 1), author=author, reviewer=verifier
    )
    ClaimFactory(place=hbeit, actor=gov, change="captured", date_start=D(2019, 8, 1), date_end=D(2019, 8, 12),
                 status="pending", author=author, reports=[report])  # fmt: skip
    ClaimFactory(place=hbeit, actor=gov, status="rejected", date_start=D(2018, 1, 1))
    steps = place_history(hbeit)
    assert [(s.date_start, s.actor_code, s.change, s.status, s.author, s.reviewer) for s in steps] == [
        (D(2015, 1, 1), "opposition", "captured", "verified", "ed", "vera"),
        (D(2019, 8, 1), "saa", "captured", "pending", "ed", None),
    ]
    assert steps[1].reports == [
        {
            "title": report.title,
            "url": "https://hadialabdallah.com/2019/08/13/losses",
            "source": "Hadi al-Abdallah blog",
            "published_at": dt.datetime(2019, 8, 13, 9, 0, tzinfo=dt.UTC),
        }
    ]


def test_first_evidence_date(hbeit, gov):
    assert first_evidence_date() is None
    ClaimFactory(place=hbeit, actor=gov, date_start=D(2012, 3, 4), status="draft")
    ClaimFactory(place=hbeit, actor=gov, date_start=D(2013, 5, 6), reports=[ReportFactory()])
    assert first_evidence_date() == D(2013, 5, 6)
