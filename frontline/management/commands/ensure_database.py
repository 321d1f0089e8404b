"""Create the configured database with the PostGIS and pg_trgm extensions when missing."""

import psycopg
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from psycopg import sql

REQUIRED_EXTENSIONS = ("postgis", "pg_trgm")


def _conninfo(db: dict, dbname: str) -> dict:
    return {
        "host": db.get("HOST") or None,
        "port": db.get("PORT") or None,
        "user": db.get("USER") or None,
        "password": db.get("PASSWORD") or None,
        "dbname": dbname,
        "connect_timeout": 5,
    }


class Command(BaseCommand):
    help = "Create the database named in DATABASE_URL (if missing) with the postgis and pg_trgm extensions."

    def handle(self, *args, **options):
        db = settings.DATABASES["default"]
        name = db["NAME"]
        where = f"{db.get('HOST') or 'local socket'}:{db.get('PORT') or 5432}"
        try:
            self._create_database(db, name)
            self._create_extensions(db, name)
        except psycopg.OperationalError as exc:
            first = " ".join(str(exc).split()) or "connection failed"
            raise CommandError(
                f"cannot reach PostgreSQL at {where} ({first}); check DATABASE_URL or start the server"
            ) from None
        self.stdout.write(f"database {name} on {where} is ready (postgis, pg_trgm)")

    def _create_database(self, db, name):
        try:
            with psycopg.connect(**_conninfo(db, name)):
                return
        except psycopg.OperationalError as exc:
            if "does not exist" not in str(exc):
                raise
        with psycopg.connect(**_conninfo(db, "postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            self.stdout.write(f"created database {name}")

    def _create_extensions(self, db, name):
        with psycopg.connect(**_conninfo(db, name), autocommit=True) as conn:
            available = {
                row[0]
                for row in conn.execute(
                    "SELECT name FROM pg_available_extensions WHERE name = ANY(%s)",
                    [list(REQUIRED_EXTENSIONS)],
                )
            }
            missing = [ext for ext in REQUIRED_EXTENSIONS if ext not in available]
            if missing:
                raise CommandError(
                    f"the PostgreSQL server has no {', '.join(missing)} extension; install PostGIS "
                    "(Debian: apt-get install postgresql-15-postgis-3) on the database server"
                )
            for ext in REQUIRED_EXTENSIONS:
                conn.execute(sql.SQL("CREATE EXTENSION IF NOT EXISTS {}").format(sql.Identifier(ext)))
