"""Import a Wikipedia "detailed map" snapshot (marks with a side) as control claims over a date range.

Decisions (see also frontline/data/ATTRIBUTION):
- Each mark with a mapped side becomes one "held" claim; "mixed:a+b" (stable mixed control) and
  "contested:a+b" (animated contested icon) become two "contested" claims, one per side, so
  control_at shows the place as contested.
- Month precision (or whatever --precision says), reporting party "Wikipedia editors", location
  precision "place", confidence medium.
- Status verified by default: the snapshot is itself a reviewed secondary source and serves as the
  baseline, but nobody here checked it place by place, which the review note says. The author is
  the non-login system account "wikipedia-import" and the reviewer the non-login "wikipedia-review";
  --status pending leaves them for verifiers instead.
- This is the one bulk path that writes claims without claim_create (6,000 claims in seconds); it
  runs the same date rules once for the whole snapshot and records a history row per claim.
- Each mark is matched to the gazetteer by its "lat,lon" text in Place.external_ids["wpm"], else to
  the nearest place within 1 km whose transliteration key equals the label's; else it is counted
  as unmatched and listed with --verbosity 2.
"""

import csv
import datetime as dt

from django.conf import settings
from django.contrib.gis.db.models.functions import Distance
from django.contrib.gis.geos import Point
from django.contrib.gis.measure import D
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from frontline import services
from frontline.control_periods import control_periods_refresh_stale
from frontline.models import Actor, Claim, Report, Source
from gazetteer.models import Place, PlaceName

SOURCE_NAME = "Wikipedia: Module:Syrian Civil War detailed map"
SOURCE_URL = "https://en.wikipedia.org/wiki/Module:Syrian_Civil_War_detailed_map"
LICENCE_NOTE = (
    "Data from 'Module:Syrian Civil War detailed map' by Wikipedia contributors, CC BY-SA 3.0 "
    "(see frontline/data/ATTRIBUTION). Claims derived from it are under the same licence."
)
REVIEW_NOTE = (
    "Imported in bulk as the baseline snapshot of Wikipedia's detailed map; accepted as a reviewed "
    "secondary source, not checked place by place."
)


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise CommandError(f"not a date (YYYY-MM-DD): {text}") from error


