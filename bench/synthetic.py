"""Shared pieces of the benchmarks' generated data: actors, the mix of statuses and changes, and the COPY
that writes places and claims."""

import datetime as dt

ACTORS = [
    # code, parent bloc, colour
    ("government", None, "#e41a1c"),
    ("saa", "government", "#cc0000"),
    ("russia", "government", "#990000"),
    ("opposition", None, "#33a02c"),
    ("nfl", "opposition", "#2e8b57"),
    ("hts", None, "#808080"),
    ("sdf", None, "#ffd700"),
    ("isis", None, "#000000"),
    ("turkey", None, "#1b9e77"),
    ("sna", "turkey", "#66c2a5"),
]
# Weighted like a real archive: most claims verified, a few waiting, rejected or retracted.
STATUSES = (
    ["verified"] * 80
    + ["pending"] * 8
    + ["disputed"] * 3
    + ["rejected"] * 4
    + ["draft"] * 3
    + ["retracted"] * 2
)
CHANGES = (
    ["captured"] * 35
    + ["recaptured"] * 10
    + ["withdrew"] * 5
    + ["held"] * 35
    + ["contested"] * 10
    + ["attacked"] * 5
)


def ensure_actors_and_users():
    """The bench actors (with their blocs) and the author and reviewer of every generated claim."""
    from django.contrib.auth import get_user_model

    from frontline.models import Actor

    User = get_user_model()
    author, _ = User.objects.get_or_create(username="bench-author")
    reviewer, _ = User.objects.get_or_create(username="bench-reviewer")
    ids: dict[str, int] = {}
    for code, parent, color in ACTORS:
        actor, _ = Actor.objects.get_or_create(
            code=code,
            defaults={"name_ar": code, "name_en": code.upper(), "color": color, "parent_id": ids.get(parent)},
        )
        ids[code] = actor.pk
    return ids, author, reviewer


def copy_places_and_claims(cursor, rng, *, n_places: int, n_claims: int, start: dt.date, end: dt.date,
                           name_ar: str, name_en: str, kinds=None) -> None:  # fmt: skip
    """Write `n_places` places in Syria's bounding box and `n_claims` claims over [start, end) with COPY.

    name_ar / name_en are templates with {i}; kinds, when given, is a weighted list to draw from.
    """
    ids, author, reviewer = ensure_actors_and_users()
    actor_ids = list(ids.values())
    span = (end - start).days
    now = dt.datetime.now(dt.UTC)
    with cursor.copy(
        "COPY gazetteer_place (uid, name_ar, name_en, kind, point, country, ocha_pcode, geonames_id, wof_id, "
        "wikidata_id, external_ids, sources, importance, confirmed, created_at, updated_at) FROM STDIN"
    ) as copy:
        for i in range(n_places):
            lon, lat = rng.uniform(35.7, 42.3), rng.uniform(32.3, 37.3)
            kind = rng.choice(kinds) if kinds else "village"
            copy.write_row(
                (f"bench:{i}", name_ar.format(i=i), name_en.format(i=i), kind, f"SRID=4326;POINT({lon} {lat})",
                 "SY", "", "", "", "", "{}", "{bench}", 0.0, True, now, now)
            )  # fmt: skip
    cursor.execute("SELECT id FROM gazetteer_place WHERE uid LIKE 'bench:%%'")
    place_ids = [r[0] for r in cursor.fetchall()]
    with cursor.copy(
        "COPY frontline_claim (place_id, actor_id, change, date_start, date_end, date_precision, "
        "location_precision, quote, claimed_by, status, confidence, author_id, reviewer_id, reviewed_at, "
        "review_note, retraction_reason, version, created_at, updated_at) FROM STDIN"
    ) as copy:
        for _ in range(n_claims):
            status = rng.choice(STATUSES)
            d0 = start + dt.timedelta(days=rng.randrange(span))
            d1 = d0 + dt.timedelta(days=rng.choice((0, 0, 0, 1, 3, 7, 14, 30)))
            reviewed = status not in ("draft", "pending")
            copy.write_row(
                (rng.choice(place_ids), rng.choice(actor_ids), rng.choice(CHANGES), d0, d1, "day", "place",
                 "سيطرت القوات على القرية بعد اشتباكات عنيفة مع الفصائل", "bench", status, "medium", author.pk,
                 reviewer.pk if reviewed else None, now if reviewed else None, "",
                 "bench" if status == "retracted" else "", 1, now, now)
            )  # fmt: skip
