"""Arabic report text -> draft control claims, each with its place(s), actor, change, dates and quote.

The reader's first pass for editors: nothing here is saved; drafts go to a human who fixes and keeps
them (as pending claims, through the services). A sentence yields a claim when it names a side (from
the actor lexicon: each side's names as each side writes them), a change (سيطرت/تمكنت من السيطرة على →
captured; استعادت → recaptured; انسحبت → withdrew; لم تحرز أي تقدم / تصدت لمحاولات التقدم → held;
قصف / هجوم without a change → attacked) and places (from `gazetteer.geoparse`). Dates come from the
sentence (أمس، الأسبوعين الماضيين، منذ بداية الشهر الجاري، 12 آب 2019 ...) and the publication date.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from gazetteer.geoparse import (
    GeoparseResult,
    Mention,
    Token,
    bare_capital,
    bare_word,
    first_word_keys,
    geoparse,
    norm_word,
    tokenize,
)
from gazetteer.normalize import (
    add_normalised_forms,
    name_key,
    normalize_digits,
    normalize_text,
    strip_article,
)

MAX_TEXT = 200_000  # characters read from one report; longer input is cut (and said so)

# --- actors --------------------------------------------------------------------------------------------

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
    ]),
    ("opposition", "Syrian opposition factions", [
        "فصائل المعارضة", "فصائل المعارضة السورية", "المعارضة السورية", "المعارضة السورية المسلحة",
        "المعارضة المسلحة", "المعارضة", "فصائل الثورة", "الفصائل", "الثوار", "قوات الثوار", "الجيش الحر",
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
        "إرهابيي النصرة", "الحزب الإسلامي التركستاني", "حراس الدين", "فصائل غرفة عمليات الفتح المبين",
        "الكتائب الإسلامية", "الكتائب المقاتلة", "الفصائل الإسلامية", "كتائب المعارضة", "الجماعات الإرهابية المسلحة",
    ]),
    ("sna", "Syrian National Army (Turkish-backed)", [
        "الجيش الوطني", "الجيش الوطني السوري", "فصائل الجيش الوطني", "فصائل الجيش الوطني السوري",
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
        "فرقة السلطان مراد", "فيلق المجد", "أحرار الشرقية", "غرفة عمليات فجر الحرية",
        "مرتزقة تركيا", "الفصائل المدعومة تركيا", "القوات التركية والفصائل الموالية لها",
        "مرتزقة أردوغان", "مرتزقة الاحتلال", "مرتزقة دولة الاحتلال التركي", "الطيران الحربي التركي",
        "الطائرات الحربية التركية", "الطائرات التركية المسيرة",
        # Turkey's strikes named by their weapon: "وشملت الهجمات التركية تلة مشته نور وقرية ماميت".
        "الهجمات التركية", "القصف التركي", "الغارات التركية", "الضربات التركية", "الهجوم التركي",
        "طائرة مسيرة تركية", "مسيرة تركية", "طائرة حربية تركية", "طائرات حربية تركية", "طائرات تركية",
        "طائرة تركية", "طائرة مسيّرة تركية",
    ]),
    # Forces that are no side of the map: named so that the sentence's side is not guessed from them.
    (NO_SIDE, "Not a side of the map", [
        "الجيش الأمريكي", "الجيش الأميركي", "القوات الأمريكية", "القوات الأميركية", "قوات التحالف",
        "التحالف الدولي", "طيران التحالف", "طائرات التحالف", "التحالف الدولي بقيادة واشنطن", "الجيش الإسرائيلي",
        "الطيران الحربي الإسرائيلي", "الطيران الإسرائيلي", "طيران التحالف الدولي", "الطيران الحربي الأمريكي",
        "جيش الاحتلال الإسرائيلي", "القوات الإسرائيلية", "القوات الأردنية", "الولايات المتحدة",
        "الولايات المتحدة الأمريكية", "الولايات المتحدة الأميركية",
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
        "سورية الديمقراطية", "سوريا الديموقراطية", "الحماية الكردية", "قوات الحماية الكردية", "قوات قسد",
        "مقاتلي قسد", "مقاتلو قسد", "مجلس هجين العسكري", "مجلس الباب العسكري", "الأسايش", "مليشيات قسد",
        "مليشيا قسد", "الميليشيات الانفصالية", "حزب العمال الكردستاني", "العمال الكردستاني",
        "التنظيمات الكردية", "مجلس تل أبيض العسكري",
    ]),
    ("isis", "Islamic State", [
        "تنظيم الدولة", "تنظيم الدولة الإسلامية", "داعش", "تنظيم داعش", "التنظيم", "مسلحي التنظيم",
        "مقاتلي التنظيم", "الدولة الإسلامية", "عناصر التنظيم", "مرتزقة داعش", "تنظيم داعش الإرهابي",
        "مقاتلو التنظيم", "مسلحو التنظيم", "تنظيم الدولة الإسلامية في العراق والشام", "مسلحي داعش",
        "مقاتلي داعش", "عناصر داعش", "إرهابيي داعش", "إرهابيي تنظيم داعش", "خلايا التنظيم", "فلول التنظيم",
        "مسلحو داعش", "دواعش", "خلايا داعش", "جيش خالد بن الوليد", "تنظيم الدولة الإسلامية داعش",
        "عناصر تنظيم الدولة", "مقاتلي تنظيم الدولة", "مسلحي تنظيم الدولة", "جيش خالد", "لواء شهداء اليرموك",
        "حركة المثنى الإسلامية",
    ]),
]  # fmt: skip
# Words of support before a force that is no side ("المدعومة بغارات طيران التحالف").
SUPPORT_WORDS = {"المدعومه", "المدعوم", "مدعومه", "مدعوما", "بدعم", "بمسانده", "بغطاء", "باسناد", "بمشاركه"}
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
                entries.append((row.text, ActorRef(row.actor.code, row.actor.name_en, bloc.code)))
        except Exception:  # noqa: BLE001 - no database or no claims app: the built-in names still work
            entries = []
        entries += [(t, ActorRef(code, name, code)) for code, name, names in BUILTIN_ACTORS for t in names]
        return cls(entries)


# --- change patterns (on normalised words) ----------------------------------------------------------

CAPTURE_VERBS = re.compile(
    r"^(?:سيطر|سيطرت|سيطروا|سيطرو|سيطرا|يسيطر|تسيطر|حرر|حررت|حرروا|يحرر|تحرر|تحرير|دخل|دخلت|دخلوا|يدخل|تدخل|دخول"
    r"|احتل|احتلت|احتلوا|يحتل|تحتل|احتلال|باحتلال|احتلالها|احتلاله"
    r"|انتزع|انتزعت|استولت|استولي|استولوا|اقتحم|اقتحمت|اقتحموا|طرد|طردت|طردوا|بسط|بسطت|احكم|احكمت|يحكم|احكام"
    r"|فرض|فرضت|اعاد|اعادت|تقدم|تقدمت|تمكن|تمكنت|تمكنوا|يتمكن|سيطرتها|سيطرته|سيطرتهم|سيطرتهما|اتمت"
    r"|بسيطرتها|بسيطرته|بسيطرتهم|بسيطرتهما|هيمن|هيمنت|هيمنوا|طهر|طهرت|طهروا|تطهير"
    r"|محررا|مسيطرا|اقتحام|باقتحام|اعاده|باعاده|لاعاده|بدخول)$"
)
RECAPTURE_VERBS = re.compile(
    r"^(?:استعاد|استعادت|استعادوا|يستعيد|تستعيد|استعاده|باستعاده|استعادتها|استرجعت|مستعيدا|مستعيده|استعادته"
    r"|استعادتهم|باستعادتها|باستعادته|استعادها|استعادوها|استعادتهما)$"
)
WITHDREW_VERBS = re.compile(
    r"^(?:انسحب|انسحبت|انسحبوا|انسحاب|انسحابا|ينسحب|تنسحب|تراجعت|تراجع|تراجعوا|يتراجع|تتراجع|سحب|سحبت|سحبوا|يسحب|تسحب|انسحابها|انسحابه|انسحابهم|فر|فرت|فروا|يفر|هرب|هربت|هربوا|فرار|هروب)$"
)
HELD_VERBS = re.compile(
    r"^(?:صد|صدت|صدوا|تصدت|تصدي|التصدي|يصد|تصد|احبط|احبطت|افشل|افشلت|كسر|كسرت|فك|فكت|كسروا)$"
)
ATTACK_VERBS = re.compile(
    r"^(?:قصف|قصفت|قصفها|يقصف|تقصف|غارات|غاره|استهدف|استهدفت|استهداف|دمر|دمرت|دمروا|هاجم|هاجمت|هجوما|هجوم|شن|شنت"
    r"|القصف|الغارات|الاستهداف|اعتدي|اعتدت|اعتدوا|اعتدا|اعتداء|اعتداءات|اعتداات|تعتدي|يعتدي|مستهدفا|مستهدفه"
    r"|يشن|تشن|يستهدف|تستهدف|يهاجم|تهاجم|اغار|اغارت|اغاروا|يستهدفها|يستهدفهما|تستهدفها|تستهدفهما|استهدفها"
    r"|استهدفتها|استهدفوها|هاجمها|هاجمتها|هاجموها|رمايات|ضربات|مجزره|مجازر|مداهمه|مداهمات|داهمت|داهم|داهموا)$"
)
ATTEMPT_WORDS = {"تحاول", "يحاول", "حاول", "حاولت", "محاوله", "محاولات", "لمحاولات", "بهدف", "اجل", "تسهيل",
                 "محاولتهم", "محاولتها", "محاولته", "محاولاتها", "محاولاتهم", "لمحاوله",
                 "لتسهيل", "تحت", "خاضعه", "خاضعا", "فقدت", "فقدوا", "خارج", "حريصه", "حريص", "نفي", "نفت", "ينفي", "تنفي",
                 # threats and plans are not actions: "تهدد أنقرة بشن عملية على مدينتي تل رفعت ومنبج"
                 "تهدد", "يهدد", "تهديد", "تهديدات", "تعتزم", "يعتزم", "تخطط", "يخطط", "ستشن", "سيشن", "تنوي",
                 "ينوي", "تستعد", "يستعد", "تهدف", "يهدف",
                 # near a capture is none yet: "يقترب الجيش السوري من السيطرة على بلدة مسرابا"
                 "يقترب", "تقترب", "اقترب", "اقتربت", "يقتربون", "مقتربا",
                 # the future: "ستكون قريتا X وY بحكم الساقطتين نارياً بيد قوات النظام"
                 "ستكون", "سيكون", "ستصبح", "سيصبح", "ستتمكن", "سيتمكن", "ستسيطر", "سيسيطر"}  # fmt: skip
DENIAL_WORDS = {"نفي", "نفت", "ينفي", "تنفي", "نفوا"}
NO_PROGRESS = {"تحرز", "يحرز", "تحرزا", "يحرزوا"}
STILL_WORDS = {"زال", "يزال", "تزال", "مازال", "لازال", "يزل", "تزل"}
REMAINED_WORDS = {"بقي", "بقيت", "تبقي", "يبقي", "ظل", "ظلت"}
# An article about a Turkish operation: the Syrian factions in it are the Turkish-backed SNA.
TURKISH_OPERATIONS = re.compile(
    r"غصن الزيتون|درع الفرات|نبع السلام|تدعمهم تركيا|(?:المدعوم|الموالي)\S* (?:من )?(?:تركيا|لتركيا|انقره|لانقره)"
)
FAILED = {"فشلت", "فشل", "فشلوا"}
# People who are no side: their leaving or fleeing is no withdrawal ("خروج المصلين من المساجد").
CIVILIAN_WORDS = {"مصلين", "مدنيين", "مدنيون", "اهالي", "سكان", "طلاب", "نازحين", "عائلات", "اطفال", "مرضي",
                  "جرحي", "مهجرين", "اهل", "اهاليها", "سكانها", "مواطنين", "مواطنون"}  # fmt: skip
# Buildings and posts taken inside a town, and the words that put them there.
POST_WORDS = {"مبني", "مباني", "مبان", "مقر", "مقرات", "مفرزه", "حاجز", "حواجز", "فرع",
              "مستشفي", "مشفي", "مدرسه", "ثكنه", "معمل", "مطار", "مبنيي", "كتيبه", "سجن", "قيادة", "مركز"}  # fmt: skip
INSIDE_WORDS = {"في", "داخل", "اطراف", "قرب", "بقرب", "محيط", "وسط"}
# Fire that prepares an assault: "تمهيد ناري كثيف باتجاه تل سلطان", "مهّدت بقذائف المدفعية على".
PREPARATORY_FIRE = {
    "ناري",
    "مدفعي",
    "صاروخي",
    "جوي",
    "بقذائف",
    "بالمدفعيه",
    "بالصواريخ",
    "بالقذائف",
    "بغارات",
}
# What aircraft drop on a place: "ألقى الطيران المروحي براميل متفجرة على بلدة X".
DROPPED_WEAPONS = {"براميل", "برميل", "برميلين", "قنابل", "قنبله", "حاويات", "صواريخ", "الغام"}
# Losing control, whose ف is the word's own (فقدان, فقدت), not a conjunction (فقد, three letters, is never
# read as ف + a word; before a verb it is ف + قد, and only a control noun after it makes it a loss).
LOSS_WORDS = {"فقد", "فقدان", "بفقدان", "لفقدان", "فقدت", "فقدوا", "يفقد", "تفقد"}
# "The occupation" alone (جيش الاحتلال ومرتزقته) is the occupier a report names in full elsewhere.
OCCUPATION = "الاحتلال"
# A statement's own forces: "وحداتنا", "قواتنا", "مقاتلونا".
OUR_FORCES = {"وحداتنا", "قواتنا", "مقاتلونا", "مقاتلينا", "فصائلنا", "عناصرنا", "ابطالنا"}
NEAR_WORDS = {"القريبه", "القريب", "قريبه", "قريب", "بالقرب", "المحاذيه", "المجاوره", "القريبتين", "بقرب"}
# Words that put a place at a distance from what happened: "على مسافة 5 كم من", "على بعد 4 كيلومترات من".
DISTANCE_WORDS = {"كم", "كلم", "كيلومتر", "كيلومترات", "كيلومترا", "كيلو", "مسافه", "امتار"}
# Trying (not threatening or planning): a capture tried is an attack on the place.
TRY_WORDS = {"تحاول", "يحاول", "حاول", "حاولت", "حاولوا", "محاوله", "محاولات", "لمحاولات", "لمحاوله", "محاولتهم",
             "محاولتها", "محاولته", "محاولاتها", "محاولاتهم", "بهدف", "تسعي", "يسعي", "سعت", "سعي", "تهدف", "يهدف",
             "سعيا", "بمحاوله", "بمحاولات", "حريصه", "حريص", "يقترب", "تقترب", "اقترب", "اقتربت", "يقتربون",
             "مقتربا"}  # fmt: skip
# Nouns of places in general: "وهي مناطق تسيطر عليها X" holds the places before it; "من المنطقة" names no village.
AREA_NOUNS = {"مناطق", "مدن", "قري", "بلدات", "احياء", "منطقه", "بلده", "قريه", "مدينه", "احيا"}
AREA_COMMON_NOUNS = {"ال" + w for w in AREA_NOUNS} | {"الريف", "الجبهه"}
# Relative pronouns: "قرية المغير التي تسيطر عليها قوات النظام" states who holds the place before it.
RELATIVES = {"التي", "الذي", "اللتين", "اللذين", "اللتان", "اللذان", "والتي", "والذي"}
# An attempt pushed back: "حاولت قوات النظام التقدم ... إلى قرية الشنابرة ... وإجبارهم على التراجع".
REPULSE_WORDS = {"التراجع", "بالتراجع", "صد", "صدت", "صدوا", "تصدي", "التصدي", "تصدت", "تصدوا", "افشال",
                 "احباط", "افشلت", "احبطت", "فشلت", "فشل", "اجبارهم", "اجبارها", "اجبروها", "اجبروهم",
                 "ارغامهم", "دحر", "دحرهم"}  # fmt: skip
TOWARDS = {"الى", "الي", "نحو", "باتجاه", "اتجاه"}
HEADING_WORDS = {"نحو", "باتجاه", "اتجاه"}  # (not إلى: "دخلت إلى قرية X" took it)
# The side a place was taken from by force: "من قبضة التنظيم"، "من يد داعش" (the corpus annotates the
# neutral "من سيطرة X" as no loss of X's).
FROM_HOLD = {"قبضه", "يد", "ايدي", "براثن"}
# Forcing a side out: "أجبر الجيش الحر كتائب الأسد على الانسحاب من X" is an expulsion.
FORCE_VERBS = {"اجبر", "اجبرت", "اجبروا", "ارغم", "ارغمت", "ارغموا", "يجبر", "تجبر"}
EXPEL_VERBS = {"طرد", "طردت", "طردوا", "يطرد", "تطرد", "بطرد", "لطرد"}
RESUME_VERBS = {"عاود", "عاودت", "عاودوا", "يعاود", "تعاود"}
AGAIN_WORDS = {"مجددا", "مجدد", "ثانيه", "ثانيتا"}
MEANS_WORDS = {"خلالها", "خلاله", "خلالهم", "خلالهما"}
# A side's stronghold, and the words that may stand between the place and the word (أبرز، آخر، أهم ...).
STRONGHOLD_WORDS = {"معاقل", "معقل", "معقلا", "معقله", "معقلها", "معقلهم", "المعقل", "ومعقل"}
STRONGHOLD_LEADS = {"ابرز", "اهم", "اخر", "اكبر", "احد", "احدي", "ثاني", "اقوي", "وهو", "وهي", "يعد", "تعد",
                    "يعتبر", "تعتبر", "تعتبران", "الرييسي", "الرئيسي"}  # fmt: skip
# Deployed or positioned in a place: held (the corpus rules), when the side is named with the word.
DEPLOY_WORDS = {"انتشرت", "انتشر", "انتشروا", "تنتشر", "ينتشر", "تمركزت", "تمركز", "تمركزوا", "يتمركز",
                "تتمركز", "المنتشره", "المتمركزه", "المنتشرين", "المتمركزين", "المنتشر", "المتمركز",
                # massing fighters in a place: "حشدت قسد عدداً كبيراً من المقاتلين في بلدة البصيرة"
                "حشدت", "حشد", "حشدوا", "تحشد", "يحشد"}  # fmt: skip
CHANGES_OF_HANDS = {"captured", "recaptured", "withdrew"}
# (and a verb in the future: "سيطرة X على Y ستكون قريتي Z بحكم الساقطتين": Z is another matter)
# (and a verb of heading somewhere: "سيطرت على قرية X، ليتجه نحو قرى Y وZ": Y and Z are not taken yet)
CLAUSE_BOUNDARIES = {"فيما", "بينما", "حيث", "وسط", "عقب", "اثر", "بعد", "ستكون", "سيكون", "ستصبح", "سيصبح",
                     "ليتجه", "لتتجه", "يتجه", "تتجه", "متجها", "متجهه", "متجهين"}  # fmt: skip
# After these a clause boundary word is a time, not a new clause: "سيطرت بعد منتصف ليلة الاثنين على".
TIME_WORDS = {"منتصف", "ظهر", "ساعات", "ساعه", "ساعتين", "ايام", "يوم", "يومين", "اسابيع", "اسبوع",
              "دقايق", "ليله", "صلاه", "شروق", "غروب", "الظهر", "الفجر", "منتصفه"}  # fmt: skip
COMPLEMENTIZERS = {"ان", "بان", "وان", "فان", "لان"}
PREPOSITIONS = {"علي", "على", "من", "في", "الى", "الي", "عن", "نحو", "باتجاه", "داخل", "حتي", "حتى"}
DIRECTION_WORDS = {
    "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "الشمالي", "الجنوبي", "الشرقي",
    "الغربي", "شماليها", "جنوبيها", "شرقيها", "غربيها", "بشمال", "بجنوب", "بشرق", "بغرب",
}  # fmt: skip
REFERENCE_CUES = {"مدينه", "بلده", "قريه", "حي", "بلدتي", "قريتي", "مدينتي", "ناحيه", "منطقه", "العاصمه"}
# The part of a place that was taken: "الضاحية الجنوبية الشرقية لبلدة سلمى" is a (partial) capture of it.
PART_WORDS = {normalize_text(w) for w in ("الضاحيه", "ضاحيه", "الاطراف", "اطراف", "اجزاء", "احياء", "القسم", "جزء",
              "الجزء", "معظم")}  # fmt: skip
# Adjectives of a region before "لـ" + its city: "الغوطة الشرقية لدمشق".
NAME_ADJECTIVES = {"الشرقيه", "الغربيه", "الشماليه", "الجنوبيه", "الشرقي", "الغربي", "الشمالي", "الجنوبي"}
AREA_OF = {"ريف", "بريف", "لريف", "ريفي", "منطقه", "بمنطقه", "ناحيه", "بناحيه"}
ATTACK_NOUNS = {"هجوم", "هجوما", "هجمات", "لهجوم", "لهجمات", "محاولات", "محاوله", "لمحاولات", "لمحاوله", "تقدم",
                "لتقدم", "هجومها"}  # fmt: skip
# Attack nouns read in their written form, and the words of a weapon that may stand between one and its
# side written with ل: "قصف صاروخي لقوات النظام", "استهداف الطيران الحربي التابع للنظام".
ATTACK_NOUN_FORMS = {"قصف", "القصف", "غارات", "الغارات", "غاره", "استهداف", "الاستهداف", "هجوم", "هجوما", "اعتداء",
                     "اعتداءات", "بقصف", "بغارات", "باستهداف", "بهجوم"}  # fmt: skip
ATTACK_AGENT_WORDS = {"صاروخي", "مدفعي", "جوي", "بري", "عنيف", "مكثف", "متواصل", "مماثل", "صاروخيه", "مدفعيه",
                      "جويه", "عنيفه", "مكثفه", "متواصله", "الصاروخي", "المدفعي", "الجوي", "العنيف", "المكثف",
                      "الطيران", "الحربي", "المروحي", "الطائرات", "الحربيه", "المروحيه", "المسيره", "طائرات",
                      "طائره", "مسيره", "حربيه", "التابع", "التابعه", "التابعين", "جديد", "جديده", "اخر", "اخري",
                      "بالصواريخ", "بالمدفعيه", "بالقذائف"}  # fmt: skip
# Weapons between an attack noun and its side after من: "قصفها من مدفعية قوات النظام".
WEAPON_NOUNS = {"مدفعيه", "طيران", "طائرات", "راجمات", "دبابات", "مروحيات", "مسيرات", "صواريخ", "قذائف"}
# Nouns of what is struck or taken: a side named after them is the target ("مواقع داعش").
# (Not the fighters themselves: "يسيطر عليها عناصر تنظيم داعش" names the side.)
TARGET_NOUNS = {"مواقع", "مقرات", "تجمعات", "نقاط", "تحصينات", "اليات", "اماكن", "معاقل", "مراكز", "خطوط", "تحركات",
                "اوكار"}  # fmt: skip
# Nouns of a side's positions: the side named after them holds the place they lie in ("مواقع داعش في قرية X").
POSITION_NOUNS = {"مواقع", "مقرات", "مقر", "مقار", "تجمعات", "نقاط", "تحصينات", "اليات", "مراكز", "تحركات", "اوكار",
                  "اوكارا", "تمركزات", "ثكنات", "دشم", "مستودعات", "منصات"}  # fmt: skip
POSITION_LINKS = {"في", "داخل", "الارهابي", "الارهابيه", "التكفيري", "التكفيريه", "المسلحه", "قري", "بلدات", "بلدت", "احياء",
                  "حيي", "قريتي", "بلدتي", "مدينتي", "تل", "تله"}  # fmt: skip
FIGHTER_NOUNS = {"ارهابيي", "مسلحي", "عناصر", "مقاتلي", "مرتزقه", "ميليشيات", "مليشيات", "لارهابيي", "لمسلحي"}
# Words before a side that is the victim, not the subject: "مقتل عشرات المسلحين", "أسر عناصر من".
VICTIM_WORDS = {
    "مقتل",
    "قتل",
    "قتلي",
    "مصرع",
    "اصابه",
    "اسر",
    "استسلام",
    "تصفيه",
    "القضا",
    "بمقتل",
    "وقتل",
    "ومقتل",
    "واصابه",
    "واسر",
    "خسائر",
    "صفوف",
}  # fmt: skip (normalised: القضاء is written القضا)
# Words after which the side named holds the place(s) named just before (no relative pronoun between).
HOLD_WORDS = {"بيد", "بايدي", "بقبضه", "الخاضعه", "الخاضع", "خاضعه"}
# What a side withdraws from when it is not a place: checkpoints, posts, positions.
LEFT_POSTS = {"حواجز", "مقرات", "مواقع", "نقاط", "ثكنات", "حاجز", "مقر", "موقع", "نقطه", "مواقعها", "مواقعه"}
ADVANCE_PLURALS = {"بلدات", "قري", "مدن", "احيا", "قريتين", "بلدتين", "عشرات"}
# A siege or an encirclement: attacked, no change yet.
SIEGE_WORDS = {"حاصرت", "حاصر", "حاصروا", "حصار", "تحاصر", "يحاصر", "طوقت", "طوق", "طوقوا", "تطويق", "يطوق", "تطوق",
               "الطوق", "محاصره", "بمحاصره", "تحصر", "لتحصر"}  # fmt: skip
# A unit or base besieged ("محاصرة اللواء 61 في بلدة X") is no siege of the town; the verbs of a siege put its subject
# before the besieged ("وحاصرت قسد عناصر داعش في").
UNIT_WORDS = {"لواء", "فوج", "فرقه", "كتيبه", "مطار", "ثكنه", "معسكر", "سجن", "مشفي"}
SIEGE_VERBS = SIEGE_WORDS - {"حصار", "تطويق", "الطوق", "محاصره", "بمحاصره"}
BASE_WORDS = {"قاعده", "حاجز", "حواجز", "ثكنه", "مبني", "مقر", "مستودع", "مستودعات", "معسكر", "سجن", "مطار", "حقل",
              "مفرق", "دوار", "جسر",
              "مفرزه", "نقطه", "صوامع"}  # fmt: skip
PRONOUN_OBJECTS = {"عليها", "عليه", "عليهما", "عليهم"}
BEFORE_PLACES_OK = {"held", "attacked"}
LANDMARK_WORDS = {"قرب", "بالقرب", "مقربه", "خارج", "محيطه", "المحيطه", "المتاخمه", "المجاوره", "ضواحي", "جرود",
                  "لجرود", "المحاذيه", "المحاذيتين", "المطله"}  # fmt: skip


@dataclass
class Trigger:
    change: str
    index: int  # token index in the sentence
    actor_after: bool  # the actor is the word(s) after the trigger (verb first)
    flip: bool = False  # "لم تحرز X أي تقدم": the claim is the other side's hold
    noun: bool = False
    relative: bool = False  # "التي تسيطر عليها X": X holds the place(s) named just before
    expel: bool = False  # "طردت X داعش من Y": the subject takes Y, the object loses it
    passive: bool = False  # "تعرضت X لقصف من Y": the side after من is the attacker
    until: int | None = None  # the places end here ("باتت أحياء X وY تحت السيطرة": at تحت)
    actor_from: int | None = None  # the side is named after this token ("تحت سيطرة X")
    repelled: bool = False  # an attempt to advance that was pushed back: the defender holds the target
    strict: bool = False  # the side must be named with the verb (a deployment): no side carried over
    still: bool = False  # "لا يزال تحت سيطرة X": the place may be named before or after
    cause: bool = False  # "بعد قصف", "جراء استهداف": an attack told as the cause of something else
    tried: bool = False  # "في محاولة لاستعادتها": an attack read off a capture tried (its places follow)


@dataclass
class DraftClaim:
    mention: Mention
    actor: ActorRef
    change: str
    date_start: dt.date
    date_end: dt.date
    quote: str

    def as_dict(self) -> dict:
        return {
            "place": self.mention.place_dict(),
            "surface": self.mention.surface,
            "actor": {"code": self.actor.code, "name": self.actor.name},
            "change": self.change,
            "date_start": self.date_start.isoformat(),
            "date_end": self.date_end.isoformat(),
            "quote": self.quote,
        }


@dataclass
class Reading:
    """What the reader found in one text."""

    text: str
    geo: GeoparseResult
    claims: list[DraftClaim]
    notes: list[str]

    def as_dict(self) -> dict:
        return {
            "mentions": [m.as_dict() for m in self.geo.mentions],
            "claims": [c.as_dict() for c in self.claims],
            "unresolved": _unique_unresolved(self.geo.unresolved),
        }


def _unique_unresolved(mentions: list[Mention]) -> list[dict]:
    seen, out = set(), []
    for m in mentions:
        if m.key not in seen:
            seen.add(m.key)
            out.append({"surface": m.surface, "sentence": m.sentence})
    return out


# --- dates -----------------------------------------------------------------------------------------------

MONTHS = {
    # Syriac (Levantine) and Egyptian/Gulf month names, normalised.
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8,
    "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7, "اغسطس": 8,
    "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
}  # fmt: skip
# Normalised (the final hamza is dropped: الأربعاء -> الاربعا), as the sentence is read normalised.
WEEKDAYS = {
    normalize_text(w): n
    for w, n in {
        "الاثنين": 0,
        "الثلاثاء": 1,
        "الاربعاء": 2,
        "الخميس": 3,
        "الجمعه": 4,
        "السبت": 5,
        "الاحد": 6,
    }.items()
}
_WEEKDAY_RE = "|".join(WEEKDAYS)
_WEEKDAY_BARE_RE = "|".join(w[2:] for w in WEEKDAYS)
_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
EXPLICIT_DATE = re.compile(
    rf"\b(\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?({_MONTH_RE})(?:\s*/\s*(?:{_MONTH_RE}))?(?:\s+(?:عام\s+|سنه\s+)?(\d{{4}}))?"
)
ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
NUM_WORDS = {"يومين": 2, "اليومين": 2, "الثلاثه": 3, "ثلاثه": 3, "الاربعه": 4, "اربعه": 4, "الخمسه": 5,
             "السته": 6, "سته": 6, "السبعه": 7, "سبعه": 7, "العشره": 10}  # fmt: skip


def dates_in(
    sentence: str, published: dt.date, previous: tuple[dt.date, dt.date] | None, normalized: str | None = None
) -> tuple[dt.date, dt.date] | None:
    """The date range a sentence states, or None when it states none. `normalized`: the sentence's
    words already normalised and joined by spaces (the reader has them), else it is normalised here."""
    raw = normalize_digits(sentence)
    s = normalized if normalized is not None else normalize_text(sentence)
    for m in ISO_DATE.finditer(raw):
        d = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            return d, d
    for m in SLASH_DATE.finditer(raw):
        d = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            return d, d
    for m in EXPLICIT_DATE.finditer(s):
        month = MONTHS[m.group(2)]
        year = int(m.group(3)) if m.group(3) else published.year
        d = _safe_date(year, month, int(m.group(1)))
        if d and not m.group(3) and d > published:
            d = _safe_date(year - 1, month, int(m.group(1)))
        if d:
            return d, d
    if "الفتره انفه الذكر" in s or "الفتره نفسها" in s or "ذات الفتره" in s or "الفتره المذكوره" in s:
        return previous
    if re.search(r"الاسبوعين الماضيين|الاسبوعين الاخيرين", s):
        return published - dt.timedelta(days=14), published
    if re.search(r"منذ (?:بدايه|مطلع) الشهر (?:الجاري|الحالي)", s):
        return published.replace(day=1), published
    if re.search(r"الاسبوع الماضي|الاسبوع المنصرم", s):
        return published - dt.timedelta(days=7), published - dt.timedelta(days=1)
    m = re.search(
        r"(?:خلال|في) (?:ال)?(\S+) (?:ال)?(?:ايام|ساعات) (?:ال)?(?:ماضيه|فايته|اخيره|الماضيه)", s
    ) or re.search(r"(?:خلال|في) (?:ال)?(?:ايام|ساعات) (?:ال)?(\S+) (?:ال)?(?:ماضيه|فايته|اخيره)", s)
    if m and m.group(1) in NUM_WORDS:
        return published - dt.timedelta(days=NUM_WORDS[m.group(1)]), published
    if re.search(r"(?:خلال )?الساعات (?:ال)?(?:ماضيه|اخيره)", s):
        return published - dt.timedelta(days=1), published
    if "اول امس" in s:
        return published - dt.timedelta(days=2), published - dt.timedelta(days=2)
    if re.search(r"الليله الماضيه|ليله امس|منتصف ليله", s):
        return published - dt.timedelta(days=1), published
    if re.search(r"\bامس\b", s):
        return published - dt.timedelta(days=1), published - dt.timedelta(days=1)
    m = re.search(
        rf"\b(?:اليوم|صباح|مسا|ظهر|فجر|يوم)\s+(?:ال)?(?:يوم\s+)?({_WEEKDAY_RE}|{_WEEKDAY_BARE_RE})\b",
        s,
    )
    if m or re.search(rf"\b({_WEEKDAY_RE})\b", s):
        word = m.group(1) if m else re.search(rf"\b({_WEEKDAY_RE})\b", s).group(1)
        word = word if word.startswith("ال") else "ال" + word
        target = WEEKDAYS[word]
        back = (published.weekday() - target) % 7
        d = published - dt.timedelta(days=back)
        return d, d
    if re.search(r"\bاليوم\b", s):
        return published, published
    return None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# --- the reader --------------------------------------------------------------------------------------


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f]")
_BOILERPLATE_LINE = re.compile(
    r"(?m)^[ \t]*(?:(?:اقرأ|اقرا|إقرأ)(?:\s+(?:أيضا|أيضاً|ايضا|ايضاً|المزيد))?|شاهد\s+(?:أيضا|أيضاً|ايضا|ايضاً)"
    r"|للمزيد|تابعونا|اشترك|مواضيع ذات صلة|أخبار ذات صلة|اخبار ذات صلة)\s*[:：\-–]?[^\n]*$"
)


def clean_input(text: str, *, markup: bool = True) -> tuple[str, list[str]]:
    """Strip HTML tags and entities (unless `markup` is False: plain text kept as written), drop control
    characters, cut very long input; say what was done."""
    notes = []
    if markup and "<" in text and re.search(r"</?[a-zA-Z][^>]*>", text):
        text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
        text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</h\d>|</li>", "\n", text)
        text = re.sub(r"<[^>]+>", " ", text)
        notes.append("HTML tags were removed; the text between them was kept.")
    if markup and "&" in text:
        text = html.unescape(text)
    text = _CONTROL_CHARS.sub("", text)  # control characters other than newline and tab
    text = text.replace("\ufffd", " ")
    # "اقرأ أيضاً: ..." and the like are other articles' headlines pasted with the page, not this report:
    # blanked with spaces so every offset still points into the text as given.
    text = _BOILERPLATE_LINE.sub(lambda m: " " * len(m.group(0)), text)
    if len(text) > MAX_TEXT:
        notes.append(f"The text is {len(text):,} characters long; only the first {MAX_TEXT:,} were read.")
        text = text[:MAX_TEXT]
    return text, notes


def read_report(
    text: str, *, published: dt.date, index=None, actors: ActorLexicon | None = None, markup: bool = True
) -> Reading:
    """Place mentions and draft claims of one report; nothing is saved. `markup=False` reads a stored
    report's plain text as written (tags in it are text, not markup to strip)."""
    text, notes = clean_input(text, markup=markup)
    if not re.search(r"[\u0621-\u064a]", text):
        notes.append("The text has no Arabic letters: nothing to read.")
        return Reading(text, GeoparseResult([], [], text), [], notes)
    geo = geoparse(text, index=index)
    actors = actors or default_actors()
    claims = extract_claims(text, geo, published=published, actors=actors)
    return Reading(text, geo, claims, notes)


