"""Claims API over HTTP: public reads of verified claims, writes and reviews through the services."""

import datetime as dt

import pytest
from django.urls import reverse

from frontline.models import Claim
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db
LIST = reverse("api-claims")


def detail(pk):
    return reverse("api-claim", args=[pk])


def action(pk, name):
    return reverse(f"api-claim-{name}", args=[pk])


@pytest.fixture
def claims(hbeit, abdin, gov, opp, report, editor_user):
    verified = ClaimFactory(
        place=hbeit,
        actor=gov,
        date_start=dt.date(2019, 8, 1),
        date_end=dt.date(2019, 8, 12),
        reports=[report],
    )
    pending = ClaimFactory(
        place=abdin, actor=opp, change="recaptured", status="pending", author=editor_user, reports=[report]
    )
    return verified, pending


def new_claim_body(place, actor, report, **extra):
    body = {
        "place": place.pk, "actor": actor.code, "change": "captured", "date_start": "2019-08-01", "date_end": "2019-08-12",
        "date_precision": "days", "reports": [report.pk], "quote": "تمكنت قوات الأسد من السيطرة على بلدة الهبيط",
        "claimed_by": "General Media Center",
    }  # fmt: skip
    body.update(extra)
    return body


def test_anonymous_sees_only_verified_claims_with_their_evidence(client, claims):
    verified, pending = claims
    data = client.get(LIST).json()
    assert data["count"] == 1
    (row,) = data["results"]
    assert (row["id"], row["place"]["uid"], row["actor"], row["status"], row["date_start"]) == (
        verified.pk,
        "ocha:C3989",
        "saa",
        "verified",
        "2019-08-01",
    )
    assert row["reports"][0]["source"] == "Hadi al-Abdallah blog"
    assert client.get(detail(pending.pk)).status_code == 404
    assert client.get(detail(verified.pk)).status_code == 200


def test_editor_sees_pending_claims(client, claims, editor_user):
    client.force_login(editor_user)
    data = client.get(LIST, {"status": "pending"}).json()
    assert [r["id"] for r in data["results"]] == [claims[1].pk]


def test_anonymous_cannot_write(client, hbeit, gov, report, claims):
    assert (
        client.post(LIST, new_claim_body(hbeit, gov, report), content_type="application/json").status_code
        == 403
    )
    assert (
        client.post(
            action(claims[1].pk, "verify"), {"version": 1}, content_type="application/json"
        ).status_code
        == 403
    )
    assert Claim.objects.count() == 2


def test_user_outside_the_groups_cannot_create(client, plain_user, hbeit, gov, report):
    client.force_login(plain_user)
    response = client.post(LIST, new_claim_body(hbeit, gov, report), content_type="application/json")
    assert (response.status_code, response.json()) == (
        403,
        {"detail": "You are not allowed to enter or edit claims."},
    )


def test_editor_creates_by_place_uid(client, editor_user, hbeit, gov, report):
    client.force_login(editor_user)
    body = new_claim_body(hbeit, gov, report, status="pending")
    del body["place"]
    body["place_uid"] = "ocha:C3989"
    response = client.post(LIST, body, content_type="application/json")
    assert response.status_code == 201, response.json()
    claim = Claim.objects.get()
    assert (claim.place, claim.status, claim.author) == (hbeit, "pending", editor_user)
    assert response.json()["version"] == 1


