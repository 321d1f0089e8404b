"""Geoparser: real sentences from Syrian reports against a small in-memory index of real places.

Coordinates are OCHA COD 2015 community points (P-codes in comments); no database needed.
"""

import pytest

from gazetteer.geoparse import SimpleIndex, bare_capital, geoparse, split_sentences, tokenize
from tests.reader_places import P, index_of

PLACES = [
    (P(1, "الهبيط", "Hbit", "village", 35.4395, 36.5361, "SY07"), ["الهبيط"]),  # C3989
    (P(2, "أم زيتونة", "Um Zaytuna", "village", 35.4582, 36.5692, "SY07"), ["أم زيتونة"]),  # C3988
    (P(3, "كفر عين", "Kafr Ein", "village", 35.4455, 36.5651, "SY07"), ["كفر عين"]),  # C3993
    (P(4, "خان شيخون", "Khan Shaykun", "town", 35.4431, 36.6453, "SY07"), ["خان شيخون"]),  # C3987
    (P(5, "عابدين", "Abdin", "village", 35.4682, 36.5338, "SY07"), ["عابدين"]),  # C3990
    (
        P(6, "عابدين", "Abdin (Daraa)", "village", 32.745, 35.87, "SY12"),
        ["عابدين"],
    ),  # C6023, approximate point
    (P(7, "سكيك", "Skik", "village", 35.4287, 36.7689, "SY07"), ["سكيك"]),  # C4077
    (P(8, "الصخر", "Sakhr (Homs)", "village", 34.7, 36.6, "SY04"), ["الصخر"]),  # a homonym far from Hama
    (P(9, "الطويلة", "Tawileh", "village", 36.55, 40.9, "SY08"), ["الطويلة"]),  # C4386 (Hasakah), approximate
    (P(10, "معرة النعمان", "Ma'arrat An Nu'man", "city", 35.6484, 36.676, "SY07"), ["معرة النعمان"]),  # C3985
    (P(11, "النيرب", "Nayrab", "village", 35.8718, 36.7173, "SY07"), ["النيرب"]),  # C3867
    (P(12, "طويل الشيخ", "Tawil Elsheikh", "village", 35.7947, 36.93, "SY07"), ["طويل الشيخ"]),  # C3896
    (P(13, "راس العين", "Ras El Ein", "village", 35.8005, 36.9603, "SY07"), ["راس العين"]),  # C3902
    (P(14, "سراقب", "Saraqab", "town", 35.866, 36.8034, "SY07"), ["سراقب"]),  # C3916
    (P(15, "مسعدة", "Masaada", "village", 34.8788, 37.3721, "SY04"), ["مسعدة"]),  # C2952 (Homs)
    (P(16, "الشيخ مصطفى", "Ash Shaykh Mustafa", "village", 35.591, 36.549, "SY07"), ["الشيخ مصطفى"]),  # WOF
    (P(17, "النقير", "Nqeir", "village", 35.5917, 36.5704, "SY07"), ["النقير"]),  # C3972
    (P(18, "نوى", "Nawa", "town", 32.8877, 36.0429, "SY12"), ["نوى"]),  # C6110
    (P(19, "بصرى الشام", "Busra Esh-Sham", "town", 32.5183, 36.4817, "SY12"), ["بصرى الشام"]),  # C6216
    (P(20, "عربين", "Arbin", "town", 33.5406, 36.3659, "SY03"), ["عربين"]),  # C2385
]


@pytest.fixture(scope="module")
def index():
    return index_of(PLACES)


def found(result):
    return {m.surface: (m.place.name_en if m.place else None) for m in result.mentions if not m.is_area}


def test_quoted_list_after_a_plural_cue_yields_each_village(index):
    text = "تمكنت من السيطرة على بلدات “الهبيط وام زيتونة وكفر عين” جنوب إدلب."
    assert found(geoparse(text, index=index)) == {
        "الهبيط": "Hbit",
        "ام زيتونة": "Um Zaytuna",
        "كفر عين": "Kafr Ein",
    }


def test_coordinated_cues_name_the_village_and_the_hill_and_a_far_homonym_is_refused(index):
    result = geoparse("سيطرت على بلدة وتل “الصخر” شمال حماة، وبلدة “سكيك” جنوب إدلب", index=index)
    places = found(result)
    assert places["الصخر"] is None  # the only الصخر in the index is in Homs, far from north Hama
    assert places["تل الصخر"] is None
    assert {m.kind for m in result.mentions if "الصخر" in m.surface} == {"village", "hill"}
    assert {m.surface for m in result.unresolved} >= {"الصخر", "تل الصخر"}


def test_abdin_is_the_idlib_village_beside_khan_shaykhun_not_the_daraa_one(index):
    text = "تمكنت الفصائل من استعادة السيطرة على “عابدين وحرش عابدين” في جبهات محيط خان شيخون جنوبي إدلب."
    places = found(geoparse(text, index=index))
    assert places["عابدين"] == "Abdin"
    assert places["حرش عابدين"] is None  # the woods are not the village
    assert places["خان شيخون"] == "Khan Shaykun"


def test_woods_named_like_a_far_village_stay_unresolved(index):
    places = found(geoparse("وحاولت التقدم نحو “حرش الطويلة” قرب خان شيخون بريف إدلب", index=index))
    assert places["حرش الطويلة"] is None


def test_an_axis_joined_by_a_dash_gives_two_places(index):
    places = found(geoparse("الهجمات المعاكسة في محور “سكيك – تل ترعي” شرق خان شيخون", index=index))
    assert places["سكيك"] == "Skik"
    assert places["تل ترعي"] is None


def test_people_and_organisations_are_not_places(index):
    text = (
        "حيث أصدر “المركز الإعلامي العام” التابع للمعارضة السورية إحصائية. "
        "وقال الناشط “محمد كركص” عضو المركز الاعلامي العام إن روسيا تحاول السيطرة. مدونة هادي العبد الله"
    )
    assert found(geoparse(text, index=index)) == {}


def test_a_plain_list_keeps_names_the_gazetteer_lacks_and_refuses_a_homonym_in_another_governorate(index):
    text = (
        "وتمكنت قوات النظام السوري والميليشيات المساندة من السيطرة على قرى رأس العين ومسعدة وبارسا وطويل الشيخ "
        "وشوحة جنوب شرق إدلب بعد انسحاب فصائل المعارضة السورية."
    )
    places = found(geoparse(text, index=index))
    assert places == {
        "رأس العين": "Ras El Ein",
        "مسعدة": None,
        "بارسا": None,
        "طويل الشيخ": "Tawil Elsheikh",
        "شوحة": None,
    }


def test_proclitics_are_read_off_and_offsets_point_into_the_original_text(index):
    text = "وصلت القوات إلى مشارف سراقب ومعرة النعمان، وبالنيرب."
    result = geoparse(text, index=index)
    assert found(result) == {"سراقب": "Saraqab", "معرة النعمان": "Ma'arrat An Nu'man", "النيرب": "Nayrab"}
    for m in result.mentions:
        assert text[m.start : m.end] == m.surface


@pytest.mark.parametrize(
    ("phrase", "pcodes", "direction"),
    [
        ("في ريف إدلب الجنوبي", ["SY07"], "south"),
        ("شمال حماة", ["SY05"], "north"),
        ("بريف اللاذقية الشرقي", ["SY06"], "east"),
        ("مدن وبلدات ريفي حماة وإدلب", ["SY05", "SY07"], None),
        ("بريف دير الزور الشرقي", ["SY09"], "east"),
        # Albawaba 2018, Al-Akhbar 2014: the countryside named before its city, with ل.
        ("في آخر معاقل داعش في الريف الشرقي لدير الزور.", ["SY09"], "east"),
        ("بلدة رنكوس (الريف الشمالي لدمشق) بالكامل", ["SY03"], "north"),
        ("بلدتي السوسة والباغوز في الريف الشرقي لمحافظة دير الزور", ["SY09"], "east"),
        # Radio Algérie 2017 and Al-Masry Al-Youm 2014 set the governorate's name in slashes or quotes.
        ("تحرير قريتي /معدان عتيق/ و/مظلوم/ بمحافظة /دير الزور/ من سيطرة التنظيم", ["SY09"], None),
        ("يسيطر على أجزاء واسعة من محافظة «دير الزور» الحدودية مع العراق", ["SY09"], None),
        # Selam Democratic 2024: the autonomous administration's canton.
        ("بريف دير الزور الشرقي بمقاطعة دير الزور، وسط", ["SY09", "SY09"], "east"),
    ],
)
def test_governorate_phrases_give_context(index, phrase, pcodes, direction):
    mentions = geoparse(phrase, index=index).mentions
    areas = [m for m in mentions if m.is_area]
    assert [m.area[0] for m in areas] == pcodes
    assert areas[0].direction == direction
    assert not [m.surface for m in mentions if bare_capital(m)]  # the governorate is not also its city


def test_sentences_and_tokens_keep_their_offsets():
    text = "سيطرت القوات على البلدة. وقال المراسل: “تدمير 18 دبابة”؟\nمدونة"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == [
        "سيطرت القوات على البلدة.",
        "وقال المراسل: “تدمير 18 دبابة”؟",
        "مدونة",
    ]
    assert [t.text for t in tokenize("لتـ.دمير 18")] == ["لتـ.دمير", "18"]


def surfaces(text, index):
    return [
        (m.surface, m.place.name_en if m.place else None)
        for m in geoparse(text, index=index).mentions
        if not m.is_area
    ]


def test_first_name_inside_a_place_name_is_not_a_person(index):
    text = "حرر الجيش العربي السوري منطقة تل النار وقرى الشيخ مصطفى والنقير وكفر سجنة بريف إدلب الجنوبي."
    assert ("الشيخ مصطفى", "Ash Shaykh Mustafa") in surfaces(text, index)
    assert ("النقير", "Nqeir") in surfaces(text, index)


def test_short_name_joined_to_a_list_of_places(index):
    text = "واكد التجمع السيطرة على بصرى الشام ونوى بريف درعا."
    assert surfaces(text, index) == [("بصرى الشام", "Busra Esh-Sham"), ("نوى", "Nawa")]


def test_unknown_names_that_start_with_a_name_word(index):
    # (the dam the village lies by is a site of the front, no locality: the corpus rules)
    text = "استعادت قرية “خربة بشار” الواقعة شمال سد تشرين، وقريتي وادي باصور وجبل عين الغزال."
    found = [s for s, _ in surfaces(text, index)]
    assert found == ["خربة بشار", "وادي باصور", "جبل عين الغزال"]


def test_a_region_after_a_name_is_not_part_of_it(index):
    text = "رفع جنود الجيش السوري العلم في بلدة عربين بغوطة دمشق الشرقية."
    assert surfaces(text, index) == [("عربين", "Arbin")]


def test_a_list_in_brackets_after_a_plural_cue(index):
    text = "تمكن الجيش السوري من السيطرة على قرى (الريانة وبيت عيوش والمزرعة) بريف اللاذقية."
    # المزرعة ("the farm") is a place only when the gazetteer knows it; this small index does not.
    assert [s for s, _ in surfaces(text, index)] == ["الريانة", "بيت عيوش"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ordinary words after a plural cue are not list items (Jawlany/BBC 2016, Sham FM 2016).
        ("ويعتقد أن البلدة و9 قرى حولها كانت كلها تحت سيطرة المعارضة المسلحة، منذ 2012.", []),
        (
            "كما سيطرت على قرى بير شلال وأم سليم وعجاج وسفاخير وعدد من المزارع في الريف الشمالي الغربي.",
            ["بير شلال", "أم سليم", "عجاج", "سفاخير"],
        ),
        # A noun with an attached pronoun is not a name (Mandab Press 2024).
        (
            'وأحكمت السيطرة على بلدة "السعن"، وعدة قرى أهمها "المباركات" و"رسم البغل".',
            ["السعن", "المباركات", "رسم البغل"],
        ),
        # A name ends before a preposition+article word or an ordinary adjective (Enab Baladi 2023).
        ("بينما يتمركز مقاتلو العشائر في حي اللطوة بالقسم الجنوبي منها.", ["اللطوة"]),
        ("انسحبوا باتجاه بلدة الطيانة المتاخمة لبلدة ذيبان من الجهة الجنوبية.", ["الطيانة", "ذيبان"]),
        # A direction adjective ends a hill's name (al-Khabar/SANA 2018).
        (
            "وحدات الجيش العربي السوري حررت تل أحمر غربي وتل أحمر شرقي وقرى وبلدات رسم قطيش ورسم الزاوية.",
            ["تل أحمر غربي", "تل أحمر شرقي", "رسم قطيش", "رسم الزاوية"],
        ),
        # "القرى هي ...": the list follows (Idaat quoting SOHR 2019).
        (
            "استعادت السيطرة على ثمان قرى وتلك القرى هي داودية، والسعيد، وريحانة، والسويدية.",
            ["داودية", "السعيد", "ريحانة", "السويدية"],
        ),
    ],
)
def test_lists_and_names_end_where_ordinary_words_begin(index, text, expected):
    assert [s for s, _ in surfaces(text, index)] == expected


def test_a_direction_adjective_names_another_place_in_either_gender():
    places = [
        (
            P(1, "تل عار شرقية", "Eastern Tal Aar", "village", 36.5801, 37.4029, "SY02"),
            ["تل عار شرقية"],
        ),  # C1594
        (
            P(2, "تل عار غربية", "Western Tal Aar", "village", 36.5801, 37.3892, "SY02"),
            ["تل عار غربية"],
        ),  # C1595
        (P(3, "تل عار", "Tal Ar (elsewhere)", "village", 35.0, 40.0, "SY09"), ["تل عار"]),
    ]
    idx = index_of(places)
    text = "استطاع خلالها التنظيم استعادة السيطرة على قرى “تل عار شرقي وتل عار غربي” جنوب بلدة الراعي."
    assert surfaces(text, idx)[:2] == [("تل عار شرقي", "Eastern Tal Aar"), ("تل عار غربي", "Western Tal Aar")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb or a complementizer ends a name (Alamat 2016, Rawafed 2017).
        ("وبخاصة ليلة أمس على قرية كفين انسحبت منها فصائل المعارضة.", [("كفين", None)]),
        ("أعلنت حركة النجباء عن إستعادة قرية كان يسيطر عليها تنظيم داعش.", []),
        # ابن links the parts of a name: the و of وردان does not start a new list item (SANA 2018).
        (
            "بسط خلالها السيطرة على قرى قصر ابن وردان والمصيطبة.",
            [("قصر ابن وردان", None), ("المصيطبة", None)],
        ),
        # Ordinary words found from the corpus are not places without a cue (AFP 2018, al-Manar 2018).
        ("على هجين، أبرز وأكبر بلدات الجيب الأخير في شرق سوريا.", []),
    ],
)
def test_verbs_name_links_and_ordinary_words(index, text, expected):
    assert [s for s in surfaces(text, index) if s[0] != "هجين"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The gazetteer knows the first word only; the text names a two-word village (Aajel 2017, SANA 2018).
        (
            "استعادوا السيطرة على قريتي مريجب الجملان، وأبوميال وتلتها، بعد اشتباكات مع مقاتلي داعش.",
            [("مريجب الجملان", None)],
        ),
        (
            "حررت قرى الجنينة والجيعة وشمرة الحصان وحويقة المعيشية على الضفة الشرقية لنهر الفرات.",
            [("شمرة الحصان", None)],
        ),
    ],
)
def test_a_one_word_gazetteer_name_grows_into_the_longer_name_the_text_writes(text, expected):
    places = [
        (P(1, "مريجب", "Mreijeb", "village", 35.35, 37.2, "SY05"), ["مريجب"]),
        (P(2, "شمرة", "Shamra", "village", 35.4, 40.1, "SY09"), ["شمرة"]),
    ]
    idx = index_of(places)
    got = [s for s in surfaces(text, idx) if s[0].split()[0] in ("مريجب", "شمرة")]
    assert [s[0] for s in got] == [e[0] for e in expected]


# Lists announced far from their plural noun, and the asides inside them.
LIST_PLACES = [
    (P(101, "المحمودية", "Mahmudiyeh", "village", 36.79, 40.06, "SY08"), ["المحمودية"]),  # C4500, approximate
    (P(102, "القاسمية", "Qasemiyeh", "village", 36.81, 40.02, "SY08"), ["القاسمية"]),  # approximate
    (P(103, "رأس العين", "Ras Al Ain", "town", 36.8516, 40.0706, "SY08"), ["رأس العين"]),  # C4484
    (P(104, "الرقة", "Ar-Raqqa", "city", 35.9528, 39.0079, "SY11"), ["الرقة"]),  # C5710
]


@pytest.fixture(scope="module")
def list_index():
    return index_of(LIST_PLACES)


def test_a_list_after_hiya_far_from_its_plural_noun_is_read_item_by_item(list_index):
    # Mada Post, 31 Oct 2019: known and unknown villages after "البلدات ... هي،".
    text = (
        "وأشار “الجيش الوطني” إلى أن البلدات الجديدة التي دخل إليها بمحيط مدينة رأس العين هي، "
        "المحمودية، والقاسمية، وبيت الحواس، وكنبهر، وحمي عيشي."
    )
    places = found(geoparse(text, index=list_index))
    assert places == {
        "رأس العين": "Ras Al Ain",
        "المحمودية": "Mahmudiyeh",
        "القاسمية": "Qasemiyeh",
        "بيت الحواس": None,
        "كنبهر": None,
        "حمي عيشي": None,
    }


def test_sides_of_town_inside_a_list_of_neighbourhoods_do_not_end_it(list_index):
    # Al-Jazirah, June 2017: neighbourhoods (أحياء, written with a final hamza) with their sides.
    text = (
        "وتمكنت قوات سوريا الديموقراطية من السيطرة على أربعة أحياء في مدينة الرقة هي المشلب من الجهة الشرقية "
        "والرومانية والسباهية من الجهة الغربية. كما سيطرت على أجزاء من أحياء أخرى بينها حطين (غرب) والبريد "
        "(شمال غرب) وبتاني (شرق)."
    )
    assert set(found(geoparse(text, index=list_index))) == {
        "الرقة", "المشلب", "الرومانية", "السباهية", "حطين", "البريد", "بتاني",
    }  # fmt: skip


def test_withdrew_from_it_after_a_plural_noun_opens_no_list(list_index):
    text = "القصف على قرى ريف حلب الشمالي وعلى قرية كفين انسحبت منها فصائل المعارضة."
    assert "فصائل المعارضة" not in found(geoparse(text, index=list_index))


def test_a_latin_only_place_must_sound_close_and_lie_in_syria():
    far = P(201, "", "Kinneret Moshava", "town", 32.72, 35.56, "IL02")  # (a non-Syrian admin-1 code)
    syrian = P(202, "", "Al-Dalil", "village", 35.9, 39.0, "SY11")
    index = SimpleIndex([far, syrian], {201: ["Kinneret Moshava"], 202: ["Al-Dalil"]})
    index.matches = lambda text: [
        (far, "transliteration", 0.66, "latin"),
        (syrian, "transliteration", 0.64, "latin"),
    ]
    places = found(geoparse("سيطرت الفصائل على قرى أم شعيفة وبيت العبدة", index=index))
    assert places == {"أم شعيفة": None, "بيت العبدة": None}


def test_name_prefixes_definite_directions_and_titles_written_with_a_hamza():
    places = [
        (P(301, "الكرك", "Karak", "village", 32.686, 36.349, "SY12"), ["الكرك"]),  # C6047
        (P(302, "رسم", "Ar Rasm", "village", 32.95, 35.95, "SY14"), ["رسم"]),  # a bare "رسم" elsewhere
        (P(303, "لقية", "Lqiyeh", "village", 35.33, 40.0, "SY09"), ["لقية"]),  # approximate
        (P(304, "اللواء", "Liwa", "village", 32.9, 36.2, "SY12"), ["اللواء"]),  # a village called "brigade"
    ]
    index = index_of(places)
    # Quneitra 2018 (SANA): names that begin with رسم are not the gazetteer's bare رسم.
    assert set(found(geoparse("حررت وحدات الجيش قرى وبلدات رسم قطيش ورسم الزاوية", index=index))) == {
        "رسم قطيش",
        "رسم الزاوية",
    }
    # Deir ez-Zor 2017 (SMART): a known first word carries on into the two-word name the list writes.
    assert "لقية لجة" in found(geoparse("سيطرت قسد على قرى الهرموشية وقبادة ولقية لجة وأسيا.", index=index))
    # Daraa 2018: the eastern Karak is one name, not الكرك followed by a word.
    assert set(
        found(geoparse("وبسط سيطرته على بلدات الغارية الغربية والكرك الشرقي والمسيفرة", index=index))
    ) >= {"الكرك الشرقي"}
    # A general's rank (اللواء, with a final hamza) is not the village, and "بريف السويداء الشرقي" is an area.
    result = geoparse("وقال اللواء علي مملوك إن الجيش تقدم بريف السويداء الشرقي.", index=index)
    assert found(result) == {}
    assert [m.area[2] for m in result.mentions if m.is_area] == ["As-Sweida"]


def test_overlooking_hills_regions_and_a_places_own_hill_are_not_new_mentions(index):
    # Youm7 2018: "تلة مشرفة" is an overlooking hill; Daraa 2018: the Yarmouk basin is a region.
    assert found(geoparse("استعادة السيطرة على قرية النيرب وتلة مشرفة غرب قرية سراقب", index=index)) == {
        "النيرب": "Nayrab",
        "سراقب": "Saraqab",
    }
    assert found(geoparse("في قرية النيرب بحوض اليرموك", index=index)) == {"النيرب": "Nayrab"}
    # The seed article: "وبلدة سكيك وتلها" — the hill goes with Skik's claim, the list goes on.
    assert found(geoparse("وبلدة “سكيك” وتلها وبلدة النيرب شرق إدلب", index=index)) == {
        "سكيك": "Skik",
        "النيرب": "Nayrab",
    }


def test_verbs_after_a_cue_are_not_names(index):
    text = "ليصبح ثاني مركز ناحية يطهر من المجموعات الإرهابية، ويتم تمشيط قرية النيرب"
    assert found(geoparse(text, index=index)) == {"النيرب": "Nayrab"}


