"""Serve the app: Django's development server when DEBUG is on, gunicorn otherwise."""

import os
import shutil
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Serve on HOST:PORT (runserver in development, collectstatic + gunicorn in production)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", default="8000")
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", "3")))

    def handle(self, *args, host, port, workers, **options):
        address = f"{host}:{port}"
        if settings.DEBUG:
            if os.environ.get("RUN_MAIN") != "true":
                self.stdout.write(f"Frontline (development) on http://{address}/")
            call_command("runserver", address)
            return
        call_command("collectstatic", interactive=False, verbosity=0)
        gunicorn = shutil.which("gunicorn", path=os.path.dirname(sys.executable)) or shutil.which("gunicorn")
        if not gunicorn:
            raise CommandError("gunicorn is not installed in this environment; run `make venv`")
        self.stdout.write(f"Frontline (production) on http://{address}/ with {workers} gunicorn workers")
        os.execv(  # noqa: S606 - replace this process with gunicorn, arguments are ours
            gunicorn,
            [
                gunicorn,
                "frontline.wsgi:application",
                "--bind",
                address,
                "--workers",
                str(workers),
                "--access-logfile",
                "-",
            ],
        )
