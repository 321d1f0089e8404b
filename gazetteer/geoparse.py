"""Text -> place mentions: gazetteer-driven longest match over normalised words, resolved jointly.

Words are matched against the in-memory name index (`gazetteer.selectors.NameIndex`, or any object with
`by_key` and `places`, and optionally `matches(text)`), longest span first, with proclitics (و ب ل ف)
peeled off the first word. Cue words (بلدة، قرية، تل، حرش، محور ...) and plural cues with their lists
(قرى X وY وZ) also yield names the gazetteer lacks, which come back unresolved with their sentence.
Governorate phrases (ريف إدلب الجنوبي، شمال حماة، بريف اللاذقية الشرقي) give context; so do the other
places named, since one report's places usually lie within tens of kilometres of each other.
Names of people and organisations (after الناشط، المراسل ...; quoted المركز ...) are never places.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from gazetteer.normalize import (
    add_normalised_forms,
    bare_word,
    clitic_variants,
    name_key,
    normalize_text,
    strip_article,
    word_key,
)
from gazetteer.ordinary_words import is_ordinary

# --- vocabulary (normalised forms: teh marbuta -> heh, alef forms -> bare alef, alef maksura -> yeh) ---

# Singular cue words and the kind of place they announce.
CUES = {
    "بلده": "village", "قريه": "village", "مدينه": "city", "ناحيه": "town", "تل": "hill", "تله": "hill",
    "حرش": "woods", "احراش": "woods", "محور": "front", "جبهه": "front", "حي": "neighbourhood",
    "منطقه": "area", "جبل": "mountain", "مزرعه": "farm", "معبر": "crossing",
    "سد": "dam", "مخيم": "camp", "حاجز": "checkpoint", "كتيبه": "base", "فوج": "base", "قلعه": "castle",
    "بلدتي": "village", "قريتي": "village", "حيي": "neighbourhood", "مدينتي": "city", "تلول": "hill",
    "منطقتي": "area", "بلدتا": "village", "قريتا": "village", "مدينتا": "city", "تلتي": "hill",
    "تلتا": "hill",
}  # fmt: skip
# Cues whose name keeps the cue word (تل عاس is a hill called Tell As; حرش عابدين is Abdin's woods).
NAMED_CUES = {"تل", "تله", "تلول", "حرش", "جبل", "مزرعه", "سد", "معبر", "مخيم", "قلعه"}
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
    )
}  # fmt: skip (normalised: احياء is written احيا)
# Words before a place (prepositions and position words).
LOCATIVES = {
    "في", "على", "علي", "من", "الى", "الي", "نحو", "قرب", "محيط", "مشارف", "اطراف", "باتجاه", "حتى",
    "حتي", "بين", "عن", "داخل", "غرب", "شرق", "شمال", "جنوب", "غربي", "شرقي", "شمالي", "جنوبي",
    "بلدات", "قري", "مدن", "تخوم", "اتجاه", "مدخل", "وسط", "ضواحي", "جوار", "مطار", "محطه", "محيطي",
}  # fmt: skip
DIRECTIONS = {
    "شمال": "north", "شمالي": "north", "الشمالي": "north", "جنوب": "south", "جنوبي": "south",
    "الجنوبي": "south", "شرق": "east", "شرقي": "east", "الشرقي": "east", "غرب": "west", "غربي": "west",
    "الغربي": "west", "الشمالي الغربي": "north-west", "الجنوبي الشرقي": "south-east",
    "الشمالي الشرقي": "north-east", "الجنوبي الغربي": "south-west",
}  # fmt: skip
AREA_WORDS = {"ريف", "ريفي", "ارياف", "محافظه", "محافظتي", "بادية", "باديه"}
# Words after which the next two or three words name a person or an organisation.
PERSON_TITLES = {
    "الناشط", "ناشط", "المراسل", "مراسل", "القائد", "العميد", "اللواء", "النقيب", "العقيد", "الرائد",
    "الملازم", "المقدم", "المتحدث", "الناطق", "مدونه", "الصحفي", "الاعلامي", "مدير", "الرئيس",
    "القيادي", "عضو", "السيد", "الدكتور", "المحافظ", "محافظ", "الوزير", "الجنرال", "الميجور",
}  # fmt: skip
# First names that start a two- or three-word person name (هادي العبد الله، محمد كركص).
FIRST_NAMES = {
    "محمد", "احمد", "هادي", "ناجي", "رامي", "فرهاد", "عمر", "حسن", "حسين", "مصطفي", "خالد",
    "عبد", "عبدالله", "ابراهيم", "يوسف", "سعيد", "شرفان", "شيرفان", "ريدور", "نواف", "طلال", "بشار",
    "حافظ", "ماهر", "سهيل", "عصام", "وليد", "جيهان", "تيمور", "رجب", "فلاديمير", "سيرغي", "غسان",
}  # fmt: skip
# Quoted names starting with these words are organisations, not places.
ORG_WORDS = {
    "المركز", "الهيئه", "المرصد", "الجبهه", "الجيش", "حركه", "هيئه", "جيش", "لواء", "فيلق", "غرفه",
    "تجمع", "شبكه", "وكاله", "قوات", "مجلس", "المجلس", "حزب", "تنظيم", "فرقه", "الفرقه", "كتائب",
    "منصه", "مدونه", "جبهه", "الائتلاف", "حمله", "عمليه", "معركه", "التحالف", "وحدات", "الوحدات",
    "قسد", "داعش", "سرايا", "المعرف", "الاداره", "اداره", "احرار",
}  # fmt: skip
# "part of" words inside a list of places (وجزء من، وأجزاء من، ومعظم).
PART_OF_WORDS = {normalize_text(w) for w in ("جزء", "اجزاء", "معظم", "بعض", "كامل", "غالبيه", "اغلب")}
# Roads named after the towns they join: the towns are no mentions there.
ROAD_WORDS = {normalize_text(w) for w in ("طريق", "الطريق", "طريقي", "اوتستراد", "الاوتستراد", "اتوستراد",
                                           "الاتوستراد", "اوتوستراد", "الاوتوستراد", "اتستراد", "الاتستراد", "لطريق",
                                           "بطريق", "طريقا", "للطريق", "بالطريق")}  # fmt: skip
ROAD_ADJECTIVES = {normalize_text(w) for w in ("الدولي", "الدولية", "السريع", "الرئيسي", "العام", "القديم")}
TANWEEN = set("\u064b\u064c\u064d")  # ً ٌ ٍ
STRIKE_WORDS = {"قصف", "هجوم", "غارات", "غاره", "استهداف", "اشتباكات", "معارك", "حصار", "تقدم"}
# Prepositions after which a governorate's bare name is its city (في حمص، نحو حلب).
CAPITAL_PREPOSITIONS = {"في", "من", "الى", "الي", "نحو", "حتي", "داخل", "باتجاه", "اتجاه"}
COMPLEMENTIZER_WORDS = {"ان", "انه", "انها", "بان"}
# Mountain ranges and plains written "جبل X": regions, not localities (the corpus rules).
REGION_NAMES = {normalize_text(w) for w in ("الاكراد", "التركمان", "الزاويه", "الحص", "العرب", "القلمون",
                                             "الشيخ", "الاربعين", "الغاب", "حوران", "السماق", "البلعاس")}  # fmt: skip
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
    r"(?:^|[\s(«“\"])[وف]?[بل]?(?:ريف|ريفي|أرياف|ارياف)\s+(?:(?:مدينة|مدينه|بلدة|بلده|ناحية|ناحيه|منطقة|منطقه)\s+)?[\"“«]?$"
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
HOMONYM_KM = 30.0  # the farthest a name with several places is believed from the report's other places
CITY_KINDS = {"city", "town"}
TYPO_BASE = 0.45  # score of a same-length-or-one-letter-off Arabic spelling (an outlet's typo)
FOREIGN_KM = 30.0  # how close to the report's places a town outside Syria must lie
TYPO_KM = 15.0
# Match reasons of weak candidates: believed only within TYPO_KM of the report's other places, and never
# used themselves as context for the others.
WEAK_MATCHES = ("typo", "qualifier")
QUALIFIER_BASE = 0.6  # a name found with a qualifier the report left out (كبيرة، التحتا ...)
# Words that tell same-name villages apart and that reports often leave out (keys: articles off).
SIZE_QUALIFIERS = frozenset(
    normalize_text(w) for w in ("كبير", "كبيرة", "صغير", "صغيرة", "كبرى", "صغرى", "فوقاني", "تحتاني")
)
NAME_QUALIFIERS = tuple(
    normalize_text(w).removeprefix("ال")
    for w in ("كبيره", "صغيره", "كبير", "صغير", "تحتا", "فوقا", "تحتاني", "فوقاني", "التحتاني", "الفوقاني",
              "شرقي", "غربي", "شماليه", "جنوبيه", "شرقيه", "غربيه", "شمالي", "جنوبي", "الكبري", "الصغري")
)  # fmt: skip  # how close to the article's other places a typo candidate must lie
LATIN_ONLY_MIN = 0.7  # transliteration score a Latin-only place (Wikipedia map hills) needs


# --- results ---------------------------------------------------------------------------------------


@dataclass
class Token:
    text: str
    norm: str
    start: int
    end: int
    is_word: bool

    @property
    def key(self) -> str:
        return article_off(self.norm)


@dataclass
class Mention:
    """One place (or governorate) named in the text, with the place it resolves to (or None)."""

    surface: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    kind: str | None = None  # what the cue word says: village, hill, woods ...
    is_area: bool = False
    area: tuple | None = None  # governorate tuple for area mentions
    direction: str | None = None
    candidates: list = field(default_factory=list)  # [(PlaceInfo, base score, reason)]
    place: object | None = None
    reason: str = ""
    countryside: bool = False  # "بريف منبج": a town named for its countryside, context like a governorate

    @property
    def key(self) -> str:
        return _surface_key(self.surface)

    def place_dict(self) -> dict | None:
        if self.is_area and self.area:
            pcode, name_ar, name_en, lat, lon = self.area
            return {"id": pcode, "name_ar": name_ar, "name_en": name_en, "lat": lat, "lon": lon}
        if self.place is None:
            return None
        p = self.place
        return {
            "id": p.id,
            "name_ar": p.name_ar,
            "name_en": p.name_en,
            "lat": round(p.lat, 5),
            "lon": round(p.lon, 5),
        }

    def as_dict(self) -> dict:
        return {"surface": self.surface, "start": self.start, "end": self.end, "place": self.place_dict()}


@lru_cache(maxsize=65536)
def _surface_key(surface: str) -> str:
    """A mention's key (cached: the same surfaces come back in every article)."""
    return name_key_words(normalize_text(surface).split(" "))


@dataclass
class GeoparseResult:
    mentions: list[Mention]
    sentences: list[tuple[int, int]]
    text: str
    tokens: list = field(default_factory=list)  # the text's tokens, offsets in the whole text

    def sentence_tokens(self, start: int, end: int) -> list[Token]:
        """The words of the sentence text[start:end], offsets relative to the sentence."""
        starts = self.__dict__.setdefault("_starts", [t.start for t in self.tokens])
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return [Token(t.text, t.norm, t.start - start, t.end - start, True)
                for t in self.tokens[lo:hi] if t.is_word]  # fmt: skip

    @property
    def unresolved(self) -> list[Mention]:
        return [m for m in self.mentions if not m.is_area and m.place is None]


# --- small in-memory index for tests and for callers without a database ------------------------------


@dataclass(frozen=True)
class IndexPlace:
    """A place as SimpleIndex holds it: what the geoparser reads of a gazetteer place."""

    id: int | str
    name_ar: str
    name_en: str
    kind: str
    lat: float
    lon: float
    admin1: str
    importance: float = 0.0


class SimpleIndex:
    """The part of NameIndex the geoparser needs: name keys to place ids, and the places."""

    def __init__(self, places: Iterable, names: dict[int, list[str]]):
        self.places = {p.id: p for p in places}
        by_key: dict[str, set[int]] = {}
        for pid, texts in names.items():
            for text in texts:
                by_key.setdefault(name_key_words(normalize_text(text).split(" ")), set()).add(pid)
        self.by_key = {k: tuple(sorted(v)) for k, v in by_key.items()}


def default_index():
    """The gazetteer's cached in-memory name index (needs the database once)."""
    from gazetteer.selectors import NameIndex

    return NameIndex.cached()


# --- text helpers ------------------------------------------------------------------------------------


def name_key_words(words: list[str]) -> str:
    """name_key for already normalised words: articles off every word, words joined."""
    return "".join(word_key(w) for w in words if w)


@lru_cache(maxsize=65536)
def article_off(norm: str) -> str:
    """A word's key inside a name (article off, ابن as بن), cached: the same words come back."""
    return word_key(norm)


