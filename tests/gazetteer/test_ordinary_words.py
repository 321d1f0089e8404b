"""The ordinary-words list: derived from annotated passages, and no unresolved name after a cue."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from gazetteer.geoparse import geoparse
from gazetteer.ordinary_words import is_ordinary
from tests.reader_places import P, index_of

# Two real report sentences (Elaph 2017, Jinha 2024) and one more naming a village: "أوقع" and "إصابة" are in
# two passages and no mention; عابدين is a mention; خان شيخون is a name of the (mini) gazetteer.
PASSAGES = [
    {
        "text": "وكان التنظيم شن هجوما الخميس على القريتين أوقع 25 قتيلا وإصابة عابدين.",
        "mentions": [{"surface": "عابدين", "place": None}],
    },
    {"text": "وأدى القصف إلى إصابة 10 آخرين، كما أوقع القصف على خان شيخون قتلى.", "mentions": []},
    {"text": "سيطرت الفصائل على قرية عابدين.", "mentions": [{"surface": "عابدين", "place": None}]},
]


def write_corpus(folder, name, passages):
    (folder / f"{name}.jsonl").write_text(
        "\n".join(json.dumps(p, ensure_ascii=False) for p in passages) + "\n", encoding="utf-8"
    )


@pytest.mark.django_db
def test_derived_words_are_in_two_passages_and_in_no_mention_or_gazetteer_name(tmp_path, mini_gazetteer):
    write_corpus(tmp_path, "passages", PASSAGES)
    write_corpus(tmp_path, "blind9", [{"text": "هجوم هجوم على الحي.", "mentions": []}] * 2)
    out = tmp_path / "ordinary.txt"
    call_command(
        "derive_ordinary_words", "--corpus", str(tmp_path), "--exclude", "blind9", "--output", str(out)
    )
    words = [w for w in out.read_text(encoding="utf-8").splitlines() if not w.startswith("#")]
    assert "اوقع" in words and "اصابه" in words
    assert "عابدين" not in words  # a place mention
    assert "شيخون" not in words and "خان" not in words  # (only once anyway) and a gazetteer name
    assert "هجوم" not in words  # the excluded set is not read
    assert "الحي" not in words and "حي" not in words


@pytest.mark.django_db
def test_no_passages_is_an_error(tmp_path, mini_gazetteer):
    with pytest.raises(CommandError, match="no \\*.jsonl passages"):
        call_command("derive_ordinary_words", "--corpus", str(tmp_path), "--output", str(tmp_path / "o.txt"))


def test_the_shipped_list_holds_news_words_not_names():
    assert is_ordinary("اوقع") and is_ordinary("واشارت")
    assert not is_ordinary("عندان") and not is_ordinary("الهبيط")


def test_an_ordinary_word_after_a_cue_is_no_unresolved_name():
    idx = index_of([(P(1, "عندان", "Andan", "town", 36.29, 37.05, "SY02"), ["عندان"])])
    # Elaph 2017: "وكان التنظيم شن هجوما الخميس على القريتين أوقع 25 قتيلا".
    assert geoparse("وكان التنظيم شن هجوما الخميس على القريتين أوقع 25 قتيلا.", index=idx).mentions == []
    # Syria News 2017: "وسع الجيش النظامي، يوم الثلاثاء، مناطق سيطرته في ريف حلب الشرقي".
    result = geoparse("وسع الجيش النظامي مناطق سيطرته في ريف حلب الشرقي.", index=idx)
    assert [m.surface for m in result.mentions if not m.is_area] == []
    # ... while a name the gazetteer lacks is still reported, and a known one found.
    result = geoparse("سيطرت الفصائل على قرية كفرحلب وبلدة عندان.", index=idx)
    assert [(m.surface, m.place_dict() and m.place_dict()["name_en"]) for m in result.mentions] == [
        ("كفرحلب", None),
        ("عندان", "Andan"),
    ]


def test_a_quoted_list_item_is_a_name_even_when_it_is_a_common_word():
    idx = index_of([(P(1, "الطويلة", "Tawileh", "village", 36.6, 40.4, "SY08"), ["الطويلة"])])
    # ANF 2023: "هجوماً على قرى “الطويلة وتل الطويل وخمسة” التابعة لبلدة “تل تمر”" (خمسة, "five", is a village).
    text = "شن المرتزقة هجوماً على قرى “الطويلة وخمسة” التابعة لبلدة تل تمر."
    assert [m.surface for m in geoparse(text, index=idx).mentions][:2] == ["الطويلة", "خمسة"]
