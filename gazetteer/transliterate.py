"""Arabic <-> Latin keys: a consonant skeleton on which Arabic and Latin spellings of a name meet.

latin_key("Khan Shaykhun") == latin_key("Khan Sheikhoun") == latin_key("Khan Shaykun") == "knxkn", and so
does the Arabic spelling.
The skeleton keeps consonant classes, drops vowels, ayn and hamza, and drops articles, so it is a key
for finding candidates, not an identity: rank candidates with latin_similarity and other evidence.
"""

import difflib
from functools import lru_cache

from gazetteer.normalize import (
    AIN,
    ALEF,
    ALEF_HAMZA_ABOVE,
    ALEF_HAMZA_BELOW,
    ALEF_MADDA,
    ALEF_MAKSURA,
    ARTICLE,
    BEH,
    DAD,
    DAL,
    FEH,
    GHAIN,
    HAH,
    HAMZA,
    HEH,
    JEEM,
    KAF,
    KHAH,
    LAM,
    MEEM,
    NOON,
    QAF,
    REH,
    SAD,
    SEEN,
    SHEEN,
    TAH,
    TEH,
    TEH_MARBUTA,
    THAL,
    THEH,
    WAW,
    WAW_HAMZA,
    YEH,
    YEH_HAMZA,
    ZAH,
    ZAIN,
    is_arabic,
    is_latin_article,
    normalize_digits,
    normalize_persian,
    normalize_text,
    split_glued_words,
    strip_article,
    strip_descriptors,
    strip_inner_apostrophes,
    strip_invisible,
    strip_tashkeel,
    strip_tatweel,
)

try:
    from rapidfuzz import fuzz
except ImportError:  # rapidfuzz is a project dependency; difflib keeps this module usable without it
    fuzz = None

# Consonant classes of the skeleton. One symbol per class; "x" is the sh class, "g" the gh class.
# Voiceless and emphatic pairs share a class (t/ṭ, s/ṣ, d/ḍ, h/ḥ, k/q) because Latin spellings do not
# tell them apart. Dh and th join t, because Syrian spellings write dhal as t (Latakia, al-Ladhiqiyah)
# and theh as t (Beit / Beith). Kh joins k: the OCHA gazetteer writes Khan Shaykun for Khan Shaykhun.
# Alef, waw, yeh and alef maksura are vowels, dropped even at the start of a word (Wadi, Yadudeh), as
# are ayn and hamza; teh marbuta arrives as heh from normalize_text.
ARABIC_CLASSES = {
    BEH: "b",
    TEH: "t",
    TAH: "t",
    THEH: "t",
    THAL: "t",
    JEEM: "j",
    HAH: "h",
    HEH: "h",
    KHAH: "k",
    DAL: "d",
    DAD: "d",
    ZAIN: "z",
    ZAH: "z",
    REH: "r",
    SEEN: "s",
    SAD: "s",
    SHEEN: "x",
    GHAIN: "g",
    FEH: "f",
    QAF: "k",
    KAF: "k",
    LAM: "l",
    MEEM: "m",
    NOON: "n",
}

# Latin letter groups, longest first, then single letters. Vowels, w and y are dropped like Arabic
# alef, waw and yeh; so is anything not listed (apostrophes are gone before this).
LATIN_CLASSES = {
    "sch": "x",
    "tch": "j",
    "sh": "x",
    "ch": "x",
    "kh": "k",
    "gh": "g",
    "th": "t",
    "dh": "t",
    "ph": "f",
    "dj": "j",
    "ck": "k",
    "b": "b",
    "p": "b",
    "t": "t",
    "d": "d",
    "z": "z",
    "s": "s",
    "j": "j",
    "g": "g",
    "h": "h",
    "k": "k",
    "q": "k",
    "c": "k",
    "x": "ks",
    "f": "f",
    "v": "f",
    "l": "l",
    "m": "m",
    "n": "n",
    "r": "r",
}
_LATIN_GROUPS = sorted(LATIN_CLASSES, key=len, reverse=True)
_DIGITS = "0123456789"