@lru_cache(maxsize=65536)
def first_word_keys(word: str) -> tuple[str, ...]:
    """Keys of a raw first word: as written, then with each proclitic reading removed."""
    out = []
    norm = norm_word(word)
    for reading, clitic in word_readings(word):
        if clitic == "~":
            # للمستريحة = ل + المستريحة with the article's alif eaten: the name written is "مستريحة" (the
            # part that occurs verbatim, as the reader corpus annotates it).
            out.append((strip_article(reading), 2 if norm.startswith("لل") else 0))
        else:
            out.append((strip_article(reading), len(clitic)))
    return tuple(out)


@lru_cache(maxsize=65536)
def norm_word(word: str) -> str:
    return normalize_text(word).replace(" ", "")


@lru_cache(maxsize=65536)
def word_readings(word: str) -> tuple[tuple[str, str], ...]:
    """(reading, clitic removed) pairs of a raw word: as written, then without و/ف and ب/ل/ك+ال."""
    norm = norm_word(word)
    out = [(norm, "")]
    for variant in clitic_variants(norm)[1:]:
        out.append((variant, norm[: len(norm) - len(variant)] if norm.endswith(variant) else "~"))
    return tuple(out)


@lru_cache(maxsize=512)
def _char_class(char: str) -> str:
    if char.isspace() or char == "_":
        return "s"  # (a hashtag writes its words with underscores: #تل_السمن)
    if char in QUOTES:
        return "q"
    cat = unicodedata.category(char)
    if cat[0] in "PS":
        return "p"
    return "w"


def _full_stop_unspaced(text: str, start: int, dot: int) -> bool:
    """A full stop typed without the space after it ("البويضة.واستهدف"): whole words on both sides, unlike a
    dot that breaks a word to dodge filters (تـ.دمير، سـ.لاح) or an abbreviation (م.د)."""
    left = text[start:dot]
    k = dot + 1
    while k < len(text) and _char_class(text[k]) == "w":
        k += 1
    right = text[dot + 1 : k]
    return len(left) >= 3 and len(right) >= 3 and not left.endswith("ـ") and "." not in left


def tokenize(text: str) -> list[Token]:
    """Words and punctuation with their offsets in the original text; tatweel and marks stay in words."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        cls = _char_class(text[i])
        if cls == "s":
            if text[i] == "\n":
                tokens.append(Token("\n", "\n", i, i + 1, False))
            i += 1
            continue
        if cls in "pq":
            # A dot between letters (تـ.دمير, م.د) is an obfuscation or an abbreviation, not a full stop.
            if (
                text[i] == "."
                and 0 < i < n - 1
                and _char_class(text[i - 1]) == "w"
                and _char_class(text[i + 1]) == "w"
                and not (tokens and tokens[-1].end == i)  # (the full stop a word was cut at)
            ):
                j = i + 1
            else:
                tokens.append(Token(text[i], text[i], i, i + 1, False))
                i += 1
                continue
        j = i
        while j < n and (
            _char_class(text[j]) == "w"
            or (
                text[j] == "."
                and j + 1 < n
                and _char_class(text[j + 1]) == "w"
                and j > i
                and not _full_stop_unspaced(text, i, j)
            )
        ):
            j += 1
        word = text[i:j]
        if not word.strip("ـ"):
            # A tatweel standing alone is a dash between list items ("مجينة ـ بشقاتين ـ قيلون").
            tokens.append(Token("-", "-", i, j, False))
        else:
            tokens.append(Token(word, norm_word(word.replace(".", "")), i, j, True))
        i = j
    return tokens


# (and a full stop typed without its space between whole Arabic words: "البويضة.واستهدف")
_LETTER = "[\u0621-\u063f\u0641-\u064a]"
SENTENCE_END = re.compile(rf"[.!?؟]+(?=\s|$)|\n+|(?<={_LETTER}{_LETTER}{_LETTER})\.(?={_LETTER}{{3}})")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a sentence ends at . ! ? ؟ before a space, or at a line break."""
    spans = []
    start = 0
    for m in SENTENCE_END.finditer(text):
        if not m.group().strip() and text[start : m.start()].rstrip().endswith((":", "،", ",")):
            continue  # "من بينها:" then the list on the next line: one sentence
        end = m.end() if m.group().strip() else m.start()
        if text[start:end].strip():
            spans.append(_trim(text, start, end))
        start = m.end()
    if text[start:].strip():
        spans.append(_trim(text, start, len(text)))
    return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in km; an equirectangular approximation, within 0.5% over the few hundred km of Syria."""
    dx = (lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2)) * 111.32
    dy = (lat2 - lat1) * 110.57
    return math.sqrt(dx * dx + dy * dy)


def _built_once(index, attr: str, build):
    """`build(index)`, kept on the index under `attr` so it is built once per index (an index that takes
    no attributes has it rebuilt per call, still correct)."""
    cached = getattr(index, attr, None)
    if cached is None:
        cached = build(index)
        try:
            setattr(index, attr, cached)
        except AttributeError:
            pass
    return cached


def name_words(index) -> frozenset[str]:
    """Every word (article off) of the index's Arabic place names, built once per index: a word found
    in no name is the sentence going on after one."""
    return _built_once(
        index,
        "_geoparse_name_words",
        lambda ix: frozenset(
            strip_article(w) for p in ix.places.values() for w in normalize_text(p.name_ar or "").split()
        ),
    )


def key_prefixes(index) -> frozenset[str]:
    """Every prefix of every name key of the index (built once per index): spans that cannot grow into
    a name stop early."""
    return _built_once(
        index,
        "_geoparse_prefixes",
        lambda ix: frozenset(key[:n] for key in ix.by_key for n in range(1, len(key) + 1)),
    )


def _governorate(norm: str) -> tuple | None:
    for reading, _ in word_readings(norm):
        gov = GOVERNORATES.get(strip_article(reading))
        if gov:
            return gov
    return None


# Quarters named after their town: عدرا البلد، حمص القديمة، حلب الجديدة.
QUARTER_WORDS = {
    "البلد",
    "المحطه",
    "القديمه",
    "الجديده",
}
# Words that make a city's name its countryside or governorate ("ريف حلب"), not the city.
AREA_OF_CITY = {"ريف", "بريف", "لريف", "ريفي", "محافظه", "بمحافظه", "لمحافظه"}
DISTRICTS_FILE = Path(__file__).resolve().parent / "data" / "districts.tsv"
DISTRICT_KM = (
    12.0  # a place resolved this close to the city may be the district's own point (الجبيلة, Deir ez-Zor)
)


@lru_cache(maxsize=1)
def city_districts() -> dict[str, frozenset[str]]:
    """District name key -> the name keys of the cities that have a district so named (data/districts.tsv)."""
    out: dict[str, set[str]] = {}
    if DISTRICTS_FILE.is_file():
        for line in DISTRICTS_FILE.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#") and "\t" in line:
                city, district = line.split("\t", 1)
                out.setdefault(_surface_key(district.strip()), set()).add(_surface_key(city.strip()))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _district_cities() -> frozenset[str]:
    """The name keys of the cities the districts list names (built once, not per report)."""
    return frozenset(k for keys in city_districts().values() for k in keys)


def _city_districts(mentions: list[Mention], tokens: list[Token], index) -> None:
    """A city's district named in a report that names the city ("الميدان" beside "مدينة حلب", "قلعة حلب") is the
    district, not a village of that name elsewhere: it keeps no place (districts are not in the gazetteer)."""
    districts = city_districts()
    if not any(m.key in districts for m in mentions):
        return
    cities = {
        _surface_key(m.place.name_ar or ""): m.place
        for m in mentions
        if not m.is_area and m.place is not None and getattr(m.place, "kind", None) in CITY_KINDS
    }
    city_keys = _district_cities()
    for i, t in enumerate(tokens):
        # The city named anywhere but as a countryside ("قلعة حلب", "تحرير حلب"; not "ريف حلب").
        if not t.is_word or t.key not in city_keys:
            continue
        if i > 0 and tokens[i - 1].is_word and bare_word(tokens[i - 1].norm) in AREA_OF_CITY:
            continue
        for pid in index.by_key.get(t.key, ()):
            place = index.places.get(pid)
            if place is not None and getattr(place, "kind", None) in CITY_KINDS and _governorate(t.norm):
                cities.setdefault(_surface_key(place.name_ar or ""), place)
    if not cities:
        return
    for m in mentions:
        if m.is_area or m.place is None or getattr(m.place, "kind", None) in CITY_KINDS:
            continue
        for city_key in districts.get(m.key, ()):
            city = cities.get(city_key)
            if city is not None and haversine_km(m.place.lat, m.place.lon, city.lat, city.lon) > DISTRICT_KM:
                m.place, m.reason = None, "district"
                break


def _district_word(tokens: list[Token], i: int, heads: tuple[int, ...]) -> bool:
    """A common word naming a city district after حي / حيي / أحياء (حي الصناعة، أحياء الثورة وجبارة)."""
    return bare_word(tokens[i].norm) in DISTRICT_WORDS and any(
        k >= 0 and tokens[k].is_word and bare_word(tokens[k].norm).removeprefix("ال") in DISTRICT_NOUNS
        for k in heads
    )


def bare_capital(mention: Mention) -> bool:
    """A governorate's city named by its bare name, with no cue word (دمشق، بحلب — not "مدينة حلب")."""
    return not mention.is_area and mention.kind is None and _governorate(mention.surface) is not None


# --- the geoparser -----------------------------------------------------------------------------------