@lru_cache(maxsize=1)
def _builtin_actors() -> ActorLexicon:
    return ActorLexicon.builtin()


def default_actors() -> ActorLexicon:
    return _builtin_actors()


def extract_claims(
    text: str, geo: GeoparseResult, *, published: dt.date, actors: ActorLexicon
) -> list[DraftClaim]:
    claims: list[DraftClaim] = []
    seen: set[tuple] = set()
    previous_range: tuple[dt.date, dt.date] | None = None
    carried_actor: ActorRef | None = None
    last_taker: ActorRef | None = None  # the side of the report's last capture or recapture
    previous_changes: list[tuple[ActorRef, str]] = []  # the (side, change) pairs of the last sentence read
    place_mentions = [m for m in geo.mentions if not m.is_area and not m.countryside]
    occupier = _occupier(geo, text, actors)
    our_side = _our_side(geo, text, actors)  # "وحداتنا وحدات حماية الشعب": who "our units" are in this report
    default_range = (published - dt.timedelta(days=7), published)
    words = " ".join(t.norm for t in geo.tokens if t.is_word) if geo.tokens else normalize_text(text)
    turkish_operation = bool(TURKISH_OPERATIONS.search(words))
    for s_start, s_end in geo.sentences:
        sentence = text[s_start:s_end]
        tokens = (
            geo.sentence_tokens(s_start, s_end)
            if geo.tokens
            else [t for t in tokenize(sentence) if t.is_word]
        )
        norms = [t.norm for t in tokens]
        stated = dates_in(sentence, published, previous_range, " ".join(norms))
        if stated:
            previous_range = stated
        date_range = stated or default_range
        mentions = [m for m in place_mentions if s_start <= m.start < s_end]
        found_spans = _find_actors(tokens, actors)
        if any(bare_word(n) == OCCUPATION for n in norms):
            found_spans = _occupation_spans(norms, found_spans, occupier)
        if our_side is not None:
            found_spans = sorted(
                found_spans
                + [(k, k + 1, our_side) for k, n in enumerate(norms) if bare_word(n) in OUR_FORCES],
                key=lambda span: span[0],
            )
        actor_spans = [
            (a, e, ref)
            for a, e, ref in found_spans
            # "وحدات الحماية المدعومة بعناصر من الجيش الحر وغارات طيران التحالف": support, not the subject
            if not (
                ref.bloc == NO_SIDE and any(bare_word(n) in SUPPORT_WORDS for n in norms[max(0, a - 10) : a])
            )
        ]
        if not mentions:
            if actor_spans:
                carried_actor = actor_spans[0][2]
            continue
        if any(n in DENIAL_WORDS or n[1:] in DENIAL_WORDS for n in norms):
            continue
        triggers = _find_triggers(norms)
        if (
            not triggers
            and norms
            and bare_word(norms[0]) in ("بالاضافه", "اضافه")
            and "ذلك" not in norms[1:3]  # (not "بالإضافة إلى ذلك": "besides")
            and previous_changes
        ):
            # "بالإضافة لقرى وبلدات X وY": the previous sentence's change goes on over more places.
            for m in mentions:
                for actor, change in previous_changes:
                    key = (m.key, actor.bloc, change)
                    if key not in seen:
                        seen.add(key)
                        claims.append(DraftClaim(m, actor, change, date_range[0], date_range[1], sentence))
            continue
        previous_changes = []
        if not triggers:
            # "الباب، أبرز معاقل داعش في ريف حلب": a stronghold named in apposition is held.
            for m, owner in _named_holds(tokens, norms, mentions, s_start, actor_spans):
                if owner.bloc == NO_SIDE:
                    continue
                key = (m.key, owner.bloc, "held")
                if key not in seen:
                    seen.add(key)
                    claims.append(DraftClaim(m, owner, "held", date_range[0], date_range[1], sentence))
            if actor_spans:
                carried_actor = actor_spans[0][2]
            continue

        # Token index of each mention (first word at or after its start), and the words inside names.
        m_pos = [(_token_at(tokens, m.start - s_start), m) for m in mentions]
        named = frozenset(
            k
            for m in mentions
            for k, t in enumerate(tokens)
            if m.start - s_start <= t.start < m.end - s_start
        )
        # A word of a place name is no trigger: "واستعادت بلدات آفس و"مجازر" والصالحية" (Majazir, a village).
        triggers = [t for t in triggers if t.index not in named] or triggers
        boundaries = [
            k
            for k, n in enumerate(norms)
            if (
                n in CLAUSE_BOUNDARIES
                and not (k + 1 < len(norms) and norms[k + 1] in TIME_WORDS)
                and not any(t.index == k - 1 for t in triggers)
            )
            or (n == "في" and k + 1 < len(norms) and norms[k + 1] == "حين")
        ]
        complementizers = [k for k, n in enumerate(norms) if n in COMPLEMENTIZERS]
        contrasts = [k for k in boundaries if norms[k] in ("فيما", "بينما", "في")]
        relatives = [k for k, n in enumerate(norms) if n in RELATIVES]
        last_actor: ActorRef | None = None
        last_places: list[Mention] = []
        found: list[tuple[Mention, ActorRef, str, bool]] = []
        for n_t, trig in enumerate(triggers):
            # (a relative or adjectival hold, "المواقع الخاضعة لسيطرة النظام", does not end the clause before it)
            nxt_trig = next((t.index for t in triggers[n_t + 1 :] if not t.relative), len(tokens))
            stop = min([b for b in boundaries if b > trig.index] + [nxt_trig])
            if trig.until is not None:
                stop = trig.until
            elif trig.change in ("captured", "recaptured"):
                # "دير جمال والتي تبعد عن نبل": what a relative clause names describes, it is not taken.
                stop = min([k for k in relatives if k > trig.index] + [stop])
            # Actor: after a verb-first trigger, else the clause's subject before it.
            actor = None
            loser = None
            if trig.expel:
                # "X طرد Z من Y" / "تمكنت X من طرد Z من Y": Z right after the verb loses Y.
                # (the side may be written long: "طرد مسلحي تنظيمات جبهة النصرة وأحرار الشام من قرى ...")
                loser = _actor_after(trig.index, stop, actor_spans, tokens, norms, reach=2) or _actor_after(
                    trig.index + 2, stop, actor_spans, tokens, norms, reach=2
                )
                named_before = any(a < trig.index for a, _e, _r in actor_spans) or last_actor or carried_actor
                if loser is not None and not named_before:
                    # Verb first: "وطرد الجيش مسلحي النصرة من قرى ...": the side after the verb expels,
                    # the next one loses.
                    at = next(a for a, _e, ref in actor_spans if ref is loser and a > trig.index)
                    end = next(e for a, e, ref in actor_spans if a == at)
                    actor = loser
                    loser = _actor_after(end - 1, stop, actor_spans, tokens, norms, reach=2) or _actor_after(
                        end + 1, stop, actor_spans, tokens, norms, reach=2
                    )
            if trig.actor_from is not None:
                # "تحت سيطرة X", else the side that last took places in the report.
                actor = (
                    _actor_after(trig.actor_from, len(norms), actor_spans, tokens, norms, reach=2)
                    or last_taker
                )
            if (
                trig.change == "attacked"
                and last_actor is not None
                and norms[trig.index][:1] == "و"
                and not bare_word(norms[trig.index]).startswith("ال")
            ):
                actor = last_actor  # "استعادت بلدة X وطوقت إرهابيي داعش في Y": the same subject
            elif (
                actor is None
                and not (trig.flip or trig.relative or trig.expel or trig.passive)
                and trig.actor_from is None
                and (subject := _subject_before(trig, norms, actor_spans, boundaries)) is not None
            ):
                # "أن الجيش السوري استهدف أيضا المسلحين", "قام الجيش السوري باستهداف المسلحين": the side
                # before the verb is the subject; the one after it is the target.
                actor = subject
            elif trig.actor_after or trig.flip:
                actor = _actor_after(
                    trig.index, stop, actor_spans, tokens, norms, means=trig.change in CHANGES_OF_HANDS
                )
                if actor is None and trig.change == "attacked":
                    actor = _attack_agent(trig.index, stop, actor_spans, norms)
            if actor is None and not trig.flip and not trig.relative:
                actor = _relative_subject(trig.index, actor_spans, norms)
            if trig.strict:
                if actor is None:
                    # "المجموعات الإرهابية المنتشرة في قريتي X وY": the side just before the participle.
                    actor = next((ref for _a, e, ref in actor_spans if e == trig.index), None)
                if actor is None and norms[trig.index][:1] == "و" and found:
                    actor = found[-1][1]  # "انتشرت وحدات الجيش في X وتمركزت في Y": the same side
                if actor is None:
                    continue  # a deployment of a side not named with it (US forces, tribes): no claim
            if (
                actor is None
                and trig.change == "withdrew"
                and norms[trig.index + 1 : trig.index + 2] in (["منها"], ["منه"])
            ):
                # "فرَّ منها أعداد كبيرة من عناصر داعش": the side after the pronoun and a count.
                actor = next(
                    (ref for a, _e, ref in actor_spans if trig.index + 1 < a <= trig.index + 7), None
                )
            if (
                actor is None
                and trig.change == "withdrew"
                and (bare_word(norms[trig.index]).removeprefix("ب") in ("انسحاب", "انسحابا", "هروب", "فرار"))
            ):
                # "بعد هروب جماعي لقوات النظام منها": the side after the noun (with its ل) is who left.
                actor = next(
                    (
                        ref
                        for a, _e, ref in actor_spans
                        if trig.index < a <= trig.index + 3 and norms[a][:1] == "ل" and a < stop
                    ),
                    None,
                )
            if (
                actor is None
                and trig.change == "held"
                and not trig.flip
                and not _siege_broken(norms, trig.index)
            ):
                # (كسر حصار فرضه التنظيم: the side after the siege laid it; the breaker is the subject.)
                actor = _actor_after(trig.index, stop, actor_spans, tokens, norms)
                nxt = trig.index + 1
                attack_next = nxt < len(norms) and (
                    norms[nxt] in ATTACK_NOUNS or norms[nxt][1:] in ATTACK_NOUNS
                )
                if attack_next and any(a == nxt for a, _e, _r in actor_spans):
                    actor = None  # "صد الهجوم التركي": the side named by its attack is the attacker
                if actor is None:
                    # "لصد هجوم قوات النظام": the attacker follows; the side that holds is the other one.
                    if attack_next:
                        attacker = next((r for a, _e, r in actor_spans if a == nxt), None) or _actor_after(
                            nxt, stop, actor_spans, tokens, norms, reach=3
                        )
                        has_subject = any(a < trig.index for a, _e, _r in actor_spans) or last_actor
                        if attacker is not None and not has_subject:
                            actor = _opponent(attacker, actor_spans, actors)
            if actor is None and trig.passive:
                by = next(
                    (j for j in range(trig.index + 1, min(len(norms), trig.index + 4)) if norms[j] == "من"),
                    None,
                )
                if by is not None and norms[by + 1 : by + 2] == ["قبل"]:
                    by += 1
                actor = next((ref for a, _e, ref in actor_spans if by is not None and by < a <= by + 2), None)
                if actor is None:
                    # "تعرضت بلدتا X وY لقصف بطيران النظام الحربي": the agent with its ب.
                    actor = next(
                        (
                            ref
                            for a, _e, ref in actor_spans
                            if trig.index < a <= trig.index + 3 and norms[a][:1] == "ب"
                        ),
                        None,
                    )
                if actor is None:
                    continue  # "تعرضت مواقع قوات الأسد لقصف": the shelled side is named, the shelling one is not
            if actor is None:
                # "استمر القصف لبلدات X وY من قبل القوات الحكومية": the agent of a passive or a noun.
                agent = next(
                    (
                        k
                        for k in range(trig.index + 1, min(len(norms), stop + 12))
                        if norms[k] == "قبل" and norms[k - 1] == "من"
                    ),
                    None,
                )
                if agent is not None:
                    actor = next((ref for a, _e, ref in actor_spans if agent < a <= agent + 2), None)
            if actor is None and trig.noun:
                # "وسمح الانهيار لدفاعات النظام للمعارضة بالسيطرة على": the side just before the noun.
                actor = next((ref for _a, e, ref in actor_spans if e == trig.index), None)
            if actor is None and not trig.flip and _possessive(norms[trig.index]):
                # "تطور ملحوظ للجيش الحر في معركته ضد النظام عقب سيطرته على": "its" is the side named
                # last before the noun, not the one it fights against.
                actor = _owner(norms, actor_spans, trig.index)
            if actor is None and not trig.flip and trig.change in CHANGES_OF_HANDS:
                # "استطاع الثوار في اليوم الاول من المعركة تحريرَ قرية كفرباسين": the side right after a verb
                # of ability is the subject of the change that follows it.
                able = [
                    j
                    for j in range(max(0, trig.index - 10), trig.index)
                    if bare_word(norms[j]) in ABILITY_VERBS
                ]
                if able:
                    actor = next((ref for a, _e, ref in actor_spans if a == able[-1] + 1), None)
            if actor is None and (not trig.flip or not trig.actor_after):
                # "... في حين أكد مراسلنا أن تنظيم داعش ما زال يسيطر", "بينما تستمر قوات النظام بقصف":
                # a new clause with its own subject.
                prev_at = triggers[n_t - 1].index if n_t else -1
                marks = [x for x in complementizers + contrasts if prev_at < x < trig.index]
                fresh = [(a, ref) for a, _e, ref in actor_spans if marks and max(marks) < a < trig.index]
                if fresh and not trig.flip:
                    actor = _subject(fresh)
                elif last_actor is not None and not trig.flip:
                    actor = last_actor
                else:
                    # (not a side named as the one killed or wounded: "أسفرت عن مقتل عشرات المسلحين")
                    # (nor the side a speaker belongs to: "القيادي في لواء التحرير بالجيش الحر، أفاد أن القوات
                    # المشتركة تقدمت في قرى": the clause's own subject is not named, the report's goes on)
                    before = [
                        (a, ref)
                        for a, _e, ref in actor_spans
                        if a < trig.index
                        and not any(norms[j] in VICTIM_WORDS for j in range(max(0, a - 3), a))
                        and not _speakers_side(norms, a, trig.index, complementizers)
                    ]
                    if before:
                        if trig.change == "withdrew":
                            actor = before[-1][1]
                        else:
                            actor = _subject(before, [c for c in complementizers if c < trig.index])
            if actor is None and trig.change == "withdrew":
                after = [ref for a, _e, ref in actor_spans if a > trig.index]
                actor = after[0] if after else None
            if trig.relative and actor is None:
                continue  # "التي تسيطر عليها" with no side named: nothing to say
            where = next((a for a, _e, ref in actor_spans if ref is actor), None)
            actor = _backed_by_turkey(actor, actor_spans, where)
            if actor is not None and actor.bloc == "opposition" and turkish_operation:
                actor = ActorRef("sna", {c: n for c, n, _ in BUILTIN_ACTORS}["sna"], "sna")
            if actor is None and not trig.flip:
                actor = carried_actor
            if actor is None and trig.flip:
                actor = carried_actor
            if actor is None:
                continue
            if trig.flip:
                actor = _opponent(actor, actor_spans, actors)
                if actor is None:
                    continue
            if trig.change in CHANGES_OF_HANDS and any(
                norms[j] == "علي" and bare_word(norms[j + 1]) in ("هذه", "هذا", "تلك", "ذلك")
                for j in range(trig.index + 1, min(len(norms) - 1, trig.index + 3))
            ):
                continue  # "وبالسيطرة على هذه البلدة يمكن للجيش ... إطباق الحصار على X": the town told before
            places = [m for k, m in m_pos if trig.index < k < stop and not _reference(norms, k, named)]
            if trig.change == "attacked":
                # "اعتداء المجموعات المنتشرة في إدلب بالصواريخ على قريتي الشراشير والحويز": the target is
                # what follows على, not where the attackers are.
                on = next(
                    (j for j in range(trig.index + 1, stop) if norms[j] in ("علي", "بالصواريخ علي")), None
                )
                targets = [m for k, m in m_pos if m in places and on is not None and k > on]
                if targets:
                    places = targets
            destinations = False
            retreats: list[Mention] = []
            if trig.change in ("captured", "recaptured") and not trig.relative:
                # "دخل الجيش يبرود ... يفرون في اتجاه بلدة رنكوس": a place headed for is not taken; nor a town
                # a post taken lies in ("السيطرة على مبنى قيادة الشرطة في مدينة السويداء").
                places = [
                    m
                    for k, m in m_pos
                    if m in places
                    and not any(bare_word(n) in HEADING_WORDS for n in norms[trig.index + 1 : k])
                    and not _post_inside(norms, trig.index, k, named)
                ]
            if trig.change == "withdrew":
                # "وفرار من بقي منهم باتجاه بلدات تفاد وبسرطون": where they went is not what they left.
                kept = [m for k, m in m_pos if m in places and not _towards(norms, trig.index, k)]
                destinations = len(kept) < len(places)
                # "انسحبت الفصائل إلى نقاط تمركزها في الشيخ سعد": where a side falls back to (إلى, not only
                # "towards") it holds.
                retreats = [
                    m
                    for k, m in m_pos
                    if m in places
                    and m not in kept
                    and any(bare_word(n) in ("الى", "الي") for n in norms[trig.index + 1 : k])
                    # (not "towards", nor "as far as": "وصولاً إلى قرى بيت جن")
                    and not any(
                        n in ("وصولا", "حتي") or bare_word(n) in HEADING_WORDS
                        for n in norms[trig.index + 1 : k]
                    )
                    and not bare_capital(m)
                ]
                places = kept
            if trig.relative:
                # "بيد X" may come a few words after its places ("اللتان تقعان منذ 2016 بيد").
                hands = bare_word(norms[trig.index]) in HOLD_WORDS
                after = places
                places = _antecedents(m_pos, trig.index if hands else trig.index - 1, 7 if hands else 4)
                if not places and trig.change == "captured":
                    places = (
                        after  # "ومن بين القرى التي سيطر عليها الثوار في حلب ديمان وحسينية": listed after
                    )
                if not places and hands:
                    # "آخر المواقع الخاضعة لسيطرة النظام في مدينة الحسكة": the place the held positions are in.
                    places = [m for k, m in m_pos if trig.index < k <= trig.index + 7][:1]
            elif trig.repelled:
                places = _targets(m_pos, norms, trig.index, boundaries)
            elif trig.expel:
                places = _chain(places, m_pos)  # "من بلدة الذيبان، بعد ساعات من ... الميادين": the first
                if not places and any(n in ("منها", "منه") for n in norms[trig.index + 1 : stop]):
                    # "بسطوا سيطرتهم على مدينة تل أبيض وطردوا عناصر داعش منها": the place named before.
                    places = [m for k, m in m_pos if k < trig.index and not _reference(norms, k, named)][-1:]
            if not places and trig.until is not None:
                # "أن دمشق أصبحت بالكامل تحت سيطرة المعارضة": the place is the subject before the verb.
                start_clause = max([b for b in boundaries + complementizers if b < trig.index] + [-1])
                places = [m for k, m in m_pos if start_clause < k < trig.index][-1:]
            if (
                not places
                and trig.change in ("captured", "recaptured")
                and any(n in PRONOUN_OBJECTS for n in norms[trig.index + 1 : stop])
            ):
                # "وتمكنت من استعادة السيطرة عليها": the place named last before the verb.
                earlier = [m for k, m in m_pos if k < trig.index and not _reference(norms, k, named)]
                places = earlier[-1:]
            object_named = trig.change == "attacked" and norms[trig.index + 1 : trig.index + 2] == ["علي"]
            if (
                not places
                and trig.change in BEFORE_PLACES_OK | {"withdrew"}
                and not object_named
                and not (
                    trig.tried
                    and not norms[trig.index].endswith(("ها", "هما"))  # (but "في محاولة لاستعادتها")
                )
            ):
                # (not when the attack names its own object: "التي اعتدت على السكان المدنيين")
                left = norms[trig.index + 1 : trig.index + 6]
                if trig.change == "withdrew" and destinations:
                    pass  # they went somewhere named; what they left is not said here
                elif trig.change == "withdrew" and any(
                    x == "من"
                    and i + 1 < len(left)
                    and bare_word(left[i + 1]).removeprefix("ال") in LEFT_POSTS
                    for i, x in enumerate(left)
                ):
                    pass  # "انسحاب قوات الجيش من الحواجز والمقرات": posts, not the places named before
                elif trig.change == "withdrew" and any(
                    x == "من" and bare_word(y) in AREA_COMMON_NOUNS
                    for x, y in zip(
                        norms[trig.index + 1 : trig.index + 10],
                        norms[trig.index + 2 : trig.index + 11],
                        strict=False,
                    )
                ):
                    pass  # "بعد انسحاب جبهة النصرة من المنطقة": the area, not the villages named before
                elif (
                    trig.change == "withdrew"
                    and left[:1] in (["منها"], ["منه"])
                    and any(x in RELATIVES for x in norms[max(0, trig.index - 3) : trig.index])
                ):
                    # "الشدادي التي فرَّ منها عناصر داعش": the place the relative clause is about.
                    rel = max(j for j in range(max(0, trig.index - 3), trig.index) if norms[j] in RELATIVES)
                    places = _antecedents(m_pos, rel)
                elif trig.change == "withdrew" and last_places:
                    places = last_places
                else:
                    start_clause = max(
                        [b for b in boundaries if b < trig.index] + [triggers[n_t - 1].index if n_t else -1]
                    )
                    places = [
                        m
                        for k, m in m_pos
                        if start_clause < k < trig.index and not _reference(norms, k, named)
                    ]
                    if trig.still:
                        places = places[
                            -1:
                        ]  # "أما بلدة X فلا يزال تحت سيطرة النظام": the subject just before
            if not (trig.flip or trig.change == "withdrew" or trig.relative or trig.strict):
                last_actor = actor
            if places and not trig.relative:
                last_places = places
            if loser is None and trig.change in ("captured", "recaptured") and places:
                loser = _taken_from(trig.index, stop, actor_spans, norms)
            if trig.change in ("captured", "recaptured") and not trig.relative and trig.until is None:
                last_taker = (
                    actor  # (even with no place named: "استعاد الجيش السيطرة على كامل القسم الشمالي")
                )
            if any(not bare_capital(m) for m in places):
                # "قرى جنوب غرب دمشق، من بينها كناكر": a capital named beside smaller places frames them.
                places = [m for m in places if not bare_capital(m)]
            framed = _framing_towns(places, m_pos, norms, trig.index)
            if framed:
                # "سيطر ... على حي الحزاونة في مدينة منبج": the neighbourhood is taken, the town frames it.
                places = [m for m in places if m not in framed]
            if trig.change in ("captured", "recaptured", "attacked"):
                # "شنت قوات النظام هجومها على القرى انطلاقاً من بلدة كفرنبودة": the side holds where it
                # attacked from; that place is not what it attacked or took.
                bases = [m for k, m in m_pos if m in places and _launched_from(norms, k)]
                places = [m for m in places if m not in bases]
                for m in bases:
                    found.append((m, actor, "held", False))
            partner = _partner(actor, actor_spans, norms) if trig.change == "withdrew" else None
            for m in retreats:
                found.append((m, actor, "held", False))
            for m in places:
                found.append((m, actor, trig.change, trig.relative))
                if partner is not None:
                    found.append((m, partner, trig.change, trig.relative))
                if loser is not None and loser.bloc != actor.bloc:
                    found.append((m, loser, "withdrew", False))
        for m, owner in _named_holds(tokens, norms, mentions, s_start, actor_spans):
            found.append((m, owner, "held", True))
        # A side said to hold a place ("التي يسيطر عليها داعش") that the same sentence says another side
        # took: the hold was the state before the change, not a claim.
        taken = {(m.key, a.bloc) for m, a, ch, _rel in found if ch in ("captured", "recaptured")}
        for m, actor, change, relative in found:
            if relative and any(k == m.key and b != actor.bloc for k, b in taken):
                continue
            if change == "withdrew" and any(
                x is m and a.bloc == actor.bloc and ch == "captured" for x, a, ch, _r in found
            ):
                # "دخلت إلى بلدات X ... المؤسسات التي خرجت عن سيطرتها لسبع سنوات": taken, not lost (a
                # recapture beside a loss is the loss before it: "استعادت ... التي فقدت السيطرة عليها")
                continue
            if actor.bloc == NO_SIDE:
                continue  # the US-led coalition, Israel: named so they are not taken for a side, no claim
            key = (m.key, actor.bloc, change)
            if key in seen:
                continue
            seen.add(key)
            claims.append(DraftClaim(m, actor, change, date_range[0], date_range[1], sentence))
            if (actor, change) not in previous_changes:
                previous_changes.append((actor, change))
        if last_actor is not None:
            carried_actor = last_actor
    return claims