# Letters of scholarly transliteration (DIN 31635, ISO 233) that stand for a digraph in plain spelling;
# they must be spelled out before diacritics are stripped (š is sh, not s).
DIN_LETTERS = {
    "\u0161": "sh",  # s with caron
    "\u0160": "sh",
    "\u01e7": "j",  # g with caron
    "\u01e6": "j",
    "\u1e2b": "kh",  # h with breve below
    "\u1e2a": "kh",
    "\u1e0f": "dh",  # d with line below
    "\u1e0e": "dh",
    "\u1e6f": "th",  # t with line below
    "\u1e6e": "th",
    "\u0121": "gh",  # g with dot above
    "\u0120": "gh",
    "\u017e": "z",  # z with caron
    "\u017d": "z",
    "\u010d": "ch",  # c with caron
    "\u010c": "ch",
}
# Words that carry the article of the next word at their end (Abul Fashafish, Abdel Aziz).
GLUED_LATIN_ARTICLES = {"abul": "abu", "aboul": "abu", "abdel": "abd", "abdul": "abd", "abdal": "abd"}
_DIN_TABLE = {ord(k): v for k, v in DIN_LETTERS.items()}
_LATIN_VOWELS = "aeiouyw"


def latin_key(text: str) -> str:
    """A transliteration-insensitive consonant skeleton of a name, in Arabic or Latin script.

    Descriptors and articles go, words join, doubled consonants collapse; qualifiers (Western, Gharbi,
    Big, Kabir ...) and numbers become tags at the end so their position does not matter.
    """
    text = split_glued_words(strip_inner_apostrophes(text.translate(_DIN_TABLE)))
    words = _strip_latin_descriptors(strip_descriptors(text).split())
    words = [word for i, word in enumerate(words) if i == len(words) - 1 or not is_latin_article(word)]
    stems: list[list[str]] = []
    tags: list[str] = []
    numbers: list[str] = []
    for i, word in enumerate(words):
        if word.isdigit():
            numbers.append(word)  # Tishrin 6 / 6 Tishrin
            continue
        symbols = list(_word_skeleton(word, first=i == 0))
        if symbols and symbols[-1] == "h":
            symbols.pop()  # final ta marbuta / heh / hah, written -a, -ah, -eh, -e or -at
        qualifier = _qualifier(word, _collapse("".join(symbols)), first=not stems) if len(words) > 1 else None
        if qualifier:
            tags.append(qualifier)
            continue
        if symbols and symbols[-1] == "t" and i < len(words) - 1:
            symbols.pop()  # ta marbuta in construct (Ma'arrat, Khirbet, Beit): written or not
        stems.append(symbols)
    if tags and stems and stems[-1][-1:] == ["t"]:
        stems[-1].pop()  # Eastern Smaqiyat: in Arabic order the qualifier follows, so the t is inner
    skeleton = _collapse("".join(s for symbols in stems for s in symbols))
    return _collapse(skeleton.replace("nb", "mb")) + "".join(sorted(tags) + sorted(numbers))


def _strip_latin_descriptors(words: list[str]) -> list[str]:
    """Drop English admin words (district, governorate ...) and a leading transliterated descriptor."""
    kept = [word for word in words if word not in ENGLISH_DESCRIPTORS] or words
    while len(kept) > 1 and kept[0] in TRANSLITERATED_DESCRIPTORS:
        kept = kept[1:]
    return kept


def _qualifier(word: str, skeleton: str, *, first: bool) -> str | None:
    """The symbol of a qualifier word (western, upper, big ...), in English or after the noun in Arabic."""
    if word in ENGLISH_QUALIFIERS:
        return ENGLISH_QUALIFIERS[word]
    if first:
        return CASTLE if skeleton in CASTLE_SKELETONS else None
    return QUALIFIER_SKELETONS.get(skeleton)


