"""The reader as editors get it: the actors' names of the database, read with the rules' sides."""

import datetime as dt

import pytest

from frontline.extraction import ActorLexicon, read_report
from frontline.models import Actor, ActorName
from tests.reader_places import P, index_of

INDEX = index_of(
    [
        (P(1, "الهبيط", "Hbit", "village", 35.4395, 36.5361, "SY07"), ["الهبيط"]),
        (P(2, "سكيك", "Skik", "village", 35.4287, 36.7689, "SY07"), ["سكيك"]),
    ]
)


@pytest.fixture
def map_actors(db):
    """The map's blocs as frontline/data/actors.json has them: Turkey's bloc holds its army, HTS is a bloc of its own."""
    turkey = Actor.objects.create(
        code="turkey", name_ar="تركيا والجيش الوطني السوري", name_en="Turkey and the SNA", color="#1b9e77"
    )
    army = Actor.objects.create(
        code="tr-army",
        name_ar="القوات المسلحة التركية",
        name_en="Turkish Armed Forces",
        color="#0f7f63",
        parent=turkey,
    )
    hts = Actor.objects.create(
        code="hts", name_ar="هيئة تحرير الشام", name_en="Hayat Tahrir al-Sham", color="#808080"
    )
    government = Actor.objects.create(
        code="government", name_ar="الحكومة السورية", name_en="Syrian government", color="#e41a1c"
    )
    ActorName.objects.create(actor=army, text="الجيش التركي")
    ActorName.objects.create(actor=hts, text="هيئة تحرير الشام")
    ActorName.objects.create(actor=government, text="قوات النظام")
    return {"tr-army": army, "hts": hts}


def read(text):
    reading = read_report(
        text, published=dt.date(2020, 2, 1), index=INDEX, actors=ActorLexicon.from_database()
    )
    return {(c.mention.surface, c.actor.code, c.actor.bloc, c.change) for c in reading.claims}


@pytest.mark.django_db
def test_a_database_actor_keeps_its_code_and_reads_as_the_rules_side(map_actors):
    # The Turkish army's shelling: the claim names the row's actor; the rules read it as the SNA's side.
    assert read("قصف الجيش التركي قرية الهبيط.") == {("الهبيط", "tr-army", "sna", "attacked")}


@pytest.mark.django_db
def test_hts_is_an_opposition_side_for_the_rules_so_a_repulse_of_it_is_the_regimes_hold(map_actors):
    # "An attack by HTS on the village was repelled": the defender is the opponent of the attacker's side, which the
    # rules know only for the sides they name (HTS is a bloc of its own on the map).
    claims = read("وتم صد هجوم هيئة تحرير الشام على قرية سكيك.")
    assert ("سكيك", "opposition", "opposition", "attacked") not in claims
    assert any(
        place == "سكيك" and side == "government" and change == "held" for place, _c, side, change in claims
    )


@pytest.mark.django_db
def test_the_shipped_actor_names_leave_hawars_mercenaries_to_the_context():
    from frontline.management.commands.load_demo import Command

    Command().load_actors()  # frontline/data/actors.json, as `make run` loads it
    # Hawar 2019 on the regime's Hama offensive: "the mercenaries" are the factions there ...
    assert ("الهبيط", "opposition") in {
        (place, side)
        for place, _code, side, _change in read("وانسحب المرتزقة من قرية الهبيط بعد هجوم قوات النظام.")
    }
    # ... and the SNA in a Turkish operation.
    claims = read("في إطار عملية نبع السلام هاجم المرتزقة قرية سكيك.")
    assert {(place, side, change) for place, _code, side, change in claims} == {("سكيك", "sna", "attacked")}


@pytest.mark.django_db
def test_the_shipped_names_know_the_short_names_outlets_use():
    from frontline.management.commands.load_demo import Command

    Command().load_actors()
    # Watan FM 2019: 'وسط أنباء عن استعادة "الوطنية للتحرير" السيطرة على بلدة الغدفة' - the NLF by its short name.
    claims = read("وسط أنباء عن استعادة “الوطنية للتحرير” السيطرة على قرية الهبيط.")
    assert {(place, code, change) for place, code, _side, change in claims} == {
        ("الهبيط", "nfl", "recaptured")
    }
    # Enab Baladi 2025: 'فصائل "الوطني" سيطرت على قريتي القشلة والسعدية' - the SNA's factions.
    claims = read("وقالت مصادر إن فصائل “الوطني” سيطرت على قرية سكيك.")
    assert {(place, side) for place, _code, side, _change in claims} == {("سكيك", "sna")}
