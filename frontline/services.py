"""Writes with rules: every change to a claim goes through here, so who, when and why is recorded.

The admin, the API, the CSV import and the demo loader all call these functions; none of them
writes a claim's status or version directly. Each write also recomputes, in the same transaction,
the control periods of the places it touches (frontline/control_periods.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from frontline.control_periods import control_periods_refresh
from frontline.models import Actor, ActorName, Claim, Report, Source

Status = Claim.Status

# Exact messages (tests and API clients rely on them).
MSG_NO_PLACE = gettext_lazy("Choose the place the claim is about.")
MSG_NO_REPORTS = gettext_lazy("A claim needs at least one report.")
MSG_START_FUTURE = gettext_lazy("The claim cannot start in the future.")
MSG_END_FUTURE = gettext_lazy("The claim cannot end in the future.")
MSG_END_BEFORE_START = gettext_lazy("The end date cannot be before the start date.")
MSG_AFTER_REPORT = gettext_lazy(
    "The claim is dated after its report “%(title)s” was published (%(published)s)."
)
MSG_ACTOR_INVALID = gettext_lazy(
    "%(actor)s did not exist between %(start)s and %(end)s (valid %(valid_from)s – %(valid_to)s)."
)
MSG_DUPLICATE = gettext_lazy(
    "This claim already exists (claim #%(id)s): same place, actor, change, dates and report."
)
MSG_NEW_STATUS = gettext_lazy("A new claim is either a draft or pending review.")
MSG_TRANSITION = gettext_lazy("A %(status)s claim cannot be %(action)s.")
MSG_OWN_CLAIM = gettext_lazy("You cannot verify your own claim.")
MSG_REASON_REQUIRED = gettext_lazy("Give the reason for the retraction.")
MSG_CONFLICT = gettext_lazy(
    "This claim was changed by %(user)s at %(when)s while you were working on it: it is now %(status)s "
    "(version %(version)s; you had version %(expected)s). Reload it and try again."
)
MSG_NOT_EDITOR = gettext_lazy("You are not allowed to enter or edit claims.")
MSG_NOT_REVIEWER = gettext_lazy("You are not allowed to review claims.")
MSG_NOT_RETRACTOR = gettext_lazy("You are not allowed to retract claims.")

# action -> (statuses it may start from, status it leads to, past participle for messages)
TRANSITIONS = {
    "submit": ((Status.DRAFT,), Status.PENDING, gettext_lazy("submitted")),
    "verify": ((Status.PENDING, Status.DISPUTED), Status.VERIFIED, gettext_lazy("verified")),
    "dispute": ((Status.PENDING,), Status.DISPUTED, gettext_lazy("disputed")),
    "reject": ((Status.PENDING, Status.DISPUTED), Status.REJECTED, gettext_lazy("rejected")),
    "retract": ((Status.VERIFIED,), Status.RETRACTED, gettext_lazy("retracted")),
}
EDITABLE = (Status.DRAFT, Status.PENDING, Status.DISPUTED)
EDITABLE_FIELDS = (
    "place",
    "actor",
    "change",
    "date_start",
    "date_end",
    "date_precision",
    "location_precision",
    "quote",
    "claimed_by",
    "confidence",
)


class ConflictError(Exception):
    """Someone else changed the claim since the caller read it (optimistic locking)."""

    def __init__(self, message: str, *, claim: Claim | None = None):
        super().__init__(message)
        self.message = message
        self.claim = claim


# ---------------------------------------------------------------------------------------------
# Actors, sources, reports


@transaction.atomic
def actor_name_add(*, actor: Actor, text: str, lang: str = "ar", used_by: str = "") -> ActorName:
    """Record a name an actor goes by (idempotent: the same text and language is kept once)."""
    existing = ActorName.objects.filter(actor=actor, text=text, lang=lang).first()
    if existing is not None:
        if used_by and existing.used_by != used_by:
            existing.used_by = used_by
            existing.full_clean()
            existing.save()
        return existing
    name = ActorName(actor=actor, text=text, lang=lang, used_by=used_by)
    name.full_clean()
    name.save()
    return name


@transaction.atomic
def source_create(*, name: str, perspective: str, url: str = "", reliability_notes: str = "") -> Source:
    source = Source(name=name, perspective=perspective, url=url, reliability_notes=reliability_notes)
    source.full_clean()
    source.save()
    return source


@transaction.atomic
def report_create(
    *,
    source: Source,
    title: str,
    published_at: dt.datetime,
    url: str = "",
    language: str = "ar",
    text: str = "",
) -> Report:
    report = Report(
        source=source, url=url, title=title, published_at=published_at, language=language, text=text
    )
    report.full_clean()
    report.save()
    return report


# ---------------------------------------------------------------------------------------------
# Claims: validation


def _fmt(value) -> str:
    return value.isoformat() if value else "…"


def claim_validate(claim: Claim, reports: list[Report], *, exclude_pk: int | None = None) -> None:
    """Every rule a claim must meet before it is saved; raises one ValidationError with all messages."""
    errors: dict[str, list] = {}

    def add(field, message, code, params=None):
        errors.setdefault(field, []).append(ValidationError(message, code=code, params=params))

    today = timezone.localdate()
    if claim.place_id is None:
        add("place", MSG_NO_PLACE, "no_place")
    if not reports:
        add("reports", MSG_NO_REPORTS, "no_reports")
    start, end = claim.date_start, claim.date_end
    if start and start > today:
        add("date_start", MSG_START_FUTURE, "future")
    if end and end > today and not (start and start > today):
        add("date_end", MSG_END_FUTURE, "future")
    if start and end and end < start:
        add("date_end", MSG_END_BEFORE_START, "end_before_start")
    if start and end and end >= start:
        for report in reports:
            published = timezone.localdate(report.published_at)
            if end > published:
                field = "date_start" if start > published else "date_end"
                add(
                    field,
                    MSG_AFTER_REPORT,
                    "after_report",
                    {"title": report.title, "published": published.isoformat()},
                )
        if claim.actor_id is not None and not claim.actor.is_valid_on(start, end):
            add(
                "actor",
                MSG_ACTOR_INVALID,
                "actor_invalid",
                {
                    "actor": claim.actor.name_en,
                    "start": start.isoformat(),
                    "end": end.isoformat(),
                    "valid_from": _fmt(claim.actor.valid_from),
                    "valid_to": _fmt(claim.actor.valid_to),
                },
            )

    try:
        claim.full_clean(exclude=[f for f in ("place", "date_start", "date_end") if f in errors])
    except ValidationError as error:
        for field, messages in error.error_dict.items():
            if field in errors:
                continue
            errors.setdefault(field, []).extend(messages)

    if not errors and reports:
        duplicate = (
            Claim.objects.filter(
                place_id=claim.place_id,
                actor_id=claim.actor_id,
                change=claim.change,
                date_start=start,
                date_end=end,
                reports__in=reports,
            )
            .exclude(pk=exclude_pk)
            .order_by("id")
            .first()
        )
        if duplicate is not None:
            add("__all__", MSG_DUPLICATE, "duplicate", {"id": duplicate.pk})
    if errors:
        raise ValidationError(errors)


def _require(user, perm: str, message) -> None:
    if user is None or not user.is_active or not user.has_perm(perm):
        raise PermissionDenied(message)


def _save(claim: Claim, *, user, reason: str) -> None:
    claim._history_user = user
    claim._change_reason = reason[:100]
    claim.save()


# ---------------------------------------------------------------------------------------------
# Claims: create, edit, review


@transaction.atomic
def claim_create(
    *,
    author,
    place,
    actor: Actor,
    change: str,
    date_start: dt.date,
    date_end: dt.date | None = None,
    date_precision: str,
    reports: Iterable[Report],
    quote: str,
    claimed_by: str,
    location_precision: str = Claim.LocationPrecision.PLACE,
    confidence: str = Claim.Confidence.MEDIUM,
    status: str = Status.DRAFT,
) -> Claim:
    """Enter a claim as a draft (or straight into the review queue with status="pending")."""
    _require(author, "frontline.add_claim", MSG_NOT_EDITOR)
    if status not in (Status.DRAFT, Status.PENDING):
        raise ValidationError({"status": ValidationError(MSG_NEW_STATUS, code="new_status")})
    reports = list(reports)
    claim = Claim(
        place=place,
        actor=actor,
        change=change,
        date_start=date_start,
        date_end=date_end if date_end is not None else date_start,
        date_precision=date_precision,
        location_precision=location_precision,
        quote=quote,
        claimed_by=claimed_by,
        confidence=confidence,
        status=status,
        author=author,
    )
    claim_validate(claim, reports)
    _save(claim, user=author, reason="created" if status == Status.DRAFT else "created and submitted")
    claim.reports.set(reports)
    control_periods_refresh(place_ids=[claim.place_id])
    return claim


def _lock(claim: Claim, expected_version: int | None) -> Claim:
    """The claim's row, locked until the transaction ends; ConflictError if it moved on."""
    locked = Claim.objects.select_for_update().select_related("actor", "place").get(pk=claim.pk)
    if expected_version is not None and locked.version != expected_version:
        last = locked.history.select_related("history_user").order_by("-history_date", "-history_id").first()
        who = getattr(last.history_user, "username", None) if last else None
        raise ConflictError(
            MSG_CONFLICT
            % {
                "user": who or _("someone"),
                "when": f"{last.history_date:%Y-%m-%d %H:%M:%S} UTC" if last else "?",
                "status": locked.get_status_display(),
                "version": locked.version,
                "expected": expected_version,
            },
            claim=locked,
        )
    return locked


