"""The admin through Django's test client: who sees and does what, forms, bulk review, queue, search."""

import datetime as dt

import pytest
from django.urls import reverse

from frontline.models import Claim
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:frontline_claim_changelist")
ADD = reverse("admin:frontline_claim_add")
QUEUE = reverse("admin:frontline_claim_review_queue")


def login(client, user):
    client.force_login(user)
    return client


@pytest.fixture
def pending(editor_user, hbeit, gov, report):
    return ClaimFactory(place=hbeit, actor=gov, status="pending", author=editor_user, reports=[report],
                        date_start=dt.date(2019, 8, 1), date_end=dt.date(2019, 8, 12))  # fmt: skip


def test_anonymous_is_sent_to_login(client):
    for url in (CHANGELIST, ADD, QUEUE):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("admin:login"))


def test_user_outside_the_groups_is_forbidden(client, db):
    from tests.factories import UserFactory

    login(client, UserFactory(username="nobody", is_staff=True))
    assert client.get(CHANGELIST).status_code == 403
    assert client.get(ADD).status_code == 403


@pytest.mark.parametrize("role", ["editor_user", "verifier_user", "admin_user"])
def test_staff_roles_see_the_claims(client, role, request, pending):
    login(client, request.getfixturevalue(role))
    response = client.get(CHANGELIST)
    assert response.status_code == 200
    assert "الهبيط / Al-Hbeit" in response.content.decode()
    assert client.get(reverse("admin:frontline_claim_change", args=[pending.pk])).status_code == 200
    assert client.get(reverse("admin:frontline_claim_history", args=[pending.pk])).status_code == 200


@pytest.mark.parametrize(("role", "actions"), [
    ("editor_user", {"submit_selected"}),
    ("verifier_user", {"submit_selected", "verify_selected", "reject_selected", "dispute_selected"}),
    ("admin_user", {"submit_selected", "verify_selected", "reject_selected", "dispute_selected"}),
])  # fmt: skip
def test_actions_offered_by_role_and_never_delete(client, role, actions, request, pending):
    login(client, request.getfixturevalue(role))
    response = client.get(CHANGELIST)
    offered = {value for value, _label in response.context["action_form"].fields["action"].choices if value}
    assert offered == actions
    assert client.get(reverse("admin:frontline_claim_delete", args=[pending.pk])).status_code == 403


def test_editor_adds_a_claim_through_the_form(client, editor_user, hbeit, gov, report):
    login(client, editor_user)
    response = client.post(ADD, {
        "place": hbeit.pk, "actor": gov.pk, "change": "captured", "date_start": "2019-08-01", "date_end": "2019-08-12",
        "date_precision": "days", "location_precision": "place", "reports": [report.pk],
        "quote": "تمكنت من السيطرة على بلدات الهبيط", "claimed_by": "General Media Center", "confidence": "medium",
    })  # fmt: skip
    assert response.status_code == 302, response.context["adminform"].form.errors
    claim = Claim.objects.get()
    assert (claim.author, claim.status, claim.version, list(claim.reports.all())) == (
        editor_user,
        "draft",
        1,
        [report],
    )
    assert claim.history.get().history_user == editor_user


def test_form_shows_the_validation_messages_and_saves_nothing(client, editor_user, gov, report):
    login(client, editor_user)
    response = client.post(ADD, {
        "place": "", "actor": gov.pk, "change": "captured", "date_start": "2019-08-10", "date_end": "2019-08-02",
        "date_precision": "days", "location_precision": "place", "reports": [report.pk],
        "quote": "نص", "claimed_by": "x", "confidence": "medium",
    })  # fmt: skip
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors == {"place": ["Choose the place the claim is about."]}
    assert Claim.objects.count() == 0


def test_form_reports_a_claim_dated_after_its_report(client, editor_user, hbeit, gov, report):
    login(client, editor_user)
    response = client.post(ADD, {
        "place": hbeit.pk, "actor": gov.pk, "change": "captured", "date_start": "2019-08-10", "date_end": "2019-08-20",
        "date_precision": "days", "location_precision": "place", "reports": [report.pk],
        "quote": "نص", "claimed_by": "x", "confidence": "medium",
    })  # fmt: skip
    assert response.context["adminform"].form.errors == {
        "date_end": [f"The claim is dated after its report “{report.title}” was published (2019-08-13)."]
    }


def test_verifier_bulk_verifies_through_the_service(client, verifier_user, pending):
    login(client, verifier_user)
    response = client.post(
        CHANGELIST, {"action": "verify_selected", "_selected_action": [pending.pk]}, follow=True
    )
    assert [str(m) for m in response.context["messages"]] == ["1 claims verified."]
    pending.refresh_from_db()
    assert (pending.status, pending.reviewer, pending.version) == ("verified", verifier_user, 2)
    assert pending.history.latest().history_user == verifier_user


