"""The map's read-only API: control snapshots, changes between dates, place histories, exports, outlines.

Views parse and validate the query string, call the selectors and serialise. Every client error is an
HTTP 400 (or 404) with a JSON `detail`; past dates are cacheable (ETag + Cache-Control).

Control and change responses are GeoJSON FeatureCollections with compact properties, because the map
loads ten thousand of them per date:

    ar, en   Arabic and English names          k      place kind
    a        actor code in control (or "to")   f      actor code before ("from"), null if none
    s        status: v verified, c contested, u unreviewed (claimed only)
    since    date of the capture that decided, when known
    last     date of the latest evidence        n      number of claims counted
    x        actor codes contesting the place (only when contested)

Actor names and colours sit once in the collection's `actors` member.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import hashlib
import io
import json
import math
import re
from xml.etree import ElementTree as ET

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.decorators import method_decorator
from django.views.decorators.gzip import gzip_page
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.views import APIView

from frontline.models import Actor
from frontline.selectors import ControlValues, changes_between, control_at, control_values, place_history
from gazetteer.models import AdminArea, Place

API_DOC = __doc__

# The timeline's bounds: nothing before the war's first year, nothing after today.
MIN_DATE = dt.date(2011, 1, 1)
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FORMATS = ("geojson", "json", "csv", "kml")
STATUS_CODES = {"verified": "v", "contested": "c", "claimed": "u"}
COORD_DIGITS = 4  # about 10 m: plenty for a town marker, and a third of the bytes of full floats

PAST_CACHE_CONTROL = {"public": True, "max_age": 600, "stale_while_revalidate": 86400}
OUTLINES_CACHE_SECONDS = 3600
# Snapshots are cached (gzipped) under a stamp of the data; writes that bypass the ORM's history (bulk
# loads, gazetteer merges) are picked up within this time, the same staleness proxies are allowed.
SNAPSHOT_CACHE_SECONDS = 600
GZIP_RE = re.compile(r"\bgzip\b")


class InputError(ValueError):
    """A query-string problem the client can fix; becomes an HTTP 400 with this message."""


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


# --- parsing -------------------------------------------------------------------------------------------


def single(params, name: str, *, required: bool = False) -> str | None:
    values = params.getlist(name)
    if len(values) > 1:
        raise InputError(f"{name}: given more than once")
    if not values:
        if required:
            raise InputError(f"{name}: required (YYYY-MM-DD)")
        return None
    return values[0]


def parse_date(value: str, name: str) -> dt.date:
    value = value.strip()
    if not DATE_RE.match(value):
        raise InputError(f"{name}: expected a date as YYYY-MM-DD, got {value[:40]!r}")
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{name}: {value} is not a calendar date") from None
    if not MIN_DATE <= date <= today():
        raise InputError(f"{name}: {value} is out of range ({MIN_DATE.isoformat()} to {today().isoformat()})")
    return date


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    parts = value.split(",")
    if len(parts) != 4:
        raise InputError("bbox: expected four numbers west,south,east,north")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise InputError("bbox: expected four numbers west,south,east,north") from None
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise InputError("bbox: numbers must be finite")
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= 90 and -90 <= north <= 90):
        raise InputError("bbox: longitudes must lie in [-180, 180] and latitudes in [-90, 90]")
    if west >= east or south >= north:
        raise InputError("bbox: west must be less than east and south less than north")
    return west, south, east, north


def parse_include(params) -> bool:
    value = single(params, "include")
    if value is None or value == "":
        return False
    if value != "claimed":
        raise InputError(f"include: the only value is 'claimed', got {value[:40]!r}")
    return True


def parse_format(params, suffix: str | None) -> str:
    value = single(params, "format")
    if value is not None and suffix is not None and value != suffix:
        raise InputError(f"format: {value[:20]!r} contradicts the .{suffix} in the address")
    fmt = suffix or value or "geojson"
    if fmt not in FORMATS:
        raise InputError(f"format: expected one of {', '.join(FORMATS)}, got {fmt[:20]!r}")
    return "geojson" if fmt == "json" else fmt


def check_params(params, allowed: set[str]) -> None:
    unknown = sorted(set(params) - allowed)
    if unknown:
        raise InputError(f"unknown parameter(s): {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")


# --- reads the selectors do not provide ------------------------------------------------------------------


def actors_by_code() -> dict[str, Actor]:
    return {a.code: a for a in Actor.objects.select_related("parent").order_by("code")}


def data_stamp() -> str:
    """Changes whenever a claim, actor or place is written through the ORM (five primary-key lookups)."""
    sql = """
        SELECT (SELECT max(history_id) FROM frontline_historicalclaim), (SELECT max(id) FROM frontline_claim),
               (SELECT max(history_id) FROM frontline_historicalactor),
               (SELECT max(history_id) FROM gazetteer_historicalplace), (SELECT max(id) FROM gazetteer_place)
    """
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return ":".join(str(v or 0) for v in cursor.fetchone())


def outlines_geojson() -> str:
    """Country and governorate outlines as one GeoJSON text, simplified for a country-wide view."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*), coalesce(max(id), 0) FROM gazetteer_adminarea WHERE level <= 1")
        count, last_id = cursor.fetchone()
        key = f"map:outlines:v1:{count}:{last_id}"
        if (text := cache.get(key)) is not None:
            return text
        cursor.execute(
            """
            SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(
                json_build_object('type', 'Feature', 'id', pcode,
                    'properties', json_build_object('l', level, 'ar', name_ar, 'en', name_en),
                    'geometry', ST_AsGeoJSON(ST_Multi(ST_SimplifyPreserveTopology(geom, 0.003)), 3)::json)
                ORDER BY level, pcode), '[]'::json))::text
            FROM gazetteer_adminarea
            WHERE level <= %s AND geom IS NOT NULL
            """,
            [AdminArea.Level.GOVERNORATE],
        )
        text = cursor.fetchone()[0]
    cache.set(key, text, OUTLINES_CACHE_SECONDS)
    return text


