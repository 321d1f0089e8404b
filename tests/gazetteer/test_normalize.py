"""Arabic normalisation, name keys and mention variants, on spellings from reports and gazetteers.

The cases are copied from OCHA's Syria COD (NAME_ARA / NAME_EN), Who's On First (ar and und
variants), OpenSyria aliases and the ways Syrian news reports write the same places.
"""

import pytest

from gazetteer.normalize import (
    ARTICLE,
    CLITICS,
    DESCRIPTORS,
    NAME_PREFIXES,
    clitic_variants,
    is_arabic,
    key_variants,
    name_key,
    normalize_alef,
    normalize_alef_maksura,
    normalize_digits,
    normalize_hamza,
    normalize_persian,
    normalize_teh_marbuta,
    normalize_text,
    normalize_with_offsets,
    script_of,
    split_glued_words,
    split_prefix,
    strip_article,
    strip_descriptors,
    strip_inner_apostrophes,
    strip_invisible,
    strip_punctuation,
    strip_tashkeel,
    strip_tatweel,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مَعَرَّةُ النُّعْمَانِ", "معرة النعمان"),
        ("سَرَاقِب", "سراقب"),
        ("كَفْرُنُبُّل", "كفرنبل"),
        ("خَانُ شَيْخُونَ", "خان شيخون"),
        ("ريفاً", "ريفا"),  # tanwin fath
        ("قصفٌ", "قصف"),  # tanwin damm
        ("هٰذا", "هذا"),  # superscript alef
        ("الرَّحْمٰنِ", "الرحمن"),
        ("قُرْآنۖ", "قرآن"),  # Quranic pause mark
        ("حلب", "حلب"),
    ],
)
def test_strip_tashkeel_removes_every_vowel_mark(text, expected):
    assert strip_tashkeel(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("حـــلب", "حلب"),
        ("يوســــــف بــــــــــيك", "يوسف بيك"),  # Who's On First ar_variant, as stored
        ("إدلـب", "إدلب"),
    ],
)
def test_strip_tatweel_removes_kashida(text, expected):
    assert strip_tatweel(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("إدلب", "ادلب"),
        ("أريحا", "اريحا"),
        ("البياضية_آق برهان", "البياضية_اق برهان"),
        ("ٱلرقة", "الرقة"),
        ("الأتارب", "الاتارب"),
        ("رأس العين", "راس العين"),
    ],
)
def test_normalize_alef_writes_every_alef_bare(text, expected):
    assert normalize_alef(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بئر الحلو", "بير الحلو"),
        ("خرائب عزمان", "خرايب عزمان"),
        ("قناة العمياء", "قناة العميا"),
        ("الزرقاء", "الزرقا"),
        ("مؤتة", "موتة"),
        ("الشهداء", "الشهدا"),
    ],
)
def test_normalize_hamza_keeps_carriers_and_drops_standalone_hamza(text, expected):
    assert normalize_hamza(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("كفرنبودة", "كفرنبوده"),
        ("حماة", "حماه"),
        ("معرة النعمان", "معره النعمان"),
        ("تلة الكبينة", "تله الكبينه"),
    ],
)
def test_normalize_teh_marbuta_writes_heh(text, expected):
    assert normalize_teh_marbuta(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("نوى", "نوي"),
        ("مشتى الحلو", "مشتي الحلو"),
        ("الشيخ مصطفى", "الشيخ مصطفي"),
        ("عين عيسى", "عين عيسي"),
    ],
)
def test_normalize_alef_maksura_writes_yeh(text, expected):
    assert normalize_alef_maksura(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("کوبانی", "كوباني"),  # Persian keheh and farsi yeh
        ("قامشلی", "قامشلي"),
        ("چولة", "جولة"),  # Who's On First ar_preferred of Tchoule
        ("گرکێ لەگێ", "كركي لهكي"),  # Kurdish spelling of Girke Lege (al-Muabbada)
        ("ڤیان", "فيان"),
        ("پیر", "بير"),
        ("ژاژ", "زاز"),
    ],
)
def test_normalize_persian_maps_letters_to_syrian_arabic(text, expected):
    assert normalize_persian(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الفرقة ١٧", "الفرقة 17"),
        ("اللواء ۹۳", "اللواء 93"),
        ("٢٠١٩/٠٨/٢٠", "2019/08/20"),
        ("6 تشرين", "6 تشرين"),
    ],
)
def test_normalize_digits_writes_ascii_digits(text, expected):
    assert normalize_digits(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("كفر\u200cنبودة", "كفرنبودة"),  # zero-width non-joiner
        ("كفر\u200dنبل", "كفرنبل"),  # zero-width joiner
        ("\u202bدير الزور\u202c", "دير الزور"),  # right-to-left embedding
        ("\u2067حلب\u2069", "حلب"),  # right-to-left isolate
        ("\u200fإدلب\u200e", "إدلب"),  # RLM and LRM
        ("\u061cسراقب", "سراقب"),  # Arabic letter mark
        ("\ufeffحماة", "حماة"),  # BOM
        ("Sara\u00adqib", "Saraqib"),  # soft hyphen
        ("تل\u200bعاس", "تلعاس"),  # zero-width space
    ],
)
def test_strip_invisible_removes_format_characters(text, expected):
    assert strip_invisible(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("«الهبيط»", " الهبيط "),
        ("حلب، إدلب؛ حماة؟", "حلب  إدلب  حماة "),
        ("“Saraqib”", " Saraqib "),
        ("الشبق-جبق", "الشبق جبق"),
        ("النبعة_كوربينار", "النبعة كوربينار"),
        ("بلدة (كفرنبودة)", "بلدة  كفرنبودة "),
        ("عين العرب/كوباني", "عين العرب كوباني"),
        ("Dar'a", "Dar a"),
        ("حماة—حمص", "حماة حمص"),
    ],
)
def test_strip_punctuation_leaves_a_space_so_words_stay_apart(text, expected):
    assert strip_punctuation(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مَعَرَّةُ النُّعْمَانِ", "معره النعمان"),
        ("بلدة «الهبيط»", "بلده الهبيط"),
        ("أمُّ زَيْتُونَة", "ام زيتونه"),
        ("إدلــب", "ادلب"),
        ("  جسر   الشغور ", "جسر الشغور"),
        ("ﻛﻔﺮﻧﺒﻮﺩﺓ", "كفرنبوده"),  # presentation forms
        ("ﻻ", "لا"),  # lam-alef ligature
        ("Khān Shaykhūn", "khan shaykhun"),
        ("Ḩārim", "harim"),
        ("Maʿarrat al-Nuʿmān", "maarrat al numan"),
        ("Deir ez-Zor", "deir ez zor"),
        ("İdlib", "idlib"),
        ("الفرقة ١٧", "الفرقه 17"),
        ("معرة النعمان (Ma'arrat an-Nu'man)", "معره النعمان ma arrat an nu man"),
        ("\u202bدير الزور\u202c، سوريا", "دير الزور سوريا"),
        ("مشتى الحلو", "مشتي الحلو"),
        ("بئر الشهداء", "بير الشهدا"),
        ("", ""),
        (" ... ", ""),
    ],
)
def test_normalize_text_applies_every_transform(text, expected):
    assert normalize_text(text) == expected


