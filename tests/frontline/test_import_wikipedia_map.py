"""import_wikipedia_map and load_demo on a small gazetteer made with factories."""

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from frontline.models import Actor, Claim
from frontline.selectors import control_at
from tests.factories import PlaceFactory, place_with_names

pytestmark = pytest.mark.django_db
HEADER = "lat,lon,label,side,feature\n"


@pytest.fixture
def actors(db):
    out = io.StringIO()
    call_command("load_demo", "--skip-wikipedia", stdout=out)
    return {a.code: a for a in Actor.objects.all()}


@pytest.fixture
def marks(tmp_path):
    path = tmp_path / "marks.csv"
    path.write_text(
        HEADER
        + "35.4431,36.6453,Khan Shaykhun,opposition,\n"  # by wpm id
        + "35.4682,36.5338,Abdin,mixed:opposition+HTS,\n"  # by wpm id, two contested claims
        + "35.4400,36.5365,Hbeit,government,\n"  # by name within 1 km (about 100 m away)
        + "35.9000,36.9000,Nowhere,SDF,\n"  # unmatched
        + "35.1000,36.1000,Border post,,crossing\n",  # no side
        encoding="utf-8",
    )
    return path


def run(path, *extra):
    out = io.StringIO()
    call_command(
        "import_wikipedia_map",
        str(path),
        "--date-start",
        "2017-07-01",
        "--date-end",
        "2017-07-31",
        *extra,
        stdout=out,
    )
    return out.getvalue().strip()


def test_import_matches_marks_and_keeps_mixed_marks_contested(actors, marks):
    PlaceFactory(uid="ocha:C3987", name_en="Khan Shaykhun", external_ids={"wpm": ["35.4431,36.6453"]})
    PlaceFactory(
        uid="ocha:C3990", name_en="Abdin", external_ids={"wpm": ["35.4682,36.5338", "35.468,36.534"]}
    )
    place_with_names("ocha:C3989", "الهبيط", "Hbeit", 36.5361, 35.4395)
    assert run(marks) == (
        "wikipedia map: 5 marks, 4 with a mapped side; claims created 4, already there 0; places matched by wpm id 2, "
        "by name within 1 km 1; unmatched marks 1; other sides skipped 1"
    )
    claims = Claim.objects.order_by("place__uid", "actor__code")
    assert [
        (c.place.uid, c.actor.code, c.change, c.status, c.date_precision, c.claimed_by) for c in claims
    ] == [
        ("ocha:C3987", "opposition", "held", "verified", "month", "Wikipedia editors"),
        ("ocha:C3989", "government", "held", "verified", "month", "Wikipedia editors"),
        ("ocha:C3990", "hts", "contested", "verified", "month", "Wikipedia editors"),
        ("ocha:C3990", "opposition", "contested", "verified", "month", "Wikipedia editors"),
    ]
    first = claims[0]
    assert (first.author.username, first.reviewer.username, first.author.has_usable_password()) == (
        "wikipedia-import",
        "wikipedia-review",
        False,
    )
    assert first.reports.get().source.name == "Wikipedia: Module:Syrian Civil War detailed map"
    assert first.history.count() == 1
    rows = {
        r.place_uid: (r.actor_code, r.status, r.contested_actor_codes)
        for r in control_at(dt.date(2017, 7, 15))
    }
    assert rows == {
        "ocha:C3987": ("opposition", "verified", ()),
        "ocha:C3989": ("government", "verified", ()),
        "ocha:C3990": (rows["ocha:C3990"][0], "contested", ("hts", "opposition")),
    }
    # a second run changes nothing
    assert "claims created 0, already there 4" in run(marks)


def test_import_as_pending_leaves_them_for_verifiers(actors, marks):
    PlaceFactory(uid="ocha:C3987", external_ids={"wpm": ["35.4431,36.6453"]})
    run(marks, "--status", "pending")
    assert list(Claim.objects.values_list("status", "reviewer")) == [("pending", None)]


def test_import_refuses_without_gazetteer_or_actors(marks, db):
    with pytest.raises(CommandError, match="actors missing"):
        run(marks)


def test_import_refuses_an_empty_gazetteer(actors, marks):
    with pytest.raises(CommandError, match="the gazetteer is empty: run load_gazetteer first"):
        run(marks)


def test_load_demo_without_gazetteer_says_so(db):
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert out.getvalue().splitlines() == [
        "demo actors: 18 (18 new)",
        "demo claims skipped: the gazetteer is not loaded (run load_gazetteer, then load_demo again)",
    ]


@override_settings(DEBUG=False)
def test_load_demo_enters_the_seed_article_without_login_accounts(db):
    place_with_names("ocha:C3987", "خان شيخون", "Khan Shaykhun", 36.6453, 35.4431)
    place_with_names("ocha:C3989", "الهبيط", "Al-Hbeit", 36.5361, 35.4395)
    place_with_names("ocha:C3990", "عابدين", "Abdin", 36.5338, 35.4682)
    out = io.StringIO()
    call_command("load_demo", "--skip-wikipedia", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[1] == "seed article: 3 claims created, 0 already there"
    assert "seed article: skipped, place not in the gazetteer: ocha:C3988 (Umm Zaytuna)" in lines
    claims = Claim.objects.order_by("place__uid")
    assert [(c.place.uid, c.actor.code, c.change, c.status, c.reviewer.username) for c in claims] == [
        ("ocha:C3987", "opposition", "held", "verified", "demo-data-verifier"),
        ("ocha:C3989", "government", "captured", "verified", "demo-data-verifier"),
        ("ocha:C3990", "opposition", "recaptured", "verified", "demo-data-verifier"),
    ]
    assert claims[1].quote.startswith("وأشار إلى أن قوات الأسد والميليشيات المساندة لها")
    assert claims[1].reports.get().published_at == dt.datetime(2019, 8, 13, 12, 0, tzinfo=dt.UTC)
    from django.contrib.auth import get_user_model

    assert not any(u.has_usable_password() for u in get_user_model().objects.all())
    call_command("load_demo", "--skip-wikipedia", stdout=out)
    assert Claim.objects.count() == 3
    sakhr = Actor.objects.get(code="saa").names.values_list("text", flat=True)
    assert {"قوات النظام", "قوات الأسد", "ميليشيات الأسد", "الجيش العربي السوري"} <= set(sakhr)
    assert Actor.objects.get(code="nusra").renamed_to.code == "jfs"
