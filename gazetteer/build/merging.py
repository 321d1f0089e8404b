"""Merging the sources' place records into places, subdistrict names onto their centres, and the
towns of neighbour countries."""

from __future__ import annotations

import math
import re
from collections import defaultdict

import shapely
from shapely.geometry import Point

from gazetteer.build.admin_areas import Area
from gazetteer.build.constants import (
    CITY_CODES,
    CITY_RADIUS_M,
    CLUSTER_RADIUS_M,
    MERGE_RADIUS_M,
    NEIGHBOUR_KM,
    SIMILARITY,
    TOWN_CODES,
    TOWN_RADIUS_M,
)
from gazetteer.build.geometry import GridIndex, distance_m
from gazetteer.build.locator import AdminLocator
from gazetteer.build.names import Keys, keys_of, name_score
from gazetteer.build.places import Place
from gazetteer.build.report import BuildReport
from gazetteer.importers import Name, PlaceRecord
from gazetteer.normalize import is_arabic


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