def test_normalize_text_keeps_the_article_and_word_boundaries():
    assert normalize_text("الرقة والحسكة") == "الرقه والحسكه"


def test_normalize_text_returns_a_new_string_and_leaves_the_original():
    original = "مَعَرَّةُ النُّعْمَانِ"
    copy = str(original)
    normalize_text(original)
    assert original == copy


# Sentences as Syrian and international reports write them, with the noise real text carries.
SENTENCES = [
    "سيطرت قوات النظام على بلدة الهبيط جنوب إدلب بعد معارك عنيفة.",
    "قصف مدفعي على مدينة معرة النعمان وبلدة كفرنبودة في ريف حماة الشمالي",
    "«هيئة تحرير الشام» تستعيد السيطرة على تل عاس وتلة الكبينة في جبل الأكراد",
    "اشتباكات في محيط خان شيخون واللطامنة ومورك، ومقتل ٣ عناصر",
    "غارات روسية على جسر الشغور، وبلدتي كفريا والفوعة",
    "وصلت القوات إلى أطراف سراقب (ريف إدلب الشرقي) صباح اليوم",
    "الجيش التركي يدخل عين العرب/كوباني",
    'قوات سوريا الديمقراطية "قسد" تسيطر على الباب — منبج',
    "تقدّمت فصائل المعارضة نحو كفرنبودة وتل الصخر والحماميات",
    "مَعَرَّةُ النُّعْمَانِ",
    "حـــلب الشـــهباء",
    "كفر\u200cنبودة",
    "\u202bدير الزور\u202c",
    "ﻛﻔﺮﻧﺒﻮﺩﺓ ﻭﺍﻟﻬﺒﻴﻂ",
    "Khān Shaykhūn, Idlib — Syrian forces entered the town on 20 August 2019.",
    "Ma'arrat an-Nu'man / معرة النعمان",
    "Ḩārim and Salqīn",
    "The Tishrin Dam (سد تشرين) was taken by the SDF.",
    "  \t\n",
    "",
    "...",
    "الفرقة ١٧ واللواء ۹۳",
    "قرى: عابدين، سكيك، أم زيتونة",
    "Deir ez-Zor؛ Dayr az Zawr؟",
    "ٱلرقة",
    "بئر الشهداء",
    "کوبانی",
    "İdlib ΟΣ ﷲ ﷺ",
    "e\u0301 ا\u0653 ي\u0654 ﹰ",
    "قصفٌ على قُرْآنۖ",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_normalize_with_offsets_gives_the_normalized_text_and_one_rising_offset_per_char(text):
    out, offsets = normalize_with_offsets(text)
    assert out == normalize_text(text)
    assert len(offsets) == len(out)
    assert offsets == sorted(offsets)
    assert all(0 <= offset < len(text) for offset in offsets)


@pytest.mark.parametrize("text", SENTENCES)
def test_normalize_with_offsets_points_each_char_at_the_input_char_it_came_from(text):
    out, offsets = normalize_with_offsets(text)
    for char, offset in zip(out, offsets, strict=True):
        source = text[offset]
        assert char in normalize_text(source) or (char == " " and not normalize_text(source))


@pytest.mark.parametrize("text", SENTENCES)
def test_normalize_text_is_idempotent(text):
    assert normalize_text(normalize_text(text)) == normalize_text(text)


@pytest.mark.parametrize(
    ("text", "mention", "original"),
    [
        ("قصف على كفرنبودة وتل الصخر", "كفرنبوده", "كفرنبودة"),
        ("تقدّم نحو مَعَرَّةِ النُّعْمَانِ صباحاً", "معره النعمان", "مَعَرَّةِ النُّعْمَانِ"),
        ("السيطرة على «تل  عاس» بعد معارك", "تل عاس", "تل  عاس"),
        ("Fighting near Khān Shaykhūn today", "khan shaykhun", "Khān Shaykhūn"),
        ("غارات على حـــلب", "حلب", "حـــلب"),
    ],
)
def test_normalize_with_offsets_maps_a_match_back_to_the_original_span(text, mention, original):
    out, offsets = normalize_with_offsets(text)
    start = out.index(mention)
    end = start + len(mention) - 1
    span = text[offsets[start] : offsets[end] + 1]
    assert strip_tashkeel(span) == strip_tashkeel(original)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("الهبيط", "هبيط"),
        ("اللطامنه", "لطامنه"),
        ("الباب", "باب"),
        ("الرقه", "رقه"),
        ("الحسكه", "حسكه"),
        ("التل", "تل"),  # At-Tall: two letters remain
        ("الم", "الم"),  # one letter would remain
        ("ال", "ال"),
        ("كفرنبوده", "كفرنبوده"),
    ],
)
def test_strip_article_removes_al_only_when_two_letters_remain(word, expected):
    assert strip_article(word) == expected


