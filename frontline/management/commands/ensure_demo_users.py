"""Create the local demo editor and verifier (development mode only) and print their logins."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

DEMO_USERS = [
    # (username, password, group) - development only; never created when DEBUG is off.
    ("demo-editor", "demo-editor-pass", "Editor"),
    ("demo-verifier", "demo-verifier-pass", "Verifier"),
]


class Command(BaseCommand):
    help = "Create demo-editor and demo-verifier for local development and print their logins."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("demo users are only created in development mode (DEBUG=1)")
        User = get_user_model()
        for username, password, group_name in DEMO_USERS:
            user, created = User.objects.get_or_create(username=username, defaults={"is_staff": True})
            if created:
                user.set_password(password)
                user.save(update_fields=["password"])
            group = Group.objects.filter(name=group_name).first()
            if group is not None:
                user.groups.add(group)
            self.stdout.write(f"demo {group_name.lower()}: {username} / {password}  (development only)")
