"""Demo data for a new installation (idempotent): actors, the seed article's claims, Wikipedia's 2017 map.

Accounts: in development mode the claims of the seed article are entered by demo-editor and the
verified ones verified by demo-verifier (the logins ensure_demo_users prints). In production mode no
login is ever created: the same work is done by the non-login system accounts "demo-data-editor" and
"demo-data-verifier". The Wikipedia snapshot is entered by the non-login "wikipedia-import" and
"wikipedia-review" (see import_wikipedia_map).
"""

import datetime as dt
import json
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from frontline import services
from frontline.models import Actor, Claim, ControlPeriod, Report, Source
from gazetteer.models import Place

DATA = Path(__file__).resolve().parents[2] / "data"
WIKIPEDIA_FILE = DATA / "wikipedia-syria-map-2017-07.csv"
WIKIPEDIA_DATES = ("2017-07-01", "2017-07-31")


class Command(BaseCommand):
    help = (
        "Load the demo actors, the seed article's claims and the Wikipedia July-2017 snapshot (idempotent)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--skip-wikipedia", action="store_true")

    def handle(self, *args, skip_wikipedia, **options):
        with transaction.atomic():
            created = self.load_actors()
        self.stdout.write(f"demo actors: {Actor.objects.count()} ({created} new)")
        if not Place.objects.exists():
            self.stdout.write(
                "demo claims skipped: the gazetteer is not loaded (run load_gazetteer, then load_demo again)"
            )
            return
        self.load_seed_article()
        if not skip_wikipedia:
            report_url_prefix = (
                "https://en.wikipedia.org/wiki/Module:Syrian_Civil_War_detailed_map#snapshot-2017-07-01"
            )
            if Report.objects.filter(url__startswith=report_url_prefix, claims__isnull=False).exists():
                self.stdout.write("wikipedia map 2017-07: already loaded")
            else:
                call_command(
                    "import_wikipedia_map",
                    str(WIKIPEDIA_FILE),
                    date_start=dt.date.fromisoformat(WIKIPEDIA_DATES[0]),
                    date_end=dt.date.fromisoformat(WIKIPEDIA_DATES[1]),
                    stdout=self.stdout,
                )
        # The loaders keep the control periods in step; claims loaded before the periods existed need a
        # full build once. A second run changes nothing.
        if Claim.objects.exists() and not ControlPeriod.objects.exists():
            call_command("rebuild_control_periods", stdout=self.stdout)

    def load_actors(self) -> int:
        rows = json.loads((DATA / "actors.json").read_text(encoding="utf-8"))
        created = 0
        actors = {}
        for row in rows:  # parents come before their members in the file
            fields = {
                "name_en": row["name_en"],
                "name_ar": row["name_ar"],
                "color": row["color"],
                "parent": actors.get(row["parent"]) if row["parent"] else None,
                "valid_from": row["valid_from"],
                "valid_to": row["valid_to"],
            }
            actor = Actor.objects.filter(code=row["code"]).first()
            if actor is None:
                actor = Actor(code=row["code"], **fields)
                actor.full_clean()
                actor.save()
                created += 1
            actors[row["code"]] = actor
            for name in row["names"]:
                services.actor_name_add(
                    actor=actor, text=name["text"], lang=name["lang"], used_by=name["used_by"]
                )
        for row in rows:
            if row["renamed_to"] and actors[row["code"]].renamed_to_id is None:
                actors[row["code"]].renamed_to = actors[row["renamed_to"]]
                actors[row["code"]].save(update_fields=["renamed_to"])
        return created

    def demo_accounts(self):
        if settings.DEBUG:
            call_command("ensure_demo_users", stdout=self.stdout)
            User = get_user_model()
            return User.objects.get(username="demo-editor"), User.objects.get(username="demo-verifier")
        return (
            services.system_user_get_or_create(username="demo-data-editor", group="Editor"),
            services.system_user_get_or_create(username="demo-data-verifier", group="Verifier"),
        )

    @transaction.atomic
    def load_seed_article(self) -> None:
        seed = json.loads((DATA / "seed-article.json").read_text(encoding="utf-8"))
        editor, verifier = self.demo_accounts()
        source = Source.objects.filter(name=seed["source"]["name"]).first() or services.source_create(
            **seed["source"]
        )
        meta = seed["report"]
        report = Report.objects.filter(source=source, title=meta["title"]).first() or services.report_create(
            source=source,
            title=meta["title"],
            url=meta["url"],
            published_at=dt.datetime.fromisoformat(meta["published_at"]),
            language=meta["language"],
            text=(DATA / meta["text_file"]).read_text(encoding="utf-8"),
        )
        places = {p.uid: p for p in Place.objects.filter(uid__in=[c["place_uid"] for c in seed["claims"]])}
        actors = {a.code: a for a in Actor.objects.all()}
        created = existing = 0
        skipped = []
        for row in seed["claims"]:
            place = places.get(row["place_uid"])
            if place is None:
                skipped.append(f"{row['place_uid']} ({row['note']})")
                continue
            start, end = dt.date.fromisoformat(row["date_start"]), dt.date.fromisoformat(row["date_end"])
            actor = actors[row["actor"]]
            if Claim.objects.filter(
                place=place, actor=actor, change=row["change"], date_start=start, date_end=end, reports=report
            ).exists():
                existing += 1
                continue
            claim = services.claim_create(
                author=editor,
                place=place,
                actor=actor,
                change=row["change"],
                date_start=start,
                date_end=end,
                date_precision=row["date_precision"],
                location_precision=row["location_precision"],
                confidence=row["confidence"],
                reports=[report],
                quote=row["quote"],
                claimed_by=row["claimed_by"],
                status=Claim.Status.PENDING,
            )
            if row["status"] == "verified":
                services.claim_verify(
                    claim=claim,
                    reviewer=verifier,
                    note="demo: checked against the article",
                    expected_version=1,
                )
            created += 1
        self.stdout.write(f"seed article: {created} claims created, {existing} already there")
        for text in skipped:
            self.stdout.write(f"seed article: skipped, place not in the gazetteer: {text}")