def test_article_and_clitics_are_the_arabic_letters():
    assert ARTICLE == "ال"
    assert set(CLITICS) == set("وبلفك")


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("وكفرعين", ["وكفرعين", "كفرعين"]),
        ("بكفرنبودة", ["بكفرنبوده", "كفرنبوده"]),
        ("للمعرة", ["للمعره", "المعره"]),
        ("وبالرقة", ["وبالرقه", "بالرقه", "الرقه"]),
        ("والحسكة", ["والحسكه", "الحسكه"]),
        ("فسراقب", ["فسراقب", "سراقب"]),
        ("لحلب", ["لحلب", "حلب"]),
        ("كالرقة", ["كالرقه", "الرقه"]),
        ("وللهبيط", ["وللهبيط", "للهبيط", "الهبيط"]),
        ("كفرنبل", ["كفرنبل"]),  # kaf before a name is part of the name
        ("حلب", ["حلب"]),
        ("بنش", ["بنش", "نش"]),  # a candidate only: the exact word comes first
        ("ول", ["ول"]),
        ("وحي", ["وحي", "حي"]),
    ],
)
def test_clitic_variants_lists_the_word_then_proclitic_readings(word, expected):
    assert clitic_variants(word) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("تل عاس", ("تل", "hill", "عاس")),
        ("تلة الكبينة", ("تله", "hill", "الكبينه")),
        ("تلال الحماميات", ("تلال", "hill", "الحماميات")),
        ("جبل الأكراد", ("جبل", "mountain", "الاكراد")),
        ("حرش التمانعة", ("حرش", "woods", "التمانعه")),
        ("خربة شعيب", ("خربه", "ruin", "شعيب")),
        ("مزرعة الهنوديدات", ("مزرعه", "farm", "الهنوديدات")),
        ("مطار أبو الظهور", ("مطار", "airport", "ابو الظهور")),
        ("حاجز الصوامع", ("حاجز", "checkpoint", "الصوامع")),
        ("معبر باب الهوى", ("معبر", "crossing", "باب الهوي")),
        ("سد تشرين", ("سد", "dam", "تشرين")),
        ("حي الوعر", ("حي", "neighbourhood", "الوعر")),
        ("مخيم اليرموك", ("مخيم", "camp", "اليرموك")),
        ("كتيبة المدفعية", ("كتيبه", "base", "المدفعيه")),
        ("أم زيتونة", ("ام", None, "زيتونه")),
        ("أبو الظهور", ("ابو", None, "الظهور")),
        ("عين العرب", ("عين", None, "العرب")),
        ("كفر نبودة", ("كفر", None, "نبوده")),
        ("دير الزور", ("دير", None, "الزور")),
        ("بئر الحلو", ("بير", None, "الحلو")),
        ("قلعة المضيق", ("قلعه", None, "المضيق")),
        ("الهبيط", (None, None, "الهبيط")),
        ("تل", (None, None, "تل")),
        ("التل", (None, None, "التل")),
    ],
)
def test_split_prefix_names_the_kind_of_place(text, expected):
    assert split_prefix(text) == expected


