"""The sides of the war as reports name them: the built-in lexicon, and finding actors in a sentence."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from frontline.extraction.vocabulary import POSITION_NOUNS, STRONGHOLD_WORDS
from frontline.extraction.words import _bare_units, _is_anaphor
from gazetteer.geoparse import Token, bare_word, first_word_keys
from gazetteer.normalize import add_normalised_forms, name_key

# The bloc of forces that are no side of the map (the US-led coalition, Israel): named, but never claimed for.
NO_SIDE = "none"
# Built-in lexicon (bloc code, English name, names as the sides write them). ActorName rows, when the
# claims app has them, come first; this keeps the reader usable (and testable) without a database.
BUILTIN_ACTORS: list[tuple[str, str, list[str]]] = [
    ("government", "Syrian government and allies", [
        "نظام الأسد", "قوات النظام", "قوات النظام السوري", "قوات الأسد", "قوات نظام الأسد", "النظام",
        # Warplanes with no flag: in these reports the government's or its Russian ally's (the coalition's,
        # Turkey's and Israel's are named so: "طيران التحالف", "الطيران التركي").
        "الطيران الحربي", "طائرات حربية", "الطيران الحربي والمروحي", "المروحيات", "الحوامات",
        "سلاح الجو", "الطيران المروحي", "طائرات مروحية",
        "الميليشيات", "المليشيات", "ميليشيات الأسد", "الميليشيات المساندة", "الجيش السوري", "الجيش العربي السوري",
        "الجيش النظامي", "القوات النظامية", "القوات الحكومية", "قوات الحكومة السورية", "قوات الحكومة",
        "القوات السورية", "وحدات من الجيش", "وحدات الجيش", "وحدات من الجيش السوري", "جيش النظام",
        "جيش النظام السوري", "روسيا", "القوات الروسية", "الاحتلال الروسي", "الطيران الروسي",
        "طائرات حربية روسية", "طائرة حربية روسية", "طائرات روسية", "طائرة روسية",
        "الطيران الحربي الروسي", "الطائرات الروسية", "الطائرات الحربية الروسية", "المقاتلات الروسية",
        "الطيران الحربي السوري", "الطيران السوري", "مروحيات النظام",
        "طيران النظام",
        "حزب الله", "حزب الله اللبناني",
        "اللجان الشعبية", "قوات اللجان الشعبية", "مجموعات الدفاع الشعبية", "الدفاع الوطني",
        "الميليشيات الإيرانية", "قوات الجيش السوري", "الجيش", "قواتنا المسلحة", "الحرس الجمهوري",
        "قوات حكومية سورية", "الشرطة العسكرية الروسية", "وحدات من قوى الأمن الداخلي", "الحرس الثوري",
        "الحرس الثوري الإيراني", "اللواء الثامن",
        "الحكومة السورية", "وحدة من الجيش", "الجيش والقوات المسلحة", "القيادة العامة للجيش", "جنودنا",
        "القوات الرديفة", "القوات الحليفة", "جيش الأسد", "عصابات الأسد", "كتائب الأسد", "ميليشيات النظام",
        "ميليشيا الدفاع الوطني", "قوات النمر", "الفيلق الخامس", "الفرقة الرابعة",
        "الميليشيات الشيعية", "قوات الجيش العربي السوري",
        "حركة النجباء", "النجباء", "قوات النجباء", "لواء فاطميون", "لواء زينبيون", "فاطميون", "زينبيون",
        "القوات النظامية السورية", "قوات الأسد والميليشيات", "قوات الدفاع الوطني",
        "لواء القدس", "الحشد الشعبي", "الميليشيات الموالية", "قوات النظام والميليشيات",
        "القوات الموالية", "القوات الموالية للنظام", "الميليشيات الموالية للنظام",
        "قوات النظام السوري وحلفائه", "الجيش السوري وحلفاؤه", "الجيش الروسي", "قوات الغيث", "قوات السهيل",
        "صقور الصحراء", "لواء الباقر", "قوات درع القلمون", "الأمن العسكري", "المخابرات الجوية", "الشبيحة",
        "شبيحة النظام", "جيش التحرير الفلسطيني", "قوات الأمن السورية", "القوات الحكومية وحلفاؤها",
        "الفرقة 25", "الفرقة 25 مهام خاصة", "ميليشيات إيران", "الميليشيات الموالية لإيران",
        # Allied militias by name (Iraqi, Afghan, Syrian loyalist and party militias).
        "لواء أسود الحسين", "لواء ذو الفقار", "لواء أبو الفضل العباس", "عصائب أهل الحق", "كتائب حزب الله",
        "حزب الله العراقي", "الدفاع المحلي", "قوات الدفاع المحلي", "كتائب البعث", "درع الساحل",
        "لواء الإمام الحسين", "مغاوير البحر", "نسور الزوبعة", "الحزب السوري القومي الاجتماعي", "قوات الرضا",
        "فوج الجولان", "المليشيات الإيرانية", "الميليشيات الأفغانية", "المليشيات الأفغانية", "فيلق القدس",
        "قوات الفهود",
        # The state's own names for itself, and (after December 2024) the new government's security forces.
        "السلطات السورية", "القوات الحكومية السورية", "الأمن السوري", "قوى الأمن السوري", "قوات الأمن العام",
        "إدارة الأمن العام", "وزارة الدفاع السورية", "الجيش السوري الجديد", "قوات الأمن الداخلي السورية",
        "قوى الأمن الداخلي السورية", "الأمن الداخلي السوري", "وزارة الداخلية السورية", "قوات وزارة الدفاع السورية",
        "الأمن العام", "عناصر الأمن العام", "جهاز الأمن العام", "قوات وزارة الدفاع", "تشكيلات وزارة الدفاع",
        # (as the north-east's and Sweida's outlets name the government in Damascus)
        "حكومة دمشق", "سلطة دمشق", "سلطات دمشق", "قوات حكومة دمشق", "فصائل حكومة دمشق", "قوات سلطة دمشق",
        # SANA's "the competent authorities" that raid and arrest.
        "الجهات المختصة", "الجهات الأمنية المختصة", "الجيش الحكومي", "الجيش الحكومي السوري",
        "القوات المسلحة السورية", "وحدات من قواتنا المسلحة", "وحدات من قواتنا المسلحة الباسلة",
    ]),
    ("opposition", "Syrian opposition factions", [
        "فصائل المعارضة", "فصائل المعارضة السورية", "المعارضة السورية", "المعارضة السورية المسلحة",
        "المعارضة المسلحة", "المعارضة", "فصائل الثورة", "الفصائل", "الثوار", "قوات الثوار", "الجيش الحر", "الحر",
        "المعارضون", "المعارضون المسلحون", "المسلحون المعارضون", "معارضون سوريون", "معارضين سوريين",
        "الجيش السوري الحر", "الجبهة الوطنية للتحرير", "هيئة تحرير الشام", "جبهة النصرة", "المجموعات الإرهابية",
        "الجماعات الإرهابية", "التنظيمات الإرهابية", "الإرهابيين", "الجماعات المسلحة", "المسلحين", "المسلحون",
        "الإرهابيون", "مسلحو المعارضة", "مسلحي المعارضة", "المقاتلون المعارضون",
        "مقاتلي المعارضة", "مقاتلو المعارضة", "الفصائل العسكرية", "غرفة عمليات الجنوب", "مقاتلي الجيش الحر",
        "الفصائل المسلحة", "فصائل ريف درعا الشرقي", "جيش الإسلام", "جند الأقصى", "فصيل جند الأقصى", "المقاتلين المعارضين",
        "قوات المعارضة", "فصائل الجيش الحر", "قوى المعارضة", "قوى المعارضة السورية", "قوى المعارضة المسلحة", "الفصائل الثورية", "إدارة العمليات العسكرية", "المجموعات الإرهابية المسلحة",
        "إرهابيي جبهة النصرة", "حركة أحرار الشام", "أحرار الشام", "فيلق الشام", "جيش العزة", "الجبهة الشامية",
        "جيش الأمة", "فيلق الرحمن", "غرفة عمليات ريف حمص الشمالي", "كتائب الثوار",
        "تحرير الشام", "فصائل المعارضة المسلحة", "قوات المعارضة السورية", "جيش الفتح",
        "مقاتلي الهيئة", "مقاتلو الهيئة", "عناصر الهيئة",
        "مقاتلي المعارضة السورية", "الجيش السوري الحر وكتائب إسلامية", "جبهة تحرير سوريا",
        "حركة نور الدين الزنكي", "جيش الثورة", "الفصائل المقاتلة", "فصائل الثوار",
        "مقاتلو الفصائل", "مقاتلي الفصائل", "عناصر الجيش الحر",
        "كتائب الجيش الحر", "جبهة فتح الشام", "حركة أحرار الشام الإسلامية", "جيش إدلب الحر", "الجبهة الجنوبية",
        "فصائل الجبهة الجنوبية", "أجناد الشام", "جيش النصر", "غرفة عمليات الفتح المبين", "ردع العدوان",
        "غرفة عمليات ردع العدوان", "المجموعات المسلحة", "العصابات الإرهابية", "جبهة النصرة الإرهابية",
        "إرهابيي النصرة", "الحزب الإسلامي التركستاني", "حراس الدين", "أنصار التوحيد", "فصائل غرفة عمليات الفتح المبين",
        "الكتائب الإسلامية", "الكتائب المقاتلة", "الفصائل الإسلامية", "كتائب المعارضة", "الجماعات الإرهابية المسلحة",
        # Kurdish outlets (Hawar) call the factions "the mercenaries"; in a Turkish operation they are the SNA.
        "المرتزقة",
        "مقاتلون معارضون", "مقاتلين معارضين", "كتائب مقاتلة", "كتائب معارضة", "فصائل معارضة", "فصائل مقاتلة",
        # Factions by name (FSA brigades, Islamist fronts, the Southern Front, the Badia factions).
        "جيش أسود الشرقية", "قوات أحمد العبدو", "لواء شهداء القريتين", "لواء شهداء الإسلام", "شهداء الإسلام", "جيش مغاوير الثورة", "جيش المجاهدين",
        "غرفة عمليات البنيان المرصوص", "البنيان المرصوص", "قوات شباب السنة", "شباب السنة",
        "لواء التوحيد", "حركة حزم", "جبهة ثوار سوريا", "تجمع فاستقم كما أمرت", "كتائب ثوار الشام", "جيش السنة",
        "ألوية صقور الشام", "صقور الشام", "جيش التوحيد", "الجبهة الإسلامية", "لواء الإسلام", "ألوية الفرقان",
        "جيش النخبة", "الفرقة الساحلية الأولى", "الفرقة الأولى الساحلية", "جيش الأحرار", "لواء المعتصم",
        "جبهة أنصار الدين", "الحزب التركستاني", "جند الملاحم", "غرفة عمليات وحرض المؤمنين", "جيش أبابيل حوران",
        "فرقة شباب السنة", "ألوية العمري", "جيش اليرموك", "فلوجة حوران", "الجيش الأول",
    ]),
    ("sna", "Syrian National Army (Turkish-backed)", [
        "الجيش الوطني", "الجيش الوطني السوري", "فصائل الجيش الوطني", "فصائل الجيش الوطني السوري", "فصائل الوطني",
        "الجيشان التركي والوطني السوري", "الجيشين التركي والوطني السوري", "الجيشان التركي والوطني",
        "الجيش التركي", "القوات التركية", "القوات المسلحة التركية", "غرفة عمليات غصن الزيتون",
        "الطيران التركي", "المسيرات التركية", "الطائرات التركية", "الطائرات المسيرة التركية", "جيش الاحتلال التركي",
        "الاحتلال التركي", "قوات الاحتلال التركي", "مرتزقة الاحتلال التركي", "المدفعية التركية",
        "النظام التركي", "قوات النظام التركي", "جيش النظام التركي",
        "قوات غصن الزيتون", "فصائل غصن الزيتون", "فصائل درع الفرات",
        "الفصائل الموالية لتركيا", "القوات الموالية لتركيا", "الفصائل الموالية لأنقرة", "الجيش التركي والجيش الوطني السوري",
        # Operations named for the side that runs them.
        "عملية فجر الحرية", "فجر الحرية", "عملية نبع السلام", "نبع السلام", "عملية غصن الزيتون",
        "عملية درع الفرات", "درع الفرات", "قوات درع الفرات",
        "الفصائل المدعومة من تركيا", "الفصائل السورية الموالية لأنقرة", "فرقة الحمزة",
        "فرقة المعتصم", "فرقة السلطان محمد الفاتح", "لواء صقور الشمال",
        "فرقة السلطان مراد", "فيلق المجد", "فرقة السلطان سليمان شاه", "العمشات", "فرقة الحمزات", "الحمزات", "أحرار الشرقية", "غرفة عمليات فجر الحرية",
        "مرتزقة تركيا", "الفصائل المدعومة تركيا", "القوات التركية والفصائل الموالية لها",
        "الفصائل التركية", "الفصائل الإرهابية التركية", "الفصائل الموالية للاحتلال التركي", "الفصائل التابعة لتركيا",
        "الفصائل المسلحة التابعة لأنقرة", "الفصائل التابعة لأنقرة",
        "مرتزقة أردوغان", "مرتزقة الاحتلال", "مرتزقة دولة الاحتلال التركي", "الطيران الحربي التركي",
        "الطائرات الحربية التركية", "الطائرات التركية المسيرة",
        # Turkey's strikes named by their weapon: "وشملت الهجمات التركية تلة مشته نور وقرية ماميت".
        "الهجمات التركية", "القصف التركي", "الغارات التركية", "الضربات التركية", "الهجوم التركي",
        "طائرة مسيرة تركية", "مسيرة تركية", "طائرة حربية تركية", "طائرات حربية تركية", "طائرات تركية",
        "طائرة تركية", "طائرة مسيّرة تركية", "الجانب التركي", "العدوان التركي", "قوات العدوان التركي",
        "القوات التركية وفصائل المعارضة", "الجيش التركي وفصائل المعارضة السورية",
    ]),
    # Forces that are no side of the map: named so that the sentence's side is not guessed from them.
    (NO_SIDE, "Not a side of the map", [
        "الجيش الأمريكي", "الجيش الأميركي", "القوات الأمريكية", "القوات الأميركية", "قوات التحالف",
        "التحالف الدولي", "طيران التحالف", "طائرات التحالف", "التحالف الدولي بقيادة واشنطن", "الجيش الإسرائيلي",
        "الطيران الحربي الإسرائيلي", "الطيران الإسرائيلي", "طيران التحالف الدولي", "الطيران الحربي الأمريكي",
        "جيش الاحتلال الإسرائيلي", "القوات الإسرائيلية", "القوات الأردنية", "الولايات المتحدة",
        "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية", "إسرائيل",
        # Tribal fighters (Deir ez-Zor 2023-2024, Sweida 2025) are no side of the map.
        "جيش العشائر", "قوات العشائر", "قوات العشائر العربية", "مقاتلو العشائر", "مقاتلي العشائر",
        "مسلحو العشائر", "مسلحي العشائر", "أبناء العشائر", "العشائر العربية", "مقاتلو القبائل",
        "مقاتلي القبائل", "أبناء القبائل", "عشائر البدو", "مسلحي البدو", "مسلحو البدو", "مقاتلي البدو",
        "مقاتلو البدو", "مقاتلي العشائر العربية", "مقاتلو العشائر العربية", "العشائر",
    ]),
    ("sdf", "SDF and YPG", [
        "قوات سوريا الديمقراطية", "قوات سورية الديمقراطية", "قسد", "وحدات حماية الشعب", "وحدات حماية الشعب الكردية",
        "PKK", "YPG", "PYD", "SDF", "PKK/YPG", "ي ب ك", "بي كا كا",
        "حملة غضب الفرات", "غضب الفرات", "عاصفة الجزيرة", "عملية عاصفة الجزيرة", "المقاتلين الأكراد",
        "المقاتلون الأكراد", "القوات الكردية", "الأكراد",
        "وحدات حماية الشعب الكردي", "الوحدات الكردية", "وحدات الحماية", "الوحدات", "مجلس منبج العسكري",
        "قوات مجلس منبج العسكري", "مقاتلو مجلس منبج العسكري",
        "مجلس دير الزور العسكري", "ميليشيات قسد", "ميليشيا قسد", "الميليشيات الكردية", "القوات الديمقراطية",
        "قوات حماية الشعب", "وحدات حماية المرأة", "حزب الاتحاد الديمقراطي", "تنظيم ي ب ك", "ي ب ك",
        "بي كا كا", "تنظيم ب ي د", "واي بي جي", "قوات الأسايش", "جيش الثوار", "قوات الصناديد",
        "قوات سوريا الديموقراطية", "قوات سورية الديموقراطية", "سوريا الديمقراطية", "سورية الديموقراطية",
        "مجلس تل تمر العسكري", "قوات مجلس تل تمر العسكري", "مجلس جرابلس العسكري", "مجلس الطبقة العسكري",
        "مجلس الرقة العسكري", "مجلس الشدادي العسكري", "المجلس العسكري السرياني", "مجلس الخابور العسكري",
        "مجلس كوباني العسكري", "مجلس عين العرب العسكري", "مجلس الحسكة العسكري",
        "سورية الديمقراطية", "سوريا الديموقراطية", "الحماية الكردية", "قوات الحماية الكردية", "قوات قسد",
        "مقاتلي قسد", "مقاتلو قسد", "مجلس هجين العسكري", "مجلس الباب العسكري", "الأسايش", "مليشيات قسد",
        "مليشيا قسد", "الميليشيات الانفصالية", "حزب العمال الكردستاني", "العمال الكردستاني",
        "التنظيمات الكردية", "مجلس تل أبيض العسكري", "لواء ثوار الرقة", "جبهة الأكراد", "لواء الشمال الديمقراطي",
        "قوات الإدارة الذاتية", "قوى الأمن الداخلي في شمال وشرق سوريا", "قوى الأمن الداخلي لشمال وشرق سوريا",
    ]),
    ("isis", "Islamic State", [
        "تنظيم الدولة", "تنظيم الدولة الإسلامية", "داعش", "تنظيم داعش", "التنظيم", "مسلحي التنظيم",
        "مقاتلي التنظيم", "الدولة الإسلامية", "عناصر التنظيم", "مرتزقة داعش", "تنظيم داعش الإرهابي",
        "مقاتلو التنظيم", "مسلحو التنظيم", "تنظيم الدولة الإسلامية في العراق والشام", "مسلحي داعش",
        "مقاتلي داعش", "عناصر داعش", "إرهابيي داعش", "إرهابيي تنظيم داعش", "خلايا التنظيم", "فلول التنظيم",
        "مسلحو داعش", "دواعش", "خلايا داعش", "جيش خالد بن الوليد", "تنظيم الدولة الإسلامية داعش",
        "عناصر تنظيم الدولة", "مقاتلي تنظيم الدولة", "مسلحي تنظيم الدولة", "جيش خالد", "لواء شهداء اليرموك",
        "حركة المثنى الإسلامية", "جنود الخلافة", "ولاية حمص", "ولاية الخير", "ولاية الرقة", "ولاية البركة",
        "ولاية حلب", "ولاية دمشق", "ولاية حوران", "ولاية حماة", "ولاية الشام", "ولاية دجلة", "ولاية الفرات",
        "جيش الخلافة", "دولة الخلافة", "جنود الدولة الإسلامية", "مجاهدي الدولة الإسلامية", "مقاتلي الدولة الإسلامية",
        "مقاتلو الدولة الإسلامية", "تنظيم داعش الإرهابي", "الخوارج",
    ]),
]  # fmt: skip
BUILTIN_NAMES = {code: name for code, name, _ in BUILTIN_ACTORS}


def builtin_side(code: str) -> ActorRef:
    """A side as the built-in names give it ("sna": the Turkish-backed SNA), for rules that name one themselves."""
    return ActorRef(code, BUILTIN_NAMES.get(code, code), code)


# Words of support before a force that is no side ("المدعومة بغارات طيران التحالف").
SUPPORT_WORDS = {"المدعومه", "المدعوم", "مدعومه", "مدعوما", "بدعم", "بمسانده", "بغطاء", "باسناد", "بمشاركه"}
# The map's blocs (frontline/data/actors.json) as the reader's rules name the sides.
READER_BLOCS = {"turkey": "sna", "hts": "opposition"}
OPPONENT = {
    "government": "opposition",
    "opposition": "government",
    "sna": "sdf",
    "sdf": "isis",
    "isis": "sdf",
}


@dataclass(frozen=True)
class ActorRef:
    code: str
    name: str
    bloc: str


class ActorLexicon:
    """Actor names by normalised key (articles off every word), longest first when matching."""

    def __init__(self, entries: list[tuple[str, ActorRef]]):
        self.by_key: dict[str, ActorRef] = {}
        self.first_words: set[str] = set()
        for text, ref in entries:
            self.by_key.setdefault(name_key(text), ref)
            self.first_words.add(name_key(text.split()[0]))
        self.max_words = max((len(t.split()) for t, _ in entries), default=1)
        # (memoised per lexicon and bounded: a long-lived process meets new words without end)
        self.first_keys = lru_cache(maxsize=65536)(self._first_keys)

    def _first_keys(self, word: str) -> tuple[str, ...]:
        """The readings of a word (with or without its clitics) that start an actor's name."""
        return tuple(f for f, _ in first_word_keys(word) if f in self.first_words)

    @classmethod
    def builtin(cls) -> ActorLexicon:
        return cls(
            [(text, ActorRef(code, name, code)) for code, name, names in BUILTIN_ACTORS for text in names]
        )

    @classmethod
    def from_database(cls) -> ActorLexicon:
        """ActorName rows (as each side writes them), then the built-in names for what they lack."""
        entries: list[tuple[str, ActorRef]] = []
        try:
            from frontline.models import ActorName

            for row in ActorName.objects.select_related("actor", "actor__parent"):
                bloc = row.actor.bloc
                # (the rules' sides, keyed as the built-in names are: the map's Turkey bloc is the SNA's, HTS one of
                # the opposition's factions; the claim keeps the row's own actor code)
                side = READER_BLOCS.get(bloc.code, bloc.code)
                entries.append((row.text, ActorRef(row.actor.code, row.actor.name_en, side)))
        except Exception:  # noqa: BLE001 - no database or no claims app: the built-in names still work
            entries = []
        entries += [(t, ActorRef(code, name, code)) for code, name, names in BUILTIN_ACTORS for t in names]
        return cls(entries)