def test_cities_named_far_away_and_bare_governorate_capitals_are_the_cities():
    places = [
        (P(401, "جسر الشغور", "Jisr-Ash-Shugur", "city", 35.8137, 36.3182, "SY07"), ["جسر الشغور"]),  # C3781
        (P(402, "اللاذقية", "Lattakia", "city", 35.5238, 35.7917, "SY06"), ["اللاذقية"]),  # C3560
        (P(403, "حلب", "Aleppo", "city", 36.2021, 37.1343, "SY02"), ["حلب"]),  # C1007
        (P(404, "حمص", "Homs", "city", 34.7308, 36.7094, "SY04"), ["حمص"]),  # C2528
    ]
    index = index_of(places)
    # Echorouk 2015: both ends of the road are cities, however far from Jisr al-Shughur and Idlib.
    text = (
        "سيطرت قوات المعارضة على مدينة جسر الشغور التابعة لمحافظة إدلب. وتقع البلدة على الطريق بين "
        "مدينة اللاذقية الساحلية ومدينة حلب."
    )
    assert found(geoparse(text, index=index)) == {
        "جسر الشغور": "Jisr-Ash-Shugur",
        "اللاذقية": "Lattakia",
        "حلب": "Aleppo",
    }
    # Zaman al-Wasl 2012: "في حمص" is the city; "ريف حمص الشمالي" and "حلب الشمالي" stay areas.
    result = geoparse("انسحب الجيش الحر من حي بابا عمرو في حمص، وتقدم في ريف حمص الشمالي.", index=index)
    assert found(result)["حمص"] == "Homs"
    assert [m.surface for m in result.mentions if m.is_area] == ["ريف حمص الشمالي"]


def test_the_city_a_direction_is_given_from_is_named_beside_the_area_phrase():
    places = [
        (P(409, "الرقة", "Ar-Raqqa", "city", 35.95, 39.01, "SY11"), ["الرقة"]),
        (P(410, "عين عيسى", "Ein Issa", "town", 36.38, 38.86, "SY11"), ["عين عيسى"]),
    ]
    index = index_of(places)
    # Enab Baladi 2021: "بمحيط بلدة عين عيسى شمال الرقة" - the annotators name the city a direction is given from;
    # the area phrase stays the context of the places around, and the city is marked a landmark (no claim's place).
    result = geoparse("وتدور اشتباكات بمحيط بلدة عين عيسى شمال الرقة", index=index)
    assert found(result) == {"عين عيسى": "Ein Issa", "الرقة": "Ar-Raqqa"}
    assert [m.surface for m in result.mentions if m.is_area] == ["شمال الرقة"]
    assert [m.surface for m in result.mentions if m.landmark] == ["الرقة"]
    # ... but a countryside or a province names no city.
    assert found(geoparse("سيطرت الفصائل على قرى بريف الرقة الشمالي", index=index)) == {}


def test_a_tally_of_the_dead_by_province_names_no_city():
    places = [
        (P(407, "حمص", "Homs", "city", 34.73, 36.71, "SY04"), ["حمص"]),
        (P(408, "حلب", "Aleppo", "city", 36.2, 37.15, "SY02"), ["حلب"]),
    ]
    index = index_of(places)
    # Al-Ittihad 2012, Al-Bayan 2012: "ليبلغ عدد القتلى 25 معظمهم في حمص وريفها", "و19 في حلب و13 في حمص".
    assert found(geoparse("ليبلغ عدد القتلى 25 معظمهم في حمص وريفها", index=index)) == {}
    assert found(geoparse("قتل 60 شخصا، و19 في حلب و13 في حمص", index=index)) == {}
    # ... but a fight in the city is one.
    assert found(geoparse("تدور اشتباكات عنيفة في حمص", index=index)) == {"حمص": "Homs"}


def test_a_governorates_name_a_side_took_or_holds_is_its_city():
    places = [
        (P(405, "الرقة", "Ar-Raqqa", "city", 35.95, 39.01, "SY11"), ["الرقة"]),  # C5710
        (P(406, "حماة", "Hama", "city", 35.13, 36.75, "SY05"), ["حماة", "حماه"]),  # C2965
    ]
    index = index_of(places)
    # Al Jazeera 2017, Watan News 2024: a side takes a city, not a province, in a day.
    assert found(geoparse("أعلنت يوم الجمعة الماضي بسط سيطرتها على الرقة بعد معارك", index=index)) == {
        "الرقة": "Ar-Raqqa"
    }
    assert found(geoparse("دخلت المعارضة عقب يوم من السيطرة على حماة", index=index)) == {"حماة": "Hama"}
    # Horrya 2015 (the road "باتجاه اللاذقية"), Zaman al-Wasl 2015 ("ضد أحياء حلب"): a city headed for, or its districts.
    assert found(geoparse("وتقدمت الفصائل باتجاه حماة", index=index)) == {"حماة": "Hama"}
    assert found(geoparse("تقدمت قسد في أحياء الرقة", index=index)) == {"الرقة": "Ar-Raqqa"}
    # ... but a unit named for its aim (Al-Araby Al-Jadeed 2016) and a province's side are no city.
    assert found(geoparse("وقال مسؤول المكتب الإعلامي في لواء تحرير الرقة", index=index)) == {}
    assert found(geoparse("سيطرت المعارضة على حماة الشمالي", index=index)) == {}


def test_quoted_operation_names_and_parts_inside_lists():
    places = [(P(501, "قادسية", "Qadisiyah", "village", 32.6, 36.3, "SY12"), ["قادسية"])]
    index = index_of(places)
    # Moheet 2015: an operation called "قادسية بصرى الشام" is no place.
    assert (
        found(geoparse('ضمن عملية عسكرية، أطلقت عليها المعارضة اسم "قادسية بصرى الشام"', index=index)) == {}
    )
    # Nile News 2014: "part of" inside a list of neighbourhoods.
    text = "عقب سيطرة التنظيم على كامل أحياء العرضي والحويقة الشرقية, وجزء من الحويقة الغربية, وأجزاء من الرشدية والجبيلة في المدينة"
    assert set(found(geoparse(text, index=index))) == {
        "العرضي", "الحويقة الشرقية", "الحويقة الغربية", "الرشدية", "الجبيلة",
    }  # fmt: skip


def test_nationality_adjectives_end_a_name_and_units_are_no_names(index):
    # Al-Watan 2014: "بلدة كسب السورية الحدودية" is Kasab; Kiosque Info 2024: an artillery battalion.
    assert set(found(geoparse("انسحبوا من بلدة النيرب السورية الحدودية مع تركيا", index=index))) == {"النيرب"}
    assert found(geoparse("كما تمت السيطرة على كتيبة مدفعية في الضاحية الغربية لدمشق.", index=index)) == {}


def test_a_one_letter_typo_resolves_only_beside_the_articles_other_places():
    # North Press 2020: "حنوتين" for OCHA's حنتوتين (C3908), named with villages around Saraqib.
    hantutin = P(601, "حنتوتين", "Hantutin", "village", 35.7786, 36.8455, "SY07")
    far = P(602, "حنتوتين", "Hantutin (far)", "village", 33.0, 36.2, "SY12")  # an invented far homonym
    saraqab = P(14, "سراقب", "Saraqab", "town", 35.866, 36.8034, "SY07")
    nayrab = P(11, "النيرب", "Nayrab", "village", 35.8718, 36.7173, "SY07")
    for target, expected in ((hantutin, "Hantutin"), (far, None)):
        index = SimpleIndex(
            [target, saraqab, nayrab], {target.id: ["حنتوتين"], 14: ["سراقب"], 11: ["النيرب"]}
        )
        index.matches = lambda text, t=target: [(t, "transliteration", 0.62, "latin")]
        places = found(geoparse("سيطرت قوات النظام على قرى سراقب والنيرب وحنوتين", index=index))
        assert places["حنوتين"] == expected


def test_counts_adjectives_and_function_words_do_not_make_names():
    places = [
        (P(701, "حلبان", "Halban", "village", 36.3, 37.0, "SY02"), ["حلبان"]),  # a real village, joined key
        (P(702, "منبج", "Manbij", "city", 36.5281, 37.9549, "SY02"), ["منبج"]),  # C1782
        (P(703, "واسعة", "Wasi'ah", "village", 35.0, 37.0, "SY05"), ["واسعة"]),
        (P(704, "الطبقة", "Tabqa", "city", 35.8372, 38.5481, "SY11"), ["الطبقة"]),
    ]
    index = index_of(places)
    # "بحلب أن" is Aleppo and a complementizer, not the village حلبان.
    assert "حلب أن" not in found(
        geoparse("أفادت مصادر في المعارضة السورية بحلب أن اشتباكات تدور", index=index)
    )
    # Dual and plural nisba adjectives end a name (Xwebûn 2022); "مناطق واسعة" is "wide areas".
    assert (
        found(geoparse("مدينتي تل رفعت ومنبج السوريتين اللتان تقعان غرب الفرات", index=index))["منبج"]
        == "Manbij"
    )
    assert found(geoparse("وسيطر التنظيم على مناطق واسعة في ريف حلب", index=index)) == {}
    assert set(found(geoparse("والانسحاب من الطبقة بموجب الاتفاق", index=index))) == {"الطبقة"}
    # Counted places (Al-Ordon 2018): "(13) بلدة وقرية ومزرعة" names none; a glued ديرالزور is an area.
    assert (
        found(geoparse("إن الجيش استعاد (13) بلدة وقرية ومزرعة في ريف القنيطرة الجنوبي", index=index)) == {}
    )
    result = geoparse("سيطرت على قريتين غرب ديرالزور", index=index)
    assert [m.area[2] for m in result.mentions if m.is_area] == ["Deir-ez-Zor"]


def test_a_town_across_the_border_is_only_chosen_beside_the_reports_places():
    samandag = P(801, "السويدية", "Samandağ", "town", 36.0833, 35.9667, "TR31")  # GeoNames, Turkey (Hatay)
    jurneyyeh = P(802, "الجرنية", "Jurneyyeh", "village", 36.0286, 38.6167, "SY11")  # C5797, approximate
    index = SimpleIndex([samandag, jurneyyeh], {801: ["السويدية"], 802: ["الجرنية"]})
    places = found(
        geoparse(
            "حررت قوات سوريا الديمقراطية قرى الجرنية والسويدية من مرتزقة داعش في ريف الرقة.", index=index
        )
    )
    assert places == {"الجرنية": "Jurneyyeh", "السويدية": None}


def test_hashtag_words_joined_by_underscores_are_read_apart(index):
    # Al-Hal 2017 quoting SDF statements: "#تل_السمن"; the surface keeps the text as written.
    result = geoparse("سيطرت قسد على قرى #سراقب و#النيرب وتقدمت نحو #تل_السمن", index=index)
    surfaces = [m.surface for m in result.mentions]
    assert "تل_السمن" in surfaces and "سراقب" in surfaces and "النيرب" in surfaces


def test_an_airport_names_its_town_and_common_words_after_cues_are_no_names(index):
    # Ikhwan Online 2024: "مطار منغ العسكري" — the town is the mention; Al-Thawra 2019: "تلالاً" are hills.
    places = [(P(901, "منغ", "Menagh", "village", 36.5217, 37.0619, "SY02"), ["منغ"])]  # C1622
    menagh = index_of(places)
    assert found(geoparse("وسيطرت الفصائل على مطار منغ العسكري شمال حلب.", index=menagh)) == {"منغ": "Menagh"}
    assert found(
        geoparse("واستعاد الجيش السيطرة على قرية النيرب وتلالاً محيطة بها وفق ما أفاد مراسلنا.", index=index)
    ) == {"النيرب": "Nayrab"}


def test_towns_naming_a_road_are_not_mentions(index):
    # SANA 2017: "تأمين أتوستراد ديرالزور الميادين"; Hibr 2020: "على الطريق الدولي حلب - اللاذقية".
    assert found(
        geoparse("سيطرت قوات النظام على بلدة النيرب على الطريق الدولي سراقب - معرة النعمان.", index=index)
    ) == {"النيرب": "Nayrab"}
    assert found(geoparse("إضافة إلى تأمين أتوستراد سراقب النيرب", index=index)) == {}


def test_list_items_are_not_weapons_adverbs_or_pronouns(index):
    # North Press 2022, Al-Mayadeen 2018, Al-Souria 2016: words inside a list that no place carries.
    text = "وقصفت الفصائل قرى النيرب وسراقب بقذائف المدفعية وبمدافع الهاون متسببةً بأضرارٍ مادية، ما أدّى لوقوع جرحى"
    assert set(found(geoparse(text, index=index))) == {"النيرب", "سراقب"}
    text = "وتقدمت المقاومة تقدماً نحو قرى النيرب وسراقب تمهيداً لاقتحامها وقرى أخرى فيها"
    assert set(found(geoparse(text, index=index))) == {"النيرب", "سراقب"}


def test_regions_and_prepositional_phrases_end_or_make_no_names(index):
    # Al Jazeera 2013 ("الجولان المحتل"), Jisr TV 2020 ("الجهبل بمدخل"), Al-Souria 2016 ("بجبل التركمان بهدف").
    assert found(geoparse("سيطرت المعارضة على معبر في الجولان المحتل", index=index)) == {}
    places = found(geoparse("وتقدمت الفصائل نحو قرية النيرب بمدخل سراقب بهدف السيطرة عليها", index=index))
    assert set(places) == {"النيرب", "سراقب"}


def test_mountain_ranges_and_quoted_group_names_are_not_places(index):
    # Al-Souria 2016 ("جبلي الأكراد والتركمان" are ranges), Enab Baladi 2016 (جبهة “فتح الشام”).
    places = {
        (P(951, "الاكراد", "Akrad", "village", 35.7, 36.2, "SY06"), ("الاكراد",)),
        (P(952, "الشام", "Sham", "village", 34.7, 36.7, "SY04"), ("الشام",)),
    }
    idx = index_of(places)
    assert found(geoparse("قرية قروجة بجبل الأكراد في ريف اللاذقية", index=idx)) == {"قروجة": None}
    assert found(geoparse("واستهدفت جبهة “فتح الشام” حي الوعر", index=idx)) == {"الوعر": None}
    # A side's own name in quotes does not hide the list after it (SMART 2017).
    result = geoparse('وسبق أن سيطرت "قسد" على قرى النيرب وسراقب', index=index)
    assert set(found(result)) == {"النيرب", "سراقب"}


def test_a_left_out_qualifier_or_a_typo_finds_the_place_beside_the_reports_others():
    # Syria TV 2019: "عرادة" is OCHA's "عرادة كبيرة" near Tal Tamr; North Press 2020: "حنوتين" for حنتوتين.
    arada = P(961, "عرادة كبيرة", "Big Arada", "village", 36.62, 40.32, "SY08")  # C5020, approximate
    tal_tamr = P(962, "تل تمر", "Tal Tamer", "town", 36.6588, 40.365, "SY08")  # C4987
    hantutin = P(963, "حنتوتين", "Hantutin", "village", 35.7786, 36.8455, "SY07")  # C3908
    saraqab = P(14, "سراقب", "Saraqab", "town", 35.866, 36.8034, "SY07")
    index = SimpleIndex(
        [arada, tal_tamr, hantutin, saraqab],
        {961: ["عرادة كبيرة"], 962: ["تل تمر"], 963: ["حنتوتين"], 14: ["سراقب"]},
    )
    assert found(geoparse("سيطرت الفصائل على قرى تل تمر وعرادة", index=index))["عرادة"] == "Big Arada"
    assert found(geoparse("سيطرت قوات النظام على قرى سراقب وحنوتين", index=index))["حنوتين"] == "Hantutin"
    # Far from the report's other places, the same guesses are not made.
    assert found(geoparse("سيطرت قوات النظام على قرى سراقب وعرادة", index=index))["عرادة"] is None


def test_a_known_name_after_a_cue_does_not_take_the_next_word_of_the_sentence(index):
    # Dalil Media 2023 ("بلدة الموزرة دون"), Syrian Telegraph 2013 ("مدينة بانياس مشيرا").
    assert found(geoparse("وقصفت قوات النظام بلدة النيرب دون أن تسجل إصابات", index=index)) == {
        "النيرب": "Nayrab"
    }
    assert found(geoparse("وأضاف أن الجيش دخل مدينة سراقب مشيرا إلى مقتل مسلحين", index=index)) == {
        "سراقب": "Saraqab"
    }
    # A name the index lacks keeps its second word: "قرية خربة بشار" is still one name.
    assert "خربة بشار" in found(geoparse("سيطرت الفصائل على قرية خربة بشار", index=index))


def test_outlets_named_like_towns_and_prepositional_stop_words_are_no_places(index):
    # Al-Mayadeen 2018 quoted: "وقال مصدر للميادين"; SY24 2020: "لقوات النظام".
    places = [(P(971, "الميادين", "Al Mayadin", "city", 35.0213, 40.4531, "SY09"), ["الميادين"])]
    idx = index_of(places)
    assert found(geoparse("وقال مصدر عسكري للميادين إن الجيش سيطر على بلدات جديدة", index=idx)) == {}
    assert found(geoparse("ونقل مراسل الميادين أن الجيش تقدم", index=idx)) == {}
    assert found(geoparse("سيطرت قسد على مدينة الميادين", index=idx)) == {"الميادين": "Al Mayadin"}


def test_a_known_two_word_start_grows_into_the_three_word_name_the_text_writes():
    # Al-Mayadeen 2020 ("تل الشيخ منصور"), Syria Observer 2018 ("تل الشيخ حسين"): the gazetteer has تل الشيخ.
    places = [(P(981, "تل الشيخ", "Tal Elsheikh", "village", 35.78, 36.9, "SY07"), ["تل الشيخ"])]
    idx = index_of(places)
    assert set(found(geoparse("سيطر الجيش على قرى تل الشيخ منصور والنيرب", index=idx))) >= {"تل الشيخ منصور"}
    # A verb or a comparative after a name is the sentence going on.
    assert "تل الشيخ" in found(geoparse("وتقدم الجيش نحو تل الشيخ أكبر المواقع", index=idx))


def test_a_list_written_as_hashtags_is_read_item_by_item(index):
    # Al-Hal 2015: "عشر قرى، وهي #مالحا، #ديشو، #سراج ... و#تل_رزازا".
    text = "تمكنت الوحدات من السيطرة على عشر قرى، وهي #النيرب، #ديشو، #سراج، و#تل_رزازا، بالإضافة إلى أربع مزارع."
    assert set(found(geoparse(text, index=index))) == {"النيرب", "ديشو", "سراج", "تل_رزازا"}


def test_a_cue_reads_the_hashtag_after_it(index):
    # Al-Hal 2015: "سيطر #جيش_الفتح ، أمس، على قرية #نحليا" — the hashtag's sign parts no cue from its name.
    places = [(P(992, "نحليا", "Nahliya", "village", 35.8472, 36.5997, "SY07"), ["نحليا"])]  # C4286
    text = "سيطر #جيش_الفتح ، أمس، على قرية #نحليا بعد سيطرته على معسكر."
    assert found(geoparse(text, index=index_of(places))) == {"نحليا": "Nahliya"}


def test_group_names_starting_with_fa_are_groups(index):
    # Sputnik 2016: و"فيلق الرحمن" — فيلق is not ف + يلق; الرحمن is no place here.
    places = [(P(991, "الرحمن", "Rahman", "village", 33.5, 36.4, "SY03"), ["الرحمن"])]
    idx = index_of(places)
    text = 'وطرد الجيش مسلحي "جبهة النصرة" و"أحرار الشام" و"فيلق الرحمن"، من قرى زبدين'
    assert "الرحمن" not in found(geoparse(text, index=idx))


def test_citadels_of_cities_and_oil_fields_are_no_places():
    places = [
        (P(992, "تدمر", "Tadmor", "city", 34.5604, 38.2696, "SY04"), ["تدمر"]),  # C2899
        (P(993, "الحصن", "Hosn", "village", 34.7569, 36.2949, "SY04"), ["الحصن", "قلعة الحصن"]),  # C2596
        (P(994, "الورد", "Ward", "village", 35.0, 40.4, "SY09"), ["الورد"]),
    ]
    idx = index_of(places)
    # APS 2016: "قلعة تدمر" is Palmyra's citadel; Tadmor itself is the mention. A castle-village stays one.
    assert found(geoparse("استعاد الجيش السيطرة على قلعة تدمر ومدينة تدمر", index=idx)) == {"تدمر": "Tadmor"}
    assert "قلعة الحصن" in found(geoparse("سيطر الجيش على قلعة الحصن", index=idx))
    # SANA 2017: "حقل الورد" is an oil field.
    assert found(geoparse("بسطت الأمن في بلدات الجلاء وحقل الورد", index=idx)).get("حقل الورد") is None


DAMASCUS_PLACES = [
    (P(995, "دمشق", "Damascus", "city", 33.5102, 36.29128, "SY01"), ["دمشق"]),  # C1001
    (P(996, "جوبر", "Jober", "village", 34.6828, 36.66498, "SY04"), ["جوبر"]),  # C2504, a Homs village
    (P(997, "كناكر", "Kanaker", "town", 33.2611, 36.0897, "SY03"), ["كناكر"]),
    (P(998, "حلب", "Aleppo", "city", 36.2, 37.16, "SY02"), ["حلب"]),
    (P(999, "اريحا", "Ariha", "town", 35.8131, 36.6106, "SY07"), ["اريحا"]),
]


@pytest.mark.parametrize(
    "text",
    [
        "شهدت العاصمة السورية دمشق قصفا نظاميا",  # Asharq Al-Awsat 2013
        "سيطر المسلحون على قرى جنوب غرب دمشق، من بينها كناكر",  # 2024
        "سقطت قذائف في معظم أحياء دمشق",  # Sham FM 2017
        "سيطر الجيش على أكثر من نصف مساحة الغوطة الشرقية لدمشق",  # Al-Waght 2018
    ],
)
def test_damascus_named_bare_is_the_city_whatever_the_word_before(text):
    # The governorate of Damascus is the city: "شرقي دمشق" names it, unlike "شمال حماة".
    assert found(geoparse(text, index=index_of(DAMASCUS_PLACES)))["دمشق"] == "Damascus"


def test_damascus_countryside_stays_an_area_and_frames_the_neighbourhoods_named_with_it():
    idx = index_of(DAMASCUS_PLACES)
    assert "دمشق" not in found(geoparse("سيطر الجيش على بلدة كناكر بريف دمشق الجنوبي", index=idx))
    # Jobar of Damascus is not the Homs village that the gazetteer has.
    assert found(geoparse("قصفت قوات النظام حي جوبر شرقي دمشق", index=idx))["جوبر"] is None


def test_the_two_ends_of_a_road_named_between_them_are_no_mentions_unless_named_as_towns():
    idx = index_of(DAMASCUS_PLACES)
    # AFP via Elaph 2014: "مورك التي تقع على الطريق الرئيسية بين دمشق وحلب".
    assert found(geoparse("تقع مورك على الطريق الرئيسية بين دمشق وحلب", index=idx)) == {}
    # Shaam 2015: "على الطريق بين مدينتي اريحا وجسر الشغور" names the towns.
    assert "اريحا" in found(
        geoparse("يستهدف الثوار الارتال على الطريق بين مدينتي اريحا وجسر الشغور", index=idx)
    )


def test_countrysides_in_the_plural_list_their_governorates():
    # Al-Watan 2018: "في أرياف حلب وإدلب وحماة ودمشق" — four countrysides, no city.
    result = geoparse(
        "استعاد الجيش عددا من القرى في أرياف حلب وإدلب وحماة ودمشق", index=index_of(DAMASCUS_PLACES)
    )
    assert found(result) == {}
    assert len([m for m in result.mentions if m.is_area]) == 4


