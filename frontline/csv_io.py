"""CSV import of claims (atomic: one bad row rejects the file, with its row number) and CSV/GeoJSON export."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.dateparse import parse_date, parse_datetime

from frontline import services
from frontline.control_periods import control_periods_deferred
from frontline.models import Actor, Claim, Report, Source
from gazetteer.models import Place

IMPORT_COLUMNS = [
    "place_uid",
    "actor",
    "change",
    "date_start",
    "date_end",
    "date_precision",
    "location_precision",
    "confidence",
    "quote",
    "claimed_by",
    "report_url",
    "report_title",
    "report_published",
    "source",
    "status",
]
REQUIRED = [
    "place_uid",
    "actor",
    "change",
    "date_start",
    "date_precision",
    "quote",
    "claimed_by",
    "report_url",
]
EXPORT_COLUMNS = [
    "id",
    *IMPORT_COLUMNS,
    "place_name_ar",
    "place_name_en",
    "lat",
    "lon",
    "source_perspective",
    "author",
    "reviewer",
    "reviewed_at",
]
REPORT_SEPARATOR = " | "


class CsvImportError(Exception):
    """The file was not imported; `errors` lists "row N: reason" for every bad row."""

    def __init__(self, errors: list[str]):
        super().__init__("\n".join(errors))
        self.errors = errors


def _messages(error: ValidationError) -> str:
    if hasattr(error, "error_dict"):
        return "; ".join(
            f"{field}: {m}" if field != "__all__" else m
            for field, msgs in error.message_dict.items()
            for m in msgs
        )
    return "; ".join(error.messages)


def _report_for(row: dict, cache: dict) -> Report:
    url = row["report_url"].strip()
    if url in cache:
        return cache[url]
    report = Report.objects.filter(url=url).first()
    if report is None:
        if not (row.get("source") and row.get("report_title") and row.get("report_published")):
            raise ValidationError(
                f"no report with URL {url}; give source, report_title and report_published to create it"
            )
        source = Source.objects.filter(name=row["source"].strip()).first()
        if source is None:
            raise ValidationError(f"unknown source “{row['source'].strip()}”")
        published = parse_datetime(row["report_published"].strip())
        if published is None:
            day = parse_date(row["report_published"].strip())
            if day is None:
                raise ValidationError("report_published must be a date (YYYY-MM-DD) or a date-time")
            published = dt.datetime.combine(day, dt.time(12, 0), tzinfo=dt.UTC)
        elif published.tzinfo is None:
            published = published.replace(tzinfo=dt.UTC)
        report = services.report_create(
            source=source, url=url, title=row["report_title"].strip(), published_at=published, language="ar"
        )
    cache[url] = report
    return report


def _date(value: str, name: str) -> dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        parsed = parse_date(value)
    except ValueError:
        parsed = None
    if parsed is None:
        raise ValidationError(f"{name} must be a date as YYYY-MM-DD, not “{value}”")
    return parsed


def import_claims(handle: Iterable[str], *, author) -> list[Claim]:
    """Create one claim per row through claim_create; all or nothing."""
    reader = csv.DictReader(handle)
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise CsvImportError([f"row 1: missing columns: {', '.join(missing)}"])
    errors: list[str] = []
    created: list[Claim] = []
    reports: dict = {}
    places = {}
    actors = {a.code: a for a in Actor.objects.all()}
    try:
        # One refresh of the control periods for the whole file, not one per row.
        with transaction.atomic(), control_periods_deferred():
            for row in reader:
                line = reader.line_num
                row = {k: (v or "") for k, v in row.items() if k}
                try:
                    with transaction.atomic():
                        empty = [c for c in REQUIRED if not row.get(c, "").strip()]
                        if empty:
                            raise ValidationError(f"empty {', '.join(empty)}")
                        uid = row["place_uid"].strip()
                        if uid not in places:
                            places[uid] = Place.objects.filter(uid=uid).first()
                        if places[uid] is None:
                            raise ValidationError(f"unknown place “{uid}”")
                        actor = actors.get(row["actor"].strip())
                        if actor is None:
                            raise ValidationError(f"unknown actor “{row['actor'].strip()}”")
                        row_reports = [
                            _report_for({**row, "report_url": url}, reports)
                            for url in row["report_url"].split(REPORT_SEPARATOR.strip())
                            if url.strip()
                        ]
                        created.append(
                            services.claim_create(
                                author=author,
                                place=places[uid],
                                actor=actor,
                                change=row["change"].strip(),
                                date_start=_date(row["date_start"], "date_start"),
                                date_end=_date(row.get("date_end", ""), "date_end"),
                                date_precision=row["date_precision"].strip(),
                                location_precision=row.get("location_precision", "").strip() or "place",
                                confidence=row.get("confidence", "").strip() or "medium",
                                quote=row["quote"],
                                claimed_by=row["claimed_by"].strip(),
                                reports=row_reports,
                                status=row.get("status", "").strip() or "draft",
                            )
                        )
                except ValidationError as error:
                    errors.append(f"row {line}: {_messages(error)}")
                except PermissionDenied as error:
                    raise CsvImportError([str(error)]) from error
            if errors:
                raise CsvImportError(errors)
    except csv.Error as error:
        raise CsvImportError([f"row {reader.line_num}: {error}"]) from error
    return created


def _export_rows(queryset):
    for claim in queryset.select_related("place", "actor", "author", "reviewer").prefetch_related(
        "reports__source"
    ):
        reports = list(claim.reports.all())
        yield {
            "id": claim.pk,
            "place_uid": claim.place.uid,
            "actor": claim.actor.code,
            "change": claim.change,
            "date_start": claim.date_start.isoformat(),
            "date_end": claim.date_end.isoformat(),
            "date_precision": claim.date_precision,
            "location_precision": claim.location_precision,
            "confidence": claim.confidence,
            "quote": claim.quote,
            "claimed_by": claim.claimed_by,
            "report_url": REPORT_SEPARATOR.join(r.url for r in reports),
            "report_title": REPORT_SEPARATOR.join(r.title for r in reports),
            "report_published": REPORT_SEPARATOR.join(r.published_at.isoformat() for r in reports),
            "source": REPORT_SEPARATOR.join(r.source.name for r in reports),
            "status": claim.status,
            "place_name_ar": claim.place.name_ar,
            "place_name_en": claim.place.name_en,
            "lat": round(claim.place.point.y, 6),
            "lon": round(claim.place.point.x, 6),
            "source_perspective": REPORT_SEPARATOR.join(r.source.perspective for r in reports),
            "author": claim.author.username,
            "reviewer": claim.reviewer.username if claim.reviewer else "",
            "reviewed_at": claim.reviewed_at.isoformat() if claim.reviewed_at else "",
        }


def export_csv(queryset, out) -> int:
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS)
    writer.writeheader()
    count = 0
    for row in _export_rows(queryset.order_by("date_start", "id")):
        writer.writerow(row)
        count += 1
    return count


def export_geojson(queryset, out) -> int:
    features = []
    for row in _export_rows(queryset.order_by("date_start", "id")):
        lon, lat = row.pop("lon"), row.pop("lat")
        features.append(
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": row}
        )
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
    return len(features)


def export_csv_text(queryset) -> str:
    buffer = io.StringIO()
    export_csv(queryset, buffer)
    return buffer.getvalue()
