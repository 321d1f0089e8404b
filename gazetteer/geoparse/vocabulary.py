"""The geoparser's word lists: cues, stop words, governorates, common words that are no names (normalised forms)."""

from __future__ import annotations

import re

from gazetteer.normalize import (
    add_normalised_forms,
    normalize_text,
    strip_article,
)

# Words in normalised form: teh marbuta -> heh, alef forms -> bare alef, alef maksura -> yeh.

# Singular cue words and the kind of place they announce.
CUES = {
    "بلده": "village", "قريه": "village", "مدينه": "city", "ناحيه": "town", "تل": "hill", "تله": "hill",
    "حرش": "woods", "احراش": "woods", "محور": "front", "جبهه": "front", "حي": "neighbourhood",
    "منطقه": "area", "جبل": "mountain", "مزرعه": "farm", "معبر": "crossing",
    "سد": "dam", "مخيم": "camp", "حاجز": "checkpoint", "كتيبه": "base", "فوج": "base", "قلعه": "castle",
    "بلدتي": "village", "قريتي": "village", "حيي": "neighbourhood", "مدينتي": "city", "تلول": "hill",
    "منطقتي": "area", "بلدتا": "village", "قريتا": "village", "مدينتا": "city", "تلتي": "hill",
    "تلتا": "hill", "رويسه": "hill", "خربه": "village",  # (رويسة: a hilltop of the Latakia mountains, رويسة القلعة)
    "مرتفع": "hill",  # ("مرتفع رأس الصيرة": a height)
    "قمه": "hill",  # ("قمة النبي يونس": a summit of the Latakia mountains)
    "مشروع": "neighbourhood",  # ("مشروع 1070 شقة", "مشروع الحمدانية السكني": Aleppo's housing projects)
    "جرود": "barrens", "جرد": "barrens",  # ("جرود فليطة": a town's barren highlands, the town a landmark)
}  # fmt: skip
# Cues whose name keeps the cue word (تل عاس is a hill called Tell As; حرش عابدين is Abdin's woods).
NAMED_CUES = {
    "تل",
    "تله",
    "تلول",
    "حرش",
    "جبل",
    "مزرعه",
    "سد",
    "معبر",
    "مخيم",
    "قلعه",
    "رويسه",
    "خربه",
    "مشروع",
}
# (An airport is named after its town, "مطار منغ العسكري": the town is the mention, the airport a base.)
# Plural cues: a list of names follows (قرى الشيخ دامس وركايا سجنة والنقير).
LIST_CUES = {
    normalize_text(w)
    for w in (
        "قري",
        "بلدات",
        "مدن",
        "احياء",
        "مناطق",
        "تلال",
        "مواقع",
        "قريتي",
        "بلدتي",
        "حيي",
        "مدينتي",
        "قرى",
        "منطقتي",
        "بلدتا",
        "قريتا",
        "مدينتا",
        "تلتي",
        "تلتا",
        "محوري",  # ("من محوري "دكوة" ... و"بير القصف"": the fronts' places)
        "محاور",
    )
}  # fmt: skip (normalised: احياء is written احيا)
# Words before a place (prepositions and position words).
LOCATIVES = {
    "في", "على", "علي", "من", "الى", "الي", "نحو", "قرب", "محيط", "مشارف", "اطراف", "باتجاه", "حتى",
    "حتي", "بين", "عن", "داخل", "غرب", "شرق", "شمال", "جنوب", "غربي", "شرقي", "شمالي", "جنوبي",
    "بلدات", "قري", "مدن", "تخوم", "اتجاه", "مدخل", "وسط", "ضواحي", "جوار", "مطار", "محطه", "محيطي",
}  # fmt: skip
# Verbs and verbal nouns whose object is the place itself ("انتزاع دورين"، "دخلت قوات النظام سراقب"، "قصف
# كفرنبل"): a name the index knows right after one is read as after في.
OBJECT_VERBS = {
    "انتزاع", "بانتزاع", "دخول", "بدخول", "دخوله", "دخولها", "دخلت", "دخل", "دخلوا", "اقتحام", "باقتحام",
    "اقتحمت", "اقتحم", "اقتحموا", "تحرير", "بتحرير", "حررت", "حرر", "حرروا", "استعاده", "باستعاده", "استعادت",
    "استعاد", "استعادوا", "قصف", "قصفت", "بقصف", "استهدف", "استهدفت", "باستهداف", "استهداف", "حصار", "تحاصر",
    "يحاصر", "حاصرت", "طوقت", "تطويق", "احتلال", "احتلت", "احتل", "اجتياح", "اجتاحت", "تمشيط", "سقوط", "تطهير",
}  # fmt: skip
# Words of a side named as a verb's subject ("الجيش السوري", "فصائل المعارضة", "قوات النظام"), normalised.
SUBJECT_WORDS = frozenset(
    normalize_text(w)
    for w in (
        "الجيش السوري العربي الوطني الحر قوات النظام الفصائل فصائل المعارضة الثوار داعش التنظيم تنظيم الدولة"
        " قسد الوحدات وحدات الحماية الكردية المسلحون مقاتلو عناصر الأسد الحكومية النظامية التركي التركية"
    ).split()
)
# Sides a report names by one word ("الجيش", "داعش", "قسد"): what follows may be the verb's object, not more name.
SELF_NAMED_SIDES = frozenset(("الجيش", "داعش", "قسد", "الوحدات", "التحالف"))
# Plural and dual place nouns that may stand as a verb's object ("قصف الجيش قرى X"), normalised (احياء -> احيا).
PLACE_PLURALS = frozenset(
    normalize_text(w) for w in ("قرى", "بلدات", "مدن", "أحياء", "قريتي", "بلدتي", "مدينتي", "حيي")
)
DIRECTIONS = {
    "شمال": "north", "شمالي": "north", "الشمالي": "north", "جنوب": "south", "جنوبي": "south",
    "الجنوبي": "south", "شرق": "east", "شرقي": "east", "الشرقي": "east", "غرب": "west", "غربي": "west",
    "الغربي": "west", "الشمالي الغربي": "north-west", "الجنوبي الشرقي": "south-east",
    "الشمالي الشرقي": "north-east", "الجنوبي الغربي": "south-west",
}  # fmt: skip
AREA_WORDS = {"ريف", "ريفي", "ارياف", "محافظه", "محافظتي", "بادية", "باديه", "مقاطعه"}  # (مقاطعة: a canton)
# Words after which the next two or three words name a person or an organisation.
PERSON_TITLES = {
    "الناشط", "ناشط", "المراسل", "مراسل", "القائد", "العميد", "اللواء", "النقيب", "العقيد", "الرائد",
    "الملازم", "المقدم", "المتحدث", "الناطق", "مدونه", "الصحفي", "الاعلامي", "مدير", "الرئيس",
    "القيادي", "عضو", "السيد", "الدكتور", "المحافظ", "محافظ", "الوزير", "الجنرال", "الميجور",
}  # fmt: skip
# Verbs of saying before a speaker's name, and the roles after it ("وقال أبو برزان نائب قائد ...").
SPEECH_VERBS = {"قال", "وقال", "اكد", "افاد", "اوضح", "ذكر", "اضاف", "صرح", "اشار", "قالت", "اكدت", "افادت",
                "اوضحت", "ذكرت", "اضافت", "يقول", "تقول"}  # fmt: skip
