"""Serialisation: actors, points, change features and safe links as compact JSON."""

from __future__ import annotations

import json

from frontline.models import Actor

COORD_DIGITS = 4  # about 10 m: plenty for a town marker, and a third of the bytes of full floats


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
