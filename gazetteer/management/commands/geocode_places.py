"""Look up names the local gazetteer cannot place through the configured online geocoder."""

from django.core.management.base import BaseCommand, CommandError

from gazetteer.geocoding import GeocoderNotConfigured, geocode_name
from gazetteer.selectors import resolve
from gazetteer.validation import InputError, clean_name, clean_near


class Command(BaseCommand):
    help = "Geocode names that the gazetteer cannot resolve; hits become unconfirmed places for editors to review."

    def add_arguments(self, parser):
        parser.add_argument("names", nargs="+")
        parser.add_argument(
            "--near", action="append", default=[], help="LAT,LON of another place in the report"
        )

    def handle(self, *args, names, near, **options):
        try:
            names = [clean_name(n) for n in names]
            points = [clean_near(p) for p in near]
        except InputError as exc:
            raise CommandError(str(exc), returncode=2) from None
        for name in names:
            if resolve(name, near=points or None, fuzzy=False):
                self.stdout.write(f"{name}: already in the gazetteer")
                continue
            try:
                suggestion = geocode_name(name, near=points)
            except GeocoderNotConfigured as exc:
                raise CommandError(str(exc), returncode=2) from None
            if suggestion is None:
                self.stdout.write(f"{name}: not found")
            else:
                p = suggestion.place
                dist = (
                    f", {suggestion.distance_km} km from the report's places"
                    if suggestion.distance_km is not None
                    else ""
                )
                self.stdout.write(
                    f"{name}: unconfirmed place {p.uid} at {p.point.y:.4f},{p.point.x:.4f}{dist}"
                )
