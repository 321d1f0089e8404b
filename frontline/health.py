"""Health checks: is the database reachable, does it have PostGIS, how much data is loaded."""

from django.apps import apps
from django.db import connection

COUNTED_MODELS = [
    "gazetteer.AdminArea",
    "gazetteer.Place",
    "gazetteer.PlaceName",
    "frontline.Actor",
    "frontline.Source",
    "frontline.Report",
    "frontline.Claim",
]


def database_status() -> dict:
    """Versions of PostgreSQL and PostGIS and row counts of the main tables; raises if unreachable."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('server_version'), postgis_lib_version(), "
            "(SELECT extversion FROM pg_extension WHERE extname = 'pg_trgm')"
        )
        pg_version, postgis_version, trgm_version = cursor.fetchone()
    counts = {}
    for label in COUNTED_MODELS:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        counts[model._meta.db_table] = model._default_manager.count()
    return {
        "postgresql": pg_version,
        "postgis": postgis_version,
        "pg_trgm": trgm_version,
        "counts": counts,
    }