class Geoparser:
    """Finds and resolves the place mentions of one text against a name index."""

    def __init__(self, index=None):
        self.index = index if index is not None else default_index()

    def parse(self, text: str) -> GeoparseResult:
        tokens = tokenize(text)
        sentences = split_sentences(text)
        blocked = self._blocked(tokens)
        mentions: list[Mention] = []
        used = [False] * len(tokens)
        self._areas(text, tokens, used, mentions)
        self._places(text, tokens, used, blocked, mentions)
        mentions.sort(key=lambda m: m.start)
        for m in mentions:
            for s, e in sentences:
                if s <= m.start < e:
                    m.sentence, m.sentence_start = text[s:e], s
                    break
            m.countryside = not m.is_area and bool(
                COUNTRYSIDE_BEFORE.search(text, max(0, m.start - 30), m.start)
            )
        self._resolve(mentions)
        _city_districts(mentions, tokens, self.index)
        return GeoparseResult(mentions, sentences, text, tokens)

    # Names of people and organisations.
    def _blocked(self, tokens: list[Token]) -> list[bool]:
        blocked = [False] * len(tokens)
        words = [i for i, t in enumerate(tokens) if t.is_word]
        for pos, i in enumerate(words):
            norm = bare_word(tokens[i].norm)
            if norm in PERSON_TITLES or (norm[:1] == "ل" and norm[1:] in PERSON_TITLES):
                for j in words[pos + 1 : pos + 4]:
                    if (
                        tokens[j].norm in LOCATIVES
                        or _governorate(tokens[j].norm)
                        or tokens[j].norm in COMPLEMENTIZER_WORDS
                        or _cue_reading(tokens[j].text) is not None
                    ):
                        break  # ("وأضاف المراسل أن قرية كفرعويد": the title names no one here)
                    blocked[j] = True
            if (
                norm in FIRST_NAMES
                and pos + 1 < len(words)
                and not self._inside_place_name(tokens, words, pos)
            ):
                nxt = words[pos + 1]
                after_cue = pos > 0 and _cue_reading(tokens[words[pos - 1]].text) is not None
                listed = tokens[i].norm[:1] == "و" and tokens[nxt].norm == "في"
                if after_cue or listed:
                    pass  # ("قرية رامى فى ريف السويداء", "وطربا ورامي في الريف": a village, no full name)
                elif nxt == i + 1 or (tokens[i + 1].text in QUOTES and nxt == i + 2):
                    blocked[i] = True
                    blocked[nxt] = True
                    if tokens[nxt].norm in {"العبد", "عبد", "ابو", "ال"} and pos + 2 < len(words):
                        blocked[words[pos + 2]] = True
        # Quoted organisation names: “المركز الإعلامي العام”.
        i = 0
        while i < len(tokens):
            if tokens[i].text in QUOTES and i + 1 < len(tokens) and tokens[i + 1].is_word:
                j = i + 1
                while j < len(tokens) and tokens[j].text not in QUOTES and tokens[j].text not in HARD_PUNCT:
                    j += 1
                first = bare_word(tokens[i + 1].norm)
                before = bare_word(tokens[i - 1].norm) if i > 0 and tokens[i - 1].is_word else ""
                named = before in OPERATION_WORDS or before.removeprefix("ب") in OPERATION_WORDS
                if (first in ORG_WORDS or tokens[i + 1].norm in ORG_WORDS or named) and sum(
                    t.is_word for t in tokens[i + 1 : j]
                ) <= 5:
                    # “المركز الإعلامي العام”; اسم "قادسية بصرى الشام": an organisation or an operation.
                    for k in range(i + 1, j):
                        blocked[k] = True
                i = j
            i += 1
        self._block_road_names(tokens, blocked)
        for i, t in enumerate(tokens):  # one pass: each rule below only marks words, none reads the marks
            if not t.is_word:
                continue
            # "قال للميادين", "قناة الميادين": the outlet, not the town.
            if t.norm in ("للميادين", "الميادين") and (
                t.norm == "للميادين"
                or (i > 0 and tokens[i - 1].is_word and bare_word(tokens[i - 1].norm) in OUTLET_WORDS)
                or (
                    i > 1
                    and tokens[i - 1].text in QUOTES
                    and tokens[i - 2].is_word
                    and bare_word(tokens[i - 2].norm) in OUTLET_WORDS
                )
            ):
                blocked[i] = True
            if (
                bare_word(t.norm) in OPERATION_FIRST_WORDS
                and tuple(bare_word(x.norm) for x in tokens[i : i + 2]) in OPERATION_NAMES
            ):
                blocked[i] = blocked[i + 1] = True  # an operation, not the place its name sounds like
            if (
                i >= 2
                and tokens[i - 1].text in QUOTES
                and tokens[i - 2].is_word
                and tokens[i - 2].norm == "ل"
            ):
                blocked[i] = True  # "وأكدت مصادر الحر ل «عكاظ»": told to an outlet
            if bare_word(t.norm).removeprefix("ل") in REPORTER_WORDS:
                # "مراسل عنب بلدي في دير الزور": the words after في name where the correspondent is.
                ahead = [j for j in range(i + 1, min(len(tokens), i + 6)) if tokens[j].is_word]
                at = next((n for n, j in enumerate(ahead) if tokens[j].norm in ("في", "من", "ب")), None)
                if at is not None and at + 1 < len(ahead) and at <= 3:
                    blocked[ahead[at + 1]] = True
                    if (
                        at + 2 < len(ahead)
                        and ahead[at + 2] == ahead[at + 1] + 1
                        and not _cue_reading(tokens[ahead[at + 2]].text)
                    ):
                        blocked[ahead[at + 2]] = True  # (a two-word town: "في دير الزور")
            if (
                t.norm in DEMONSTRATIVES
                and i + 1 < len(tokens)
                and tokens[i + 1].is_word
                and _cue_reading(tokens[i + 1].text) is None
            ):
                blocked[i + 1] = True  # "في هذا الصدد" (الصدد is also a town in Homs)
            if _org_word(t.norm) and i + 1 < len(tokens) and tokens[i + 1].is_word:
                # "جيش الإسلام", "جبهة النصرة", "هيئة تحرير الشام": the next word names the group.
                blocked[i] = True
                blocked[i + 1] = True
            elif (
                _org_word(t.norm)
                and i + 2 < len(tokens)
                and tokens[i + 1].text in QUOTES
                and tokens[i + 2].is_word
                and (i == 0 or tokens[i - 1].text not in QUOTES)  # (not "قسد" closing its own quotes)
            ):
                # جبهة “فتح الشام”: the quoted name after the word names the group.
                j = i + 2
                while j < len(tokens) and tokens[j].is_word and j <= i + 5:
                    j += 1
                if j < len(tokens) and tokens[j].text in QUOTES:
                    for k in range(i, j):
                        blocked[k] = True
            # "حقل الورد", "حقول النفط": an oil or gas field is no locality (the corpus rules).
            if _norm_first(t.text) in ("حقل", "حقول"):
                # (its name may be quoted: حقل “العمر” النفطي)
                nxt = i + 1
                while nxt < len(tokens) and tokens[nxt].text in QUOTES:
                    nxt += 1
                if nxt < len(tokens) and tokens[nxt].is_word:
                    blocked[i] = blocked[nxt] = True
            # "قلعة حلب", "قلعة تدمر": a city's citadel is a landmark, not a place of its own.
            if (
                _norm_first(t.text) in ("قلعه",)
                and i + 1 < len(tokens)
                and tokens[i + 1].is_word
                and (self._city_named(tokens[i + 1]) or _governorate(tokens[i + 1].norm) is not None)
            ):
                blocked[i] = True
            if t.norm in REGION_NAMES and i > 0 and tokens[i - 1].is_word:
                if _norm_first(tokens[i - 1].text) in ("جبل", "جبال", "سهل", "هضبه"):
                    blocked[i - 1] = blocked[i] = True  # جبل الأكراد، جبل التركمان: ranges, not localities
        return blocked

    @staticmethod
    def _capital_named(tokens: list[Token], i: int, used: list[bool]) -> bool:
        """A governorate's name on its own after في/من/إلى/نحو (or with ب/ل attached) names its city —
        unless a direction adjective follows (حلب الشمالي is the countryside) or a word joins it to
        something else (حلب أن)."""
        t = tokens[i]
        if not _governorate(t.text) or used[i]:
            return False
        prev = tokens[i - 1] if i > 0 else None
        if _governorate(t.text)[0] == DAMASCUS[0] and not (
            prev is not None and prev.is_word and _norm_first(prev.text) in AREA_WORDS
        ):
            return True  # "العاصمة دمشق", "أحياء دمشق", "الغوطة الشرقية لدمشق": the city, whatever the word before
        attached = t.norm[:1] == "ب" and not GOVERNORATES.get(strip_article(t.norm))  # (لدمشق: "of Damascus")
        after_prep = prev is not None and prev.is_word and prev.norm in CAPITAL_PREPOSITIONS
        if not (attached or after_prep):
            return False
        if _governorate(t.text)[0] not in CITY_GOVERNORATES:
            # "في درعا", "في إدلب": reports mostly mean the province the fighting is in; only the great
            # cities (في حلب، بحمص) are named so as cities.
            return False
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if (
            nxt is not None
            and nxt.is_word
            and (
                nxt.norm in DIRECTIONS
                or strip_article(nxt.norm) in NAME_DIRECTIONS
                or nxt.norm in COMPLEMENTIZER_WORDS
            )
        ):
            return False
        return True

    def _city_named(self, token: Token) -> bool:
        """True when the word alone is the name of a city in the index (تدمر، حلب)."""
        ids = self.index.by_key.get(token.key, ())
        return any(getattr(self.index.places.get(pid), "kind", None) in CITY_KINDS for pid in ids)

    @staticmethod
    def _block_road_names(tokens: list[Token], blocked: list[bool]) -> None:
        """Towns that name a road are not mentions: "أتوستراد ديرالزور الميادين"، "الطريق الدولي حلب –
        اللاذقية"، "طريق M5"."""
        n = len(tokens)
        for i, t in enumerate(tokens):
            if not t.is_word or bare_word(t.norm) not in ROAD_WORDS:
                continue
            if i > 0 and tokens[i - 1].norm in ("حي", "بحي", "لحي", "حيي", "وحي", "وبحي"):
                continue  # "حي طريق السد": a neighbourhood named after its road
            listed = t.norm[:1] == "و" or (
                i > 0 and not tokens[i - 1].is_word and tokens[i - 1].text in "،,("
            )
            if listed and any(
                tokens[x].norm in ("احيا", "حيي", "الاحيا", "باحيا") for x in range(max(0, i - 10), i)
            ):
                # "أحياء الصاخور وطريق الباب وبستان القصر", "الاحياء الشرقية (هنانو، طريق الباب، الصاخور)":
                # an item of a list of districts
                continue
            j = i + 1
            while j < n and tokens[j].is_word and tokens[j].norm in ROAD_ADJECTIVES:
                j += 1
            # "الطريق الرئيسية بين دمشق وحلب", "اوتوستراد السلام الواصل بين دمشق والقنيطرة": the two ends.
            between = next(
                (k for k in range(j, min(n, j + 4)) if tokens[k].is_word and tokens[k].norm == "بين"), None
            )
            if between is not None:
                ends = [k for k in range(between + 1, min(n, between + 5)) if tokens[k].is_word]
                cue = _cue_reading(tokens[ends[0]].text) if ends else None
                if cue is None and len(ends) >= 2 and any(tokens[k].norm[:1] == "و" for k in ends[1:]):
                    # (not "بين مدينتي اريحا وجسر الشغور": towns named as towns are mentions)
                    for k in ends[
                        : 1 + next(x for x, k2 in enumerate(ends[1:], 1) if tokens[k2].norm[:1] == "و")
                    ]:
                        blocked[k] = True
                continue
            words = 0
            while j < n and words < 4:
                tj = tokens[j]
                if not tj.is_word:
                    if tj.text in "-–—" or tj.text in QUOTES:  # (طريق “نامر- الحراك”)
                        j += 1
                        continue
                    break
                if tj.norm in LOCATIVES or tj.norm in BOUNDARY_WORDS or tj.norm in AREA_WORDS:
                    break
                blocked[j] = True
                words += 1
                j += 1

    def _inside_place_name(self, tokens: list[Token], words: list[int], pos: int) -> bool:
        """A first name that ends a gazetteer name (الشيخ مصطفى، تل محمد), or is followed by a new list
        item (مصطفى والنقير), is part of a place name, not a person's."""
        i = words[pos]
        if pos + 1 < len(words) and words[pos + 1] == i + 1 and _is_list_item(tokens[i + 1].norm):
            return True
        if pos == 0 or words[pos - 1] != i - 1:
            return False
        prev = tokens[i - 1]
        firsts = [first for first, _ in first_word_keys(prev.text) if first in NAME_PREFIX_KEYS]
        if not firsts:
            return False
        if any((first + tokens[i].key) in self.index.by_key for first in firsts):
            return True
        # قرية “خربة بشار”: after a cue word, a name word and a first name are one place name.
        k = words[pos - 2] if pos >= 2 else None
        return k is not None and _cue_reading(tokens[k].text) is not None

    # Governorate phrases: ريف إدلب الجنوبي، شمال حماة، بريف اللاذقية الشرقي، ريفي حماة وإدلب.
    def _areas(self, text: str, tokens: list[Token], used: list[bool], mentions: list[Mention]) -> None:
        n = len(tokens)
        i = 0
        while i < n:
            t = tokens[i]
            if not t.is_word:
                i += 1
                continue
            lead = None
            for reading, _ in word_readings(t.text):
                if reading in AREA_WORDS or reading in DIRECTIONS:
                    lead = reading
                    break
            if lead is None or i + 1 >= n or not tokens[i + 1].is_word:
                i += 1
                continue
            govs = []
            j = i + 1
            gov = _governorate(tokens[j].text)
            if not gov and j + 1 < n and tokens[j + 1].is_word:
                gov = GOVERNORATES.get(first_word_keys(tokens[j].text)[0][0] + tokens[j + 1].key)
                if gov:
                    j += 1
            if not gov and tokens[j].norm in ("محافظه",) and j + 1 < n:
                j += 1
                gov = _governorate(tokens[j].text)
            if not gov or (lead in DIRECTIONS and gov[0] == DAMASCUS[0] and j == i + 1):
                # (شرقي دمشق: the governorate of Damascus is the city itself, so it is named, not an area)
                i += 1
                continue
            govs.append(gov)
            end = j
            direction = DIRECTIONS.get(lead)
            k = end + 1
            while k < n and tokens[k].is_word:
                nxt = tokens[k].norm
                if nxt in DIRECTIONS:
                    direction = DIRECTIONS[nxt]
                    end = k
                    k += 1
                    continue
                if (
                    nxt.startswith("و")
                    and _governorate(nxt[1:])
                    and (
                        lead in ("ريفي", "ارياف", "محافظتي")
                        or (k + 1 < n and tokens[k + 1].norm in DIRECTIONS)
                    )
                ):
                    govs.append(_governorate(nxt[1:]))
                    end = k
                    k += 1
                    continue
                break
            for gv in govs:
                mentions.append(
                    Mention(
                        surface=text[
                            tokens[i].start
                            + (1 if tokens[i].norm[:1] in "بو" and lead != tokens[i].norm else 0) : tokens[
                                end
                            ].end
                        ],
                        start=tokens[i].start
                        + (1 if tokens[i].norm[:1] in "بو" and lead != tokens[i].norm else 0),
                        end=tokens[end].end,
                        sentence="",
                        sentence_start=0,
                        kind="governorate",
                        is_area=True,
                        area=gv,
                        direction=direction,
                    )
                )
            for k2 in range(i, end + 1):
                used[k2] = True
            i = end + 1

    def _lookup(self, words: list[Token]) -> tuple[str, tuple[int, ...], int] | None:
        """The best key for these words (first word read with and without clitics) that the index has."""
        rest = "".join([w.key for w in words[1:]])
        by_key = self.index.by_key
        for first, clitic_len in first_word_keys(words[0].text):
            key = first + rest
            ids = by_key.get(key)
            if ids:
                return key, ids, clitic_len
        return None

    def _places(
        self, text: str, tokens: list[Token], used: list[bool], blocked: list[bool], mentions: list[Mention]
    ) -> None:
        n = len(tokens)
        short_quote = _short_quotes(tokens)
        in_quote = False
        list_open = False  # inside "قرى X وY وZ"
        prev_mention_end = -10  # token index after the last mention
        pending_cue: tuple[str, int] | None = None  # (kind, token index of the cue)
        list_start = -1  # token index of the last list cue
        list_head = -1  # token index of the last plural place noun (البلدات، أحياء) in this sentence
        prefixes = key_prefixes(self.index)
        part_joined = -1  # token index after "وجزء من" inside a list: the next item starts there
        i = 0
        while i < n:
            t = tokens[i]
            if not t.is_word:
                if t.text in QUOTES:
                    pass
                elif t.text == "(" and list_open:
                    # حطين (غرب) والبريد: a bracketed side of town is skipped; any other bracket may
                    # hold more of the list: قرى (الريانة وبيت عيوش والمزرعة).
                    close = _aside_end(tokens, i)
                    if close is not None:
                        i = close
                        continue
                elif t.text == ":" and (
                    (list_head >= 0 and not list_open) or (list_open and prev_mention_end <= list_start)
                ):
                    list_open, list_start = True, i  # "البلدات التي دخلها: X، Y وZ", "قرى: X، Y"
                elif t.text == "(" and not list_open and list_head >= 0 and 0 < i - list_head <= 4:
                    list_open, list_start = True, i  # "القرى المحيطة بها (قرية خربة الشيخ، دفة، قولو)"
                elif t.text in HARD_PUNCT and t.text not in ",،-–—":
                    list_open = False
                    pending_cue = None
                    if t.text in ".!?؟\n":
                        list_head = -1
                elif t.text in ".\n":
                    list_open = False
                    list_head = -1
                i += 1
                continue
            if _list_head(t.norm):
                list_head = i
            if list_open and (t.norm in PART_OF_WORDS or t.norm[1:] in PART_OF_WORDS and t.norm[:1] in "وف"):
                # "أحياء العرضي والحويقة الشرقية، وجزء من الحويقة الغربية، وأجزاء من الرشدية": a part of
                # the next items, the list goes on.
                nxt = i + 1
                if nxt < n and tokens[nxt].is_word and tokens[nxt].norm == "من":
                    nxt += 1
                i = part_joined = nxt
                continue
            if list_open and prev_mention_end > list_start:
                side = _side_phrase_end(tokens, i)
                if side is not None:
                    i = side  # المشلب والصناعة من الجهة الشرقية والرومانية: the list goes on
                    continue
            if used[i] or blocked[i]:
                if used[i]:
                    # An area phrase ends a list only when it is not itself inside the list.
                    pending_cue = None
                i += 1
                continue
            in_quote = short_quote[i]
            bare = bare_word(t.norm)
            if bare in ("تلها", "تلتها"):
                # "وبلدة سكيك وتلها": the hill of the place just named is part of that place's claim
                # (the seed article's gold), not a mention of its own; the list goes on after it.
                i += 1
                continue
            cue_word = _cue_reading(t.text)
            cue_kind = CUES.get(cue_word) if cue_word else None
            is_list_cue = _list_cue(t.text)
            # Longest gazetteer match starting here.
            span_words: list[int] = []
            j = i
            # (a و written apart starts no name: "و أدى" is not وادي)
            firsts = (
                [f for f, _ in first_word_keys(t.text) if f in prefixes] if t.norm not in ("و", "ف") else []
            )
            acc = ""
            while j < n and len(span_words) < MAX_WORDS and firsts:
                if span_words:
                    acc += tokens[j].key if tokens[j].is_word else ""
                    if not any(f + acc in prefixes for f in firsts):
                        break
                tj = tokens[j]
                if not tj.is_word or blocked[j] or used[j]:
                    break
                after_prefix = (
                    tj.norm == "علي"
                    and tj.text.endswith("ي")  # (على, with its alef maksura, is the preposition)
                    and strip_article(bare_word(tokens[j - 1].norm)) in NAME_PREFIX_KEYS
                    and len(span_words) == 1
                )  # "الشيخ علي", "تل علي": the name Ali (written like the preposition على)
                if (
                    span_words
                    and not after_prefix
                    and (tj.norm in COMPLEMENTIZER_WORDS or tj.norm in ("في", "من", "علي", "الي"))
                ):
                    break  # "بحلب أن" is not حلبان, whatever the joined key says
                if (
                    span_words
                    and tj.norm[:1] == "و"
                    and len(tj.norm) > 2
                    and not self.index.by_key.get(strip_article(tj.norm))
                ):
                    # A new list item starts with و, unless the word itself is a name (وادي ...).
                    if not tj.norm.startswith("وادي"):
                        break
                span_words.append(j)
                j += 1
            best = None
            if list_open and _district_word(tokens, i, (list_head, list_start)):
                span_words = []  # "أحياء الثورة وجبارة": read as a list item below, not as the town الثورة
            for length in range(len(span_words), 0, -1):
                words = [tokens[k] for k in span_words[:length]]
                found = self._lookup(words)
                if found:
                    best = (length, found)
                    break
            if best:
                length, (key, ids, clitic_len) = best
                single = length == 1
                locative = self._locative(tokens, i, in_quote, list_open, prev_mention_end, pending_cue)
                strong = locative or (not single) or self._important(ids)
                if single and (_never_alone(tokens[i].text) or (clitic_len and len(key) < 4)):
                    # "بصرى الشام ونوى": a short name joined by و straight after a place is a list item.
                    list_item = (
                        clitic_len == 1
                        and t.norm[:1] == "و"
                        and prev_mention_end == i
                        and len(key) >= 3
                        # ("ريفي إدلب الجنوبي والشرقي": the second direction of an area phrase, no village)
                        and not (mentions and mentions[-1].is_area and strip_article(key) in NAME_DIRECTIONS)
                    )
                    strong = list_item and not _never_alone(tokens[i].text)
                    if not strong and self._capital_named(tokens, i, used):
                        strong = True  # "حي بابا عمرو في حمص", "بلدتي نبل والزهراء بحلب": the city itself
                nxt_tok = i + 1 < n and tokens[i + 1].is_word and not used[i + 1] and not blocked[i + 1]
                if single and key in NAME_PREFIX_KEYS and nxt_tok and not _is_list_item(tokens[i + 1].norm):
                    strong = False  # كفر رم، تل الشيخ حسين: the gazetteer's bare كفر is not the place
                if _norm_first(tokens[i].text) in REGION_WORDS or (
                    i > 0 and tokens[i - 1].is_word and _norm_first(tokens[i - 1].text) in REGION_WORDS
                ):
                    strong = False  # الغوطة الشرقية، سهل الغاب، بحوض اليرموك: regions, not places
                nxt_word = self._next_word(tokens, i)
                if cue_kind and single and nxt_word is not None and not used[nxt_word]:
                    strong = False  # "بلدة" alone is a cue, not the village called Baldah
                if strong:
                    last = span_words[length - 1]
                    dir_end = _direction_end(tokens, last + 1)
                    if dir_end > last + 1:
                        # "تل عار شرقي": the direction word is part of the name (another place than تل عار).
                        words = [tokens[k] for k in span_words[:length]]
                        d = tokens[last + 1]
                        other = NAME_DIRECTIONS[strip_article(d.norm)]
                        found = self._lookup(words + [d]) or self._lookup(
                            words + [Token(other, other, 0, 0, True)]
                        )
                        ids = found[1] if found else ()
                        span_words = span_words[:length] + [last + 1]
                        length += 1
                    if length == 1 and dir_end == last + 1 and (locative or list_open):
                        cont = self._name_continuation(tokens, last, used, blocked, in_list=list_open)
                        if cont is not None:
                            # "وشمرة الحصان": the gazetteer knows شمرة, but the text names شمرة الحصان
                            # (but "عدرا البلد" is عدرا's old town: the same place).
                            span_words = [span_words[0], cont]
                            length = 2
                            if tokens[cont].norm not in QUARTER_WORDS:
                                ids = ()
                    elif (
                        length == 2
                        and dir_end == last + 1
                        and _norm_first(tokens[span_words[0]].text).removeprefix("ال") in NAME_PREFIX_KEYS
                        and bare_word(tokens[span_words[1]].norm)
                        not in FIRST_NAMES  # (الشيخ إبراهيم الهفل: a man)
                    ):
                        cont = self._third_word(tokens, last, used, blocked)
                        if cont is not None:
                            # "تل الشيخ منصور", "تل الشيخ حسين": the gazetteer's تل الشيخ is the start of the
                            # name the text writes.
                            span_words = span_words[:2] + [cont]
                            length = 3
                            ids = ()
                    end_tok = tokens[span_words[length - 1]]
                    start = t.start + clitic_len
                    kind = pending_cue[0] if pending_cue else None
                    surface = text[start : end_tok.end]
                    m = Mention(
                        surface=surface,
                        start=start,
                        end=end_tok.end,
                        sentence="",
                        sentence_start=0,
                        kind=kind,
                    )
                    m.candidates = [
                        (self.index.places[pid], 1.0, "exact") for pid in ids if pid in self.index.places
                    ] or (self._fuzzy_candidates(surface) if length > 1 and not ids else [])
                    mentions.append(m)
                    # بلدة وتل “الصخر”: the cue pair names the village and the hill.
                    if pending_cue and pending_cue[0] == "pair":
                        pass
                    self._coordinated_cue(text, tokens, i, m, mentions)
                    prev_mention_end = span_words[length - 1] + 1
                    i = span_words[length - 1] + 1
                    pending_cue = None
                    continue
            if is_list_cue:
                list_open = True
                list_start = i
                pending_cue = None
                i += 1
                continue
            # "من بينها" / "ومنها" may stand a few words from the noun (قرى جنوب غرب دمشق، من بينها X).
            from_among = bare in ("بينها", "منها") and i > 0 and tokens[i - 1].norm in ("من", "ومن")
            reach = (
                25
                if bare in LIST_OPENERS_FAR
                # "مناطق استراتيجية في ريف حماة الشمالي، منها أرزة، الشيحة": a phrase may stand between
                else 12
                if from_among
                or (bare in ("منها", "ابرزها", "اهمها") and i > 0 and tokens[i - 1].text in ",،")
                else 4
            )
            if bare in LIST_OPENERS and list_head >= 0 and i - list_head <= reach:
                # "وتلك القرى هي داودية، والسعيد"; "البلدات التي دخل إليها بمحيط رأس العين هي، المحمودية";
                # "أحياء أخرى بينها حطين والقادسية": the list follows.
                list_open, list_start = True, i
                i += 1
                continue
            if cue_kind and _counted(tokens, i):
                # "(13) بلدة وقرية ومزرعة"، "100 قرية ومزرعة": a count of places, no name follows.
                i += 1
                while (
                    i < n and tokens[i].is_word and tokens[i].norm[:1] == "و" and CUES.get(tokens[i].norm[1:])
                ):
                    i += 1
                continue
            if cue_kind:
                nxt = self._next_word(tokens, i)
                # "محور تلة الكبينة": the second cue speaks for the name.
                if (
                    nxt is not None
                    and _cue_reading(tokens[nxt].text)
                    and not tokens[nxt].norm.startswith("و")
                ):
                    i += 1
                    continue
                # "بلدة وتل الصخر": a second cue joined by و; both apply to the name after it.
                if nxt is not None and tokens[nxt].norm[:1] == "و" and CUES.get(tokens[nxt].norm[1:]):
                    name_at = self._next_word(tokens, nxt)
                    if name_at is not None and not blocked[name_at] and not used[name_at]:
                        name_end = self._name_end(tokens, name_at, blocked, used)
                        if name_end > name_at:
                            self._pair(text, tokens, i, nxt, name_at, name_end, mentions)
                            prev_mention_end = name_end
                            i = name_end
                            continue
                    i += 1
                    continue
                if (
                    cue_word == "مدينه"
                    and nxt is not None
                    and not blocked[nxt]
                    and not used[nxt]
                    and (
                        _governorate(tokens[nxt].text)
                        or (self._city_named(tokens[nxt]) and bare_word(tokens[nxt].norm) in STOPWORDS)
                    )
                ):
                    # "مدينة حلب", "مدينة الثورة" (Tabqa): a city whose name is also a common word.
                    end_at = nxt + 2 if tokens[nxt].norm.endswith("دير") and nxt + 1 < n else nxt + 1
                    found = self._lookup([tokens[k] for k in range(nxt, end_at)])
                    if found:
                        start, end = tokens[nxt].start, tokens[end_at - 1].end
                        m = Mention(
                            surface=text[start:end],
                            start=start,
                            end=end,
                            sentence="",
                            sentence_start=0,
                            kind="city",
                        )
                        m.candidates = self._cands(found)
                        mentions.append(m)
                        used[nxt] = True
                        prev_mention_end = end_at
                        i = end_at
                        continue
                # "تلة مشرفة" (an overlooking hill): no name follows — but after a cue without the article,
                # a word with it is the name ("قرية المشرفة": the village of al-Mushrifa).
                adjective = nxt is not None and (
                    tokens[nxt].norm in CUE_ADJECTIVES
                    or (
                        strip_article(tokens[nxt].norm) in CUE_ADJECTIVES
                        and not (tokens[nxt].norm.startswith("ال") and not bare_word(t.norm).startswith("ال"))
                    )
                )
                if nxt is not None and (adjective or _norm_first(tokens[nxt].text) in REGION_WORDS):
                    # "منطقة حوض اليرموك": a region.
                    i = nxt + 1 if adjective else i + 1
                    continue
                if nxt is not None and not blocked[nxt] and not used[nxt]:
                    named = cue_word in NAMED_CUES
                    name_end = self._name_end(
                        tokens, nxt, blocked, used, named_cue=named, district=cue_kind == "neighbourhood"
                    )
                    if name_end > nxt:
                        name_end = _direction_end(tokens, name_end)
                        if (
                            name_end < len(tokens)
                            and tokens[name_end].is_word
                            and tokens[name_end].norm in SIZE_QUALIFIERS
                            and self._lookup([tokens[k] for k in range(nxt, name_end + 1)])
                        ):
                            name_end += 1  # "قرية شلالة كبيرة": the gazetteer's name carries its size bare
                        name_tokens = list(range(nxt, name_end))
                        found = None
                        if named:
                            found = self._lookup([tokens[i]] + [tokens[k] for k in name_tokens])
                            if not found and tokens[i].norm.endswith(("تل", "تله")):
                                # "تلة الكبينة": the hill is known by the name alone (alias الكبينة → Kabani).
                                found = self._lookup([tokens[k] for k in name_tokens])
                        else:
                            found = self._lookup([tokens[k] for k in name_tokens])
                            if not found and len(name_tokens) > 1:
                                # "بلدة الموزرة دون", "مدينة بانياس مشيرا": the known name is the first
                                # word; what follows it is the sentence going on.
                                shorter = self._lookup([tokens[name_tokens[0]]])
                                first, second = tokens[name_tokens[0]], tokens[name_tokens[1]]
                                if (
                                    shorter
                                    and strip_article(first.norm) not in NAME_PREFIX_KEYS
                                    and not _name_word(second)
                                    and strip_article(second.norm) not in name_words(self.index)
                                ):
                                    found, name_tokens, name_end = (
                                        shorter,
                                        name_tokens[:1],
                                        name_tokens[0] + 1,
                                    )
                        off = len(t.norm) - len(cue_word) if t.norm.endswith(cue_word) else 0
                        if named:
                            start = t.start + off
                        else:
                            start = tokens[nxt].start
                        end = tokens[name_end - 1].end
                        surface = _clean_surface(text[start:end])
                        m = Mention(
                            surface=surface,
                            start=start,
                            end=end,
                            sentence="",
                            sentence_start=0,
                            kind=cue_kind,
                        )
                        if (
                            not found
                            and not list_open  # (an item of an open list keeps the list going)
                            and all(is_ordinary(tokens[k].norm) for k in name_tokens)
                            and not (cue_kind == "neighbourhood" and _district_word(tokens, nxt, (i,)))
                        ):
                            # "على القريتين أوقع 25 قتيلا", "مناطق سيطرته": a word of the sentence, no name
                            prev_mention_end = name_end
                            i = name_end
                            pending_cue = None
                            continue
                        if found:
                            m.candidates = [
                                (self.index.places[pid], 1.0, "exact")
                                for pid in found[1]
                                if pid in self.index.places
                            ]
                        elif cue_kind == "neighbourhood" and _district_word(tokens, nxt, (i,)):
                            m.candidates = []  # حي الصناعة is a district, not the village الصناعة
                        else:
                            m.candidates = self._fuzzy_candidates(surface)
                            if not m.candidates and named and tokens[i].norm.endswith(("تل", "تله")):
                                # The name alone may be a known spelling (الكبينة → Kabani) of the hill's place.
                                name_only = _clean_surface(text[tokens[nxt].start : end])
                                m.candidates = self._fuzzy_candidates(name_only)
                        if cue_kind == "base" and not m.candidates:
                            # "كتيبة التسليح", "كتيبة الدبابات": a base named for what it is, not a locality
                            prev_mention_end = name_end
                            i = name_end
                            pending_cue = None
                            continue
                        mentions.append(m)
                        if pending_cue and pending_cue[0] != cue_kind:
                            pass
                        prev_mention_end = name_end
                        i = name_end
                        pending_cue = None
                        continue
                i += 1
                continue
            # Unknown list item: "قرى الشيخ دامس وركايا سجنة وشوحة" — a name the gazetteer lacks.
            # "في تل سنيم وبرك الطمثونة وسطح نملة": two-word names joined by و straight after a place go on
            # the list the place began, even with no plural noun before it.
            spaced = (
                # "حي الشيخ ياسين و العرضي و الجبيلة": a و written apart joins the next item to the last.
                i > 0
                and tokens[i - 1].norm == "و"
                and prev_mention_end == i - 1
                and mentions
                and not mentions[-1].is_area
                and not _ordinary_word(t.norm)
                and t.norm not in BOUNDARY_WORDS
                and t.norm not in LOCATIVES
                and (i + 1 >= n or not tokens[i + 1].is_word or tokens[i + 1].norm == "و"
                     or _is_list_item(tokens[i + 1].norm) or tokens[i + 1].norm in BOUNDARY_WORDS)
            )  # fmt: skip
            chained = spaced or (
                prev_mention_end == i
                and t.norm[:1] == "و"
                and len(t.norm) > 3
                and i + 1 < n
                and tokens[i + 1].is_word
                and not used[i + 1]
                and not blocked[i + 1]
                and not _ordinary_word(tokens[i + 1].norm)
                and tokens[i + 1].norm not in BOUNDARY_WORDS
                and tokens[i + 1].norm not in LOCATIVES
                and (i + 2 >= n or not tokens[i + 2].is_word or _is_list_item(tokens[i + 2].norm))
                and mentions
                and not mentions[-1].is_area
            )
            if (
                list_open or chained or (in_quote and prev_mention_end >= i - 1 and t.norm[:1] == "و")
            ) and not blocked[i]:
                district = list_open and _district_word(tokens, i, (list_head, list_start))
                item_end = self._name_end(
                    tokens, i, blocked, used, max_words=3 if in_quote else 2, district=district
                )
                if item_end > i and tokens[item_end - 1].norm in NAME_LINKS:
                    item_end = self._name_end(tokens, i, blocked, used, max_words=3)  # قصر ابن وردان
                item_end = _direction_end(tokens, item_end, in_list=list_open) if item_end > i else item_end
                after = self._next_word(tokens, item_end - 1) if item_end > i else None
                takes_object = after is not None and tokens[after].norm in ("بين", "مع", "علي", "الي")
                # After the first item, the next one is joined by و, a comma or a quotation mark:
                # "و9 قرى حولها كانت كلها تحت سيطرة ..." is a sentence, not a list.
                joined = (
                    prev_mention_end <= list_start
                    or t.norm[:1] == "و"
                    # "والمصيطبة رسم مضحي": a name-forming word straight after an item, its و dropped
                    or (prev_mention_end == i and strip_article(t.norm) in NAME_PREFIX_KEYS)
                    or i == part_joined
                    or (i > 0 and tokens[i - 1].norm == "و")
                    or (
                        i > 0
                        and not tokens[i - 1].is_word
                        and tokens[i - 1].text in ",،#-–—" + "".join(QUOTES)
                    )
                )
                if after is not None and after == item_end and _ordinary_word(tokens[after].norm):
                    takes_object = True  # "ودارت اشتباكات": a verb and its subject, not a name
                if (
                    item_end > i
                    and (district or self._plausible_name(tokens[i:item_end], listed=in_quote))
                    and not takes_object
                    and joined
                ):
                    off = 1 if t.norm[:1] == "و" and len(t.norm) > 2 and t.norm not in NAME_PREFIX_KEYS else 0
                    start = t.start + off
                    surface = _strip_quotes(text[start : tokens[item_end - 1].end])
                    m = Mention(
                        surface=surface, start=start, end=start + len(surface), sentence="", sentence_start=0
                    )
                    # (a district named by a common word is not the village or city of that name)
                    m.candidates = [] if district else self._fuzzy_candidates(surface)
                    mentions.append(m)
                    prev_mention_end = item_end
                    i = item_end
                    continue
            if (
                list_open
                and not t.norm.startswith("و")
                and not (
                    prev_mention_end <= list_start and (_with_pronoun(t.norm) or bare in ("منها", "بينها"))
                )
            ):
                list_open = False  # ("قرى أهمها “المباركات” و...": the list is still to come)
            i += 1

    @staticmethod
    def _name_continuation(tokens, last, used, blocked, in_list: bool = False) -> int | None:
        """The index of the word after a one-word gazetteer name that carries the name on (شمرة الحصان،
        كروم الحمرية), or None: a word with the article that is no stop, boundary, direction, cue or
        ordinary word, and after which the name plainly ends (punctuation, a new list item, a direction
        or boundary word, or the end)."""
        k = last + 1
        if k >= len(tokens) or not tokens[k].is_word or used[k] or blocked[k]:
            return None
        norm = tokens[k].norm
        if norm in QUARTER_WORDS:
            return k  # "عدرا البلد", "درعا المحطة", "حمص القديمة": a town's old or station quarter, named so
        # In a list a second word without the article may carry the name on too (لقية لجة وأسيا).
        if not (norm.startswith("ال") and len(norm) >= 5) and not (
            in_list and len(norm) >= 3 and norm[:1] != "و" and norm not in NAME_LINKS
        ):
            return None
        if strip_article(norm) in NAME_PREFIX_KEYS or norm in FIRST_NAMES:
            return None  # the next item, written without و (المصيطبة رسم مضحي)
        if norm.startswith(("بال", "لل", "كال")) or _region_or_area(tokens[k].text):
            return None  # "معرتماتر بالريف الجنوبي": a phrase after the name, not its second word
        sized = (
            norm.startswith("ال") and strip_article(norm) in SIZE_QUALIFIERS
        )  # التوخار الكبير، الدار الكبيرة
        if not sized and (
            norm in STOPWORDS
            or norm in BOUNDARY_WORDS
            or norm in LOCATIVES
            or norm in DIRECTIONS
            or norm in NAME_DIRECTIONS
            or strip_article(norm) in CUES
            or _ordinary_word(norm)
            or _governorate(norm)
            or norm.endswith(("يه", "يين", "يون", "يتين", "يتان"))  # adjectives: الغربيه، السوريه، السوريتين
            or (len(norm) >= 8 and norm.endswith(("تين", "تان")))  # a dual adjective: "وجيرود المجاورتين"
        ):
            return None
        after = k + 1
        if after >= len(tokens):
            return k
        nxt = tokens[after]
        if not nxt.is_word:
            return k if nxt.text not in QUOTES else None
        if used[after] or nxt.norm in DIRECTIONS or nxt.norm in BOUNDARY_WORDS or nxt.norm in LOCATIVES:
            return k
        if _is_list_item(nxt.norm):
            return k
        return None

    @staticmethod
    def _third_word(tokens, last, used, blocked) -> int | None:
        """The index of a name word after a two-word name that starts with a name prefix (تل الشيخ
        منصور), when the name plainly ends after it; else None."""
        k = last + 1
        if k >= len(tokens) or not tokens[k].is_word or used[k] or blocked[k]:
            return None
        norm = tokens[k].norm
        if (
            len(norm) < 3
            or norm[:1] == "و"
            or norm in STOPWORDS
            or norm in BOUNDARY_WORDS
            or norm in LOCATIVES
            or norm in DIRECTIONS
            or norm in NAME_DIRECTIONS
            or _ordinary_word(norm)
            or _governorate(norm)
            or norm.startswith(("بال", "لل", "كال"))
        ):
            return None
        after = k + 1
        if after >= len(tokens) or not tokens[after].is_word:
            return k
        nxt = tokens[after].norm
        if (
            _is_list_item(nxt)
            or nxt in LOCATIVES
            or nxt in BOUNDARY_WORDS
            or nxt in DIRECTIONS
            or _region_or_area(tokens[after].text)
        ):
            return k
        return None

    def _pair(self, text, tokens, first_cue, second_cue, name_at, name_end, mentions) -> None:
        """ "بلدة وتل الصخر": the village الصخر and the hill تل الصخر."""
        name_tokens = [tokens[k] for k in range(name_at, name_end)]
        start, end = tokens[name_at].start, tokens[name_end - 1].end
        surface = text[start:end]
        village = Mention(surface=surface, start=start, end=end, sentence="", sentence_start=0,
                          kind=CUES[_cue_reading(tokens[first_cue].text)])  # fmt: skip
        found = self._lookup(name_tokens)
        village.candidates = self._cands(found) or self._fuzzy_candidates(surface)
        cue_text = tokens[second_cue].text[1:]
        hill = Mention(surface=f"{cue_text} {_clean_surface(surface)}", start=tokens[second_cue].start + 1, end=end, sentence="",
                       sentence_start=0, kind=CUES[norm_word(cue_text)], reason="coordinated cue")  # fmt: skip
        found = self._lookup([Token(cue_text, norm_word(cue_text), 0, 0, True)] + name_tokens)
        # The hill may be known only by its Latin name (the Wikipedia map's "Tell al-Sakhr") while a
        # far-away village has the Arabic spelling: both compete, the article's context decides.
        hill.candidates = _dedupe(self._cands(found) + self._fuzzy_candidates(hill.surface))
        mentions.extend([village, hill])

    def _cands(self, found):
        if not found:
            return []
        return [(self.index.places[pid], 1.0, "exact") for pid in found[1] if pid in self.index.places]

    def _coordinated_cue(self, text, tokens, i, mention, mentions) -> None:
        """After "بلدة وتل X" emit the hill "تل X" beside the village X."""
        prev = i - 1
        while prev >= 0 and not tokens[prev].is_word and tokens[prev].text in QUOTES:
            prev -= 1
        if prev < 1 or not tokens[prev].is_word:
            return
        second = tokens[prev].norm
        first = tokens[prev - 1].norm if tokens[prev - 1].is_word else ""
        if second[:1] == "و" and CUES.get(second[1:]) and CUES.get(strip_article(first)):
            mention.kind = CUES.get(strip_article(first))
            hill_kind = CUES[second[1:]]
            cue_word = tokens[prev].text[1:]
            surface = f"{cue_word} {mention.surface}"
            hill = Mention(surface=surface, start=tokens[prev].start + 1, end=mention.end, sentence="", sentence_start=0,
                           kind=hill_kind, reason="coordinated cue")  # fmt: skip
            found = self.index.by_key.get(
                strip_article(norm_word(cue_word)) + strip_article(norm_word(mention.surface.split()[-1]))
            )
            hill.candidates = [
                (self.index.places[p], 1.0, "exact") for p in found or () if p in self.index.places
            ]
            if not hill.candidates:
                hill.candidates = self._fuzzy_candidates(surface)
            mentions.append(hill)

    def _fuzzy_candidates(self, surface: str) -> list:
        out = self._index_fuzzy(surface)
        if not out:
            out = self._nearby_spellings(surface)
        return out

    def _nearby_spellings(self, surface: str) -> list:
        """Places the name may mean when no spelling of the index matches it: the name with a qualifier
        the report left out (عرادة → عرادة كبيرة، بخضرمو → بخضرمو التحتا), or one letter off (an outlet's
        typo: حنوتين → حنتوتين، معربة → معرية). Weak candidates: only the article's other places confirm them."""
        key = name_key(surface)
        if len(key) < 4 or not any("\u0621" <= c <= "\u064a" for c in key):
            return []
        by_key, places = self.index.by_key, self.index.places
        out = []
        for qualifier in NAME_QUALIFIERS:
            for pid in by_key.get(key + qualifier, ()):
                if pid in places:
                    out.append((places[pid], QUALIFIER_BASE, "qualifier"))
        words = surface.split()
        if len(words) >= 2 and strip_article(norm_word(words[-1])) in NAME_QUALIFIERS:
            # The report names a part the index does not split (الكرك الشرقي → الكرك).
            for pid in by_key.get(name_key(" ".join(words[:-1])), ()):
                if pid in places:
                    out.append((places[pid], QUALIFIER_BASE, "qualifier"))
        if len(key) >= 5:
            for variant in _one_edit_keys(key):
                for pid in by_key.get(variant, ()):
                    if pid in places:
                        out.append((places[pid], TYPO_BASE, "typo"))
        return _dedupe(out)

    def _index_fuzzy(self, surface: str) -> list:
        matches = getattr(self.index, "matches", None)
        if matches is None:
            return []
        out = []
        for info, match, base, _reason in matches(surface):
            # A Latin-only place (the Wikipedia map's hills) can only be met through transliteration;
            # a place with an Arabic name that did not match is another name that sounds alike.
            # Only close sound-alikes inside the theatre: بيت العبدة is not "Al-Dalil", أم شعيفة not an
            # Israeli moshav.
            latin_only = (
                match == "transliteration"
                and base >= LATIN_ONLY_MIN
                and not info.name_ar
                and not _foreign(info)
            )
            if match in ("exact", "variant") or latin_only:
                out.append((info, base * (1.0 if match != "transliteration" else 0.8), match))
            elif info.name_ar and _one_letter_off(surface, info.name_ar):
                # An outlet's typo (حنوتين for حنتوتين، معربة for معرية): a weak candidate that only the
                # article's other places can confirm.
                out.append((info, TYPO_BASE, "typo"))
        return out

    def _important(self, ids) -> bool:
        for pid in ids:
            p = self.index.places.get(pid)
            if p is not None and (p.kind in CITY_KINDS or getattr(p, "importance", 0) >= 0.5):
                return True
        return False

    @staticmethod
    def _next_word(tokens, i):
        j = i + 1
        while j < len(tokens) and not tokens[j].is_word:
            if tokens[j].text not in QUOTES and tokens[j].text != "(":
                return None  # وقرية (هوران): a bracket may stand between the cue and the name
            j += 1
        return j if j < len(tokens) else None

    def _name_end(
        self,
        tokens,
        start,
        blocked,
        used,
        max_words: int = 2,
        named_cue: bool = False,
        district: bool = False,
    ) -> int:
        """End (exclusive) of an unknown name starting at `start`: up to a boundary word or punctuation.
        After a cue that belongs to the name (سد تشرين، جبل الشيخ) a common word may start it, and after
        حي a district may be named by one (حي الصناعة)."""
        quoted = start > 0 and tokens[start - 1].text in QUOTES
        limit = 4 if quoted else max_words
        j = start
        count = 0
        while j < len(tokens) and count < limit:
            t = tokens[j]
            if not t.is_word or blocked[j] or used[j]:
                break
            norm = t.norm
            if (
                norm == "و"
                or (
                    count > 0
                    and norm[:1] == "و"
                    and tokens[j - 1].norm not in NAME_LINKS  # قصر ابن وردان: a name does not end on ابن
                    and (len(norm) > 3 or norm[1:] in NAME_PREFIX_KEYS)
                    and (not quoted or _is_list_item(norm) or norm[1:] in NAME_PREFIX_KEYS)
                    and norm not in NAME_PREFIX_KEYS
                )
            ):
                break
            sized = count > 0 and norm.startswith("ال") and strip_article(norm) in SIZE_QUALIFIERS
            if not sized and (
                norm in LOCATIVES
                or norm in DIRECTIONS
                or norm in BOUNDARY_WORDS
                or any(c.isdigit() for c in norm)
            ):
                break  # (but "قرية التوخار الكبير": a size is part of the name)
            if count > 0 and (norm in CUES or norm in AREA_WORDS or (norm[:1] in "وبل" and norm[1:] in CUES)):
                break  # (and "وحي": "لحي البحار وحي طريق السد" — the next item's cue)
            if count > 0 and (TANWEEN & set(t.text) or norm in STRIKE_WORDS or norm[1:] in STRIKE_WORDS):
                break  # "بلدة الهبيط لقصفٍ": a case ending or a strike word is not the name's second word
            if (
                count > 0
                and norm.startswith("ال")
                and (
                    norm.endswith(("يتين", "يتان", "يين", "يون"))
                    or (len(norm) >= 8 and norm.endswith(("تين", "تان")))
                )
            ):
                break  # "منبج السوريتين", "القرى الكرديين": an adjective, not the name's second word
            if count > 0 and not sized and (norm.startswith(("بال", "لل", "كال")) or _ordinary_word(norm)):
                break  # "حي اللطوة بالقسم الجنوبي", "بلدة الطيانة المتاخمة": the name has ended
            if count == 0 and not named_cue and strip_article(norm) in NEVER_NAMES:
                break  # "منطقة منكوبة", "إلى قرية شمالها": the cue word is not followed by a name
            if (
                count == 0
                and not named_cue
                and _ordinary_word(norm)
                and strip_article(norm)
                in MONTH_KEYS | {"تقع", "كافه", "تلك", "هذه", "هذا", "كلها", "جميع", "تابعه"}
            ):
                break
            if count > 0 and strip_article(norm) in DAY_KEYS:
                break  # "تل الجابية الخميس": the day the report gives, not the name's second word
            if count > 0 and _region_or_area(t.text):
                break  # "عربين بغوطة دمشق": the region after the name is not part of it
            if count == 0 and (norm in STOPWORDS or norm in BOUNDARY_WORDS):
                # عين الغزال، خربة بشار، تل حلف: a name-forming word starts a longer name.
                nxt = j + 1
                if not (
                    (
                        strip_article(norm) in NAME_PREFIX_KEYS
                        or strip_article(bare_word(norm)) in NAME_PREFIX_KEYS
                    )
                    and nxt < len(tokens)
                    and tokens[nxt].is_word
                    and tokens[nxt].norm not in STOPWORDS
                    and tokens[nxt].norm not in BOUNDARY_WORDS
                    and tokens[nxt].norm not in LOCATIVES
                    and tokens[nxt].norm not in DIRECTIONS
                ) and not (named_cue and norm not in BOUNDARY_WORDS and norm not in DIRECTIONS):
                    if not (district and bare_word(norm) in DISTRICT_WORDS):
                        break
            j += 1
            count += 1
        return j

    @staticmethod
    def _plausible_name(tokens, listed: bool = False) -> bool:
        first = bare_word(tokens[0].norm)
        if len(tokens) > 1 and (
            strip_article(first) in NAME_PREFIX_KEYS or tokens[0].norm in NAME_PREFIX_KEYS
        ):
            return all(t.is_word for t in tokens)  # بيت عيوش، عين العروس
        if first in STOPWORDS or first in BOUNDARY_WORDS or first in LOCATIVES or len(first) < 3:
            return False
        rest = first[1:] if first[:1] in "وف" else ""
        if (
            rest
            and strip_article(rest) not in NAME_PREFIX_KEYS  # (وأم سليم، وتل X are names)
            and (rest in LOCATIVES or rest in BOUNDARY_WORDS or rest in STOPWORDS or len(rest) < 3)
        ):
            return False  # "ومن ثم": و + a preposition, not a name
        if any(
            strip_article(r) in _STOP_KEYS and strip_article(r) not in NAME_PREFIX_KEYS
            for r, clitic in word_readings(tokens[0].text)
            if clitic[-1:] in ("ب", "ل", "ك")
        ):
            return False  # "لقوات النظام": a stop word with its preposition (و+أم شعيفة is still a name)
        if strip_article(first) in CUES or first in AREA_WORDS or _org_word(tokens[0].norm):
            return False
        if _norm_first(tokens[0].text) in REGION_WORDS:
            return False  # "بلدات القلمون الشرقي", "مدن وقرى حوران": a region, not a locality
        if _ordinary_word(tokens[-1].norm) or any(_with_pronoun(t.norm) for t in tokens):
            return False  # مزارع العبدالله is a name; المزارع, كافة تلك, حولها كانت are not
        if any(_ordinary_word(t.norm) or t.norm in BOUNDARY_WORDS for t in tokens[1:]):
            return False  # "أدّى لوقوع", "صغيرة مثل": a word that is no name part
        if any(TANWEEN & set(t.text) for t in tokens):
            return False  # "تقدماً", "تمهيداً", "متسببةً": case endings written on ordinary words, not names
        if len(tokens) == 1 and not listed and is_ordinary(tokens[0].norm):
            # (a word in quotes is named as a place: قرى “الطويلة وتل الطويل وخمسة”، و"مجازر")
            return False  # "وإصابة 10 آخرين": words of news text (gazetteer.ordinary_words), no name
        return all(t.is_word for t in tokens)

    def _locative(self, tokens, i, in_quote, list_open, prev_mention_end, pending_cue) -> bool:
        if in_quote or list_open or pending_cue:
            return True
        t = tokens[i]
        if t.norm[:1] in "بل" and len(t.norm) > 3:
            return True
        if prev_mention_end >= i - 1 and t.norm[:1] == "و":
            return True
        if i > 0 and tokens[i - 1].norm == "و" and prev_mention_end >= i - 1:
            return True  # "حي الشيخ ياسين و العرضي و الحميدية": an item after a و written apart
        j = i - 1
        while j >= 0 and not tokens[j].is_word:
            if tokens[j].text in QUOTES:
                j -= 1
                continue
            return tokens[j].text in ",،" and prev_mention_end >= j
        if j < 0:
            return False
        prev = bare_word(tokens[j].norm)
        return prev in LOCATIVES or strip_article(prev) in CUES or prev in LIST_CUES

    # --- joint resolution ------------------------------------------------------------------------------

    def _resolve(self, mentions: list[Mention]) -> None:
        """Choose each name's place with the article's governorates and its other places as context."""
        govs = {m.area[0] for m in mentions if m.is_area}
        gov_points = [(m.area[3], m.area[4]) for m in mentions if m.is_area]
        if any(not m.is_area and _governorate(m.surface) == DAMASCUS for m in mentions):
            # The capital named on its own ("شرقي دمشق") places the report as its countryside would.
            govs |= {"SY01", DAMASCUS[0]}
            gov_points.append((DAMASCUS[3], DAMASCUS[4]))
        # One decision per distinct name (and cue kind): a name repeated in the article means one place.
        groups: dict[tuple, list[Mention]] = {}
        for m in mentions:
            if not m.is_area and m.candidates:
                groups.setdefault((m.key, m.kind in ("hill", "woods")), []).append(m)
        names = list(groups)
        heads = [groups[k][0] for k in names]
        for head in heads:
            head.candidates = _dedupe(head.candidates)
        # Anchors: names with a single candidate inside the governorates named (or anywhere when none).
        chosen: dict[int, object] = {}
        how: dict[int, str] = {}  # the match reason of each choice
        for g, head in enumerate(heads):
            cands = head.candidates
            if len(cands) == 1 and (not govs or _admin1(cands[0][0]) in govs):
                chosen[g] = cands[0][0]
        support = _support(heads)
        local_govs = {(m.sentence_start, m.area[0]) for m in mentions if m.is_area}
        for _round in range(2):
            points = {g: (p.lat, p.lon) for g, p in chosen.items() if how.get(g) not in WEAK_MATCHES}
            overall = _centre(list(points.values())) or _centre(gov_points)
            for g, head in enumerate(heads):
                ctr = _centre_without(points, g) if len(points) <= 40 else overall
                ctr = ctr or overall
                best, best_score = None, -1e9
                for info, base, reason in head.candidates:
                    score = (
                        base
                        + _kind_score(head.kind, info.kind)
                        + 0.05 * min(getattr(info, "importance", 0.0) or 0.0, 1.0)
                    )
                    if govs:
                        score += 0.6 if _admin1(info) in govs else -0.6
                    own = {gv for start, gv in local_govs if start == head.sentence_start}
                    if own:
                        # "مدينة رأس العين في محافظة الحسكة": its own sentence says where, whatever the
                        # report's other places are near.
                        score += 0.6 if _admin1(info) in own else -0.6
                    if ctr:
                        score += max(-1.0, 0.5 - haversine_km(ctr[0], ctr[1], info.lat, info.lon) / 60.0)
                    score += SUPPORT_WEIGHT * min(support.get((g, info.id), 0), SUPPORT_CAP) / SUPPORT_CAP
                    if score > best_score:
                        best, best_score = info, score
                        how[g] = reason
                if best is not None:
                    chosen[g] = best
        # Reject choices far from where the rest of the article is; then judge again against the choices
        # kept, so that wrong guesses far away (a homonym in another governorate) do not pull the centre.
        points = {g: (p.lat, p.lon) for g, p in chosen.items() if how.get(g) not in WEAK_MATCHES}
        local = {(m.sentence_start, m.area[0]) for m in mentions if m.is_area}
        witnesses = _Witnesses(chosen, points)
        backed = {g for g, info in chosen.items() if support.get((g, info.id), 0) >= SUPPORTED}
        rejected = {
            g for g in chosen if self._rejected(g, chosen, witnesses, heads, how, govs, local, backed)
        }
        kept = {g: pt for g, pt in points.items() if g not in rejected}
        if rejected and len(kept) >= 2:
            witnesses = _Witnesses(chosen, kept)
            rejected = {
                g for g in chosen if self._rejected(g, chosen, witnesses, heads, how, govs, local, backed)
            }
        for g, info in chosen.items():
            head = heads[g]
            if g not in rejected:
                for m in groups[names[g]]:
                    m.place = info
                    m.reason = "single" if len(head.candidates) == 1 else "context"

    @staticmethod
    def _rejected(g, chosen, witnesses: _Witnesses, heads, how, govs, local, backed=frozenset()) -> bool:
        """Whether the place chosen for name `g` is too far from the report's other places to believe."""
        info = chosen[g]
        head = heads[g]
        n_others, ctr = witnesses.without(info.id)
        sentence_govs: dict[int, set] = {}
        for start, gov in local:
            sentence_govs.setdefault(start, set()).add(gov)
        reject = False
        alone = (
            not ctr
            and len(head.candidates) == 1
            and how.get(g) not in WEAK_MATCHES
            and head.sentence_start not in sentence_govs
        )  # ("بلدة مورك" the only place of a report that names Aleppo for a road: nothing speaks against it)
        if govs and _admin1(info) not in govs and not alone:
            if not ctr or haversine_km(ctr[0], ctr[1], info.lat, info.lon) > 20:
                # A city is named far from the rest as often as near it ("على الطريق بين مدينة اللاذقية
                # ومدينة حلب"): kept when no other place of its name is a city or town.
                reject = (
                    info.kind not in CITY_KINDS
                    or (bool(ctr) and not _sole_city(head, info))
                    or _foreign(info)  # السويدية in Raqqa is not Samandağ
                    # (by another of its names in a sentence set in another governorate: "قرية حصان ... في
                    # ريف الرقة" is no Raqqa village, not Latakia's القطيلبية)
                    or (
                        head.sentence_start in sentence_govs
                        and _admin1(info) not in sentence_govs[head.sentence_start]
                        and name_key(info.name_ar or "") not in name_key(head.surface)
                        and sum(x.id == info.id for x in chosen.values()) == 1  # ("عين العرب" (كوباني))
                    )
                )
        # A governorate phrase in the name's own sentence ("تلة الكبينة بريف اللاذقية الشرقي") speaks
        # for it even when the rest of the article is elsewhere.
        local = (head.sentence_start, _admin1(info)) in local
        if ctr and n_others >= 3 and info.kind not in CITY_KINDS and not local and g not in backed:
            if haversine_km(ctr[0], ctr[1], info.lat, info.lon) > max(
                CLUSTER_KM, 3 * witnesses.spread_without(info.id)
            ):
                reject = True
        if _foreign(info) and (not ctr or haversine_km(ctr[0], ctr[1], info.lat, info.lon) > FOREIGN_KM):
            reject = True  # a town across the border only when the report's places are beside it
        if how.get(g) in WEAK_MATCHES and (
            not ctr or haversine_km(ctr[0], ctr[1], info.lat, info.lon) > TYPO_KM
        ):
            reject = True  # a one-letter-off spelling is only believed beside the article's other places
        if (
            head.kind in ("hill", "woods")
            and info.kind not in ("hill", "woods", "mountain")
            and len(head.surface.split()) < 2
        ):
            reject = True
        if (
            ctr
            and info.kind not in CITY_KINDS
            and not local
            and g not in backed
            and haversine_km(ctr[0], ctr[1], info.lat, info.lon) > HOMONYM_KM
            and any(haversine_km(c.lat, c.lon, info.lat, info.lon) > 10 for c, _b, _r in head.candidates)
        ):
            # A common village name (الخالدية، الحميدية) chosen among its homonyms far from the report's
            # other places is more likely a place the gazetteer lacks (a city's neighbourhood).
            reject = True
        return reject