def _token_at(tokens: list[Token], offset: int) -> int:
    """Index of the first token that ends after `offset` (sentence-relative)."""
    for k, t in enumerate(tokens):
        if t.end > offset:
            return k
    return len(tokens)


def _antecedents(m_pos: list[tuple[int, Mention]], rel: int, reach: int = 4) -> list[Mention]:
    """The places a relative clause is about: the name(s) right before "التي" (a list counts as one)."""
    out: list[Mention] = []
    edge = rel
    for k, m in sorted(m_pos, key=lambda x: x[0], reverse=True):
        if k >= rel:
            continue
        if edge - k > reach:
            break
        out.append(m)
        edge = k
    return out[::-1]


def _chain(places: list[Mention], m_pos: list[tuple[int, Mention]]) -> list[Mention]:
    """The first run of places (a name or a list), not a place named later in the clause."""
    pos = {id(m): k for k, m in m_pos}
    out: list[Mention] = []
    for m in places:
        if out and pos[id(m)] - pos[id(out[-1])] > 4:
            break
        out.append(m)
    return out


def _targets(
    m_pos: list[tuple[int, Mention]], norms: list[str], index: int, boundaries: list[int]
) -> list[Mention]:
    """The places an attempted advance aimed at: after its first إلى/نحو/باتجاه, to the clause's end."""
    to = next((k for k in range(index + 1, len(norms)) if norms[k] in TOWARDS), None)
    if to is None:
        return []
    end = min([b for b in boundaries if b > to] + [len(norms)])
    return [m for k, m in m_pos if to < k < end]


