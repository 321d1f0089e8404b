"""The editors' read page: a report's text with its place mentions highlighted, the names the
gazetteer lacks, and the reader's draft claims to fix, tick and save as pending claims.

Nothing the reader drafts is saved on its own: the editor ticks the rows to keep and each becomes a
pending claim through `frontline.services.claim_create` (never verified), carrying its quote, the
report and the report's source as the claiming party.
"""

from __future__ import annotations

import datetime as dt
from functools import wraps

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape, format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from frontline import services
from frontline.extraction import ActorLexicon, DraftClaim, read_report
from frontline.models import Actor, Claim, Report
from gazetteer import geoparse
from gazetteer.models import Place

EDITOR_GROUP = "Editor"
MSG_REQUIRED_TO_KEEP = gettext_lazy("Needed to keep this claim.")
MSG_NOTHING_TICKED = gettext_lazy("Tick the draft claims to keep, then save.")
MSG_NO_SUCH_PLACE = gettext_lazy("No place with this id: choose one from the suggestions.")


def is_editor(user) -> bool:
    """Editors (and superusers) may read reports into claims; verifiers alone may not."""
    return bool(
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or user.groups.filter(name=EDITOR_GROUP).exists())
    )


def editor_required(view):
    """Anonymous users go to the admin login; logged-in users outside the Editor group get 403."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), reverse("admin:login"))
        if not is_editor(request.user):
            raise PermissionDenied(_("Only editors can read reports into claims."))
        return view(request, *args, **kwargs)

    return wrapped


# --- the draft claims table -----------------------------------------------------------------------


class DraftClaimForm(forms.Form):
    """One draft claim row; only ticked rows must be complete."""

    keep = forms.BooleanField(label=gettext_lazy("keep"), required=False)
    surface = forms.CharField(required=False, widget=forms.HiddenInput)
    place_label = forms.CharField(
        label=gettext_lazy("place"),
        required=False,
        widget=forms.TextInput(
            attrs={
                "class": "reader-place-label",
                "autocomplete": "off",
                "size": 22,
                "list": "reader-place-options",
                "dir": "auto",
            }
        ),
    )
    place = forms.IntegerField(
        label=gettext_lazy("place id"),
        required=False,
        min_value=1,
        widget=forms.NumberInput(attrs={"class": "reader-place-id", "style": "width: 7em"}),
    )
    actor = forms.ModelChoiceField(label=gettext_lazy("actor"), queryset=Actor.objects.none(), required=False)
    change = forms.ChoiceField(
        label=gettext_lazy("change"), choices=[("", "---------")] + Claim.Change.choices, required=False
    )
    date_start = forms.DateField(
        label=gettext_lazy("from"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    date_end = forms.DateField(
        label=gettext_lazy("to"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    date_precision = forms.ChoiceField(
        label=gettext_lazy("date precision"), choices=Claim.DatePrecision.choices, required=False
    )
    quote = forms.CharField(
        label=gettext_lazy("quote"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 40, "dir": "rtl", "lang": "ar"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["actor"].queryset = Actor.objects.order_by("code")

    def clean(self):
        data = super().clean()
        if not data.get("keep"):
            return data
        for name in ("place", "actor", "change", "date_start", "date_precision", "quote"):
            if not data.get(name) and name not in self.errors:
                self.add_error(name, MSG_REQUIRED_TO_KEEP)
        place_id = data.get("place")
        if place_id:
            place = Place.objects.filter(pk=place_id, merged_into__isnull=True).first()
            if place is None:
                self.add_error("place", MSG_NO_SUCH_PLACE)
            data["place_obj"] = place
        if data.get("date_start") and not data.get("date_end"):
            data["date_end"] = data["date_start"]
        return data


class BaseDraftClaimFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        if not any(f.cleaned_data.get("keep") for f in self.forms if f.cleaned_data):
            raise ValidationError(MSG_NOTHING_TICKED, code="nothing_ticked")


DraftClaimFormSet = forms.formset_factory(DraftClaimForm, formset=BaseDraftClaimFormSet, extra=1)


def date_precision_of(start: dt.date, end: dt.date) -> str:
    days = (end - start).days
    if days <= 0:
        return Claim.DatePrecision.DAY
    if days <= 5:
        return Claim.DatePrecision.DAYS
    if days <= 8:
        return Claim.DatePrecision.WEEK
    if days <= 31:
        return Claim.DatePrecision.MONTH
    return Claim.DatePrecision.YEAR


def draft_initial(draft: DraftClaim, actors_by_code: dict[str, Actor]) -> dict:
    place = draft.mention.place_dict()
    place_id = place["id"] if place and isinstance(place["id"], int) else None
    label = draft.mention.surface
    if place_id:
        label = " — ".join(x for x in (place["name_ar"], place["name_en"]) if x)
    actor = actors_by_code.get(draft.actor.code) or actors_by_code.get(draft.actor.bloc)
    return {
        "keep": False,
        "surface": draft.mention.surface,
        "place_label": label,
        "place": place_id,
        "actor": actor.pk if actor else None,
        "change": draft.change,
        "date_start": draft.date_start,
        "date_end": draft.date_end,
        "date_precision": date_precision_of(draft.date_start, draft.date_end),
        "quote": draft.quote,
    }


# --- the highlighted text ------------------------------------------------------------------------


def highlight(text: str, mentions) -> str:
    """The text with each mention in a <mark>; every piece of the text is escaped, none marked safe."""
    pieces = []
    pos = 0
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.start < pos:
            continue  # a mention inside another one (the hill of "بلدة وتل X")
        pieces.append(escape(text[pos : m.start]))
        place = m.place_dict()
        if m.is_area:
            css, title = "reader-area", place["name_en"] if place else ""
        elif place:
            css = "reader-resolved"
            title = f"{place['name_ar']} — {place['name_en']} ({place['lat']}, {place['lon']})"
        else:
            css, title = "reader-unresolved", _("not in the gazetteer")
        pieces.append(format_html('<mark class="{}" title="{}">{}</mark>', css, title, text[m.start : m.end]))
        pos = m.end
    pieces.append(escape(text[pos:]))
    return format_html_join("", "{}", ((p,) for p in pieces))


# --- the view --------------------------------------------------------------------------------------


def reader_index():
    """The gazetteer's in-memory name index (looked up at call time so tests can swap it)."""
    return geoparse.default_index()