def test_name_prefixes_keep_umm_abu_ayn_kafr_dayr_in_the_name():
    for word in ("ام", "ابو", "عين", "كفر", "دير", "بير"):
        assert NAME_PREFIXES[word] is None
    assert NAME_PREFIXES["تله"] == "hill"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("بلدة الهبيط", "الهبيط"),
        ("قرية سكيك", "سكيك"),
        ("مدينة معرة النعمان", "معره النعمان"),
        ("ريف إدلب", "ادلب"),
        ("ناحية مركز الحسكة", "الحسكه"),  # OpenSyria alias of the Al-Hasakeh subdistrict
        ("منطقة دوما", "دوما"),  # Who's On First ar_preferred of the Duma district
        ("محافظة حماة", "حماه"),
        ("بلدتي كفريا والفوعة", "كفريا والفوعه"),
        ("قرى عابدين", "عابدين"),
        ("المدينة", "المدينه"),  # the descriptor alone is left
        ("كفرنبودة", "كفرنبوده"),
    ],
)
def test_strip_descriptors_removes_leading_descriptor_words(text, expected):
    assert strip_descriptors(text) == expected


def test_descriptors_hold_normalized_words():
    assert "بلده" in DESCRIPTORS
    assert "ريفي" in DESCRIPTORS
    assert all(normalize_text(word) == word for word in DESCRIPTORS)
    assert all(normalize_text(word) == word for word in NAME_PREFIXES)


# Spellings of one place that must share the exact gazetteer key.
SAME_KEY = [
    ("كفرنبودة", "كفر نبودة"),
    ("كفرنبودة", "كفر نبوده"),
    ("كفرنبودة", "كَفْرنَبُودَة"),
    ("معركبة", "معر كبة"),
    ("أم زيتونة", "ام زيتونه"),
    ("أم زيتونة", "ام زيتونة"),
    ("أم زيتونة", "أم الزيتونة"),
    ('"الهبيط"', "هبيط"),
    ("«الهبيط»", "الهبيط"),
    ("معرة النعمان", "معره النعمان"),
    ("معرة النعمان", "مَعَرَّةُ النُّعْمَانِ"),
    ("جسر الشغور", "جسر الشّغور"),
    ("دير الزور", "دير_الزور"),
    ("إدلب", "ادلب"),
    ("حماة", "حماه"),
    ("تل عاس", "تل\u200cعاس"),
    ("اللطامنة", "لطامنه"),
    ("زهرة الحياة", "زهرةالحياة"),  # OCHA writes Zahrat Elhayat without a space
    ("سد تشرين", "سد\u00a0تشرين"),
    ("کوبانی", "كوباني"),
    ("Jisr al-Shughur", "Jisr ash-Shughur"),
    ("Deir ez-Zor", "Deir-ez-Zor"),
    ("Khān Shaykhūn", "Khan Shaykhun"),
    ("Ma'arrat an-Nu'man", "Maarrat al-Numan"),
    ("Al-Bab", "Bab"),
    ("Tell al-Sakhr", "Tell Sakhr"),
    ("Ḩārim", "Harim"),
]