PERSON_ROLES = {"نائب", "قائد", "مسؤول", "المسؤول", "قياده", "امير", "الامير", "احد", "مقاتل", "عنصر"}
# First names that start a two- or three-word person name (هادي العبد الله، محمد كركص).
FIRST_NAMES = {
    "محمد", "احمد", "هادي", "ناجي", "رامي", "فرهاد", "عمر", "حسن", "حسين", "مصطفي", "خالد",
    "عبد", "عبدالله", "ابراهيم", "يوسف", "سعيد", "شرفان", "شيرفان", "ريدور", "نواف", "طلال", "بشار",
    "حافظ", "ماهر", "سهيل", "عصام", "وليد", "جيهان", "تيمور", "رجب", "فلاديمير", "سيرغي", "غسان",
    "زين", "فادي", "سامر", "ايمن", "مازن", "ياسر", "عمار", "بلال", "انس", "معاذ", "اسامه", "جمال", "نبيل",
    "فراس", "رايد", "باسل", "مهند", "نزار", "عماد", "طارق", "زياد", "ماجد", "محمود", "عبدالرحمن",
    "عبدالكريم", "عبدالعزيز", "عبدالرزاق", "عبدالقادر", "مظلوم", "صالح", "فايز", "منذر", "قصي", "مالك",
}  # fmt: skip
# Quoted names starting with these words are organisations, not places.
ORG_WORDS = {
    "المركز", "الهيئه", "المرصد", "الجبهه", "الجيش", "حركه", "هيئه", "جيش", "لواء", "فيلق", "غرفه",
    "تجمع", "شبكه", "وكاله", "قوات", "مجلس", "المجلس", "حزب", "تنظيم", "فرقه", "الفرقه", "كتائب",
    "منصه", "مدونه", "جبهه", "الائتلاف", "حمله", "عمليه", "معركه", "التحالف", "وحدات", "الوحدات",
    "قسد", "داعش", "سرايا", "المعرف", "الاداره", "اداره", "احرار",
    "حكومه", "سلطات", "سلطه",  # ("قوات حكومة دمشق", "سلطات دمشق": the government, not the city)
}  # fmt: skip
# "part of" words inside a list of places (وجزء من، وأجزاء من، ومعظم).
PART_OF_WORDS = {normalize_text(w) for w in ("جزء", "اجزاء", "معظم", "بعض", "كامل", "غالبيه", "اغلب")}
# Roads named after the towns they join: the towns are no mentions there.
ROAD_WORDS = {normalize_text(w) for w in ("طريق", "الطريق", "طريقي", "اوتستراد", "الاوتستراد", "اتوستراد",
                                           "الاتوستراد", "اوتوستراد", "الاوتوستراد", "اتستراد", "الاتستراد", "لطريق",
                                           "بطريق", "طريقا", "للطريق", "بالطريق")}  # fmt: skip
