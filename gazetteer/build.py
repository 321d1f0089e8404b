"""Build the compact merged gazetteer the project ships from the raw public sources.

    python3 -m gazetteer.build --sources DIR [--wikipedia DIR] --out gazetteer/data

Writes admin_areas.geojson.gz, places.jsonl.gz (OCHA, Who's On First, GeoNames, OpenSyria) and
places-wikipedia.jsonl.gz (everything derived from Wikipedia's map, CC BY-SA). Pure Python: no Django,
no database.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import shutil
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import shapely
from shapely.geometry import MultiPoint, Point, mapping, shape

from gazetteer.importers import (
    AdminArea,
    Mark,
    Name,
    PlaceRecord,
    SourceFormatError,
    find_source_dir,
    geonames,
    ocha,
    opensyria,
    whosonfirst,
    wikipedia_map,
)
from gazetteer.normalize import is_arabic, name_key
from gazetteer.transliterate import latin_key, latin_similarity

ADMIN_FILE = "admin_areas.geojson.gz"
PLACES_FILE = "places.jsonl.gz"
WIKIPEDIA_FILE = "places-wikipedia.jsonl.gz"
# Licence texts kept beside the data; copied along when the build writes somewhere else.
NOTICE_FILES = ("ATTRIBUTION", "LICENSE.places-wikipedia")
PACKAGE_DATA = Path(__file__).parent / "data"

# Folder name prefixes inside --sources, and the reader of each.
SOURCES = {
    "ocha": ("ocha-cod", ocha),
    "wof": ("whosonfirst", whosonfirst),
    "opensyria": ("opensyria", opensyria),
    "geonames": ("geonames", geonames),
}
SOURCE_ORDER = ("ocha", "wof", "geonames", "opensyria", "wikipedia")
WIKIPEDIA_FOLDER = "wikipedia-syria-map"
SYRIA_AR = "\u0633\u0648\u0631\u064a\u0627"  # used only if Who's On First has no country record

SIMPLIFY_DEGREES = 0.005
GEOMETRY_DECIMALS = 5
POINT_DECIMALS = 5

# A GeoNames/WOF point joins an OCHA community of the same name within these distances (sources
# disagree by 100-600 m, sometimes 1-2 km; a city's centre by more).
MERGE_RADIUS_M = 2500
TOWN_RADIUS_M = 6000
CITY_RADIUS_M = 12000
CLUSTER_RADIUS_M = 1500  # two GeoNames/WOF points of the same name with no OCHA community
SIMILARITY = 0.85  # latin_similarity of two consonant skeletons taken as the same name
GOVERNORATE_SLACK_DEG = 0.01  # a point this close (about 1 km) to a governorate may belong to it
NEAREST_DISTRICT_DEG = 0.05  # coast and border points just outside every polygon
ADMIN3_RADIUS_M = 20000
NEIGHBOUR_KM = 50

MARK_RADIUS_M = 1500  # a Wikipedia label joins a place of the same name this close
MARK_NEAR_M = 500  # ... or of a similar name (Zaytunah / Umm Zaytuna) this close, for plain dots
MARK_NEAR_SIMILARITY = 0.7
# Feature words of names: "Tell al-Sakhr" is the hill of the village "Sakhr" (Arabic: tall, talla, jabal).
FEATURE_WORDS = re.compile(
    r"^(?:tell|tel|tal|tall|tulul|jabal|jebel|jabel|jbel|mount|mt\.?)(?:[\s-]+(?:al|el|as|ash|ad|an|ar|az|at)\b)?[\s-]+"
    r"|[\s-]+(?:hill|hills|heights?|mountain|base|checkpoint|airbase|summit|peak)$"
    r"|^(?:\u062a\u0644|\u062a\u0644\u0629|\u062c\u0628\u0644)\s+",
    re.IGNORECASE,
)
SETTLEMENT_KINDS = frozenset({"city", "town", "village", "hamlet", "neighbourhood", "farm"})

CITY_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})
TOWN_CODES = frozenset({"PPLA3", "PPLA4"})
FEATURE_KINDS = {
    "PPLX": "neighbourhood",
    "PPLL": "hamlet",
    "AIRP": "airport",
    "AIRB": "airport",
    "HLL": "hill",
    "HLLS": "hill",
    "MT": "mountain",
    "MTS": "mountain",
    "FRST": "woods",
    "PPLF": "farm",
    "FRM": "farm",
    "CMP": "camp",
    "CMPRF": "camp",
    "DAM": "dam",
    "MILB": "base",
    "PSTB": "crossing",
    "RGN": "region",
}
AIRPORT_WORDS = re.compile(r"\b(?:airport|air ?base|airstrip|airfield|helipad)\b", re.IGNORECASE)
CAMP_WORDS = re.compile(r"\bcamp\b", re.IGNORECASE)
MILITARY_WORDS = re.compile(r"\b(?:military|army)\b", re.IGNORECASE)
DAM_WORDS = re.compile(r"\bdam\b", re.IGNORECASE)
SKIPPED_ICONS = frozenset({"minimap", "overlay"})


@dataclass
class BuildReport:
    """What a build read, merged and wrote."""

    records_read: Counter = field(default_factory=Counter)
    admin_areas: Counter = field(default_factory=Counter)
    places_written: int = 0
    places_by_source: Counter = field(default_factory=Counter)
    neighbour_places: int = 0
    merges: Counter = field(default_factory=Counter)
    names_written: int = 0
    marks_attached: int = 0
    marks_new: int = 0
    marks_skipped: list[str] = field(default_factory=list)
    wikipedia_places: int = 0
    file_sizes: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        lines = [
            f"read: {dict(self.records_read)}",
            f"admin areas: {dict(sorted(self.admin_areas.items()))}",
            f"places written: {self.places_written} (sources: {dict(self.places_by_source)}; "
            f"{self.neighbour_places} in neighbour countries)",
            f"merges: {dict(self.merges)}",
            f"names written: {self.names_written}",
            f"wikipedia marks: {self.marks_attached} attached, {self.marks_new} in new places "
            f"({self.wikipedia_places} places), {len(self.marks_skipped)} skipped",
        ]
        lines += [f"  skipped {reason}" for reason in self.marks_skipped]
        lines += [f"file {name}: {size:,} bytes" for name, size in self.file_sizes.items()]
        lines += [f"note: {note}" for note in self.notes]
        lines.append(f"took {self.seconds:.1f} s")
        return "\n".join(lines)

    __str__ = summary


# --- geometry helpers -------------------------------------------------------------------------


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance in metres, exact enough at the scale of a village."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6_371_000 * math.hypot(x, math.radians(lat2 - lat1))


class GridIndex:
    """Objects with ``lat``/``lon`` bucketed in square cells; ``near`` scans only the cells in reach."""

    def __init__(self, cell_deg: float = 0.02):
        self.cell = cell_deg
        self.cells: dict[tuple[int, int], list] = defaultdict(list)

    def add(self, item) -> None:
        self.cells[(int(item.lat // self.cell), int(item.lon // self.cell))].append(item)

    def near(self, lat: float, lon: float, radius_m: float) -> list[tuple[float, object]]:
        """(distance, item) within ``radius_m``, nearest first."""
        reach_lat = radius_m / 111_000
        reach_lon = reach_lat / max(math.cos(math.radians(lat)), 0.1)
        found = []
        for i in range(int((lat - reach_lat) // self.cell), int((lat + reach_lat) // self.cell) + 1):
            for j in range(int((lon - reach_lon) // self.cell), int((lon + reach_lon) // self.cell) + 1):
                for item in self.cells.get((i, j), ()):
                    distance = distance_m(lat, lon, item.lat, item.lon)
                    if distance <= radius_m:
                        found.append((distance, item))
        found.sort(key=lambda pair: pair[0])
        return found


def rounded(coordinates, decimals: int = GEOMETRY_DECIMALS):
    if isinstance(coordinates, (int, float)):
        return round(coordinates, decimals)
    return [rounded(c, decimals) for c in coordinates]


# --- name matching ----------------------------------------------------------------------------


@dataclass
class Keys:
    """Match keys of a set of names: name_key of the Arabic ones, latin_key of all."""

    arabic: set[str] = field(default_factory=set)
    latin: set[str] = field(default_factory=set)

    def add(self, text: str) -> None:
        if is_arabic(text):
            self.arabic.add(name_key(text))
        key = latin_key(text)
        if key:
            self.latin.add(key)


def keys_of(texts) -> Keys:
    keys = Keys()
    for text in texts:
        keys.add(text)
    return keys


def name_score(a: Keys, b: Keys, similarity: float = SIMILARITY) -> int:
    """3: an Arabic name in common; 2: a latin key in common; 1: similar latin keys, or only a
    one-consonant key in common (Ayyash / عياش is "x"); 0: no match."""
    if a.arabic & b.arabic:
        return 3
    common = a.latin & b.latin
    if any(len(key) > 1 for key in common):
        return 2
    if common or any(similar_keys(x, y, similarity) for x in a.latin for y in b.latin):
        return 1
    return 0


KEY_TAIL = re.compile(r"[A-Z0-9]*$")  # latin_key ends in qualifier symbols (W, N, B, C ...) and numbers


def similar_keys(a: str, b: str, threshold: float, *, contained: bool = False) -> bool:
    """Similar skeletons with the same qualifiers: Kuraym North and South, Shillif and its castle
    stay apart. ``contained`` also accepts one skeleton inside the other (Zaytunah, Umm Zaytuna)."""
    tail_a, tail_b = KEY_TAIL.search(a).group(), KEY_TAIL.search(b).group()
    if tail_a != tail_b:
        return False
    stem_a, stem_b = a[: len(a) - len(tail_a)], b[: len(b) - len(tail_b)]
    if contained and min(len(stem_a), len(stem_b)) >= 3 and (stem_a in stem_b or stem_b in stem_a):
        return True
    return latin_similarity(stem_a, stem_b) >= threshold


# --- places -----------------------------------------------------------------------------------


@dataclass
class Place:
    """One merged place: the records of every source that describes it, plus the names that only
    OpenSyria (subdistrict names) or Wikipedia (map labels, kept apart for its licence) give it."""

    lat: float
    lon: float
    records: list[PlaceRecord]
    keys: Keys
    governorates: set[str]
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    country: str | None = "SY"
    kind: str | None = None  # set for Wikipedia-only places; derived from the records otherwise
    extra_names: list[Name] = field(default_factory=list)
    wikipedia_names: list[Name] = field(default_factory=list)
    wpm: list[str] = field(default_factory=list)
    uid: str = ""

    def absorb(self, records: list[PlaceRecord], keys: Keys) -> None:
        self.records.extend(records)
        self.keys.arabic |= keys.arabic
        self.keys.latin |= keys.latin

    def ordered_records(self) -> list[PlaceRecord]:
        """By source priority, then the record nearest the place's point."""
        return sorted(
            self.records,
            key=lambda r: (
                SOURCE_ORDER.index(r.source),
                distance_m(self.lat, self.lon, r.lat, r.lon),
                r.source_id,
            ),
        )

    def best(self, attribute: str, sources: tuple[str, ...] = SOURCE_ORDER):
        """The value of the first source in ``sources`` that has one (nearest record first)."""
        records = [r for r in self.ordered_records() if r.source in sources and getattr(r, attribute)]
        records.sort(key=lambda r: sources.index(r.source))  # stable: nearest first within a source
        return getattr(records[0], attribute) if records else None

    def ids(self) -> dict:
        if not self.records:
            return {"wpm": self.wpm}
        ids = {}
        for record in self.ordered_records():
            for key in ID_KEYS:
                if record.ids.get(key) and key not in ids:
                    ids[key] = record.ids[key]
        return {key: ids[key] for key in ID_KEYS if key in ids}

    def make_uid(self) -> str:
        ids = self.ids()
        for key, prefix in (("ocha", "ocha"), ("geonames", "gn"), ("wof", "wof")):
            if key in ids:
                return f"{prefix}:{ids[key]}"
        return f"wpm:{self.wpm[0]}"

    def derived_kind(self) -> str:
        if self.kind:
            return self.kind
        codes = {r.feature_code for r in self.records if r.feature_code}
        capitals = {r.capital_level for r in self.records if r.capital_level is not None}
        population = max((r.population or 0 for r in self.records), default=0)
        community = any(r.source == "ocha" and r.feature_code is None for r in self.records)
        if codes == {"PPLX"} and not community:
            return "neighbourhood"
        if self.country != "SY":
            return "city" if population >= 100_000 else "town"
        if codes & CITY_CODES or capitals & {0, 1} or population >= 100_000:
            return "city"
        if codes & TOWN_CODES or capitals & {2, 3} or population > 20_000:
            return "town"
        if not community:
            for code in sorted(codes):
                if code in FEATURE_KINDS:
                    return FEATURE_KINDS[code]
        return "village"

    def names(self) -> list[dict]:
        """The names of the main file: every source but Wikipedia."""
        return merged_names([n for r in self.ordered_records() for n in r.names] + self.extra_names)

    def line(self) -> dict:
        """The full line: for places.jsonl, or for a Wikipedia-only place of places-wikipedia.jsonl."""
        populations = [r.population for r in self.records if r.population]
        return {
            "uid": self.uid,
            "name_ar": self.best("name_ar"),
            "name_en": self.best("name_en", NAME_EN_ORDER) if self.records else self.wikipedia_names[0].text,
            "kind": self.derived_kind(),
            "country": self.country,
            "lat": round(self.lat, POINT_DECIMALS),
            "lon": round(self.lon, POINT_DECIMALS),
            "admin1": self.admin1,
            "admin2": self.admin2,
            "admin3": self.admin3,
            "population": max(populations) if populations else None,
            "ids": self.ids(),
            "names": self.names() if self.records else merged_names(self.wikipedia_names),
            "sources": sorted({r.source for r in self.records}, key=SOURCE_ORDER.index) or ["wikipedia"],
        }

    def wikipedia_line(self) -> dict:
        """A Wikipedia-only place in full; for an existing place, its labels and mark ids. Labels the
        main file already has are repeated: this file must say what Wikipedia calls the place."""
        if not self.records:
            return self.line()
        return {"uid": self.uid, "names": merged_names(self.wikipedia_names), "ids": {"wpm": self.wpm}}


