"""Thin HTML and JSON views: parse, call a selector, render."""

from django.db import DatabaseError
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from frontline.health import database_status


@never_cache
@require_GET
def healthz(request):
    """200 with versions and counts when the database answers, 503 with the reason when not."""
    try:
        db = database_status()
    except DatabaseError as exc:
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        return JsonResponse({"status": "error", "database": "unreachable", "reason": reason}, status=503)
    return JsonResponse({"status": "ok", "database": db})
