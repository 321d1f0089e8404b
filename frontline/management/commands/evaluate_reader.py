"""Precision, recall and F1 of the reader's place mentions and claims on the annotated corpus."""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace

from django.core.management.base import BaseCommand, CommandError

from gazetteer.normalize import name_key

CORPUS = Path(__file__).resolve().parents[3] / "tests" / "data" / "reader_corpus" / "passages.jsonl"
HELDOUT = CORPUS.with_name("heldout.jsonl")  # passages added after the rules were tuned on CORPUS


def later_sets() -> list[tuple[Path, str]]:
    """The sets collected after the tuning set, in order: held-out, then blind2.jsonl, blind3.jsonl ...
    (each annotated and committed before the reader was run on it; see the corpus README)."""
    blind = sorted(CORPUS.parent.glob("blind*.jsonl"), key=lambda p: int(p.stem.removeprefix("blind") or 0))
    return [(HELDOUT, "added after tuning")] + [
        (p, f"blind set {p.stem.removeprefix('blind')}") for p in blind
    ]


SHARED = Path(__file__).resolve().parents[4] / "shared"
SEED = SHARED / "examples" / "seed-article"
OCHA_POINTS = SHARED / "data" / "gazetteer-sources" / "ocha-cod-2015-alahwa" / "syr_admin4_point.geojson"
RESOLVED_KM = 5.0  # a resolved place this close to the annotated point is the right place
UNVERIFIED_KM = 15.0  # a place OCHA lacks, resolved this close to the passage's other places


def corpus_paths() -> list[Path]:
    """Every set of the corpus that is on disk: the tuning set, then the later ones in order."""
    return [CORPUS] + [path for path, _label in later_sets() if path.exists()]


def load_corpus(path: Path = CORPUS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _km(a, b) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, h)))


def _keys(surface: str) -> set[str]:
    """The mention's key, and its key without a leading proclitic (وكفرعين ~ كفرعين)."""
    key = name_key(surface)
    out = {key}
    if key[:1] in "وبلف" and len(key) > 3:
        out.add(key[1:])
    return out


def _same(a: str, b: str) -> bool:
    """Same written name, allowing a proclitic and a kept cue word (معبر نصيب ~ نصيب)."""
    ka, kb = _keys(a), _keys(b)
    return (
        bool(ka & kb)
        or any(x.endswith(y) and len(y) >= 3 for x in ka for y in kb)
        or any(y.endswith(x) and len(x) >= 3 for x in ka for y in kb)
    )