def _taken_from(index: int, stop: int, spans, norms: list[str]) -> ActorRef | None:
    """The side a place was taken from: "من قبضة التنظيم"، "من يد داعش"، "بعد طرد داعش منها"."""
    for j in range(index + 1, min(stop + 4, len(norms))):
        if norms[j] in FROM_HOLD and norms[j - 1] == "من" or norms[j] in EXPEL_VERBS:
            for a_start, _e, ref in spans:
                if j < a_start <= j + 2:
                    return ref
    return None


def _subject(before: list[tuple[int, ActorRef]], complementizers: list[int] | None = None) -> ActorRef:
    """The first side named in the clause (the subject), not one named inside it ("التي احتلها النظام");
    after "قال/ذكر ... أن" the clause starts at the last أن before the verb."""
    if complementizers:
        after = [(a, ref) for a, ref in before if a > complementizers[-1]]
        if after:
            return after[0][1]
    return before[0][1]


def _backed_by_turkey(actor: ActorRef | None, spans, at: int | None) -> ActorRef | None:
    """ "الجيش السوري الحر بالتعاون مع الجيش التركي", "الجيش التركي بمشاركة الجيش السوري الحر": factions
    fighting beside Turkey's army are the SNA."""
    if actor is None or actor.bloc != "opposition" or at is None:
        return actor
    for a_start, _e, ref in spans:
        if ref.bloc == "sna" and at - 6 <= a_start <= at + 6 and a_start != at:
            return ref if ref.code == "sna" else ActorRef("sna", ref.name, "sna")
    return actor


