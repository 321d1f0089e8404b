"""Admin areas, places and every name they are written with; originals kept, keys derived beside them."""

from django.contrib.gis.db import models
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, GistIndex
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class AdminArea(models.Model):
    """A country, governorate, district or subdistrict, identified by its OCHA P-code."""

    class Level(models.IntegerChoices):
        COUNTRY = 0, _("country")
        GOVERNORATE = 1, _("governorate")
        DISTRICT = 2, _("district")
        SUBDISTRICT = 3, _("subdistrict")

    pcode = models.CharField(_("P-code"), max_length=16, unique=True)
    level = models.PositiveSmallIntegerField(_("level"), choices=Level.choices)
    name_ar = models.CharField(_("Arabic name"), max_length=200)
    name_en = models.CharField(_("English name"), max_length=200)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    aliases = models.JSONField(_("aliases"), default=list, blank=True)
    keys = ArrayField(
        models.CharField(max_length=200), verbose_name=_("match keys"), default=list, blank=True
    )
    external_ids = models.JSONField(_("external ids"), default=dict, blank=True)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    geom = models.MultiPolygonField(_("boundary"), srid=4326, null=True, blank=True)
    centroid = models.PointField(_("centre"), srid=4326, null=True, blank=True)

    class Meta:
        verbose_name = _("admin area")
        verbose_name_plural = _("admin areas")
        ordering = ["level", "pcode"]
        indexes = [
            GinIndex(fields=["keys"], name="adminarea_keys_gin"),
            GistIndex(fields=["geom"], name="adminarea_geom_gist"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(level__gte=0, level__lte=3), name="adminarea_level_range"
            ),
        ]

    def __str__(self):
        return f"{self.name_en} ({self.pcode})"


class Place(models.Model):
    """A locality or feature at a point: one place however many sources and spellings name it."""

    class Kind(models.TextChoices):
        CITY = "city", _("city")
        TOWN = "town", _("town")
        VILLAGE = "village", _("village")
        HAMLET = "hamlet", _("hamlet")
        NEIGHBOURHOOD = "neighbourhood", _("neighbourhood")
        HILL = "hill", _("hill")
        MOUNTAIN = "mountain", _("mountain")
        WOODS = "woods", _("woods")
        FARM = "farm", _("farm")
        BASE = "base", _("military base")
        AIRPORT = "airport", _("airport")
        CHECKPOINT = "checkpoint", _("checkpoint")
        CROSSING = "crossing", _("crossing")
        DAM = "dam", _("dam")
        CAMP = "camp", _("camp")
        REGION = "region", _("region")
        OTHER = "other", _("other")

    uid = models.CharField(_("stable id"), max_length=64, unique=True)
    name_ar = models.CharField(_("Arabic name"), max_length=200, blank=True)
    name_en = models.CharField(_("English name"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.VILLAGE)
    point = models.PointField(_("location"), srid=4326)
    admin1 = models.ForeignKey(
        AdminArea,
        verbose_name=_("governorate"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    admin2 = models.ForeignKey(
        AdminArea,
        verbose_name=_("district"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    admin3 = models.ForeignKey(
        AdminArea,
        verbose_name=_("subdistrict"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    country = models.CharField(_("country code"), max_length=2, default="SY")
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    ocha_pcode = models.CharField(_("OCHA P-code"), max_length=16, blank=True, db_index=True)
    geonames_id = models.CharField(_("GeoNames id"), max_length=16, blank=True, db_index=True)
    wof_id = models.CharField(_("Who's On First id"), max_length=20, blank=True, db_index=True)
    wikidata_id = models.CharField(_("Wikidata id"), max_length=16, blank=True, db_index=True)
    external_ids = models.JSONField(_("other ids"), default=dict, blank=True)
    sources = ArrayField(models.CharField(max_length=20), verbose_name=_("sources"), default=list, blank=True)
    importance = models.FloatField(_("importance"), default=0.0)
    confirmed = models.BooleanField(
        _("confirmed"),
        default=True,
        help_text=_("Unconfirmed places come from an online geocoder and await review."),
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["uid"]
        indexes = [GistIndex(fields=["point"], name="place_point_gist")]

    def __str__(self):
        if self.name_ar and self.name_en:
            return f"{self.name_ar} / {self.name_en}"
        return self.name_ar or self.name_en or self.uid


class PlaceName(models.Model):
    """One written form of a place's name, exactly as the source wrote it, with its derived match keys."""

    class Lang(models.TextChoices):
        ARABIC = "ar", _("Arabic")
        ENGLISH = "en", _("English")
        FRENCH = "fr", _("French")
        TURKISH = "tr", _("Turkish")
        KURDISH = "ku", _("Kurdish")
        UNDETERMINED = "und", _("undetermined (Latin)")

    place = models.ForeignKey(Place, verbose_name=_("place"), on_delete=models.CASCADE, related_name="names")
    text = models.CharField(_("name as written"), max_length=200)
    lang = models.CharField(_("language"), max_length=8, default=Lang.ARABIC)
    key = models.CharField(_("normalised key"), max_length=200, db_index=True)
    latin_key = models.CharField(_("transliteration key"), max_length=200, db_index=True)
    source = models.CharField(_("source"), max_length=20, default="editor")
    preferred = models.BooleanField(_("preferred"), default=False)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("place name")
        verbose_name_plural = _("place names")
        ordering = ["place", "-preferred", "lang", "text"]
        indexes = [
            models.Index(fields=["key"], name="placename_key_prefix", opclasses=["varchar_pattern_ops"]),
            models.Index(
                fields=["latin_key"], name="placename_latin_prefix", opclasses=["varchar_pattern_ops"]
            ),
            GinIndex(fields=["key"], name="placename_key_trgm", opclasses=["gin_trgm_ops"]),
            GinIndex(fields=["latin_key"], name="placename_latin_key_trgm", opclasses=["gin_trgm_ops"]),
        ]
        constraints = [
            models.UniqueConstraint(fields=["place", "text", "lang"], name="placename_unique_text_per_place"),
            models.CheckConstraint(condition=~models.Q(text=""), name="placename_text_not_empty"),
        ]

    def __str__(self):
        return self.text


class DatasetLoad(models.Model):
    """Which data file was loaded when, so loading the same file twice changes nothing."""

    name = models.CharField(_("dataset"), max_length=100, unique=True)
    sha256 = models.CharField(_("checksum"), max_length=64)
    loaded_at = models.DateTimeField(_("loaded at"), auto_now=True)
    counts = models.JSONField(_("counts"), default=dict)

    class Meta:
        verbose_name = _("dataset load")
        verbose_name_plural = _("dataset loads")

    def __str__(self):
        return f"{self.name} ({self.sha256[:8]})"


class GeocodeCache(models.Model):
    """Answers of the online geocoder, including 'not found', so a name is asked at most once."""

    provider = models.CharField(_("provider"), max_length=20)
    query = models.CharField(_("query"), max_length=200)
    found = models.BooleanField(_("found"))
    response = models.JSONField(_("response"), null=True, blank=True)
    place = models.ForeignKey(Place, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    fetched_at = models.DateTimeField(_("fetched at"), auto_now_add=True)

    class Meta:
        verbose_name = _("geocoder answer")
        verbose_name_plural = _("geocoder answers")
        constraints = [
            models.UniqueConstraint(fields=["provider", "query"], name="geocodecache_unique_query")
        ]

    def __str__(self):
        return f"{self.provider}: {self.query}"