ROAD_ADJECTIVES = {normalize_text(w) for w in ("الدولي", "الدولية", "السريع", "الرئيسي", "العام", "القديم")}
TANWEEN = set("\u064b\u064c\u064d")  # ً ٌ ٍ
# A cue or landform with its article alone names the place told of before ("على التلة", "داخل البلدة", "الفصائل
# المدافعة عن الجبل"), not a village so called.
THE_PLACE_TOLD = frozenset(
    {"التله", "البلده", "القريه", "المدينه", "الجبل", "الوادي", "السهل", "الحي", "المخيم"}
)
STRIKE_WORDS = {"قصف", "هجوم", "غارات", "غاره", "استهداف", "اشتباكات", "معارك", "حصار", "تقدم"}
# Prepositions after which a governorate's bare name is its city (في حمص، نحو حلب).
CAPITAL_PREPOSITIONS = {"في", "من", "الى", "الي", "نحو", "حتي", "داخل", "باتجاه", "اتجاه"}
COMPLEMENTIZER_WORDS = {"ان", "انه", "انها", "بان"}
# Mountain ranges and plains written "جبل X": regions, not localities (the corpus rules).
REGION_NAMES = {normalize_text(w) for w in ("الاكراد", "التركمان", "الزاويه", "الحص", "العرب", "القلمون",
                                             "الشيخ", "الاربعين", "الغاب", "حوران", "السماق", "البلعاس")}  # fmt: skip