@pytest.mark.parametrize(("a", "b"), SAME_KEY)
def test_name_key_is_equal_for_spellings_of_one_place(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("كفر نبودة", "كفرنبوده"),
        ("الهبيط", "هبيط"),
        ("تل الصخر", "تلصخر"),
        ("عين العرب", "عينعرب"),
        ("دير الزور", "ديرزور"),
        ("Deir ez-Zor", "deirzor"),
        ("Tell As", "tellas"),  # a last word is never an article
        ("Ma'arrat an-Nu'man", "maarratnuman"),
        ("Dar'a", "dara"),
        ("‘Ayn al ‘Arab", "aynarab"),
    ],
)
def test_name_key_strips_articles_and_joins_words(text, expected):
    assert name_key(text) == expected


# Different places: their keys must stay apart.
DIFFERENT_PLACES = [
    ("حماة", "حمص"),
    ("عابدين", "عين"),
    ("كفر عين", "عين"),
    ("تل عاس", "عاس"),
    ("أم زيتونة", "زيتونة"),
    ("الهبيط", "حبيت"),
    ("كفرنبودة", "كفرنبل"),
    ("سكيك", "سكيكة"),
    ("معرة النعمان", "معرة مصرين"),
    ("عين العرب", "عين عيسى"),
    ("خان شيخون", "خان السبل"),
    ("جسر الشغور", "الشغور"),
    ("تل أبيض", "تل أحمر"),
    ("مورك", "مورك 2"),
    ("قبب كبير", "قبب صغير"),
    ("Homs", "Hama"),
    ("Al-Bab", "Bab al-Hawa"),
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT_PLACES)
def test_name_key_keeps_different_places_apart(a, b):
    assert name_key(a) != name_key(b)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("الهبيط", [("هبيط", "exact")]),
        ("وكفرعين", [("وكفرعين", "exact"), ("كفرعين", "clitic")]),
        ("للمعرة", [("للمعره", "exact"), ("معره", "clitic")]),
        ("بلدة الهبيط", [("بلدههبيط", "exact"), ("هبيط", "descriptor")]),
        ("ببلدة الهبيط", [("ببلدههبيط", "exact"), ("بلدههبيط", "clitic"), ("هبيط", "descriptor")]),
        ("تلة الكبينة", [("تلهكبينه", "exact"), ("كبينه", "prefix")]),
        ("وتل عاس", [("وتلعاس", "exact"), ("تلعاس", "clitic"), ("عاس", "prefix")]),
        ("جبل الأكراد", [("جبلاكراد", "exact"), ("اكراد", "prefix")]),
        ("خربة شعيب", [("خربهشعيب", "exact"), ("شعيب", "prefix")]),
        ("مزرعة الهنوديدات", [("مزرعههنوديدات", "exact"), ("هنوديدات", "prefix")]),
        ("قرية تل عاس", [("قريهتلعاس", "exact"), ("تلعاس", "descriptor"), ("عاس", "prefix")]),
        ("أم زيتونة", [("امزيتونه", "exact")]),
        ("أبو الظهور", [("ابوظهور", "exact")]),
        ("عين العرب", [("عينعرب", "exact")]),
        ("كفر نبودة", [("كفرنبوده", "exact")]),
        ("دير الزور", [("ديرزور", "exact")]),
        ("Khan Shaykhun", [("khanshaykhun", "exact")]),
    ],
)
def test_key_variants_lists_candidate_keys_best_first_with_reasons(text, expected):
    assert key_variants(text) == expected