def _published(report: Report) -> dt.date:
    return timezone.localdate(report.published_at)


def _claimed_by(report: Report) -> str:
    source = report.source
    return f"{source.name} ({source.get_perspective_display()})"[:200]


@editor_required
def report_read(request, pk: int):
    report = get_object_or_404(Report.objects.select_related("source"), pk=pk)
    reading = read_report(
        report.text or "",
        published=_published(report),
        index=reader_index(),
        actors=ActorLexicon.from_database(),
        markup=False,  # the report's text as published: anything tag-like in it is shown as text
    )
    actors_by_code = {a.code: a for a in Actor.objects.all()}
    drafts = reading.claims
    initial = [draft_initial(d, actors_by_code) for d in drafts]
    suggestions = []
    formset = None
    if request.method == "POST" and request.POST.get("action") == "geocode":
        suggestions = _geocode(request, reading)
    elif request.method == "POST":
        formset = DraftClaimFormSet(request.POST, initial=initial, prefix="draft")
        if formset.is_valid():
            saved = _save_claims(request, report, formset)
            if saved is not None:
                messages.success(
                    request,
                    _("%(count)d pending claim(s) saved; they wait for a verifier.") % {"count": len(saved)},
                )
                return HttpResponseRedirect(request.path)
    if formset is None:
        formset = DraftClaimFormSet(initial=initial, prefix="draft")
    rows = []
    for k, form in enumerate(formset.forms):
        draft = drafts[k] if k < len(drafts) else None
        rows.append({"form": form, "draft": draft, "resolved": bool(draft and draft.mention.place)})
    points = [
        (m.place.lat, m.place.lon) for m in reading.geo.mentions if not m.is_area and m.place is not None
    ]
    near = f"{points[0][0]:.4f},{points[0][1]:.4f}" if points else ""
    change_url = None
    try:
        change_url = reverse("admin:frontline_report_change", args=[report.pk])
    except Exception:  # noqa: BLE001 - the Report admin may not be registered (yet)
        change_url = None
    context = {
        **admin.site.each_context(request),
        "title": _("Read this report"),
        "subtitle": report.title,
        "opts": Report._meta,
        "report": report,
        "change_url": change_url,
        "highlighted": highlight(reading.text, reading.geo.mentions),
        "notes": reading.notes,
        "mention_count": sum(1 for m in reading.geo.mentions if not m.is_area),
        "unresolved": reading.as_dict()["unresolved"],
        "geocoder_on": bool(settings.GAZETTEER_GEOCODER),
        "suggestions": suggestions,
        "formset": formset,
        "rows": rows,
        "near": near,
        "existing": report.claims.select_related("place", "actor").order_by("id"),
        "claimed_by": _claimed_by(report),
    }
    return TemplateResponse(request, "admin/frontline/report/read.html", context)


def _save_claims(request, report: Report, formset) -> list[Claim] | None:
    """Every ticked row as a pending claim, all or none; row errors go back onto the rows."""
    saved: list[Claim] = []
    failed = False
    with transaction.atomic():
        for form in formset.forms:
            data = form.cleaned_data
            if not data.get("keep"):
                continue
            try:
                claim = services.claim_create(
                    author=request.user,
                    place=data["place_obj"],
                    actor=data["actor"],
                    change=data["change"],
                    date_start=data["date_start"],
                    date_end=data["date_end"],
                    date_precision=data["date_precision"],
                    reports=[report],
                    quote=data["quote"],
                    claimed_by=_claimed_by(report),
                    status=Claim.Status.PENDING,
                )
            except ValidationError as error:
                failed = True
                _errors_onto(form, error)
                continue
            saved.append(claim)
        if failed:
            transaction.set_rollback(True)
    return None if failed else saved


def _errors_onto(form, error: ValidationError) -> None:
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for name, errors in error.error_dict.items():
        field = name if name in form.fields else None
        for e in errors:
            form.add_error(field, e)


def _geocode(request, reading) -> list[dict]:
    """Look one unresolved name up with the online geocoder: unconfirmed suggestions with distance."""
    from gazetteer.geocoding import GeocoderNotConfigured, geocode_name

    name = (request.POST.get("name") or "").strip()[:200]
    known = {u["surface"] for u in reading.as_dict()["unresolved"]}
    if not name or name not in known:
        messages.error(request, _("Choose one of the unresolved names to look up."))
        return []
    near = [(m.place.lat, m.place.lon) for m in reading.geo.mentions if not m.is_area and m.place is not None]
    try:
        suggestion = geocode_name(name, near=near)
    except GeocoderNotConfigured as exc:
        messages.error(request, str(exc))
        return []
    if suggestion is None:
        messages.info(request, _("The geocoder knows no place called %(name)s in Syria.") % {"name": name})
        return []
    place = suggestion.place
    return [
        {
            "name": name,
            "id": place.pk,
            "name_ar": place.name_ar,
            "name_en": place.name_en,
            "lat": round(place.point.y, 5),
            "lon": round(place.point.x, 5),
            "distance_km": suggestion.distance_km,
            "confirmed": place.confirmed,
        }
    ]
