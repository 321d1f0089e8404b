"""One-shot set-up used by `make run`: database, migrations, shipped data, demo logins (development only)."""

from django.conf import settings
from django.core.management import call_command, get_commands
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the database, migrate, load the shipped gazetteer and demo data (idempotent)."

    def handle(self, *args, **options):
        call_command("ensure_database", stdout=self.stdout, stderr=self.stderr)
        call_command("migrate", interactive=False, verbosity=0, stdout=self.stdout)
        self.stdout.write("migrations applied")
        available = get_commands()
        for name in ("load_gazetteer", "load_demo"):
            if name in available:
                call_command(name, stdout=self.stdout, stderr=self.stderr)
        if settings.DEBUG and "load_demo" not in available:  # load_demo creates and prints them itself
            call_command("ensure_demo_users", stdout=self.stdout, stderr=self.stderr)