def test_idioms_and_nouns_with_a_pronoun_are_no_villages_of_their_name():
    places = [
        (P(1002, "الفور", "Al Fur", "village", 35.0, 40.0, "SY09"), ["الفور"]),
        (P(1003, "صالح", "Saleh", "village", 33.0, 36.5, "SY13"), ["صالح"]),
        (P(1004, "خلاله", "Khlaleh", "village", 35.2, 36.9, "SY05"), ["خلاله"]),
        (P(1005, "عالية", "Aliya", "village", 35.7, 35.9, "SY06"), ["عالية"]),
    ]
    idx = index_of(places)
    # Press Shia 2018, Asharq Al-Awsat 2013, Al-Alam 2024, Halab Today 2018.
    text = (
        "بدأت على الفور وحدات الهندسة بتمشيط المنطقة. وقالوا إنها ستغير مسار المعركة لصالح المعارضة. "
        "وقام بهجوم معاكس تمكن من خلاله من استعادة عدة قرى. والعمليات مستمرة بوتيرة عالية."
    )
    assert found(geoparse(text, index=idx)) == {}


def test_a_common_name_far_from_the_report_is_left_unresolved_rather_than_guessed():
    # Zaman al-Wasl 2012 on Homs: "الخالدية والبياضة": neighbourhoods the gazetteer lacks; its villages of
    # those names lie elsewhere and must not be chosen. Near the report's places a homonym is believed.
    places = [
        (P(1010, "تلبيسة", "Talbiseh", "town", 34.84, 36.73, "SY04"), ["تلبيسة"]),
        (P(1011, "الرستن", "Ar-Rastan", "town", 34.93, 36.73, "SY04"), ["الرستن"]),
        (P(1012, "الخالدية", "Khalidiyeh", "village", 36.5, 40.7, "SY08"), ["الخالدية"]),
        (P(1013, "الخالدية", "Khalidiyeh", "village", 35.9, 36.9, "SY07"), ["الخالدية"]),
        (P(1014, "الغنطو", "Ghanto", "village", 34.82, 36.77, "SY04"), ["الغنطو"]),
        (P(1015, "الغنطو", "Ghanto (Aleppo)", "village", 36.2, 37.2, "SY02"), ["الغنطو"]),
    ]
    idx = index_of(places)
    result = found(geoparse("قصفت قوات النظام تلبيسة والرستن وحي الخالدية", index=idx))
    assert result["الخالدية"] is None
    assert found(geoparse("قصفت قوات النظام تلبيسة والرستن والغنطو", index=idx))["الغنطو"] == "Ghanto"


def test_two_records_of_one_town_are_no_homonyms_to_doubt():
    # Al Jazeera 2015: Tal Brak is in two sources 5 km apart; the report's other towns are 30-45 km off.
    places = [
        (P(1020, "تل براك", "Tal Brak", "village", 36.69, 41.05, "SY08"), ["تل براك"]),
        (P(1021, "تل براك", "Tall Birak", "village", 36.65, 41.08, "SY08"), ["تل براك"]),
        (P(1022, "تل حميس", "Tal Hmis", "town", 36.756, 41.397, "SY08"), ["تل حميس"]),
        (P(1023, "القامشلي", "Quamishli", "city", 37.048, 41.225, "SY08"), ["القامشلي"]),
    ]
    text = "سيطرت الوحدات الكردية على بلدة تل براك، وبلدة تل حميس بين مدن الحسكة والقامشلي."
    assert found(geoparse(text, index=index_of(places)))["تل براك"] in ("Tal Brak", "Tall Birak")


def test_a_list_in_brackets_with_dashes_between_its_items(index):
    # Syrian Press Center 2017: "قرى (خربة صعد – القصر – بسطرة – ...)": known and unknown villages.
    text = "سيطرت قوات النظام على قرى (الهبيط – بسطرة – رجم الدلة – سكيك) شمال شرق إدلب."
    assert {"الهبيط", "بسطرة", "رجم الدلة", "سكيك"} <= set(found(geoparse(text, index=index)))


def test_a_list_after_a_plural_noun_and_a_colon(index):
    # YPG 2015 ("قرى : تيلك ، عويني ، ..."), Yeni Şafak 2024 ("قرى: المشرفة، وتلول الحمر").
    text = "أسفرت عن تحرير كل من قرى : تيلك ، عويني ، و سكيك من إرهاب داعش"
    assert {"تيلك", "عويني", "سكيك"} <= set(found(geoparse(text, index=index)))
    assert {"بسطرة", "الهبيط"} <= set(found(geoparse("سيطرت على قرى: بسطرة، والهبيط", index=index)))


def test_districts_named_by_common_words_and_a_city_named_so():
    places = [
        (P(1030, "الثورة", "Al-Thawrah", "city", 35.8367, 38.5481, "SY11"), ["الثورة", "الطبقة"]),  # C5929
        (P(1031, "الصناعة", "Al Sina'a", "village", 36.1, 37.5, "SY02"), ["الصناعة"]),
    ]
    idx = index_of(places)
    # Yeni Şafak 2024 (Homs), North Press 2020 (Idlib): districts, not the town or village of their name.
    assert found(geoparse("تمكنت المعارضة من دخول حيي الصناعة والقصور", index=idx)) == {
        "الصناعة": None,
        "القصور": None,
    }
    assert found(geoparse("تعرضت أحياء (الثورة، جبارة، الجامعة) للقصف", index=idx)) == {
        "الثورة": None,
        "جبارة": None,
        "الجامعة": None,
    }
    # Al-Mayadeen 2017: "مدينة الثورة" is Tabqa.
    assert found(geoparse("أعلنت قسد تحرير مدينة الثورة بالكامل", index=idx)) == {"الثورة": "Al-Thawrah"}


def test_districts_named_by_any_word_after_the_district_noun_or_in_its_list():
    places = [
        (P(1032, "المحطة", "Mahattah", "village", 36.9, 40.0, "SY08"), ["المحطة"]),
        (P(1033, "المطار", "Al Matar", "village", 35.0, 37.0, "SY07"), ["المطار"]),
        (P(1034, "درعا", "Dar'a", "city", 32.62, 36.1, "SY12"), ["درعا"]),
        (P(1035, "حلب", "Aleppo", "city", 36.2, 37.15, "SY02"), ["حلب"]),
    ]
    idx = index_of(places)
    # Erem News 2014: the districts of Daraa, most named by common words (the station, the airport).
    text = "في حين تسيطر قوات النظام على أحياء المحطة، والسحاري، والمطار، والسبيل في مدينة درعا."
    assert {k: v for k, v in found(geoparse(text, index=idx)).items() if k != "درعا"} == {
        "المحطة": None,
        "السحاري": None,
        "المطار": None,
        "السبيل": None,
    }
    # Welati 2013 (Ras al-Ain): "بحي المحطة" is the station quarter, not the village al-Mahattah.
    assert found(geoparse("اشتباكات مع جبهة النصرة بحي المحطة", index=idx)) == {"المحطة": None}
    # Enab Baladi 2015, Elaph 2021: a quarter named after its city, with the city's own word after it.
    assert found(geoparse("تقف الفصائل على تخوم حي حلب الجديدة", index=idx)) == {"حلب الجديدة": None}
    assert found(geoparse("نجحت المعارضة في السيطرة على حي درعا المحطة", index=idx)) == {"درعا المحطة": None}
    # Jesr Press 2024: such a quarter inside a list of districts is one item and the list goes on after it.
    text = "سيطرت الفصائل على أحياء السحاري وحلب الجديدة والأعظمية والراشدين"
    assert set(found(geoparse(text, index=idx))) == {"السحاري", "حلب الجديدة", "الأعظمية", "الراشدين"}
    # ... but the city itself, a side of it or who holds it names no district.
    assert found(geoparse("وتقدمت قوات النظام في أحياء المدينة الشرقية", index=idx)) == {}
    assert found(geoparse("قصفت قوات النظام أحياء المعارضة", index=idx)) == {}


def test_a_village_named_by_a_common_word_after_its_cue(index):
    # People's Daily 2018, SOHR 2021, Enab Baladi 2016: "قرية الجديدة" ("the new"), "قرية الكبير" ("the big").
    assert set(found(geoparse("أعلن الجيش عن إحكام السيطرة على قرية الجديدة.", index=index))) == {"الجديدة"}
    assert set(found(geoparse("سيطرت الفصائل على قرية الكبير قرب محمية الفرنلق", index=index))) == {"الكبير"}
    # ... but not the place told of or a side of it, and a name prefix still takes its name ("بلدة الشيخ مسكين").
    assert found(geoparse("وصلت القوات إلى قرية المذكورة", index=index)) == {}
    assert set(found(geoparse("سيطرت الفصائل على بلدة الشيخ مسكين", index=index))) == {"الشيخ مسكين"}


def test_a_known_name_that_is_a_common_word_opens_a_list_after_its_plural_noun():
    places = [
        (P(4020, "المتوسطة", "Mutawaseta", "village", 35.5907, 36.9801, "SY07"), ["المتوسطة"]),  # C4020
        (P(4031, "خيارة", "Khyara", "village", 35.6019, 36.9591, "SY07"), ["خيارة"]),  # C4031
        (P(4021, "صريع", "Saree", "village", 35.5836, 37.0783, "SY07"), ["صريع"]),  # C4021
    ]
    idx = index_of(places)
    # Al-Shorouk quoting dpa 2018: "قرى المتوسطة، وخيارة، ..." - "the middle" is the list's first village.
    text = "بشكل مهد لقوات النظام السيطرة على قرى المتوسطة، وخيارة، وصريع."
    assert set(found(geoparse(text, index=idx))) == {"المتوسطة", "خيارة", "صريع"}
    # ... but not a word the plural noun is described by, with no list after it.
    assert found(geoparse("سيطرت قوات النظام على قرى المتوسطة الحجم في المنطقة.", index=idx)) == {}


def test_the_town_barren_highlands_are_named_for_is_a_landmark():
    places = [
        (P(2426, "الجراجير", "Jarajir", "village", 34.1, 36.5, "SY03"), ["الجراجير"]),  # C2426
        (P(2700, "فليطة", "Flita", "village", 33.95, 36.43, "SY03"), ["فليطة"]),
    ]
    idx = index_of(places)
    # Taiz News quoting Al-Alam 2017, Al-Ghad al-Souri 2017: "في جرود فليطة", "في جرود الجراجير" - the town is
    # named (a mention) but the fighting is in its highlands, so it is no claim's place.
    text = "سيطروا على تلة البركان وتلة الحصان الأسود في جرود فليطة وسط قصف جوي، واشتباكات في جرود الجراجير."
    mentions = {m.surface: m for m in geoparse(text, index=idx).mentions}
    assert mentions["فليطة"].landmark and mentions["الجراجير"].landmark
    assert not mentions["تلة الحصان الأسود"].landmark
    # ... and a region's highlands name no town.
    assert found(geoparse("اشتباكات عنيفة في جرود القلمون الغربي", index=idx)) == {}


def test_ordinary_words_that_are_village_names_somewhere_are_no_place_alone():
    places = [
        (P(9101, "رميل", "Rmeil", "village", 33.9, 36.2, "SY03"), ["رميل"]),
        (P(6160, "الدور", "Ad Dur", "village", 32.9, 36.6, "SY13"), ["الدور"]),  # C6160
        (P(9102, "الهبيط", "Hbit", "village", 35.4395, 36.5361, "SY07"), ["الهبيط"]),
    ]
    idx = index_of(places)
    # Enab Baladi 2015: "قصف عنيف بنحو 100 برميل متفجر" (a barrel, not ب + the village رميل).
    assert found(geoparse("تخلّلها قصف عنيف بنحو 100 برميل متفجر خلال يومين.", index=idx)) == {}
    # ... but a village whose name is a common word is named after its cue or in a list (Yalla Syria quoting Erem
    # News 2025: "قرى وبلدات ريف السويداء، بما في ذلك حزم، الثعلة، الدور، سميع"; "دور" was tried as an ordinary
    # word for "على دور حزب الله" and broke such lists).
    assert set(found(geoparse("سيطرت الفصائل على بلدة الدور وقرية الهبيط.", index=idx))) == {
        "الدور",
        "الهبيط",
    }
    text = "سيطر الجيش على قرى الهبيط، رميل، الدور، المزرعة."
    assert {"الهبيط", "رميل", "الدور"} <= set(found(geoparse(text, index=idx)))


def test_a_plural_place_noun_described_opens_no_list_but_another_still_does(index):
    # Al-Jarida quoting AFP 2013: "انطلاقا من معاقل لهم في مناطق نائية في ريف اللاذقية" - "remote areas", no name.
    text = "شنوا معركة تحرير الساحل انطلاقا من معاقل لهم في مناطق نائية في ريف اللاذقية."
    assert found(geoparse(text, index=index)) == {}
    # Selam Democratic 2024: "وبلدات أخرى “X وY" - "other towns" is followed by their list.
    text = "واستهدف القصف تحديداً محيط بلدة الهبيط وبلدات أخرى “سكيك وعابدين بريف إدلب."
    assert set(found(geoparse(text, index=index))) == {"الهبيط", "سكيك", "عابدين"}


def test_a_district_in_a_comma_list_runs_to_its_comma(index):
    # Al-Hal 2017 (Raqqa): "على أحياء (البريد، ...، هشام بن عبد الملك، ...، باب بغداد، الطيار، ...)": multi-word
    # districts (one holding the name of a town, الباب) are whole items and the list goes on after them.
    text = (
        "إن مقاتليها سيطروا حتى الآن على أحياء (البريد، الرميلة، هشام بن عبد الملك، نزلة شحادة، المشلب، "
        "باب بغداد، الطيار، الكهرباء، الجامع القديم، النهضة)."
    )
    assert set(found(geoparse(text, index=index))) == {
        "البريد", "الرميلة", "هشام بن عبد الملك", "نزلة شحادة", "المشلب", "باب بغداد", "الطيار", "الكهرباء",
        "الجامع القديم", "النهضة",
    }  # fmt: skip
    # ... but not past the city whose districts they are (Zaman al-Wasl 2015: "ضد أحياء حلب المحررة، محدثا").
    idx = index_of([(P(1035, "حلب", "Aleppo", "city", 36.2, 37.15, "SY02"), ["حلب"])])
    text = (
        "حملة عنيفة من القصف البرميلي المدمر، أطلقها طيران النظام ضد أحياء حلب المحررة، محدثا مزيدا من الدمار"
    )
    assert set(found(geoparse(text, index=idx))) == {"حلب"}


def test_a_list_after_among_them(index):
    # RT Arabic 2015 (Ariha): "وسيطرتهم على مناطق في محيط أريحا من ضمنها كفرنجد ومعترم وأورم الجوز": unknown names
    # after "from among them" are the areas' places.
    text = "وأفاد نشطاء بسيطرتهم على مناطق في محيط الهبيط من ضمنها كفرنجد ومعترم وأورم الجوز ومناطق أخرى."
    assert {"كفرنجد", "معترم"} <= set(found(geoparse(text, index=index)))


def test_a_list_after_including_with_asides_and_sized_names():
    places = [
        (P(6201, "حزم", "Hazm", "village", 32.74, 36.46, "SY14"), ["حزم"]),
        (P(6202, "الثعلة", "Thaala", "village", 32.70, 36.42, "SY14"), ["الثعلة"]),
        (P(6203, "سميع", "Smei", "village", 32.66, 36.43, "SY14"), ["سميع"]),
        (P(6204, "المزرعة", "Mazraa", "village", 32.78, 36.48, "SY14"), ["المزرعة"]),
        (P(6205, "حماة", "Hama", "city", 35.13, 36.75, "SY05"), ["حماة"]),
    ]
    idx = index_of(places)
    # Yalla Syria quoting Erem News 2025: "بعد سيطرة الجيش السوري الكاملة على معظم قرى وبلدات ريف السويداء، بما في
    # ذلك حزم، الثعلة (ومطارها العسكري)، صورى الكبرى، الدور، سميع، تعاره، نجران، والمزرعة": the list after "including",
    # an aside about the place just named, and a name with its size.
    text = (
        "يأتي هذا التقدم بعد سيطرة الجيش السوري الكاملة على معظم قرى وبلدات المنطقة، بما في ذلك حزم، الثعلة "
        "(ومطارها العسكري)، صورى الكبرى، سميع، تعاره، والمزرعة."
    )
    assert set(found(geoparse(text, index=idx))) == {
        "حزم",
        "الثعلة",
        "صورى الكبرى",
        "سميع",
        "تعاره",
        "المزرعة",
    }
    # Ultra Sawt 2024: "سيطرتها على مواقع حساسة داخل المدينة ومحيطها، بما في ذلك سجن حماة المركزي": a prison named
    # for its city is no list item.
    text = "وأعلنت قوات المعارضة سيطرتها على مواقع حساسة داخل المدينة ومحيطها، بما في ذلك سجن حماة المركزي، ومطار حماة"
    assert "سجن حماة" not in found(geoparse(text, index=idx))


def test_a_word_joined_by_and_between_two_places_is_one_more_place(index):
    # TRT Arabi 2019: "وقرى برزان والجديدة وقصاص" - "الجديدة" ("the new") between two villages is a village.
    text = "سيطرت الفصائل على قرى الهبيط والجديدة وعابدين"
    assert set(found(geoparse(text, index=index))) == {"الهبيط", "الجديدة", "عابدين"}
    # ... but not a word with its pronoun, nor one before a word the index does not know.
    assert set(found(geoparse("سيطرت الفصائل على الهبيط ومحيطها وعابدين", index=index))) == {
        "الهبيط",
        "عابدين",
    }
    assert set(found(geoparse("سيطرت الفصائل على الهبيط والمدفعية والطيران", index=index))) == {"الهبيط"}


def test_the_second_place_of_a_dual_is_read_whatever_its_word(index):
    # Syrian Mirror 2017, ANF 2018, Al-Akhbar 2012: a dual names two places; the second, after و, is one even
    # as a common word (الفرار "the flight", معروف "known") or an unknown name before "على".
    assert set(
        found(geoparse("سيطرت صباح اليوم على قريتي الهبيط والفرار الواقعتين على الطريق", index=index))
    ) == {
        "الهبيط",
        "الفرار",
    }
    assert set(found(geoparse("حررت قريتي الهبيط، ومعروف الواقعتين على حدود العراق", index=index))) == {
        "الهبيط",
        "معروف",
    }
    assert set(found(geoparse("سيطرت على قريتي الهبيط وفتاتيش على طريق الرقة", index=index))) == {
        "الهبيط",
        "فتاتيش",
    }
    # ... but only the second: a third item after a dual is the sentence going on.
    assert set(found(geoparse("سيطرت على قريتي الهبيط وعابدين وتقدمت نحو الشرق", index=index))) == {
        "الهبيط",
        "عابدين",
    }


def test_a_name_whose_article_the_preposition_ate_is_written_without_both():
    places = [
        (P(1040, "المستريحة", "Mustariha", "village", 35.38, 36.47, "SY05"), ["المستريحة"]),
        (P(1041, "الغارية الغربية", "Western Ghariyeh", "village", 32.7, 36.23, "SY12"), ["الغارية الغربية"]),
        (P(1042, "صولا", "Sola", "village", 35.0, 36.0, "SY05"), ["صولا"]),
        (P(1043, "بنان", "Banan", "village", 36.0, 37.0, "SY02"), ["بنان"]),
    ]
    idx = index_of(places)
    # Micro Syria 2017, Syria Observer 2018: "للمستريحة" is ل + المستريحة; the surface is the part written.
    result = found(geoparse("تقدمت قوات النظام وصولا للمستريحة والبلدة الملاصقة للغارية الغربية", index=idx))
    assert result == {"مستريحة": "Mustariha", "غارية الغربية": "Western Ghariyeh"}
    # IRNA 2013: "للبنان" is ل + لبنان, not a village بنان.
    assert found(geoparse("حاولت التسلل من الأراضي التابعة للبنان", index=idx)) == {}


def test_wrong_guesses_far_away_do_not_pull_the_report_away_from_its_places():
    # Al-Khabar TV 2018: a list of Quneitra villages, several of whose names the gazetteer has only in
    # Al-Hasakeh; the Quneitra المعلقة must still be chosen over its homonym in Idleb.
    places = [
        (P(1050, "الرفيد", "Rafid", "village", 32.96, 35.90, "SY14"), ["الرفيد"]),
        (P(1051, "البكار", "Bekar", "village", 32.88, 35.93, "SY14"), ["البكار"]),
        (P(1052, "أبو تينة", "Abu Tineh", "village", 36.61, 40.39, "SY08"), ["أبو تينة"]),
        (P(1053, "الجبيلة", "Jbeileh", "village", 35.43, 40.13, "SY09"), ["الجبيلة"]),
        (P(1054, "المدورة", "Mudawwarah", "village", 35.96, 37.22, "SY02"), ["المدورة"]),
        (P(1055, "المعلقة", "Maalaqa", "village", 32.91, 35.89, "SY14"), ["المعلقة"]),
        (P(1056, "المعلقة", "Maalaqa - Bishlamon", "village", 35.80, 36.37, "SY07"), ["المعلقة"]),
    ]
    text = (
        "سيطر الجيش على قرى الرفيد والبكار وأبو تينة والمعلقة والجبيلة والمدورة.\nوتقع القرى في ريف القنيطرة."
    )
    result = found(geoparse(text, index=index_of(places)))
    assert result["المعلقة"] == "Maalaqa"
    assert result["أبو تينة"] is None  # the Al-Hasakeh village is not the one meant


def test_a_bare_province_name_after_fi_is_the_city_only_for_the_great_cities():
    places = [
        (P(1060, "درعا", "Dar'a", "city", 32.62, 36.10, "SY12"), ["درعا"]),
        (P(1061, "حلب", "Aleppo", "city", 36.2, 37.16, "SY02"), ["حلب"]),
    ]
    idx = index_of(places)
    # Megaphone 2024, Al-Manar 2018: "فصائل المعارضة في درعا" is the province.
    assert found(geoparse("سيطرت فصائل المعارضة في درعا على 6 بلدات", index=idx)) == {}
    assert found(geoparse("سيطرت الفصائل على مدينة درعا", index=idx)) == {"درعا": "Dar'a"}
    # Tasnim 2015: "عدة جبهات في حلب" is the city.
    assert found(geoparse("أحرز الجيش تقدما في عدة جبهات في حلب", index=idx)) == {"حلب": "Aleppo"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Baath 2017: a participle after the last item of a list ends it.
        ("أعادت الأمن إلى قرى الهبيط وسكيك مؤكدا أن الوحدات تتابع تقدمها", {"الهبيط", "سكيك"}),
        # New Orient News 2017: a verb after a list item is the sentence going on.
        ("المجموعات المنتشرة في قريتي الهبيط وبسطرة قصفت البلدة", {"الهبيط", "بسطرة"}),
        # PUKmedia 2013: "بغربي كوردستان" is no part of the name.
        ("في منطقة الهبيط وتل كوجر بغربي كوردستان", {"الهبيط", "تل كوجر"}),
        # Sama News 2014, Syrian Press Center 2016: ordinary words are no list items.
        ("تمكنت الفصائل من السيطرة على قرى عديدة، أبرزها الهبيط وسكيك", {"الهبيط", "سكيك"}),
    ],
)
def test_verbs_participles_and_ordinary_words_end_names(index, text, expected):
    assert set(found(geoparse(text, index=index))) == expected


