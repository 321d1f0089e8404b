"""The map API's views: control, changes, place history and outlines."""

from __future__ import annotations

import hashlib

from django.core.cache import cache
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.decorators import method_decorator
from django.views.decorators.gzip import gzip_page
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.views import APIView

from frontline.map_api.api_doc import API_DOC
from frontline.map_api.control_features import control_features_json
from frontline.map_api.exports import changes_csv, control_csv, control_kml
from frontline.map_api.params import (
    FORMATS,
    InputError,
    check_params,
    parse_bbox,
    parse_date,
    parse_format,
    parse_include,
    single,
    today,
)
from frontline.map_api.queries import actors_by_code, data_stamp, outlines_geojson
from frontline.map_api.responses import CONTENT_TYPES, bad_request, cacheable, compressed, send_compressed
from frontline.map_api.serialisation import change_feature, compact_actors, dumps, safe_url
from frontline.selectors import changes_between, control_at, control_values, place_history
from gazetteer.models import Place

# Snapshots are cached (gzipped) under a stamp of the data; writes that bypass the ORM's history (bulk
# loads, gazetteer merges) are picked up within this time, the same staleness proxies are allowed.
SNAPSHOT_CACHE_SECONDS = 600


@method_decorator(gzip_page, name="dispatch")
class MapAPIView(APIView):
    """Public, read-only, no session: responses are the same for everyone, so proxies may cache them."""

    permission_classes = [AllowAny]
    authentication_classes: list = []
    renderer_classes = [JSONRenderer]

    def perform_content_negotiation(self, request, force=False):
        # `format` is our own parameter (geojson, csv, kml); DRF would answer 404 for formats it lacks.
        return (JSONRenderer(), JSONRenderer.media_type)


DATE_PARAM = OpenApiParameter("date", OpenApiTypes.DATE, description="YYYY-MM-DD; default today")
BBOX_PARAM = OpenApiParameter("bbox", OpenApiTypes.STR, description="west,south,east,north in degrees")
INCLUDE_PARAM = OpenApiParameter(
    "include", OpenApiTypes.STR, enum=["claimed"], description="`claimed` adds pending and disputed claims"
)
FORMAT_PARAM = OpenApiParameter("format", OpenApiTypes.STR, enum=list(FORMATS), description="default geojson")


class ControlView(MapAPIView):
    """GET /api/control?date=YYYY-MM-DD[&bbox=W,S,E,N][&include=claimed][&format=geojson|csv|kml]"""

    allowed = {"date", "bbox", "include", "format"}

    @extend_schema(
        parameters=[DATE_PARAM, BBOX_PARAM, INCLUDE_PARAM, FORMAT_PARAM],
        responses={(200, "application/geo+json"): OpenApiTypes.OBJECT},
        description=API_DOC,
    )
    def get(self, request, suffix: str | None = None):
        params = request.query_params
        try:
            check_params(params, self.allowed)
            raw_date = single(params, "date")
            date = parse_date(raw_date, "date") if raw_date is not None else today()
            raw_bbox = single(params, "bbox")
            bbox = parse_bbox(raw_bbox) if raw_bbox is not None else None
            include_claimed = parse_include(params)
            fmt = parse_format(params, suffix)
        except InputError as exc:
            return bad_request(str(exc))
        name = f"frontline-control-{date.isoformat()}"
        filename = f"{name}.{fmt}" if (suffix or fmt != "geojson") else None
        key = (
            None if bbox else f"map:control:v1:{data_stamp()}:{date.isoformat()}:{int(include_claimed)}:{fmt}"
        )
        packed = cache.get(key) if key else None
        if packed is None:
            packed = compressed(self.snapshot(date, bbox, include_claimed, fmt))
            if key:
                cache.set(key, packed, SNAPSHOT_CACHE_SECONDS)
        return send_compressed(request, packed, fmt, past=date < today(), filename=filename)

    @staticmethod
    def snapshot(date, bbox, include_claimed: bool, fmt: str) -> bytes:
        actors = actors_by_code()
        if fmt in ("csv", "kml"):
            rows = control_at(date, bbox=bbox, include_claimed=include_claimed)
            return control_csv(rows, actors) if fmt == "csv" else control_kml(rows, actors, date)
        values = control_values(date, bbox=bbox, include_claimed=include_claimed)
        codes = {values.actors[actor_id]["actor_code"] for actor_id in {row[2] for row in values.rows}}
        codes.update(code for row in values.rows if row[3] == "contested" for code in row[6])
        head = dumps(
            {
                "type": "FeatureCollection",
                "date": date.isoformat(),
                "include_claimed": include_claimed,
                "actors": compact_actors(actors, codes),
            }
        )
        return head[:-1] + b',"features":' + control_features_json(values) + b"}"


