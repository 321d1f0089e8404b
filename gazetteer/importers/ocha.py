"""OCHA Common Operational Dataset for Syria (2015 edition, GeoJSON copy by alahwa/Syria-GeoJson-Maps).

Governorate and district polygons (``syr_admin1``/``syr_admin2``), 5,251 community points with P-codes
(``syr_admin4_point``) and the Damascus neighbourhood polygons (``syr_admin5``, English names only).
Licence: OCHA COD via HDX, CC BY-IGO, attribution to OCHA.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from shapely.geometry import shape

from gazetteer.importers import (
    AdminArea,
    Name,
    PlaceRecord,
    SourceFormatError,
    checked_point,
    load_json,
    require,
)

SOURCE = "ocha"
ADMIN_FILES = {1: "syr_admin1.geojson", 2: "syr_admin2.geojson"}
COMMUNITY_FILE = "syr_admin4_point.geojson"
NEIGHBOURHOOD_FILE = "syr_admin5.geojson"
REPLACEMENT = "\ufffd"
JOINED_AR, JOINED_EN = "_", " - "  # how a community joining two villages writes its name
ADMIN_NAME_FIELDS = ("ADMIN1_ARA", "ADMIN2_ARA", "ADMIN3_ARA")
MARKAZ = "\u0645\u0631\u0643\u0632"  # "centre": OCHA calls a district's central subdistrict "markaz X"

# Six NAME_ARA values end in a multi-byte sequence cut short (a 50-byte field limit). The first missing
# letter follows from the lead byte left behind; the rest from the English name and, where Who's On
# First has the same village (دويعر الشرقي/الغربي, كوليان فوقاني), from its Arabic spelling.
TRUNCATED_ARABIC = {
    "C3935": ("معارة النعسان_معارة الحاسك", "معارة النعسان_معارة الحاسكي"),
    "C5770": ("الاسماعيلية_فاطسة عبد الاس", "الاسماعيلية_فاطسة عبد الاسماعيل"),
    "C1466": ("الضحاك فوقاني_كوليان فوقان", "الضحاك فوقاني_كوليان فوقاني"),
    "C2929": ("الاشرفية الشرقية-دويعر الش", "الاشرفية الشرقية-دويعر الشرقي"),
    "C2931": ("الاشرفية الغربية_دويعر الغ", "الاشرفية الغربية_دويعر الغربي"),
    "C2327": ("ضاحية قدسيا السكنية الجديد", "ضاحية قدسيا السكنية الجديدة"),
}


def read_records(folder: Path) -> Iterator[AdminArea | PlaceRecord]:
    """Governorates and districts, then communities (each subdistrict as an area when first named),
    then Damascus neighbourhoods."""
    folder = Path(folder)
    for level, file_name in ADMIN_FILES.items():
        yield from read_admin_areas(folder / file_name, level)
    yield from read_communities(folder / COMMUNITY_FILE)
    neighbourhoods = folder / NEIGHBOURHOOD_FILE
    if neighbourhoods.exists():
        yield from read_neighbourhoods(neighbourhoods)


def features(path: Path, *, repair: bool = False) -> Iterator[tuple[str, dict]]:
    """(record label, feature) for each feature; ``repair`` decodes broken UTF-8 as U+FFFD."""
    if not path.exists():
        raise SourceFormatError(path, "file not found")
    text = path.read_bytes().decode("utf-8", errors="replace") if repair else None
    collection = load_json(path, text=text)
    if not isinstance(collection, dict) or not isinstance(collection.get("features"), list):
        raise SourceFormatError(path, "not a GeoJSON FeatureCollection")
    for number, feature in enumerate(collection["features"], start=1):
        if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict):
            raise SourceFormatError(path, "feature without properties", record=f"#{number}")
        pcode = feature["properties"].get("PCODE") or feature["properties"].get("HAY_PCODE")
        yield (f"#{number} ({pcode})" if pcode else f"#{number}"), feature


def read_admin_areas(path: Path, level: int) -> Iterator[AdminArea]:
    for record, feature in features(path):
        props = feature["properties"]
        geometry = feature.get("geometry")
        if not geometry or geometry.get("type") not in ("Polygon", "MultiPolygon"):
            raise SourceFormatError(path, "expected a Polygon or MultiPolygon geometry", record=record)
        name_en = require(path, record, props, "NAME_EN")
        name_ar = require(path, record, props, "NAME_ARA")
        aliases = [Name(name_ar, "ar", SOURCE, True), Name(name_en, "en", SOURCE, True)]
        if props.get("NAM_EN_REF") and props["NAM_EN_REF"] != name_en:
            aliases.append(Name(props["NAM_EN_REF"], "en", SOURCE))
        yield AdminArea(
            source=SOURCE,
            level=level,
            pcode=require(path, record, props, "PCODE"),
            name_ar=name_ar,
            name_en=name_en,
            parent=props.get("ADMIN1_COD") if level == 2 else "SY",
            aliases=aliases,
            geometry=geometry,
        )


def repaired_arabic(path: Path, record: str, pcode: str, value: str) -> str:
    if REPLACEMENT not in value:
        return value
    truncated, fixed = TRUNCATED_ARABIC.get(pcode, (None, None))
    if value != f"{truncated}{REPLACEMENT}":
        raise SourceFormatError(
            path, f"invalid UTF-8 in NAME_ARA {value!r} (not a known defect)", record=record
        )
    return fixed


def read_communities(path: Path) -> Iterator[AdminArea | PlaceRecord]:
    """Community points; the subdistrict named by their ADMIN3 fields is yielded before its first one."""
    subdistricts: set[str] = set()
    pcodes: set[str] = set()
    for record, feature in features(path, repair=True):
        props = feature["properties"]
        pcode = require(path, record, props, "PCODE")
        if pcode in pcodes:
            raise SourceFormatError(path, f"duplicate PCODE {pcode}", record=record)
        pcodes.add(pcode)
        for key, value in props.items():
            if key != "NAME_ARA" and isinstance(value, str) and REPLACEMENT in value:
                raise SourceFormatError(path, f"invalid UTF-8 in {key}", record=record)
        name_ar = repaired_arabic(path, record, pcode, require(path, record, props, "NAME_ARA"))
        name_en = require(path, record, props, "NAME_EN")
        lat, lon = checked_point(path, record, props.get("LATITUDE"), props.get("LONGITUDE"))
        names = [Name(name_ar, "ar", SOURCE, True), Name(name_en, "en", SOURCE, True)]
        if props.get("NAM_EN_REF") and props["NAM_EN_REF"] != name_en:
            names.append(Name(props["NAM_EN_REF"], "en", SOURCE))
        names += joined_names(name_ar, name_en, props)
        admin3 = props.get("ADMIN3_COD")
        if admin3 and admin3 not in subdistricts:
            subdistricts.add(admin3)
            yield subdistrict(props)
        capital = props.get("CAPIT_LVL")
        yield PlaceRecord(
            source=SOURCE,
            source_id=pcode,
            lat=lat,
            lon=lon,
            names=names,
            name_ar=name_ar,
            name_en=name_en,
            capital_level=int(capital) if capital is not None else None,
            admin1=props.get("ADMIN1_COD"),
            admin2=props.get("ADMIN2_COD"),
            admin3=admin3,
            ids={"ocha": pcode},
        )


def joined_names(name_ar: str, name_en: str, props: dict) -> list[Name]:
    """The names of a community that joins two villages (الحسينية_تل كلبة, "Hseiniyeh - Tal Kalba"),
    each on its own; a part naming the community's district or subdistrict (جب الخفي_منبج) only
    tells it apart from its namesakes and is left out."""
    if JOINED_AR not in name_ar:
        return []
    areas = {" ".join(props.get(key, "").replace(MARKAZ, " ").split()) for key in ADMIN_NAME_FIELDS}
    parts_ar = [" ".join(part.split()) for part in name_ar.split(JOINED_AR)]
    parts_en = [" ".join(part.split()) for part in name_en.split(JOINED_EN)]
    if len(parts_en) != len(parts_ar):
        parts_en = [""] * len(parts_ar)
    names = []
    for part_ar, part_en in zip(parts_ar, parts_en, strict=True):
        if part_ar and part_ar not in areas:
            names.append(Name(part_ar, "ar", SOURCE))
            if part_en:
                names.append(Name(part_en, "en", SOURCE))
    return names


def subdistrict(props: dict) -> AdminArea:
    names = [
        Name(props[key], lang, SOURCE, True)
        for key, lang in (("ADMIN3_ARA", "ar"), ("ADMIN3_EN", "en"))
        if props.get(key)
    ]
    return AdminArea(
        source=SOURCE,
        level=3,
        pcode=props["ADMIN3_COD"],
        name_ar=props.get("ADMIN3_ARA"),
        name_en=props.get("ADMIN3_EN"),
        parent=props.get("ADMIN2_COD"),
        aliases=names,
    )


def read_neighbourhoods(path: Path) -> Iterator[PlaceRecord]:
    """Damascus neighbourhoods, placed at a point inside their polygon."""
    for record, feature in features(path):
        props = feature["properties"]
        pcode = require(path, record, props, "HAY_PCODE")
        name_en = require(path, record, props, "HAY_EN")
        try:
            point = shape(feature["geometry"]).representative_point()
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise SourceFormatError(path, f"invalid geometry: {error}", record=record) from error
        yield PlaceRecord(
            source=SOURCE,
            source_id=pcode,
            lat=point.y,
            lon=point.x,
            names=[Name(name_en, "en", SOURCE, True)],
            name_en=name_en,
            feature_code="PPLX",
            ids={"ocha": pcode},
        )
