"""POST /api/reports/extract: an Arabic report's place mentions and draft claims, for editors.

The answer has exactly the shape of `manage.py extract_claims --json` (mentions, claims, unresolved).
Nothing is saved: the drafts go back to the editor, who keeps them through the read page or the
claims API as pending claims.
"""

from __future__ import annotations

import datetime as dt
import re

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, extend_schema
from rest_framework import serializers
from rest_framework.authentication import BasicAuthentication, SessionAuthentication
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from frontline.extraction import ActorLexicon, clean_input, read_report
from frontline.models import Report
from frontline.reader_views import is_editor
from gazetteer import geoparse

MAX_TEXT_BYTES = 1024 * 1024  # 1 MB of UTF-8 text
ALLOWED_FIELDS = {"text", "published", "report_id"}
ARABIC = re.compile(r"[\u0621-\u064a]")

MSG_NOT_OBJECT = 'The body must be a JSON object: {"text": ..., "published": "YYYY-MM-DD"}.'
MSG_UNKNOWN = "unknown field(s): {fields}; allowed: published, report_id, text"
MSG_EMPTY = "The text is empty: paste the report's text."
MSG_NO_ARABIC = "The text has no Arabic letters: nothing to read."
MSG_TOO_LONG = "The text is larger than 1 MB: split the report."
MSG_BODY_TOO_LARGE = "The request body is too large: send at most 1 MB of text, as UTF-8 JSON (\\u escapes take six bytes a letter)."
MSG_DATE = "published must be a date as YYYY-MM-DD."
MSG_NO_DATE = "published is required (or give a report_id, whose publication date is used)."
MSG_NO_REPORT = "No report with id {id}."


class IsEditor(BasePermission):
    message = "Only editors can read reports into claims."

    def has_permission(self, request, view):
        return is_editor(request.user)


class ExtractInputSerializer(serializers.Serializer):
    text = serializers.CharField(allow_blank=True, trim_whitespace=False)
    published = serializers.DateField(
        required=False, input_formats=["%Y-%m-%d"], error_messages={"invalid": MSG_DATE}
    )
    report_id = serializers.IntegerField(required=False, min_value=1)


class BadRequest(Response):
    def __init__(self, message: str):
        super().__init__({"detail": message}, status=400)


def reader_index():
    """The gazetteer's in-memory name index (looked up at call time so tests can swap it)."""
    return geoparse.default_index()


class ReportExtractView(APIView):
    """Read an Arabic report: place mentions, draft claims and unresolved names. Nothing is saved."""

    # Basic first, so that a request without credentials gets 401 with a WWW-Authenticate header;
    # session users (the admin) are CSRF-checked by SessionAuthentication.
    authentication_classes = [BasicAuthentication, SessionAuthentication]
    permission_classes = [IsAuthenticated, IsEditor]

    @extend_schema(
        request=ExtractInputSerializer,
        responses={200: OpenApiTypes.OBJECT, 400: OpenApiTypes.OBJECT},
        examples=[
            OpenApiExample(
                "report",
                value={"text": "سيطرت قوات النظام على بلدة الهبيط جنوب إدلب.", "published": "2019-08-11"},
                request_only=True,
            )
        ],
    )
    def post(self, request):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        length = request.META.get("CONTENT_LENGTH") or "0"
        if limit and length.isdigit() and int(length) > limit:
            return BadRequest(MSG_BODY_TOO_LARGE)
        try:
            data = request.data
        except RequestDataTooBig:
            return BadRequest(MSG_BODY_TOO_LARGE)
        if not isinstance(data, dict):
            return BadRequest(MSG_NOT_OBJECT)
        unknown = sorted(set(data) - ALLOWED_FIELDS)
        if unknown:
            return BadRequest(MSG_UNKNOWN.format(fields=", ".join(unknown)))
        serializer = ExtractInputSerializer(data=data)
        if not serializer.is_valid():
            errors = serializer.errors
            detail = "; ".join(f"{name}: {' '.join(str(m) for m in msgs)}" for name, msgs in errors.items())
            return Response({"detail": detail, "errors": errors}, status=400)
        values = serializer.validated_data
        text = values["text"]
        if len(text.encode("utf-8", errors="replace")) > MAX_TEXT_BYTES:
            return BadRequest(MSG_TOO_LONG)
        published = values.get("published")
        if "report_id" in values:
            report = Report.objects.filter(pk=values["report_id"]).only("published_at").first()
            if report is None:
                return BadRequest(MSG_NO_REPORT.format(id=values["report_id"]))
            published = published or _local_date(report.published_at)
        if published is None:
            return BadRequest(MSG_NO_DATE)
        cleaned, _notes = clean_input(text)
        if not cleaned.strip():
            return BadRequest(MSG_EMPTY)
        if not ARABIC.search(cleaned):
            return BadRequest(MSG_NO_ARABIC)
        reading = read_report(
            text, published=published, index=reader_index(), actors=ActorLexicon.from_database()
        )
        return Response(reading.as_dict())


def _local_date(value: dt.datetime) -> dt.date:
    from django.utils import timezone

    return timezone.localdate(value)
