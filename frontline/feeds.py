"""Atom feed of verified control changes, newest verification first: what a newsroom subscribes to."""

from urllib.parse import urlencode

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from frontline.models import Claim, Report

FEED_SIZE = 50


def verified_changes(limit: int = FEED_SIZE):
    """The latest verified claims that move control, with place, actor and reports loaded."""
    return (
        Claim.objects.filter(status=Claim.Status.VERIFIED, change__in=Claim.CONTROL_CHANGES)
        .select_related("place", "actor", "reviewer")
        .prefetch_related(Prefetch("reports", queryset=Report.objects.select_related("source")))
        .order_by("-reviewed_at", "-id")[:limit]
    )


def _arabic() -> bool:
    return (get_language() or "").startswith("ar")


class ChangesFeed(Feed):
    feed_type = Atom1Feed
    title = _("Frontline: verified changes of control")
    subtitle = _("Each entry is a verified claim that a place changed hands, with its source and quote.")

    def link(self):
        return reverse("home")

    def items(self):
        return verified_changes()

    def item_title(self, claim):
        place = claim.place.name_ar if _arabic() else (claim.place.name_en or claim.place.name_ar)
        actor = claim.actor.name_ar if _arabic() else claim.actor.name_en
        return f"{place}: {claim.get_change_display()} — {actor} ({claim.date_start.isoformat()})"

    def item_description(self, claim):
        # Atom summaries are read as HTML: escape the quote and source names so they stay text.
        sources = ", ".join(escape(r.source.name) for r in claim.reports.all())
        verifier = escape(claim.reviewer.username) if claim.reviewer else ""
        return (
            f"<p>{escape(claim.quote)}</p><p>{escape(_('Source'))}: {sources}</p>"
            f"<p>{escape(_('Claimed by'))}: {escape(claim.claimed_by)}; {escape(_('verified by'))}: {verifier}</p>"
        )

    def item_link(self, claim):
        query = urlencode({"date": claim.date_start.isoformat(), "place": claim.place_id})
        return f"{reverse('home')}?{query}"

    def item_guid(self, claim):
        return f"urn:frontline:claim:{claim.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, claim):
        return claim.reviewed_at

    def item_updateddate(self, claim):
        return claim.updated_at