@lru_cache(maxsize=1)
def _builtin_actors() -> ActorLexicon:
    return ActorLexicon.builtin()


def default_actors() -> ActorLexicon:
    return _builtin_actors()


def _partner(actor: ActorRef, spans, norms: list[str]) -> ActorRef | None:
    """A second side joined to the actor by و ("عناصر جيش الأسد وميليشيا قسد فروا"): it left too.
    Not two sides named as the parties of a fight ("بين قوات النظام وقسد")."""
    for n, (a, e, ref) in enumerate(spans):
        if ref is not actor:
            continue
        if a > 0 and norms[a - 1] in ("بين", "وبين"):
            return None
        nxt = spans[n + 1] if n + 1 < len(spans) else None
        if nxt is not None and nxt[0] == e and norms[e][:1] == "و" and nxt[2].bloc not in (actor.bloc, ""):
            return nxt[2]
        return None
    return None


def _opponent(actor: ActorRef, spans, actors: ActorLexicon) -> ActorRef | None:
    code = OPPONENT.get(actor.bloc)
    if not code:
        return None
    for ref in {r.bloc: r for r in actors.by_key.values()}.values():
        if ref.bloc == code:
            return builtin_side(code)
    return ActorRef(code, code, code)


def _find_actors(tokens: list[Token], actors: ActorLexicon) -> list[tuple[int, int, ActorRef]]:
    """(start, end, actor) spans, longest match first, proclitics read off the first word."""
    spans = []
    i = 0
    n = len(tokens)

    memo: dict[int, tuple | None] = {}
    first_keys = actors.first_keys

    def longest(at: int):
        if at in memo:
            return memo[at]
        memo[at] = found = _longest_actor(at)
        return found

    def _longest_actor(at: int):
        firsts = first_keys(tokens[at].text)
        for length in range(min(actors.max_words, n - at), 0, -1) if firsts else ():
            rest = "".join([t.key for t in tokens[at + 1 : at + length]])
            for first in firsts:
                ref = actors.by_key.get(first + rest)
                if ref:
                    return (at, at + length, ref)
        return None

    while i < n:
        if not first_keys(tokens[i].text):
            # (most words start no actor's name: only an anaphor may stand for the last side)
            if spans and _is_anaphor(tokens[i].norm):
                spans.append((i, i + 1, spans[-1][2]))
            i += 1
            continue
        hit = longest(i)
        if hit and hit[1] - hit[0] > 1 and i + 1 < n:
            # "قوات الجيش السوري الحر": the name starting one word later reaches further (الجيش السوري
            # الحر, the opposition), so this word is only "forces of".
            nxt = longest(i + 1)
            if nxt and nxt[1] > hit[1]:
                hit = None
                i += 1
                continue
        if hit and _is_anaphor(tokens[i].norm):
            hit = None
        if hit and i > 0 and bare_word(tokens[i - 1].norm) in ("جبل", "جبال", "جبلي", "بجبل", "لجبل"):
            hit = None  # "جبل الأكراد": a range named after a people, not the Kurdish fighters
        if hit and hit[1] - hit[0] == 1 and bare_word(tokens[i].norm) in GENERIC_SIDE_WORDS:
            nxt = next((k for k in range(i + 1, min(n, i + 3)) if tokens[k].is_word), None)
            if (
                nxt is not None
                and tokens[nxt].norm == "من"
                and bare_word(tokens[i].norm) not in ("تنظيم", "التنظيم")
            ):
                nxt = nxt + 1 if nxt + 1 < n and tokens[nxt + 1].is_word else None
            if nxt is not None and (named := longest(nxt)) is not None and named[2].bloc != hit[2].bloc:
                # "تنظيم “جبهة النصرة”", "إرهابيون من تنظيم داعش": the word introduces the side that follows
                hit = None
        if hit and hit[1] - hit[0] == 1 and _bare_units(tokens[i].norm):
            # "وحدات" alone is "units" of whoever follows (وحدات المشاة في الجيش السوري); "الوحدات" is the
            # YPG unless the text has just named another side's units (وحدات الجيش ... سيطرت الوحدات).
            if not tokens[i].norm.removeprefix("و").startswith("ال"):
                hit = None
            elif spans and spans[-1][2].bloc != "sdf" and tokens[spans[-1][0]].key.endswith("وحدات"):
                hit = (i, i + 1, spans[-1][2])
        if (
            hit
            and hit[1] - hit[0] == 1
            and bare_word(tokens[i].norm) == "جيش"
            and i + 1 < n
            and tokens[i + 1].is_word
            and bare_word(tokens[i + 1].norm) not in ("النظام", "الاسد", "الاحتلال", "الحكومه")
        ):
            # "جيش أسود الشرقية", "جيش المجاهدين": an army with a name of its own is a rebel faction, not
            # the state's army (which is الجيش, or named in the lexicon: جيش النظام، جيش التحرير الفلسطيني).
            rebels = actors.by_key.get(name_key("الفصائل"))
            named = longest(i + 1)
            if named is not None and named[1] - named[0] > 1:
                # "مليشيا جيش الدفاع الوطني": the army of a side the lexicon names (الدفاع الوطني, the NDF)
                hit = (i, named[1], named[2])
            else:
                hit = (i, i + 2, rebels) if rebels is not None else None
        if hit:
            spans.append(hit)
            i = hit[1]
        else:
            if _is_anaphor(tokens[i].norm) and spans:
                spans.append((i, i + 1, spans[-1][2]))
            i += 1
    return spans