# --- serialisation -------------------------------------------------------------------------------------


def actor_dict(actor: Actor) -> dict:
    return {
        "code": actor.code,
        "name_ar": actor.name_ar,
        "name_en": actor.name_en,
        "color": actor.color,
        "bloc": actor.parent.code if actor.parent_id else None,
    }


def compact_actors(actors: dict[str, Actor], codes) -> dict:
    return {
        c: {"en": actors[c].name_en, "ar": actors[c].name_ar, "c": actors[c].color} for c in sorted(codes)
    }


def point(lon: float, lat: float) -> dict:
    return {"type": "Point", "coordinates": [round(lon, COORD_DIGITS), round(lat, COORD_DIGITS)]}


_encode = json.encoder.encode_basestring  # the C string encoder, non-ASCII kept as is

# Place id -> (the place's attributes from control_values, the start of its feature as UTF-8 JSON): a
# place's geometry and names are the same on every date, so they are written once per process (and
# again only when control_values hands back another dictionary: the place's row changed).
_feature_heads: dict[int, tuple[dict, bytes]] = {}
FEATURE_HEADS_LIMIT = 100_000  # about 40 MB; past it the cache starts again


def feature_head(place: dict) -> str:
    """A place's feature up to its control properties: type, id, geometry, names and kind."""
    return (
        f'{{"type":"Feature","id":{int(place["place_id"])},"geometry":{{"type":"Point","coordinates":'
        f"[{round(place['lon'], COORD_DIGITS)!r},{round(place['lat'], COORD_DIGITS)!r}]}},"
        f'"properties":{{"ar":{_encode(place["name_ar"])},"en":{_encode(place["name_en"])},'
        f'"k":{_encode(place["kind"])},'
    )