SUPPORT_CELL = 0.25  # degrees (about 25 km): the grid that tells which names could lie together
SUPPORT_WEIGHT = 0.6
SUPPORT_CAP = 4
SUPPORTED = 3  # a choice with candidates of this many other names beside it is not doubted for distance


def _support(heads) -> dict[tuple[int, object], int]:
    """For each (name, candidate place): how many of the report's other names have a candidate in the
    same or a neighbouring grid cell. Places named together usually lie together; a candidate that many
    other names could agree with is likelier than a lone homonym far away (even when those names have
    several candidates each and no anchor is sure)."""
    cell_heads: dict[tuple[int, int], set[int]] = {}
    for g, head in enumerate(heads):
        for info, _base, _reason in head.candidates:
            cell_heads.setdefault((int(info.lat // SUPPORT_CELL), int(info.lon // SUPPORT_CELL)), set()).add(
                g
            )
    out = {}
    for g, head in enumerate(heads):
        for info, _base, _reason in head.candidates:
            cy, cx = int(info.lat // SUPPORT_CELL), int(info.lon // SUPPORT_CELL)
            near: set[int] = set()
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    near |= cell_heads.get((cy + dy, cx + dx), set())
            near.discard(g)
            out[(g, info.id)] = len(near)
    return out


class _Witnesses:
    """The places chosen for a report's names, one point per place (a city written two ways, دير الزور
    and ديرالزور, is not two witnesses), with their median point computed without any one of them."""

    def __init__(self, chosen: dict, points: dict):
        uniq = {chosen[k].id: pt for k, pt in points.items()}
        self.ids = uniq
        self.lats = sorted(p[0] for p in uniq.values())
        self.lons = sorted(p[1] for p in uniq.values())

    def spread_without(self, place_id) -> float:
        """The median distance of the other places from their centre: how scattered the report is."""
        return _spread([p for pid, p in self.ids.items() if pid != place_id])

    def without(self, place_id) -> tuple[int, tuple[float, float] | None]:
        """(how many other places, their median point or None)."""
        own = self.ids.get(place_id)
        n = len(self.lats) - (own is not None)
        if n <= 0:
            return 0, None
        if own is None:
            return n, (self.lats[n // 2], self.lons[n // 2])
        return n, (_median_without(self.lats, own[0]), _median_without(self.lons, own[1]))


def _median_without(values: list[float], value: float) -> float:
    """The median (upper middle) of the sorted `values` with one occurrence of `value` taken out."""
    at = bisect_left(values, value)
    mid = (len(values) - 1) // 2
    return values[mid] if mid < at else values[mid + 1]


def _centre_without(points: dict, skip) -> tuple[float, float] | None:
    return _centre([pt for k, pt in points.items() if k != skip])


BOUNDARY_WORDS = {
    "شمالا", "جنوبا", "شرقا", "غربا",  # "من كفر حور شمالاً حتى قرية مغر المير جنوباً": adverbs of direction
    "مركز", "ولا",  # "بلدة ربيعة مركز جبل التركمان", "قرية حرجلة ولا تزال": the name has ended
    "بعد", "قبل", "التي", "الذي", "اللتين", "الذين", "خلال", "منذ", "عقب", "اثر", "إثر", "وسط", "ضد",
    "مع", "حيث", "فيما", "بينما", "اليوم", "امس", "صباح", "مساء", "ليل", "فجر", "الواقعه", "الواقع",
    "الاستراتيجي", "الاستراتيجيه", "الإستراتيجي", "المحاذيه", "القريبه", "المجاوره", "الملاصقه",
    "الملاصق", "المتاخمه", "المتاخم", "المحاذي", "المجاور", "القريب",
    "كم", "ايضا", "كما", "او", "ثم", "لكن", "الا", "هي", "هو", "وهي", "وهو", "انه", "انها", "قد",
    "بشكل", "بما", "بالكامل", "كامل", "كامله", "جديده", "جديد", "عده", "عدد", "بالقرب", "بالاضافه", "اضافه",
    "الحدوديه", "الحدودي", "المحاصره", "الاثريه", "الكبير", "الكبيره", "الخاضعه", "التابعه", "التابع",
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
    "المؤدي", "الواصل", "الرابط", "اكبر", "اصغر", "اهم", "توجهت", "توجه", "لتنتقل", "انتقلت", "انتقل",
    "تمكنت", "تمكن", "كبري", "صغري", "الكبري", "الصغري", "اضاف", "واضاف", "اضافت", "دون", "المقابله",
    "المقابل", "المطله", "المطل", "المعروفه", "المعروف",
    "لن", "ولم",
}  # fmt: skip


@lru_cache(maxsize=65536)
def _cue_reading(word: str) -> str | None:
    """The cue word a raw word is (بلدة، وبلدة، بقرية، البلدة is not: a cue has no article), or None."""
    for reading, _ in word_readings(word):
        if reading in CUES:
            return reading
    return None


@lru_cache(maxsize=65536)
def _list_cue(word: str) -> bool:
    """A plural or dual place noun a list of names follows: قرى، بلدتي، and with the article only the
    duals (القريتين (آرا والكبينة)) — "البلدات" alone is more often "the towns" just mentioned."""
    return any(
        reading in LIST_CUES or (reading.startswith("ال") and reading[2:] in DUAL_CUES)
        for reading, _ in word_readings(word)
    )


DUAL_CUES = frozenset({"قريتين", "بلدتين", "مدينتين", "حيين", "قريتان", "بلدتان"})


def _short_quotes(tokens: list[Token], limit: int = 6) -> list[bool]:
    """True for the words inside a short quotation (“الهبيط وام زيتونة وتل عاس”), not quoted speech."""
    flags = [False] * len(tokens)
    i = 0
    while i < len(tokens):
        if tokens[i].text in QUOTES:
            j = i + 1
            words = 0
            while j < len(tokens) and tokens[j].text not in QUOTES and tokens[j].text not in ".\n:":
                words += tokens[j].is_word
                j += 1
            if j < len(tokens) and tokens[j].text in QUOTES and 0 < words <= limit:
                for k in range(i + 1, j):
                    flags[k] = True
                i = j + 1
                continue
        i += 1
    return flags


@lru_cache(maxsize=65536)
def _never_alone(word: str) -> bool:
    """Common words that happen to be village names somewhere: never a place as a single word."""
    for reading, _ in word_readings(word):
        if reading in STOPWORDS or reading in LOCATIVES or reading in BOUNDARY_WORDS:
            return True
        if strip_article(reading) in _STOP_KEYS or len(strip_article(reading)) < 3:
            return True
        if _ordinary_word(reading):
            return True
    return False


def _clean_surface(surface: str) -> str:
    """The span's words without quotation marks inside: تل “الصخر → تل الصخر."""
    return " ".join("".join(c for c in surface if c not in QUOTES).split())


def _strip_quotes(surface: str) -> str:
    return surface.strip("".join(QUOTES) + " ")


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
     "رسم", "رجم", "مشتي", "تلول", "قبر", "مغر", "بستان", "جمعيه", "حويجه", "كر", "كاني"}
)  # fmt: skip


@lru_cache(maxsize=65536)
def _is_list_item(norm: str) -> bool:
    """A word joined by و that starts a new list item (والنقير), not a name's second word."""
    return norm[:1] == "و" and len(norm) > 3 and norm[1:] not in STOPWORDS


@lru_cache(maxsize=65536)
def _region_or_area(word: str) -> bool:
    """بغوطة، بريف، ببادية، بمحافظة: a region, countryside or governorate word, with its preposition."""
    for reading, clitic in word_readings(word):
        if not clitic or clitic == "~":
            continue
        if reading in REGION_WORDS or reading in AREA_WORDS or strip_article(reading) in GOVERNORATES:
            return True
    return False


@lru_cache(maxsize=65536)
def _norm_first(word: str) -> str:
    return word_readings(word)[-1][0] if word_readings(word) else ""


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
    بلاد حساسة دار مهمة صغيرة مدرسة إدارة متحالفة انتشار فاصلة عسكري عسكرية الدولي دولي
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
    مؤكدا مشيرا مضيفا موضحا لافتا منوها سوف نفوذ عرف اقتراب حيوية صور عمر صراع إخلاء آمنة بنايات كازية
    أنقرة موسكو طهران واشنطن إسطنبول استانا سوتشي جنيف وزارة سفارة كلية قريبين قريبتين مجاورتين متاخمتين محاذيتين
    """.split()
)
# Words that are no name even right after a cue word ("منطقة منكوبة", "مناطق انتشار القوات", "قرية شمالها").
NEVER_NAMES = frozenset(
    strip_article(normalize_text(w))
    for w in """
    خاضع خاضعة مضافة محطة لسيطرة أدى أدت تحديدا الممتدة الممتد الرئيسية الرئيسي صوامع مدنية منكوبة ضفاف
    انتشار يتمركز تتمركز يتواجد تتواجد شمالها جنوبها شرقها غربها بوتين أردوغان مما بما عما كما بذلك لذلك
    مكمن سماء دمشقية حلبية حدودي الشبابية التماس جولة أساسية تحركات الإيرانية الروسية التركية الأمريكية
    الأمريكي قريب بعيد تشهد يشهد شهدت درجة القتال الكنيسة علوية سنية شيعية مسيحية درزية انطلق انطلقت
    غير
    """.split()
)
COMMON_WORDS = COMMON_WORDS | CORPUS_COMMON_WORDS | NEVER_NAMES
# Common words that name city districts after حي / أحياء (حي الصناعة in Deir ez-Zor, Homs and Raqqa).
DISTRICT_WORDS = frozenset(normalize_text(w) for w in ("الصناعة", "الثورة", "الجامعة", "القصور", "العمال"))
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
    }
)  # fmt: skip  ("القرى التالية: X، Y")
# Adjectives after a cue word: "تلة مشرفة" is an overlooking hill, not a hill called مشرفة.
CUE_ADJECTIVES = frozenset(
    normalize_text(w)
    for w in ("مشرفه", "مشرفة", "حاكمه", "مدفعيه", "دبابات", "مشاه", "صواريخ", "دفاع", "استراتيجيه", "الاستراتيجيه", "مجاوره", "قريبه", "هامه", "مهمه",
              "صغيره", "كبيره", "مأهولة", "ماهوله", "آمنة", "حدودية", "نائية", "محررة", "محاصرة", "مرتفعه", "محاذيه", "اخري", "ثانيه", "واحده", "جديده", "عده", "خفض", "اشتباك",
              "عمليات", "سيطره", "نفوذ", "عازله", "امنه", "منزوعه", "نفطيه", "صناعيه", "زراعيه", "سكنيه", "هام",
              "هامه", "واسعه", "كبير", "صغير", "مهم")
)  # fmt: skip
# Of those, the ones that may stand far from their noun (after a relative clause); منها and بينها only
# follow it closely ("انسحبت منها" is "withdrew from it").
LIST_OPENERS_FAR = frozenset({"هي", "وهي", "هما", "وهما"})
SIDE_WORDS = frozenset({"الجهه", "الجانب", "القسم", "الطرف", "المحور", "الناحيه"})


@lru_cache(maxsize=65536)
def _list_head(norm: str) -> bool:
    """A plural place noun (القرى، البلدات، أحياء، وقرى) that a list of names may follow."""
    return any(strip_article(reading) in LIST_HEAD_KEYS for reading, _ in word_readings(norm))


def _name_word(token: Token) -> bool:
    """A word that may carry a name on after a known first word: a direction (الغربية), a qualifier
    (الكبيرة، التحتاني) or a name part with the article that is no adjective or ordinary word."""
    norm = token.norm
    bare = strip_article(norm)
    if norm in NAME_DIRECTIONS or bare in NAME_DIRECTIONS or bare in NAME_QUALIFIERS:
        return True
    return (
        norm.startswith("ال")
        and not norm.endswith(("يه", "يين", "يون", "ي"))
        and not _ordinary_word(norm)
        and norm not in BOUNDARY_WORDS
        and norm not in STOPWORDS
    )


def _org_word(norm: str) -> bool:
    """A word that starts a group's name, read with and without a leading و/ف (فيلق is no ف + يلق)."""
    return norm in ORG_WORDS or bare_word(norm) in ORG_WORDS or (norm[:1] == "ل" and norm[1:] in ORG_WORDS)


def _counted(tokens: list[Token], i: int) -> bool:
    """A cue word after a number ("13 بلدة", "(13) قرية"): places counted, not named."""
    j = i - 1
    while j >= 0 and not tokens[j].is_word and tokens[j].text in "()":
        j -= 1
    return j >= 0 and any(c.isdigit() for c in tokens[j].text)


def _aside_end(tokens: list[Token], i: int) -> int | None:
    """After "(" at i: the index past ")" when the bracket holds only a side of town (غرب، شمال غرب)."""
    j = i + 1
    words = 0
    while j < len(tokens) and tokens[j].text != ")":
        t = tokens[j]
        if t.is_word:
            words += 1
            if t.norm not in DIRECTIONS and t.norm not in LOCATIVES or words > 3:
                return None
        elif t.text not in "-–":
            return None
        j += 1
    return j + 1 if j < len(tokens) and words else None


def _side_phrase_end(tokens: list[Token], i: int) -> int | None:
    """ "من الجهة الشرقية" / "في القسم الغربي" inside a list: the index past it, else None."""
    words = [k for k in range(i, min(len(tokens), i + 5)) if tokens[k].is_word][:3]
    if len(words) < 3 or words[-1] - words[0] != 2:
        return None
    a, b, c = (tokens[k].norm for k in words)
    if a in ("من", "في") and b in SIDE_WORDS and (c in DIRECTIONS or strip_article(c) in NAME_DIRECTIONS):
        return words[-1] + 1
    return None


def _direction_end(tokens: list[Token], j: int, in_list: bool = False) -> int:
    """`j + 1` when tokens[j] is a direction adjective that ends the name before it (تل أحمر غربي،)
    — followed by punctuation, the end, or the next list item — else `j`."""
    if j >= len(tokens) or not tokens[j].is_word:
        return j
    norm = tokens[j].norm
    if norm not in NAME_DIRECTIONS and not (
        # "الكرك الشرقي": a definite name takes a definite direction (and any item of a list does:
        # "ودامان ومفر أصالة الغربي وبير معالجة").
        norm.startswith("ال")
        and strip_article(norm) in NAME_DIRECTIONS
        and j > 0
        and tokens[j - 1].is_word
        and (in_list or norm_word(tokens[j - 1].text).lstrip("وبلف").startswith("ال"))
    ):
        return j
    k = j + 1
    if k >= len(tokens) or not tokens[k].is_word or (tokens[k].norm[:1] == "و" and len(tokens[k].norm) >= 3):
        return j + 1
    return j


@lru_cache(maxsize=65536)
def _ordinary_word(norm: str) -> bool:
    """An ordinary word, not a name: the common words above, or a noun with an attached pronoun
    (أهمها، معسكرها، حولها، تمركزها) — place names do not carry one."""
    # Both readings: "واسعة" is a word of its own, "وتطهير" is و + a word; an accusative alef is dropped
    # (تلالاً is تلال).
    keys = {strip_article(norm), strip_article(bare_word(norm))}
    # (بالقذائف، للقصف: a preposition before the article; not "بالا", a village, read as ب + إلا)
    keys |= {
        strip_article(r)
        for r, clitic in word_readings(norm)
        if clitic in ("ب", "ل", "ك", "وب", "ول", "~")
        and len(strip_article(r)) >= 3
        and not (r.startswith("ال") and len(r) < 5)
    }
    keys |= {k[:-1] for k in keys if len(k) > 4 and k.endswith("ا")}
    return bool(keys & COMMON_WORDS) or _with_pronoun(norm)


@lru_cache(maxsize=65536)
def _with_pronoun(norm: str) -> bool:
    key = strip_article(bare_word(norm))
    return len(key) >= 5 and key.endswith(("ها", "هم", "هما"))


def _admin1(info) -> str | None:
    a = getattr(info, "admin1", None)
    return a[:4] if a else None


@lru_cache(maxsize=65536)
def _one_letter_off(a: str, b: str) -> bool:
    """Two Arabic names whose keys (5 letters or more) differ by one letter added, dropped or changed."""
    from rapidfuzz.distance import Levenshtein

    ka, kb = name_key(a), name_key(b)
    return min(len(ka), len(kb)) >= 5 and ka != kb and Levenshtein.distance(ka, kb, score_cutoff=1) <= 1


def _foreign(info) -> bool:
    """A place outside Syria: its country when the index knows it, else an admin-1 code that is not
    Syrian (a place with no admin areas yet, such as one an editor has just added, is not foreign)."""
    country = getattr(info, "country", None)
    if country:
        return country != "SY"
    admin1 = _admin1(info)
    return bool(admin1) and not admin1.startswith("SY")


ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءة"


@lru_cache(maxsize=16384)
def _one_edit_keys(key: str) -> tuple[str, ...]:
    """Every key one letter added, dropped, changed or swapped away from `key`."""
    out = set()
    for i in range(len(key) + 1):
        for c in ARABIC_LETTERS:
            out.add(key[:i] + c + key[i:])
            if i < len(key):
                out.add(key[:i] + c + key[i + 1 :])
        if i < len(key):
            out.add(key[:i] + key[i + 1 :])
        if i + 1 < len(key):
            out.add(key[:i] + key[i + 1] + key[i] + key[i + 2 :])
    out.discard(key)
    return tuple(out)


def _sole_city(head, info) -> bool:
    """True when `info` is the only city or town among the mention's exact candidates."""
    cities = {c.id for c, _base, reason in head.candidates if c.kind in CITY_KINDS and reason == "exact"}
    return cities == {info.id}


def _dedupe(cands):
    best = {}
    for info, base, reason in cands:
        if info.id not in best or base > best[info.id][1]:
            best[info.id] = (info, base, reason)
    return list(best.values())


def _kind_score(cue: str | None, kind: str) -> float:
    if cue in ("hill",):
        return 0.3 if kind in ("hill", "mountain") else -0.2
    if cue in ("woods",):
        return 0.3 if kind == "woods" else -0.3
    if cue == "city" and kind in CITY_KINDS:
        return 0.3  # "مدينة رأس العين": the city, not a village of the name
    if cue in ("village", "city", "town"):
        return -0.3 if kind in ("hill", "woods", "mountain") else 0.1
    if cue == "neighbourhood":
        return 0.3 if kind == "neighbourhood" else 0.0
    return -0.1 if kind in ("hill", "woods", "mountain") else 0.0


def _centre(points):
    points = [p for p in points if p and p[0] is not None]
    if not points:
        return None
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    return lats[len(lats) // 2], lons[len(lons) // 2]


def _spread(points) -> float:
    ctr = _centre(points)
    ds = sorted(haversine_km(ctr[0], ctr[1], p[0], p[1]) for p in points)
    return ds[len(ds) // 2]


# (the text's words are compared normalised: اللواء -> اللوا, هيئه -> هييه, حتى -> حتي)
add_normalised_forms(
    globals(),
    ["CUES", "LOCATIVES", "AREA_WORDS", "PERSON_TITLES", "FIRST_NAMES", "ORG_WORDS", "STOPWORDS",
     "BOUNDARY_WORDS", "REGION_WORDS", "LIST_OPENERS", "LIST_OPENERS_FAR"],
)  # fmt: skip
NAME_PREFIX_KEYS = NAME_PREFIX_KEYS | {strip_article(normalize_text(w)) for w in NAME_PREFIX_KEYS}
_STOP_KEYS = frozenset(strip_article(w) for w in STOPWORDS)


def geoparse(text: str, *, index=None) -> GeoparseResult:
    """Place mentions of a text, resolved in context; see the module docstring."""
    return Geoparser(index).parse(text)
