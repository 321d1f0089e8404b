"""The shipped gazetteer, loaded as `make run` loads it: real names from real reports resolve correctly."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import transaction

from gazetteer.accuracy import evaluate
from gazetteer.models import Place, PlaceName
from gazetteer.selectors import clear_caches, resolve
from gazetteer.services import gazetteer_load

CASES = Path(__file__).resolve().parents[1] / "data" / "gazetteer" / "spelling_variants.tsv"
KHAN_SHAYKHUN = (35.44309, 36.64533)


@pytest.fixture(scope="module")
def shipped(django_db_setup, django_db_blocker):
    """Load the shipped files once for this module, inside a transaction rolled back at the end."""
    with django_db_blocker.unblock(), transaction.atomic():
        clear_caches()
        gazetteer_load(force=True)
        clear_caches()
        yield {p.uid: p for p in Place.objects.filter(uid__in=["ocha:C3987", "ocha:C3990", "ocha:C6023"])}
        transaction.set_rollback(True)
    clear_caches()


def uid_of(candidate):
    return Place.objects.get(pk=candidate.id).uid


@pytest.mark.django_db
def test_top1_on_at_least_200_real_spelling_variants_is_at_least_98_percent(shipped):
    results = evaluate(CASES)
    assert len(results) >= 200
    correct = sum(r.correct for r in results)
    misses = [(r.query, r.expected, r.got) for r in results if not r.correct]
    assert correct / len(results) >= 0.98, misses


@pytest.mark.django_db
def test_accuracy_command_prints_the_figure(shipped):
    out = StringIO()
    call_command("gazetteer_accuracy", stdout=out)  # the default: the cases shipped in tests/data
    assert "top-1 correct: " in out.getvalue() and f"/{len(evaluate(CASES))} = " in out.getvalue()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "uid", "kwargs"),
    [
        ("تل عاس", "wpm:35.431,36.589", {"near": KHAN_SHAYKHUN}),
        ("الصخر", "wpm:35.419,36.5101", {"within": "شمال حماة"}),
        ("تل الصخر", "wpm:35.419,36.5025", {"within": "شمال حماة"}),
        ("عابدين", "ocha:C3990", {"near": KHAN_SHAYKHUN}),
        ("عابدين", "ocha:C6023", {"within": "درعا"}),
        ("ام زيتونة", "ocha:C3988", {"near": KHAN_SHAYKHUN}),
        ("“الهبيط”", "ocha:C3989", {"near": KHAN_SHAYKHUN}),
        ("وكفرعين", "ocha:C3993", {"near": KHAN_SHAYKHUN}),
        ("تلة الكبينة", "ocha:C3751", {"within": "بريف اللاذقية الشرقي"}),
        ("Khan Shaykhun", "ocha:C3987", {}),
        ("Khan Shaykun", "ocha:C3987", {}),
        ("Khān Shaykhūn", "ocha:C3987", {}),
        ("خان شيخون", "ocha:C3987", {}),
    ],
)
def test_seed_article_names_resolve_in_context(shipped, text, uid, kwargs):
    assert uid_of(resolve(text, **kwargs)[0]) == uid


@pytest.mark.django_db
def test_woods_no_source_has_get_no_confident_wrong_homonym(shipped):
    candidates = resolve("حرش الطويلة", near=KHAN_SHAYKHUN)
    assert all(uid_of(c) != "ocha:C4386" for c in candidates)
    assert list(candidates) == []


@pytest.mark.django_db
def test_descriptor_resolves_to_the_governorate(shipped):
    top = resolve("ريف حماة الشمالي")[0]
    assert (top.id, top.kind, top.direction) == ("SY05", "governorate", "north")


@pytest.mark.django_db
def test_in_memory_search_index_gives_the_database_answers(shipped):
    from gazetteer.accuracy import read_cases
    from gazetteer.selectors import NameIndex

    index = NameIndex.build().warm()
    for case in read_cases(CASES):
        near = tuple(float(v) for v in case["near"].split(",")) if case.get("near") else None
        kwargs = {"near": near, "within": case.get("within") or None, "limit": 5}
        from_db = [(c.id, round(c.raw_score, 6), c.reason) for c in resolve(case["query"], **kwargs)]
        from_index = [
            (c.id, round(c.raw_score, 6), c.reason) for c in resolve(case["query"], index=index, **kwargs)
        ]
        assert from_index == from_db, case["query"]


@pytest.mark.django_db
def test_evaluate_reader_scores_every_corpus_set_against_the_shipped_gazetteer(shipped):
    from frontline.management.commands.evaluate_reader import corpus_paths

    out = StringIO()
    call_command("evaluate_reader", stdout=out)
    text = out.getvalue()
    sets = corpus_paths()
    total = sum(
        len([line for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]) for p in sets
    )
    assert f"all {total} passages:" in text
    for path in sets[1:]:
        assert f"{path.stem}: " in text
    # The figures are real numbers between 0 and 1, printed for mentions and claims of every set.
    f1s = [float(line.split("F1 ")[1].split()[0]) for line in text.splitlines() if "F1 " in line]
    assert len(f1s) == 2 * (len(sets) + 1) and all(0.0 < f <= 1.0 for f in f1s)


@pytest.mark.django_db
def test_the_reader_resolves_the_seed_articles_village_and_hill_with_the_shipped_gazetteer(shipped):
    import datetime as dt

    from frontline.extraction import read_report
    from gazetteer.selectors import NameIndex

    text = "وأشار إلى أن قوات الأسد تمكنت من السيطرة على بلدة وتل “الصخر” شمال حماة، وبلدة “سكيك” جنوب إدلب."
    reading = read_report(text, published=dt.date(2019, 8, 13), index=NameIndex.build())
    uids = {
        m.surface: m.place and Place.objects.get(pk=m.place.id).uid
        for m in reading.geo.mentions
        if not m.is_area
    }
    assert uids["تل الصخر"] == "wpm:35.419,36.5025"  # the Wikipedia map's Tell al-Sakhr, not Hasakah's
    assert uids["الصخر"] == "wpm:35.419,36.5101"


@pytest.mark.django_db
def test_a_year_is_no_place_though_a_shipped_name_is_written_so(shipped):
    import datetime as dt

    from frontline.extraction import read_report
    from gazetteer.selectors import NameIndex

    # The Wikipedia map names a helicopter field "Lafarge Helicopter airfield (2016)" with "2016" as a name of its own.
    assert PlaceName.objects.filter(text="2016").exists()
    reading = read_report(
        "سيطرت قوات النظام في 2016/02/05 على بلدة سكيك.",
        published=dt.date(2016, 3, 1),
        index=NameIndex.build(),
    )
    assert [m.surface for m in reading.geo.mentions] == ["سكيك"]
    assert [(c.date_start, c.date_end) for c in reading.claims] == [
        (dt.date(2016, 2, 5), dt.date(2016, 2, 5))
    ]