def test_validation_errors_are_exact_and_nothing_is_saved(client, editor_user, hbeit, gov, report):
    client.force_login(editor_user)
    response = client.post(
        LIST, new_claim_body(hbeit, gov, report, date_end="2019-07-01"), content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json() == {
        "detail": "The end date cannot be before the start date.",
        "errors": {"date_end": ["The end date cannot be before the start date."]},
    }
    body = new_claim_body(hbeit, gov, report)
    body["place"] = None
    response = client.post(LIST, body, content_type="application/json")
    assert response.json()["errors"] == {"place": ["Choose the place the claim is about."]}
    assert Claim.objects.count() == 0


def test_editor_cannot_verify(client, editor_user, claims):
    client.force_login(editor_user)
    response = client.post(action(claims[1].pk, "verify"), {"version": 1}, content_type="application/json")
    assert (response.status_code, response.json()) == (
        403,
        {"detail": "You are not allowed to review claims."},
    )


def test_verifier_verifies_and_second_reviewer_gets_409(client, verifier_user, second_verifier, claims):
    pending = claims[1]
    client.force_login(verifier_user)
    response = client.post(
        action(pending.pk, "verify"), {"version": 1, "note": "SOHR agrees"}, content_type="application/json"
    )
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["reviewer"], response.json()["version"]) == (
        "verified",
        "verifier",
        2,
    )
    client.force_login(second_verifier)
    response = client.post(action(pending.pk, "reject"), {"version": 1}, content_type="application/json")
    assert response.status_code == 409
    assert response.json()["detail"].startswith("This claim was changed by verifier at ")
    assert response.json()["version"] == 2


def test_verifier_cannot_verify_own_claim_over_the_api(client, verifier_user, hbeit, gov):
    own = ClaimFactory(place=hbeit, actor=gov, status="pending", author=verifier_user)
    client.force_login(verifier_user)
    response = client.post(action(own.pk, "verify"), {"version": 1}, content_type="application/json")
    assert (response.status_code, response.json()) == (400, {"detail": "You cannot verify your own claim."})


def test_admin_retracts_with_reason(client, admin_user, claims):
    verified = claims[0]
    client.force_login(admin_user)
    response = client.post(
        action(verified.pk, "retract"),
        {"version": 1, "reason": "wrong village"},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["retraction_reason"]) == ("retracted", "wrong village")


def test_editor_edits_pending_claim_with_version(client, editor_user, claims, hbeit):
    pending = claims[1]
    client.force_login(editor_user)
    response = client.patch(
        detail(pending.pk), {"version": 1, "place": hbeit.pk}, content_type="application/json"
    )
    assert response.status_code == 200, response.json()
    assert (response.json()["place"]["uid"], response.json()["version"]) == ("ocha:C3989", 2)
    stale = client.patch(detail(pending.pk), {"version": 1, "quote": "x"}, content_type="application/json")
    assert stale.status_code == 409


def test_actors_sources_reports_lists(client, gov, claims):
    actors = {a["code"]: a for a in client.get(reverse("api-actors")).json()}
    assert actors["saa"]["parent"] == "government" and actors["saa"]["color"] == "#cc0000"
    assert [s["name"] for s in client.get(reverse("api-sources")).json()] == ["Hadi al-Abdallah blog"]
    assert client.get(reverse("api-reports")).json()["count"] == 1


def test_editor_adds_a_report_anonymous_cannot(client, editor_user, blog):
    body = {
        "source": blog.pk,
        "title": "t",
        "url": "https://x.example.org/a",
        "published_at": "2019-08-14T10:00:00Z",
        "text": "نص",
    }
    assert client.post(reverse("api-reports"), body, content_type="application/json").status_code == 403
    client.force_login(editor_user)
    assert client.post(reverse("api-reports"), body, content_type="application/json").status_code == 201


def test_export_geojson_and_csv_of_verified_claims(client, claims):
    geo = client.get(reverse("api-claims-export", args=["geojson"]))
    data = geo.json() if hasattr(geo, "json") else None
    assert [f["properties"]["id"] for f in data["features"]] == [claims[0].pk]
    assert data["features"][0]["geometry"] == {"type": "Point", "coordinates": [36.5361, 35.4395]}
    text = client.get(reverse("api-claims-export", args=["csv"])).content.decode()
    assert text.splitlines()[0].startswith("id,place_uid,actor,change,date_start")
    assert len(text.strip().splitlines()) == 2