# Words that introduce a side named right after them: "تنظيم “جبهة النصرة”", "إرهابيون من تنظيم داعش".
GENERIC_SIDE_WORDS = {
    "تنظيم",
    "التنظيم",
    "ارهابيون",
    "ارهابيين",
    "الارهابيون",
    "الارهابيين",
    "مسلحون",
    "مسلحين",
    "المسلحون",
    "المسلحين",
    "مقاتلون",
    "مقاتلين",
    "متشددون",
    "متشددين",
    "لتنظيم",
    "بتنظيم",
    "وتنظيم",
}  # fmt: skip ("مواقع لتنظيم «جبهة النصرة»")
OPPOSING = {"ضد", "مع", "علي", "من", "لقوات", "بين", "امام"}
# Phrases with على that name no enemy: "لليوم الثالث على التوالي", "على الأقل".
_ALA_PHRASES = {"التوالي", "الاقل", "الاغلب", "الارجح", "حد"}


def _opposed(norms: list[str], a: int, reach: int) -> bool:
    """Whether the side named at `a` is the object of مع/ضد/على/من... within `reach` words before it (the enemy
    fought), not counting على of a set phrase ("لليوم الثالث على التوالي، في منع المسلحين")."""
    return any(
        n in OPPOSING
        and not (n == "علي" and j + 1 < len(norms) and norms[j + 1] in _ALA_PHRASES)
        and not (n == "لقوات" and _held_by_forces(norms, j))
        for j, n in enumerate(norms[max(0, a - reach) : a], start=max(0, a - reach))
    )