ID_KEYS = ("ocha", "geonames", "wof", "wikidata")
NAME_EN_ORDER = ("ocha", "geonames", "wof", "opensyria")


def merged_names(names) -> list[dict]:
    """Names deduplicated on exact text + language, first source kept, preferred if any says so."""
    merged: dict[tuple[str, str], dict] = {}
    for name in names:
        entry = merged.setdefault(
            (name.text, name.lang),
            {"text": name.text, "lang": name.lang, "source": name.source, "preferred": False},
        )
        entry["preferred"] = entry["preferred"] or name.preferred
    return list(merged.values())


# --- admin areas ------------------------------------------------------------------------------


@dataclass
class Area:
    pcode: str
    level: int
    name_ar: str | None
    name_en: str | None
    parent: str | None
    aliases: list[Name] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)
    population: int | None = None
    polygon: object = None  # shapely geometry, raw
    centroid: tuple[float, float] | None = None

    def feature(self, geometry) -> dict:
        return {
            "type": "Feature",
            "properties": {
                "pcode": self.pcode,
                "level": self.level,
                "name_ar": self.name_ar,
                "name_en": self.name_en,
                "parent": self.parent,
                "aliases": [{"text": a["text"], "lang": a["lang"]} for a in merged_names(self.aliases)],
                "ids": {key: self.ids[key] for key in ("geonames", "wikidata", "wof") if key in self.ids},
                "population": self.population,
            },
            "geometry": geometry,
        }


