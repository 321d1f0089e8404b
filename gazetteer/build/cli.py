"""Build the compact merged gazetteer the project ships from the raw public sources.

The command line of ``python3 -m gazetteer.build`` (the first line above is its description).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gazetteer.build.pipeline import build
from gazetteer.importers import SourceFormatError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m gazetteer.build", description=__doc__.splitlines()[0])
    parser.add_argument("--sources", required=True, type=Path, help="folder of the raw gazetteer sources")
    parser.add_argument("--wikipedia", type=Path, help="folder holding marks.csv (default: found beside)")
    parser.add_argument("--out", required=True, type=Path, help="output folder, e.g. gazetteer/data")
    args = parser.parse_args(argv)
    try:
        report = build(args.sources, args.out, args.wikipedia)
    except SourceFormatError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(report.summary())
    return 0