class ChangesView(MapAPIView):
    """GET /api/changes?from=YYYY-MM-DD&to=YYYY-MM-DD[&bbox=W,S,E,N][&include=claimed][&format=geojson|csv]

    Places whose holder on `to` differs from the one on `from`: `f` is the actor before (null when the
    place had no evidence yet), `a` the actor after, `date` when it changed, with the claims and sources.
    """

    allowed = {"from", "to", "bbox", "include", "format"}

    @extend_schema(
        parameters=[
            OpenApiParameter("from", OpenApiTypes.DATE, required=True),
            OpenApiParameter("to", OpenApiTypes.DATE, required=True),
            BBOX_PARAM,
            INCLUDE_PARAM,
            OpenApiParameter("format", OpenApiTypes.STR, enum=["geojson", "json", "csv"]),
        ],
        responses={(200, "application/geo+json"): OpenApiTypes.OBJECT},
    )
    def get(self, request, suffix: str | None = None):
        params = request.query_params
        try:
            check_params(params, self.allowed)
            date_a = parse_date(single(params, "from", required=True), "from")
            date_b = parse_date(single(params, "to", required=True), "to")
            if date_b < date_a:
                raise InputError(f"to: {date_b.isoformat()} is before from: {date_a.isoformat()}")
            raw_bbox = single(params, "bbox")
            bbox = parse_bbox(raw_bbox) if raw_bbox is not None else None
            include_claimed = parse_include(params)
            fmt = parse_format(params, suffix)
            if fmt == "kml":
                raise InputError("format: changes are exported as geojson or csv")
        except InputError as exc:
            return bad_request(str(exc))
        rows = changes_between(date_a, date_b, bbox=bbox, include_claimed=include_claimed)
        actors = actors_by_code()
        name = f"frontline-changes-{date_a.isoformat()}-{date_b.isoformat()}"
        if fmt == "csv":
            body, filename = changes_csv(rows, actors), f"{name}.csv"
        else:
            codes = {r.to_actor_code for r in rows} | {r.from_actor_code for r in rows if r.from_actor_code}
            body = dumps(
                {
                    "type": "FeatureCollection",
                    "from": date_a.isoformat(),
                    "to": date_b.isoformat(),
                    "include_claimed": include_claimed,
                    "actors": compact_actors(actors, codes),
                    "features": [change_feature(r) for r in rows],
                }
            )
            filename = f"{name}.geojson" if suffix else None
        return cacheable(request, body, fmt, past=date_b < today(), filename=filename)


class PlaceHistoryView(MapAPIView):
    """GET /api/places/<id>/history: the place and every public claim about it, oldest first."""

    @extend_schema(responses={200: OpenApiTypes.OBJECT})
    def get(self, request, pk: int):
        try:
            check_params(request.query_params, set())
        except InputError as exc:
            return bad_request(str(exc))
        place = get_object_or_404(Place.objects.select_related("admin1", "admin2"), pk=pk)
        steps = place_history(place)
        data = {
            "place": {
                "id": place.pk,
                "uid": place.uid,
                "name_ar": place.name_ar,
                "name_en": place.name_en,
                "kind": place.kind,
                "lat": round(place.point.y, 5),
                "lon": round(place.point.x, 5),
                "admin1": {"ar": place.admin1.name_ar, "en": place.admin1.name_en} if place.admin1 else None,
                "admin2": {"ar": place.admin2.name_ar, "en": place.admin2.name_en} if place.admin2 else None,
            },
            "steps": [
                {
                    "claim": s.claim_id,
                    "start": s.date_start.isoformat(),
                    "end": s.date_end.isoformat(),
                    "precision": s.date_precision,
                    "change": s.change,
                    "actor": {
                        "code": s.actor_code,
                        "ar": s.actor_name_ar,
                        "en": s.actor_name_en,
                        "c": s.actor_color,
                    },
                    "status": s.status,
                    "quote": s.quote,
                    "claimed_by": s.claimed_by,
                    "reports": [
                        {
                            "title": r["title"],
                            "url": safe_url(r["url"]),
                            "source": r["source"],
                            "published_at": r["published_at"].date().isoformat()
                            if r["published_at"]
                            else None,
                        }
                        for r in s.reports
                    ],
                    "verified_by": s.reviewer if s.status == "verified" else None,
                    "reviewed_by": s.reviewer,
                    "reviewed_at": s.reviewed_at.date().isoformat() if s.reviewed_at else None,
                }
                for s in steps
            ],
        }
        response = HttpResponse(dumps(data), content_type="application/json")
        patch_cache_control(response, public=True, max_age=60)
        return response


class OutlinesView(MapAPIView):
    """GET /api/outlines: the country and governorate outlines (GeoJSON), the map's tile-free base layer."""

    @extend_schema(responses={(200, "application/geo+json"): OpenApiTypes.OBJECT})
    def get(self, request):
        try:
            check_params(request.query_params, set())
        except InputError as exc:
            return bad_request(str(exc))
        body = outlines_geojson().encode()
        etag = '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'
        response = HttpResponse(body, content_type=CONTENT_TYPES["geojson"])
        response["ETag"] = etag
        patch_cache_control(response, public=True, max_age=86400)
        return get_conditional_response(request, etag=etag, response=response) or response
