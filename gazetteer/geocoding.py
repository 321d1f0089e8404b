"""Online fallback for names no offline source has, through geopy's Nominatim, cached in the database.

Only editors' tools call this (never the public request path). Answers become unconfirmed places that
the resolver ranks below confirmed ones; "not found" is cached too, so a name is asked at most once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.gis.geos import Point
from django.db import transaction
from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim

from gazetteer.models import GeocodeCache, Place
from gazetteer.normalize import normalize_text
from gazetteer.selectors import haversine_km
from gazetteer.services import importance_of, place_add_name

log = logging.getLogger(__name__)

# The theatre's bounding box (Syria): results outside it are ignored.
SYRIA_VIEWBOX = ((37.35, 35.6), (32.3, 42.4))  # (north-west lat/lon, south-east lat/lon)
NOMINATIM_MIN_DELAY = 1.0  # seconds; Nominatim's usage policy: at most one request per second
OSM_KINDS = {
    "city": "city", "town": "town", "village": "village", "hamlet": "hamlet", "suburb": "neighbourhood",
    "neighbourhood": "neighbourhood", "peak": "hill", "hill": "hill", "wood": "woods", "forest": "woods",
    "farm": "farm", "military": "base", "aerodrome": "airport", "dam": "dam",
}  # fmt: skip


class GeocoderNotConfigured(RuntimeError):
    pass


@dataclass
class Suggestion:
    """An unconfirmed place proposed by the geocoder, with its distance to the report's other places."""

    place: Place
    cached: bool
    distance_km: float | None


def geocoder() -> Nominatim:
    if settings.GAZETTEER_GEOCODER != "nominatim":
        raise GeocoderNotConfigured("set GAZETTEER_GEOCODER=nominatim to enable the online fallback")
    if not settings.GAZETTEER_GEOCODER_USER_AGENT:
        raise GeocoderNotConfigured("set GAZETTEER_GEOCODER_USER_AGENT (Nominatim's policy requires one)")
    return Nominatim(
        user_agent=settings.GAZETTEER_GEOCODER_USER_AGENT,
        domain=settings.GAZETTEER_GEOCODER_DOMAIN,
        scheme=settings.GAZETTEER_GEOCODER_SCHEME,
        timeout=10,
    )


_rate_limited = {}


def _geocode_call(client: Nominatim):
    """geopy's RateLimiter around the client, one per configuration, so the delay holds across calls."""
    key = (client.domain, client.scheme)
    if key not in _rate_limited:
        _rate_limited[key] = RateLimiter(client.geocode, min_delay_seconds=NOMINATIM_MIN_DELAY, max_retries=1,
                                         swallow_exceptions=False)  # fmt: skip
    return _rate_limited[key]


def geocode_name(name: str, *, near: list[tuple[float, float]] | None = None) -> Suggestion | None:
    """Look a name up online (or in the cache); create an unconfirmed place for a hit inside the theatre."""
    query = normalize_text(name)[:200]
    cached = GeocodeCache.objects.filter(provider="nominatim", query=query).select_related("place").first()
    if cached is not None:
        if not cached.found or cached.place is None:
            return None
        return Suggestion(cached.place, True, _distance(cached.place, near))
    client = geocoder()
    try:
        location = _geocode_call(client)(
            name, exactly_one=True, country_codes=settings.GAZETTEER_COUNTRY_CODES, viewbox=SYRIA_VIEWBOX,
            bounded=True, addressdetails=False, language="ar",
        )  # fmt: skip
    except GeopyError as exc:
        log.warning("geocoder failed for %r: %s", name, exc)
        return None  # not cached: a transient failure may succeed later
    with transaction.atomic():
        if location is None:
            GeocodeCache.objects.create(provider="nominatim", query=query, found=False)
            return None
        raw = location.raw or {}
        uid = (
            f"osm:{raw.get('osm_type', 'x')[:1]}{raw.get('osm_id', '')}"
            if raw.get("osm_id")
            else f"nominatim:{query}"
        )
        kind = OSM_KINDS.get(raw.get("type"), "other")
        place, _ = Place.objects.get_or_create(
            uid=uid[:64],
            defaults={
                "name_ar": name.strip(), "name_en": "", "kind": kind,
                "point": Point(location.longitude, location.latitude, srid=4326), "sources": ["nominatim"],
                "confirmed": False, "importance": importance_of(kind=kind, population=None, sources=0),
                "external_ids": {"osm": f"{raw.get('osm_type', '')}/{raw.get('osm_id', '')}"},
            },
        )  # fmt: skip
        place_add_name(place=place, text=name.strip(), lang="ar", source="nominatim")
        if raw.get("display_name"):
            place_add_name(place=place, text=str(raw["display_name"]).split(",")[0].strip()[:200], lang="und",
                           source="nominatim")  # fmt: skip
        GeocodeCache.objects.create(provider="nominatim", query=query, found=True, response=raw, place=place)
    return Suggestion(place, False, _distance(place, near))


def _distance(place: Place, near) -> float | None:
    if not near:
        return None
    return round(min(haversine_km(place.point.y, place.point.x, lat, lon) for lat, lon in near), 2)