# Valleys named for the villages along them, and a camp named for its valley ("وادي بردى", "وادي النصارى",
# "معسكر وادي الضيف"): regions and bases, not localities (the corpus rules).
VALLEY_REGIONS = {normalize_text(w) for w in ("بردى", "النصارى", "اليرموك", "العجم", "الضيف")}
# Town names that are common nouns, with the words that make them the noun ("قنوات تواصل": channels of contact).
PHRASE_TAILS = {
    "قنوات": frozenset(normalize_text(w) for w in ("تواصل", "التواصل", "اتصال", "الاتصال", "حوار", "الحوار",
                                                   "تلفزيونيه", "فضائيه", "اعلاميه", "دبلوماسيه", "خلفيه")),
    # "دون أي تغيير في خريطة السيطرة": the map of control, not the village of al-Khraita
    "خريطه": frozenset(normalize_text(w) for w in ("السيطرة", "السيطره", "النفوذ", "الصراع", "المعارك", "القوى",
                                                   "توزع", "الميدان", "سوريا", "حلب")),
    # "غادروا مطار الشعيرات على متن طائرات هليكوبتر": aboard, not a village
    "متن": frozenset(normalize_text(w) for w in ("طائرات", "طائرة", "الطائرات", "الطائرة", "مروحيات", "مروحية",
                                                 "حافلات", "حافلة", "الحافلات", "سيارات", "سيارة", "شاحنات", "عربات",
                                                 "باصات", "قوارب", "سفينة", "آليات", "اليات")),
    # "التي احتضنت الحراك السلمي للثورة السورية": the peaceful movement, not the town of al-Hirak
    "الحراك": frozenset(normalize_text(w) for w in ("السلمي", "الشعبي", "الثوري", "المدني", "السياسي",
                                                    "الجماهيري", "الاحتجاجي", "العسكري", "الدبلوماسي")),
}  # fmt: skip
# Words that end an outlet's name ("حرية برس"، "حلب نيوز"، "زمان الوصل" is named with its own words).
OUTLET_SUFFIXES = {"برس", "نيوز", "بوست", "اونلاين", "تايمز", "توداي"}
OUTLET_WORDS = {
    "قناه",
    "مراسل",
    "موقع",
    "شبكه",
    "وكاله",
    "لقناه",
    "لمراسل",
    "لموقع",
    "لشبكه",
    "صحيفه",
    "لصحيفه",
    "موفد",
    "لموفد",
    "مراسله",
    "مراسلو",
    "مراسلي",
    "كاميرا",
    "صفحه",
}
# A correspondent's town ("أفاد مراسل عنب بلدي في دير الزور", "قال مراسل تسنيم في دمشق"): where the report was
# written from, not a place it tells of.
REPORTER_WORDS = {"مراسل", "مراسله", "مراسلنا", "موفد", "موفده", "مراسلها", "مراسلتنا"}
# A town named for its countryside ("بريف منبج الشمالي", "في ريف مدينة تل أبيض", "بريفي تل تمر"): the words
# right before the name.
COUNTRYSIDE_BEFORE = re.compile(
    r"(?:^|[\s(«“\"])[وف]?[بل]?(?:ريف|ريفي|أرياف|ارياف|مقاطعة|مقاطعه|مقاطعتي)\s+(?:(?:مدينة|مدينه|بلدة|بلده|ناحية|ناحيه|منطقة|منطقه)\s+)?[\"“«]?$"
)
# A subdistrict named as where places lie ("قرية أم الشوق التابعة لناحية الهول", "قرى في ناحية شيراوا"): context
# like a countryside (the corpus rules); "سيطرت على ناحية سنجار" is the town itself and stays a mention.
SUBDISTRICT_BEFORE = re.compile(
    r"(?:^|[\s(«“\"])(?:(?:في|قرى|قري|بلدات|مناطق|ريف|بريف|داخل|أطراف|اطراف)\s+|[وف]?[بل])"
    r"(?:ناحية|ناحيه|ناحيتي)\s+[\"“«]?$"
)
# Military operations whose names read like places ("مناطق نبع السلام", "منطقة درع الفرات").
OPERATION_NAMES = {
    tuple(normalize_text(w).split())
    for w in (
        "نبع السلام",
        "درع الفرات",
        "غصن الزيتون",
        "ردع العدوان",
        "فجر الحرية",
        "غضب الفرات",
        "عاصفة الجزيرة",
    )
}
# Days of the week (a report's dateline): "تل الجابية الخميس".
DAY_KEYS = {
    strip_article(normalize_text(w))
    for w in ("السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة")
}
OPERATION_FIRST_WORDS = {words[0] for words in OPERATION_NAMES}
# "هذا الصدد", "هذه الجبهة": the word after a demonstrative is a common noun, not a place.
DEMONSTRATIVES = {
    "هذا",
    "هذه",
    "بهذا",
    "بهذه",
    "لهذا",
    "لهذه",
    "وهذا",
    "وهذه",
    "وبهذا",
    "وبهذه",
    "ذلك",
    "تلك",
}
# Words before a quoted operation or campaign name (أطلقت عليها اسم "قادسية بصرى الشام").
OPERATION_WORDS = {"اسم", "باسم", "مسمي", "معركه", "عمليه", "غزوه", "حمله", "شعار", "عنوان"}
# Words that are never a place on their own, however many villages are called so.
STOPWORDS = {
    "النظام", "الجيش", "الثوار", "المعارضه", "الدوله", "الحدود", "الطريق", "المدينه", "البلده", "النصره",
    "القريه", "المنطقه", "الشرقيه", "الغربيه", "الشماليه", "الجنوبيه", "الوطني", "الحر", "الناحيه", "السلام",
    "النصر", "الفتح", "الثوره", "الشعب", "الحمايه", "الاسد", "روسيا", "تركيا", "ايران", "لبنان",
    "العراق", "الاردن", "سوريا", "سوريه", "اسرائيل", "امريكا", "الفصائل", "المليشيات", "الميليشيات",
    "السعوديه", "مصر", "قطر", "الامارات", "الكويت", "اليمن", "ليبيا", "الكيان", "الحقل", "الحقول",
    "التحالف", "الحكومه", "الامن", "الشام", "النهر", "الجسر", "المطار", "السجن", "الصناعه", "المركز",
    "الكبير", "الصغير", "الجديد", "الجديده", "القديم", "القديمه", "العسكري", "العسكريه", "الاعلامي",
    "العام", "الدولي", "البلد", "الريف", "الساحل", "الجزيره", "الفرات", "البادية", "الباديه", "اليوم",
    "امس", "الشهر", "الجاري", "الماضي", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
    "السبت", "غرب", "شرق", "شمال", "جنوب", "وسط", "محيط", "تقدم", "التقدم", "مفرق", "دوار", "عدد", "عناصر", "مقاتلي", "قتلي", "الارض",
    "السيطره", "الهجوم", "المعارك", "المواقع", "الحملة", "الحمله", "العمليه", "الاهالي", "المدنيين",
    "الحصار", "الجبهات", "حماه", "حمص", "ادلب", "حلب", "درعا", "الرقه", "الحسكه", "اللاذقيه",
    "طرطوس", "دمشق", "السويداء", "القنيطره", "عين", "تل", "بيت", "ام", "ابو", "الزور", "دير",
    "الفرقه", "اللواء", "الكتيبه", "الفوج", "الجو", "جوي", "البري", "مصدر", "مصادر", "الشيخ",
    "رأس", "راس", "علي", "وادي", "سهل", "معارضه", "مجموعه", "المسجد", "الشركه", "تشرين", "حول", "تلك",
    "الضفه", "خربه", "الغوطه", "غوطه", "جان", "بدايه", "بدوره", "بدورها", "كذلك", "اخري", "اخر", "الاخري",
    "القري", "البلدات", "المدن", "بشريه", "ماديه", "الماديه", "الحربيه", "المروحيه", "مطلع", "محيطها", "محيطه", "ريفها", "ريفه", "اطرافها", "الاسلاميه", "الاسلامي", "الديمقراطيه", "القوات", "قوات", "الوحدات", "الكرديه",
}  # fmt: skip
# Governorates: normalised name keys -> (P-code, Arabic, English, lat, lon) (OCHA COD 2015 admin 1).
GOVERNORATES = {
    "ادلب": ("SY07", "إدلب", "Idleb", 35.8, 36.71),
    "حسكه": ("SY08", "الحسكة", "Al-Hasakeh", 36.633, 40.665),
    "رقه": ("SY11", "الرقة", "Ar-Raqqa", 36.01, 38.576),
    "سويداء": ("SY13", "السويداء", "As-Sweida", 32.806, 36.678),
    "قنيطره": ("SY14", "القنيطرة", "Quneitra", 33.008, 35.85),
    "لاذقيه": ("SY06", "اللاذقية", "Lattakia", 35.581, 36.053),
    "حلب": ("SY02", "حلب", "Aleppo", 36.146, 38.025),
    "حماه": ("SY05", "حماة", "Hama", 35.174, 36.726),
    "حمص": ("SY04", "حمص", "Homs", 34.865, 37.303),
    "درعا": ("SY12", "درعا", "Dar'a", 32.975, 36.084),
    "ديرزور": ("SY09", "دير الزور", "Deir-ez-Zor", 35.635, 40.226),
    "دمشق": ("SY03", "ريف دمشق", "Rural Damascus", 33.598, 36.3),
    "طرطوس": ("SY10", "طرطوس", "Tartous", 34.829, 36.078),
}
# Keys in normalised form too (a final hamza is dropped: السويداء -> سويدا).
GOVERNORATES |= {strip_article(normalize_text(k)): v for k, v in GOVERNORATES.items()}
GOVERNORATES["ديرالزور"] = GOVERNORATES["ديرزور"]  # written glued: غرب ديرالزور
DAMASCUS = GOVERNORATES["دمشق"]
CITY_GOVERNORATES = {
    GOVERNORATES[k][0] for k in ("دمشق", "حلب", "حمص")
}  # its countryside is a governorate of its own; the city is named bare
HARD_PUNCT = set(".,;:!?()[]{}،؛؟…–—-/|\n")
QUOTES = set("\"'“”«»„‟‘’″″")
MAX_WORDS = 5
CLUSTER_KM = 35.0
NEIGHBOUR_KM = 10.0  # a place this close to another of the report's places is on one of its fronts
HOMONYM_KM = 30.0  # the farthest a name with several places is believed from the report's other places
CITY_KINDS = {"city", "town"}
TYPO_BASE = 0.45  # score of a same-length-or-one-letter-off Arabic spelling (an outlet's typo)
FOREIGN_KM = 30.0  # how close to the report's places a town outside Syria must lie
TYPO_KM = 15.0
# Match reasons of weak candidates: believed only within TYPO_KM of the report's other places, and never
# used themselves as context for the others.
WEAK_MATCHES = ("typo", "qualifier")
SPELLING_BASE = 0.8  # a name written another usual way (final ة as ا, و doubled): a sure match, not a typo
QUALIFIER_BASE = 0.6  # a name found with a qualifier the report left out (كبيرة، التحتا ...)
# Words that tell same-name villages apart and that reports often leave out (keys: articles off).
SIZE_QUALIFIERS = frozenset(
    normalize_text(w) for w in ("كبير", "كبيرة", "صغير", "صغيرة", "كبرى", "صغرى", "فوقاني", "تحتاني")
)
# The spellings of one size qualifier of a name, by key (article off, ة as ه): كبير ~ كبيرة ~ كبرى.
SIZE_SPELLINGS = {
    key: tuple(other for other in group if other != key)
    for group in (
        ("كبير", "كبيره", "كبري"),
        ("صغير", "صغيره", "صغري"),
        ("فوقاني", "فوقا", "فوقانيه"),
        ("تحتاني", "تحتا", "تحتانيه"),
    )  # fmt: skip
    for key in group
}
NAME_QUALIFIERS = tuple(
    normalize_text(w).removeprefix("ال")
    for w in ("كبيره", "صغيره", "كبير", "صغير", "تحتا", "فوقا", "تحتاني", "فوقاني", "التحتاني", "الفوقاني", "تحتانيه", "فوقانيه",
              "شرقي", "غربي", "شماليه", "جنوبيه", "شرقيه", "غربيه", "شمالي", "جنوبي", "الكبري", "الصغري")
)  # fmt: skip  # how close to the article's other places a typo candidate must lie
LATIN_ONLY_MIN = 0.7  # transliteration score a Latin-only place (Wikipedia map hills) needs


