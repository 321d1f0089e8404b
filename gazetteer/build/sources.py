"""Reading the raw sources: every source's records, and where the Wikipedia map's folder is."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from gazetteer.build.constants import SOURCES, WIKIPEDIA_FOLDER
from gazetteer.build.report import BuildReport
from gazetteer.importers import AdminArea, PlaceRecord, SourceFormatError, find_source_dir


def resolve_wikipedia_dir(sources_dir: Path, wikipedia_dir: Path | None) -> Path | None:
    if wikipedia_dir is not None:
        return Path(wikipedia_dir)
    for candidate in (sources_dir / WIKIPEDIA_FOLDER, sources_dir.parent / WIKIPEDIA_FOLDER):
        if candidate.is_dir():
            return candidate
    return None


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