def assemble_areas(
    admin: dict[str, list[AdminArea]], communities: list[PlaceRecord], report: BuildReport
) -> dict[str, Area]:
    """OpenSyria's 14/62/272 hierarchy with OCHA's polygons and names and WOF's ids, plus the country.
    Communities filed under a 2015 subdistrict code that has since moved get the current codes."""
    areas = {"SY": Area("SY", 0, None, None, None)}
    for record in admin["opensyria"]:
        areas[record.pcode] = Area(
            record.pcode,
            record.level,
            record.name_ar,
            record.name_en,
            record.parent,
            list(record.aliases),
            dict(record.ids),
            record.population,
            centroid=record.centroid,
        )
    remap = subdistrict_remap(admin["ocha"], areas)
    for record in admin["ocha"]:
        pcode = remap.get(record.pcode, record.pcode)
        if pcode not in areas:
            areas[pcode] = Area(pcode, record.level, record.name_ar, record.name_en, record.parent)
            report.notes.append(f"{record.level} {pcode} {record.name_en}: only in OCHA")
        areas[pcode].aliases.extend(record.aliases)
        if record.geometry:
            areas[pcode].polygon = shape(record.geometry)
    filed_under = {}
    for record in communities:
        if record.admin3 in remap:
            filed_under[record.source_id] = record.admin2
            record.admin3 = remap[record.admin3]
            record.admin2 = areas[record.admin3].parent
    if remap:
        report.notes.append(f"{len(filed_under)} OCHA communities moved to current subdistricts: {remap}")
    carve_missing_districts(areas, communities, filed_under, report)
    for area in areas.values():
        if area.level == 1:
            area.polygon = shapely.union_all(
                [a.polygon for a in areas.values() if a.parent == area.pcode and a.polygon is not None]
            )
    areas["SY"].polygon = shapely.union_all([a.polygon for a in areas.values() if a.level == 1])
    add_wof_ids(areas, admin["wof"])
    country = areas["SY"]
    country.name_ar, country.name_en = country.name_ar or SYRIA_AR, country.name_en or "Syria"
    return areas


