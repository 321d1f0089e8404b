"""Read an Arabic report and print its place mentions and draft claims (nothing is saved).

    python manage.py extract_claims FILE|- --published YYYY-MM-DD --json

The JSON shape is a stable interface other tools rely on:
{"mentions": [{"surface", "start", "end", "place": {"id", "name_ar", "name_en", "lat", "lon"} | null}],
 "claims": [{"place", "surface", "actor": {"code", "name"}, "change", "date_start", "date_end", "quote"}],
 "unresolved": [{"surface", "sentence"}]}
start/end are character offsets into the text as read (after HTML tags are stripped, if any).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

MAX_BYTES = 5 * 1024 * 1024


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM; a few broken bytes are dropped), else Windows Arabic (cp1256) when that
    gives Arabic text."""
    for encoding in ("utf-8-sig", "utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8-sig",):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    # UTF-8 with a few broken bytes (text scraped from a page): the bad bytes are dropped, the rest read.
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(3, len(text) // 100) and any("\u0621" <= c <= "\u064a" for c in text):
        return text
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if sum("\u0621" <= c <= "\u064a" for c in text) > len(text) * 0.3:
        return text
    raise CommandError(
        "The input is not UTF-8 text (nor Windows Arabic): save it as UTF-8 and try again.", returncode=2
    )


class Command(BaseCommand):
    requires_system_checks = []  # a reading tool: it must not depend on unrelated URL modules being importable
    help = "Print the place mentions and draft claims of an Arabic report (FILE, or - for standard input)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="a UTF-8 text or HTML file, or - to read standard input")
        parser.add_argument(
            "--published", help="publication date YYYY-MM-DD (relative dates count from it; default today)"
        )
        parser.add_argument("--json", action="store_true", help="print the stable JSON shape")

    def handle(self, *args, **options):
        published = self._date(options.get("published"))
        data = self._read(options["file"])
        if not data.strip():
            raise CommandError("The input is empty: give a file with the report's text.", returncode=2)
        text = decode(data)
        from frontline.extraction import ActorLexicon, read_report
        from gazetteer.geoparse import default_index

        try:
            index = default_index()
        except Exception as exc:  # noqa: BLE001 - a database that cannot be reached is a clear message, not a traceback
            raise CommandError(
                f"The gazetteer could not be read: {exc.__class__.__name__}: {exc}", returncode=2
            ) from exc
        # The actors' names as each side writes them (ActorName rows), then the built-in names.
        reading = read_report(text, published=published, index=index, actors=ActorLexicon.from_database())
        for note in reading.notes:
            self.stderr.write(note)
        if not index.places:
            self.stderr.write(
                "The gazetteer is empty (run `python manage.py load_gazetteer`): every place is unresolved."
            )
        result = reading.as_dict()
        if options["json"]:
            self.stdout.write(json.dumps(result, ensure_ascii=False, indent=1))
            return
        self.stdout.write(f"{len(result['mentions'])} place mentions, {len(result['claims'])} draft claims")
        for m in result["mentions"]:
            place = m["place"]
            where = (
                f"{place['name_en'] or place['name_ar']} ({place['lat']}, {place['lon']})"
                if place
                else "unresolved"
            )
            self.stdout.write(f"  [{m['start']}:{m['end']}] {m['surface']} -> {where}")
        for c in result["claims"]:
            self.stdout.write(
                f"  {c['actor']['code']} {c['change']} {c['surface']} {c['date_start']}..{c['date_end']}: {c['quote'][:80]}"
            )

    def _date(self, value: str | None) -> dt.date:
        if not value:
            return dt.date.today()
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise CommandError(
                f"--published must be a date as YYYY-MM-DD, not {value!r}.", returncode=2
            ) from None

    def _read(self, name: str) -> bytes:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            path = Path(name)
            if not path.is_file():
                raise CommandError(f"No such file: {name}", returncode=2)
            with path.open("rb") as fh:
                data = fh.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise CommandError(
                f"The input is larger than {MAX_BYTES // (1024 * 1024)} MB: split the report.", returncode=2
            )
        return data
