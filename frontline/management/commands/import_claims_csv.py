"""Import claims from a CSV file (all rows or none); see frontline/csv_io.py for the columns."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from frontline.csv_io import CsvImportError, import_claims


class Command(BaseCommand):
    help = "Import claims from CSV as drafts (or pending) by the given author; a bad row rejects the file."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--author", required=True, help="username of the editor entering the claims")

    def handle(self, *args, file, author, **options):
        user = get_user_model().objects.filter(username=author).first()
        if user is None:
            raise CommandError(f"no user {author!r}")
        try:
            with open(file, encoding="utf-8-sig", newline="") as handle:
                claims = import_claims(handle, author=user)
        except OSError as error:
            raise CommandError(f"cannot read {file}: {error.strerror}") from error
        except CsvImportError as error:
            raise CommandError("nothing imported:\n" + "\n".join(error.errors)) from error
        self.stdout.write(f"imported {len(claims)} claims")