def _actor_after(index, stop, spans, tokens, norms, reach: int = 3, means: bool = False) -> ActorRef | None:
    """The side named right after a verb (verb-first: "سيطرت قوات النظام"), with only adverbs between;
    not one after a preposition or in a possessive ("حواجز لحزب الله")."""
    # "سيطرت من خلالها قوات سوريا الديمقراطية": an adverb of means between a change verb and its side
    # (after an attack verb the side is the target: "استهدفت من خلالها قوات النظام").
    skip = (
        {j for j in range(index + 1, min(len(norms), index + reach + 3)) if norms[j] in MEANS_WORDS}
        if means
        else set()
    )
    skip |= {j - 1 for j in skip if norms[j - 1] == "من"}
    for a_start, _a_end, ref in spans:
        if not (index < a_start <= index + reach + len(skip) and a_start < stop):
            continue
        between = [n for j, n in enumerate(norms[index + 1 : a_start], index + 1) if j not in skip]
        if any(n in PREPOSITIONS or n in ATTACK_NOUNS or bare_word(n) in TARGET_NOUNS for n in between):
            return None  # (not "استهدفت مواقع إرهابيي داعش": the side after a target noun is the target)
        first = norms[a_start]
        if first[:1] == "ل" and not first.startswith("ال") and a_start > index + 1:
            return None
        return ref
    return None


def _attack_agent(index: int, stop: int, spans, norms: list[str]) -> ActorRef | None:
    """The side of an attack noun written with ل: "قصف صاروخي لقوات النظام على", "استهداف الطيران
    الحربي التابع للنظام السوري مدينة تلدو" (only the weapon's words between noun and side)."""
    noun = bare_word(norms[index])
    if noun not in ATTACK_NOUN_FORMS and noun.removesuffix("ها") not in ATTACK_NOUN_FORMS:
        return None
    for a, _e, ref in spans:
        if not (index < a <= index + 6 and a < stop):
            continue
        between = norms[index + 1 : a]
        if (
            norms[a][:1] == "ل"
            and not norms[a].startswith("ال")
            and all(bare_word(n) in ATTACK_AGENT_WORDS for n in between)
        ):
            return ref
        if "من" in between and all(
            bare_word(n) in ATTACK_AGENT_WORDS or n in ("من", "قبل") or n in WEAPON_NOUNS for n in between
        ):
            return ref  # "جراء قصفها من مدفعية قوات النظام", "قصف مدفعي من قوات النظام": the agent after من
        return None
    return None


def _post_inside(norms: list[str], start: int, k: int, named: frozenset[int]) -> bool:
    """A place at k named as where a building or post taken lies ("مبنى ... في مدينة X", "نقاط بأطراف بلدة X",
    "مطار X"): the words before it, back to the change word, hold a post noun and then في/داخل/أطراف."""
    window = [j for j in range(max(start + 1, k - 6), k) if j not in named]
    words = [bare_word(norms[j]).removeprefix("ال") for j in window]
    posts = [i for i, w in enumerate(words) if w in POST_WORDS or w.removeprefix("ب") in POST_WORDS]
    if not posts:
        return False
    if words[posts[-1]] in ("مطار",) and posts[-1] >= len(words) - 2:
        return True  # "مطار منغ العسكري": the air base is named after the town
    return any(w in INSIDE_WORDS or w.removeprefix("ب") in INSIDE_WORDS for w in words[posts[-1] + 1 :])


def _at_distance(norms: list[str], k: int, named: frozenset[int]) -> bool:
    """A place measured from ("على مسافة 5 كم من مدينة X"): a distance word, then من/عن, then at most a cue."""
    window = [j for j in range(max(0, k - 5), k) if j not in named]
    last = [i for i, j in enumerate(window) if bare_word(norms[j]) in DISTANCE_WORDS]
    rest = [norms[x] for x in window[last[-1] + 1 :]] if last else []
    return bool(rest) and rest[0] in ("من", "عن") and len(rest) <= 2


def _road_end(norms: list[str], k: int, named: frozenset[int]) -> bool:
    """A place at k named as an end of a road: "الطريق بين قريتي X-Y", "طريق حلب الدولي بين X وY"."""
    words = [bare_word(norms[j]) for j in range(max(0, k - 8), k) if j not in named]
    if "بين" not in words:
        return False
    at = len(words) - 1 - words[::-1].index("بين")
    return any(
        w.removeprefix("ال") in ("طريق", "اوتستراد", "اتوستراد", "اوتوستراد")
        for w in words[max(0, at - 4) : at]
    )


def _report_words(geo, text: str) -> list[Token]:
    """The words of the whole report (the geoparser's tokens when it kept them)."""
    return [t for t in (geo.tokens if geo.tokens else tokenize(text)) if t.is_word]


def _our_side(geo, text: str, actors: ActorLexicon) -> ActorRef | None:
    """The side a statement calls "ours" (وحداتنا، قواتنا): the side named right after such a word somewhere in the
    report ("وحداتنا وحدات حماية الشعب"), else none (the word alone does not say whose forces they are)."""
    words = _report_words(geo, text)
    for k, t in enumerate(words[:-1]):
        if bare_word(t.norm) in OUR_FORCES:
            spans = _find_actors(words[k + 1 : k + 6], actors)
            if spans and spans[0][0] == 0:
                return spans[0][2]
    return None


def _occupier(geo, text: str, actors: ActorLexicon) -> ActorRef | None:
    """Whom a report means by "the occupation" (جيش الاحتلال ومرتزقته): the side it names in full with that word
    somewhere ("جيش الاحتلال التركي", "الاحتلال الروسي"), else none."""
    words = _report_words(geo, text)
    for k, t in enumerate(words):
        if bare_word(t.norm) == OCCUPATION:
            # (only the words around each "الاحتلال": most reports name no occupation at all)
            for a, e, ref in _find_actors(words[max(0, k - 3) : k + 3], actors):
                if e - a > 1 and any(
                    bare_word(w.norm) == OCCUPATION for w in words[max(0, k - 3) + a : max(0, k - 3) + e]
                ):
                    return ref
    return None


def _occupation_spans(norms: list[str], spans, occupier: ActorRef | None):
    """The sentence's sides with the bare "occupation" read as the report's occupier: "جيش الاحتلال" is not the
    state's army, and without an occupier named in full it is no side at all."""
    out = [
        (a, e, ref)
        for a, e, ref in spans
        if not (e - a == 1 and e < len(norms) and bare_word(norms[e]) == OCCUPATION)
    ]
    if occupier is None:
        return out
    covered = {k for a, e, _ref in out for k in range(a, e)}
    for k, n in enumerate(norms):
        if bare_word(n) == OCCUPATION and k not in covered:
            start = k - 1 if k > 0 and bare_word(norms[k - 1]) in ("جيش", "قوات", "مرتزقه") else k
            out.append((start, k + 1, occupier))
    return sorted(out, key=lambda span: span[0])


def _relative_subject(index: int, spans, norms: list[str]) -> ActorRef | None:
    """The side a relative clause's verb belongs to: "مع قوات سوريا الديمقراطية، التي تمكّنت من السيطرة على"."""
    rel = index - 1
    if rel >= 1 and norms[rel] in ("قد", "لقد"):
        rel -= 1
    if rel < 1 or norms[rel] not in RELATIVES:
        return None
    return next((ref for _a, e, ref in spans if e == rel), None)


LAUNCH_WORDS = {"انطلاقا", "انطلاق", "صعودا", "قادمه", "قادمين", "قادما", "قادمون"}


def _launched_from(norms: list[str], k: int) -> bool:
    """A place at k written as where an attack started: "انطلاقاً من بلدة X", "صعوداً من قرية الكبير",
    "قادمة من منطقة دوما"."""
    before = [bare_word(x) for x in norms[max(0, k - 3) : k]]
    return any(x in LAUNCH_WORDS and "من" in before[i + 1 :] for i, x in enumerate(before))


