"""Export claims as CSV or GeoJSON (verified ones unless --status says otherwise)."""

import sys

from django.core.management.base import BaseCommand

from frontline.csv_io import export_csv, export_geojson
from frontline.models import Claim


class Command(BaseCommand):
    help = "Write claims as CSV or GeoJSON to a file or stdout."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["csv", "geojson"], default="csv")
        parser.add_argument(
            "--status", action="append", choices=Claim.Status.values, help="default: verified"
        )
        parser.add_argument("--output", "-o", help="file (default: stdout)")

    def handle(self, *args, format, status, output, **options):
        queryset = Claim.objects.filter(status__in=status or [Claim.Status.VERIFIED])
        write = export_csv if format == "csv" else export_geojson
        if output:
            with open(output, "w", encoding="utf-8", newline="") as handle:
                count = write(queryset, handle)
            self.stderr.write(f"wrote {count} claims to {output}")
        else:
            write(queryset, sys.stdout if self.stdout._out is sys.stdout else self.stdout._out)
