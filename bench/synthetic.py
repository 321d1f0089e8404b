"""Shared pieces of the benchmarks' generated data: the actors and the mix of statuses and changes."""

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
