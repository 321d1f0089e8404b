"""Reads the selectors do not provide: actors by code, a stamp of the data, the outlines."""

from __future__ import annotations

from django.core.cache import cache
from django.db import connection

from frontline.models import Actor
from gazetteer.models import AdminArea

OUTLINES_CACHE_SECONDS = 3600


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