def _reference(norms: list[str], k: int, named: frozenset[int] = frozenset()) -> bool:
    """A place named as a landmark, not as the object of the change: "غربي مدينة معرة النعمان",
    "في الجهة الجنوبية لمدينة منبج", "في محيط مدينة منبج", "الواقعة شمال سد تشرين". `named` holds the
    token indices inside place names: the last word of "تل عار شرقي" is no landmark cue for the next."""
    if _road_end(norms, k, named):
        return True  # "على الطريق بين مدينتي اريحا وجسر الشغور": the road is struck, not the towns
    back = [norms[j] for j in range(max(0, k - 3), k) if j not in named]
    if back[-1:] and back[-1] in REFERENCE_CUES:
        back = back[:-1]
    if back[-2:-1] and back[-1] == "من" and bare_word(back[-2]) in NEAR_WORDS:
        return True  # "باتجاه تل سلطان القريبة من سراقب": near a landmark
    if _at_distance(norms, k, named):
        return True  # "على مسافة 5 كم من مدينة السخنة", "على بعد أربعة كيلومترات من مدينة تل رفعت"
    j = k - 1
    if j in named:
        if norms[k][:1] == "و":
            s = j
            while s - 1 in named:
                s -= 1
            if s > 0 and norms[s - 1] in ("ريفي", "بريفي", "لريفي"):
                return True  # "في ريفي تل تمر والدرباسية": both countrysides, not the towns
        return False
    if j > 0 and norms[j] == "السوريه" and norms[j - 1][-6:] == "العاصمه":
        j -= 1  # "العاصمة السورية دمشق"
    if (
        norms[k][:1] == "ل"
        and j >= 0
        and norms[j] in NAME_ADJECTIVES
        and not (j > 0 and norms[j - 1] in PART_WORDS)
    ):
        return True  # "الغوطة الشرقية لدمشق", "الريف الغربي لحلب": the city a region belongs to
    if j >= 0 and (norms[j] in REFERENCE_CUES or norms[j][1:] in REFERENCE_CUES):
        if norms[j][:1] == "ل" and norms[j][1:] in REFERENCE_CUES:
            # لمدينة: "of the city" — a landmark, unless a part of it is what was taken, or it is the
            # object of a verbal noun ("باستعادة الحكومة والقوات الحليفة لها لبلدة دير العصافير").
            before = norms[max(0, j - 8) : j]
            if any(n in PART_WORDS for n in before):
                return False
            nouns = [b for b, n in enumerate(before) if _verbal_noun(n)]
            # The verbal noun's object only when nothing else took it (السيطرة على X الملاصقة لبلدة Y).
            return not (
                nouns
                and not any(n in ("علي", "من", "في") for n in before[nouns[-1] + 1 :])
                and (j == 0 or norms[j - 1] not in LANDMARK_WORDS)
            )
        if norms[j] in ("ناحيه", "منطقه") and j > 0 and norms[j - 1] in ("في", "محور"):
            return True  # في منطقة / محور ناحية X: the district the places lie in
        if norms[j][:1] == "و" and norms[j][1:] in REFERENCE_CUES:
            return False  # "على سجن وحي غويران": a new item begins with its own cue
        j -= 1
    if j < 0:
        return False
    word = norms[j]
    if norms[k][:1] == "و" and len(norms[k]) > 3 and (word in DIRECTION_WORDS or word in AREA_OF):
        return False  # "حطين (غرب) والبريد": the direction belongs to the item before
    if any(n in ("المودي", "المؤدي", "المؤديه", "الموديه", "الواصل") for n in norms[max(0, j - 2) : j + 1]):
        return True  # "مفرق المؤدي إلى مدينة تادف": the road's end, not what was taken
    if bare_word(word) in BASE_WORDS:
        return True  # "قاعدة تفتناز الجوية", "حاجز الجديدة": a base named after the town is not the town
    if word in DIRECTION_WORDS or word in AREA_OF:
        return True  # "غربي مدينة X", "بريف عفرين"
    if word in ("محور", "جبهه", "نواحي") and j > 0 and norms[j - 1] in ("في", "اهم"):
        return True  # "قريتي كركلي وعلي بازنلي في محور شران": the front the places lie on
    if word in ("بمحور", "بجبهه"):
        return True  # "سيطرته على عدة قرى بمحور مدينة تل أبيض": the front the villages lie on
    if word in ("محيط", "بمحيط") and (word == "بمحيط" or (j > 0 and norms[j - 1] == "في")):
        return True
    if word in LANDMARK_WORDS or (word == "من" and j > 0 and norms[j - 1] in LANDMARK_WORDS):
        return True  # "على مقربة من بلدة الزربة", "خارج بلدة جرابلس", "محيطة بقرية بفليون"
    return any(n in ("الواقعه", "الواقع") for n in norms[max(0, j - 2) : j + 1])


def _strongholds(tokens, norms, mentions, s_start, spans) -> list[tuple[Mention, ActorRef]]:
    """Places named as a side's stronghold: "الباب، أبرز معاقل داعش", "إلى معقله في الرقة", "الرقة التي
    يتخذها التنظيم معقلا له", "بلدتي كفريا والفوعة اللتين تعتبران أهم معاقل النظام"."""
    out = []
    starts = [
        (_token_at(tokens, m.start - s_start), _token_at(tokens, m.end - 1 - s_start), m) for m in mentions
    ]
    for at, word in enumerate(norms):
        if bare_word(word) not in STRONGHOLD_WORDS:
            continue
        owner = next((ref for a, _e, ref in spans if a == at + 1), None)
        if owner is None and (
            bare_word(word).endswith(("ه", "ها", "هم"))
            or norms[at + 1 : at + 2] in (["له"], ["لها"], ["لهم"])
        ):
            # "معقله", "يتخذها التنظيم معقلا له": the side named last before the word.
            owner = next((ref for _a, e, ref in reversed(spans) if e <= at), None)
        if owner is None:
            continue
        after = [m for k, _end, m in starts if at < k <= at + 4 and "في" in norms[at + 1 : k]]
        before = [
            m
            for _k, end, m in starts
            if end < at and all(bare_word(x) in STRONGHOLD_LEADS for x in norms[end + 1 : at])
        ]
        if not before:
            # "بلدتي كفريا والفوعة اللتين تعتبران أهم معاقل النظام": every place of the phrase before it.
            rel = next((j for j in range(at - 1, max(-1, at - 5), -1) if norms[j] in RELATIVES), None)
            if rel is not None:
                edge = rel
                for k, end, m in sorted(starts, key=lambda x: -x[1]):
                    if end == edge - 1:
                        before.insert(0, m)
                        edge = k  # the list goes on backwards while its items touch
        for m in after[:1] or before:
            if not bare_capital(m):  # ("يبرود شمال دمشق، أحد آخر معاقل المعارضة": يبرود, not دمشق)
                out.append((m, owner))
    return out


def _named_holds(tokens, norms, mentions, s_start, spans) -> list[tuple[Mention, ActorRef]]:
    """Places a sentence says a side holds by naming them its strongholds or the site of its positions."""
    return _strongholds(tokens, norms, mentions, s_start, spans) + _positions_held(
        tokens, norms, mentions, s_start, spans
    )


def _positions_held(tokens, norms, mentions, s_start, spans) -> list[tuple[Mention, ActorRef]]:
    """Places where a side's positions are named: "أوكاراً لداعش في قرية البصيري", "مواقع قسد في قريتي صيدا
    ومعلق", "تحصينات ومقرات وآليات لتنظيم داعش في مدينتي موحسن والميادين": the side holds them; so does a side
    besieged in them ("تمكنت قسد من محاصرة التنظيم في بلدات وقرى الغسانية والكليب")."""
    out = []
    starts = sorted((_token_at(tokens, m.start - s_start), m) for m in mentions if not bare_capital(m))

    def noun(n: str, vocab: set[str]) -> bool:
        w = bare_word(n)
        return w in vocab or w.removeprefix("ال") in vocab  # (آليات is اليات: the ال there is no article)

    for at, word in enumerate(norms):
        siege = bare_word(word) in SIEGE_WORDS
        if not (noun(word, POSITION_NOUNS) or siege):
            continue
        owners = [(a, e, ref) for a, e, ref in spans if at < a <= at + 4]
        start = at + 1
        if siege and len(owners) > 1 and owners[0][0] == at + 1 and bare_word(word) in SIEGE_VERBS:
            start = owners.pop(0)[1]  # "وحاصرت قسد عناصر داعش في": the besieged follow the verb's subject
        owner = owners[0] if owners else None
        if owner is None or not all(noun(n, POSITION_NOUNS | FIGHTER_NOUNS) for n in norms[start : owner[0]]):
            continue  # (not "مواقع في محيط بلدة X التي تسيطر عليها قوات النظام": no owner of the positions)
        end = owner[1]
        places = [
            (k, m)
            for k, m in starts
            if end <= k <= end + 4
            and ("في" in norms[end:k] or norms[k][:1] == "ب")
            and all(bare_word(n) in POSITION_LINKS or bare_word(n) in REFERENCE_CUES for n in norms[end:k])
        ][:1]
        for k, m in starts:
            last = places[-1][1] if places else None
            gap = norms[_token_at(tokens, last.end - 1 - s_start) + 1 : k] if last else []
            if (
                places
                and k > places[-1][0]
                and len(gap) <= 2
                and (norms[k][:1] == "و" or gap[:1] and gap[0][:1] == "و")
            ):
                places.append((k, m))  # the list goes on: "في حيي الرشدية والصناعة وقرية الجفرة"
        out.extend((m, owner[2]) for _k, m in places)
    return out


def _framing_towns(
    places: list[Mention], m_pos: list[tuple[int, Mention]], norms: list[str], after: int
) -> list[Mention]:
    """Towns named after "في مدينة" / "بمدينة" behind another place the clause names after the trigger
    (token `after`): where that place lies ("على سجن وحي غويران في مدينة الحسكة")."""
    at = {id(m): k for k, m in m_pos}
    out = []
    for n, m in enumerate(places):
        k = at.get(id(m))
        if k is None or k < 2 or not (n > 0 or any(after < k2 < k for k2, _m in m_pos)):
            continue
        cue, prep = norms[k - 1], norms[k - 2]
        if any(
            x in PART_WORDS or x in ("بعض", "النقاط", "نقاط", "مواقع") for x in norms[max(0, k - 4) : k - 1]
        ):
            continue  # "على بعض النقاط في بلدة خشام": a part of the town is what was taken
        if (cue in ("مدينه", "بلده") and prep in ("في", "داخل")) or cue in ("بمدينه", "ببلده"):
            out.append(m)
    return out


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
            return ActorRef(code, {c: n for c, n, _ in BUILTIN_ACTORS}.get(code, code), code)
    return ActorRef(code, code, code)


def _find_actors(tokens: list[Token], actors: ActorLexicon) -> list[tuple[int, int, ActorRef]]:
    """(start, end, actor) spans, longest match first, proclitics read off the first word."""
    spans = []
    i = 0
    n = len(tokens)

    memo: dict[int, tuple | None] = {}

    def longest(at: int):
        if at in memo:
            return memo[at]
        memo[at] = found = _longest_actor(at)
        return found

    def _longest_actor(at: int):
        firsts = [f for f, _ in first_word_keys(tokens[at].text) if f in actors.first_words]
        for length in range(min(actors.max_words, n - at), 0, -1) if firsts else ():
            rest = "".join([t.key for t in tokens[at + 1 : at + length]])
            for first in firsts:
                ref = actors.by_key.get(first + rest)
                if ref:
                    return (at, at + length, ref)
        return None

    while i < n:
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
GENERIC_SIDE_WORDS = {"تنظيم", "التنظيم", "ارهابيون", "ارهابيين", "الارهابيون", "الارهابيين", "مسلحون", "مسلحين",
                      "المسلحون", "المسلحين", "مقاتلون", "مقاتلين", "متشددون", "متشددين"}  # fmt: skip
POSSESSIVE_ENDINGS = ("ته", "تها", "تهم", "تهما", "ها", "ه")
OPPOSING = {"ضد", "مع", "علي", "من", "لقوات", "بين", "امام"}


def _possessive(norm: str) -> bool:
    """A change noun with a possessive pronoun: سيطرته، استعادتها، انسحابه، تقدمها."""
    w = bare_word(norm).removeprefix("ب").removeprefix("ل")
    return any(
        w.startswith(stem) and w[len(stem) :] in POSSESSIVE_ENDINGS
        for stem in ("سيطر", "استعاد", "انسحاب", "تقدم", "دخول")
    )


def _owner(norms: list[str], spans, at: int) -> ActorRef | None:
    """The side a possessive change noun at `at` belongs to: the nearest one named in the 12 words
    before it that is not the object of ضد/مع/على/من (the side fought against), else None."""
    for a, _e, ref in reversed(spans):
        if a >= at or a < at - 12:
            continue
        if any(n in OPPOSING for n in norms[max(0, a - 4) : a]):
            continue  # "اشتبكت مع آخر تجمعات التنظيم": the enemy, however many words the phrase takes
        return ref
    return None


@lru_cache(maxsize=4096)
def _trigger_word(word: str) -> bool:
    """A normalised word that is a change word as written (its first letter is no conjunction)."""
    return word in FAILED or any(
        rx.match(word) for rx in (CAPTURE_VERBS, RECAPTURE_VERBS, WITHDREW_VERBS, HELD_VERBS, ATTACK_VERBS)
    )


def _subject_before(trig: Trigger, norms: list[str], spans, boundaries: list[int]) -> ActorRef | None:
    """The side written just before a change word (subject-verb order), or, for a verbal noun with ب or
    after قام ("قام الجيش باستهداف"), the clause's first side before it; None when there is none — or
    when that side is the object of مع/ضد/من (the enemy fought)."""
    at = trig.index
    if trig.change != "attacked":
        return None  # (captures keep the clause rules tuned on the corpus)
    for a, e, ref in spans:
        if e == at or (e == at - 1 and norms[at - 1] in ("قد", "لقد", "فقد")):
            if not any(n in OPPOSING for n in norms[max(0, a - 3) : a]):
                return ref
    masdar = trig.change == "attacked" and (
        norms[at][:1] == "ب"
        or any(bare_word(x) in ("قام", "قامت", "قاموا") for x in norms[max(0, at - 4) : at])
    )
    if masdar:
        start = max([b for b in boundaries if b < at] + [-1])
        before = [
            ref
            for a, _e, ref in spans
            if start < a < at and not any(n in OPPOSING for n in norms[max(0, a - 3) : a])
        ]
        return before[0] if before else None
    return None


def _siege_broken(norms: list[str], at: int) -> bool:
    """ "كسر/فك حصار": breaking a siege (its subject holds the place)."""
    return bare_word(norms[at]) in ("كسر", "كسرت", "كسروا", "فك", "فكت") and any(
        "حصار" in x for x in norms[at + 1 : at + 3]
    )


def _towards(norms: list[str], start: int, k: int) -> bool:
    """A place at k after إلى/نحو/باتجاه (between the trigger at `start` and it): a destination."""
    return any(bare_word(n) in TOWARDS for n in norms[start + 1 : k])


def _verbal_noun(norm: str) -> bool:
    """A change written as a noun that takes its object with ل: استعادة، باستعادة، تحرير، سيطرة."""
    w = bare_word(norm).removeprefix("ب")
    return w in ("استعاده", "تحرير", "سيطره", "السيطره", "الاستعاده", "دخول", "اقتحام")


def _bare_units(norm: str) -> bool:
    return norm in ("وحدات", "ووحدات", "الوحدات", "والوحدات")


def _is_anaphor(norm: str) -> bool:
    return norm in ("الاخير", "الاخيره")


@lru_cache(maxsize=65536)
def _matches(pattern: re.Pattern, word: str) -> bool:
    """pattern.match(word), cached: the same words come back in every report."""
    return pattern.match(word) is not None


@lru_cache(maxsize=65536)
def _trigger_form(raw: str) -> str:
    """The word as _find_triggers reads it: و/ف is a conjunction unless the word itself is a trigger
    (فشلت، فرضت، فروا، فكت), and "سيطرعلى" is a verb with its preposition typed without a space."""
    w = (
        raw[1:]
        if raw[:1] in ("و", "ف") and len(raw) > 3 and not _trigger_word(raw) and raw not in LOSS_WORDS
        else raw
    )
    if w.endswith("علي") and len(w) > 6 and _trigger_word(w[:-3]):
        w = w[:-3]
    return w


@lru_cache(maxsize=65536)
def _may_trigger(w: str) -> bool:
    """Whether any branch of _find_triggers can take the word (alone, or after a ل/ب it reads off)."""
    return any(
        x in TRIGGER_WORDS or _trigger_word(x) or any(_matches(rx, x) for rx in (RECAPTURE_VERBS, HELD_VERBS))
        for x in ((w, w[1:]) if w[:1] in "لب" else (w,))
    )