def test_items_joined_by_a_wa_written_apart_and_a_new_cue_after_wa(index):
    # Al-Nukhba 2012: "حي الشيخ ياسين و العرضي و الحميدية و الجبيلة" — each و written apart.
    text = "ليتركز القصف على حي الشيخ ياسين و العرضي و الجبيلة و الموظفين وسط ارتقاء عدد من الشهداء"
    assert {"الشيخ ياسين", "العرضي", "الجبيلة", "الموظفين"} <= set(found(geoparse(text, index=index)))
    # Syria TV 2021: "لحي البحار وحي طريق السد": the second cue starts a new item.
    assert "البحار" in found(geoparse("قصف بقذائف الهاون لحي البحار وحي الكرك", index=index))
    # ADAR 2020: "التابعتين لناحية شرا" is no name.
    assert "التابعتين لناحية" not in found(
        geoparse("قصفت قريتي الهبيط وسكيك التّابعتين لناحية شرا", index=index)
    )


def test_a_full_stop_typed_without_its_space_ends_the_word_and_the_sentence():
    from gazetteer.geoparse import split_sentences, tokenize

    # 14 October 2013, Al-Watan 2014: "البويضة.واستهدف", "الجولان.وقال".
    text = "فيما يتقدم نحو قرية البويضة.واستهدف الجيش تـ.دمير السلاح. وقال م.د أحمد"
    words = [t.text for t in tokenize(text) if t.is_word]
    assert "البويضة" in words and "واستهدف" in words
    assert "تـ.دمير" in words and "م.د" in words  # a word broken by a dot, an abbreviation: one word each
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "فيما يتقدم نحو قرية البويضة.",
        "واستهدف الجيش تـ.دمير السلاح.",
        "وقال م.د أحمد",
    ]


def test_sizes_are_part_of_names_and_quoted_fields_and_roads_are_no_places(index):
    # Ezdina 2022: "قرية التوخار الكبير"; Al-Rai 2017: "حقل “العمر” النفطي"; Akhbar Al-Aan 2013: طريق “نامر- الحراك”.
    assert "التوخار الكبير" in found(geoparse("وهو من سكان قرية التوخار الكبير شمال المدينة", index=index))
    assert found(geoparse("أعلنت قسد سيطرتها على حقل “العمر” النفطي", index=index)) == {}
    assert found(geoparse("قتل رجلان على طريق “سكيك- الهبيط” في ريف إدلب", index=index)) == {}


def test_a_candidate_that_other_names_could_lie_beside_has_their_support():
    from gazetteer.geoparse import Mention
    from gazetteer.geoparse.context import _support

    def head(*cands):
        m = Mention(surface="x", start=0, end=1, sentence="", sentence_start=0)
        m.candidates = [
            (P(pid, "x", "x", "village", lat, lon, "SY08"), 1.0, "exact") for pid, lat, lon in cands
        ]
        return m

    # Hawar 2019: four Ras al-Ain villages, each with homonyms elsewhere; the Hasakah ones back each other.
    heads = [
        head((1, 36.81, 40.27), (2, 36.65, 38.26)),
        head((3, 36.75, 40.30), (4, 35.10, 36.60)),
        head((5, 36.78, 40.22), (6, 34.60, 36.90)),
        head((7, 36.70, 40.35), (8, 36.30, 37.60)),
    ]
    support = _support(heads)
    assert [support[(g, pid)] for g, pid in ((0, 1), (1, 3), (2, 5), (3, 7))] == [3, 3, 3, 3]
    assert [support[(g, pid)] for g, pid in ((0, 2), (1, 4), (2, 6), (3, 8))] == [0, 0, 0, 0]


def test_a_part_the_gazetteer_does_not_split_is_the_place_beside_the_report():
    # Syria Observer 2018: "الكرك الشرقي" — OCHA has only الكرك; believed because it lies by the other towns.
    places = [
        (P(1080, "الكرك", "Karak", "village", 32.686, 36.349, "SY12"), ["الكرك"]),
        (P(1081, "المسيفرة", "Mseifra", "town", 32.632, 36.342, "SY12"), ["المسيفرة"]),
        (P(1082, "الجيزة", "Jiza", "town", 32.57, 36.33, "SY12"), ["الجيزة"]),
    ]
    text = "دخلت القوات إلى بلدات الكرك الشرقي والمسيفرة والجيزة"
    assert found(geoparse(text, index=index_of(places)))["الكرك الشرقي"] == "Karak"


def test_a_village_that_reads_as_a_preposition_and_a_particle_stays_in_its_list(index):
    # Mazid News 2024: "وهي قبتان الجبل، الشيخ عقيل، بالا، القاسمية": بالا is a village, not ب + إلا.
    text = "أعلنت الفصائل سيطرتها على عدد من البلدات وهي الهبيط، بالا، القاسمية، سكيك."
    assert {"الهبيط", "بالا", "القاسمية", "سكيك"} <= set(found(geoparse(text, index=index)))


def test_a_town_by_another_of_its_names_in_a_sentence_set_elsewhere_is_not_believed():
    # Sham FM 2016: "قرية حصان ... في ريف الرقة": الحصان is also a name of Latakia's town القطيلبية (C3625),
    # which a Raqqa sentence does not mean; the town by its own name is still believed far away.
    places = [
        (P(1, "القطيلبية", "Qteilbiyyeh", "town", 35.2929, 36.0101, "SY06"), ["القطيلبية", "الحصان"]),
    ]
    idx = index_of(places)
    assert surfaces("وسيطرت قوات النظام على قرية حصان في ريف الرقة الشرقي.", idx) == [("حصان", None)]
    assert surfaces("وسيطرت قوات النظام على بلدة القطيلبية وتقدمت في ريف الرقة الشرقي.", idx) == [
        ("القطيلبية", "Qteilbiyyeh")
    ]


def test_outlets_demonstratives_and_neighbourhoods_named_after_a_road():
    places = [
        (P(1, "الميادين", "Mayadin", "city", 35.0196, 40.4525, "SY09"), ["الميادين"]),
        (P(2, "صدد", "Sadad", "town", 34.3114, 36.9253, "SY04"), ["صدد", "الصدد"]),
        (P(3, "درعا", "Dar'a", "city", 32.6244, 36.1061, "SY12"), ["درعا"]),
    ]
    idx = index_of(places)
    # Al-Mayadeen 2013/2018: "وذكر موفد الميادين أن المسلحين": the channel, not the town.
    assert surfaces("وذكر موفد الميادين أن المسلحين انسحبوا من البلدة.", idx) == []
    # Hawar 2018: "وبهذا الصدد التقت وكالتنا": "in this regard", not the Homs town.
    assert surfaces("وبهذا الصدد التقت وكالتنا مع القيادي.", idx) == []
    # Al-Jazeera 2013: "أحياء درعا البلد وحي طريق السد ومخيم درعا": a neighbourhood named after its road.
    assert ("طريق السد", None) in surfaces("قصفت القوات الحكومية حي طريق السد في مدينة درعا.", idx)


def test_bases_outlets_operations_and_bare_size_qualifiers():
    places = [
        (P(1, "شلالة كبيرة", "Big Shallala", "village", 35.95, 37.60, "SY02"), ["شلالة كبيرة"]),
        (P(2, "شلالة", "Shallala", "village", 36.80, 40.90, "SY08"), ["شلالة"]),
        (P(3, "عكاظ", "Okath", "village", 36.10, 37.10, "SY02"), ["عكاظ"]),
        (P(4, "زيزون", "Zayzun", "village", 35.7656, 36.3417, "SY07"), ["زيزون"]),
        (P(5, "بصر الحرير", "Bisr Elharir", "town", 32.84, 36.34, "SY12"), ["بصر الحرير"]),
        (P(6, "جنديرس", "Jandairis", "town", 36.39, 36.68, "SY02"), ["جنديرس"]),
    ]
    idx = index_of(places)
    # Sputnik 2016: "قرية شلالة كبيرة": the gazetteer's name carries its size without the article.
    assert surfaces("بسط الجيش سيطرته على قرية شلالة كبيرة، جنوب حلب.", idx) == [
        ("شلالة كبيرة", "Big Shallala")
    ]
    # Okaz 2013: "كتيبة التسليح" is a base named for its function; "ل «عكاظ»" the outlet told.
    text = "وسيطر الجيش الحر على كتيبة التسليح غرب مدينة بصر الحرير. وأكدت مصادر الحر ل «عكاظ» ذلك."
    assert surfaces(text, idx) == [("بصر الحرير", "Bisr Elharir")]
    # Rozana 2015: "محطة زيزون": the station is named after the village.
    assert surfaces("سيطر جيش الفتح على محطة زيزون.", idx) == [("زيزون", "Zayzun")]
    # SOHR 2021, Anadolu 2018: operations whose names read like places.
    text = "قصفت القوات التركية مناطق “نبع السلام” ودخلت فصائل درع الفرات بلدة جنديرس."
    assert surfaces(text, idx) == [("جنديرس", "Jandairis")]
    # Q Street 2023: "قرى ريف حلب الشرقي الخاضع لسيطرة قسد": no name in "الخاضع لسيطرة".
    assert surfaces("في إحدى قرى ريف حلب الشرقي الخاضع لسيطرة قسد.", idx) == []


def test_the_only_place_of_a_report_is_believed_though_another_governorate_is_named():
    # Al-Masry Al-Youm 2015: the road "بين محافظة حلب ... وحماة" names Aleppo; Morek is the report's one place.
    places = [(P(1, "مورك", "Murak", "village", 35.3676, 36.6917, "SY05"), ["مورك"])]
    text = (
        "سيطرت فصائل معارضة على بلدة على طريق تربط بين محافظة حلب في شمال البلاد وحماة في وسطها. "
        "وقال المرصد إن الفصائل تمكنت من السيطرة بشكل كامل على بلدة مورك."
    )
    assert surfaces(text, index_of(places))[-1] == ("مورك", "Murak")


def test_a_conjunction_written_apart_starts_no_name():
    # ANF 2018: "بقصف المنطقة و أدى هذا القصف إلى إصابة مدنيين": و + أدى is not the place وادي.
    places = [
        (P(1, "وادي", "Wadi", "village", 36.30, 37.30, "SY02"), ["وادي"]),
        (P(2, "عفرين", "Afrin", "town", 36.5117, 36.8697, "SY02"), ["عفرين"]),
    ]
    text = "بدأ الجيش التركي بقصف المنطقة و أدى هذا القصف إلى إصابة مدنيين في عفرين."
    assert surfaces(text, index_of(places)) == [("عفرين", "Afrin")]


def test_a_city_cue_and_its_sentences_governorate_choose_among_homonyms():
    # Alsaa 2012: "كتائب الجيش السوري الحر في محافظة الحسكة ... تحرير مدينة رأس العين", and Latakia named later:
    # the city in Hasakah, not a better-known village of the name elsewhere.
    places = [
        (P(1, "رأس العين", "Ras Al Ain", "city", 36.8506, 40.0706, "SY08"), ["رأس العين"]),
        (P(2, "رأس العين", "Ras El Ein (Latakia)", "village", 35.9278, 35.9841, "SY06", 1.0), ["رأس العين"]),
    ]
    text = (
        "أعلنت كتائب الجيش السوري الحر في محافظة الحسكة شرق سوريا عن تحرير مدينة رأس العين على الحدود التركية. "
        "وخلال الفترة الأخيرة سيطر الجيش الحر على المعابر باستثناء معبرين في محافظة اللاذقية ومحافظة إدلب."
    )
    assert surfaces(text, index_of(places)) == [("رأس العين", "Ras Al Ain")]
    # Without the cue or the sentence's governorate, the better-known place still wins.
    assert surfaces("تحرير رأس العين على الحدود.", index_of(places)) == [
        ("رأس العين", "Ras El Ein (Latakia)")
    ]


def test_words_that_are_no_name_even_after_a_cue():
    places = [
        (P(1, "منكوبة", "Mankubeh", "village", 36.5, 37.5, "SY02"), ["منكوبة"]),
        (P(2, "النصرة", "Nusra", "village", 33.5, 36.4, "SY03"), ["النصرة"]),
        (P(3, "السكري", "Sukkari", "neighbourhood", 36.18, 37.15, "SY02"), ["السكري"]),
    ]
    idx = index_of(places)
    # El Bashayer 2012: "وأعلن الناشطون مسرابا منطقة منكوبة": a disaster area, not the Aleppo village.
    assert surfaces("وأعلن الناشطون مسرابا منطقة منكوبة حيث تتعرض لقصف مدفعي.", idx) == []
    # Akhbar Arabia 2020, SOHR 2022: "إلى قرية شمالها", "منطقة “بوتين-أردوغان”".
    assert surfaces("انسحب المقاتلون إلى قرية شمالها. ونفذت غارات على منطقة “بوتين-أردوغان”.", idx) == []
    # Al-Akhbar 2014: "معقلا لجبهة النصرة": the group, however many villages are called so.
    assert surfaces("بلدة كانت تعتبر معقلا لجبهة النصرة.", idx) == []
    # Kalima 2012: "في حي السكري بمدينة حلب": بمدينة starts the next phrase, it is no part of the name.
    assert ("السكري", "Sukkari") in surfaces("المعركة المقبلة ستكون في حي السكري بمدينة حلب.", idx)


def test_a_cue_then_a_word_with_the_article_is_a_name_even_if_it_reads_as_an_adjective():
    places = [
        (P(1, "مشرفة صغيرة", "Mashrafah Saghirah", "village", 36.45, 38.98, "SY11"), ["مشرفة صغيرة"]),
        (P(2, "المشرفة", "Mashrafa", "village", 34.84, 36.88, "SY04"), ["المشرفة"]),
    ]
    idx = index_of(places)
    # Khabar al-Yom 2020: "في قرية المشرفة الصغيرة": a name with its size, not "an overlooking village".
    assert surfaces("شن المسلحون هجوما في قرية المشرفة الصغيرة.", idx) == [
        ("المشرفة الصغيرة", "Mashrafah Saghirah")
    ]
    # Enab Baladi 2024: "قرية المشرفة".
    assert surfaces("سيطرت الفصائل على قرية المشرفة.", idx) == [("المشرفة", "Mashrafa")]
    # ... while "تلة مشرفة على البلدة" is still an overlooking hill.
    assert surfaces("سيطروا على تلة مشرفة على البلدة.", idx) == []


def test_lists_after_the_following_villages_dual_cues_in_the_nominative_and_around_both():
    places = [
        (P(1, "حلونجي", "Halawanji", "village", 36.70, 37.95, "SY02"), ["حلونجي"]),
        (P(2, "أم سوس", "Um Sosa", "village", 36.68, 37.90, "SY02"), ["أم سوس"]),
        (P(3, "المكرمية", "Makrumiyeh", "village", 34.86, 36.73, "SY04"), ["المكرمية"]),
        (P(4, "تلبيسة", "Talbiseh", "town", 34.84, 36.73, "SY04"), ["تلبيسة"]),
        (P(5, "حفسرجة", "Hafasraja", "village", 35.90, 36.45, "SY07"), ["حفسرجة"]),
        (P(6, "سيجر", "Sayjar", "village", 35.88, 36.47, "SY07"), ["سيجر"]),
    ]
    idx = index_of(places)
    # Shahba Press 2016: "من تحرير القرى التالية "حلونجي، ... أم سوس"".
    assert surfaces('تمكنت الفصائل من تحرير القرى التالية "حلونجي، أم سوس".', idx) == [
        ("حلونجي", "Halawanji"),
        ("أم سوس", "Um Sosa"),
    ]
    # Enab Baladi 2016: "تعرضت قريتا المكرمية وتلبيسة": the dual in the nominative.
    assert surfaces("بل تعرضت قريتا المكرمية وتلبيسة للقصف.", idx) == [
        ("المكرمية", "Makrumiyeh"),
        ("تلبيسة", "Talbiseh"),
    ]
    # SOHR 2022: "غارات جوية على مناطق في محيطي حفسرجة وسيجر".
    assert surfaces("شنت طائرات غارات على مناطق في محيطي حفسرجة وسيجر.", idx) == [
        ("حفسرجة", "Hafasraja"),
        ("سيجر", "Sayjar"),
    ]


def test_ali_after_a_name_prefix_is_the_name_not_the_preposition():
    places = [
        (P(1, "الشيخ علي", "Sheikh Ali", "village", 36.13, 36.93, "SY02"), ["الشيخ علي"]),
        (P(2, "بسرطون", "Bsartun", "village", 36.12, 36.90, "SY02"), ["بسرطون"]),
        (P(3, "تل علي", "Tal Ali", "hill", 32.70, 36.90, "SY13"), ["تل علي"]),
    ]
    idx = index_of(places)
    # Al-Omah 2024: "أرناز وكفربسين وبسرطون والشيخ علي وثكنة معمل النفط".
    assert surfaces("سيطرت الفصائل على قرى بسرطون والشيخ علي وثكنة معمل النفط.", idx) == [
        ("بسرطون", "Bsartun"),
        ("الشيخ علي", "Sheikh Ali"),
    ]
    # ... while على with its alef maksura stays the preposition: "تل على الطريق" names no تل علي.
    assert surfaces("وتقدمت القوات إلى تل على الطريق.", idx) == []


def test_a_list_after_such_as_ends_at_a_relative_word():
    places = [
        (P(1, "المقبلة", "Muqbila", "village", 36.45, 37.20, "SY02"), ["المقبلة"]),
        (P(2, "دير جمال", "Deir Jmal", "village", 36.48, 37.12, "SY02"), ["دير جمال"]),
    ]
    # Qasioun 2024: "فضلاً عن القرى الأخرى مثل المقبلة ودير جمال، مما يعكس نطاق".
    text = "سيطرت الفصائل على مطار منغ، فضلاً عن القرى الأخرى مثل المقبلة ودير جمال، مما يعكس نطاق التقدم."
    assert surfaces(text, index_of(places)) == [("المقبلة", "Muqbila"), ("دير جمال", "Deir Jmal")]


def test_a_list_after_minha_may_follow_a_countryside_phrase():
    places = [
        (P(1, "أرزة", "Arzeh", "village", 35.27, 36.71, "SY05"), ["أرزة"]),
        (P(2, "الشيحة", "Shiha", "village", 35.28, 36.73, "SY05"), ["الشيحة"]),
        (P(3, "كفر الطون", "Kafr Eltoon", "village", 35.30, 36.70, "SY05"), ["كفر الطون"]),
    ]
    # Al-Bawaba 24 2024: "قبضتها على مناطق استراتيجية في ريف حماة الشمالي، منها أرزة، الشيحة، ... وكفر الطون، بذلك".
    text = "بعد إحكام الفصائل قبضتها على مناطق استراتيجية في ريف حماة الشمالي، منها أرزة، الشيحة، وكفر الطون، بذلك باتت."
    assert surfaces(text, index_of(places)) == [
        ("أرزة", "Arzeh"),
        ("الشيحة", "Shiha"),
        ("كفر الطون", "Kafr Eltoon"),
    ]


def test_a_district_named_after_a_road_inside_a_list_of_districts():
    places = [
        (P(1, "الباب", "Al Bab", "city", 36.37, 37.52, "SY02"), ["الباب"]),
        (P(2, "حلب", "Aleppo", "city", 36.2031, 37.1409, "SY02"), ["حلب"]),
    ]
    # Al-Ittihad 2012 (SOHR): "إن أحياء الصاخور وطريق الباب وبستان القصر ... في حلب، تعرضت لقصف عنيف".
    text = "إن أحياء الصاخور وطريق الباب وبستان القصر في حلب، تعرضت لقصف عنيف."
    assert [s for s, _ in surfaces(text, index_of(places))] == ["الصاخور", "طريق الباب", "بستان القصر", "حلب"]
    # ... while a road outside such a list names no district: "على طريق حلب الباب" is the road.
    assert ("الباب", "Al Bab") not in surfaces("سيطرت القوات على قرى على طريق حلب الباب.", index_of(places))


def test_days_adjectives_of_nations_and_the_autonomous_administration_are_no_name_parts():
    places = [
        (P(1, "تل الجابية", "Tal Eljabiyeh", "hill", 32.93, 36.03, "SY12"), ["تل الجابية"]),
        (P(2, "الفيضة", "Fayda", "village", 35.10, 40.40, "SY09"), ["الفيضة"]),
    ]
    idx = index_of(places)
    # Al-Riyadh 2014: "سيطرت قوات النظام على تل الجابية الخميس".
    assert surfaces("سيطرت قوات النظام على تل الجابية الخميس بعد معارك.", idx) == [
        ("تل الجابية", "Tal Eljabiyeh")
    ]
    # Al-Muharrar 2019: "مواقع الميليشيات الإيرانية في قرية الفيضة"; The Levant 2023: "الإدارة الذاتية".
    text = "هاجم التنظيم مواقع الميليشيات الإيرانية في قرية الفيضة. وقالت الإدارة الذاتية إن الهجوم صد."
    assert surfaces(text, idx) == [("الفيضة", "Fayda")]


def test_the_field_alone_is_no_place():
    places = [(P(1, "الحقل", "Haql", "village", 35.0, 36.0, "SY05"), ["الحقل"])]
    # Micro Syria 2017: "حيث يحاول داعش استعادة السيطرة على الحقل": the oil field named before, not a village.
    assert surfaces("حيث يحاول داعش استعادة السيطرة على الحقل.", index_of(places)) == []


def test_a_town_named_for_its_countryside_is_context():
    from gazetteer.geoparse import geoparse

    places = [
        (P(1, "منبج", "Menbij", "city", 36.5281, 37.9549, "SY02"), ["منبج"]),
        (P(2, "العريمة", "A'rima", "village", 36.47, 37.79, "SY02"), ["العريمة"]),
    ]
    # Adar Press 2020: "قرية التوخار في ريف منبج الشمالي الشرقي": the corpus rules read countryside phrases as
    # context (like "بريف حلب"), not as mentions of the town.
    mentions = geoparse(
        "سيطرت القوات على قرية العريمة بريف منبج. ثم دخلت مدينة منبج.", index=index_of(places)
    ).mentions
    flags = [(m.surface, m.countryside) for m in mentions if not m.is_area]
    assert flags == [("العريمة", False), ("منبج", True), ("منبج", False)]


