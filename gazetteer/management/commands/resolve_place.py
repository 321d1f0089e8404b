"""Which place does this name mean? Prints ranked candidates (JSON with --json)."""

import json

from django.core.management.base import BaseCommand, CommandError

from gazetteer.selectors import resolve
from gazetteer.validation import InputError, clean_limit, clean_name, clean_near, clean_within


class Command(BaseCommand):
    help = "Resolve a place name (Arabic or Latin) to ranked gazetteer candidates."

    def add_arguments(self, parser):
        parser.add_argument("name")
        parser.add_argument("--near", help="LAT,LON")
        parser.add_argument("--within", help="an admin area, e.g. Idlib or 'ريف إدلب الجنوبي'")
        parser.add_argument("--limit", default="10")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, name, near, within, limit, json: bool, **options):
        try:
            name = clean_name(name)
            near_point = clean_near(near) if near else None
            within = clean_within(within) if within else None
            limit = clean_limit(limit)
        except InputError as exc:
            raise CommandError(str(exc), returncode=2) from None
        candidates = resolve(name, near=near_point, within=within, limit=limit)
        if json:
            self.stdout.write(_dumps([c.as_dict() for c in candidates]))
            return
        if not candidates:
            self.stdout.write("no confident match")
        for c in candidates:
            self.stdout.write(
                f"{c.score:.3f}  {c.reason:<15} {c.id}  {c.name_ar} / {c.name_en} ({c.kind}, {c.admin1})"
            )
        for c in candidates.near_misses[:5]:
            self.stdout.write(f"near miss {c.score:.3f} {c.name_ar} / {c.name_en} ({c.admin1})")


def _dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False)
