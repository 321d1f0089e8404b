"""Recompute every control period from the claims (after bulk loads, or to check nothing drifted)."""

import time

from django.core.management.base import BaseCommand
from django.db import connection

from frontline.control_periods import control_periods_rebuild


class Command(BaseCommand):
    help = "Rebuild the control periods control_at reads, from all verified, pending and disputed claims."

    def handle(self, *args, **options):
        t0 = time.perf_counter()
        rows = control_periods_rebuild()
        with connection.cursor() as cursor:
            # Fresh statistics for the planner; VACUUM also drops the old rows, when not in a transaction.
            cursor.execute(
                "ANALYZE frontline_controlperiod"
                if connection.in_atomic_block
                else "VACUUM ANALYZE frontline_controlperiod"
            )
        self.stdout.write(f"control periods: {rows:,} rows rebuilt in {time.perf_counter() - t0:.1f} s")
