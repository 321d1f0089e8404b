"""Who's On First, whosonfirst-data-admin-sy: the upstream ``git archive`` tarball or its extracted tree.

Localities (mostly GeoNames records, ``gn:*`` properties) become places; the country, governorate
(region) and district (county) records become admin areas. The ``-alt-`` alternate geometries are
skipped. Licence: WOF structure CC0; GeoNames and Quattroshapes properties CC BY.
"""

from __future__ import annotations

import json
import tarfile
from collections.abc import Iterator
from pathlib import Path

from gazetteer.importers import (
    AdminArea,
    Name,
    PlaceRecord,
    SourceFormatError,
    arabic_lang,
    checked_point,
)
from gazetteer.normalize import script_of

SOURCE = "wof"
PLACE_TYPES = {"locality": None, "neighbourhood": "PPLX", "campus": "AIRP"}
ADMIN_LEVELS = {"country": 0, "region": 1, "county": 2}
# WOF name languages kept (ISO 639-3 -> the tag written out); the other languages are of no use here.
LANGUAGES = {"ara": "ar", "eng": "en", "und": "und", "kur": "ku", "tur": "tr"}


def read_records(folder: Path) -> Iterator[PlaceRecord | AdminArea]:
    for member, feature in iter_features(Path(folder)):
        props = feature.get("properties")
        if not isinstance(props, dict) or "wof:placetype" not in props:
            raise SourceFormatError(member, "not a Who's On First record (no wof:placetype)")
        placetype = props["wof:placetype"]
        if placetype in PLACE_TYPES:
            yield place_record(member, feature, PLACE_TYPES[placetype])
        elif placetype in ADMIN_LEVELS and not is_deprecated(props):
            yield admin_area(member, feature, ADMIN_LEVELS[placetype])


def iter_features(folder: Path) -> Iterator[tuple[str, dict]]:
    """(member name, record) from the tarball in ``folder``, else from an extracted ``data/`` tree."""
    tarballs = sorted(folder.glob("*.tar.gz"))
    if tarballs:
        with tarfile.open(tarballs[0], "r:gz") as archive:
            for member in archive:
                if member.isfile() and member.name.endswith(".geojson") and "-alt-" not in member.name:
                    where = f"{tarballs[0]}:{member.name}"
                    yield where, parse(where, archive.extractfile(member).read())
        return
    files = sorted(p for p in folder.rglob("*.geojson") if "-alt-" not in p.name)
    if not files:
        raise SourceFormatError(folder, "no Who's On First tarball or .geojson records found")
    for path in files:
        yield str(path), parse(str(path), path.read_bytes())


def parse(where: str, data: bytes) -> dict:
    try:
        feature = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise SourceFormatError(where, f"not UTF-8 at byte {error.start}") from error
    except json.JSONDecodeError as error:
        raise SourceFormatError(where, f"invalid JSON: {error.msg}", line=error.lineno) from error
    if not isinstance(feature, dict):
        raise SourceFormatError(where, "not a GeoJSON Feature")
    return feature


def is_deprecated(props: dict) -> bool:
    return bool(props.get("edtf:deprecated")) or bool(props.get("wof:superseded_by"))


def names_of(props: dict) -> list[Name]:
    names = []
    if props.get("wof:name"):
        names.append(Name(props["wof:name"], "en", SOURCE, True))
    for key, values in props.items():
        if not key.startswith("name:") or not isinstance(values, list):
            continue
        language, _, kind = key[5:].partition("_x_")
        if language not in LANGUAGES:
            continue
        for text in values:
            if not isinstance(text, str) or not text.strip():
                continue
            lang = LANGUAGES[language]
            script = script_of(text)
            if lang == "ar" and script != "ar":
                lang = "und"  # a few ara_x_preferred values are Latin transliterations
            elif lang != "ar" and script == "ar":
                lang = arabic_lang(text) if language == "und" else lang
            names.append(Name(text, lang, SOURCE, kind == "preferred"))
    if props.get("gn:name"):
        names.append(Name(props["gn:name"], "und", SOURCE))
    return names


def integer(value) -> int | None:
    try:
        number = int(float(value))
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def common_ids(props: dict) -> dict[str, str]:
    concordances = props.get("wof:concordances") or {}
    ids = {"wof": str(props["wof:id"])}
    geonames = props.get("gn:geonameid") or concordances.get("gn:id")
    if integer(geonames):
        ids["geonames"] = str(integer(geonames))
    if concordances.get("wd:id"):
        ids["wikidata"] = str(concordances["wd:id"])
    if concordances.get("hasc:id"):
        ids["hasc"] = str(concordances["hasc:id"])
    return ids


def first_arabic(names: list[Name]) -> str | None:
    preferred = [n.text for n in names if n.lang == "ar" and n.preferred]
    variants = [n.text for n in names if n.lang == "ar"]
    return (preferred or variants or [None])[0]


def place_record(member: str, feature: dict, feature_code: str | None) -> PlaceRecord:
    props = feature["properties"]
    if "wof:id" not in props:
        raise SourceFormatError(member, "missing wof:id")
    lat, lon = checked_point(
        member, str(props["wof:id"]), props.get("geom:latitude"), props.get("geom:longitude")
    )
    names = names_of(props)
    return PlaceRecord(
        source=SOURCE,
        source_id=str(props["wof:id"]),
        lat=lat,
        lon=lon,
        names=names,
        name_ar=first_arabic(names),
        name_en=props.get("wof:name") or props.get("gn:name"),
        feature_code=props.get("gn:feature_code") or feature_code,
        population=integer(props.get("gn:population")) or integer(props.get("wof:population")),
        country=props.get("wof:country") or props.get("iso:country") or "SY",
        ids=common_ids(props),
        deprecated=is_deprecated(props),
    )


def admin_area(member: str, feature: dict, level: int) -> AdminArea:
    props = feature["properties"]
    if "wof:id" not in props:
        raise SourceFormatError(member, "missing wof:id")
    geometry = feature.get("geometry")
    if not geometry or geometry.get("type") not in ("Polygon", "MultiPolygon"):
        geometry = None
    names = names_of(props)
    return AdminArea(
        source=SOURCE,
        level=level,
        pcode=None,
        name_ar=first_arabic(names),
        name_en=props.get("wof:name"),
        aliases=names,
        ids=common_ids(props),
        geometry=geometry,
        centroid=checked_point(
            member, str(props["wof:id"]), props.get("geom:latitude"), props.get("geom:longitude")
        ),
    )