def subdistrict_remap(ocha_areas: list[AdminArea], areas: dict[str, Area]) -> dict[str, str]:
    """OCHA 2015 subdistrict codes that OpenSyria files under a newer district (Qadmous SY1006 was
    split from Banyas SY1002), matched on the Arabic name within the governorate."""
    remap = {}
    for record in ocha_areas:
        if record.level != 3 or record.pcode in areas or not record.name_ar:
            continue
        for area in areas.values():
            if (
                area.level == 3
                and area.pcode[:4] == record.pcode[:4]
                and area.name_ar
                and name_key(area.name_ar) == name_key(record.name_ar)
            ):
                remap[record.pcode] = area.pcode
    return remap


def carve_missing_districts(
    areas: dict[str, Area], communities: list[PlaceRecord], filed_under: dict[str, str], report: BuildReport
) -> None:
    """A district without a polygon (Qadmous) takes, from the 2015 district its communities were
    filed under, the Voronoi cells of its own communities."""
    for old in sorted(set(filed_under.values())):
        if areas.get(old) is None or areas[old].polygon is None:
            continue
        members = [r for r in communities if filed_under.get(r.source_id, r.admin2) == old]
        points = [Point(r.lon, r.lat) for r in members]
        cells = list(shapely.voronoi_polygons(MultiPoint(points), extend_to=areas[old].polygon).geoms)
        owners = shapely.STRtree(cells).query(points, predicate="within")  # [point index], [cell index]
        district_of_cell = {cell: members[point].admin2 for point, cell in zip(*owners, strict=True)}
        for district in sorted({r.admin2 for r in members} - {old}):
            if areas[district].polygon is not None:
                continue
            own = [cells[c] for c, d in district_of_cell.items() if d == district]
            carved = shapely.intersection(areas[old].polygon, shapely.union_all(own))
            areas[district].polygon = carved
            areas[old].polygon = shapely.difference(areas[old].polygon, carved)
            report.notes.append(
                f"district {district} has no OCHA polygon: carved out of {old} from the "
                f"Voronoi cells of its {len(own)} communities"
            )


def add_wof_ids(areas: dict[str, Area], wof_areas: list[AdminArea]) -> None:
    """WOF governorates by GeoNames id, districts by name inside the district polygon, the country."""
    by_geonames = {a.ids.get("geonames"): a for a in areas.values() if a.level == 1}
    for record in wof_areas:
        if record.level == 0:
            target = areas["SY"]
            target.name_ar, target.name_en = (
                target.name_ar or record.name_ar,
                target.name_en or record.name_en,
            )
        elif record.level == 1:
            target = by_geonames.get(record.ids.get("geonames"))
        elif record.level == 2 and record.centroid:
            point = Point(record.centroid[1], record.centroid[0])
            target = next(
                (
                    a
                    for a in areas.values()
                    if a.level == 2
                    and a.polygon is not None
                    and a.polygon.distance(point) < NEAREST_DISTRICT_DEG
                    and name_key(record.name_en or "") in {name_key(n.text) for n in a.aliases}
                ),
                None,
            )
        else:
            target = None
        if target is None:
            continue
        if "wof" not in target.ids:
            target.ids["wof"] = record.ids["wof"]
        for key in ("geonames", "wikidata"):
            if record.ids.get(key) and key not in target.ids:
                target.ids[key] = record.ids[key]
        target.aliases.extend(n for n in record.aliases if n.lang in ("ar", "en", "und"))