def test_a_correspondents_town_a_roads_towns_and_a_faction_named_for_a_town_are_no_mentions():
    places = [
        (P(1, "دير الزور", "Deir-ez-Zor", "city", 35.3359, 40.1408, "SY09"), ["دير الزور"]),
        (P(2, "ذيبان", "Thiban", "town", 35.0112, 40.5044, "SY09"), ["ذيبان"]),
        (P(3, "دمشق", "Damascus", "city", 33.5138, 36.2765, "SY01"), ["دمشق"]),
        (P(4, "حلب", "Aleppo", "city", 36.2031, 37.1409, "SY02"), ["حلب"]),
    ]
    idx = index_of(places)
    # Enab Baladi 2023: "وأفاد مراسل عنب بلدي في دير الزور أن “قسد” تمكنت".
    assert surfaces("وأفاد مراسل عنب بلدي في دير الزور أن قسد سيطرت على بلدة ذيبان.", idx) == [
        ("ذيبان", "Thiban")
    ]
    # Katehon 2020: "لتأمين الجهة الغربية لطريق "حلب - دمشق" الدولي".
    assert surfaces('لتأمين الجهة الغربية لطريق "حلب - دمشق" الدولي.', idx) == []
    # Al-Arab 2013: "وأحرار الجزيرة، وأحرار دير الزور": a faction.
    assert surfaces("وانضم أحرار دير الزور إلى المعركة.", idx) == []


def test_a_title_followed_by_a_complementizer_or_a_cue_names_no_person():
    places = [(P(1, "كفر عويد", "Kafr Oweid", "village", 35.62, 36.52, "SY07"), ["كفر عويد"])]
    # Syria TV 2021: "وأضاف المراسل أنّ قرية كفرعويد تعرّضت أيضاً لـ قصفٍ مدفعي".
    text = "وأضاف المراسل أنّ قرية كفرعويد تعرّضت أيضاً لقصف مدفعي."
    assert surfaces(text, index_of(places)) == [("كفرعويد", "Kafr Oweid")]


def test_sect_adjectives_fighting_and_a_church_are_no_places():
    places = [
        (P(1, "بارودا", "Baruda", "village", 35.80, 36.10, "SY06"), ["بارودا"]),
        (P(2, "علوية", "Alawiyeh", "village", 35.0, 36.0, "SY05"), ["علوية"]),
    ]
    # Ennahar 2013 (Reuters): "في قرية بارودا وهى واحدة من عدة قرى علوية هاجمها مقاتلو المعارضة".
    text = "يلوحون من سطح برج للجيش فى قرية بارودا وهى واحدة من عدة قرى علوية هاجمها مقاتلو المعارضة."
    assert surfaces(text, index_of(places)) == [("بارودا", "Baruda")]


def test_a_tatweel_standing_alone_is_a_dash_between_list_items():
    places = [
        (P(1, "حريتان", "Haritan", "town", 36.2687, 37.0943, "SY02"), ["حريتان"]),
        (P(2, "عندان", "Andan", "town", 36.2944, 37.0492, "SY02"), ["عندان"]),
        (P(3, "حيان", "Hayyan", "village", 36.2926, 37.0873, "SY02"), ["حيان"]),
    ]
    # SANA via Al-Ahed 2020: "المناطق التالية: ... ـ حريتان ـ عندان ـ حيان ـ بيانون".
    text = "إن وحدات من الجيش تحرر على دفعات المناطق التالية: حريتان ـ عندان ــ حيان، في غرب حلب."
    assert surfaces(text, index_of(places)) == [("حريتان", "Haritan"), ("عندان", "Andan"), ("حيان", "Hayyan")]


def test_a_first_name_after_a_village_cue_or_listed_before_in_is_the_village():
    places = [
        (P(1, "رامي", "Rami", "village", 32.80, 36.75, "SY13"), ["رامي"]),
        (P(2, "طربا", "Tarba", "village", 32.83, 36.80, "SY13"), ["طربا"]),
    ]
    idx = index_of(places)
    # Youm7 2018: "وأن أهالى قرية رامى فى ريف السويداء الشرقى"; Syria TV 2018: "وطربا والشريحي ورامي في الريف الشرقي".
    assert surfaces("وأن أهالى قرية رامى فى الريف الشرقى.", idx) == [("رامى", "Rami")]
    assert surfaces("وقرى طربا ورامي في الريف الشرقي للمحافظة.", idx) == [("طربا", "Tarba"), ("رامي", "Rami")]
    # ... but a man's name stays a man's name.
    assert surfaces("وقال رامي عبد الرحمن في تصريح.", idx) == []


def test_a_ministry_and_an_area_not_far_are_no_places():
    places = [
        (P(1, "زارة", "Zara", "village", 35.01, 36.50, "SY05"), ["زارة"]),
        (P(2, "غير", "Ghair", "village", 36.0, 37.0, "SY02"), ["غير"]),
    ]
    idx = index_of(places)
    # Al-Alam 2013: "الاولى قرب وزارة الصناعة": a ministry, not و + the village زارة.
    assert surfaces("سقوط قذيفتين الاولى قرب وزارة الصناعة.", idx) == []
    # Elaph 2014: "في منطقة غير بعيدة عن الحدود التركية".
    assert surfaces("ست قرى في منطقة غير بعيدة عن الحدود التركية.", idx) == []
    assert surfaces("سيطرت القوات على قرية الزارة.", idx) == [("الزارة", "Zara")]


def test_a_bracket_after_a_plural_place_noun_opens_a_list_and_a_road_named_district_is_an_item():
    places = [
        (P(1, "دفة", "Daffeh", "village", 36.63, 41.07, "SY08"), ["دفة"]),
        (P(2, "هنانو", "Hanano", "neighbourhood", 36.22, 37.18, "SY02"), ["هنانو"]),
    ]
    idx = index_of(places)
    # Al-Akhbar 2014: "إضافة إلى سبع عشرة من القرى المحيطة بها (قرية خربة الشيخ، ... دفة، ... قولو، ... بقجة)".
    text = "إضافة إلى القرى المحيطة بها (دفة، قولو، بقجة)."
    assert surfaces(text, idx) == [("دفة", "Daffeh"), ("قولو", None), ("بقجة", None)]
    # Zaman al-Wasl 2012: "على عدد من الاحياء الشرقية (هنانو، طريق الباب، الصاخور، الحيدرية)".
    text = "يفرضون سيطرتهم على عدد من الاحياء الشرقية (هنانو، طريق الباب، الصاخور)."
    assert [s for s, _ in surfaces(text, idx)] == ["هنانو", "طريق الباب", "الصاخور"]


def test_kurdish_name_prefixes_start_names():
    places = [(P(1, "دفة", "Daffeh", "village", 36.63, 41.07, "SY08"), ["دفة"])]
    # Al-Akhbar 2014: "(... بقجة، كر بيجنك، عته، بهية، كوجو ...)"; Syria TV 2019: "وقرماني وكر بشك وتل دياب".
    text = "إضافة إلى القرى المحيطة بها (دفة، كر بيجنك، كوجو)."
    assert surfaces(text, index_of(places)) == [("دفة", "Daffeh"), ("كر بيجنك", None), ("كوجو", None)]
    # ... and "كر وفر" (attack and retreat) is no name.
    assert surfaces("واندلعت معارك كر وفر في قرية دفة.", index_of(places)) == [("دفة", "Daffeh")]


def test_a_list_item_may_end_on_a_definite_direction():
    places = [(P(1, "دامان", "Daman", "village", 36.60, 38.50, "SY11"), ["دامان"])]
    # Veto 2015 (YPG): "(طابخان وهوس ودامان ومفر أصالة الغربي وبير معالجة ومختار وسيمالك ...)".
    text = "وتمكنوا من تحرير القرى، وهي: (دامان ومفر أصالة الغربي وبير معالجة وسيمالك)."
    assert surfaces(text, index_of(places)) == [
        ("دامان", "Daman"),
        ("مفر أصالة الغربي", None),
        ("بير معالجة", None),
        ("سيمالك", None),
    ]


def test_a_towns_old_quarter_is_the_town():
    places = [
        (P(1, "عدرا", "Adra", "town", 33.61, 36.51, "SY03"), ["عدرا"]),
        (P(2, "عدرا العمالية", "Adra al-Ummaliyah", "town", 33.65, 36.57, "SY03"), ["عدرا العمالية"]),
    ]
    # Al-Araby 2014: "استفادت من سيطرتها على عدرا البلد وعدرا العمالية".
    text = "استفادت قوات النظام من سيطرتها على عدرا البلد وعدرا العمالية."
    assert surfaces(text, index_of(places)) == [
        ("عدرا البلد", "Adra"),
        ("عدرا العمالية", "Adra al-Ummaliyah"),
    ]


def test_a_dual_adjective_after_a_name_is_not_part_of_it():
    places = [
        (P(1, "جيرود", "Jirud", "town", 33.80, 36.74, "SY03"), ["جيرود"]),
        (P(2, "عين ديوار", "Ein Diwar", "village", 37.28, 42.18, "SY08"), ["عين ديوار"]),
    ]
    idx = index_of(places)
    # Tunisien.tn 2018 (AFP): "من الرحيبة وبلدتي الناصرية وجيرود المجاورتين إلى منطقة سيطرة الفصائل".
    assert surfaces("لانسحاب المقاتلين من بلدتي الناصرية وجيرود المجاورتين إلى الشمال.", idx)[-1] == (
        "جيرود",
        "Jirud",
    )
    # Al-Jamal 2023: "وتحديداً قريتي كردميك وعين ديوار القريبين من مواقع انتشار الجيش السوري".
    assert surfaces("وتحديداً قريتي كردميك وعين ديوار القريبين من مواقع الجيش.", idx)[-1] == (
        "عين ديوار",
        "Ein Diwar",
    )


def test_regions_are_no_list_items():
    places = [(P(1, "حوران", "Hawran", "village", 32.7, 36.2, "SY12"), ["حوران"])]
    # Iran Press 2022: "من المنطقة الغربية من كافة مدن وقرى حوران"; Tunisien.tn 2018: "من بلدات القلمون الشرقي".
    assert surfaces("من كافة مدن وقرى حوران.", index_of(places)) == []
    assert surfaces("خروج المقاتلين من بلدات القلمون الشرقي لتصبح المنطقة خالية.", index_of(places)) == []


def test_the_shipped_districts_list_is_read():
    from gazetteer.geoparse.districts import city_districts
    from gazetteer.normalize import name_key

    districts = city_districts()
    assert (
        len(districts) > 100
    )  # (the list ships with the gazetteer's data; a moved module must still find it)
    assert name_key("حلب") in districts[name_key("الجميلية")]


def test_a_citys_district_is_not_a_far_village_of_the_same_name():
    places = [
        (P(1, "حلب", "Aleppo", "city", 36.2031, 37.1409, "SY02"), ["حلب"]),
        (P(2, "الميدان", "Maydan Afrin", "village", 36.52, 36.86, "SY02"), ["الميدان"]),
        (P(3, "الزهراء", "Zahraa", "village", 36.3617, 37.0090, "SY02"), ["الزهراء"]),
    ]
    idx = index_of(places)
    # Jesr Press 2024: "وأكدوا دخول الفصائل وسيطرتها على أحياء الجميلية والعزيزية والسكري والميدان والمشهد".
    text = "دخلت الفصائل مدينة حلب وسيطرت على حي الميدان."
    assert surfaces(text, idx) == [("حلب", "Aleppo"), ("الميدان", None)]
    # ... a village that is no district of the city is kept, and without the city named so is the namesake.
    assert surfaces("قصفت الطائرات مدينة حلب وبلدة الزهراء.", idx)[-1] == ("الزهراء", "Zahraa")
    assert surfaces("سيطرت الفصائل على قرية الميدان.", idx) == [("الميدان", "Maydan Afrin")]


def test_a_citys_old_quarter_is_the_city():
    homs = [(P(3, "حمص", "Homs", "city", 34.72, 36.71, "SY04"), ["حمص"])]
    # Al-Alam 2014: "وقد خرجت الجمعة اخر مجموعات مسلحي المعارضة السورية من حمص القديمة".
    text = "وقد خرجت اخر مجموعات مسلحي المعارضة من حمص القديمة."
    assert surfaces(text, index_of(homs)) == [("حمص القديمة", "Homs")]


def test_a_direction_adverb_ends_a_name_and_a_college_is_no_village():
    places = [
        (P(1, "كفر حور", "Kafr Hoor", "village", 33.40, 35.93, "SY03"), ["كفر حور"]),
        (P(2, "كلية", "Kuliyeh", "village", 36.0, 37.0, "SY02"), ["كلية"]),
    ]
    idx = index_of(places)
    # 24.ae 2017: "سلسلة التلال الممتدة من كفر حور شمالاً حتى قرية مغر المير جنوباً".
    assert surfaces("سلسلة التلال الممتدة من كفر حور شمالاً حتى الجنوب.", idx) == [("كفر حور", "Kafr Hoor")]
    # The New Khalij 2016: "مكنت المعارضة من السيطرة على كلية المدفعية": the artillery college.
    assert surfaces("مكنت المعارضة من السيطرة على كلية المدفعية.", idx) == []


def test_a_city_named_inside_a_landmark_still_makes_its_districts_districts():
    places = [
        (P(1, "حلب", "Aleppo", "city", 36.2031, 37.1409, "SY02"), ["حلب"]),
        (P(2, "الميدان", "Maydan Afrin", "village", 36.52, 36.86, "SY02"), ["الميدان"]),
    ]
    idx = index_of(places)
    # Jesr Press 2024: "تفيد بسيطرة الفصائل على قلعة حلب ... وسيطرتها على أحياء الجميلية والعزيزية والسكري والميدان".
    text = "تفيد بسيطرة الفصائل على قلعة حلب. وأكدوا سيطرتها على حي الميدان."
    assert ("الميدان", None) in surfaces(text, idx)
    # ... but not the countryside: "ريف حلب" names no city.
    assert ("الميدان", "Maydan Afrin") in surfaces("سيطرت الفصائل على ريف حلب وقرية الميدان.", idx)
    # Khabar 2019: "بالإضافة لأحياء جمعية الزهراء والحمدانية وحلب الجديدة": New Aleppo is a quarter of the city.
    assert surfaces("سقطت قذائف في حلب الجديدة.", idx) == [("حلب الجديدة", "Aleppo")]


def test_centre_of_and_and_not_end_a_name():
    places = [(P(1, "ربيعة", "Rabee'a", "town", 35.80, 36.04, "SY06"), ["ربيعة"])]
    idx = index_of(places)
    # Al-Araby 2016: "بدأت اقتحام بلدة ربيعة مركز جبل التركمان"; Watan FM 2015: "حرجلة ولا تزال".
    assert surfaces("بدأت اقتحام بلدة ربيعة مركز جبل التركمان.", idx) == [("ربيعة", "Rabee'a")]
    assert surfaces("سيطرت الفصائل على قرية حرجلة ولا تزال الاشتباكات مستمرة.", idx) == [("حرجلة", None)]


def test_a_governorate_named_bare_after_a_preposition_places_its_sentence():
    places = [
        (P(1, "الزبداني", "Az-Zabdani", "city", 33.7263, 36.0960, "SY03"), ["الزبداني"]),
        (P(2, "مضايا", "Madaya", "town", 33.6892, 36.0990, "SY03"), ["مضايا"]),
        (P(3, "الفوعة", "Foah", "village", 35.9731, 36.6992, "SY07"), ["الفوعة"]),
        (P(4, "السفيرة", "As-Safira", "city", 36.0774, 37.3701, "SY02"), ["السفيرة"]),
        (P(5, "الغنطو", "Ghanto", "village", 34.8329, 36.6883, "SY04"), ["الغنطو"]),
    ]
    idx = index_of(places)

    # Al-Alam 2015: a report on al-Zabadani opens with a town in another governorate, which it names.
    text = (
        "استشهد 5 مدنيين في مدينة الفوعة في ادلب السورية جراء القصف المدفعي، من جانب آخر واصل الجيش السوري"
        " تقدمه في وسط مدينة الزبداني وبلدة مضايا بريف دمشق."
    )
    assert found(geoparse(text, index=idx))["الفوعة"] == "Foah"
    # ... without the governorate named, a lone far village stays unresolved (more likely a namesake).
    assert found(geoparse(text.replace(" في ادلب السورية", ""), index=idx))["الفوعة"] is None
    # Libya Today 2013, a round-up: "وفي حمص" sets where the next clause's places are.
    text = (
        "وفي حمص تعرضت مناطق في بلدة الغنطو لقصف من قبل القوات الحكومية، فيما تقدمت قوات الحكومة السورية"
        " حول بلدة السفيرة في ريف حلب الجنوبي."
    )
    assert found(geoparse(text, index=idx))["الغنطو"] == "Ghanto"


def test_a_name_written_with_a_final_alef_or_a_doubled_waw_is_the_gazetteers_place():
    places = [
        (P(1, "الفوعة", "Foah", "village", 35.9731, 36.6992, "SY07"), ["الفوعة"]),
        (P(2, "كفريا", "Kafraya", "village", 35.9667, 36.6830, "SY07"), ["كفريا"]),
        (P(3, "الداودية", "Dawoodiyeh", "village", 36.5560, 40.5660, "SY08"), ["الداودية"]),
        (P(4, "تل تمر", "Tal Tamer", "town", 36.6500, 40.3700, "SY08"), ["تل تمر"]),
    ]
    idx = index_of(places)

    # Inbaa 2016: "الفوعا" for الفوعة; Akhbar el-Yom 2019: "الداوودية" for الداودية.
    assert found(geoparse("قصف المسلحون بلدتي كفريا والفوعا بريف إدلب.", index=idx))["الفوعا"] == "Foah"
    assert (
        found(geoparse("انتشر الجيش في قرية الداوودية قرب بلدة تل تمر.", index=idx))["الداوودية"]
        == "Dawoodiyeh"
    )


def test_a_misspelling_of_a_name_the_report_also_spells_right_is_that_place():
    places = [
        (P(1, "خان الشيح", "Khan Elshih", "village", 33.3870, 36.0830, "SY03"), ["خان الشيح"]),
        (P(2, "تل أبيض", "Tell Abiad", "city", 36.6978, 38.9548, "SY11"), ["تل أبيض"]),
        (P(3, "المبروكة", "Mabruka", "village", 36.6590, 39.7573, "SY08"), ["المبروكة"]),
        (P(4, "رأس العين", "Ras Al Ain", "city", 36.8520, 40.0690, "SY08"), ["رأس العين"]),
        (P(5, "رأس العين", "Ra's al Ayn", "village", 36.5830, 38.3610, "SY11"), ["رأس العين"]),
    ]
    idx = index_of(places)

    # Al-Wasat carrying dpa, 2016: Khan al-Shih written right twice and with خ for ح once.
    slip = "هجوماً عنيفا بمختلف انواع الأسلحة شنته القوات الحكومية على بلدة خان الشيخ وان مواجهات تجري على اطراف البلدة."
    text = "تشهد بلدة خان الشيح في ريف دمشق الغربي مواجهات هي الاعنف. " + slip
    assert found(geoparse(text, index=idx))["خان الشيخ"] == "Khan Elshih"
    # ... the same misspelling alone, with nothing to confirm it, stays unresolved.
    assert found(geoparse(slip, index=idx))["خان الشيخ"] is None
    # A 2019 tribal-council site: Tell Abiad written three ways; a misspelling is no witness for the
    # village of Ras al-Ain beside Tell Abiad, and the city the report names stays the city.
    text = (
        "أعلن الجيشان التركي والوطني السوري سيطرتهما على كامل مدينة تل أبيض، وبلدة المبروكة شرق المدينة."
        " وقالت مصادر إنه جرى السيطرة على أكثر من 42 قرية في رأس العين وتل أبيص، بينما يجري تمشيط مدينة"
        " تل أبيب. ولم يحكموا السيطرة بعد على مدينة رأس العين."
    )
    places_found = found(geoparse(text, index=idx))
    assert places_found["تل أبيص"] == places_found["تل أبيب"] == "Tell Abiad"
    assert places_found["رأس العين"] == "Ras Al Ain"


def test_a_cue_with_its_article_before_a_dual_cue_is_no_village_and_hill_pair():
    places = [
        (P(1, "حرستا", "Harasta", "town", 33.5584, 36.3640, "SY03"), ["حرستا"]),
        (P(2, "دمشق", "Damascus", "city", 33.5102, 36.2913, "SY01"), ["دمشق"]),
    ]
    idx = index_of(places)
    # Al Jazeera Mubasher 2012: "this neighbourhood and the two neighbourhoods of Harasta and Barzeh".
    text = "تمكن الجيش الحر من إسقاط إحدى المروحيات في دمشق أثناء استهدافها منازل هذا الحي وحيّيْ حرستا وبرزة."
    result = geoparse(text, index=idx)
    assert [m.surface for m in result.mentions if "حرستا" in m.surface] == ["حرستا"]
    assert found(result)["حرستا"] == "Harasta"


def test_a_region_inside_one_governorate_places_the_names_of_its_sentence():
    places = [
        # (a town here: a name's one city is kept far from the report when its near homonym fails)
        (P(1, "دوما", "Duma", "town", 33.5699, 36.3991, "SY03"), ["دوما"]),
        (P(2, "دوما", "Duma", "village", 32.8512, 36.7749, "SY13"), ["دوما"]),
        (P(3, "داعل", "Da'el", "town", 32.7538, 36.1304, "SY12"), ["داعل"]),
        (P(4, "درعا البلد", "Dar'a al Balad", "village", 32.6104, 36.0938, "SY12"), ["درعا البلد"]),
    ]
    idx = index_of(places)
    # Micro Syria 2016: a round-up of the south ends with a rocket on Duma "in the Eastern Ghouta".
    text = (
        "وقصف الطيران الحربي التابع لقوات نظام الأسد مدينة داعل بريف درعا، بينما طال قصف مدفعي مناطق في درعا"
        " البلد. وأعلن الدفاع المدني السوري عن سقوط العديد من الجرحى جراء سقوط صاروخ أرض – أرض أطلقته قوات"
        " نظام الأسد على الأحياء السكنية في مدينة دوما بالغوطة الشرقية."
    )
    assert found(geoparse(text, index=idx))["دوما"] == "Duma"
    assert next(m.place.admin1 for m in geoparse(text, index=idx).mentions if m.surface == "دوما") == "SY03"
    # ... without the region the far city is not believed beside the Daraa places.
    assert found(geoparse(text.replace(" بالغوطة الشرقية", ""), index=idx))["دوما"] is None


def test_a_subdistrict_named_as_where_places_lie_is_context_not_a_place():
    places = [
        (P(1, "أم الشوق", "Um Elshouq", "village", 36.4400, 40.9100, "SY08"), ["أم الشوق"]),
        (P(2, "الهول", "Al-Hol", "town", 36.3800, 41.1400, "SY08"), ["الهول"]),
        (P(3, "سنجار", "Sinjar", "town", 35.6100, 36.9800, "SY07"), ["سنجار"]),
    ]
    idx = index_of(places)
    # Sputnik 2015: the village "of the subdistrict of al-Hol" (corpus rule: a subdistrict phrase is context).
    text = 'وقتلت ستة من عناصره، كانوا قد هاجموا قرية "أم الشوق" التابعة لناحية الهول ضمن مدينة الحسكة.'
    result = geoparse(text, index=idx)
    hol = next(m for m in result.mentions if m.surface == "الهول")
    assert hol.countryside and not next(m for m in result.mentions if m.surface == "أم الشوق").countryside
    assert geoparse("تعرضت قرى في ناحية الهول لقصف مدفعي", index=idx).mentions[0].countryside
    # Al-Alam 2018: a subdistrict taken is its town, a place like any other.
    text = "قوات الجيش السوري سيطرت على ناحية سنجار الاستراتيجية"
    assert [(m.surface, m.countryside) for m in geoparse(text, index=idx).mentions] == [("سنجار", False)]


