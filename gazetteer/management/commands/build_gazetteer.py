"""Merge the raw public sources into the compact gazetteer shipped in gazetteer/data/."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from gazetteer.build import build
from gazetteer.importers import SourceFormatError


class Command(BaseCommand):
    help = "Build gazetteer/data/*.gz from raw sources (OCHA, Who's On First, OpenSyria, GeoNames, Wikipedia map)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--sources", type=Path, required=True, help="folder with one sub-folder per source"
        )
        parser.add_argument("--wikipedia", type=Path, default=None, help="wikipedia-syria-map folder")
        parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[2] / "data")

    def handle(self, *args, sources, wikipedia, out, **options):
        if not sources.is_dir():
            raise CommandError(f"{sources}: not a folder", returncode=2)
        try:
            report = build(sources, out, wikipedia_dir=wikipedia)
        except (SourceFormatError, FileNotFoundError) as exc:
            raise CommandError(str(exc), returncode=2) from None
        self.stdout.write(str(report))