def simplified_geometries(areas: dict[str, Area]) -> dict[str, dict | None]:
    """District polygons simplified as one coverage, so neighbours keep a shared border; governorates
    and the country are unions of the simplified districts and nest exactly."""
    districts = sorted(a.pcode for a in areas.values() if a.level == 2 and a.polygon is not None)
    simple = dict(
        zip(
            districts,
            shapely.coverage_simplify([areas[d].polygon for d in districts], SIMPLIFY_DEGREES),
            strict=True,
        )
    )
    simple = {d: shapely.set_precision(g, 10**-GEOMETRY_DECIMALS) for d, g in simple.items()}
    for area in areas.values():
        if area.level == 1:
            simple[area.pcode] = shapely.union_all(
                [g for d, g in simple.items() if areas[d].parent == area.pcode]
            )
    simple["SY"] = shapely.union_all([g for p, g in simple.items() if areas[p].level == 1])
    geometries = {}
    for pcode, area in areas.items():
        if pcode in simple:
            geometries[pcode] = {
                "type": simple[pcode].geom_type,
                "coordinates": rounded(mapping(simple[pcode])["coordinates"]),
            }
        elif area.centroid:
            geometries[pcode] = {
                "type": "Point",
                "coordinates": rounded([area.centroid[1], area.centroid[0]]),
            }
        else:
            geometries[pcode] = None
    return geometries


class AdminLocator:
    """Admin pcodes of a point: district polygon (raw), governorate its parent, subdistrict by the
    nearest OCHA community of the district (denser and truer than subdistrict area centroids)."""

    def __init__(self, areas: dict[str, Area], communities: list[PlaceRecord]):
        self.areas = areas
        self.districts = [a for a in areas.values() if a.level == 2 and a.polygon is not None]
        self.district_tree = shapely.STRtree([a.polygon for a in self.districts])
        self.governorates = [a for a in areas.values() if a.level == 1 and a.polygon is not None]
        self.governorate_tree = shapely.STRtree([a.polygon for a in self.governorates])
        self.communities = GridIndex()
        for record in communities:
            self.communities.add(record)
        self.subdistricts = defaultdict(list)
        for area in areas.values():
            if area.level == 3 and area.centroid:
                self.subdistricts[area.parent].append(area)

    def locate(self, lat: float, lon: float) -> tuple[str | None, str | None, str | None]:
        point = Point(lon, lat)
        hits = self.district_tree.query(point, predicate="intersects")
        if len(hits) == 0:
            nearest = self.district_tree.query_nearest(point, max_distance=NEAREST_DISTRICT_DEG)
            hits = nearest[:1]
        if len(hits) == 0:
            return None, None, None
        district = self.districts[min(hits)]
        return district.parent, district.pcode, self.subdistrict(lat, lon, district.pcode)

    def subdistrict(self, lat: float, lon: float, district: str) -> str | None:
        for _, record in self.communities.near(lat, lon, ADMIN3_RADIUS_M):
            if record.admin2 == district:
                return record.admin3
        candidates = self.subdistricts.get(district, [])
        if not candidates:
            return None
        return min(candidates, key=lambda a: distance_m(lat, lon, *a.centroid)).pcode

    def governorates_near(self, lat: float, lon: float) -> set[str]:
        hits = self.governorate_tree.query(
            Point(lon, lat), predicate="dwithin", distance=GOVERNORATE_SLACK_DEG
        )
        return {self.governorates[i].pcode for i in hits}


# --- merging ----------------------------------------------------------------------------------


def merge_radius(records: list[PlaceRecord]) -> float:
    population = max((r.population or 0 for r in records), default=0)
    codes = {r.feature_code for r in records}
    if population >= 100_000 or codes & {"PPLC", "PPLA"}:
        return CITY_RADIUS_M
    if population >= 10_000 or codes & (CITY_CODES | TOWN_CODES):
        return TOWN_RADIUS_M
    return MERGE_RADIUS_M


def geonames_clusters(records: list[PlaceRecord], report: BuildReport) -> list[list[PlaceRecord]]:
    """WOF localities and GeoNames cities500 grouped by GeoNames id; WOF records without one alone.
    Biggest first, so towns claim their names before hamlets do."""
    by_id: dict[str, list[PlaceRecord]] = defaultdict(list)
    clusters = []
    for record in records:
        if record.ids.get("geonames"):
            by_id[record.ids["geonames"]].append(record)
        else:
            clusters.append([record])
    for group in by_id.values():
        if {"wof", "geonames"} <= {r.source for r in group}:
            report.merges["wof+geonames by geonameid"] += 1
        group.sort(key=lambda r: (r.source != "geonames", r.source_id))  # GeoNames' point leads
        clusters.append(group)
    return sorted(clusters, key=lambda c: (-max(r.population or 0 for r in c), c[0].source, c[0].source_id))