def control_features_json(values: ControlValues) -> bytes:
    """The features array as UTF-8 JSON, written directly from control_values (no ControlRows, no dicts).

    Each place's head comes from a per-process cache, each (actor, status) pair's text from a per-call
    table, and the pieces are joined as bytes (no per-feature string mixing ASCII and Arabic, no encoding
    of the whole text at the end): 16 ms for 10,000 features, against 45 ms through ControlRows.
    """
    rows, places, actors = values
    heads = _feature_heads
    if len(heads) > FEATURE_HEADS_LIMIT:
        heads.clear()
    holders: dict[tuple[int, str], bytes] = {}
    parts: list[bytes] = []
    append = parts.append
    for place_id, _version, actor_id, status, since, last, codes, n in rows:
        place = places[place_id]
        entry = heads.get(place_id)
        if entry is None or entry[0] is not place:
            entry = heads[place_id] = (place, ("," + feature_head(place)).encode())
        holder = holders.get((actor_id, status))
        if holder is None:
            code = actors[actor_id]["actor_code"]
            holder = holders[actor_id, status] = (
                f'"a":{_encode(code)},"s":"{STATUS_CODES[status]}","last":"'.encode()
            )
        append(entry[1])
        append(holder)
        if since is None:
            tail = f'{last.isoformat()}","n":{n}'
        else:
            tail = f'{last.isoformat()}","n":{n},"since":"{since.isoformat()}"'
        if status == "contested":
            tail += ',"x":[' + ",".join(map(_encode, codes)) + "]"
        append((tail + "}}").encode())
    if parts:
        parts[0] = parts[0][1:]  # the comma before the first feature
    return b"[" + b"".join(parts) + b"]"


def change_feature(row) -> dict:
    props = {
        "ar": row.name_ar,
        "en": row.name_en,
        "k": row.kind,
        "f": row.from_actor_code,
        "a": row.to_actor_code,
        "date": row.date.isoformat(),
        "claims": list(row.claim_ids),
        "sources": [
            {"name": s["name"], "url": safe_url(s["url"]), "perspective": s["perspective"]}
            for s in row.sources
        ],
    }
    return {"type": "Feature", "id": row.place_id, "geometry": point(row.lon, row.lat), "properties": props}


def safe_url(url: str | None) -> str:
    """Only http(s) links leave the server; anything else becomes an empty string."""
    return url if url and url.lower().startswith(("http://", "https://")) else ""


