"""Checks on user-supplied names and hints, shared by the API and the commands."""

import unicodedata

MAX_NAME = 200


class InputError(ValueError):
    """Bad input from a user; the message is safe to show."""


def clean_name(value: str | None, *, what: str = "name") -> str:
    value = (value or "").strip()
    if not value:
        raise InputError(f"{what} must not be empty")
    if len(value) > MAX_NAME:
        raise InputError(f"{what} must be at most {MAX_NAME} characters")
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        raise InputError(f"{what} must not contain control characters")
    return value


def clean_near(value: str) -> tuple[float, float]:
    parts = (value or "").split(",")
    try:
        lat, lon = (float(p) for p in parts)
    except ValueError:
        raise InputError("near must be LAT,LON in decimal degrees, e.g. 35.44,36.65") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError("near is out of range: latitude -90..90, longitude -180..180")
    return lat, lon


def clean_within(value: str) -> str:
    return clean_name(value, what="within")


def clean_limit(value, *, maximum: int = 50) -> int:
    try:
        limit = int(value)
    except (TypeError, ValueError):
        raise InputError("limit must be a whole number") from None
    if not 1 <= limit <= maximum:
        raise InputError(f"limit must be between 1 and {maximum}")
    return limit
