"""Marks of Wikipedia's "Module:Syrian Civil War detailed map" (c. July 2017), as ``marks.csv``.

Each mark has lat/lon as written in the module, an English label, the side its icon means and a
feature (hill, base, crossing, other). The only source with the front-line hills, bases and hamlets.
Licence: CC BY-SA 3.0; everything derived from it ships in its own file.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator
from pathlib import Path

from gazetteer.importers import Mark, SourceFormatError

SOURCE = "wikipedia"
MARKS_FILE = "marks.csv"
COLUMNS = (
    "lat",
    "lon",
    "label",
    "link",
    "icon",
    "side",
    "feature",
    "label_target",
    "icon_type",
    "seq",
    "note",
)


def read_records(folder: Path) -> Iterator[Mark]:
    """Every mark; ``lat``/``lon`` are None where the module's text is not a valid coordinate."""
    path = Path(folder) / MARKS_FILE
    if not path.exists():
        raise SourceFormatError(path, "file not found")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise SourceFormatError(path, f"missing columns {', '.join(missing)}", line=1)
        try:
            for row in reader:
                yield mark(path, reader.line_num, row)
        except (UnicodeDecodeError, csv.Error) as error:
            raise SourceFormatError(path, str(error), line=reader.line_num + 1) from error


def coordinate(text: str, limit: float) -> float | None:
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and -limit <= value <= limit else None


def mark(path: Path, line: int, row: dict) -> Mark:
    if None in row.values() or None in row:
        raise SourceFormatError(path, "wrong number of fields", line=line)
    try:
        seq = int(row["seq"])
    except ValueError:
        raise SourceFormatError(path, f"invalid seq {row['seq']!r}", line=line) from None
    lat_text, lon_text = row["lat"].strip(), row["lon"].strip()
    return Mark(
        line=line,
        seq=seq,
        lat_text=lat_text,
        lon_text=lon_text,
        lat=coordinate(lat_text, 90),
        lon=coordinate(lon_text, 180),
        label=row["label"].strip(),
        link=row["link"].strip(),
        label_target=row["label_target"].strip(),
        side=row["side"].strip(),
        feature=row["feature"].strip(),
        icon_type=row["icon_type"].strip(),
        note=row["note"].strip(),
    )