def merge_places(
    communities: list[PlaceRecord],
    neighbourhoods: list[PlaceRecord],
    clusters: list[list[PlaceRecord]],
    locator: AdminLocator,
    report: BuildReport,
) -> list[Place]:
    """OCHA communities as the base; each GeoNames/WOF cluster joins the best OCHA place of the same
    name and governorate in reach, else a non-OCHA place of the same name, else stands alone.
    OCHA places never merge with each other."""
    places, ocha_index, other_index = [], GridIndex(), GridIndex()
    for record in communities + neighbourhoods:
        if record.admin1:
            admin = (record.admin1, record.admin2, record.admin3)
        else:
            admin = locator.locate(record.lat, record.lon)
        place = Place(
            record.lat,
            record.lon,
            [record],
            keys_of(n.text for n in record.names),
            {admin[0]} if admin[0] else set(),
            *admin,
        )
        places.append(place)
        ocha_index.add(place)
    for cluster in clusters:
        lead = cluster[0]
        keys = keys_of(n.text for r in cluster for n in r.names)
        governorates = locator.governorates_near(lead.lat, lead.lon)
        near = in_governorates(ocha_index.near(lead.lat, lead.lon, merge_radius(cluster)), governorates)
        target = best_match(near, keys)
        if target is not None:
            target.absorb(cluster, keys)
            report.merges["geonames/wof into ocha"] += 1
            continue
        target = best_match(
            in_governorates(other_index.near(lead.lat, lead.lon, CLUSTER_RADIUS_M), governorates), keys
        )
        if target is not None:
            target.absorb(cluster, keys)
            report.merges["geonames/wof records of one place"] += 1
            continue
        place = Place(
            lead.lat, lead.lon, list(cluster), keys, governorates, *locator.locate(lead.lat, lead.lon)
        )
        places.append(place)
        other_index.add(place)
    return places


def in_governorates(candidates, governorates: set[str]):
    return [(d, p) for d, p in candidates if p.governorates & governorates]


def best_match(candidates, keys: Keys, similarity: float = SIMILARITY) -> Place | None:
    """The candidate with the best name score, then the nearest; None when no name matches."""
    best, best_rank = None, None
    for distance, place in candidates:
        score = name_score(keys, place.keys, similarity)
        if score and (best_rank is None or (score, -distance) > best_rank):
            best, best_rank = place, (score, -distance)
    return best


# "Subdistrict", "nahiyat", "markaz" and the Arabic nahiya / markaz: words of the area, not the town.
SUBDISTRICT_WORDS = re.compile(
    r"\b(?:sub-?district|nahiyat|nahyt|n\u0101\u1e29iyat|markaz|mrkz)\b"
    r"|\u0646\u0627\u062d\u064a\u0629|\u0645\u0631\u0643\u0632",
    re.IGNORECASE,
)


def attach_subdistrict_centres(areas: dict[str, Area], places: list[Place], report: BuildReport) -> None:
    """Each subdistrict's name (minus "markaz", "nahiyat") onto the place of that name in its district:
    its OCHA capital if the name is similar, else a place with the same key, nearest the area centroid.
    OpenSyria's points are area centroids, kilometres from the town: never places of their own."""
    by_district = defaultdict(list)
    for place in places:
        by_district[place.admin2].append(place)
    for area in sorted((a for a in areas.values() if a.level == 3), key=lambda a: a.pcode):
        names = [
            Name(" ".join(SUBDISTRICT_WORDS.sub(" ", n.text).split()), n.lang, "opensyria")
            for n in area.aliases
            if n.source == "opensyria"
        ]
        names = [n for n in names if n.text and (n.lang == "ar") == is_arabic(n.text)]
        keys = keys_of(n.text for n in names)
        ranked = []
        for place in by_district.get(area.parent, []):
            score = name_score(keys, place.keys)
            capital = place.admin3 == area.pcode and any(r.capital_level is not None for r in place.records)
            if score >= 2 or (score and capital):
                distance = distance_m(place.lat, place.lon, *area.centroid) if area.centroid else 0
                ranked.append((capital, score, place.admin3 == area.pcode, -distance, place.uid, place))
        if ranked:
            max(ranked, key=lambda r: r[:5])[5].extra_names.extend(names)
            report.merges["opensyria subdistrict names onto their centre"] += 1
        else:
            report.notes.append(
                f"subdistrict {area.pcode} {area.name_en}: no place of that name in its district"
            )


# --- Wikipedia marks --------------------------------------------------------------------------


def label_of(mark: Mark) -> str:
    """The label, or the wikilink when the module put it in link= instead (Halazun, Tall Ba'at)."""
    if mark.label:
        return mark.label
    return mark.link.rpartition("#")[2].strip() if mark.link else ""


def label_parts(label: str) -> list[str]:
    """The label and the names inside it: "Kobanî (Ayn al-Arab)", "Nabatah Saghirah/Khirbat adh Dhib"."""
    parts = [label]
    for piece in re.split(r"\s*[/()]\s*", label):
        piece = piece.strip(" -,")
        if piece and piece not in parts:
            parts.append(piece)
    return parts


def mark_kind(marks: list[Mark], label: str) -> str:
    """The kind of a new place from its icons and feature words: airport, base, hill, crossing ..."""
    icons, features = {m.icon_type for m in marks}, {m.feature for m in marks}
    if icons & {"air", "heli"} or AIRPORT_WORDS.search(label):
        return "airport"
    if CAMP_WORDS.search(label) and not MILITARY_WORDS.search(label):
        return "camp"  # refugee and IDP camps; army camps are bases
    for feature in ("base", "hill", "crossing"):
        if feature in features:
            return feature
    if "dam" in icons or ("other" in features and DAM_WORDS.search(label)):
        return "dam"
    return "other" if "other" in features else "village"