class Score:
    def __init__(self):
        self.tp = self.predicted = self.gold = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self, name: str) -> str:
        return (f"{name:<18} P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"(tp {self.tp}, predicted {self.predicted}, gold {self.gold})")  # fmt: skip


def score_passage(
    passage: dict, reading, mentions: Score, claims: Score, dates: Score, errors: list[str]
) -> None:
    """Add one passage's counts; append readable errors."""
    gold_ms = passage["mentions"]
    located = [(m["place"]["lat"], m["place"]["lon"]) for m in gold_ms if m.get("place")]
    centre = (
        (sorted(p[0] for p in located)[len(located) // 2], sorted(p[1] for p in located)[len(located) // 2])
        if located
        else None
    )
    predicted = {}
    for m in reading.geo.mentions:
        if m.is_area or m.countryside:
            continue  # governorate and countryside phrases are context, not annotated (corpus rules)
        predicted.setdefault(name_key(m.surface), m)
    gold = {}
    for g in gold_ms:
        gold.setdefault(name_key(g["surface"]), g)
    tp = 0
    matched_pred = set()
    for g in gold.values():
        hit = next(
            (k for k, m in predicted.items() if k not in matched_pred and _same(m.surface, g["surface"])),
            None,
        )
        if hit is None:
            errors.append(f"{passage['id']}: missed mention {g['surface']}")
            continue
        matched_pred.add(hit)
        m = predicted[hit]
        place = m.place_dict()
        if g.get("place"):
            ok = (
                place is not None
                and _km((place["lat"], place["lon"]), (g["place"]["lat"], g["place"]["lon"])) <= RESOLVED_KM
            )
        else:
            ok = place is None or (
                centre is not None and _km((place["lat"], place["lon"]), centre) <= UNVERIFIED_KM
            )
        if ok:
            tp += 1
        else:
            errors.append(
                f"{passage['id']}: {g['surface']} resolved to {place and place['name_en']}, gold {g.get('place') and g['place']['name_en']}"
            )
    for k, m in predicted.items():
        if k not in matched_pred:
            errors.append(f"{passage['id']}: extra mention {m.surface}")
    mentions.add(tp, len(predicted), len(gold))
    # Claims: same place (by its written name), same bloc, same change.
    pred_claims = {(name_key(c.mention.surface), c.actor.bloc, c.change): c for c in reading.claims}
    gold_claims = {(name_key(c["surface"]), c["actor"], c["change"]): c for c in passage["claims"]}
    ctp = 0
    used = set()
    for gk, gc in gold_claims.items():
        hit = next(
            (
                pk
                for pk, pc in pred_claims.items()
                if pk not in used and pk[1:] == gk[1:] and _same(pc.mention.surface, gc["surface"])
            ),
            None,
        )
        if hit is None:
            errors.append(f"{passage['id']}: missed claim {gc['surface']} {gc['actor']} {gc['change']}")
            continue
        used.add(hit)
        ctp += 1
        pc = pred_claims[hit]
        gs = dt.date.fromisoformat(gc["date_start"]) if gc.get("date_start") else dt.date.min
        ge = dt.date.fromisoformat(gc["date_end"]) if gc.get("date_end") else dt.date.max
        dates.add(int(pc.date_start <= ge and gs <= pc.date_end), 1, 1)
    for pk, pc in pred_claims.items():
        if pk not in used:
            errors.append(f"{passage['id']}: extra claim {pc.mention.surface} {pc.actor.bloc} {pc.change}")
    claims.add(ctp, len(pred_claims), len(gold_claims))


@dataclass
class _Marked:
    """A mention of a second annotation, read the way the scorer reads the reader's."""

    surface: str
    place: dict | None
    is_area: bool = False
    countryside: bool = False

    def place_dict(self) -> dict | None:
        return self.place


def second_reading(passage: dict, published: dt.date) -> SimpleNamespace:
    """A second annotator's mentions and claims of a passage, shaped as the reader's reading (for agreement)."""
    mentions = [_Marked(m["surface"], m.get("place")) for m in passage.get("mentions", [])]
    claims = [
        SimpleNamespace(
            mention=_Marked(c["surface"], None),
            actor=SimpleNamespace(bloc=c["actor"]),
            change=c["change"],
            date_start=dt.date.fromisoformat(c["date_start"]) if c.get("date_start") else dt.date.min,
            date_end=dt.date.fromisoformat(c["date_end"]) if c.get("date_end") else published,
        )
        for c in passage.get("claims", [])
    ]
    return SimpleNamespace(geo=SimpleNamespace(mentions=mentions), claims=claims)


def agreement(corpus: list[dict], second: list[dict]) -> tuple[Score, Score, Score, list[str]]:
    """How far a second annotation of the same passages agrees with the corpus, scored as the reader is."""
    by_id = {p["id"]: p for p in second}
    missing = [p["id"] for p in corpus if p["id"] not in by_id]
    if missing:
        raise CommandError(f"The second annotation lacks {len(missing)} passages: {', '.join(missing[:5])}")
    mentions, claims, dates = Score(), Score(), Score()
    errors: list[str] = []
    for passage in corpus:
        published = dt.date.fromisoformat(passage["published"])
        score_passage(
            passage, second_reading(by_id[passage["id"]], published), mentions, claims, dates, errors
        )
    return mentions, claims, dates, errors


def ocha_index(path: Path = OCHA_POINTS):
    """A name index of the OCHA 2015 community points alone (a baseline that needs no database)."""

    from gazetteer.geoparse import IndexPlace, SimpleIndex

    data = json.loads(path.read_text(encoding="utf-8", errors="replace"))
    places, names = [], {}
    for feature in data["features"]:
        p = feature["properties"]
        place = IndexPlace(p["PCODE"], p["NAME_ARA"] or "", p["NAME_EN"] or "", "city" if p.get("CAPIT_LVL") else "village",
                          p["LATITUDE"], p["LONGITUDE"], p["ADMIN1_COD"])  # fmt: skip
        places.append(place)
        names[place.id] = [place.name_ar]
    return SimpleIndex(places, names)


def evaluate(index, corpus: list[dict]) -> tuple[Score, Score, Score, list[str]]:
    """Score the reader as editors get it: the actors' names of the database (the built-in ones when it has none)."""
    from frontline.extraction import ActorLexicon, read_report

    actors = ActorLexicon.from_database()
    mentions, claims, dates = Score(), Score(), Score()
    errors: list[str] = []
    for passage in corpus:
        reading = read_report(
            passage["text"], published=dt.date.fromisoformat(passage["published"]), index=index, actors=actors
        )
        score_passage(passage, reading, mentions, claims, dates, errors)
    return mentions, claims, dates, errors


def evaluate_seed(index) -> list[str]:
    """The seed article against its gold.json: the checks the issue lists, one line each (read as editors get it, as
    `evaluate` reads the corpus)."""
    from frontline.extraction import ActorLexicon, read_report

    gold = json.loads((SEED / "gold.json").read_text(encoding="utf-8"))
    text = (SEED / "article.ar.txt").read_text(encoding="utf-8")
    reading = read_report(
        text,
        published=dt.date.fromisoformat(gold["published"]),
        index=index,
        actors=ActorLexicon.from_database(),
    )
    lines = []
    located = ok = 0
    for g in gold["mentions"]:
        if g.get("lat") is None or g.get("approximate"):
            continue
        located += 1
        found = [
            m
            for m in reading.geo.mentions
            if _same(m.surface, g["surface"]) or _same(m.surface.replace("تلة ", "تل "), g["surface"])
        ]
        good = any(
            m.place_dict()
            and _km((m.place_dict()["lat"], m.place_dict()["lon"]), (g["lat"], g["lon"])) <= RESOLVED_KM
            for m in found
        )
        ok += good
        if not good:
            lines.append(
                f"  not resolved: {g['surface']} ({', '.join(str(m.place_dict() and m.place_dict()['name_en']) for m in found) or 'not found'})"
            )
    lines.insert(0, f"seed: located mentions resolved {ok}/{located}")
    people = ["محمد كركص", "هادي العبد الله", "المركز الإعلامي العام", "روسيا"]
    bad = [p for p in people if any(_same(m.surface, p) for m in reading.geo.mentions)]
    lines.append(f"seed: people/organisations taken for places: {bad or 'none'}")
    expected = [("الصخر", "government", "captured"), ("الهبيط", "government", "captured"), ("ام زيتونة", "government", "captured"),
                ("تل عاس", "government", "captured"), ("سكيك", "government", "captured"), ("عابدين", "opposition", "recaptured"),
                ("حرش عابدين", "opposition", "recaptured"), ("تلة الكبينة", "opposition", "held"), ("خان شيخون", "opposition", "held")]  # fmt: skip
    found = [
        e
        for e in expected
        if any(
            _same(c.mention.surface, e[0]) and c.actor.bloc == e[1] and c.change == e[2]
            for c in reading.claims
        )
    ]
    lines.append(
        f"seed: expected claims found {len(found)}/{len(expected)}; missing {[e[0] for e in expected if e not in found] or 'none'}"
    )
    extra = [f"{c.mention.surface} {c.actor.bloc} {c.change}" for c in reading.claims
             if not any(_same(c.mention.surface, e[0]) and c.actor.bloc == e[1] and c.change == e[2] for e in expected)]  # fmt: skip
    lines.append(f"seed: other claims drafted: {extra or 'none'}")
    unresolved = [u["surface"] for u in reading.as_dict()["unresolved"]]
    lines.append(f"seed: unresolved: {unresolved}")
    return lines


class Command(BaseCommand):
    requires_system_checks = []  # a reading tool: it must not depend on unrelated URL modules being importable
    help = "Precision/recall/F1 of the reader's place mentions and claims on the annotated corpus (and the seed article)."

    def add_arguments(self, parser):
        parser.add_argument("--corpus", default=str(CORPUS), help="passages.jsonl to score")
        parser.add_argument("--index", choices=["gazetteer", "ocha"], default="gazetteer",
                            help="gazetteer: the loaded gazetteer (default); ocha: OCHA 2015 points from ../shared (a baseline)")  # fmt: skip
        parser.add_argument("--errors", action="store_true", help="list every miss and extra")
        parser.add_argument(
            "--against",
            metavar="FILE",
            help="score a second annotation of the --corpus passages (same ids) instead of the reader: how far two "
            "annotators agree",
        )

    def handle(self, *args, **options):
        path = Path(options["corpus"])
        if not path.exists():
            raise CommandError(f"No corpus at {path}.")
        if options["against"]:
            self._agreement(path, Path(options["against"]), options["errors"])
            return
        if options["index"] == "ocha":
            if not OCHA_POINTS.exists():
                raise CommandError(f"The OCHA points are not here: {OCHA_POINTS}")
            index = ocha_index()
        else:
            from gazetteer.models import Place
            from gazetteer.selectors import NameIndex

            if not Place.objects.exists():
                raise CommandError(
                    "The gazetteer is empty: run `python manage.py load_gazetteer` first (or use --index ocha)."
                )
            index = NameIndex.build()
        corpus = load_corpus(path)
        mentions, claims, dates, errors = evaluate(index, corpus)
        self.stdout.write(f"corpus: {len(corpus)} passages ({path.name}), index: {options['index']}")
        self._scores(mentions, claims, dates, "have a date range overlapping the annotated one")
        if path == CORPUS:
            total = len(corpus)
            for extra, label in later_sets():
                if not extra.exists():
                    continue
                passages = load_corpus(extra)
                e_mentions, e_claims, _e_dates, e_errors = evaluate(index, passages)
                self.stdout.write(f"{extra.stem}: {len(passages)} passages ({extra.name}), {label}")
                self.stdout.write(e_mentions.line("place mentions"))
                self.stdout.write(e_claims.line("claims"))
                for own, other in ((mentions, e_mentions), (claims, e_claims)):
                    own.add(other.tp, other.predicted, other.gold)
                total += len(passages)
                errors += e_errors
            self.stdout.write(f"all {total} passages:")
            self.stdout.write(mentions.line("place mentions"))
            self.stdout.write(claims.line("claims"))
        if SEED.exists():
            for line in evaluate_seed(index):
                self.stdout.write(line)
        if options["errors"]:
            self._errors(errors)

    def _scores(self, mentions: Score, claims: Score, dates: Score, dates_said: str) -> None:
        self.stdout.write(mentions.line("place mentions"))
        self.stdout.write(claims.line("claims"))
        self.stdout.write(f"{'claim dates':<18} {dates.tp}/{dates.gold} matched claims {dates_said}")

    def _errors(self, errors: list[str]) -> None:
        for e in errors:
            self.stdout.write(f"  {e}")

    def _agreement(self, path: Path, other: Path, errors_wanted: bool) -> None:
        if not other.exists():
            raise CommandError(f"No second annotation at {other}.")
        try:
            corpus, second = load_corpus(path), load_corpus(other)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise CommandError(f"Not a JSON-lines annotation: {exc}") from exc
        mentions, claims, dates, errors = agreement(corpus, second)
        self.stdout.write(f"agreement: {other.name} scored against {path.name} ({len(corpus)} passages)")
        self._scores(mentions, claims, dates, "have overlapping date ranges")
        if errors_wanted:
            self._errors(errors)