def _find_triggers(norms: list[str]) -> list[Trigger]:
    out: list[Trigger] = []
    n = len(norms)
    # Where the attempt, threat and failure words are (with or without و/ف: فشلت is not ف + شلت).
    attempt_words = ATTEMPT_WORDS | FAILED
    attempts = [
        k for k, x in enumerate(norms) if x in attempt_words or (x[:1] in "وف" and x[1:] in attempt_words)
    ]
    for k, raw in enumerate(norms):
        w = _trigger_form(raw)
        if not _may_trigger(w):
            continue  # (most words: no branch below can take them)
        passive_attack = False
        if (
            w[:1] == "ل"
            and _matches(ATTACK_VERBS, w[1:])
            and any(
                bare_word(x).removeprefix("ب").startswith(("تعرض", "يتعرض", "تتعرض"))
                for x in norms[max(0, k - 16) : k]
            )
        ):
            w, passive_attack = w[1:], True  # "تعرضت مناطق في مدينة إدلب لقصف من قبل قوات الحكومة"
        elif w[:1] == "ل" and (
            _matches(HELD_VERBS, w[1:]) or _matches(CAPTURE_VERBS, w[1:]) or _matches(WITHDREW_VERBS, w[1:])
        ):
            w = w[1:]  # لصد، لتدخل: the verb with its lam of purpose or result
        elif w[:1] == "ل" and _matches(RECAPTURE_VERBS, w[1:]) and _tried(norms, k, out):
            w = w[1:]  # "في محاولة لاستعادتها": a recapture tried (an attack, below)
        elif w[:1] == "ب" and (_matches(WITHDREW_VERBS, w[1:]) or _matches(ATTACK_VERBS, w[1:])):
            w = w[1:]  # بانسحاب، بقصف: the noun with its preposition
        # An attempt, a threat or a failure in the six words before: "فشلت قوات النظام باقتحام حي جوبر"
        # (or a capture joined by و to a tried one: "في محاولة لاقتحام الريف ... واستعادة السيطرة عليه").
        attempt = (
            bisect_left(attempts, k) > bisect_left(attempts, k - 6)
            or (raw[:1] == "و" and bool(out) and out[-1].tried and out[-1].index >= k - 12)
            # "ببدء معركة تحرير دير الزور": a battle named for the capture it aims at
            or (k > 0 and bare_word(norms[k - 1]) in ("معركه", "لمعركه", "بمعركه", "معركتها", "معركته"))
        )

        if w in NO_PROGRESS and k > 0 and norms[k - 1] in ("لم", "ولم"):
            out.append(Trigger("held", k, actor_after=True, flip=True))
            continue
        if w in FAILED and any(
            bare_word(norms[j]).removeprefix("ب").removeprefix("في") in ("اقتحام", "دخول")
            for j in range(k + 1, min(n, k + 6))
        ):
            out.append(Trigger("attacked", k, actor_after=True))  # "فشلت قوات النظام باقتحام حي جوبر"
            continue
        if w in FAILED and any(norms[j].endswith("تقدم") for j in range(k + 1, min(n, k + 4))):
            out.append(Trigger("held", k, actor_after=False, flip=True))
            continue
        if (
            w in ("رفع", "رفعت", "رفعوا", "ثبت", "ثبتت", "ثبتوا", "يرفع", "ترفع")
            and any(bare_word(x).removeprefix("ال") in ("علم", "راية", "رايه") for x in norms[k + 1 : k + 4])
            and not attempt
        ):
            out.append(Trigger("captured", k, actor_after=True))  # "رفع الجيش العلم السوري في بلدة X"
            continue
        if (
            w in ("اخلت", "اخلي", "اخلوا", "تخلي", "يخلي")
            and not any(x in ("سبيل", "سبيله", "سبيلهم") for x in norms[k + 1 : k + 4])
            and not attempt
        ):
            out.append(Trigger("withdrew", k, actor_after=True))  # "أخلت قسد مواقعها في بلدة X"
            continue
        if w in ("مهدت", "مهد", "تمهيد", "يمهد", "تمهد") and any(
            bare_word(x).removeprefix("ال") in PREPARATORY_FIRE for x in norms[k + 1 : k + 4]
        ):
            out.append(Trigger("attacked", k, actor_after=True))  # "مهّدت بقذائف المدفعية على بلدات X"
            continue
        if w in ("القت", "القي", "القوا", "يلقي", "تلقي") and any(
            bare_word(x).removeprefix("ال") in DROPPED_WEAPONS for x in norms[k + 1 : k + 5]
        ):
            out.append(Trigger("attacked", k, actor_after=True))  # "ألقت مروحيات النظام براميل متفجرة على"
            continue
        if w in ("التقدم", "بالتقدم") and attempt and _tried(norms, k, out):
            out.append(Trigger("attacked", k, actor_after=True, tried=True))  # "تحاول جبهة النصرة التقدم نحو"
            continue
        if w in LOSS_WORDS and _control_noun_after(norms, k):
            out.append(Trigger("withdrew", k, actor_after=True))  # "التي فقد السيطرة عليها العام الماضي"
            continue
        if (
            w in ("اعاده", "باعاده", "اعاد", "اعادت")
            # (the side may come between: "حيث أعادت قواته السيطرة عليها")
            and "السيطره" in norms[k + 1 : k + (2 if w.endswith("ه") else 4)]
            and not attempt
        ):
            if out and out[-1].index >= k - 3 and out[-1].change == "captured":
                out[-1].change = "recaptured"  # "تمكنت من إعادة السيطرة على": one change, taken back
            else:
                out.append(Trigger("recaptured", k, actor_after=True))  # "بعد إعادة السيطرة على مدينة يبرود"
            continue
        if _matches(RECAPTURE_VERBS, w):
            if not attempt:
                out.append(Trigger("recaptured", k, actor_after=True))
            elif _tried(norms, k, out):
                out.append(
                    Trigger("attacked", k, actor_after=True, tried=True)
                )  # "في محاولة لاستعادة البلدة"
            continue
        if _matches(WITHDREW_VERBS, w):
            out.append(Trigger("withdrew", k, actor_after=True))
            continue
        if _matches(HELD_VERBS, w):
            if w in ("كسر", "كسرت", "فك", "فكت", "كسروا") and not any(
                "حصار" in x for x in norms[k + 1 : k + 3]
            ):
                continue
            out.append(Trigger("held", k, actor_after=False))
            continue
        if (
            w in ("سيطره", "سيطرته", "سيطرتها")
            and k > 0
            and norms[k - 1] == "تحت"
            and any(bare_word(x) in STILL_WORDS | REMAINED_WORDS for x in norms[max(0, k - 5) : k - 1])
        ):
            # "فلا يزال تحت سيطرة النظام", "وبقي تحت سيطرة داعش ... بلدة الباغوز": still held by who follows.
            out.append(Trigger("held", k, actor_after=True, actor_from=k, still=True))
            continue
        if w in ("سيطره", "السيطره", "لسيطره", "بسيطره", "بالسيطره", "للسيطره"):
            prev = norms[k - 1] if k else ""
            paved = k > 0 and bare_word(norms[k - 1]) in ("مهد", "مهدت", "يمهد", "تمهد")
            if (
                attempt
                or (w.startswith("ل") and not paved)  # (لسيطرة: "in order to", but "مهد للسيطرة" took it)
                or prev in ("تحت",)
                or bare_word(prev) in ("فقد", "يفقد", "تفقد")  # "فقد السيطرة": lost (ف + قد reads on)
                or (
                    not paved  # (a capture the recapture paved the way for is its own)
                    and any(
                        _matches(RECAPTURE_VERBS, bare_word(x)) or x in RESUME_VERBS
                        for x in norms[max(0, k - 8) : k]
                    )
                )
                # "استعاد مقاتلو جيش الأمة التابع للجيش الحر، اليوم الثلاثاء، السيطرة على": the recapture,
                # however far its noun from the verb.
                or (not paved and out and out[-1].change == "recaptured" and out[-1].index >= k - 14)
                or prev == "من"
                and any(t.index >= k - 8 and t.change in ("captured", "recaptured") for t in out)
            ):
                continue  # "من سيطرة التنظيم" after a capture: the side it was taken from
            if out and out[-1].index >= k - 3 and out[-1].change == "captured":
                continue  # تمكنت من السيطرة على: one capture
            out.append(Trigger("captured", k, actor_after=True, noun=True))
            continue
        if w in ("خسارته", "خسارتها", "خسر", "خسرت", "خسروا", "بخسارته", "بخسارتها", "بخساره"):
            out.append(Trigger("withdrew", k, actor_after=True))  # "أقر الجيش بخسارته مدينة حماة": lost it
            continue
        if w in ("حصار", "الحصار") and out and out[-1].change == "held" and out[-1].index >= k - 2:
            continue  # "كسر حصار فرضه التنظيم على المدينة": the siege broken is the hold just found
        if (
            w in SIEGE_WORDS
            and not attempt  # (not "تحاول قوات النظام إطباق الحصار على")
            and not (k + 1 < n and strip_article(bare_word(norms[k + 1])) in UNIT_WORDS)
        ):  # (not "محاصرة اللواء 61 في بلدة X": a base besieged, not the town)
            # A siege: attacked, no change yet ("تمكنت قسد من محاصرة التنظيم": the noun's side is the subject's).
            out.append(Trigger("attacked", k, actor_after=w not in ("محاصره", "بمحاصره")))
            continue
        if w in ("تخضع", "يخضع", "تخضعان", "يخضعان", "تخضعات", "الخاضعه", "الخاضع", "خاضعه") and any(
            x.endswith("سيطره") for x in norms[k + 1 : k + 3]
        ):
            # "بين منطقتي تعلا والجنينة، اللتين تخضعان لسيطرة قوات الأسد": held by who follows.
            out.append(Trigger("held", k, actor_after=True, relative=True))
            continue
        if w in ("باتت", "بات", "اصبحت", "اصبح", "صارت", "اضحت") and not attempt:
            # "وباتت أحياء الشيخ خضر والشيخ فارس ... تحت السيطرة": now under (the subject's) control.
            under = next(
                (
                    j
                    for j in range(k + 2, min(n - 1, k + 30))
                    if norms[j] == "تحت" and norms[j + 1].endswith(("سيطره", "سيطرته", "سيطرتها", "سيطرتهم"))
                ),
                None,
            )
            if under is not None:
                out.append(Trigger("captured", k, actor_after=False, until=under, actor_from=under + 1))
            continue
        if (
            (w in ("بيد", "بايدي", "بقبضه") or (w in ("ايدي", "يد", "قبضه") and norms[k - 1] == "في"))
            and k > 0
            and not attempt
        ):
            before = {bare_word(x) for x in norms[max(0, k - 16) : k]}
            if before & {"كان", "كانت", "كانوا"}:
                continue  # "كانت بيد الوحدات": who held it before, not a claim
            if before & {"ستكون", "سيكون", "ناريا", "الساقطتين", "الساقطه", "ساقطه"}:
                continue  # "ستكون قريتا X وY بحكم الساقطتين نارياً بيد قوات النظام": in range, not taken
            if before & {"سقط", "سقطت", "وقعت", "وقع", "تسقط", "يسقط"}:
                # "وسقطت آخر تجمعات داعش في قرية القصير بأيدي وحدات من الجيش": taken by who follows.
                out.append(Trigger("captured", k, actor_after=True, relative=True))
                continue
            # "تل رفعت ومنبج، اللتان تقعان منذ 2016 بيد قوات سوريا الديمقراطية": held by who follows.
            out.append(Trigger("held", k, actor_after=True, relative=True))
            continue
        if w in DEPLOY_WORDS and not attempt and "في" in norms[k + 1 : k + 9]:
            # "انتشرت وحدات الجيش في مدينة الدرباسية", "تمركزت في تل عفر": deployed there, so held.
            relative = k > 0 and norms[k - 1] in RELATIVES
            out.append(Trigger("held", k, actor_after=True, relative=relative, strict=True))
            continue
        if (
            w in ("يسيطر", "تسيطر", "يسيطرون", "تسيطران")
            and k > 0
            and (
                norms[k - 1] in RELATIVES
                # "أحياء الخالدية وباب هود، وهي مناطق تسيطر عليها قوات المعارضة": a noun phrase that works as one
                or (k > 1 and norms[k - 2] in ("وهي", "هي", "وهو", "وهما") and norms[k - 1] in AREA_NOUNS)
            )
        ):
            out.append(Trigger("held", k, actor_after=True, relative=True))  # "التي تسيطر عليها X"
            continue
        if w in FORCE_VERBS and any(
            norms[j] == "علي" and bare_word(norms[j + 1]) in ("الانسحاب", "الخروج", "التراجع", "الفرار")
            for j in range(k + 1, min(n - 1, k + 7))
        ):
            if not attempt:
                # "أجبر الجيش الحر كتائب الأسد على الانسحاب من قرية X": an expulsion (blind36's rule).
                out.append(Trigger("captured", k, actor_after=False, expel=True))
            continue
        if w in EXPEL_VERBS:
            if not attempt:
                out.append(Trigger("captured", k, actor_after=False, expel=True))  # X طرد Z من Y
            continue
        if w in ("عاد", "عادت", "عادوا", "يعود", "تعود") and any(
            x in ("اليه", "اليها", "الي", "الى") for x in norms[k + 1 : k + 5]
        ):
            out.append(Trigger("recaptured", k, actor_after=True))  # "عاد لواء التوحيد اليوم إلى حي X"
            continue
        if (
            w in ("خرجت", "خرج", "خرجوا", "خروج", "بخروج")
            and "من" in norms[k + 1 : k + 8]
            and not attempt
            and not any(bare_word(x).removeprefix("ال") in CIVILIAN_WORDS for x in norms[k + 1 : k + 5])
        ):  # (not "خروج المصلين من تأدية صلاة الجمعة", "خروج عدد من عائلات الغوطة": civilians leave, no side)
            # "خرجت آخر مجموعات مسلحي المعارضة من حمص القديمة": they left the place named after من.
            out.append(Trigger("withdrew", k, actor_after=True))
            continue
        if w in ("القضا", "بالقضا", "قضت", "قضي", "قضوا") and norms[k + 1 : k + 2] == ["علي"] and not attempt:
            # SANA: "تم القضاء على مجموعات إرهابية في قرى X وY": fighting in the places named after it.
            out.append(Trigger("attacked", k, actor_after=False))
            continue
        if w in ("تسلل", "تسللت", "تسللوا", "يتسلل", "تتسلل") and any(
            x in TOWARDS for x in norms[k + 1 : k + 3]
        ):
            out.append(
                Trigger("attacked", k, actor_after=True)
            )  # "تسللوا إلى قرى X": an incursion, no change
            continue
        if passive_attack:
            out.append(Trigger("attacked", k, actor_after=True, passive=True))
            continue
        if w in RESUME_VERBS and any(x.endswith("سيطره") for x in norms[k + 1 : k + 5]):
            out.append(Trigger("recaptured", k, actor_after=True))  # "عاودت المعارضة السيطرة عليها"
            continue
        if w in ("تقدم", "تقدمت", "تقدموا") and not attempt:
            # "تقدمت ... إلى قرية الرشادية", "تقدمت في عشرات البلدات، من بينها بلدة X": advanced into named
            # places (not نحو/باتجاه: towards them).
            ahead = norms[k + 1 : k + 7]
            if any(
                x in ("الى", "الي", "في")
                and any(
                    y in REFERENCE_CUES | {"داخل"}
                    or y in ADVANCE_PLURALS
                    or y.removeprefix("ال") in ADVANCE_PLURALS
                    for y in ahead[n + 1 : n + 3]
                )
                and (x != "في" or not any(y in AREA_OF for y in ahead[n + 1 : n + 2]))
                for n, x in enumerate(ahead)
            ):
                out.append(Trigger("captured", k, actor_after=True))
            continue
        if w in ("يسيطر", "تسيطر") and any(bare_word(x) in STILL_WORDS for x in norms[max(0, k - 5) : k]):
            out.append(Trigger("held", k, actor_after=False))  # "ما زال داعش يسيطر على": still holds
            continue
        if w in ("يسيطر", "تسيطر") and k > 0 and norms[k - 1] in ("كان", "كانت", "وكان", "وكانت"):
            continue  # "كان يسيطر عليها الجيش التركي": who held it before, not a change
        if _matches(CAPTURE_VERBS, w):
            # "تمكنت الفصائل من صد الهجوم الذي نفذته قوات النظام في اقتحام القريتين": a storming repelled.
            repelled = w in ("اقتحام", "باقتحام", "دخول", "تقدم") and any(
                bare_word(x).removeprefix("ل") in REPULSE_WORDS for x in norms[max(0, k - 8) : k]
            )
            if any(
                _trigger_form(norms[j]) in LOSS_WORDS and _control_noun_after(norms, j)
                for j in range(max(0, k - 4), k)
            ):
                continue  # "بعد فقدان النظام سيطرته عليها": the control lost, read above
            if attempt and not repelled and _tried(norms, k, out):
                out.append(
                    Trigger("attacked", k, actor_after=True, tried=True)
                )  # "يحاول المسلحون التقدم نحو"
                continue
            if attempt or repelled:
                continue
            if (
                w.startswith("سيطرت")
                and len(w) > 5
                and any(_matches(RECAPTURE_VERBS, bare_word(x)) for x in norms[max(0, k - 10) : k])
            ):
                continue  # "بعد استعادة سيطرتها على تل ترعي", "واستعاد النظام، مدعوما ب...، سيطرته": one recapture
            if (
                w.startswith("سيطرت")
                and len(w) > 5
                and k > 0
                and bare_word(norms[k - 1]) in ("مناطق", "منطقه")
            ):
                continue  # "من مناطق سيطرتهم في حمص": the areas they hold, no capture told
            if (
                w in ("سيطرت", "سيطر", "سيطروا", "استولت", "استولي")
                and k > 0
                and norms[k - 1] in RELATIVES
                and any(x in PRONOUN_OBJECTS for x in norms[k + 1 : k + 3])
            ):
                # "مدينتي تلبيسة والرستن، التي سيطرت عليهما الفصائل": the places before the relative were taken.
                out.append(Trigger("captured", k, actor_after=True, relative=True))
                continue
            if w in ("تحرير",) and k + 1 < n and norms[k + 1] in ("هذا", "هذه", "الخبر", "التقرير"):
                continue  # "حتى ساعة تحرير هذا الخبر": the time of writing, not a liberation
            if w in ("تحرير",) and k + 1 < n and bare_word(norms[k + 1]) in ("الشام", "سوريا", "سوريه"):
                continue  # "هيئة تحرير الشام", "مقاتلي تحرير الشام": the group's name, not a liberation
            if w in ("تمكن", "تمكنت", "تمكنوا", "يتمكن"):
                # The side may stand between: "تمكنت قوات الجيش الوطني من السيطرة".
                nxt = norms[k + 1 : k + 8]
                if "من" in nxt:
                    nxt = nxt[nxt.index("من") : nxt.index("من") + 3]
                if not any(x.endswith("سيطره") or x in ("دخول", "تحرير", "تطهير") for x in nxt):
                    continue
                if any(_matches(RECAPTURE_VERBS, x) for x in nxt):
                    continue  # تمكنت من استعادة: the recapture that follows is the change
            if w in ("تقدم", "تقدمت"):
                continue  # an advance towards a place is not its capture
            if w in ("اعاد", "اعادت", "اعاده", "باعاده", "لاعاده") and not any(
                x in ("الامن", "الاستقرار") for x in norms[k + 1 : k + 16]
            ):  # (SANA: "أدت إلى إعادة الأمن والاستقرار إلى قرى X" is a capture)
                continue
            if w in ("فرض", "فرضت", "بسط", "بسطت", "احكم", "احكمت", "يحكم", "احكام") and not any(
                "سيطر" in x or "قبضت" in x or x in ("الامن", "الامان") for x in norms[k + 1 : k + 9]
            ):  # (SANA: "بسطت الأمن والاستقرار في بلدات ...")
                continue
            out.append(Trigger("captured", k, actor_after=True))
            continue
        if _matches(ATTACK_VERBS, w):
            prev = norms[k - 1] if k else ""
            if (
                out
                and out[-1].change == "held"
                and not out[-1].strict
                and (out[-1].index >= k - 3 or (out[-1].index >= k - 6 and w in ATTACK_NOUNS))
            ):
                continue  # "صدت هجوما": part of the change already found
            # "بعد قصف", "جراء استهداف": the cause of a change the sentence states (dropped below when it
            # states one); alone ("قتل مدنيون جراء استهداف الطيران ... مدينة تلدو") it is the attack itself.
            cause = any(
                x in ("بعد", "اثر", "عقب", "جراء") for x in norms[max(0, k - 4) : k]
            ) and not _possessive(w)  # ("بعد قصفها ... أماكن في بلدات X": its own earlier attack)
            out.append(Trigger("attacked", k, actor_after=True, cause=cause))
            continue
        if w in ("حاولت", "حاول", "حاولوا") and any(
            x.endswith(("تقدم", "التسلل", "اقتحام")) for x in norms[k + 1 : k + 20]
        ):
            if any(x in REPULSE_WORDS or x[1:] in REPULSE_WORDS for x in norms[k + 1 :]):
                # Pushed back: the defender holds the target (the side opposite the attacker).
                out.append(Trigger("held", k, actor_after=True, flip=True, repelled=True))
            elif any(x.endswith("تقدم") for x in norms[k + 1 : k + 3]):
                out.append(Trigger("attacked", k, actor_after=True))
    for t in out:
        if t.change == "captured" and _again(norms, t.index):
            t.change = "recaptured"  # "استطاع الجيش السيطرة مجدّداً على بلدة خناصر": taken back
        elif t.change == "captured" and _become_present(norms, t.index):
            t.change = "held"  # "بات تنظيم داعش يسيطر على أجزاء"، "اصبحوا يفرضون سيطرتهم على": now holds
        elif t.change == "captured" and _storm_with_purpose(norms, t.index):
            t.change = "attacked"  # "اقتحمت بلدة حزارين بالدبابات لاستعادتها من النصرة": not taken yet
    if any(t.change != "attacked" for t in out):
        out = [t for t in out if not t.cause]
    return out