def test_a_side_after_a_plural_cue_and_a_countryside_of_two_sides_are_no_places():
    idx = index_of([(P(1, "الكبينة", "Kabani", "village", 35.8300, 36.3500, "SY06"), ["الكبينة"])])
    # Deyar al-Nagab 2021: "positions of the regime" after the plural cue مواقع.
    text = "قال الناشط إن فصائل المعارضة قصفت مواقع للنظام السوري في محاور تلال الكبينة بجبل الأكراد."
    assert [m.surface for m in geoparse(text, index=idx).mentions if not m.is_area] == ["الكبينة"]
    assert geoparse("استهدف التنظيم مواقعَ للقوات الحكومية", index=idx).mentions == []
    # Baladi News 2023: one countryside with two sides, then what befell it.
    mentions = geoparse(
        "شهدت بلدات وقرى ريفي إدلب الجنوبي والشرقي قصفا مدفعيا وصاروخيا مكثّفا", index=idx
    ).mentions
    assert [(m.surface, m.is_area) for m in mentions] == [("ريفي إدلب الجنوبي والشرقي", True)]


def test_a_direction_after_a_town_is_its_side_not_an_unknown_twin():
    places = [
        (P(1, "القصير", "Al-Qusayr", "town", 34.5089, 36.5797, "SY04"), ["القصير"]),
        (P(2, "تل عار", "Tall Ar", "village", 35.1000, 36.7000, "SY05"), ["تل عار"]),
    ]
    idx = index_of(places)
    # IRNA 2013: "in the southern countryside of al-Qusayr".
    mentions = geoparse(
        "وهو يتجه الآن نحو بلدتي السلومية والرحمونية في ريف القصير الجنوبي.", index=idx
    ).mentions
    qusayr = next(m for m in mentions if "القصير" in m.surface)
    assert (qusayr.surface, qusayr.countryside, qusayr.place.name_en) == ("القصير", True, "Al-Qusayr")
    # ... while in a list of villages a town's name with a direction is another village (Syria News 2018:
    # "قرى القنطرة الشمالية والجنوبية", villages the index lacks beside the town القنطرة).
    idx2 = index_of(places + [(P(3, "القنطرة", "Al-Qantara", "town", 34.9000, 36.8000, "SY04"), ["القنطرة"])])
    text = "ودخلت وحدات من الجيش امس إلى قرى القنطرة الشمالية والجنوبية والدمينة"
    assert [m.surface for m in geoparse(text, index=idx2).mentions][:1] == ["القنطرة الشمالية"]
    # ... and a village's direction word still names another place (the Wikipedia map's hills).
    assert [m.surface for m in geoparse("سيطرت على تل عار شرقي، وتقدمت", index=idx).mentions] == [
        "تل عار شرقي"
    ]


def test_a_name_ending_like_a_pronoun_after_a_cue_is_the_place():
    places = [
        (P(1, "كفر ناها", "Kafr Naha", "village", 36.168, 36.984, "SY02"), ["كفر ناها"]),
        (P(2, "أبين سمعان", "Abin Samaan", "village", 36.188, 36.963, "SY02"), ["أبين سمعان"]),
    ]
    idx = index_of(places)
    # North Press 2020: كفرناها ends in ها like "أبرزها", but a cue names it.
    text = "كما استهدف قريتي كفرناها وأبين سمعان في ريف حلب الغربي."
    assert found(geoparse(text, index=idx)) == {"كفرناها": "Kafr Naha", "أبين سمعان": "Abin Samaan"}
    # ... while with no cue nor list such a word is read as a noun with its pronoun, as before.
    assert found(geoparse("وقالت إن الطائرات استهدفت كفرناها", index=idx)) == {}


def test_a_preposition_with_its_waw_reads_the_name_after_it():
    places = [
        (P(1, "جسر الشغور", "Jisr-Ash-Shugur", "city", 35.8126, 36.3187, "SY07"), ["جسر الشغور"]),
        (P(2, "قرقور", "Qarqur", "village", 35.7090, 36.3370, "SY05"), ["قرقور"]),
    ]
    idx = index_of(places)
    # Al-Alam 2024, quoting the army: "... in Jisr al-Shughur and in al-Qarqur".
    text = "وبين أن الجيش السوري استهدف أيضا المسلحين في جسر الشغور وفي القرقور، وأيضا استهدف خطوط إمداد المسلحين."
    assert found(geoparse(text, index=idx)) == {"جسر الشغور": "Jisr-Ash-Shugur", "القرقور": "Qarqur"}


def test_a_cue_before_kull_min_names_the_places_after_it():
    places = [
        (P(1, "مرعيان", "Marayan", "village", 35.7404, 36.5632, "SY07"), ["مرعيان"]),
        (P(2, "المغارة", "Maghara", "village", 35.7361, 36.5791, "SY07"), ["المغارة"]),
    ]
    # Deyar al-Nagab 2021: "the axis of each of Marayan and al-Maghara" ("كل" is no place).
    text = "قصفها المدفعي على منطقة جبل الزاوية، مستهدفة محور كل من مرعيان والمغارة، ما أدى إلى إصابة امرأة."
    assert found(geoparse(text, index=index_of(places))) == {"مرعيان": "Marayan", "المغارة": "Maghara"}


def test_a_list_after_a_count_of_villages_or_cities_names_each():
    places = [
        (P(1, "درعا", "Dar'a", "city", 32.6189, 36.1021, "SY12"), ["درعا"]),
        (P(2, "القنيطرة", "Quneitra", "city", 33.1260, 35.8240, "SY14"), ["القنيطرة"]),
        (P(3, "حمص", "Homs", "city", 34.7324, 36.7137, "SY04"), ["حمص"]),
        (P(4, "تادف", "Tadef", "town", 36.3480, 37.5300, "SY02"), ["تادف"]),
        (P(5, "طومان", "Touman", "village", 36.3100, 37.5500, "SY02"), ["طومان"]),
        (P(6, "شماوية", "Shmawiyeh", "village", 36.3300, 37.5900, "SY02"), ["شماوية"]),
    ]
    idx = index_of(places)
    # Center Sweden 2024: "four cities in 24 hours, namely Daraa, Quneitra and Homs" (bare governorate names).
    text = "وأكدت المعارضة أنها بذلك نجحت في تحرير 4 مدن خلال 24 ساعة، وهي درعا والقنيطرة وحمص."
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["درعا", "القنيطرة", "حمص"]
    # Shaam 2024: "14 villages in the eastern countryside of Aleppo, namely ..." (a singular noun after a count).
    text = "تمكنت الغرفة من تحرير مدينة تادف، وكذلك 14 قرية في ريف حلب الشرقي، وهي طومان وشماوية."
    assert found(geoparse(text, index=idx)) == {"تادف": "Tadef", "طومان": "Touman", "شماوية": "Shmawiyeh"}
    # ... while a governorate named after a list of villages stays the governorate.
    assert [m.is_area for m in geoparse("قصف قرى ريف حمص", index=idx).mentions] == [True]


def test_a_name_takes_the_cue_of_a_later_mention():
    places = [
        (P(1, "تل تمر", "Tal Tamer", "town", 36.65, 40.37, "SY08"), ["تل تمر"]),
        (P(2, "رأس العين", "Ras al-Ain village", "village", 36.74, 40.37, "SY08"), ["رأس العين"]),
        (P(3, "رأس العين", "Ras Al Ain", "city", 36.65, 40.57, "SY08"), ["رأس العين"]),
    ]
    idx = index_of(places)
    # Named bare first, then as "مدينة رأس العين": one place, the city the later cue names (not the village
    # a little nearer the report's other place).
    text = "قصفت القوات التركية بلدة تل تمر ورأس العين. ولم تحكم السيطرة بعد على مدينة رأس العين."
    assert {m.place.name_en for m in geoparse(text, index=idx).mentions if "رأس العين" in m.surface} == {
        "Ras Al Ain"
    }
    # ... the bare name alone is the nearer village.
    text = "قصفت القوات التركية بلدة تل تمر ورأس العين."
    assert found(geoparse(text, index=idx))["رأس العين"] == "Ras al-Ain village"


def test_a_city_far_from_the_report_is_kept_when_its_near_homonym_fails():
    places = [
        (P(1, "القصير", "Al-Qusayr", "town", 34.5053, 36.5798, "SY04"), ["القصير"]),  # C2774
        (P(2, "حمص", "Homs", "city", 34.7227, 36.7148, "SY04"), ["حمص"]),  # C2728
        (P(3, "درعا", "Dar'a", "city", 32.6187, 36.1134, "SY12"), ["درعا"]),  # C6311
        (P(4, "السويداء", "As-Sweida", "city", 32.7118, 36.5674, "SY13"), ["السويداء"]),  # C6401
        (P(5, "القنيطرة", "Quneitra", "city", 33.1256, 35.8240, "SY14"), ["القنيطرة"]),  # C6268
        (P(6, "القنيطرة", "Quneitra (Tartus)", "village", 34.6939, 36.0872, "SY10"), ["القنيطرة"]),  # C5311
    ]
    idx = index_of(places)
    # Center Sweden 2024: the Tartus village is nearest the report's Homs, but the list names cities.
    text = (
        "أعلنت الفصائل السورية المسلحة أننا سيطرنا على مدينة القصير بريف حمص على الحدود مع لبنان. "
        "وأكدت المعارضة أنها بذلك نجحت في تحرير 4 مدن خلال 24 ساعة، وهي درعا والقنيطرة والسويداء وحمص."
    )
    assert found(geoparse(text, index=idx))["القنيطرة"] == "Quneitra"
    # ... a village's homonym far from the report is still refused when the name has no city.
    places[4] = (P(5, "القنيطرة", "Quneitra (Quneitra)", "village", 33.1256, 35.8240, "SY14"), ["القنيطرة"])
    assert found(geoparse(text, index=index_of(places)))["القنيطرة"] is None


def test_the_government_named_for_its_capital_is_no_place_and_no_context():
    places = [
        (P(1, "روتان", "Rotan", "village", 37.0616, 41.5020, "SY08"), ["روتان"]),  # C4770
        (P(2, "القحطانية", "Qahtaniyyeh", "town", 37.0285, 41.5427, "SY08"), ["القحطانية", "تربه سبيه"]),
        (P(3, "دمشق", "Damascus", "city", 33.5102, 36.2913, "SY01"), ["دمشق"]),
        (P(4, "عين العرب", "Ain Al Arab", "city", 36.8909, 38.3482, "SY02"), ["عين العرب", "كوباني"]),
    ]
    idx = index_of(places)
    # Syriac Press 2022: "a point of the Damascus government's forces" is the government, and a village of
    # Hasakah is not judged against Rural Damascus.
    text = (
        "بالتزامن مع استهداف نقطة لقوات حكومة دمشق في قرية قرموغ شرق كوباني. "
        "كما تعرضت اكاديمية قوات السوتورو السريانية في قرية روتان ومواقع نفطية في محيط تربه سبيه لقصف عنيف."
    )
    places_found = found(geoparse(text, index=idx))
    assert "دمشق" not in places_found
    assert places_found["روتان"] == "Rotan"
    # ... while Damascus named as a city still is one.
    assert found(geoparse("سقطت قذائف على أحياء دمشق الشرقية", index=idx)) == {"دمشق": "Damascus"}


def test_a_list_follows_a_plural_cue_and_its_adjective():
    places = [
        (P(1, "ذيبان", "Thiban", "town", 35.0076, 40.5071, "SY09"), ["ذيبان"]),
        (P(2, "الشحيل", "Shheil", "village", 35.1287, 40.3970, "SY09"), ["الشحيل"]),
        (P(3, "الطيانة", "Tayana", "village", 35.0453, 40.4770, "SY09"), ["الطيانة"]),
        (P(4, "درنج", "Darnaj", "village", 34.9978, 40.5568, "SY09"), ["درنج"]),
    ]
    idx = index_of(places)
    # Selam Democratic 2024: "the surroundings of Thiban and other towns “Shheil, Tayana and Darnaj" (single
    # words the gazetteer holds as villages are names here only as the list's items).
    text = "واستهدف القصف تحديداً محيط بلدة ذيبان وبلدات أخرى “الشحيل والطيانة ودرنج بريف دير الزور الشرقي."
    assert found(geoparse(text, index=idx)) == {
        "ذيبان": "Thiban",
        "الشحيل": "Shheil",
        "الطيانة": "Tayana",
        "درنج": "Darnaj",
    }
    # ... but "it too" after a list's opener is no list: "تطويقها هي الأخرى و فصلها عن دوما".
    text = "من أجل تطويق بلدات الغوطة هي الأخرى و فصلها عن ذيبان."
    assert "فصلها" not in found(geoparse(text, index=idx))


def test_a_village_beside_another_of_the_reports_places_is_kept_far_from_their_centre():
    places = [
        (P(1, "البريقة", "Breiqa", "village", 33.03889, 35.86827, "SY14"), ["البريقة"]),  # C6269
        (
            P(2, "البريقة", "Al Burayqah", "village", 35.17314, 40.42328, "SY09"),
            ["البريقة"],
        ),  # GeoNames 8275969
        (P(3, "بئر عجم", "Bir Ajam", "village", 33.05267, 35.86585, "SY14"), ["بئر عجم"]),  # C6267
        (P(4, "دمشق", "Damascus", "city", 33.5102, 36.29128, "SY01"), ["دمشق"]),  # C1001
        (P(5, "القنيطرة", "Quneitra", "city", 33.12562, 35.82397, "SY14"), ["القنيطرة"]),  # C6268
    ]
    idx = index_of(places)
    # Sabr 2012 (dpa quoting SOHR): two villages of the Golan's demilitarised zone, 1.5 km apart, and an
    # activist "from Damascus" 60 km away — the report's centre is no reason to refuse the common name.
    text = (
        "وقال رامي عبد الرحمن، مدير المرصد السوري لحقوق الإنسان، إنه بعد قتال عنيف على مدار الأسبوع الماضي، "
        "تمكن الثوار من السيطرة على قريتي البريقة وبئر عجم. "
        "وأكد الناشط هيثم العبد الله من دمشق أن المقاتلين يسيطرون حاليا على مناطق قريبة من القنيطرة بالجولان."
    )
    assert found(geoparse(text, index=idx))["البريقة"] == "Breiqa"
    # ... alone with the far city, the common name is still refused.
    text = "تمكن الثوار من السيطرة على قرية البريقة. وأكد الناشط هيثم العبد الله من دمشق ذلك."
    assert found(geoparse(text, index=idx))["البريقة"] is None


def test_a_governorates_city_named_as_a_city_joins_the_governorates_named():
    places = [
        (P(1, "درعا", "Dar'a", "city", 32.61872, 36.11342, "SY12"), ["درعا"]),  # C6311
        (
            P(2, "درعا البلد", "Dar'a al Balad", "village", 32.61044, 36.09379, "SY12"),
            ["درعا البلد"],
        ),  # C6317
        (P(3, "حمص", "Homs", "city", 34.72272, 36.71482, "SY04"), ["حمص"]),  # C2728
    ]
    idx = index_of(places)
    # Sarmady 2017 (dpa): Daraa's old town, then "in Homs" — the report names Homs and the city of Daraa.
    text = (
        "سيطرت فصائل المعارضة السورية، اليوم السبت، على حي المنشية في مدينة درعا جنوب سوريا. "
        "وأضاف القائد العسكري أن الطائرات ألقت أكثر من 20 برميلاً متفجراً على أحياء درعا البلد. "
        "وفي حمص، أفادت وكالة الأنباء السورية الرسمية أن مئات من المقاتلين غادروا آخر حي في مدينة حمص."
    )
    assert found(geoparse(text, index=idx))["درعا البلد"] == "Dar'a al Balad"


def test_ali_written_with_its_ya_after_abu_or_sheikh_is_part_of_the_name():
    places = [
        (P(1, "تل الشيخ", "Tall ash Shaykh", "village", 36.40, 37.30, "SY02"), ["تل الشيخ"]),
        (P(2, "تل الشيخ علي", "Tall ash Shaykh Ali", "village", 36.45, 37.35, "SY02"), ["تل الشيخ علي"]),
    ]
    idx = index_of(places)
    assert found(geoparse("سيطرت الفصائل على تل الشيخ علي شرق حلب", index=idx)) == {
        "تل الشيخ علي": "Tall ash Shaykh Ali"
    }
    # ... the preposition على (alef maksura) ends the name.
    assert found(geoparse("سيطرت الفصائل على تل الشيخ على الطريق", index=idx)) == {
        "تل الشيخ": "Tall ash Shaykh"
    }
    # Syria News 2016: "opposition factions took Jabal Abu Ali and Burj al-Bayda in the Turkmen Mountain".
    text = "أن فصائل معارضة سيطرت على جبل أبو علي وبرج البيضاء في جبل التركمان"
    assert "جبل أبو علي" in {m.surface for m in geoparse(text, index=idx).mentions}


def test_a_bases_number_inside_a_list_does_not_end_it():
    places = [
        (
            P(1, "الشيخ عقيل", "Shaykh Aqil", "village", 36.31184, 36.94026, "SY02"),
            ["الشيخ عقيل"],
        ),  # GeoNames 172749
        (P(2, "بسرطون", "Bsartun", "village", 36.20444, 36.91064, "SY02"), ["بسرطون"]),  # C1147
    ]
    idx = index_of(places)
    # Al Jazeera Mubasher 2024: "villages: Sheikh Aqil, Regiment 46, Kafr Basma, Bsartun and Hur".
    text = "وكانت قوات المعارضة قد سيطرت على قرى: الشيخ عقيل، والفوج 46، وكفر بسمة، وبسرطون، وحور."
    surfaces = [m.surface for m in geoparse(text, index=idx).mentions]
    assert surfaces[-3:] == ["كفر بسمة", "بسرطون", "حور"]
    assert found(geoparse(text, index=idx))["بسرطون"] == "Bsartun"


def test_a_relative_pronoun_starts_no_name_whatever_its_joined_key_spells():
    idx = index_of([(P(1, "تيما", "Tima", "village", 32.8359, 36.76467, "SY13"), ["تيما"])])  # C6225
    # Ahwal Masr 2015: "the remaining positions that the army still holds" (التي ما joined spells تيما).
    text = "للسيطرة على المواقع الباقية التى ما زال الجيش يسيطر عليها، فى محافظة القنيطرة."
    assert found(geoparse(text, index=idx)) == {}
    assert found(geoparse("قصفت قوات النظام قرية تيما", index=idx)) == {"تيما": "Tima"}


def test_a_word_of_news_text_after_a_cued_name_ends_it():
    idx = index_of([(P(1, "يلدا", "Yalda", "village", 33.4564, 36.3206, "SY03"), ["يلدا"])])  # C2375
    # Bokra 2018: "the army took full control of al-Qadam district last week" (القدم is not in the index).
    text = "يذكر أن الجيش السوري بسط سيطرته الكاملة على حي القدم الأسبوع الفائت، بعد أن أخلى مسلحو جبهة النصرة الحي"
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["القدم"]
    # (a known two-word name still reads whole: "حي القدم العسالي" is one unknown neighbourhood)
    assert [m.surface for m in geoparse("سيطر الجيش على حي القدم العسالي", index=idx).mentions] == [
        "القدم العسالي"
    ]


def test_a_size_qualifier_of_the_other_gender_names_the_same_village():
    idx = index_of(
        [  # OCHA COD 2015 points (C1779, C1831)
            (P(1, "قرعة كبيرة", "Bir Quraa", "village", 36.4308, 37.9399, "SY02"), ["قرعة كبيرة"]),
            (P(2, "قرعة صغيرة", "Little Quraa", "village", 36.4295, 37.9607, "SY02"), ["قرعة صغيرة"]),
        ]
    )
    # Akhbar Al-Aan 2016: "the said forces freed the villages of Qara'a al-Kabir and Qara'a al-Saghir".
    text = "من جهة اخرى حررت قوات المذكورة كل من قرى قرعة الكبير وقرعة الصغير في جنوبي منبج"
    assert found(geoparse(text, index=idx)) == {"قرعة الكبير": "Bir Quraa", "قرعة الصغير": "Little Quraa"}


def test_a_plural_with_the_article_names_places_told_before_not_a_list_after_it():
    idx = index_of(
        [
            (P(1, "حردتنين", "Hardatnin", "village", 36.3675, 37.1009, "SY02"), ["حردتنين"]),  # C1647
            (P(2, "رتيان", "Retyan", "village", 36.3477, 37.0915, "SY02"), ["رتيان"]),  # C1651
        ]
    )
    # Shia Waves 2015: "after the two towns are freed, the army gains fire control over the villages ...".
    text = "وبعد تحرير البلدتين يخول الجيش السيطرة ناريا على قريتي حردتنين ورتيان المجاورتين"
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["حردتنين", "رتيان"]
    # (a bracketed list after it is one: Al-Souria 2016, "اقتحام القريتين(آرا والكبينة)")
    text = "صدّ الهجوم البري الذي نفذته قوات النظام في اقتحام القريتين(حردتنين ورتيان)"
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["حردتنين", "رتيان"]


def test_a_kunya_after_a_verb_of_saying_or_before_a_role_is_a_man_not_a_village():
    idx = index_of([(P(1, "برزان", "Barzan", "village", 36.0, 36.4, "SY07"), ["برزان"])])
    # Revolutionary Forces of Syria media office 2017: "Abu Barzan, deputy commander of Jaysh Usud al-Sharqiya, said".
    text = "وعن ذلك قال أبو برزان نائب قائد جيش أسود الشرقية أحد تشكيلات الجيش السوري الحر"
    assert found(geoparse(text, index=idx)) == {}
    assert found(geoparse("قصفت قوات النظام قرية برزان", index=idx)) == {"برزان": "Barzan"}


def test_a_name_prefix_keeps_its_second_word_even_an_ordinary_one():
    idx = index_of([(P(1, "جملة", "Jamla", "village", 32.7981, 35.9418, "SY12"), ["جملة"])])  # C6116
    # Al-Araby Al-Jadeed via Aajel 2018: "after taking the villages of Abu Kharj, al-Awad and Jamla".
    text = "وذلك بعد يومٍ من سيطرتها على قرى أبو خرج والعواض وجملة."
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["أبو خرج", "العواض", "جملة"]


