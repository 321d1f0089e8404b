"""Control claims: who held which place when, according to which report, reviewed by whom."""

from django.conf import settings
from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import ArrayField, DateRangeField, RangeOperators
from django.contrib.postgres.indexes import GistIndex
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

COLOR_RE = r"^#[0-9a-fA-F]{6}$"


class Perspective(models.TextChoices):
    """Whose side a source (or a way of naming an actor) speaks from."""

    PRO_GOVERNMENT = "pro_government", _("pro-government")
    OPPOSITION = "opposition", _("opposition")
    KURDISH = "kurdish", _("Kurdish")
    TURKISH = "turkish", _("Turkish")
    INTERNATIONAL = "international", _("international")
    INDEPENDENT = "independent", _("independent")


class Actor(models.Model):
    """A side that can hold ground; a bloc is an actor without a parent (members point at it)."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name_ar = models.CharField(_("Arabic name"), max_length=200)
    name_en = models.CharField(_("English name"), max_length=200)
    color = models.CharField(
        _("map colour"),
        max_length=7,
        validators=[RegexValidator(COLOR_RE, _("Enter a colour as #rrggbb."))],
        help_text=_("#rrggbb"),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("bloc"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="members",
        help_text=_("The bloc this actor belongs to; empty for a bloc."),
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    renamed_to = models.ForeignKey(
        "self",
        verbose_name=_("renamed to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="renamed_from",
    )
    notes = models.TextField(_("notes"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("actor")
        verbose_name_plural = _("actors")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(condition=Q(color__regex=COLOR_RE), name="actor_color_hex"),
            models.CheckConstraint(
                condition=Q(valid_from__isnull=True)
                | Q(valid_to__isnull=True)
                | Q(valid_to__gte=F("valid_from")),
                name="actor_valid_range",
            ),
            models.CheckConstraint(condition=~Q(parent=F("id")), name="actor_not_own_parent"),
        ]

    def __str__(self):
        name = self.name_ar if get_language() == "ar" and self.name_ar else self.name_en
        return f"{name} ({self.code})"

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.parent_id and self.parent.parent_id:
            raise ValidationError({"parent": _("A bloc cannot itself belong to a bloc.")})

    @property
    def bloc(self):
        return self.parent or self

    def is_valid_on(self, start, end=None):
        """True when the actor existed at some point of [start, end]."""
        end = end or start
        return (self.valid_from is None or end >= self.valid_from) and (
            self.valid_to is None or start <= self.valid_to
        )


class ActorName(models.Model):
    """A name an actor is called by, exactly as written, and by whom (قوات النظام vs الجيش العربي السوري)."""

    actor = models.ForeignKey(Actor, verbose_name=_("actor"), on_delete=models.CASCADE, related_name="names")
    text = models.CharField(_("name as written"), max_length=200)
    lang = models.CharField(_("language"), max_length=8, default="ar")
    used_by = models.CharField(
        _("used by"), max_length=20, choices=Perspective.choices, blank=True, help_text=_("Who calls it so.")
    )
    key = models.CharField(_("normalised key"), max_length=200, db_index=True, editable=False)

    class Meta:
        verbose_name = _("actor name")
        verbose_name_plural = _("actor names")
        ordering = ["actor", "lang", "text"]
        constraints = [
            models.UniqueConstraint(fields=["actor", "text", "lang"], name="actorname_unique_text"),
            models.CheckConstraint(condition=~Q(text=""), name="actorname_text_not_empty"),
        ]

    def __str__(self):
        return self.text

    def clean(self):
        from gazetteer.normalize import name_key

        self.key = name_key(self.text)


class Source(models.Model):
    """An outlet: a news agency, a blog, a monitor, a Wikipedia module."""

    Perspective = Perspective

    name = models.CharField(_("name"), max_length=200, unique=True)
    url = models.URLField(_("web address"), max_length=500, blank=True)
    perspective = models.CharField(_("perspective"), max_length=20, choices=Perspective.choices)
    reliability_notes = models.TextField(_("notes on reliability"), blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(perspective__in=Perspective.values), name="source_perspective_valid"
            ),
        ]

    def __str__(self):
        return self.name


class Report(models.Model):
    """One published piece, with its full text exactly as published."""

    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="reports"
    )
    url = models.URLField(_("web address"), max_length=1000, blank=True)
    title = models.CharField(_("title"), max_length=500)
    published_at = models.DateTimeField(_("published at"))
    language = models.CharField(_("language"), max_length=8, default="ar")
    text = models.TextField(_("full text"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["-published_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="report_unique_url"),
        ]

    def __str__(self):
        return f"{self.source.name}: {self.title} ({self.published_at:%Y-%m-%d})"


class ClaimChange(models.TextChoices):
    CAPTURED = "captured", _("captured")
    RECAPTURED = "recaptured", _("recaptured")
    WITHDREW = "withdrew", _("withdrew (the other side took over)")
    CONTESTED = "contested", _("contested")
    HELD = "held", _("held")
    ATTACKED = "attacked", _("attacked without change")


class DatePrecision(models.TextChoices):
    DAY = "day", _("day")
    DAYS = "days", _("a few days")
    WEEK = "week", _("week")
    MONTH = "month", _("month")
    YEAR = "year", _("year")


class LocationPrecision(models.TextChoices):
    PLACE = "place", _("the place itself")
    NEAR = "near", _("near the place")
    AREA = "area", _("the area around it")


class ClaimStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    PENDING = "pending", _("pending review")
    VERIFIED = "verified", _("verified")
    DISPUTED = "disputed", _("disputed")
    REJECTED = "rejected", _("rejected")
    RETRACTED = "retracted", _("retracted")


class Confidence(models.TextChoices):
    LOW = "low", _("low")
    MEDIUM = "medium", _("medium")
    HIGH = "high", _("high")


class Claim(models.Model):
    """One report's statement that an actor controlled (or took, or held) a place over a date range."""

    Change = ClaimChange
    DatePrecision = DatePrecision
    LocationPrecision = LocationPrecision
    Status = ClaimStatus
    Confidence = Confidence

    # Changes that move control; the others only keep the evidence fresh.
    CONTROL_CHANGES = (Change.CAPTURED, Change.RECAPTURED, Change.WITHDREW)
    REVIEWED = (Status.VERIFIED, Status.DISPUTED, Status.REJECTED, Status.RETRACTED)

    place = models.ForeignKey(
        "gazetteer.Place", verbose_name=_("place"), on_delete=models.PROTECT, related_name="claims"
    )
    actor = models.ForeignKey(
        Actor,
        verbose_name=_("actor"),
        on_delete=models.PROTECT,
        related_name="claims",
        help_text=_("The side in control after the event."),
    )
    change = models.CharField(_("change"), max_length=12, choices=Change.choices)
    date_start = models.DateField(_("from"))
    date_end = models.DateField(_("to"))
    date_precision = models.CharField(_("date precision"), max_length=8, choices=DatePrecision.choices)
    location_precision = models.CharField(
        _("location precision"),
        max_length=8,
        choices=LocationPrecision.choices,
        default=LocationPrecision.PLACE,
    )
    reports = models.ManyToManyField(Report, verbose_name=_("reports"), related_name="claims")
    quote = models.TextField(_("quote"), help_text=_("The sentence exactly as the report writes it."))
    claimed_by = models.CharField(
        _("claimed by"), max_length=200, help_text=_("The party that makes the claim.")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    confidence = models.CharField(
        _("confidence"), max_length=8, choices=Confidence.choices, default=Confidence.MEDIUM
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="claims_authored",
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="claims_reviewed",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    review_note = models.TextField(_("review note"), blank=True)
    retraction_reason = models.TextField(_("reason for retraction"), blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        ordering = ["-date_start", "id"]
        permissions = [
            ("review_claim", _("Can verify, dispute and reject claims")),
            ("retract_claim", _("Can retract verified claims")),
        ]
        indexes = [
            # control_at: every counted claim of a place, newest first, without touching the heap.
            models.Index(
                fields=["place", "-date_start"],
                include=["actor", "change", "status", "date_end"],
                name="claim_place_date_idx",
            ),
            # control_at's scan: the claims that can count, by date, narrow enough for an index-only scan.
            models.Index(
                fields=["date_start"],
                include=["place", "actor", "status", "change", "date_end"],
                condition=Q(status__in=["verified", "pending", "disputed"]),
                name="claim_counted_date_idx",
            ),
            models.Index(fields=["status", "created_at"], name="claim_status_created_idx"),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(date_end__gte=F("date_start")), name="claim_date_order"),
            models.CheckConstraint(condition=Q(change__in=ClaimChange.values), name="claim_change_valid"),
            models.CheckConstraint(condition=Q(status__in=ClaimStatus.values), name="claim_status_valid"),
            models.CheckConstraint(
                condition=Q(date_precision__in=DatePrecision.values), name="claim_date_precision_valid"
            ),
            models.CheckConstraint(
                condition=Q(location_precision__in=LocationPrecision.values),
                name="claim_location_precision_valid",
            ),
            models.CheckConstraint(
                condition=Q(confidence__in=Confidence.values), name="claim_confidence_valid"
            ),
            models.CheckConstraint(condition=~Q(quote=""), name="claim_quote_not_empty"),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "pending"])
                | Q(reviewer__isnull=False, reviewed_at__isnull=False),
                name="claim_reviewed_has_reviewer",
            ),
            models.CheckConstraint(
                condition=~Q(status="verified") | ~Q(reviewer=F("author")), name="claim_four_eyes"
            ),
            models.CheckConstraint(
                condition=~Q(status="retracted") | ~Q(retraction_reason=""),
                name="claim_retraction_has_reason",
            ),
            models.CheckConstraint(condition=Q(version__gte=1), name="claim_version_positive"),
        ]

    def __str__(self):
        return f"{self.place} — {self.actor.code} {self.get_change_display()} {self.date_start}"