def _held_by_forces(norms: list[str], j: int) -> bool:
    """ "معقل جديد لقوات داعش", "مواقع لقوات النظام": لقوات after a stronghold or positions (an adjective
    between) names whose they are, not the side fought."""
    return any(
        bare_word(x) in STRONGHOLD_WORDS or bare_word(x) in POSITION_NOUNS for x in norms[max(0, j - 2) : j]
    )


def _owner(norms: list[str], spans, at: int) -> ActorRef | None:
    """The side a possessive change noun at `at` belongs to: the nearest one named in the 12 words
    before it that is not the object of ضد/مع/على/من (the side fought against) — or, when that one's gender
    does not agree with the noun's "its", the nearest earlier one that does; else None."""
    candidates = []
    for a, _e, ref in reversed(spans):
        if a >= at:
            continue
        if _opposed(norms, a, 4):
            continue  # "اشتبكت مع آخر تجمعات التنظيم": the enemy, however many words the phrase takes
        candidates.append((a, ref))
    near = [(a, ref) for a, ref in candidates if a >= at - 12]
    # "its" agrees with its side: "قوات النظام قد سيطرت على X، معقل جيش خالد، بعد يوم من سيطرتها على Y" is the
    # forces', not the army named between (a masculine side's is "سيطرته"), however far back they are named.
    suffix = "f" if norms[at].endswith(("ها", "هم", "هما")) else "m" if norms[at].endswith("ه") else None
    if near and suffix is not None and _gender(norms[near[0][0]]) not in (suffix, None):
        agreeing = [ref for a, ref in candidates if _gender(norms[a]) == suffix]
        if agreeing:
            return agreeing[0]
    if not candidates and any(n in ("بعد", "عقب", "اثر", "وبعد") for n in norms[:at]):
        # "بعد قطعِها الطريقَ الدوليّ، وسيطرتِها على قريتي كدور ورويحة، أصبحت قواتُ النظامِ على مشارفِ سراقب": a
        # clause put first whose "its" is the subject the sentence names after it
        later = [
            ref
            for a, _e, ref in spans
            if at < a <= at + 30 and not _opposed(norms, a, 4) and _gender(norms[a]) in (suffix, None)
        ]
        if later:
            return later[0]
    return near[0][1] if near else None


MASCULINE_HEADS = {"جيش", "تنظيم", "حزب", "لواء", "فيلق", "نظام", "حرس", "مجلس", "فوج", "احتلال", "طيران"}
FEMININE_HEADS = {"قوات", "فصايل", "وحدات", "ميليشيات", "مليشيات", "ميليشيا", "مليشيا", "هييه", "حركه", "جبهه",
                  "كتايب", "مجموعات", "معارضه", "قسد", "عناصر", "مسلحي", "مقاتلي", "فرقه"}  # fmt: skip


def _gender(word: str) -> str | None:
    """ "m" or "f" for a side's first word as "its" agrees with it (قوات: f; جيش: m), None when unsure."""
    w = word[1:] if word[:1] in "وبل" and len(word) > 4 else word
    w = w.removeprefix("ال")
    if w in MASCULINE_HEADS:
        return "m"
    if w in FEMININE_HEADS:
        return "f"
    return None


add_normalised_forms(globals())  # (words are compared normalised: خسائر -> خساير, على -> علي)
