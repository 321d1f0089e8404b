"""Districts of the larger cities (names only): a district named in a report that names its city is no village."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from gazetteer.geoparse.results import Mention, Token, _surface_key
from gazetteer.geoparse.text import _governorate, haversine_km
from gazetteer.geoparse.vocabulary import CITY_KINDS, DISTRICT_NOUNS, DISTRICT_WORDS
from gazetteer.normalize import (
    bare_word,
    normalize_text,
)

# Quarters named after their town: عدرا البلد، حمص القديمة، حلب الجديدة.
QUARTER_WORDS = {
    "البلد",
    "المحطه",
    "القديمه",
    "الجديده",
}
# Words that make a city's name its countryside or governorate ("ريف حلب"), not the city.
AREA_OF_CITY = {"ريف", "بريف", "لريف", "ريفي", "محافظه", "بمحافظه", "لمحافظه"}
# Words with the article after حي / أحياء that name no district: the city or town itself, a side, size or age of it,
# who lives in or holds it ("أحياء المدينة"، "أحياء المعارضة"، "حي الغربي").
NOT_DISTRICT_NAMES = frozenset(
    normalize_text(w)
    for w in (
        "المدينة المدينتين البلدة البلدتين القرية العاصمة المنطقة المخيم الحي المحافظة الريف"
        " الشرقية الغربية الشمالية الجنوبية الشرقي الغربي الشمالي الجنوبي الوسطى الأخرى الأخير الأخيرة"
        " المحاصرة المحاصر السكنية السكني القديمة الجديدة المجاورة المحيطة الخاضعة الواقعة الموالية"
        " المعارضة الثائرة المحررة الآمنة الشعبية الراقية الفقيرة الأمامية الحدودية الرئيسية الداخلية"
        " النظام التنظيم الفصائل المسلحين الثوار الأكراد الكردية المسيحية العلوية السنية الدرزية"
        " التركمانية المختلطة التي الذي الذين المدن القرى البلدات المناطق الأحياء القسم الجزء الطرف الأطراف"
        " المشفى المستشفى الملعب المدرسة"
    ).split()
)
DISTRICTS_FILE = Path(__file__).resolve().parents[1] / "data" / "districts.tsv"
# A place resolved this close to the city may be the district's own point (الجبيلة, Deir ez-Zor).
DISTRICT_KM = 12.0


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


def _district_head(token: Token) -> bool:
    """حي / حيي / أحياء without the article, a preposition or و before it allowed (بحي، وأحياء)."""
    norm = token.norm
    for _ in range(2):
        if norm in DISTRICT_NOUNS:
            return True
        if norm[:1] in "وبل" and len(norm) > 2:
            norm = norm[1:]
    return norm in DISTRICT_NOUNS


def district_name_word(norm: str) -> bool:
    """A word that may start a district's name after حي / أحياء: a common word that does (DISTRICT_WORDS) or a word
    with the article that is not the town, a side of it or who holds it (حي المطار، أحياء المحطة)."""
    word = bare_word(norm)
    return word in DISTRICT_WORDS or (
        word.startswith("ال") and len(word) > 3 and word not in NOT_DISTRICT_NAMES and not _governorate(word)
    )


def _district_named(tokens: list[Token], i: int, heads: tuple[int, ...]) -> bool:
    """A word naming a district: straight after حي / حيي / أحياء, or an item of the list it opens (أحياء المحطة،
    والسحاري، والمطار) — the district nouns with the article ("الأحياء الشرقية") name none."""
    return district_name_word(tokens[i].norm) and any(
        k >= 0 and tokens[k].is_word and _district_head(tokens[k]) for k in heads
    )


def _district_word(tokens: list[Token], i: int, heads: tuple[int, ...]) -> bool:
    """A common word naming a city district after حي / حيي / أحياء (حي الصناعة، أحياء الثورة وجبارة)."""
    return bare_word(tokens[i].norm) in DISTRICT_WORDS and any(
        k >= 0 and tokens[k].is_word and bare_word(tokens[k].norm).removeprefix("ال") in DISTRICT_NOUNS
        for k in heads
    )
