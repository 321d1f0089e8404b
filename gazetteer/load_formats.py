"""Readers for the files `load_gazetteer` accepts; each validates every line before anything is written.

Formats: the shipped JSON-lines places file, the shipped admin-areas GeoJSON, a GeoNames country dump
(tab-separated, as on download.geonames.org) and a simple CSV (name_ar, name_en, lat, lon, kind, admin).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

MAX_NAME_LENGTH = 200
PLACE_KINDS = {
    "city", "town", "village", "hamlet", "neighbourhood", "hill", "mountain", "woods", "farm", "base",
    "airport", "checkpoint", "crossing", "dam", "camp", "region", "other",
}  # fmt: skip


class LoadError(ValueError):
    """A file that cannot be loaded; carries the 1-based line number of the first bad line."""

    def __init__(self, path, line: int | None, reason: str):
        self.path, self.line, self.reason = str(path), line, reason
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {reason}")


@dataclass
class NameInput:
    text: str
    lang: str
    source: str
    preferred: bool = False


@dataclass
class PlaceInput:
    """One place to upsert, or (when `names_only`) names and ids to add to an existing place."""

    uid: str
    name_ar: str = ""
    name_en: str = ""
    kind: str = "village"
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    admin_name: str = ""
    country: str = "SY"
    population: int | None = None
    ids: dict = field(default_factory=dict)
    names: list[NameInput] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    names_only: bool = False


@dataclass
class AdminInput:
    pcode: str
    level: int
    name_ar: str
    name_en: str
    parent: str | None
    aliases: list[dict]
    ids: dict
    population: int | None
    geometry: dict | None


def open_text(path: Path) -> io.TextIOBase:
    """Open a plain, gzip or single-member zip file as UTF-8 text; undecodable bytes are an error."""
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    elif raw[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(raw)) as zf:
            members = [n for n in zf.namelist() if not n.endswith("/") and "readme" not in n.lower()]
            if len(members) != 1:
                raise LoadError(path, None, f"zip file must hold exactly one data file, found {len(members)}")
            raw = zf.read(members[0])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise LoadError(path, line, "not valid UTF-8 text") from None
    return io.StringIO(text)


def detect_format(path: Path) -> str:
    name = path.name.lower()
    for suffix in (".gz", ".zip"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.endswith((".geojson", ".json")) and "admin" in name:
        return "admin-geojson"
    if name.endswith(".jsonl"):
        return "places-jsonl"
    if name.endswith(".tsv") and "alias" in name:
        return "aliases"
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(".txt") or name.endswith(".tsv"):
        return "geonames"
    raise LoadError(
        path,
        None,
        "unknown file type; expected .jsonl(.gz), admin .geojson(.gz), .csv or a GeoNames .txt/.zip",
    )


def _clean_name(path, line, value, what) -> str:
    if not isinstance(value, str):
        raise LoadError(path, line, f"{what} must be text")
    value = value.strip()
    if len(value) > MAX_NAME_LENGTH:
        raise LoadError(path, line, f"{what} is longer than {MAX_NAME_LENGTH} characters")
    if any(ord(ch) < 32 for ch in value):
        raise LoadError(path, line, f"{what} contains control characters")
    return value


def _coordinates(path, line, lat, lon) -> tuple[float, float]:
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        raise LoadError(path, line, f"latitude/longitude must be numbers, got {lat!r}, {lon!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise LoadError(path, line, f"coordinates out of range: {lat}, {lon}")
    return lat, lon


def read_places_jsonl(path: Path) -> Iterator[PlaceInput]:
    """The shipped format: one JSON object per line (see gazetteer/data/ATTRIBUTION)."""
    for line_no, line in enumerate(open_text(path), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LoadError(path, line_no, f"invalid JSON ({exc.msg})") from None
        if not isinstance(obj, dict) or not isinstance(obj.get("uid"), str) or not obj["uid"].strip():
            raise LoadError(path, line_no, "each line must be an object with a text 'uid'")
        names = []
        for item in obj.get("names", []):
            if not isinstance(item, dict) or "text" not in item:
                raise LoadError(path, line_no, "each name must be an object with 'text'")
            text = _clean_name(path, line_no, item["text"], "name")
            if text:
                names.append(
                    NameInput(text, str(item.get("lang") or "und")[:8], str(item.get("source") or "file")[:20],
                              bool(item.get("preferred")))
                )  # fmt: skip
        ids = obj.get("ids") or {}
        if not isinstance(ids, dict):
            raise LoadError(path, line_no, "'ids' must be an object")
        names_only = "lat" not in obj and "lon" not in obj
        if names_only:
            yield PlaceInput(uid=obj["uid"], names=names, ids=ids, names_only=True)
            continue
        lat, lon = _coordinates(path, line_no, obj.get("lat"), obj.get("lon"))
        kind = obj.get("kind") or "village"
        if kind not in PLACE_KINDS:
            raise LoadError(path, line_no, f"unknown kind {kind!r}")
        population = obj.get("population")
        if population is not None and (not isinstance(population, int) or population < 0):
            raise LoadError(path, line_no, "population must be a non-negative integer")
        yield PlaceInput(
            uid=obj["uid"],
            name_ar=_clean_name(path, line_no, obj.get("name_ar") or "", "name_ar"),
            name_en=_clean_name(path, line_no, obj.get("name_en") or "", "name_en"),
            kind=kind,
            lat=lat,
            lon=lon,
            admin1=obj.get("admin1"),
            admin2=obj.get("admin2"),
            admin3=obj.get("admin3"),
            country=(obj.get("country") or "SY")[:2].upper(),
            population=population,
            ids=ids,
            names=names,
            sources=[str(s) for s in obj.get("sources", [])],
        )


def read_admin_geojson(path: Path) -> Iterator[AdminInput]:
    try:
        data = json.load(open_text(path))
    except json.JSONDecodeError as exc:
        raise LoadError(path, exc.lineno, f"invalid JSON ({exc.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("features"), list):
        raise LoadError(path, None, "expected a GeoJSON FeatureCollection")
    for index, feature in enumerate(data["features"], start=1):
        props = feature.get("properties") or {}
        pcode, level = props.get("pcode"), props.get("level")
        if not isinstance(pcode, str) or not pcode or level not in (0, 1, 2, 3):
            raise LoadError(path, None, f"feature {index}: needs a 'pcode' and a 'level' from 0 to 3")
        geometry = feature.get("geometry")
        if geometry is not None and geometry.get("type") not in ("Polygon", "MultiPolygon", "Point"):
            raise LoadError(
                path, None, f"feature {index} ({pcode}): unsupported geometry {geometry.get('type')}"
            )
        yield AdminInput(
            pcode=pcode,
            level=level,
            name_ar=_clean_name(path, None, props.get("name_ar") or "", "name_ar"),
            name_en=_clean_name(path, None, props.get("name_en") or "", "name_en"),
            parent=props.get("parent"),
            aliases=[a for a in props.get("aliases") or [] if isinstance(a, dict) and a.get("text")],
            ids=props.get("ids") or {},
            population=props.get("population"),
            geometry=geometry,
        )


CSV_COLUMNS = ("name_ar", "name_en", "lat", "lon", "kind", "admin")


def read_simple_csv(path: Path, *, source: str = "csv") -> Iterator[PlaceInput]:
    """name_ar, name_en, lat, lon, kind, admin — for other theatres or quick additions."""
    reader = csv.DictReader(open_text(path))
    missing = [c for c in CSV_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise LoadError(
            path, 1, f"missing column(s): {', '.join(missing)} (expected {', '.join(CSV_COLUMNS)})"
        )
    for row in reader:
        line_no = reader.line_num
        name_ar = _clean_name(path, line_no, row["name_ar"] or "", "name_ar")
        name_en = _clean_name(path, line_no, row["name_en"] or "", "name_en")
        if not name_ar and not name_en:
            raise LoadError(path, line_no, "a place needs name_ar or name_en")
        lat, lon = _coordinates(path, line_no, row["lat"], row["lon"])
        kind = (row["kind"] or "village").strip().lower()
        if kind not in PLACE_KINDS:
            raise LoadError(path, line_no, f"unknown kind {kind!r} (one of {', '.join(sorted(PLACE_KINDS))})")
        uid = f"{source}:{lat:.5f},{lon:.5f}:{name_en or name_ar}"[:64]
        names = [NameInput(name_ar, "ar", source, True)] if name_ar else []
        if name_en:
            names.append(NameInput(name_en, "en", source, True))
        yield PlaceInput(uid=uid, name_ar=name_ar, name_en=name_en, kind=kind, lat=lat, lon=lon,
                         admin_name=(row["admin"] or "").strip(), names=names, sources=[source])  # fmt: skip


GEONAMES_KINDS = {
    "PPLC": "city", "PPLA": "city", "PPLA2": "town", "PPLA3": "town", "PPLA4": "village", "PPL": "village",
    "PPLX": "neighbourhood", "PPLL": "hamlet", "PPLF": "farm", "FRM": "farm", "HLL": "hill", "HLLS": "hill",
    "MT": "mountain", "MTS": "mountain", "PK": "mountain", "FRST": "woods", "AIRP": "airport", "AIRB": "base",
    "MILB": "base", "DAM": "dam", "CMPRF": "camp", "BDG": "crossing", "PSTB": "crossing", "RGN": "region",
}  # fmt: skip


def read_geonames_dump(path: Path) -> Iterator[PlaceInput]:
    """A GeoNames country dump (SY.txt / SY.zip): 19 tab-separated columns; P, T, S, L, V classes kept."""
    for line_no, line in enumerate(open_text(path), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 19:
            raise LoadError(path, line_no, f"expected 19 tab-separated GeoNames columns, found {len(cols)}")
        geonameid, name, asciiname, alternates, lat, lon, fclass, fcode = cols[:8]
        if not geonameid.isdigit():
            raise LoadError(path, line_no, f"geonameid must be a number, got {geonameid!r}")
        if fclass not in {"P", "T", "S", "L", "V"}:
            continue
        lat_f, lon_f = _coordinates(path, line_no, lat, lon)
        names = [NameInput(_clean_name(path, line_no, name, "name"), "und", "geonames", True)]
        for alt in {a for a in (asciiname, *alternates.split(",")) if a and a != name}:
            alt = _clean_name(path, line_no, alt, "alternate name")
            if alt:
                names.append(
                    NameInput(alt, "ar" if any("\u0600" <= c <= "\u06ff" for c in alt) else "und", "geonames")
                )
        name_ar = next((n.text for n in names if n.lang == "ar"), "")
        population = int(cols[14]) if cols[14].isdigit() and int(cols[14]) > 0 else None
        yield PlaceInput(
            uid=f"gn:{geonameid}", name_ar=name_ar, name_en=name, kind=GEONAMES_KINDS.get(fcode, "other" if fclass != "P" else "village"),
            lat=lat_f, lon=lon_f, country=cols[8][:2].upper() or "SY", population=population,
            ids={"geonames": geonameid}, names=names, sources=["geonames"],
        )  # fmt: skip


def read_aliases(path: Path) -> Iterator[PlaceInput]:
    """uid <TAB> text <TAB> lang <TAB> note: spellings seen in reports that no source has (الكبينة → Kabani)."""
    for line_no, line in enumerate(open_text(path), start=1):
        if line_no == 1 or not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) < 3 or not cols[0].strip() or not cols[1].strip():
            raise LoadError(path, line_no, "expected uid, text and lang separated by tabs")
        text = _clean_name(path, line_no, cols[1], "alias")
        yield PlaceInput(
            uid=cols[0].strip(), names=[NameInput(text, cols[2].strip() or "ar", "editors")], names_only=True
        )


def read_places(path: Path) -> list[PlaceInput]:
    """Read and validate a whole places file; raise LoadError at the first bad line."""
    fmt = detect_format(path)
    if fmt == "places-jsonl":
        return list(read_places_jsonl(path))
    if fmt == "csv":
        return list(read_simple_csv(path, source=path.stem[:20] or "csv"))
    if fmt == "geonames":
        return list(read_geonames_dump(path))
    if fmt == "aliases":
        return list(read_aliases(path))
    raise LoadError(path, None, "not a places file")