def place_marks(
    marks: list[Mark], places: list[Place], locator: AdminLocator, report: BuildReport
) -> list[Place]:
    """Every labelled mark onto an existing place of the same name nearby, or into a new place.

    Marks at one lat/lon (as written) are one place, so each mark maps to exactly one uid by that
    id. Returns the places that carry Wikipedia data: the new ones and the existing ones it names."""
    groups: dict[tuple[str, str], list[Mark]] = {}
    for mark in marks:
        groups.setdefault((mark.lat_text, mark.lon_text), []).append(mark)
    index = GridIndex()
    for place in places:
        index.add(place)
    touched: dict[int, Place] = {}
    for (lat_text, lon_text), group in groups.items():
        wpm = f"{lat_text},{lon_text}"
        first = group[0]
        if first.lat is None or first.lon is None:
            report.marks_skipped.append(f"{wpm} {label_of(first)!r} (line {first.line}): invalid coordinates")
            continue
        labelled = [m for m in group if label_of(m) and m.icon_type not in SKIPPED_ICONS]
        if not labelled:
            reason = "inset minimap or map overlay" if group[0].icon_type in SKIPPED_ICONS else "no label"
            report.marks_skipped.extend(f"{wpm} (line {m.line}): {reason}" for m in group)
            continue
        labels = list(dict.fromkeys(label_of(m) for m in labelled))
        parts = [part for label in labels for part in label_parts(label)]
        names = [Name(text, "en", "wikipedia", False) for text in parts]
        keys = keys_of(parts)
        governorates = locator.governorates_near(first.lat, first.lon)
        feature = mark_kind(labelled, labels[0])
        target = attach_target(
            keys, feature, index.near(first.lat, first.lon, MARK_RADIUS_M), governorates, parts, report
        )
        if target is None:
            admin1, admin2, admin3 = locator.locate(first.lat, first.lon)
            target = Place(
                first.lat,
                first.lon,
                [],
                keys,
                governorates,
                admin1,
                admin2,
                admin3,
                country="SY" if admin1 else None,
                kind=feature,
                uid=f"wpm:{wpm}",
            )
            target.wikipedia_names = [Name(n.text, n.lang, n.source, n.text == labels[0]) for n in names]
            target.wpm = [wpm]
            index.add(target)
            report.marks_new += len(group)
        else:
            target.wikipedia_names.extend(names)
            target.keys.latin |= keys.latin
            target.wpm.append(wpm)
            report.marks_attached += len(group)
        touched[id(target)] = target
    return list(touched.values())


def attach_target(
    keys: Keys, feature: str, candidates, governorates: set[str], parts: list[str], report: BuildReport
) -> Place | None:
    """The place a mark names, or None for a new place. A hill or base whose label matches a village
    only once "Tell"/"Jabal"/"base" is removed is that village's hill: a new place."""
    if governorates:  # outside Syria the mark may name a town across the border
        candidates = in_governorates(candidates, governorates)
    target = best_match(candidates, keys)
    if target is not None:
        return target
    if feature in ("hill", "base", "airport"):
        stripped = keys_of(FEATURE_WORDS.sub("", part) for part in parts)
        if any(name_score(stripped, p.keys) for _, p in candidates):
            report.merges["wikipedia hill/base beside its namesake, kept apart"] += 1
        return None
    for distance, place in candidates:
        if distance > MARK_NEAR_M or place.derived_kind() not in SETTLEMENT_KINDS:
            continue
        bare = keys_of(FEATURE_WORDS.sub("", n["text"]) for n in place.names()).latin  # Tall Tulayliyah
        if any(
            similar_keys(a, b, MARK_NEAR_SIMILARITY, contained=True)
            for a in keys.latin
            for b in place.keys.latin | bare
        ):
            report.merges["wikipedia label onto a village of a similar name within 500 m"] += 1
            return place
    return None


# --- neighbour countries ----------------------------------------------------------------------


def neighbour_places(records: list[PlaceRecord], country, report: BuildReport) -> list[Place]:
    """GeoNames towns of the neighbour countries within NEIGHBOUR_KM of Syria's border."""
    kx, ky = 111.32 * math.cos(math.radians(35)), 110.57  # km per degree around Syria
    border = shapely.transform(country.simplify(0.01), lambda xy: xy * [kx, ky])
    shapely.prepare(border)
    places = []
    for record in records:
        if border.distance(Point(record.lon * kx, record.lat * ky)) <= NEIGHBOUR_KM:
            keys = keys_of(n.text for n in record.names)
            places.append(Place(record.lat, record.lon, [record], keys, set(), country=record.country))
    report.neighbour_places = len(places)
    return places


# --- output -----------------------------------------------------------------------------------


def write_gzip(path: Path, chunks) -> None:
    """Gzip with no name or time in the header, so equal data gives equal bytes."""
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as out:
        for chunk in chunks:
            out.write(chunk.encode("utf-8"))


def json_line(item: dict) -> str:
    return json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n"


def write_admin_areas(path: Path, areas: dict[str, Area], report: BuildReport) -> None:
    geometries = simplified_geometries(areas)
    ordered = sorted(areas.values(), key=lambda a: (a.level, a.pcode))
    collection = {"type": "FeatureCollection", "features": [a.feature(geometries[a.pcode]) for a in ordered]}
    write_gzip(path, [json.dumps(collection, ensure_ascii=False, separators=(",", ":"))])
    report.admin_areas.update(Counter(f"level {a.level}" for a in ordered))