@lru_cache(maxsize=65536)
def _word_skeleton(word: str, *, first: bool) -> tuple[str, ...]:
    """Class symbols of one normalised word, one per letter or letter group, "" for a vowel."""
    if is_arabic(word):
        return tuple(ARABIC_CLASSES.get(c, c if c in _DIGITS else "") for c in strip_article(word))
    word = _strip_glued_article(word, first=first)
    symbols = []
    i = 0
    while i < len(word):
        for group in _LATIN_GROUPS:
            if word.startswith(group, i):
                symbols.append(LATIN_CLASSES[group])
                i += len(group)
                break
        else:
            symbols.append(word[i] if word[i] in _DIGITS else "")
            i += 1
    return tuple(symbols)


def _strip_glued_article(word: str, *, first: bool) -> str:
    """Remove an article written as one word with its noun (Elkaram, Abul), but not Aleppo's al.

    After the first word any leading al/el is the article (Um Elamad); a first word loses it only
    before a consonant (Alhasakah), since names like Elayan start with a root ayn-lam.
    """
    if word in GLUED_LATIN_ARTICLES:
        return GLUED_LATIN_ARTICLES[word]
    if word[:2] in ("al", "el") and len(word) >= 4 and (not first or word[2] not in _LATIN_VOWELS):
        return word[2:]
    return word


def _collapse(skeleton: str) -> str:
    """Collapse runs of one symbol (doubled consonants, shadda, assimilated articles)."""
    out = []
    for symbol in skeleton:
        if not out or out[-1] != symbol:
            out.append(symbol)
    return "".join(out)


