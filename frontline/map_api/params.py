"""Parsing and validating the query string; every problem is an InputError (an HTTP 400)."""

from __future__ import annotations

import datetime as dt
import math
import re

# The timeline's bounds: nothing before the war's first year, nothing after today.
MIN_DATE = dt.date(2011, 1, 1)
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FORMATS = ("geojson", "json", "csv", "kml")


class InputError(ValueError):
    """A query-string problem the client can fix; becomes an HTTP 400 with this message."""


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def single(params, name: str, *, required: bool = False) -> str | None:
    values = params.getlist(name)
    if len(values) > 1:
        raise InputError(f"{name}: given more than once")
    if not values:
        if required:
            raise InputError(f"{name}: required (YYYY-MM-DD)")
        return None
    return values[0]


def parse_date(value: str, name: str) -> dt.date:
    value = value.strip()
    if not DATE_RE.match(value):
        raise InputError(f"{name}: expected a date as YYYY-MM-DD, got {value[:40]!r}")
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{name}: {value} is not a calendar date") from None
    if not MIN_DATE <= date <= today():
        raise InputError(f"{name}: {value} is out of range ({MIN_DATE.isoformat()} to {today().isoformat()})")
    return date


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    parts = value.split(",")
    if len(parts) != 4:
        raise InputError("bbox: expected four numbers west,south,east,north")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise InputError("bbox: expected four numbers west,south,east,north") from None
    if not all(math.isfinite(v) for v in (west, south, east, north)):
        raise InputError("bbox: numbers must be finite")
    if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= 90 and -90 <= north <= 90):
        raise InputError("bbox: longitudes must lie in [-180, 180] and latitudes in [-90, 90]")
    if west >= east or south >= north:
        raise InputError("bbox: west must be less than east and south less than north")
    return west, south, east, north


def parse_include(params) -> bool:
    value = single(params, "include")
    if value is None or value == "":
        return False
    if value != "claimed":
        raise InputError(f"include: the only value is 'claimed', got {value[:40]!r}")
    return True


def parse_format(params, suffix: str | None) -> str:
    value = single(params, "format")
    if value is not None and suffix is not None and value != suffix:
        raise InputError(f"format: {value[:20]!r} contradicts the .{suffix} in the address")
    fmt = suffix or value or "geojson"
    if fmt not in FORMATS:
        raise InputError(f"format: expected one of {', '.join(FORMATS)}, got {fmt[:20]!r}")
    return "geojson" if fmt == "json" else fmt


def check_params(params, allowed: set[str]) -> None:
    unknown = sorted(set(params) - allowed)
    if unknown:
        raise InputError(f"unknown parameter(s): {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")
