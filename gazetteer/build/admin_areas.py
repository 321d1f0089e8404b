"""Admin areas: the merged hierarchy of governorates, districts and subdistricts, and their
simplified geometries."""

from __future__ import annotations

from dataclasses import dataclass, field

import shapely
from shapely.geometry import MultiPoint, Point, mapping, shape

from gazetteer.build.constants import GEOMETRY_DECIMALS, NEAREST_DISTRICT_DEG, SIMPLIFY_DEGREES, SYRIA_AR
from gazetteer.build.geometry import rounded
from gazetteer.build.names import merged_names
from gazetteer.build.report import BuildReport
from gazetteer.importers import AdminArea, Name, PlaceRecord
from gazetteer.normalize import name_key


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
