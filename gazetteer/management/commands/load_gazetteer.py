"""Load the shipped gazetteer (default) or a GeoNames dump / simple CSV / JSON-lines file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from gazetteer.load_formats import LoadError
from gazetteer.selectors import clear_caches
from gazetteer.services import gazetteer_load


class Command(BaseCommand):
    help = (
        "Load gazetteer files atomically and idempotently. Without FILE, load the shipped files in "
        "gazetteer/data/. FILE may be a places .jsonl(.gz), an admin-areas .geojson(.gz), a GeoNames "
        "country dump (.txt or .zip) or a CSV with columns name_ar,name_en,lat,lon,kind,admin."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="*", type=Path)
        parser.add_argument("--force", action="store_true", help="reload even if the file is unchanged")

    def handle(self, *args, files, force, **options):
        try:
            results = gazetteer_load(files or None, force=force)
        except LoadError as exc:
            raise CommandError(f"rejected, nothing loaded: {exc}", returncode=2) from None
        clear_caches()
        if not results:
            self.stdout.write("no gazetteer files to load")
        for result in results:
            self.stdout.write(str(result))