BOUNDARY_WORDS = {
    "شمالا", "جنوبا", "شرقا", "غربا",  # "من كفر حور شمالاً حتى قرية مغر المير جنوباً": adverbs of direction
    "مركز", "ولا",  # "بلدة ربيعة مركز جبل التركمان", "قرية حرجلة ولا تزال": the name has ended
    "بعد", "قبل", "التي", "الذي", "اللتين", "الذين", "خلال", "منذ", "عقب", "اثر", "إثر", "وسط", "ضد",
    "مع", "حيث", "فيما", "بينما", "اليوم", "امس", "صباح", "مساء", "ليل", "فجر", "الواقعه", "الواقع",
    "الاستراتيجي", "الاستراتيجيه", "الإستراتيجي", "المحاذيه", "القريبه", "المجاوره", "الملاصقه",
    "الملاصق", "المتاخمه", "المتاخم", "المحاذي", "المجاور", "القريب",
    "كم", "ايضا", "كما", "او", "ثم", "لكن", "الا", "هي", "هو", "وهي", "وهو", "انه", "انها", "قد",
    "بشكل", "بما", "بالكامل", "كامل", "كامله", "جديده", "جديد", "عده", "عدد", "بالقرب", "بالاضافه", "اضافه",
    "الحدوديه", "الحدودي", "المحاصره", "المحاصرتين", "المحاصرتان", "الاثريه", "الكبير", "الكبيره", "الخاضعه", "التابعه", "التابع",
    "يوم", "ليله", "الليله", "منتصف", "حتي", "حتى", "ومعظم", "معظم", "اجزاء", "بريف", "ريف",
    "استراتيجي", "استراتيجيه", "غربيها", "شرقيها", "شماليها", "جنوبيها", "بنحو", "نحو", "ذلك", "بالتزامن",
    "نقاط", "انباء", "اسقاط", "الاجتماعي", "التواصل", "سابقا", "لتدخل", "وتطهيرها", "تطهيرها", "و",
    # A verb or a complementizer ends a name: "كفين انسحبت منها"، "بحلب أن"، "كان يسيطر عليها".
    "ان", "بان", "وان", "فان", "كان", "كانت", "وكان", "وكانت", "انسحب", "انسحبت", "انسحبوا", "سيطر",
    "سيطرت", "يسيطر", "تسيطر", "تقدمت", "دخلت", "حررت", "استعادت", "باتت", "بات", "باتا", "الاخير",
    "الاخيره", "الان", "حاليا", "يطهر", "يتم", "تم", "يجري", "جري", "يعد", "تعد", "يعتبر", "تعتبر",
    "قصفت", "قصف", "استهدفت", "استهدف", "هاجمت", "هاجم", "شنت", "شن", "تقصف", "يقصف", "تستهدف", "يستهدف",
    "ليطال", "يطال", "طال", "فتصدي", "تصدي", "تصدت", "التابعتين", "التابعين", "التابعتان", "لا",
    "بغربي", "بشرقي", "بشمالي", "بجنوبي", "بغرب", "بشرق", "بشمال", "بجنوب",
    "يقع", "تقع", "اصبحت", "يصبح", "ليصبح", "لتصبح", "السوريه", "الساحليه", "التركيه", "اللبنانيه",
    "العراقيه", "الاردنيه", "التاريخيه", "النفطيه", "العربي", "العربيه", "الكردي", "الكرديه", "المهجور",
    "المهجوره", "بموجب", "ضمن", "لتتم", "تتم", "تقعان", "يقعان", "اللتان", "اللذان", "الواقعتان",
    "الواقعتين", "سيطره", "السيطره", "بسيطره", "بايدي", "بيد", "بقبضه", "وفق", "وفقا", "حسب", "بحسب", "لم",
    "فيها", "منها", "عليها", "بها", "لها", "عنها", "اليها", "فيه", "منه", "عليه", "به", "له", "عنه", "اليه",
    "بمدخل", "بمحيط", "بمنطقه", "بجبل", "بجبال", "بسهل", "بوادي", "بمحافظه", "بناحيه", "المحتل", "المحتله",
    "بهدف", "بغيه", "لاجل", "فقط", "بعدما", "اثنا", "اثناء", "مسقط", "عقبها", "بينهم", "بحكم", "المودي",
    "المؤدي", "الواصل", "الرابط", "اكبر", "اصغر", "اهم", "توجهت", "توجه", "اتجهت", "اتجه", "اتجهوا", "توجهوا", "لتنتقل", "انتقلت", "انتقل",
    "تمكنت", "تمكن", "كبري", "صغري", "الكبري", "الصغري", "اضاف", "واضاف", "اضافت", "دون", "المقابله",
    "المقابل", "المطله", "المطل", "المعروفه", "المعروف",
    # The sentence going on ("تل تمر عندما", "دير عطية متجهين"): the name has ended.
    "عندما", "متجهين", "متجها", "متجهه", "مقتربا", "مقتربه", "لتصل", "ليصل", "تزامنت", "تتعرض", "يتعرض",
    "لن", "ولم",
}  # fmt: skip


