"""Review workflow through the services: transitions, four eyes, conflicts, validation, history."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from frontline import services
from frontline.models import Claim
from frontline.services import (
    ConflictError,
    claim_create,
    claim_dispute,
    claim_reject,
    claim_retract,
    claim_submit,
    claim_update,
    claim_verify,
)
from tests.factories import ActorFactory, ReportFactory

pytestmark = pytest.mark.django_db


def make_claim(author, place, actor, report, **kwargs):
    params = {
        "author": author,
        "place": place,
        "actor": actor,
        "change": "captured",
        "date_start": dt.date(2019, 8, 1),
        "date_end": dt.date(2019, 8, 12),
        "date_precision": "days",
        "reports": [report],
        "quote": "تمكنت من السيطرة على بلدات الهبيط وام زيتونة وتل عاس جنوب إدلب",
        "claimed_by": "General Media Center (opposition)",
    }
    params.update(kwargs)
    return claim_create(**params)


def messages(error: ValidationError) -> dict:
    return {field: [str(m) for m in msgs] for field, msgs in error.message_dict.items()}


def test_editor_creates_a_draft_with_its_report(editor_user, hbeit, gov, report):
    claim = make_claim(editor_user, hbeit, gov, report)
    assert (claim.status, claim.version, claim.author, claim.reviewer) == ("draft", 1, editor_user, None)
    assert list(claim.reports.all()) == [report]
    record = claim.history.get()
    assert (record.history_type, record.history_user, record.history_change_reason) == (
        "+",
        editor_user,
        "created",
    )


def test_date_end_defaults_to_date_start(editor_user, hbeit, gov, report):
    claim = make_claim(editor_user, hbeit, gov, report, date_end=None, date_precision="day")
    assert claim.date_end == dt.date(2019, 8, 1)


def test_full_review_path_records_who_when_and_why(editor_user, verifier_user, hbeit, gov, report):
    claim = make_claim(editor_user, hbeit, gov, report)
    claim_submit(claim=claim, user=editor_user, expected_version=1)
    verified = claim_verify(claim=claim, reviewer=verifier_user, note="matches SOHR", expected_version=2)
    assert (verified.status, verified.reviewer, verified.review_note, verified.version) == (
        "verified",
        verifier_user,
        "matches SOHR",
        3,
    )
    assert verified.reviewed_at is not None
    rows = list(
        claim.history.order_by("history_id").values_list(
            "status", "history_user__username", "history_change_reason"
        )
    )
    assert rows == [
        ("draft", "editor", "created"),
        ("pending", "editor", "submit"),
        ("verified", "verifier", "verify: matches SOHR"),
    ]


def test_verifier_cannot_verify_own_claim(verifier_user, hbeit, gov, report):
    claim = make_claim(verifier_user, hbeit, gov, report, status="pending")
    with pytest.raises(ValidationError, match="You cannot verify your own claim."):
        claim_verify(claim=claim, reviewer=verifier_user, expected_version=1)
    claim.refresh_from_db()
    assert claim.status == "pending"


def test_verifier_may_reject_own_claim(verifier_user, hbeit, gov, report):
    claim = make_claim(verifier_user, hbeit, gov, report, status="pending")
    assert (
        claim_reject(claim=claim, reviewer=verifier_user, note="my mistake", expected_version=1).status
        == "rejected"
    )


def test_editor_cannot_review(editor_user, hbeit, gov, report):
    claim = make_claim(editor_user, hbeit, gov, report, status="pending")
    other = ReportFactory()
    assert other
    with pytest.raises(PermissionDenied, match="You are not allowed to review claims."):
        claim_verify(claim=claim, reviewer=editor_user, expected_version=1)
    with pytest.raises(PermissionDenied, match="You are not allowed to retract claims."):
        claim_retract(claim=claim, reviewer=editor_user, reason="x", expected_version=1)


def test_user_without_group_cannot_create(plain_user, hbeit, gov, report):
    with pytest.raises(PermissionDenied, match="You are not allowed to enter or edit claims."):
        make_claim(plain_user, hbeit, gov, report)


# action, start status, allowed?
TRANSITION_CASES = [
    ("submit", "draft", True),
    ("submit", "pending", False),
    ("submit", "verified", False),
    ("verify", "draft", False),
    ("verify", "pending", True),
    ("verify", "disputed", True),
    ("verify", "rejected", False),
    ("verify", "verified", False),
    ("dispute", "pending", True),
    ("dispute", "draft", False),
    ("dispute", "verified", False),
    ("reject", "pending", True),
    ("reject", "disputed", True),
    ("reject", "verified", False),
    ("reject", "draft", False),
    ("retract", "verified", True),
    ("retract", "pending", False),
    ("retract", "rejected", False),
    ("retract", "retracted", False),
]
TARGET = {
    "submit": "pending",
    "verify": "verified",
    "dispute": "disputed",
    "reject": "rejected",
    "retract": "retracted",
}
PARTICIPLE = {
    "submit": "submitted",
    "verify": "verified",
    "dispute": "disputed",
    "reject": "rejected",
    "retract": "retracted",
}
LABEL = {s.value: str(s.label) for s in Claim.Status}


def _reach(status, claim, editor_user, verifier_user, second_verifier):
    v = claim.version
    if status == "draft":
        return claim
    claim = claim_submit(claim=claim, user=editor_user, expected_version=v)
    if status == "pending":
        return claim
    if status == "disputed":
        return claim_dispute(claim=claim, reviewer=second_verifier, expected_version=claim.version)
    if status == "rejected":
        return claim_reject(claim=claim, reviewer=second_verifier, expected_version=claim.version)
    claim = claim_verify(claim=claim, reviewer=second_verifier, expected_version=claim.version)
    if status == "verified":
        return claim
    return claim_retract(
        claim=claim, reviewer=second_verifier, reason="wrong town", expected_version=claim.version
    )


def _act(action, claim, user):
    kwargs = {"claim": claim, "expected_version": claim.version}
    if action == "submit":
        return claim_submit(user=user, **kwargs)
    if action == "retract":
        return claim_retract(reviewer=user, reason="the report was corrected", **kwargs)
    return {"verify": claim_verify, "dispute": claim_dispute, "reject": claim_reject}[action](
        reviewer=user, **kwargs
    )


@pytest.mark.parametrize(("action", "start", "allowed"), TRANSITION_CASES)
def test_every_transition(
    action, start, allowed, editor_user, verifier_user, second_verifier, hbeit, gov, report
):
    claim = _reach(
        start, make_claim(editor_user, hbeit, gov, report), editor_user, verifier_user, second_verifier
    )
    assert claim.status == start
    if allowed:
        assert _act(action, claim, verifier_user).status == TARGET[action]
    else:
        expected = f"A {LABEL[start]} claim cannot be {PARTICIPLE[action]}."
        with pytest.raises(ValidationError) as error:
            _act(action, claim, verifier_user)
        assert error.value.messages == [expected]
        claim.refresh_from_db()
        assert claim.status == start


def test_second_reviewer_gets_a_conflict(editor_user, verifier_user, second_verifier, hbeit, gov, report):
    claim = make_claim(editor_user, hbeit, gov, report, status="pending")
    seen_by_both = Claim.objects.get(pk=claim.pk)
    claim_verify(claim=seen_by_both, reviewer=verifier_user, expected_version=1)
    with pytest.raises(ConflictError) as error:
        claim_reject(claim=seen_by_both, reviewer=second_verifier, note="no", expected_version=1)
    message = str(error.value)
    assert message.startswith("This claim was changed by verifier at ")
    assert message.endswith(
        "while you were working on it: it is now verified (version 2; you had version 1). Reload it and try again."
    )
    claim.refresh_from_db()
    assert (claim.status, claim.reviewer) == ("verified", verifier_user)


def test_retract_needs_a_reason(editor_user, verifier_user, hbeit, gov, report):
    claim = make_claim(editor_user, hbeit, gov, report, status="pending")
    claim_verify(claim=claim, reviewer=verifier_user, expected_version=1)
    with pytest.raises(ValidationError) as error:
        claim_retract(claim=claim, reviewer=verifier_user, reason="  ", expected_version=2)
    assert messages(error.value) == {"retraction_reason": ["Give the reason for the retraction."]}
    retracted = claim_retract(
        claim=claim, reviewer=verifier_user, reason="duplicate of #12", expected_version=2
    )
    assert (retracted.status, retracted.retraction_reason) == ("retracted", "duplicate of #12")


def test_update_of_disputed_claim_goes_back_to_review(editor_user, verifier_user, hbeit, abdin, gov, report):
    claim = make_claim(editor_user, hbeit, gov, report, status="pending")
    claim_dispute(claim=claim, reviewer=verifier_user, note="wrong village?", expected_version=1)
    updated = claim_update(claim=claim, user=editor_user, expected_version=2, place=abdin)
    assert (updated.place, updated.status, updated.version) == (abdin, "pending", 3)


def test_verified_claim_cannot_be_edited(editor_user, verifier_user, hbeit, abdin, gov, report):
    claim = make_claim(editor_user, hbeit, gov, report, status="pending")
    claim_verify(claim=claim, reviewer=verifier_user, expected_version=1)
    with pytest.raises(ValidationError) as error:
        claim_update(claim=claim, user=editor_user, expected_version=2, place=abdin)
    assert error.value.messages == ["A verified claim cannot be edited."]


def test_stale_update_is_a_conflict(editor_user, hbeit, abdin, gov, report):
    claim = make_claim(editor_user, hbeit, gov, report)
    claim_update(claim=claim, user=editor_user, expected_version=1, quote="نص آخر")
    with pytest.raises(ConflictError):
        claim_update(claim=claim, user=editor_user, expected_version=1, place=abdin)


# --- validation: nothing is saved, messages exact


def test_claim_in_the_future_is_refused(editor_user, hbeit, gov, report):
    future = dt.date.today() + dt.timedelta(days=3)
    with pytest.raises(ValidationError) as error:
        make_claim(editor_user, hbeit, gov, report, date_start=future, date_end=future)
    assert messages(error.value) == {
        "date_start": [
            "The claim cannot start in the future.",
            "The claim is dated after its report “منصة إعلامية تصدر إحصائية لخسائر روسيا ونظام الأسد” was published (2019-08-13).",
        ]
    }
    assert Claim.objects.count() == 0


def test_end_in_the_future_is_refused(editor_user, hbeit, gov):
    recent = ReportFactory(published_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    with pytest.raises(ValidationError) as error:
        make_claim(
            editor_user,
            hbeit,
            gov,
            recent,
            date_start=dt.date(2019, 8, 1),
            date_end=dt.date.today() + dt.timedelta(days=1),
        )
    assert messages(error.value) == {"date_end": ["The claim cannot end in the future."]}


def test_end_before_start_is_refused(editor_user, hbeit, gov, report):
    with pytest.raises(ValidationError) as error:
        make_claim(
            editor_user, hbeit, gov, report, date_start=dt.date(2019, 8, 10), date_end=dt.date(2019, 8, 2)
        )
    assert messages(error.value) == {"date_end": ["The end date cannot be before the start date."]}
    assert Claim.objects.count() == 0


def test_claim_dated_after_its_report_is_refused(editor_user, hbeit, gov, report):
    with pytest.raises(ValidationError) as error:
        make_claim(
            editor_user, hbeit, gov, report, date_start=dt.date(2019, 8, 10), date_end=dt.date(2019, 8, 14)
        )
    assert messages(error.value) == {
        "date_end": [
            "The claim is dated after its report “منصة إعلامية تصدر إحصائية لخسائر روسيا ونظام الأسد” was published (2019-08-13)."
        ]
    }


def test_actor_not_valid_at_that_date_is_refused(editor_user, hbeit, hts, report):
    with pytest.raises(ValidationError) as error:
        make_claim(
            editor_user, hbeit, hts, report, date_start=dt.date(2016, 5, 1), date_end=dt.date(2016, 5, 31)
        )
    assert messages(error.value) == {
        "actor": [
            "Hayat Tahrir al-Sham did not exist between 2016-05-01 and 2016-05-31 (valid 2017-01-28 – …)."
        ]
    }


def test_claim_without_place_is_refused(editor_user, gov, report):
    with pytest.raises(ValidationError) as error:
        make_claim(editor_user, None, gov, report)
    assert messages(error.value) == {"place": ["Choose the place the claim is about."]}


def test_claim_without_report_is_refused(editor_user, hbeit, gov):
    with pytest.raises(ValidationError) as error:
        make_claim(editor_user, hbeit, gov, None, reports=[])
    assert messages(error.value) == {"reports": ["A claim needs at least one report."]}


def test_duplicate_claim_is_refused(editor_user, hbeit, gov, report):
    first = make_claim(editor_user, hbeit, gov, report)
    with pytest.raises(ValidationError) as error:
        make_claim(editor_user, hbeit, gov, report, quote="نص مختلف")
    assert messages(error.value) == {
        "__all__": [
            f"This claim already exists (claim #{first.pk}): same place, actor, change, dates and report."
        ]
    }
    assert Claim.objects.count() == 1


def test_same_claim_from_another_report_is_not_a_duplicate(editor_user, hbeit, gov, report):
    make_claim(editor_user, hbeit, gov, report)
    make_claim(editor_user, hbeit, gov, ReportFactory())
    assert Claim.objects.count() == 2


def test_new_claim_cannot_start_verified(editor_user, hbeit, gov, report):
    with pytest.raises(ValidationError) as error:
        make_claim(editor_user, hbeit, gov, report, status="verified")
    assert messages(error.value) == {"status": ["A new claim is either a draft or pending review."]}


def test_actor_name_key_is_normalised(gov):
    name = services.actor_name_add(actor=gov, text="قوات الأسد", used_by="opposition")
    again = services.actor_name_add(actor=gov, text="قوات الأسد")
    assert name.pk == again.pk
    assert name.key == services.actor_name_add(actor=gov, text="قوات الاسد").key  # hamza folded


def test_other_actor_factory_is_independent():
    assert ActorFactory().parent is None