def test_a_list_after_a_pronoun_for_places_and_its_namely_is_read():
    idx = index_of([(P(1, "شنوان", "Shinwan", "village", 32.9, 37.1, "SY13"), ["شنوان"])])
    # Revolutionary Forces of Syria media office 2017: "after Jaysh Usud al-Sharqiya's full control of them, namely ...".
    text = "فالمعارك انتهت بعد سيطرة كاملة لجيش أسود الشرقية عليها وهي الساقية والكراع والدياثة وشنوان"
    assert [m.surface for m in geoparse(text, index=idx).mentions] == [
        "الساقية",
        "الكراع",
        "الدياثة",
        "شنوان",
    ]
    # ("وهي" after such a pronoun followed by a verb names nothing)
    assert geoparse("سيطرت القوات عليها وهي تبعد 5 كم عن المدينة", index=idx).mentions == []


def test_jdeideh_begins_a_village_name_as_other_name_prefixes_do():
    idx = index_of([(P(1, "جديدة عرطوز", "Jdeidet Artouz", "town", 33.44, 36.16, "SY03"), ["جديدة عرطوز"])])
    # Two Jdeidehs in Rural Damascus, the second missing from the index: both are mentions.
    text = "سيطرت قوات النظام على قريتي جديدة عرطوز وجديدة الفضل."
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["جديدة عرطوز", "جديدة الفضل"]
    # ("قرى جديدة" alone are new villages, not a name)
    assert geoparse("سيطرت قوات النظام على قرى جديدة في المنطقة.", index=idx).mentions == []


def test_a_slash_between_names_goes_on_with_the_list():
    idx = index_of(
        [
            (P(1, "الهبيط", "Hbit", "village", 35.4395, 36.5361, "SY07"), ["الهبيط"]),
            (P(2, "سكيك", "Skik", "village", 35.4287, 36.7689, "SY07"), ["سكيك"]),
        ]
    )
    # Kurdish-area outlets list villages with slashes ("صوغانة/عاقيبة/إبين"); the last one is not in the index.
    text = "قصفت القوات التركية قرى الهبيط/سكيك/عاقيبة."
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["الهبيط", "سكيك", "عاقيبة"]
    # (a month written twice is no list: "في أيلول/سبتمبر")
    assert [
        m.surface for m in geoparse("وفي أيلول/سبتمبر قصفت القوات التركية قرية الهبيط.", index=idx).mentions
    ] == ["الهبيط"]


def test_a_bare_name_prefix_takes_a_common_word_as_its_second():
    idx = index_of([(P(1, "سكيك", "Skik", "village", 35.4287, 36.7689, "SY07"), ["سكيك"])])
    # Tasnim 2015: "تلة عين الحياة" (the hill of the spring of life); RFS 2017: "بير العورة" (a well, a desert point).
    for text, name in [
        ("سيطر الجيش على تلة عين الحياة قرب سكيك.", "تلة عين الحياة"),
        ("بعد سيطرة الثوار عليها وهي الساقية وسكيك وبير العورة وبير قنيات", "بير العورة"),
    ]:
        assert name in [m.surface for m in geoparse(text, index=idx).mentions]
    # (a prefix with its article names a place alone: "العين الرئيسية" is the main spring, not a longer name)
    surfaces = [
        m.surface for m in geoparse("سيطر الجيش على قرية العين الرئيسية قرب سكيك.", index=idx).mentions
    ]
    assert "العين الرئيسية" not in surfaces


def test_ruwaysa_is_a_hill_cue_of_the_latakia_mountains():
    idx = index_of([(P(1, "عين الجوزة", "Ein Eljoze", "village", 35.86, 36.02, "SY06"), ["عين الجوزة"])])
    # Al-Watan 2014, Rozana 2016, Tasnim 2015: "ورويسة الجاعورة", "رويسة القلعة", "رويسة الديبات" - hilltops.
    text = "تمكن الجيش من بسط سيطرته على عين الجوزة ورويسة الجاعورة ورويسة القلعة."
    assert [m.surface for m in geoparse(text, index=idx).mentions] == [
        "عين الجوزة",
        "رويسة الجاعورة",
        "رويسة القلعة",
    ]


def test_a_bases_number_before_the_next_items_waw_keeps_the_list_going():
    idx = index_of(
        [
            (P(1, "الشيخ عقيل", "Sheikh Aqil", "village", 36.25, 37.0, "SY02"), ["الشيخ عقيل"]),
            (P(2, "بسرطون", "Basratun", "village", 36.24, 36.98, "SY02"), ["بسرطون"]),
        ]
    )
    # Al Jazeera Mubasher 2024: "... and Anjara and the 46th Regiment and Kafr Basma and Basratun".
    text = (
        "سيطرت فصائل المعارضة على قرى وبلدات عدة، منها الشيخ عقيل وبلدة عينجارة والفوج 46 وكفر بسمة وبسرطون."
    )
    assert [m.surface for m in geoparse(text, index=idx).mentions] == [
        "الشيخ عقيل",
        "عينجارة",
        "كفر بسمة",
        "بسرطون",
    ]


def test_khirbet_is_a_cue_kept_in_the_name_and_a_link_word_does_not_end_one():
    idx = index_of([(P(1, "تل علي", "Tal Ali", "hill", 33.2, 36.6, "SY03"), ["تل علي"])])
    # SANA via Sputnik 2018: "تل علي ... وخربة الأمباشي وخربة الهيبرية"; "قرية فيضة بن موينع" (Deir ez-Zor).
    text = "أحكمت وحدات من الجيش سيطرتها على تل علي وخربة الأمباشي وخربة الهيبرية، وعلى قرية فيضة بن موينع."
    assert [m.surface for m in geoparse(text, index=idx).mentions] == [
        "تل علي",
        "خربة الأمباشي",
        "خربة الهيبرية",
        "فيضة بن موينع",
    ]
    # ("قرية خربة 14 كيلو متراً": a village called Khirbeh; "ذو" is no link: "جبل الغراب ذو الموقع")
    assert [
        m.surface for m in geoparse("اشتباكات في قرية خربة 14 كيلو متراً شمال تل علي.", index=idx).mentions
    ][0] == "خربة"
    assert "جبل الغراب ذو الموقع" not in [
        m.surface
        for m in geoparse("سيطروا على جبل الغراب ذو الموقع الاستراتيجي قرب تل علي.", index=idx).mentions
    ]


def test_a_wa_typed_apart_and_a_names_other_name_in_brackets_keep_a_list_going():
    idx = index_of([(P(1, "دير داما", "Deir Dama", "village", 33.07, 36.58, "SY12"), ["دير داما"])])
    # Sputnik 2018 (Daraa, al-Lajat): "قرى وبلدات "دير داما (المياس) والبستان و سياح شرقي و الشومرية ...""
    text = (
        'سيطرت على قرى وبلدات "دير داما (المياس) والبستان و سياح شرقي و الشومرية و برغوشة و المدورة و العلالي" '
        "بريف درعا."
    )
    mentions = [m for m in geoparse(text, index=idx).mentions if not m.is_area]
    assert [m.surface for m in mentions] == [
        "دير داما",
        "المياس",
        "البستان",
        "سياح شرقي",
        "الشومرية",
        "برغوشة",
        "المدورة",
        "العلالي",
    ]
    assert all(text[m.start : m.end] == m.surface for m in mentions)  # (offsets past the space after و)
    # a list in brackets ends there: what follows its و is no longer the list
    text = "تعرضت مناطق في أحياء (الثورة، جبارة، الجامعة، وأرض الحارة) ومدرستين في مدينة دير داما لقصف."
    assert "مدرستين" not in [m.surface for m in geoparse(text, index=idx).mentions]


def test_a_direction_after_a_side_or_axis_word_is_no_place():
    idx = index_of(
        [
            (P(1, "ذيبان", "Thiban", "town", 35.01, 40.5, "SY09"), ["ذيبان"]),
            (P(2, "الشرقي", "Ash Sharqi", "village", 35.2, 40.3, "SY09"), ["الشرقي"]),
        ]
    )
    # Al-Quds Al-Arabi 2023: "clashes since dawn on the eastern axis of the town of Dhiban".
    text = "الاشتباكات تدور منذ فجر الأربعاء على المحور الشرقي لبلدة ذيبان، وفي الجهة الشرقية منها."
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["ذيبان"]


def test_a_semicolon_after_a_plural_cue_opens_its_list_like_a_colon():
    idx = index_of([(P(1, "الدحلة", "Dahleh", "village", 35.1, 40.3, "SY09"), ["الدحلة"])])
    # Al-Araby Al-Jadeed 2023: "and before that it took new villages and towns; Ekeidat, Jdidet Bakara and al-Dahla".
    text = "وسيطرت قسد قبل ذلك على قرى وبلدات جديدة؛ عكيدات وجديدة بكارة والدحلة، بعد قصف عشوائي."
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["عكيدات", "جديدة بكارة", "الدحلة"]


def test_a_title_blocks_a_mans_name_but_not_past_a_word_joined_by_wa():
    idx = index_of([(P(1, "الجورة", "Jora", "neighbourhood", 35.33, 40.12, "SY09"), ["الجورة"])])
    # Syrian Press Center 2016: "... and going round Brigade 137 and encircling al-Jura" - اللواء is a title of
    # men too, but what follows its و is no part of a man's name.
    text = "سيطرة التنظيم على البغيلية مكنه من الإلتفاف على اللواء 137 وتطويق الجورة وعدة مناطق."
    assert "الجورة" in [m.surface for m in geoparse(text, index=idx).mentions]


def test_a_one_word_gazetteer_name_does_not_grow_into_the_verb_after_it():
    idx = index_of(
        [
            (P(1, "الخفية", "Khafiyeh", "village", 35.67, 37.05, "SY07"), ["الخفية"]),
            (P(2, "الجفر", "Jafr", "village", 35.66, 37.07, "SY07"), ["الجفر"]),
        ]
    )
    # Al-Waght 2018: "after taking ... the two villages of al-Khafiya and al-Jafr, army units dismantled ...".
    text = "بعد السيطرة على قريتي الخفية والجفر قامت وحدات الجيش بتفكيك الألغام."
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["الخفية", "الجفر"]


def test_dad_written_for_zah_still_finds_the_place():
    idx = index_of([(P(1, "أبو الضهور", "Abu al-Duhur", "town", 35.74, 37.05, "SY07"), ["أبو الضهور"])])
    # Al-Waght 2018 writes "أبو الظهور" beside "أبو الضهور": ض and ظ are one sound in Syrian speech.
    found = geoparse("سيطر الجيش على بلدة ابو الظهور.", index=idx).mentions
    assert [(m.surface, m.place.name_en if m.place else None) for m in found] == [
        ("ابو الظهور", "Abu al-Duhur")
    ]


def test_a_quoted_name_ending_in_ali_and_a_cue_with_kaf_keep_a_list_going():
    idx = index_of([(P(1, "العطشانة", "Atshana", "village", 35.9, 39.3, "SY11"), ["العطشانة"])])
    # Shaam 2017: 'the towns of al-Atshana, al-Huwayja and "al-Ghanim Ali" and "Zur Shammar" and al-Bu Hamad'.
    text = 'استعادة السيطرة على بلدات العطشانة و"الغانم علي" و"زور شمر" والبوحمد والمغلة.'
    assert [m.surface for m in geoparse(text, index=idx).mentions] == [
        "العطشانة",
        "الغانم علي",
        "زور شمر",
        "البوحمد",
        "المغلة",
    ]
    # Tasnim 2014: 'several villages, such as the village of " Arza and Khattab and ..."'.
    text = 'كما سيطر الجيش على عدة قرى كقرية " أرزة وشرعايا وتل الصمصام ".'
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["أرزة", "شرعايا", "تل الصمصام"]


def test_the_places_of_fronts_named_in_the_plural_or_dual():
    idx = index_of([(P(1, "الضمير", "Dumayr", "town", 33.64, 36.69, "SY03"), ["الضمير"])])
    # Orient 2016: 'IS's attack came from the two axes "Dakwa" and "Bir al-Qasab"'.
    text = 'أكد المصدر أن هجوم التنظيم كان من محوري "دكوة" و"بير القصب" قرب الضمير.'
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["دكوة", "بير القصب", "الضمير"]
    # ... but not the fronts' directions: "على محاور الغرب والجنوب"
    text = "تدور الاشتباكات على محاور الغرب والجنوب قرب الضمير."
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["الضمير"]


def test_two_known_places_a_comma_separates_open_a_list_of_unknown_names():
    idx = index_of(
        [
            (P(1, "الخريطة", "Kharita", "village", 35.35, 39.95, "SY09"), ["الخريطة"]),
            (P(2, "حاوي خريطة", "Hawi Khuraytah", "village", 35.36, 39.96, "SY09"), ["حاوي خريطة"]),
        ]
    )
    # Al-Masdar via Micro Syria 2017: 'the regime forces took today (al-Khuraita, Hawi Khuraita, al-Saadat, al-Misrab,
    # and Annaba) in the north-western Deir ez-Zor countryside'.
    text = "سيطرت قوات النظام اليوم على (الخريطة، حاوي خريطة، السعدات، المسراب، وعنابة) في ريف دير الزور."
    assert [m.surface for m in geoparse(text, index=idx).mentions if not m.is_area] == [
        "الخريطة",
        "حاوي خريطة",
        "السعدات",
        "المسراب",
        "عنابة",
    ]
    # The same run joined by و (Tasnim 2014: "أرزة وخطاب وخربة الحجامة وبلحسين والقصيعية وشرعايا").
    text = "سيطرت قوات النظام اليوم على الخريطة وحاوي خريطة والسعدات والمسراب في ريف دير الزور."
    assert [m.surface for m in geoparse(text, index=idx).mentions if not m.is_area] == [
        "الخريطة",
        "حاوي خريطة",
        "السعدات",
        "المسراب",
    ]
    # One known place, then words after a comma: no list ("الخريطة، السعدات" alone is no run of places).
    text = "سيطرت قوات النظام اليوم على الخريطة، السعدات والمسراب قريبة."
    assert [m.surface for m in geoparse(text, index=idx).mentions if not m.is_area] == ["الخريطة"]


def test_ala_typed_onto_the_word_before_is_a_word_of_its_own():
    from gazetteer.geoparse.text import tokenize

    # Akhbar Al-Aan 2013: "سيطر الجيش الحرعلى بلدة داعل".
    words = [t.text for t in tokenize("سيطر الجيش الحرعلى بلدة داعل") if t.is_word]
    assert words == ["سيطر", "الجيش", "الحر", "على", "بلدة", "داعل"]
    # ... but words that end so are left whole: "الأعلى", "التفاعلي", "المعلى".
    for word in ("الأعلى", "التفاعلي", "المعلى"):
        assert [t.text for t in tokenize(word)] == [word]


def test_an_association_word_alone_is_no_place():
    idx = index_of(
        [
            (P(1, "المغير", "Al Mughayr", "village", 36.17, 37.05, "SY02"), ["المغير"]),
            (P(2, "كفرجوم", "Kafr Joum", "village", 36.18, 37.03, "SY02"), ["كفرجوم"]),
        ]
    )
    # Al Jazeera Mubasher 2024 and Al-Ghad 2020: "كفرجوم والمغير وجمعية حي المحامين" - the association is named by the
    # words after it; "جمعية" alone is no village.
    text = "سيطر الجيش على كفرجوم والمغير وجمعية حي المحامين غرب حلب."
    surfaces = [m.surface for m in geoparse(text, index=idx).mentions]
    assert surfaces[:2] == ["كفرجوم", "المغير"] and "جمعية" not in surfaces


def test_the_hill_with_its_article_alone_is_the_hill_told_of_before():
    idx = index_of(
        [
            (P(1, "التلة", "At Talla", "village", 35.70, 36.10, "SY06"), ["التلة"]),
            (P(2, "تلة رشو", "Tal Rashu", "hill", 35.80, 36.20, "SY06"), ["تلة رشو"]),
        ]
    )
    # Micro Syria carrying SMART 2017: 'it attacked the regime forces' positions on Tal Rashu ..., which ended with its
    # control of the hill' - "التلة" is Tal Rashu, not the village called al-Talla.
    text = "شنت هجوماً على مواقع قوات النظام في تلة رشو، انتهى بسيطرتها على التلة، مع استمرار الاشتباكات في محيطها."
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["تلة رشو"]


def test_the_mountain_with_its_article_alone_is_the_mountain_told_of_and_no_witness():
    idx = index_of(
        [
            (P(1, "الجبل", "Al Jabal", "village", 36.60, 37.32, "SY02"), ["الجبل"]),  # an Aleppo village
            (P(2, "كباني", "Kabani", "mountain", 35.7139, 36.2370, "SY06"), ["كباني", "الكبانة"]),
            (P(3, "سرمانية", "Sarmaniya", "village", 35.7237, 36.2778, "SY05"), ["سرمانية"]),
        ]
    )
    # Lazkiya 2019: '... especially the village of al-Sarmaniya, to keep nearby forces from aiding the factions
    # defending the mountain' - "الجبل" is Jabal al-Kabana, no village far away that would pull the context there.
    text = (
        "تصدى الثوار على جبهة الكبانة بجبل الأكراد في ريف اللاذقية. وأضاف أن قوات الأسد استهدفت جبل الكبانة "
        "والمناطق القريبة منه وخاصة قرية السرمانية لمنع القوات القريبة من مؤازرة الفصائل المدافعة عن الجبل."
    )
    places = found(geoparse(text, index=idx))
    assert "الجبل" not in places and places["السرمانية"] == "Sarmaniya"


def test_a_cue_with_its_case_ending_or_a_word_with_a_pronoun_after_it_names_no_place():
    idx = index_of([(P(1, "اليعقوبية", "Yaqubiyah", "village", 35.9, 36.3, "SY07"), ["اليعقوبية"])])
    # Akhbar Al-Aan 2013: "حين يدخلُ قريةً تسكُنها الأقليات" - "a village the minorities live in"; Al-Raya 2014:
    # "قرية تقطنها الأقلية". Neither names a village.
    for text in (
        "لكنَ الجيشَ الحر حين يدخلُ قريةً تسكُنها الأقليات يرفعُ الأذانَ.",
        "لكن الجيش الحر حين يدخل قرية تسكنها الأقليات يرفع الأذان.",
    ):
        assert geoparse(text, index=idx).mentions == []
    # ... while a cue before a name still names it.
    assert [m.surface for m in geoparse("دخل الجيش الحر قرية اليعقوبية.", index=idx).mentions] == [
        "اليعقوبية"
    ]


def test_a_cue_with_an_adjective_of_who_lives_there_names_no_place():
    idx = index_of([(P(1, "كردية", "Kurdiyeh", "village", 36.9, 40.6, "SY08"), ["كردية"])])
    # Jumaa Akkash's report of 2012: "لتكون رابع مدينة كردية يتم تحريرها" - 'the fourth Kurdish city liberated', not
    # the village of Kurdiyeh.
    assert geoparse("لتكون رابع مدينة كردية يتم تحريرها خلال 24 ساعة.", index=idx).mentions == []


def test_a_governorate_with_a_masculine_direction_after_fi_is_its_countryside():
    idx = index_of([(P(1, "خشام", "Khasham", "village", 35.25, 40.3, "SY09"), ["خشام"])])
    # All4Syria 2017: "سيطرتها على قرية خشام في دير الزور الشرقي" - eastern Deir ez-Zor (its countryside), context
    # like "ريف دير الزور الشرقي", not a place taken.
    found = geoparse("أعلنت قوات النظام سيطرتها على قرية خشام في دير الزور الشرقي.", index=idx).mentions
    assert [(m.surface, m.is_area) for m in found] == [("خشام", False), ("دير الزور الشرقي", True)]


def test_a_colon_after_a_list_read_opens_a_quote_not_more_places():
    idx = index_of(
        [
            (P(1, "ريمة حازم", "Rima Hazem", "village", 32.70, 36.60, "SY13"), ["ريمة حازم"]),
            (P(2, "ولغا", "Walgha", "village", 32.72, 36.62, "SY13"), ["ولغا"]),
            (P(3, "قنوات", "Qanawat", "town", 32.75, 36.62, "SY13"), ["قنوات"]),
        ]
    )
    # Nayrouz quoting a SANA security source, 2025: 'وامتد إلى مناطق ريمة حازم وولغا، مضيفاً: "أصدرنا أوامر مباشرة
    # بالرد على مصادر النيران، وفتحنا قنوات تواصل ..."' - the quote's words are no places, قنوات no town.
    text = 'وامتد إلى مناطق ريمة حازم وولغا، مضيفاً: "أصدرنا أوامر مباشرة بالرد على مصادر النيران، وفتحنا قنوات تواصل".'
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["ريمة حازم", "ولغا"]


def test_town_names_that_are_common_nouns_in_their_phrase():
    idx = index_of(
        [
            (P(1, "خريطة", "Khraita", "village", 35.70, 36.60, "SY07"), ["خريطة"]),
            (P(2, "متن", "Matn", "village", 34.80, 36.10, "SY04"), ["متن"]),
            (P(3, "الشعيرات", "Shayrat", "village", 34.50, 36.90, "SY04"), ["الشعيرات"]),
        ]
    )
    # Al-Akhbar 2015, Al-Watan 2023: "the map of control"; Erem News 2024: "aboard helicopters".
    assert geoparse("دون أي تغيير في خريطة السيطرة مع ازدياد حدة القصف", index=idx).mentions == []
    text = "غادروا مطار الشعيرات على متن طائرات هليكوبتر باتجاه الساحل"
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["الشعيرات"]
    # ... but the village named as a village is still read.
    assert [m.surface for m in geoparse("سيطرت الفصائل على قرية خريطة", index=idx).mentions] == ["خريطة"]


def test_a_dam_is_no_locality_unless_a_list_of_villages_names_it(index):
    # Levant News 2025: "the clashes around Tishreen Dam" - a site of the front, not a locality (the corpus rules) ...
    text = "حيث تجددت الاشتباكات في محيط سد تشرين بعد نحو شهر من القتال المتواصل."
    assert geoparse(text, index=index).mentions == []
    # ... but Al-Ordoon 2018: a dam an item of the villages retaken is kept as the list names it.
    text = "إن الجيش السوري استعاد بلدات الهبيط، وعابدين، وسد رويحينة، وسكيك"
    assert "سد رويحينة" in {m.surface for m in geoparse(text, index=index).mentions}


def test_valleys_named_for_their_villages_and_a_camp_named_for_its_valley_are_no_localities():
    idx = index_of(
        [
            (P(1, "وادي بردى", "Wadi Barada", "village", 33.63, 36.10, "SY03"), ["وادي بردى"]),
            (P(2, "وادي الضيف", "Wadi Elddeif", "village", 35.63, 36.68, "SY07"), ["وادي الضيف"]),
            (P(3, "عين الفيجة", "Ein Elfija", "village", 33.61, 36.17, "SY03"), ["عين الفيجة"]),
        ]
    )
    # Al-Arab al-Yawm 2017: "مواقع المعارضة المسلحة في وادي بردى"; "وعادت الاشتباكات إلى منطقة وادي بردى".
    text = "وعادت الاشتباكات إلى منطقة وادي بردى منذ مساء أمس، وسيطرت القوات على بلدة عين الفيجة."
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["عين الفيجة"]
    # SOHR 2014: "معسكري وادي الضيف والحامدية" - the camps, not a village.
    assert geoparse("اشتباكات في محيط معسكر وادي الضيف", index=idx).mentions == []