def test_bulk_verify_of_own_claim_is_refused_with_a_message(client, verifier_user, hbeit, gov):
    own = ClaimFactory(place=hbeit, actor=gov, status="pending", author=verifier_user)
    login(client, verifier_user)
    response = client.post(
        CHANGELIST, {"action": "verify_selected", "_selected_action": [own.pk]}, follow=True
    )
    assert [str(m) for m in response.context["messages"]] == [f"#{own.pk}: You cannot verify your own claim."]
    own.refresh_from_db()
    assert own.status == "pending"


def test_editor_cannot_post_a_verify_action(client, editor_user, pending):
    login(client, editor_user)
    client.post(CHANGELIST, {"action": "verify_selected", "_selected_action": [pending.pk]})
    pending.refresh_from_db()
    assert pending.status == "pending"


def test_review_page_reports_a_conflict_to_the_second_reviewer(
    client, verifier_user, second_verifier, pending
):
    url = reverse("admin:frontline_claim_review", args=[pending.pk])
    login(client, second_verifier)
    assert client.get(url).status_code == 200
    # the first verifier acts while the second has the page open (version 1)
    from frontline.services import claim_verify

    claim_verify(claim=pending, reviewer=verifier_user, expected_version=1)
    response = client.post(url, {"action": "reject", "note": "no", "expected_version": 1})
    assert response.status_code == 200
    (error,) = response.context["form"].non_field_errors()
    assert error.startswith("This claim was changed by verifier at ")
    pending.refresh_from_db()
    assert pending.status == "verified"


def test_review_page_retracts_with_reason(client, verifier_user, hbeit, gov):
    claim = ClaimFactory(place=hbeit, actor=gov, status="verified")
    login(client, verifier_user)
    url = reverse("admin:frontline_claim_review", args=[claim.pk])
    response = client.post(url, {"action": "retract", "note": "the blog corrected it", "expected_version": 1})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.retraction_reason) == ("retracted", "the blog corrected it")


def test_editor_cannot_open_the_review_page(client, editor_user, pending):
    login(client, editor_user)
    assert client.get(reverse("admin:frontline_claim_review", args=[pending.pk])).status_code == 403


def test_review_queue_shows_mine_first_then_oldest(client, editor_user, verifier_user, hbeit, abdin, gov):
    older = ClaimFactory(place=abdin, actor=gov, status="pending", author=verifier_user)
    mine = ClaimFactory(place=hbeit, actor=gov, status="pending", author=editor_user)
    draft = ClaimFactory(
        place=hbeit, actor=gov, status="draft", author=editor_user, date_start=dt.date(2019, 7, 1)
    )
    ClaimFactory(place=hbeit, actor=gov, status="verified")
    login(client, editor_user)
    response = client.get(QUEUE)
    assert response.status_code == 200
    assert [c.pk for c in response.context["mine"]] == [mine.pk]
    assert [c.pk for c in response.context["drafts"]] == [draft.pk]
    assert [c.pk for c in response.context["others"]] == [older.pk]


def test_search_by_place_in_arabic_or_latin(client, editor_user, hbeit, abdin, gov):
    in_hbeit = ClaimFactory(place=hbeit, actor=gov)
    ClaimFactory(place=abdin, actor=gov)
    login(client, editor_user)
    for term in ("الهبيط", "هبيط", "Al-Hbeit"):
        response = client.get(CHANGELIST, {"q": term})
        assert [c.pk for c in response.context["cl"].result_list] == [in_hbeit.pk], term


def test_filters_by_status_and_date_range(client, editor_user, hbeit, gov):
    old = ClaimFactory(place=hbeit, actor=gov, date_start=dt.date(2015, 1, 1))
    new = ClaimFactory(place=hbeit, actor=gov, date_start=dt.date(2019, 8, 1), status="pending")
    login(client, editor_user)
    ids = lambda params: [c.pk for c in client.get(CHANGELIST, params).context["cl"].result_list]  # noqa: E731
    assert ids({"status": "pending"}) == [new.pk]
    assert ids({"date_from": "2014-01-01", "date_to": "2016-01-01"}) == [old.pk]
    assert ids({"perspective": "independent"}) == [new.pk, old.pk]


def test_place_autocomplete_uses_the_gazetteer_names(client, editor_user, hbeit, abdin):
    login(client, editor_user)
    response = client.get(reverse("admin:frontline_claim_place_autocomplete"), {"term": "عابدين"})
    assert response.status_code == 200
    assert [r["id"] for r in response.json()["results"]][:1] == [str(abdin.pk)]


def test_change_page_has_a_map_preview(client, editor_user, pending):
    login(client, editor_user)
    html = client.get(reverse("admin:frontline_claim_change", args=[pending.pk])).content.decode()
    assert "place_preview" in html and "leaflet" in html.lower()