def dumps(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def spreadsheet_safe(value) -> str:
    """Keep names and quotes from being read as formulas when a CSV export is opened in a spreadsheet."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def control_csv(rows, actors: dict[str, Actor]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["place_id", "place_uid", "name_ar", "name_en", "kind", "lat", "lon", "actor_code", "actor_name_en",
         "actor_name_ar", "status", "since", "last_evidence", "contested_by", "claim_count"]
    )  # fmt: skip
    for r in rows:
        writer.writerow(
            [r.place_id, r.place_uid, spreadsheet_safe(r.name_ar), spreadsheet_safe(r.name_en), r.kind,
             round(r.lat, 5), round(r.lon, 5), r.actor_code, spreadsheet_safe(r.actor_name_en),
             spreadsheet_safe(r.actor_name_ar), r.status, r.since.isoformat() if r.since else "",
             r.last_evidence.isoformat(), " ".join(r.contested_actor_codes), r.claim_count]
        )  # fmt: skip
    return ("\ufeff" + out.getvalue()).encode()  # the BOM makes spreadsheets read the Arabic as UTF-8


def changes_csv(rows, actors: dict[str, Actor]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["place_id", "name_ar", "name_en", "from_actor", "from_actor_name", "to_actor", "to_actor_name", "date",
         "sources", "claim_ids"]
    )  # fmt: skip
    for r in rows:
        sources = "; ".join(
            f"{s['name']} <{safe_url(s['url'])}>" if s["url"] else s["name"] for s in r.sources
        )
        writer.writerow(
            [r.place_id, spreadsheet_safe(r.name_ar), spreadsheet_safe(r.name_en), r.from_actor_code or "",
             spreadsheet_safe(actors[r.from_actor_code].name_en if r.from_actor_code else ""), r.to_actor_code,
             spreadsheet_safe(actors[r.to_actor_code].name_en), r.date.isoformat(), spreadsheet_safe(sources),
             " ".join(str(i) for i in r.claim_ids)]
        )  # fmt: skip
    return ("\ufeff" + out.getvalue()).encode()


def kml_color(hex_color: str, alpha: str = "ff") -> str:
    """#rrggbb -> KML's aabbggrr."""
    return alpha + hex_color[5:7] + hex_color[3:5] + hex_color[1:3]


def control_kml(rows, actors: dict[str, Actor], date: dt.date) -> bytes:
    ns = "http://www.opengis.net/kml/2.2"
    ET.register_namespace("", ns)
    kml = ET.Element(f"{{{ns}}}kml")
    doc = ET.SubElement(kml, f"{{{ns}}}Document")
    ET.SubElement(doc, f"{{{ns}}}name").text = f"Frontline control on {date.isoformat()}"
    for code in sorted({r.actor_code for r in rows}):
        style = ET.SubElement(doc, f"{{{ns}}}Style", id=f"actor-{code}")
        icon_style = ET.SubElement(style, f"{{{ns}}}IconStyle")
        ET.SubElement(icon_style, f"{{{ns}}}color").text = kml_color(actors[code].color)
    for r in rows:
        mark = ET.SubElement(doc, f"{{{ns}}}Placemark", id=f"place-{r.place_id}")
        ET.SubElement(mark, f"{{{ns}}}name").text = " / ".join(n for n in (r.name_ar, r.name_en) if n)
        ET.SubElement(mark, f"{{{ns}}}description").text = (
            f"{r.actor_name_en} ({r.actor_name_ar}); {r.status}"
            + (f"; since {r.since.isoformat()}" if r.since else "")
            + f"; latest evidence {r.last_evidence.isoformat()}"
        )
        ET.SubElement(mark, f"{{{ns}}}styleUrl").text = f"#actor-{r.actor_code}"
        data = ET.SubElement(mark, f"{{{ns}}}ExtendedData")
        for name, value in (("actor", r.actor_code), ("status", r.status), ("place_uid", r.place_uid)):
            ET.SubElement(ET.SubElement(data, f"{{{ns}}}Data", name=name), f"{{{ns}}}value").text = value
        pt = ET.SubElement(mark, f"{{{ns}}}Point")
        ET.SubElement(pt, f"{{{ns}}}coordinates").text = f"{round(r.lon, 5)},{round(r.lat, 5)}"
    return ET.tostring(kml, encoding="utf-8", xml_declaration=True)


CONTENT_TYPES = {
    "geojson": "application/geo+json",
    "csv": "text/csv; charset=utf-8",
    "kml": "application/vnd.google-earth.kml+xml",
    "json": "application/json",
}


# --- views ---------------------------------------------------------------------------------------------


def bad_request(message: str) -> HttpResponse:
    return HttpResponse(dumps({"detail": message}), status=400, content_type="application/json")


# Level 4: 16 ms and 338 KiB for a 10,000-place snapshot (2.5 MB), against 29 ms and 306 KiB at 6.
GZIP_LEVEL = 4


def compressed(body: bytes) -> tuple[bytes, str]:
    """The gzipped body and its ETag, a hash of the compressed bytes: a seventh of the body to hash, and
    as strong a validator (the same body always compresses to the same bytes: fixed level, no mtime)."""
    gz = gzip.compress(body, GZIP_LEVEL, mtime=0)
    return gz, '"' + hashlib.blake2b(gz, digest_size=16).hexdigest() + '"'


def send_compressed(request, packed: tuple[bytes, str], fmt: str, *, past: bool, filename: str | None = None):
    """A pre-gzipped body, sent as is to clients that accept gzip (most), inflated for the others."""
    gz, etag = packed
    if GZIP_RE.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
        response = HttpResponse(gz, content_type=CONTENT_TYPES[fmt])
        response["Content-Encoding"] = "gzip"
        etag = "W/" + etag  # as Django's GZipMiddleware does: the bytes differ from the identity encoding
    else:
        response = HttpResponse(gzip.decompress(gz), content_type=CONTENT_TYPES[fmt])
    patch_vary_headers(response, ("Accept-Encoding",))
    return _validated(request, response, etag, past=past, filename=filename)


def cacheable(request, body: bytes, fmt: str, *, past: bool, filename: str | None = None) -> HttpResponse:
    """The response with an ETag (304 when the client has it) and Cache-Control for dates that are past."""
    etag = '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"'
    response = HttpResponse(body, content_type=CONTENT_TYPES[fmt])
    return _validated(request, response, etag, past=past, filename=filename)


def _validated(
    request, response: HttpResponse, etag: str, *, past: bool, filename: str | None
) -> HttpResponse:
    """ETag and Cache-Control (long for past dates, revalidate for today), and a 304 when the client has it."""
    response["ETag"] = etag
    if past:
        patch_cache_control(response, **PAST_CACHE_CONTROL)
    else:
        patch_cache_control(response, public=True, no_cache=True)
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return get_conditional_response(request, etag=etag, response=response) or response


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
