"""load_demo: idempotent, real claims on the gazetteer's places, and never a login in production mode."""

import datetime as dt
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from frontline.models import Actor, Claim
from frontline.selectors import control_at
from tests.gazetteer.conftest import mini_gazetteer  # noqa: F401 - the shared small real gazetteer

pytestmark = pytest.mark.django_db


def load_demo(**kwargs):
    out = StringIO()
    call_command("load_demo", "--skip-wikipedia", stdout=out, **kwargs)
    return out.getvalue()


def test_without_a_gazetteer_only_actors_are_loaded_and_it_says_why(settings):
    settings.DEBUG = True
    output = load_demo()
    assert "demo claims skipped: the gazetteer is not loaded" in output
    assert Actor.objects.filter(code="government").exists()
    assert Claim.objects.count() == 0


@pytest.mark.usefixtures("mini_gazetteer")
def test_seed_report_claims_are_loaded_once_with_quotes_and_reviews(settings):
    settings.DEBUG = True
    load_demo()
    claims = Claim.objects.select_related("place", "actor")
    first = sorted((c.place.uid, c.actor.code, c.change, c.status) for c in claims)
    load_demo()
    assert sorted((c.place.uid, c.actor.code, c.change, c.status) for c in Claim.objects.all()) == first
    khan = [c for c in claims if c.place.uid == "ocha:C3987"]
    assert khan and all(c.change == "held" for c in khan)
    captured = {c.place.uid for c in claims if c.change == "captured" and c.actor.parent_id is not None}
    assert {"ocha:C3989", "ocha:C3988", "ocha:C4077"} <= captured | {c.place.uid for c in claims}
    assert all(c.quote and c.quote in c.reports.first().text for c in claims)
    verified = [c for c in claims if c.status == "verified"]
    assert verified and all(c.reviewer.username == "demo-verifier" for c in verified)
    assert {c.status for c in claims} >= {"verified", "pending"}
    on_publication = {row.place_uid: row for row in control_at(dt.date(2019, 8, 13))}
    assert on_publication["ocha:C3987"].actor_code != "government"  # Khan Shaykhun still held against it
    assert on_publication["ocha:C3989"].status in {"verified", "claimed"}


@pytest.mark.usefixtures("mini_gazetteer")
def test_production_mode_creates_no_login(settings):
    settings.DEBUG = False
    output = load_demo()
    assert "demo-editor-pass" not in output and "demo-verifier-pass" not in output
    users = get_user_model().objects.all()
    assert users.exists()
    assert not any(u.has_usable_password() for u in users)
    assert not users.filter(username__in=["demo-editor", "demo-verifier"]).exists()