def latin_similarity(a: str, b: str) -> float:
    """Similarity of two latin keys in [0, 1], 1 for equal keys (rapidfuzz's ratio, or difflib's)."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    if fuzz is not None:
        return fuzz.ratio(a, b) / 100.0
    return difflib.SequenceMatcher(None, a, b).ratio()


# Words that say what kind of unit a name is, in English anywhere in the name, and transliterated from
# Arabic descriptors at its start (Qaryat Yusuf Bayk, Nahiyat Markaz al-Hasakah); strip_descriptors
# removes the Arabic ones.
ENGLISH_DESCRIPTORS = frozenset(
    {"governorate", "province", "district", "subdistrict", "city", "town", "village", "countryside", "area"}
)
TRANSLITERATED_DESCRIPTORS = frozenset(
    {
        "qaryat",
        "qaryah",
        "qarya",
        "baldat",
        "baldah",
        "balda",
        "madinat",
        "madinet",
        "madineh",
        "madina",
        "qura",
        "nahiyat",
        "nahiyah",
        "nahiya",
        "mintaqat",
        "mantiqat",
        "muhafazat",
        "markaz",
        "rif",
    }
)

# Qualifiers that tell apart villages of one name. English gazetteers (OCHA) translate them and put
# them first (Western Mafkar); Arabic and its transliterations put them after the noun (Mafkar
# Gharbi). Both sides map them to one capital letter at the end of the key, so the two orders meet
# while Big X and Little X stay apart.
ENGLISH_QUALIFIERS = {
    "west": "W",
    "western": "W",
    "east": "E",
    "eastern": "E",
    "north": "N",
    "northern": "N",
    "south": "S",
    "southern": "S",
    "upper": "U",
    "lower": "L",
    "middle": "M",
    "central": "M",
    "big": "B",
    "great": "B",
    "greater": "B",
    "large": "B",
    "little": "A",
    "small": "A",
    "lesser": "A",
    "old": "O",
    "new": "J",
    "castle": "C",
}
# Qalaat X (castle of X) is X Castle in English: the word castle and a first word qal'at meet.
CASTLE = "C"
CASTLE_SKELETONS = frozenset({"kl", "klt"})
# Skeletons of gharbi, sharqi, shamali, janubi, qibli, fawqani, tahtani / tahta, wastani,
# kabir / kubra, saghir / sughra (zghir), qadim, jadid, with or without the article and ta marbuta.
QUALIFIER_SKELETONS = {
    "grb": "W",
    "xrk": "E",
    "xml": "N",
    "jnb": "S",
    "kbl": "S",
    "fkn": "U",
    "thtn": "L",
    "tht": "L",
    "stn": "M",
    "kbr": "B",
    "sgr": "A",
    "zgr": "A",
    "kdm": "O",
    "jd": "J",
}


# Readable romanisation: consonants in common English-style spelling of Syrian names.
ROMAN_CONSONANTS = {
    BEH: "b",
    TEH: "t",
    THEH: "th",
    JEEM: "j",
    HAH: "h",
    KHAH: "kh",
    DAL: "d",
    THAL: "dh",
    REH: "r",
    ZAIN: "z",
    SEEN: "s",
    SHEEN: "sh",
    SAD: "s",
    DAD: "d",
    TAH: "t",
    ZAH: "z",
    AIN: "'",
    GHAIN: "gh",
    FEH: "f",
    QAF: "q",
    KAF: "k",
    LAM: "l",
    MEEM: "m",
    NOON: "n",
    HEH: "h",
    HAMZA: "'",
    WAW_HAMZA: "'",
    YEH_HAMZA: "'",
}
SUN_LETTERS = frozenset((TEH, THEH, DAL, THAL, REH, ZAIN, SEEN, SHEEN, SAD, DAD, TAH, ZAH, LAM, NOON))
_ALEFS = frozenset((ALEF, ALEF_HAMZA_ABOVE, ALEF_MADDA))


def arabic_to_latin(text: str) -> str:
    """A simple lowercase romanisation for display when no Latin name is known.

    Consonants as in common English spellings (sh, kh, gh, dh, q, ' for ayn); the article as al-,
    assimilated before sun letters (ash-shughur); waw and yeh as u and i between consonants, as w and y
    next to vowels; ta marbuta as a, or at before an article (ma'rrat an-nu'man). Short vowels are
    not written in Arabic and are not guessed.
    """
    clean = normalize_digits(normalize_persian(strip_tatweel(strip_tashkeel(strip_invisible(text)))))
    words = clean.split()
    return " ".join(
        _romanize_word(word, next_word=words[i + 1] if i + 1 < len(words) else "")
        for i, word in enumerate(words)
    )


def _romanize_word(word: str, *, next_word: str) -> str:
    if not is_arabic(word):
        return normalize_text(word)
    prefix = ""
    if word.startswith(ARTICLE) and len(word) >= 4:
        word = word[2:]
        prefix = f"a{ROMAN_CONSONANTS[word[0]]}-" if word[0] in SUN_LETTERS else "al-"
    out = []
    for i, char in enumerate(word):
        before = word[i - 1] if i else ""
        after = word[i + 1] if i + 1 < len(word) else ""
        out.append(_romanize_letter(char, before, after, next_word))
    roman = "".join(out)
    if roman.startswith("'") and len(roman) > 1:
        roman = "a" + roman[1:] if roman[1] not in "aiu" else roman[1:]
    return prefix + roman


def _romanize_letter(char: str, before: str, after: str, next_word: str) -> str:
    if char in _ALEFS:
        return "a"
    if char == ALEF_HAMZA_BELOW:
        return "i"
    if char == ALEF_MAKSURA:
        return "a"
    if char == TEH_MARBUTA:
        return "at" if next_word.startswith(ARTICLE) else "a"
    if char in (WAW, YEH):
        vowel, glide = ("u", "w") if char == WAW else ("i", "y")
        next_to_vowel = before in _ALEFS or before == AIN or after in _ALEFS
        if not before or next_to_vowel or (not after and before in (WAW, YEH)):
            return glide
        return vowel
    if char.isdigit() or not is_arabic(char):
        return char
    return ROMAN_CONSONANTS.get(char, "")
