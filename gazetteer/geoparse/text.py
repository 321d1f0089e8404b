"""Text helpers of the geoparser: tokens, sentences, word readings with and without clitics, distances."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from gazetteer.geoparse.results import Mention, Token
from gazetteer.geoparse.vocabulary import GOVERNORATES, QUOTES, REGION_FIRST_KEYS, REGION_GOVERNORATES
from gazetteer.normalize import (
    CharTable,
    clitic_variants,
    normalize_text,
    strip_article,
)


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
    if char.isspace() or char in "_#":
        return "s"  # (a hashtag is its words: "قرية #نحليا", "#تل_السمن")
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


def _glued_ala(word: str) -> bool:
    """A word of four letters or more with على typed onto it ("الحرعلى", "سيطرعلى"), not a word ending so (أعلى،
    الأعلى، المعلى)."""
    return (
        len(word) >= 7
        and word.endswith(("على", "علي"))
        and word[-4] not in "اأإآ"
        and all("\u0621" <= c <= "\u064a" for c in word)
    )


_CLASS_TABLE = CharTable(_char_class)
_WORD_RUN = re.compile("w+")


def tokenize(text: str) -> list[Token]:
    """Words and punctuation with their offsets in the original text; tatweel and marks stay in words."""
    tokens: list[Token] = []
    classes = text.translate(_CLASS_TABLE)  # one class letter per character: s, q, p or w
    i, n = 0, len(text)
    while i < n:
        cls = classes[i]
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
                and classes[i - 1] == "w"
                and classes[i + 1] == "w"
                and not (tokens and tokens[-1].end == i)  # (the full stop a word was cut at)
            ):
                j = i + 1
            else:
                tokens.append(Token(text[i], text[i], i, i + 1, False))
                i += 1
                continue
        j = i
        while True:
            run = _WORD_RUN.match(classes, j)
            if run is not None:
                j = run.end()
            if (
                j < n
                and text[j] == "."
                and j + 1 < n
                and classes[j + 1] == "w"
                and j > i
                and not _full_stop_unspaced(text, i, j)
            ):
                j += 1
                continue
            break
        if j - i == 1 and text[i] == "و" and j + 1 < n and text[j] == " " and classes[j + 1] == "w":
            # "و سياح شرقي و الشومرية": a و typed apart from its word is read as joined to it ("وسياح")
            k = _WORD_RUN.match(classes, j + 1).end()
            tokens.append(Token(text[i:k], norm_word(text[i:k]), i, k, True))
            i = k
            continue
        word = text[i:j]
        if not word.strip("ـ"):
            # A tatweel standing alone is a dash between list items ("مجينة ـ بشقاتين ـ قيلون").
            tokens.append(Token("-", "-", i, j, False))
        elif _glued_ala(word):
            # "سيطر الجيش الحرعلى بلدة داعل": على typed without its space is a word of its own
            cut = j - 3
            tokens.append(Token(text[i:cut], norm_word(text[i:cut]), i, cut, True))
            tokens.append(Token(text[cut:j], norm_word(text[cut:j]), cut, j, True))
        else:
            tokens.append(Token(word, norm_word(word.replace(".", "")), i, j, True))
        i = j
    return tokens


# (and a full stop typed without its space between whole Arabic words: "البويضة.واستهدف")
_LETTER = "[\u0621-\u063f\u0641-\u064a]"
SENTENCE_END = re.compile(rf"[.!?؟]+(?=\s|$)|\n+|(?<={_LETTER}{_LETTER}{_LETTER})\.(?={_LETTER}{{3}})")


# A sentence that only lists what the one before it spoke of: "وأهمها X وY", "ومن بينها X".
LIST_LEAD = re.compile(r"(?:و)?(?:أهمها|اهمها|أبرزها|ابرزها|من بينها|ومن بينها|منها)\s")


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
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and LIST_LEAD.match(text, s) and text[merged[-1][1] - 1 : merged[-1][1]] == ".":
            # "... بعد طرد الإرهابيين منها. وأهمها قلعة المضيق ومعردس": one sentence
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


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


@lru_cache(maxsize=65536)
def _governorate(norm: str) -> tuple | None:
    """The governorate a word names, read with or without its clitics and article (cached: it runs on every word)."""
    for reading, _ in word_readings(norm):
        gov = GOVERNORATES.get(strip_article(reading))
        if gov:
            return gov
    return None


@lru_cache(maxsize=65536)
def _region_first(word: str) -> bool:
    """Whether the word (with or without its clitics) can start a one-governorate region's name."""
    return any(k in REGION_FIRST_KEYS for k, _ in first_word_keys(word))


def _region_governorate(tokens: list[Token], i: int) -> str | None:
    """The governorate code of a one-governorate region starting at word `i` (بالغوطة الشرقية، جبل
    الزاوية، سهل الغاب), or None."""
    if not _region_first(tokens[i].text):
        return None  # (the cheap test first: this runs on every word)
    first = first_word_keys(tokens[i].text)
    nxt = tokens[i + 1].key if i + 1 < len(tokens) and tokens[i + 1].is_word else None
    for key, _clitic in first:
        if nxt is not None and (key, nxt) in REGION_GOVERNORATES:
            return REGION_GOVERNORATES[(key, nxt)]
        if (key,) in REGION_GOVERNORATES and (key == "حوران" or "ال" + key in norm_word(tokens[i].text)):
            return REGION_GOVERNORATES[(key,)]
    return None


def bare_capital(mention: Mention) -> bool:
    """A governorate's city named by its bare name, with no cue word (دمشق، بحلب — not "مدينة حلب")."""
    return not mention.is_area and mention.kind is None and _governorate(mention.surface) is not None