# A participle tying the place to another ("تل المصيح المشرف على", "حي الزين الفاصل بين", "تل عمري
# الواقعين"): never a name's second word, though المشرفة alone is a village.
NAME_ENDING_PARTICIPLES = frozenset(
    (
        "المشرف", "المشرفه", "المشرفين", "المشرفتين", "المشرفان", "المطلات", "المطلين", "المطلتين", "الفاصل",
        "الفاصله", "الواقعين", "المتصل", "المتصله", "المتصلين", "المتصلتين", "المسيطر", "المسيطره", "الواصله",
    )
)  # fmt: skip


DUAL_CUES = frozenset({"قريتين", "بلدتين", "مدينتين", "حيين", "قريتان", "بلدتان"})


# Words that link the parts of a name and never end one (قصر ابن وردان، أم ولد).
NAME_LINKS = frozenset({"ابن", "بن", "ابو", "ام", "بنت", "ذو", "ذات"})
REGION_WORDS = {
    "الغوطه",
    "غوطه",
    "سهل",
    "الباديه",
    "باديه",
    "القلمون",
    "الجزيره",
    "حوض",
    "الجولان",
    "جولان",
    "حوران",
}
# Words that begin longer place names (عين الغزال، تل حلف، خربة بشار، الشيخ مصطفى), article off.
NAME_PREFIX_KEYS = frozenset(
    {"عين", "تل", "تله", "بيت", "ام", "ابو", "دير", "راس", "خربه", "وادي", "كفر", "جسر", "شيخ", "عرب",
     "حوش", "مزرعه", "جب", "بير", "بئر", "قصر", "سد", "جبل", "قلعه", "مغاره", "ضهر", "نبي", "زور",
     "رسم", "رجم", "مشتي", "تلول", "قبر", "مغر", "بستان", "جمعيه", "حويجه", "كر", "كاني", "جديده",
     "قره", "قرت", "قزل"}  # (Turkic and Kurdish first words: قره موغ، قرت ويران، قزل داغ)
)  # fmt: skip


_STOP_KEYS = frozenset(strip_article(w) for w in STOPWORDS)