def test_key_variants_starts_with_the_name_key():
    for text in ("معرة النعمان", "بكفرنبودة", "Tell Abyad", "مدينة الباب"):
        assert key_variants(text)[0] == (name_key(text), "exact")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("حلب", True),
        ("Aleppo (حلب)", True),
        ("ﻛﻔﺮ", True),
        ("Aleppo", False),
        ("١٧", False),  # Arabic-Indic digits are not letters
        ("، ؟", False),
        ("", False),
    ],
)
def test_is_arabic_needs_an_arabic_letter(text, expected):
    assert is_arabic(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("خان شيخون", "ar"),
        ("Khan Shaykhun", "latin"),
        ("Khān Shaykhūn", "latin"),
        ("عين العرب/Kobani", "mixed"),
        ("Кобани", "other"),
        ("17", "other"),
        ("", "other"),
        ("الفرقة ١٧", "ar"),
    ],
)
def test_script_of_names_the_script_of_the_letters(text, expected):
    assert script_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ma'arrat an-Nu'man", "Maarrat an-Numan"),
        ("‘Ayn al-‘Arab", "Ayn al-Arab"),
        ("Dar`a", "Dara"),
        ("the 'Tell' hill", "the Tell' hill"),
        ("'حلب'", "'حلب'"),
    ],
)
def test_strip_inner_apostrophes_joins_latin_words_only(text, expected):
    assert strip_inner_apostrophes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("زهرةالحياة", "زهرة الحياة"),
        ("بشبطة_الدلبة", "بشبطة_الدلبة"),
        ("كفرنبودة", "كفرنبودة"),
    ],
)
def test_split_glued_words_splits_after_a_teh_marbuta_inside_a_word(text, expected):
    assert split_glued_words(text) == expected


# Mentions as they appear in the reader corpus (tests/data/reader_corpus: real report passages) and the
# OCHA name of the place they refer to: the OCHA key must be among the mention's candidate keys.
CORPUS_MENTIONS = [
    ("رأس العين", "راس العين"),
    ("كفرنبل", "كفر نبل"),
    ("كفر سجنة", "كفرسجنة"),
    ("كفرعين", "كفر عين"),
    ("أعجاز", "اعجاز"),
    ("إنخل", "أنخل"),
    ("إزرع", "ازرع"),
    ("راس العين", "رأس العين"),
    ("الربيعة", "ربيعة"),
    ("المدان", "مدان"),
    ("حوش الضواهرة", "حوش الضواهره"),
    ("محترق الصغير", "محترق صغير"),
    ("الذيبان", "ذيبان"),
    # As the passages write them, with proclitics and descriptors attached.
    ("ومسعدة", "مسعدة"),
    ("وبارسا", "بارسا"),
    ("وشوحة", "شوحة"),
    ("وحنتوتين", "حنتوتين"),
    ("والنقير", "النقير"),
    ("وكفر سجنة", "كفرسجنة"),
    ("وعين العروس", "عين العروس"),
    ("والبديع", "البديع"),
    ("وزملكا", "زملكا"),
    ("وعربين", "عربين"),
    ("وبرنة", "برنة"),
    ("بريف إدلب", "إدلب"),
    ("لبلدة تل حميس", "تل حميس"),
    ("قريتي زيتان", "زيتان"),
    ("بلدة قلعة المضيق", "قلعة المضيق"),
    ("مدينة “منبج”", "منبج"),
    ("بحى صلاح الدين", "حي صلاح الدين"),
]


@pytest.mark.parametrize(("surface", "ocha_name"), CORPUS_MENTIONS)
def test_key_variants_of_a_reported_mention_include_the_ocha_name_key(surface, ocha_name):
    assert name_key(ocha_name) in [key for key, _ in key_variants(surface)]


def test_ibn_and_bin_inside_a_name_share_a_key_and_the_text_is_kept():
    # SANA 2018 writes قصر ابن وردان; OCHA has قصر بن وردان (C3105).
    assert name_key("قصر ابن وردان") == name_key("قصر بن وردان") == name_key("قصر إبن وردان")
    assert name_key("ابن") == "ابن"  # a bare word is not rewritten


def test_word_lists_get_the_normalised_form_of_every_word():
    from gazetteer.normalize import add_normalised_forms

    namespace = {
        "WORDS": {"خسائر", "على"},
        "CUES": {"قرية": "village"},
        "FROZEN": frozenset({"هيئة"}),
        "lower": {"إدلب"},
        "NUMBERS": {1, 2},
    }
    add_normalised_forms(namespace)  # every upper-case set of strings
    assert namespace["WORDS"] == {"خسائر", "خساير", "على", "علي"}
    assert namespace["lower"] == {"إدلب"} and namespace["NUMBERS"] == {1, 2}
    add_normalised_forms(namespace, ["CUES", "FROZEN"])
    assert namespace["CUES"] == {"قرية": "village", "قريه": "village"}
    assert namespace["FROZEN"] == frozenset({"هيئة", "هييه"})