class Command(BaseCommand):
    help = "Import a Wikipedia detailed-map snapshot (CSV with lat, lon, label, side) as control claims."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--date-start", required=True, type=parse_date)
        parser.add_argument("--date-end", required=True, type=parse_date)
        parser.add_argument(
            "--precision", default=Claim.DatePrecision.MONTH, choices=Claim.DatePrecision.values
        )
        parser.add_argument("--status", default="verified", choices=["verified", "pending"])

    def handle(self, *args, file, date_start, date_end, precision, status, verbosity, **options):
        if date_end < date_start:
            raise CommandError("--date-end is before --date-start")
        if date_end > timezone.localdate():
            raise CommandError("--date-end is in the future")
        sides = getattr(settings, "WIKIPEDIA_MAP_SIDES", {})
        actors = {a.code: a for a in Actor.objects.filter(code__in=set(sides.values()))}
        missing = sorted(set(sides.values()) - set(actors))
        if missing:
            raise CommandError(f"actors missing (run load_demo or add them): {', '.join(missing)}")
        for side, code in sides.items():
            if not actors[code].is_valid_on(date_start, date_end):
                raise CommandError(
                    f"actor {code} (side {side}) did not exist between {date_start} and {date_end}"
                )
        try:
            with open(file, encoding="utf-8", newline="") as handle:
                marks = list(csv.DictReader(handle))
        except OSError as error:
            raise CommandError(f"cannot read {file}: {error.strerror}") from error
        if marks and not {"lat", "lon", "label", "side"} <= set(marks[0]):
            raise CommandError("the file needs the columns lat, lon, label, side")
        if not Place.objects.exists():
            raise CommandError("the gazetteer is empty: run load_gazetteer first")
        with transaction.atomic():
            counts = self.load(marks, sides, actors, date_start, date_end, precision, status, verbosity)
            # The bulk insert bypassed the services; the database queued the places it touched.
            control_periods_refresh_stale()
        self.stdout.write(
            "wikipedia map: {marks} marks, {with_side} with a mapped side; claims created {created}, already there "
            "{existing}; places matched by wpm id {by_wpm}, by name within 1 km {by_name}; unmatched marks {unmatched}; "
            "other sides skipped {skipped}".format(**counts)
        )

    def load(self, marks, sides, actors, date_start, date_end, precision, status, verbosity):
        author = services.system_user_get_or_create(username="wikipedia-import", group="Editor")
        reviewer = services.system_user_get_or_create(username="wikipedia-review", group="Verifier")
        source = Source.objects.filter(name=SOURCE_NAME).first() or services.source_create(
            name=SOURCE_NAME,
            perspective=Source.Perspective.INDEPENDENT,
            url=SOURCE_URL,
            reliability_notes="Volunteer-maintained aggregate of many sources; coarse and sometimes stale. "
            + LICENCE_NOTE,
        )
        url = f"{SOURCE_URL}#snapshot-{date_start.isoformat()}-{date_end.isoformat()}"
        report = Report.objects.filter(url=url).first() or services.report_create(
            source=source,
            url=url,
            title=f"Syrian Civil War detailed map, snapshot {date_start:%Y-%m-%d} – {date_end:%Y-%m-%d}",
            published_at=dt.datetime.combine(date_end, dt.time(23, 59), tzinfo=dt.UTC),
            language="en",
            text=LICENCE_NOTE,
        )
        by_wpm = {}
        for place_id, ids in Place.objects.filter(external_ids__has_key="wpm").values_list(
            "id", "external_ids"
        ):
            for key in ids.get("wpm") or []:
                by_wpm.setdefault(key, place_id)
        existing = set(report.claims.values_list("place_id", "actor_id"))
        counts = dict.fromkeys(
            ["marks", "with_side", "created", "existing", "by_wpm", "by_name", "unmatched", "skipped"], 0
        )
        counts["marks"] = len(marks)
        new: list[Claim] = []
        now = timezone.now()
        for mark in marks:
            side = (mark.get("side") or "").strip()
            kind, _sep, pair = side.partition(":")
            names = pair.split("+") if kind in ("mixed", "contested") else [side]
            codes = [sides.get(n) for n in names]
            if not side or None in codes:
                counts["skipped"] += 1
                continue
            counts["with_side"] += 1
            place_id = by_wpm.get(f"{mark['lat']},{mark['lon']}")
            if place_id is not None:
                counts["by_wpm"] += 1
            else:
                place_id = self.nearby_by_name(mark)
                if place_id is None:
                    counts["unmatched"] += 1
                    if verbosity >= 2:
                        self.stdout.write(
                            f"unmatched: {mark['label']!r} at {mark['lat']},{mark['lon']} ({side})"
                        )
                    continue
                counts["by_name"] += 1
            change = Claim.Change.HELD if len(codes) == 1 else Claim.Change.CONTESTED
            meaning = {"mixed": "stable mixed control", "contested": "contested"}.get(kind, "control")
            quote = f"{mark['label'] or '(no label)'} ({mark['lat']},{mark['lon']}): {side} — {meaning}"
            for code in codes:
                actor = actors[code]
                if (place_id, actor.pk) in existing:
                    counts["existing"] += 1
                    continue
                existing.add((place_id, actor.pk))
                new.append(
                    Claim(
                        place_id=place_id,
                        actor=actor,
                        change=change,
                        date_start=date_start,
                        date_end=date_end,
                        date_precision=precision,
                        location_precision=Claim.LocationPrecision.PLACE,
                        quote=quote,
                        claimed_by="Wikipedia editors",
                        status=status,
                        confidence=Claim.Confidence.MEDIUM,
                        author=author,
                        reviewer=reviewer if status == "verified" else None,
                        reviewed_at=now if status == "verified" else None,
                        review_note=REVIEW_NOTE if status == "verified" else "",
                    )
                )
        if new:
            # The same rules claim_create applies, checked once: they are identical for every claim.
            try:
                services.claim_validate(new[0], [report])
            except ValidationError as error:
                raise CommandError("; ".join(error.messages)) from error
            created = bulk_create_with_history(
                new,
                Claim,
                batch_size=1000,
                default_user=author,
                default_change_reason="imported from Wikipedia map",
            )
            if not created or created[0].pk is None:
                created = list(
                    Claim.objects.filter(author=author, created_at__gte=now).exclude(reports=report)
                )
            Claim.reports.through.objects.bulk_create(
                [Claim.reports.through(claim_id=c.pk, report_id=report.pk) for c in created], batch_size=2000
            )
            counts["created"] = len(created)
        return counts

    def nearby_by_name(self, mark) -> int | None:
        from gazetteer.transliterate import latin_key

        try:
            point = Point(float(mark["lon"]), float(mark["lat"]), srid=4326)
        except (TypeError, ValueError):
            return None
        key = latin_key(mark.get("label") or "")
        if not key:
            return None
        name = (
            PlaceName.objects.filter(latin_key=key, place__point__distance_lte=(point, D(m=1000)))
            .annotate(distance=Distance("place__point", point))
            .order_by("distance", "place_id")
            .first()
        )
        return name.place_id if name else None