def write_places(path: Path, lines: list[dict]) -> int:
    """Lines sorted by uid; returns the number of names written."""
    lines = sorted(lines, key=lambda line: line["uid"])
    write_gzip(path, (json_line(line) for line in lines))
    return sum(len(line["names"]) for line in lines)


def resolve_wikipedia_dir(sources_dir: Path, wikipedia_dir: Path | None) -> Path | None:
    if wikipedia_dir is not None:
        return Path(wikipedia_dir)
    for candidate in (sources_dir / WIKIPEDIA_FOLDER, sources_dir.parent / WIKIPEDIA_FOLDER):
        if candidate.is_dir():
            return candidate
    return None


# --- the build --------------------------------------------------------------------------------


def read_sources(sources_dir: Path, report: BuildReport):
    """Place records and admin areas of every source, by source name."""
    places: dict[str, list[PlaceRecord]] = defaultdict(list)
    admin: dict[str, list[AdminArea]] = defaultdict(list)
    for source, (prefix, reader) in SOURCES.items():
        folder = find_source_dir(sources_dir, prefix)
        if folder is None:
            raise SourceFormatError(sources_dir, f"no {prefix}* folder")
        for record in reader.read_records(folder):
            is_area = isinstance(record, AdminArea)
            report.records_read[f"{source} {'admin areas' if is_area else 'places'}"] += 1
            (admin if is_area else places)[source].append(record)
    return places, admin


def build(sources_dir, out_dir, wikipedia_dir=None) -> BuildReport:
    """Read the raw sources in ``sources_dir``, merge, and write the gazetteer files to ``out_dir``.

    ``wikipedia_dir`` holds marks.csv; by default ``sources_dir/wikipedia-syria-map`` or its sibling.
    Raises SourceFormatError (file and line or record named) on a file that cannot be read."""
    started = time.monotonic()
    sources_dir, out_dir = Path(sources_dir), Path(out_dir)
    if not sources_dir.is_dir():
        raise SourceFormatError(sources_dir, "not a folder")
    report = BuildReport()
    records, admin = read_sources(sources_dir, report)
    wikipedia_dir = resolve_wikipedia_dir(sources_dir, wikipedia_dir)
    marks = list(wikipedia_map.read_records(wikipedia_dir)) if wikipedia_dir else []
    report.records_read["wikipedia marks"] = len(marks)

    communities = [r for r in records["ocha"] if r.feature_code is None]
    neighbourhoods = [r for r in records["ocha"] if r.feature_code is not None]
    areas = assemble_areas(admin, communities, report)
    locator = AdminLocator(areas, communities)
    wof = [r for r in records["wof"] if not r.deprecated]
    report.notes.append(f"{len(records['wof']) - len(wof)} deprecated or superseded WOF records left out")
    # GeoNames files some Golan villages under IL; WOF, like OCHA, has them in Syria.
    in_wof = {r.ids.get("geonames") for r in wof}
    syrian = [r for r in records["geonames"] if r.country == "SY" or r.source_id in in_wof]
    abroad = [r for r in records["geonames"] if not (r.country == "SY" or r.source_id in in_wof)]
    clusters = geonames_clusters(wof + syrian, report)
    places = merge_places(communities, neighbourhoods, clusters, locator, report)
    places += neighbour_places(abroad, areas["SY"].polygon, report)
    for place in places:
        place.uid = place.make_uid()
    uids = Counter(place.uid for place in places)
    if max(uids.values()) > 1:
        raise AssertionError(f"duplicate uids: {[u for u, n in uids.items() if n > 1][:5]}")
    attach_subdistrict_centres(areas, places, report)

    out_dir.mkdir(parents=True, exist_ok=True)
    write_admin_areas(out_dir / ADMIN_FILE, areas, report)
    report.names_written = write_places(out_dir / PLACES_FILE, [place.line() for place in places])
    report.places_written = len(places)
    report.places_by_source.update(s for place in places for s in {r.source for r in place.records})
    written = [ADMIN_FILE, PLACES_FILE]
    if wikipedia_dir:
        touched = place_marks(marks, places, locator, report)
        report.wikipedia_places = sum(1 for place in touched if not place.records)
        report.names_written += write_places(out_dir / WIKIPEDIA_FILE, [p.wikipedia_line() for p in touched])
        written.append(WIKIPEDIA_FILE)
    else:
        report.notes.append("no wikipedia-syria-map folder: places-wikipedia.jsonl.gz not written")
    if out_dir.resolve() != PACKAGE_DATA.resolve():
        for name in NOTICE_FILES:
            shutil.copyfile(PACKAGE_DATA / name, out_dir / name)
    report.file_sizes = {name: (out_dir / name).stat().st_size for name in written}
    report.seconds = time.monotonic() - started
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m gazetteer.build", description=__doc__.splitlines()[0])
    parser.add_argument("--sources", required=True, type=Path, help="folder of the raw gazetteer sources")
    parser.add_argument("--wikipedia", type=Path, help="folder holding marks.csv (default: found beside)")
    parser.add_argument("--out", required=True, type=Path, help="output folder, e.g. gazetteer/data")
    args = parser.parse_args(argv)
    try:
        report = build(args.sources, args.out, args.wikipedia)
    except SourceFormatError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(report.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