# Ordinary words of war reports that are also (or look like) names: a place only after a place cue
# (قرية، بلدة، تل ...). Plural and dual nouns, adjectives and participles, months; articles off.
COMMON_WORDS = frozenset(
    strip_article(normalize_text(w).replace(" ", ""))
    for w in """
    مناطق مزارع أجزاء مستودعات نفق أنفاق معسكر معسكرات مقار مقرات نقاط حواجز طرق أوتستراد سلسلة تلال جبال
    قمم سهول أراضي محاور خطوط اشتباكات معارك مواجهات هجمات عمليات أحياء أطراف ضواحي شوارع سكان أهالي
    مدنيين عشائر قبيلة أسلحة ذخائر آليات دبابات عربات قريتين بلدتين مدينتين كافة تلك هذه هذا كلها جميع
    تابعة تقع خارج مسلحة محررة محاصرة مجاورة متاخمة قريبة واقعة موالية موالي مدعومة مسلحين إرهابيين
    مقاتلين عناصر واسعة واسع كبيرة شاسعة غالبية جروح جرحى واسطة تبقى مأهولة أدى تصعيد خفض النمر جند
    بلاد حساسة دار مهمة صغيرة مدرسة إدارة متحالفة انتشار فاصلة عسكري عسكرية الدولي دولي عبارة
    مدافع قذائف صواريخ هاون مدفعية أضرار كمين علم إشارة مقاومة جبلي وقوع تمهيد محاصر فحسب مثل متسببة يمتد هام
    هامة بساتين ضاحية سكنية جراجات كراجات متفرقة زيادة بعيدة بعيد قريب وحدة بؤر بؤرة شهداء أربعين إرهابيي
    إرهابيين مسلحي أكثر أقل عورة وعرة حاكمة عسكري قبان نارياً ناريا غير مختلفة مختلف معروفة معروف حياة
    مجموعات جماعات فصائل ميليشيات مليشيات تشكيلات محلية تغطية المحررة كانون شباط آذار نيسان أيار حزيران تموز أيلول يطهر تطهير تمشيط
    """.split()
)
# Found from data: the words of the reader corpus (tuning, held-out and second blind set) and the seed
# article outside their annotated mentions that are also single-word names in the shipped gazetteer,
# reviewed by hand (places, cue and direction words and name parts such as عبد، حدث، علم taken out);
# plus words seen taken for places since.
CORPUS_COMMON_WORDS = frozenset(
    strip_article(normalize_text(w))
    for w in """
    عنيفة كان تحت دقيقة أثرية أبرز طوق مشارف نقيب نفطية قناة أمة عليه قوله دمر طوال
    إلا بدا جيب ضمان خاصة بخاصة معمل تركية روسية أحد إحدى أول آخر خلال أيضا حيث بين ذات نفس
    شبه ظهر كشف كيلو مطلة متوسطة طفلة هزيمة حالات فيديو كلي شديد مصري مرات جوده منزله ضخم ظهيرة قومي
    عصابة فرحة عراقي شهيد إسكان صفر دخان صنع خلفه جهاد عقدة نجمة مديرية مفصلة سيدة حوار ابنه جدار
    شعبة قنص مقتله بشري وقوف تظهر عمليا تفصل سقطت أشد قناص تنظيم قصف
    فور صالح عالية خلاله حصاره قسمين صهريج وصولا للبنان عدم صعب مقبرة عديدة معركة مستمرة
    مؤكدا مشيرا مضيفا موضحا لافتا منوها قائلا معتبرا مبينا متابعا معلنا خوفا خشية تحسبا هربا تجنبا سوف نفوذ عرف اقتراب حيوية صور عمر صراع إخلاء آمنة بنايات كازية
    أنقرة موسكو طهران واشنطن إسطنبول استانا سوتشي جنيف وزارة سفارة كلية قريبين قريبتين مجاورتين متاخمتين محاذيتين
    تتبع يتبع برميل
    ثغرة مرتين لمرتين حكما مشارفه بقيت
    """.split()
)
# Words that are no name even right after a cue word ("منطقة منكوبة", "مناطق انتشار القوات", "قرية شمالها").
NEVER_NAMES = frozenset(
    strip_article(normalize_text(w))
    for w in """
    خاضع خاضعة مضافة محطة لسيطرة أدى أدت تحديدا الممتدة الممتد الرئيسية الرئيسي صوامع مدنية منكوبة ضفاف
    انتشار يتمركز تتمركز يتواجد تتواجد شمالها جنوبها شرقها غربها بوتين أردوغان مما بما عما كما بذلك لذلك
    مكمن سماء دمشقية حدودي الشبابية التماس جولة أساسية تحركات الإيرانية الروسية التركية الأمريكية
    الأمريكي قريب بعيد تشهد يشهد شهدت درجة القتال الكنيسة علوية سنية شيعية مسيحية درزية انطلق انطلقت
    غير عسكرية صحراوية
    """.split()
)
COMMON_WORDS = COMMON_WORDS | CORPUS_COMMON_WORDS | NEVER_NAMES
# Common words that name city districts after حي / أحياء (حي الصناعة in Deir ez-Zor, Homs and Raqqa).
DISTRICT_WORDS = frozenset(
    normalize_text(w) for w in ("الصناعة", "الثورة", "الجامعة", "القصور", "العمال", "تشرين")
)
DISTRICT_NOUNS = frozenset(normalize_text(w) for w in ("أحياء", "حيي", "حي"))
MONTH_KEYS = frozenset(
    strip_article(normalize_text(w)) for w in "كانون شباط اذار نيسان ايار حزيران تموز ايلول".split()
)
# Direction adjectives that end a name (تل عار شرقي، تل أحمر غربي), with the other gender's spelling.
NAME_DIRECTIONS = {"شرقي": "شرقيه", "غربي": "غربيه", "شمالي": "شماليه", "جنوبي": "جنوبيه",
                   "شرقيه": "شرقي", "غربيه": "غربي", "شماليه": "شمالي", "جنوبيه": "جنوبي"}  # fmt: skip