def _transition(*, claim: Claim, user, action: str, expected_version: int | None, note: str = "") -> Claim:
    sources, target, participle = TRANSITIONS[action]
    locked = _lock(claim, expected_version)
    if locked.status not in sources:
        raise ValidationError(
            MSG_TRANSITION,
            code="transition",
            params={"status": locked.get_status_display(), "action": participle},
        )
    if action == "verify" and locked.author_id == user.pk:
        raise ValidationError(MSG_OWN_CLAIM, code="own_claim")
    now = timezone.now()
    locked.status = target
    if action == "retract":
        locked.retraction_reason = note
    elif action != "submit":
        locked.reviewer = user
        locked.reviewed_at = now
        locked.review_note = note
    if action == "retract":
        # The retracting verifier becomes the last reviewer; the verification stays in the history.
        locked.reviewer = user
        locked.reviewed_at = now
    locked.version += 1
    locked.full_clean()
    _save(locked, user=user, reason=f"{action}: {note}" if note else action)
    control_periods_refresh(place_ids=[locked.place_id])
    claim.refresh_from_db()
    return locked


@transaction.atomic
def claim_submit(*, claim: Claim, user, expected_version: int | None = None) -> Claim:
    """Draft → pending: the claim enters the review queue."""
    _require(user, "frontline.change_claim", MSG_NOT_EDITOR)
    return _transition(claim=claim, user=user, action="submit", expected_version=expected_version)