def _control_noun_after(norms: list[str], k: int) -> bool:
    """ "فقد السيطرة", "فقد نظام بشار الأسد سيطرته على": control as a noun within four words after a loss
    word (not "فقد سيطرت القوات": so + قد + a verb)."""
    return any(x in ("السيطره", "سيطرته", "سيطرتها", "سيطرتهم") for x in norms[k + 1 : k + 5])


def _tried(norms: list[str], k: int, found: list[Trigger]) -> bool:
    """A capture word just after a word of trying ("في محاولة لاستعادة", "بهدف السيطرة على"): an attack
    on the place, unless the attempt already gave its change (pushed back, failed)."""
    if found and found[-1].index >= k - 8 and found[-1].change in ("held", "attacked"):
        return False
    if any(bare_word(x).removeprefix("ل") in REPULSE_WORDS for x in norms[max(0, k - 20) : k]):
        return (
            False  # "تصدت الكتائب لمحاولة قوات النظام التقدم على بلدة X": pushed back, the hold is the claim
        )
    return any(bare_word(x) in TRY_WORDS for x in norms[max(0, k - 6) : k])


def _speakers_side(norms: list[str], a: int, at: int, complementizers: list[int]) -> bool:
    """A side named as a speaker's ("القيادي في لواء التحرير بالجيش الحر، أفاد أن القوات المشتركة تقدمت"), before the
    أن of what the speaker says, when what follows has a subject of its own (not "إنهم سيطروا": they, the speaker's)."""
    marks = [c for c in complementizers if a < c < at]
    if not marks or not any(bare_word(norms[j]) in SPEAKER_WORDS for j in range(max(0, a - 5), a)):
        return False
    return not any(n in SPEAKER_PRONOUNS for n in norms[marks[-1] : at])


SPEAKER_PRONOUNS = {"انهم", "انه", "انها", "انهما", "اننا", "بانهم", "بانه", "بانها", "وانهم"}
SPEAKER_WORDS = {"القيادي", "قيادي", "المتحدث", "متحدث", "الناطق", "ناطق", "باسم", "عضو", "المسؤول", "مسؤول",
                 "القائد", "قائد", "مسؤولي", "قياديين", "مصدر", "مصادر"}  # fmt: skip
ABILITY_VERBS = {"استطاع", "استطاعت", "استطاعوا", "نجح", "نجحت", "نجحوا", "تمكن", "تمكنت", "تمكنوا"}
STORM_VERBS = {"اقتحم", "اقتحمت", "اقتحموا", "تقتحم", "يقتحم"}
PURPOSE_CAPTURES = {"لاستعادتها", "لاستعادته", "لاستعاده", "للسيطره", "لطرد", "لتحريرها", "لتحريره", "لتحرير"}


def _storm_with_purpose(norms: list[str], k: int) -> bool:
    """A storming followed by its aim ("اقتحمت بلدة X لاستعادتها"): the fight for the place, not its capture."""
    return bare_word(norms[k]) in STORM_VERBS and any(x in PURPOSE_CAPTURES for x in norms[k + 1 : k + 9])


IMPOSING_PRESENT = {"يفرض", "تفرض", "يفرضون", "يبسط", "تبسط", "يبسطون", "يحكم", "تحكم", "يحكمون"}
BECOME_WORDS = {"بات", "باتت", "باتوا", "اصبح", "اصبحت", "اصبحوا", "صار", "صارت", "صاروا", "اضحي", "اضحت"}


def _become_present(norms: list[str], k: int) -> bool:
    """A capture verb in the present after "became" (بات/أصبح ... يسيطر): a state now held, not a change."""
    w = bare_word(norms[k])
    if w[:1] not in ("ي", "ت") and not (k > 0 and bare_word(norms[k - 1]) in IMPOSING_PRESENT):
        return False  # (or the control noun after a verb in the present: "اصبحوا يفرضون سيطرتهم على")
    return any(bare_word(x) in BECOME_WORDS for x in norms[max(0, k - 4) : k])


def _again(norms: list[str], k: int) -> bool:
    """ "مجدداً", "ثانيةً", "من جديد" in the words after a capture word (the place was the side's before)."""
    ahead = norms[k + 1 : k + 4]
    return any(x in AGAIN_WORDS for x in ahead) or any(
        a == "من" and b == "جديد" for a, b in zip(ahead, ahead[1:], strict=False)
    )


# Every word _find_triggers compares with `w in ...` (besides its regular expressions): a word outside these
# and the expressions is passed over at once.
TRIGGER_WORDS = {
    "مهدت",
    "مهد",
    "تمهيد",
    "يمهد",
    "تمهد",
    "رفع",
    "رفعت",
    "رفعوا",
    "ثبت",
    "ثبتت",
    "ثبتوا",
    "يرفع",
    "ترفع",
    "اخلت",
    "اخلي",
    "اخلوا",
    "تخلي",
    "يخلي",
    "ايدي",
    "يد",
    "قبضه",
    "القت",
    "القي",
    "القوا",
    "يلقي",
    "تلقي",
    "فقدان",
    "بفقدان",
    "لفقدان",
    "فقد",
    "فقدت",
    "فقدوا",
    "يفقد",
    "تفقد",
    "التقدم",
    "بالتقدم",
    "احكم",
    "احكمت",
    "اصبح",
    "اصبحت",
    "اضحت",
    "اعاد",
    "اعادت",
    "اعاده",
    "اقتحام",
    "الحصار",
    "الخاضع",
    "الخاضعه",
    "السيطره",
    "القضا",
    "بات",
    "باتت",
    "باعاده",
    "باقتحام",
    "بالسيطره",
    "بالقضا",
    "بايدي",
    "بخروج",
    "بخسارته",
    "بخسارتها",
    "بخساره",
    "بسط",
    "بسطت",
    "بسيطره",
    "بقبضه",
    "بيد",
    "تتسلل",
    "تحرير",
    "تخضع",
    "تخضعات",
    "تخضعان",
    "تسلل",
    "تسللت",
    "تسللوا",
    "تسيطر",
    "تسيطران",
    "تعود",
    "تقدم",
    "تقدمت",
    "تقدموا",
    "تمكن",
    "تمكنت",
    "تمكنوا",
    "حاول",
    "حاولت",
    "حاولوا",
    "حصار",
    "خاضعه",
    "خرج",
    "خرجت",
    "خرجوا",
    "خروج",
    "خسارته",
    "خسارتها",
    "خسر",
    "خسرت",
    "خسروا",
    "دخول",
    "سيطره",
    "صارت",
    "عاد",
    "عادت",
    "عادوا",
    "فرض",
    "فرضت",
    "فك",
    "فكت",
    "قضت",
    "قضوا",
    "قضي",
    "كسر",
    "كسرت",
    "كسروا",
    "لاعاده",
    "لسيطره",
    "للسيطره",
    "يتسلل",
    "يتمكن",
    "يحكم",
    "يخضع",
    "يخضعان",
    "يسيطر",
    "يسيطرون",
    "يعود",
} | (RESUME_VERBS | DEPLOY_WORDS | NO_PROGRESS | FAILED | EXPEL_VERBS | SIEGE_WORDS | FORCE_VERBS)


add_normalised_forms(globals())  # (words are compared normalised: خسائر -> خساير, على -> علي)


def mention_key(surface: str) -> str:
    return name_key(surface)


__all__ = [
    "read_report",
    "extract_claims",
    "dates_in",
    "clean_input",
    "ActorLexicon",
    "Reading",
    "DraftClaim",
    "norm_word",
]
