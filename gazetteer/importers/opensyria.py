"""OpenSyria data-geography: the curated governorate / district / subdistrict hierarchy.

Arabic and English names with aliases, area centroids (no polygons), 2004 population and the OCHA
P-code, GeoNames and Wikidata ids of each of the 14 + 62 + 272 areas. Licence: CC BY 4.0.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from gazetteer.importers import AdminArea, Name, SourceFormatError, checked_point, load_json, require

SOURCE = "opensyria"
FILES = (
    ("governorates.json", 1, None),
    ("districts.json", 2, "governorateId"),
    ("subdistricts.json", 3, "districtId"),
)
ID_KEYS = {"geonames": "geonames", "wikidata": "wikidata"}


def read_records(folder: Path) -> Iterator[AdminArea]:
    folder = Path(folder)
    pcodes: dict[str, str] = {}  # OpenSyria id -> P-code, for the parent links
    for file_name, level, parent_key in FILES:
        path = folder / file_name
        if not path.exists():
            raise SourceFormatError(path, "file not found")
        records = load_json(path)
        if not isinstance(records, list):
            raise SourceFormatError(path, "expected a JSON list of areas")
        for number, item in enumerate(records, start=1):
            record = f"#{number}"
            if not isinstance(item, dict):
                raise SourceFormatError(path, "not an object", record=record)
            record = f"#{number} ({item.get('id')})"
            external = item.get("externalIds") or {}
            pcode = require(path, record, external, "ochaPcode")
            name = require(path, record, item, "name")
            pcodes[require(path, record, item, "id")] = pcode
            parent = "SY"
            if parent_key:
                parent = pcodes.get(item.get(parent_key))
                if parent is None:
                    raise SourceFormatError(
                        path, f"unknown {parent_key} {item.get(parent_key)!r}", record=record
                    )
            centroid = item.get("centroid")
            if centroid:
                centroid = checked_point(path, record, centroid.get("latitude"), centroid.get("longitude"))
            aliases = [Name(name[lang], lang, SOURCE, True) for lang in ("ar", "en") if name.get(lang)]
            for alias in item.get("aliases") or []:
                if alias.get("value") and alias.get("language"):
                    aliases.append(Name(alias["value"], alias["language"], SOURCE))
            population = (item.get("population") or {}).get("value")
            yield AdminArea(
                source=SOURCE,
                level=level,
                pcode=pcode,
                name_ar=name.get("ar"),
                name_en=name.get("en"),
                parent=parent,
                aliases=aliases,
                ids={key: str(external[src]) for key, src in ID_KEYS.items() if external.get(src)},
                population=int(population) if population else None,
                centroid=centroid or None,
            )