PERIOD_COLUMNS = [
    "place",
    "actor",
    "status",
    "since",
    "last_evidence",
    "contested_actor_codes",
    "claim_count",
]


class ControlPeriod(models.Model):
    """What control_at answers for a place over a date range: derived from the claims, never edited.

    control_at's answer for a place changes only on days a counted claim starts, so each such day opens
    a period that lasts until the next one (the last one stays open). One set of periods counts only
    verified claims, the other also pending and disputed ones (include_claimed). The services rebuild a
    place's periods whenever its claims change (frontline/control_periods.py).
    """

    class Variant(models.TextChoices):
        VERIFIED = "verified", _("verified claims only")
        ALL = "all", _("verified, pending and disputed claims")

    class Status(models.TextChoices):
        VERIFIED = "verified", _("verified")
        CONTESTED = "contested", _("contested")
        CLAIMED = "claimed", _("claimed (unreviewed claims only)")

    place = models.ForeignKey(
        "gazetteer.Place",
        verbose_name=_("place"),
        on_delete=models.CASCADE,
        # Hidden from Place: gazetteer's place_merge moves every visible relation to the survivor, but
        # periods are recomputed from the moved claims instead (the claim trigger queues both places).
        related_name="+",
        db_index=False,  # the (place, variant) index serves
    )
    variant = models.CharField(_("claims counted"), max_length=8, choices=Variant.choices)
    valid = DateRangeField(_("valid"), help_text=_("[from, to); an open end means up to now."))
    actor = models.ForeignKey(
        Actor, verbose_name=_("actor in control"), on_delete=models.CASCADE, related_name="+", db_index=False
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices)
    since = models.DateField(_("since"), null=True, blank=True)
    last_evidence = models.DateField(_("latest evidence"))
    contested_actor_codes = ArrayField(
        models.CharField(max_length=40), verbose_name=_("contested by"), default=list, blank=True
    )
    claim_count = models.PositiveIntegerField(_("claims counted"))

    class Meta:
        verbose_name = _("control period")
        verbose_name_plural = _("control periods")
        indexes = [
            # control_at: every place's period on a date, `variant = %s AND valid @> %s`, as an index-only
            # scan. One partial range index per variant: a third of the time of one GiST on
            # (variant, valid) through btree_gist (4 vs 17 ms for 10,000 of 340,000 periods).
            *(
                GistIndex(
                    fields=["valid"],
                    include=PERIOD_COLUMNS,
                    condition=Q(variant=variant),
                    name=f"controlperiod_{variant}_valid",
                )
                for variant in ("verified", "all")
            ),
            models.Index(fields=["place", "variant"], name="controlperiod_place_variant"),
        ]
        constraints = [
            ExclusionConstraint(
                name="controlperiod_no_overlap",
                expressions=[
                    ("place", RangeOperators.EQUAL),
                    ("variant", RangeOperators.EQUAL),
                    ("valid", RangeOperators.OVERLAPS),
                ],
            ),
            models.CheckConstraint(
                condition=Q(variant__in=["verified", "all"]), name="controlperiod_variant_valid_choice"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["verified", "contested", "claimed"]),
                name="controlperiod_status_valid",
            ),
            # A period opens on the day its latest evidence starts; it is never unbounded below.
            models.CheckConstraint(
                condition=Q(valid__startswith=F("last_evidence")), name="controlperiod_starts_with_evidence"
            ),
            models.CheckConstraint(condition=Q(valid__isempty=False), name="controlperiod_not_empty"),
            models.CheckConstraint(
                condition=Q(since__isnull=True) | Q(since__lte=F("last_evidence")),
                name="controlperiod_since_before_evidence",
            ),
            models.CheckConstraint(condition=Q(claim_count__gte=1), name="controlperiod_has_claims"),
        ]

    def __str__(self):
        return f"{self.place_id} {self.variant} {self.valid}: {self.actor_id} {self.status}"