def test_words_that_name_no_place_after_a_cue_or_before_an_outlet_word():
    idx = index_of(
        [
            (P(1, "طيبة الإمام", "Taybat al-Imam", "town", 35.26, 36.71, "SY05"), ["طيبة الإمام"]),
            (P(2, "حرية", "Hurriyeh", "village", 32.80, 36.50, "SY13"), ["حرية"]),
            (P(3, "عبارة", "Ibara", "village", 34.50, 38.20, "SY04"), ["عبارة"]),
        ]
    )
    # Al-Khabar TV 2017: "بلدة طيبة الامام، والتي تعتبر بلدة ذات موقع استراتيجي" - a town "with" a position.
    text = "سيطر الجيش على بلدة طيبة الإمام، والتي تعتبر بلدة ذات موقع استراتيجي في ريف حماة الشمالي."
    assert [m.surface for m in geoparse(text, index=idx).mentions if not m.is_area] == ["طيبة الإمام"]
    # Syriac Press 2024: "ضمن منطقةِ ما يُسمى بـ “نبعِ السلام”" - "what is called", no area named ما.
    assert geoparse("استهدفت قاعدة عسكرية ضمن منطقةِ ما يُسمى بـ “نبعِ السلام”.", index=idx).mentions == []
    # Horrya Press 2018: "وأفادت مصادر محلية لحرية برس" - the outlet; Al-Hal 2016: "هي عبارة عن مستودعات".
    assert geoparse("وأفادت مصادر محلية لحرية برس: بسقوط صاروخ.", index=idx).mentions == []
    assert geoparse("ولفت المصدر إلى أن المنطقة “هي عبارة عن مستودعات قمح فارغة”.", index=idx).mentions == []
    # Violations Documentation Center 2018: "في مدن الباب وجرابلس وبلدة الراعي، قائلا إنّها تستهدف" - a speech
    # participle after a list is no more of it.
    towns = index_of(
        [
            (P(1, "الباب", "Al Bab", "city", 36.37, 37.52, "SY02"), ["الباب"]),
            (P(2, "جرابلس", "Jarablus", "town", 36.82, 38.01, "SY02"), ["جرابلس"]),
            (P(3, "الراعي", "Al Rai", "village", 36.58, 37.43, "SY02"), ["الراعي"]),
        ]
    )
    text = "وسبق أن أنهى “الجيش الوطني” حملته الأمنية في مدن الباب وجرابلس وبلدة الراعي، قائلا إنّها تستهدف “الفصائل”."
    assert [m.surface for m in geoparse(text, index=towns).mentions] == ["الباب", "جرابلس", "الراعي"]


def test_villages_such_as_a_list_hills_by_height_and_upper_and_lower_villages():
    idx = index_of(
        [
            (P(1, "مريمين", "Maryamin", "village", 34.86, 36.43, "SY04"), ["مريمين"]),
            (P(2, "قرمص", "Qarmas", "village", 34.87, 36.45, "SY04"), ["قرمص"]),
            (P(3, "الزراعة", "Ziraa", "village", 36.02, 37.43, "SY02"), ["الزراعة"]),
            (P(4, "باشكوي", "Bashkuy", "village", 36.03, 37.45, "SY02"), ["باشكوي"]),
        ]
    )
    # Zaman al-Wasl 2015: "بدك القرى الموالية للنظام، كقرى مريمين وقرمص والشنيّة" - "such as the villages".
    text = "قامت الفصائل بدك القرى الموالية للنظام، كقرى مريمين وقرمص والشنيّة، بعشرات القذائف."
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["مريمين", "قرمص", "الشنيّة"]
    # Al-Akhbar 2016: "سيطرة القوات على جبل الزويقات وتلة «الـ 1112»" - a hill named by its height.
    text = "أدى إلى سيطرة القوات على جبل الزويقات وتلة «الـ 1112»، في محيط بلدة كبانة."
    assert "تلة الـ 1112" in [m.surface for m in geoparse(text, index=idx).mentions]
    # Akhbar Al-Aan 2014: "قرى "باشكوي وكاشوطة والزرّاعة الفوقانية والزرّاعة التحتانية"" - the upper and lower
    # village, both by the one point the gazetteer keeps.
    text = 'هي قرى "باشكوي وكاشوطة والزرّاعة الفوقانية والزرّاعة التحتانية والبرزاني".'
    placed = {m.surface: m.place and m.place.name_en for m in geoparse(text, index=idx).mentions}
    assert placed["الزرّاعة الفوقانية"] == "Ziraa" and placed["الزرّاعة التحتانية"] == "Ziraa"


def test_a_hill_named_again_ends_where_it_ended_before_and_its_side_goes_with_it():
    idx = index_of(
        [
            (P(1, "التل الأحمر", "Tall Ahmar", "hill", 33.10, 35.95, "SY11"), ["التل الأحمر"]),
            (P(2, "القنيطرة", "Quneitra", "city", 33.12, 35.82, "SY11"), ["القنيطرة"]),
        ]
    )
    # Zaman al-Wasl 2014: "ويبدو أن انهيار النظام وخسارته الفادحة في تل الجابية دبت الرعب في قلوب جنوده ...، ومنها
    # التل الأحمر الشرقي في ريف القنيطرة" - the hill named before, then the sentence's verb; the eastern hill whole.
    text = (
        "وقبل يومين تواردت أنباء عن سقوط قتلى من قوات النظام في تل الجابية ومحيطه. ويبدو أن انهيار النظام "
        "وخسارته الفادحة في تل الجابية دبت الرعب في قلوب جنوده، ومنها التل الأحمر الشرقي في ريف القنيطرة."
    )
    surfaces = [m.surface for m in geoparse(text, index=idx).mentions if not m.is_area]
    assert surfaces == ["تل الجابية", "تل الجابية", "التل الأحمر الشرقي"]


def test_an_unknown_item_between_two_commas_of_a_list_is_one_more_place():
    idx = index_of([(P(1, "كولمت", "Kolmet", "village", 36.88, 38.20, "SY02"), ["كولمت"])])
    # Sputnik 2015 quoting the YPG: "26 قرية هي (كولمت، مومان فوقاني، مومان تحتاني، تل شعير، مومان علي بودلان، ...)" -
    # a three-word village the gazetteer lacks, with the name Ali inside it, is an item like the others.
    text = "من الجهة الغربية لكوباني 26 قرية هي (كولمت، مومان فوقاني، مومان تحتاني، تل شعير، مومان علي بودلان، سفتك تحتاني)."
    surfaces = [m.surface for m in geoparse(text, index=idx).mentions]
    assert surfaces[-3:] == ["تل شعير", "مومان علي بودلان", "سفتك تحتاني"]


def test_a_known_name_goes_on_with_its_word_in_waw():
    idx = index_of(
        [
            (P(1, "حمام واصل", "Hammam Wasel", "village", 35.13, 36.05, "SY10"), ["حمام واصل"]),
            (P(2, "حمام", "Hammam", "village", 36.30, 36.60, "SY02"), ["حمام"]),
            (P(3, "عرب ويران", "Arab Wiran", "village", 36.55, 36.90, "SY02"), ["عرب ويران"]),
        ]
    )
    # The Syrian Memory 2025: "قبل أن تصل إلى قرية حمام واصل" - the village's name goes on with a word in و.
    text = "اقتحمت مدينة بانياس قبل أن تصل إلى قرية حمام واصل قبل ظهر يوم 9 آذار."
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["بانياس", "حمام واصل"]
    # SMART 2018: "عرب ويران" after a capture, with no cue.
    text = "وسيطرت الفصائل على عرب ويران في ريف عفرين."
    assert [m.surface for m in geoparse(text, index=idx).mentions if not m.is_area] == ["عرب ويران"]


def test_a_turkic_first_word_takes_the_word_after_it():
    idx = index_of([(P(1, "قره", "Qara", "village", 36.40, 37.00, "SY02"), ["قره"])])
    # North Press 2022: "وتعرّضت قرى: قره موغ، كولتب، كوران، وجيشان" - قره (black) starts a name, not the village
    # called Qara alone.
    text = "وتعرضت قرى قره مغ وسيلم وسفتك لقصف تركي."
    assert [m.surface for m in geoparse(text, index=idx).mentions][0] == "قره مغ"


def test_a_cue_before_the_town_told_of_names_no_place():
    idx = index_of([(P(1, "بصرى الشام", "Busra al-Sham", "town", 32.52, 36.48, "SY12"), ["بصرى الشام"])])
    # Watana al-Youm 2024: "وفي بصرى الشام، تداول ناشطون رفع “علم المعارضة السورية” على قلعة البلدة الأثرية" - the
    # town's castle, no place called البلدة.
    text = (
        "وفي بصرى الشام، تداول ناشطون رفع علم المعارضة على قلعة البلدة الأثرية بعد طرد القوات الحكومة منها."
    )
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["بصرى الشام"]


def test_a_housing_project_is_a_district_and_other_projects_are_not():
    idx = index_of([(P(1, "الحمدانية", "Hamdaniyah", "neighbourhood", 36.18, 37.11, "SY02"), ["الحمدانية"])])
    # Ittihad Press 2016: "مشروع 1070 شقة"; Nour News 2024: "مشروع الحمدانية السكني" - Aleppo's housing projects.
    assert [m.surface for m in geoparse("سيطرت الفصائل على مشروع 1070 شقة.", index=idx).mentions] == [
        "مشروع 1070 شقة"
    ]
    text = "وتقدمت القوات في مشروع الحمدانية السكني."
    assert [m.surface for m in geoparse(text, index=idx).mentions] == ["مشروع الحمدانية السكني"]
    # ... but "مشروع قانون" is a bill.
    assert geoparse("وناقش البرلمان مشروع قانون جديد.", index=idx).mentions == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Al-Tahrir News 2015: "الاشتباكات ... اندلعت في محيط قمة النبي يونس الاستراتيجية": a summit is a place.
        ("اندلعت الاشتباكات في محيط قمة النبي يونس الاستراتيجية قرب خان شيخون.", {"النبي يونس", "خان شيخون"}),
        # ... but not the top of a hill told before, a mountainous one, nor the article before a number.
        ("وصل الجنود إلى قمة التل عصر اليوم قرب خان شيخون.", {"خان شيخون"}),
        ("سيطر على قمة جبلية تفصل بين خان شيخون وسكيك.", {"خان شيخون", "سكيك"}),
    ],
)
def test_a_summit_cue_names_the_summit(index, text, expected):
    assert set(found(geoparse(text, index=index))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Euphrates Post 2017: "التي احتضنت الحراك السلمي للثورة السورية": the peaceful movement, not al-Hirak.
        ("وتعد خان شيخون من المدن التي احتضنت الحراك السلمي للثورة السورية.", {"خان شيخون"}),
        # KSA2Day 2015: "على مدينة تدمر الأثرية ... وآخر معبر للنظام السوري مع العراق": a crossing "of the" regime.
        ("أحكم التنظيم سيطرته على مدينة خان شيخون وآخر معبر للنظام السوري مع تركيا.", {"خان شيخون"}),
    ],
)
def test_common_phrases_after_a_name_or_a_cue_are_no_places(text, expected):
    index = index_of(PLACES + [(P(40, "الحراك", "Hrak", "town", 32.75, 36.3, "SY12"), ["الحراك"])])
    assert set(found(geoparse(text, index=index))) == expected


@pytest.mark.parametrize(
    "text",
    [
        # Balady News 2017: "بغية فتح ثغرة للاقتحام"; Enab Baladi 2021: "استهدفت لمرتين نقاط تمركز قسد";
        # Elaph 2012: "التي تمر بها حكما كل تعزيزات النظام"; Syria TV 2019: "منطقة عسكرية".
        "قصفت قوات النظام بلدة خان شيخون بغية فتح ثغرة للاقتحام.",
        "استهدفت طائرات مسيّرة لمرتين نقاط تمركز الفصائل في خان شيخون.",
        "خان شيخون الاستراتيجية التي تمر بها حكما كل تعزيزات النظام.",
        "الطريق الواصل إلى خان شيخون منطقة عسكرية، وتنتشر خلايا التنظيم في منطقة صحراوية.",
        # Anadolu 2019: "بلدة الشعفة ... وهي واحدة من 3 بلدات بقيت في يد تنظيم داعش" (a verb after the plural).
        "سيطرت القوات على بلدة خان شيخون، وهي واحدة من 3 بلدات بقيت في يد التنظيم.",
    ],
)
def test_common_words_that_are_also_village_names_are_no_places(text):
    common = [(P(41 + k, w, w, "village", 35.0 + k / 10, 36.5, "SY07"), [w]) for k, w in
              enumerate(("ثغرة", "مرتين", "حكما", "عسكرية", "صحراوية", "بقيت"))]  # fmt: skip
    assert set(found(geoparse(text, index=index_of(PLACES + common)))) == {"خان شيخون"}


def test_one_edit_keys_pruned_by_the_index_prefixes_finds_the_same_keys():
    """Pruning the one-letter variants by the index's key prefixes keeps every variant that is a key."""
    from gazetteer.geoparse.context import _one_edit_keys

    keys = {"حنتوتين", "معريه", "معربه", "كفرنبوده", "كفرنبود", "خانشيخون", "خانشيخو", "تلعاس", "سراقب"}
    prefixes = frozenset(k[:n] for k in keys for n in range(1, len(k) + 1))
    for typo in ("حنوتين", "معربه", "كفرنبوذه", "خانشيحون", "خانشيخونن", "سارقب", "تلعاص", "قريهبعيده"):
        full = {v for v in _one_edit_keys(typo) if v in keys}
        pruned = {v for v in _one_edit_keys(typo, prefixes) if v in keys}
        assert pruned == full
    assert {v for v in _one_edit_keys("حنوتين", prefixes) if v in keys} == {"حنتوتين"}
    assert len(_one_edit_keys("حنوتين", prefixes)) < len(_one_edit_keys("حنوتين")) / 5


def test_an_imperfect_verb_of_two_or_more_joined_by_wa_is_no_list_item():
    # Tasnim 2015: "على قرنة شعاب النصوب ... في جرود الجراجير بالقلمون ويتقدمان باتجاه قرنة شميس الحصان".
    text = "سيطر الجيش ومقاتلو الحزب على بلدتي الهبيط وسكيك ويتقدمان باتجاه الطريق."
    assert set(found(geoparse(text, index=index_of(PLACES)))) == {"الهبيط", "سكيك"}


@pytest.mark.parametrize(
    "text",
    [
        # Baladi News 2018: 'وقال الناشط الإعلامي في ديرالزور "زين العابدين" لبلدي نيوز إن قسد شنت ...'.
        'وقال الناشط الإعلامي في خان شيخون "زين العابدين" لبلدي نيوز إن قوات النظام قصفت سكيك.',
        "وقال الناشط الإعلامي في خان شيخون زين العابدين لبلدي نيوز إن قوات النظام قصفت سكيك.",
    ],
)
def test_common_first_names_start_a_person_not_a_place(text):
    assert set(found(geoparse(text, index=index_of(PLACES)))) == {"خان شيخون", "سكيك"}


@pytest.mark.parametrize(
    "text, expected",
    [
        # Al-Sharq 2015: 'السيطرة على "تل المصيح" المشرف على بلدة دير العدس' - a participle ends the name.
        ("سيطر الجيش على تل المصيح المشرف على بلدة سكيك.", {"تل المصيح", "سكيك"}),
        # Zaman al-Wasl 2014: "تل عمري الواقعين", Al-Watan 2015: "تل ممو المطلات على".
        ("سيطرت القوات على تل عمري الواقعين شرق سكيك.", {"تل عمري", "سكيك"}),
        # People's Daily 2018: "حي الزين الفاصل بين حيي يلدا والحجر الأسود".
        ("سيطر الجيش على حي الزين الفاصل بين سكيك والهبيط.", {"الزين", "سكيك", "الهبيط"}),
        # Al-Akhbar 2013: "خرج المسلّحون من قارة ودير عطيّة متّجهين الى النبك" - a verb after a known name.
        ("خرج المسلّحون من قارة ودير عطيّة متّجهين الى النبك.", {"قارة", "دير عطيّة", "النبك"}),
        # Al-Akhbar 2015: "قوات الجيش السوري التي انسحبت من أحياء جسر الشغور اتجهت نحو بلدة محمبل".
        ("إن القوات التي انسحبت من أحياء دير عطية اتجهت نحو بلدة النبك.", {"دير عطية", "النبك"}),
    ],
)
def test_a_participle_or_verb_after_a_name_is_not_its_next_word(text, expected):
    qalamoun = [
        (P(91, "قارة", "Qara", "town", 34.156, 36.745, "SY03"), ["قارة"]),
        (P(92, "دير عطية", "Deir Attiyeh", "town", 34.09, 36.765, "SY03"), ["دير عطية"]),
        (P(93, "النبك", "An Nabk", "town", 34.023, 36.728, "SY03"), ["النبك"]),
    ]
    assert set(found(geoparse(text, index=index_of(PLACES + qalamoun)))) == expected


def test_a_village_named_like_a_participle_is_kept_alone_and_dropped_as_one():
    idx = index_of(PLACES + [(P(90, "المشرفة", "Mashrafa", "village", 35.46, 36.58, "SY07"), ["المشرفة"])])
    # Al-Akhbar 2016: "انتشاره في تلال الثردة المشرفة على المطار": overlooking, not the village.
    assert set(found(geoparse("انتشر التنظيم في تلال سكيك المشرفة على المطار.", index=idx))) == {"سكيك"}
    assert set(found(geoparse("سيطرت الفصائل على قرية المشرفة قرب سكيك.", index=idx))) == {"المشرفة", "سكيك"}


def test_halabiyah_is_a_village_not_an_adjective_after_a_plural_cue():
    idx = index_of(
        [
            (P(94, "حلبية", "Halabiyah", "village", 35.69, 39.82, "SY09"), ["حلبية"]),
            (P(95, "زلبية", "Zalabiyah", "village", 35.66, 39.84, "SY09"), ["زلبية"]),
        ]
    )
    # Sputnik 2017: "وأحكمت وحدات من الجيش يوم أمس سيطرتها على قرى حلبية وزلبية والقصبي".
    text = "وأحكمت وحدات من الجيش يوم أمس سيطرتها على قرى حلبية وزلبية في ريف دير الزور الغربي."
    assert found(geoparse(text, index=idx)) == {"حلبية": "Halabiyah", "زلبية": "Zalabiyah"}


def test_a_first_name_inside_a_three_word_gazetteer_name_is_no_persons():
    idx = index_of(
        PLACES + [(P(96, "جب حسن آغا", "Jeb Hassan Agha", "village", 36.53, 37.98, "SY02"), ["جب حسن آغا"])]
    )
    # AAJ 2016: "سيطرت، يوم أمس الجمعة، على قرى أم عظام، وجب حسن آغا، وحسن آغا صغير".
    text = "وكانت القوات سيطرت على قرى سكيك، وجب حسن آغا، والهبيط."
    assert set(found(geoparse(text, index=idx))) == {"سكيك", "جب حسن آغا", "الهبيط"}


def test_a_known_village_named_by_a_common_word_between_commas_of_a_list_is_an_item():
    idx = index_of(
        PLACES
        + [
            (P(97, "الجبلي", "Jabli", "village", 35.85, 38.9, "SY11"), ["الجبلي"]),
            (P(98, "الرابية", "Rabyeh", "village", 35.86, 38.95, "SY11"), ["الرابية"]),
        ]
    )
    # Al-Khabar TV 2017: "ويسيطر على بلدات حويجة شنان، الرحبي، الصبخة، الجبلي، الرابية، الذيابية".
    text = "سيطر الجيش على بلدات سكيك، الهبيط، الجبلي، الرابية، في الريف الجنوبي."
    assert set(found(geoparse(text, index=idx))) == {"سكيك", "الهبيط", "الجبلي", "الرابية"}
    # Not as a word of the sentence outside a list: "الطريق الجبلي".
    assert set(found(geoparse("تقدمت القوات على الطريق الجبلي، نحو سكيك.", index=idx))) == {"سكيك"}


def test_the_other_name_in_brackets_of_a_countrysides_town_is_countryside_too():
    idx = index_of(
        [(P(99, "عين العرب", "Ain Al Arab", "city", 36.89, 38.35, "SY02"), ["عين العرب", "كوباني"])]
    )
    # Emarat Al Youm 2015: "طردت تنظيم «داعش» من كامل ريف عين العرب (كوباني) الغربي".
    result = geoparse("طردت الوحدات تنظيم داعش من كامل ريف عين العرب (كوباني) الغربي.", index=idx)
    assert {m.surface: m.countryside for m in result.mentions if not m.is_area} == {
        "عين العرب": True,
        "كوباني": True,
    }
    # The town itself named with its other name is no countryside.
    result = geoparse("سيطرت الوحدات على مدينة عين العرب (كوباني) بالكامل.", index=idx)
    assert {m.surface: m.countryside for m in result.mentions if not m.is_area} == {
        "عين العرب": False,
        "كوباني": False,
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        # Verb, one-word side, object: the place right after the side is the object, not more of the side's name.
        ("قصف الجيش سراقب بالمدفعية.", {"سراقب"}),
        ("هاجم داعش خان شيخون فجر اليوم.", {"خان شيخون"}),
        ("استهدف الجيش حي الحويقة بقذائف الهاون.", {"الحويقة"}),
        ("قصف الجيش أحياء الحويقة والرشدية والعرضي.", {"الحويقة", "الرشدية", "العرضي"}),
        # A group's own name goes on: "الجيش الحر", "جيش الفتح"; "للقلعة" is "to the castle", no object place.
        ("وقال الجيش الحر إنه سيطر على سراقب.", {"سراقب"}),
        ("أعلن جيش الفتح سيطرته على سراقب.", {"سراقب"}),
    ],
)
def test_a_place_right_after_a_side_named_by_one_word_is_the_verbs_object(text, expected):
    assert set(found(geoparse(text, index=index_of(PLACES)))) == expected


@pytest.mark.parametrize(
    "text",
    [
        "استعادت فصائل المعارضة الهبيط بعد معارك عنيفة.",
        "استعاد الثوار الهبيط بعد معارك عنيفة.",
        "ودخل الجيش السوري الهبيط بعد معارك عنيفة.",
    ],
)
def test_a_village_after_a_verb_and_its_side_is_the_verbs_object(text):
    # Verb-subject-object order: the village is the object as in "دخلت الهبيط" (a village is no big town whose name
    # would be taken anywhere).
    assert set(found(geoparse(text, index=index_of(PLACES)))) == {"الهبيط"}