LIST_HEADS = {"القري", "البلدات", "قري", "بلدات", "المناطق", "القريتين", "البلدتين"}
# Plural (and dual) place nouns, article off, after which "هي"، "بينها"، ":" introduce a list of names.
LIST_HEAD_KEYS = frozenset(
    normalize_text(w)
    for w in ("قري", "بلدات", "مدن", "احياء", "مناطق", "تلال", "مواقع", "قريتين", "بلدتين", "قريتان",
              "بلدتان", "نقاط", "مزارع", "تلتين", "حيين", "قرا")
)  # fmt: skip
# Words that open the list after such a noun.
LIST_OPENERS = frozenset(
    {
        "هي",
        "وهي",
        "هما",
        "وهما",
        "بينها",
        "منها",
        "ابرزها",
        "اهمها",
        "وهم",
        "هم",
        "وابرزها",
        "واهمها",
        "وبينها",
        "ومنها",
        "التاليه",
        "الاتيه",
        "التالي",
        "الاتي",
        "اخرها",
        "واخرها",
        "مثل",
        "ضمنها",
        "وضمنها",
    }
)  # fmt: skip  ("القرى التالية: X، Y")
# Relative pronouns: no place name starts with one (their joined key may spell one: التي ما ~ تيما).
RELATIVE_PRONOUNS = frozenset({"التي", "الذي", "اللتين", "اللذين", "اللتان", "اللذان", "الذين", "اللواتي"})
# Adjectives after a cue word: "تلة مشرفة" is an overlooking hill, not a hill called مشرفة.
CUE_ADJECTIVES = frozenset(
    normalize_text(w)
    for w in ("مشرفه", "مشرفة", "حاكمه", "مدفعيه", "دبابات", "مشاه", "صواريخ", "دفاع", "استراتيجيه", "الاستراتيجيه", "مجاوره", "قريبه", "هامه", "مهمه",
              "صغيره", "كبيره", "مأهولة", "ماهوله", "آمنة", "حدودية", "نائية", "محررة", "محاصرة", "مرتفعه", "محاذيه", "اخري", "جبليه", "ثانيه", "واحده", "جديده", "عده", "خفض", "اشتباك",
              "عمليات", "سيطره", "نفوذ", "عازله", "امنه", "منزوعه", "نفطيه", "صناعيه", "زراعيه", "سكنيه", "هام",
              "هامه", "واسعه", "كبير", "صغير", "مهم",
              # who lives there ("رابع مدينة كردية", "قرية مسيحية", "بلدة درزية"): no name
              "كرديه", "عربيه", "مسيحيه", "درزيه", "علويه", "سنيه", "شيعيه", "تركمانيه", "سريانيه", "اشوريه",
              "ارمنيه", "كردي", "عربي", "مسيحي", "درزي", "علوي", "سني", "شيعي", "تركماني",
              # "بلدة ذات موقع استراتيجي" (a town with ...), "منطقة ما" (some area): no name either
              "ذات", "ما")
)  # fmt: skip
# Of those, the ones a list of names may follow straight away ("وبلدات أخرى الشحيل والطيانة").
LIST_ADJECTIVES = frozenset(normalize_text(w) for w in ("اخري", "مجاوره", "قريبه", "محاذيه", "محيطه"))
# Of the list openers, the ones that may stand far from their noun (after a relative clause); منها and بينها only
# follow it closely ("انسحبت منها" is "withdrew from it").
LIST_OPENERS_FAR = frozenset({"هي", "وهي", "هما", "وهما"})
# Regions that lie inside one governorate: named in a sentence ("في مدينة دوما بالغوطة الشرقية"), they set
# where its places are, as the governorate named there would. Keys: each word's key (article and proclitics
# off); one-word regions count only when written with their article (الغوطة، القلمون), or حوران.
REGION_GOVERNORATES = {
    ("غوطه",): "SY03", ("قلمون",): "SY03", ("وادي", "بردي"): "SY03",
    ("جبل", "زاويه"): "SY07", ("جبل", "سماق"): "SY07",
    ("جبل", "اكراد"): "SY06", ("جبل", "تركمان"): "SY06",
    ("سهل", "غاب"): "SY05", ("حوران",): "SY12", ("لجاه",): "SY12", ("جبل", "عرب"): "SY13",
}  # fmt: skip
REGION_FIRST_KEYS = frozenset(k[0] for k in REGION_GOVERNORATES)
SIDE_WORDS = frozenset({"الجهه", "الجانب", "القسم", "الطرف", "المحور", "الناحيه"})


# (the text's words are compared normalised: اللواء -> اللوا, هيئه -> هييه, حتى -> حتي)
add_normalised_forms(
    globals(),
    ["CUES", "LOCATIVES", "OBJECT_VERBS", "AREA_WORDS", "PERSON_TITLES", "FIRST_NAMES", "ORG_WORDS", "STOPWORDS",
     "BOUNDARY_WORDS", "REGION_WORDS", "LIST_OPENERS", "LIST_OPENERS_FAR"],
)  # fmt: skip
NAME_PREFIX_KEYS = NAME_PREFIX_KEYS | {strip_article(normalize_text(w)) for w in NAME_PREFIX_KEYS}
_STOP_KEYS = frozenset(strip_article(w) for w in STOPWORDS)
