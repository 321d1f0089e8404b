"""The build: read the sources, merge, and write the gazetteer files."""

from __future__ import annotations

import shutil
import time
from collections import Counter
from pathlib import Path

from gazetteer.build.admin_areas import assemble_areas
from gazetteer.build.constants import ADMIN_FILE, NOTICE_FILES, PACKAGE_DATA, PLACES_FILE, WIKIPEDIA_FILE
from gazetteer.build.locator import AdminLocator
from gazetteer.build.marks import place_marks
from gazetteer.build.merging import (
    attach_subdistrict_centres,
    geonames_clusters,
    merge_places,
    neighbour_places,
)
from gazetteer.build.output import write_admin_areas, write_places
from gazetteer.build.report import BuildReport
from gazetteer.build.sources import read_sources, resolve_wikipedia_dir
from gazetteer.importers import SourceFormatError, wikipedia_map


def build(sources_dir, out_dir, wikipedia_dir=None) -> BuildReport:
    """Read the raw sources in ``sources_dir``, merge, and write the gazetteer files to ``out_dir``.

    ``wikipedia_dir`` holds marks.csv; by default ``sources_dir/wikipedia-syria-map`` or its sibling.
    Raises SourceFormatError (file and line or record named) on a file that cannot be read."""
    started = time.monotonic()
    sources_dir, out_dir = Path(sources_dir), Path(out_dir)
    if not sources_dir.is_dir():
        raise SourceFormatError(sources_dir, "not a folder")
    report = BuildReport()
    records, admin = read_sources(sources_dir, report)
    wikipedia_dir = resolve_wikipedia_dir(sources_dir, wikipedia_dir)
    marks = list(wikipedia_map.read_records(wikipedia_dir)) if wikipedia_dir else []
    report.records_read["wikipedia marks"] = len(marks)

    communities = [r for r in records["ocha"] if r.feature_code is None]
    neighbourhoods = [r for r in records["ocha"] if r.feature_code is not None]
    areas = assemble_areas(admin, communities, report)
    locator = AdminLocator(areas, communities)
    wof = [r for r in records["wof"] if not r.deprecated]
    report.notes.append(f"{len(records['wof']) - len(wof)} deprecated or superseded WOF records left out")
    # GeoNames files some Golan villages under IL; WOF, like OCHA, has them in Syria.
    in_wof = {r.ids.get("geonames") for r in wof}
    syrian = [r for r in records["geonames"] if r.country == "SY" or r.source_id in in_wof]
    abroad = [r for r in records["geonames"] if not (r.country == "SY" or r.source_id in in_wof)]
    clusters = geonames_clusters(wof + syrian, report)
    places = merge_places(communities, neighbourhoods, clusters, locator, report)
    places += neighbour_places(abroad, areas["SY"].polygon, report)
    for place in places:
        place.uid = place.make_uid()
    uids = Counter(place.uid for place in places)
    if max(uids.values()) > 1:
        raise AssertionError(f"duplicate uids: {[u for u, n in uids.items() if n > 1][:5]}")
    attach_subdistrict_centres(areas, places, report)

    out_dir.mkdir(parents=True, exist_ok=True)
    write_admin_areas(out_dir / ADMIN_FILE, areas, report)
    report.names_written = write_places(out_dir / PLACES_FILE, [place.line() for place in places])
    report.places_written = len(places)
    report.places_by_source.update(s for place in places for s in {r.source for r in place.records})
    written = [ADMIN_FILE, PLACES_FILE]
    if wikipedia_dir:
        touched = place_marks(marks, places, locator, report)
        report.wikipedia_places = sum(1 for place in touched if not place.records)
        report.names_written += write_places(out_dir / WIKIPEDIA_FILE, [p.wikipedia_line() for p in touched])
        written.append(WIKIPEDIA_FILE)
    else:
        report.notes.append("no wikipedia-syria-map folder: places-wikipedia.jsonl.gz not written")
    if out_dir.resolve() != PACKAGE_DATA.resolve():
        for name in NOTICE_FILES:
            shutil.copyfile(PACKAGE_DATA / name, out_dir / name)
    report.file_sizes = {name: (out_dir / name).stat().st_size for name in written}
    report.seconds = time.monotonic() - started
    return report
