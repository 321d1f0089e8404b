"""Writing the gazetteer files: reproducible gzip, admin areas as GeoJSON, places as JSON lines."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path

from gazetteer.build.admin_areas import Area, simplified_geometries
from gazetteer.build.report import BuildReport


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
