"""Readers for the raw public gazetteer sources, one module per source format.

Each module has a ``read_records(path)`` generator yielding plain records (``PlaceRecord``,
``AdminArea`` or, for the Wikipedia map, ``Mark``); ``gazetteer.build`` merges them. Nothing here
touches Django or a database.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gazetteer.normalize import PERSIAN_LETTERS


class SourceFormatError(ValueError):
    """A raw file that cannot be read; the message names the file and the line or record."""

    def __init__(self, path: str | Path, message: str, *, line: int | None = None, record: str | None = None):
        where = str(path)
        if line is not None:
            where += f", line {line}"
        if record is not None:
            where += f", record {record}"
        super().__init__(f"{where}: {message}")
        self.path = str(path)
        self.line = line
        self.record = record


@dataclass(frozen=True)
class Name:
    """One spelling of a place name, kept exactly as its source writes it."""

    text: str
    lang: str
    source: str
    preferred: bool = False


@dataclass
class PlaceRecord:
    """A point place as one source describes it (admin pcodes only when the source states them)."""

    source: str
    source_id: str
    lat: float
    lon: float
    names: list[Name]
    name_ar: str | None = None
    name_en: str | None = None
    feature_code: str | None = None
    capital_level: int | None = None
    population: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    country: str = "SY"
    ids: dict[str, str] = field(default_factory=dict)
    deprecated: bool = False


@dataclass
class AdminArea:
    """An administrative area as one source describes it; ``pcode`` is None when the source has none."""

    source: str
    level: int
    pcode: str | None
    name_ar: str | None
    name_en: str | None
    parent: str | None = None
    aliases: list[Name] = field(default_factory=list)
    ids: dict[str, str] = field(default_factory=dict)
    population: int | None = None
    geometry: dict[str, Any] | None = None
    centroid: tuple[float, float] | None = None  # (lat, lon)


@dataclass
class Mark:
    """One mark of Wikipedia's Syrian Civil War detailed map; lat/lon text kept as written."""

    line: int
    seq: int
    lat_text: str
    lon_text: str
    lat: float | None
    lon: float | None
    label: str
    link: str
    label_target: str
    side: str
    feature: str
    icon_type: str
    note: str


# Persian, Kurdish and Urdu letter forms: a name holding one is not tagged "ar".
NON_ARABIC_LETTERS = frozenset(PERSIAN_LETTERS)


def arabic_lang(text: str) -> str:
    """'ar' for an Arabic-script name, 'und' when it holds Persian/Urdu/Kurdish letter forms."""
    return "und" if NON_ARABIC_LETTERS.intersection(text) else "ar"


def load_json(path: Path, *, text: str | None = None) -> Any:
    """Parse a JSON file (or its already decoded ``text``), naming file and line on failure."""
    try:
        if text is None:
            text = path.read_text(encoding="utf-8")
        return json.loads(text)
    except UnicodeDecodeError as error:
        raise SourceFormatError(path, f"not UTF-8 at byte {error.start}") from error
    except json.JSONDecodeError as error:
        raise SourceFormatError(path, f"invalid JSON: {error.msg}", line=error.lineno) from error


def checked_point(path: Path, record: str, lat: Any, lon: Any) -> tuple[float, float]:
    """(lat, lon) as floats, or a SourceFormatError naming the record."""
    try:
        lat_f, lon_f = float(lat), float(lon)
    except (TypeError, ValueError):
        raise SourceFormatError(path, f"invalid coordinates {lat!r}, {lon!r}", record=record) from None
    if not (math.isfinite(lat_f) and math.isfinite(lon_f) and -90 <= lat_f <= 90 and -180 <= lon_f <= 180):
        raise SourceFormatError(path, f"coordinates out of range {lat!r}, {lon!r}", record=record)
    return lat_f, lon_f


def require(path: Path, record: str, mapping: dict, key: str) -> Any:
    """``mapping[key]``, or a SourceFormatError naming the record and the missing field."""
    value = mapping.get(key)
    if value is None or value == "":
        raise SourceFormatError(path, f"missing {key}", record=record)
    return value


def find_source_dir(sources_dir: Path, prefix: str) -> Path | None:
    """The folder of ``sources_dir`` whose name starts with ``prefix`` (sources keep an edition suffix)."""
    matches = sorted(p for p in sources_dir.iterdir() if p.is_dir() and p.name.startswith(prefix))
    return matches[0] if matches else None