@transaction.atomic
def claim_verify(*, claim: Claim, reviewer, note: str = "", expected_version: int) -> Claim:
    """Pending or disputed → verified, by someone other than the author."""
    _require(reviewer, "frontline.review_claim", MSG_NOT_REVIEWER)
    return _transition(
        claim=claim, user=reviewer, action="verify", expected_version=expected_version, note=note
    )


@transaction.atomic
def claim_dispute(*, claim: Claim, reviewer, note: str = "", expected_version: int) -> Claim:
    """Pending → disputed: other evidence contradicts it; it stays visible as a claim only."""
    _require(reviewer, "frontline.review_claim", MSG_NOT_REVIEWER)
    return _transition(
        claim=claim, user=reviewer, action="dispute", expected_version=expected_version, note=note
    )


@transaction.atomic
def claim_reject(*, claim: Claim, reviewer, note: str = "", expected_version: int) -> Claim:
    """Pending or disputed → rejected: never counts again."""
    _require(reviewer, "frontline.review_claim", MSG_NOT_REVIEWER)
    return _transition(
        claim=claim, user=reviewer, action="reject", expected_version=expected_version, note=note
    )


@transaction.atomic
def claim_retract(*, claim: Claim, reviewer, reason: str, expected_version: int) -> Claim:
    """Verified → retracted, with the reason; the claim and its verification stay in the history."""
    _require(reviewer, "frontline.retract_claim", MSG_NOT_RETRACTOR)
    if not (reason or "").strip():
        raise ValidationError({"retraction_reason": ValidationError(MSG_REASON_REQUIRED, code="reason")})
    return _transition(
        claim=claim, user=reviewer, action="retract", expected_version=expected_version, note=reason.strip()
    )


@transaction.atomic
def claim_update(
    *, claim: Claim, user, expected_version: int, reports: Iterable[Report] | None = None, **fields
) -> Claim:
    """Edit a draft, pending or disputed claim; a disputed claim goes back to the review queue."""
    _require(user, "frontline.change_claim", MSG_NOT_EDITOR)
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise TypeError(f"claim_update() got unexpected fields: {', '.join(sorted(unknown))}")
    locked = _lock(claim, expected_version)
    if locked.status not in EDITABLE:
        raise ValidationError(
            MSG_TRANSITION,
            code="transition",
            params={"status": locked.get_status_display(), "action": _("edited")},
        )
    old_place_id = locked.place_id
    for name, value in fields.items():
        setattr(locked, name, value)
    if "date_start" in fields and "date_end" not in fields and locked.date_end < locked.date_start:
        locked.date_end = locked.date_start
    report_list = list(reports) if reports is not None else list(locked.reports.all())
    claim_validate(locked, report_list, exclude_pk=locked.pk)
    if locked.status == Status.DISPUTED:
        locked.status = Status.PENDING
    locked.version += 1
    _save(locked, user=user, reason="edited")
    if reports is not None:
        locked.reports.set(report_list)
    control_periods_refresh(place_ids=[old_place_id, locked.place_id])
    claim.refresh_from_db()
    return locked


# ---------------------------------------------------------------------------------------------
# Accounts that enter data on behalf of the project (imports, demo data): they can never log in.


@transaction.atomic
def system_user_get_or_create(*, username: str, group: str):
    """An account with no usable password and no admin access, in the given group, for data loaders."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    User = get_user_model()
    user, created = User.objects.get_or_create(
        username=username, defaults={"is_staff": False, "is_superuser": False, "first_name": "(system)"}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=group))
    return user
