"""The timeline map page at `/` (and its embed mode): settings and strings for map.js, nothing else."""

import datetime as dt

from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from frontline.map_api import MIN_DATE, actor_dict, actors_by_code, today
from frontline.models import Claim
from frontline.selectors import first_evidence_date


def js_strings() -> dict[str, object]:
    """Every text map.js shows, translated here so the page needs no JavaScript catalogue."""
    return {
        "changes": {value: str(label) for value, label in Claim.Change.choices},
        "claimStatus": {value: str(label) for value, label in Claim.Status.choices},
        "precision": {value: str(label) for value, label in Claim.DatePrecision.choices},
        "markerStatus": {"v": _("verified"), "c": _("contested"), "u": _("unreviewed claim")},
        "heldBy": _("Held by"),
        "since": _("since"),
        "sinceUnknown": _("date of capture unknown"),
        "noEvidence": _("No evidence about this place up to the chosen date."),
        "latestEvidence": _("Latest evidence"),
        "daysBefore": _("days before the chosen date"),
        "sameDay": _("on the chosen date"),
        "history": _("History"),
        "noHistory": _("No public claims about this place yet."),
        "claimedBy": _("Claimed by"),
        "verifiedBy": _("Verified by"),
        "reviewedBy": _("Reviewed by"),
        "notReviewed": _("Not reviewed yet"),
        "sources": _("Sources"),
        "noSource": _("No source recorded"),
        "close": _("Close"),
        "loading": _("Loading…"),
        "loadError": _("Could not load the map data. Try again."),
        "noResults": _("No place found."),
        "changed": _("places changed hands"),
        "noChanges": _("No place changed hands between these dates."),
        "none": _("no earlier evidence"),
        "place": _("Place"),
        "from": _("From"),
        "to": _("To"),
        "date": _("Date"),
        "source": _("Source"),
        "play": _("Play"),
        "pause": _("Pause"),
        "copied": _("Copied"),
        "places": _("places"),
        "contestedWith": _("contested with"),
    }


def map_page(request):
    """GET / (the map), `?embed=1` for minimal chrome in an iframe, `?lang=ar|en` to pick the language."""
    lang = request.GET.get("lang")
    if lang not in dict(settings.LANGUAGES):
        lang = translation.get_language()
    embed = request.GET.get("embed") == "1"
    with translation.override(lang):
        request.LANGUAGE_CODE = lang
        first = first_evidence_date() or MIN_DATE
        last = today()
        config = {
            "lang": translation.get_language(),
            "embed": embed,
            "first": max(first, MIN_DATE).isoformat(),
            "today": last.isoformat(),
            "actors": [actor_dict(a) for a in actors_by_code().values()],
            "urls": {
                "control": reverse("map-control"),
                "controlExport": reverse("map-control-export", args=["SUFFIX"]),
                "changes": reverse("map-changes"),
                "changesExport": reverse("map-changes-export", args=["csv"]),
                "history": reverse("map-place-history", args=[0]),
                "search": reverse("place-search"),
                "outlines": reverse("map-outlines"),
                "page": reverse("home"),
            },
            "strings": js_strings(),
        }
        response = render(
            request,
            "frontline/map.html",
            {"config": config, "embed": embed, "days": (last - dt.date.fromisoformat(config["first"])).days},
        )
    if embed:
        response.xframe_options_exempt = True  # newsrooms embed the map on their own sites
    return response
