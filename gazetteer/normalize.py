"""Pure text functions for Arabic (and Latin) place names: normalisation, keys and mention variants.

No Django, no database. Every function returns a new string; the text it is given is never altered.
Characters are written as named constants or \\u escapes so no editor can silently change them.
"""

import re
import unicodedata
from functools import lru_cache

# Letters (Unicode names, without the "ARABIC LETTER" part).
HAMZA = "\u0621"
ALEF_MADDA = "\u0622"
ALEF_HAMZA_ABOVE = "\u0623"
WAW_HAMZA = "\u0624"
ALEF_HAMZA_BELOW = "\u0625"
YEH_HAMZA = "\u0626"
ALEF = "\u0627"
BEH = "\u0628"
TEH_MARBUTA = "\u0629"
TEH = "\u062a"
THEH = "\u062b"
JEEM = "\u062c"
HAH = "\u062d"
KHAH = "\u062e"
DAL = "\u062f"
THAL = "\u0630"
REH = "\u0631"
ZAIN = "\u0632"
SEEN = "\u0633"
SHEEN = "\u0634"
SAD = "\u0635"
DAD = "\u0636"
TAH = "\u0637"
ZAH = "\u0638"
AIN = "\u0639"
GHAIN = "\u063a"
TATWEEL = "\u0640"
FEH = "\u0641"
QAF = "\u0642"
KAF = "\u0643"
LAM = "\u0644"
MEEM = "\u0645"
NOON = "\u0646"
HEH = "\u0647"
WAW = "\u0648"
ALEF_MAKSURA = "\u0649"
YEH = "\u064a"
ALEF_WASLA = "\u0671"
HIGH_HAMZA = "\u0674"

# Harakat (fathatan .. sukun), the combining madda and hamzas, and the later small marks U+064B-065F;
# the superscript (dagger) alef; Quranic annotation marks.
TASHKEEL_RANGES = (
    (0x064B, 0x065F),
    (0x0670, 0x0670),
    (0x0610, 0x061A),
    (0x06D6, 0x06DC),
    (0x06DF, 0x06E8),
    (0x06EA, 0x06ED),
    (0x08D3, 0x08E1),
    (0x08E3, 0x08FF),
)

# Zero-width space/non-joiner/joiner, LRM/RLM, Arabic letter mark, bidi embeddings and isolates,
# word joiner, BOM, soft hyphen, combining grapheme joiner. strip_invisible also drops any other
# format character (category Cf), e.g. the Arabic number sign U+0600.
ZWSP = "\u200b"
ZWNJ = "\u200c"
ZWJ = "\u200d"
LRM = "\u200e"
RLM = "\u200f"
ALM = "\u061c"
WORD_JOINER = "\u2060"
BOM = "\ufeff"
SOFT_HYPHEN = "\u00ad"
COMBINING_GRAPHEME_JOINER = "\u034f"
BIDI_CONTROLS = "".join(chr(c) for c in range(0x202A, 0x202F)) + "".join(
    chr(c) for c in range(0x2066, 0x206A)
)
INVISIBLES = ZWSP + ZWNJ + ZWJ + LRM + RLM + ALM + WORD_JOINER + BOM + SOFT_HYPHEN + COMBINING_GRAPHEME_JOINER

ARABIC_INDIC_DIGITS = "".join(chr(c) for c in range(0x0660, 0x066A))
PERSIAN_DIGITS = "".join(chr(c) for c in range(0x06F0, 0x06FA))

# Letters of Persian, Kurdish, Urdu and Maghrebi Arabic that Syrian sources use for the same sounds.
PERSIAN_LETTERS = {
    "\u06a9": KAF,  # keheh (Persian kaf)
    "\u06aa": KAF,  # swash kaf
    "\u06ab": KAF,  # kaf with ring
    "\u063b": KAF,  # keheh with two dots above
    "\u063c": KAF,  # keheh with three dots below
    "\u06af": KAF,  # gaf: Kurdish and Turkmen g is written kaf in Syrian Arabic spellings
    "\u06cc": YEH,  # farsi yeh
    "\u06d0": YEH,  # e
    "\u06ce": YEH,  # yeh with small v (Kurdish e)
    "\u06d2": YEH,  # yeh barree
    "\u06d3": YEH,  # yeh barree with hamza above
    "\u067e": BEH,  # peh
    "\u066e": BEH,  # dotless beh
    "\u0686": JEEM,  # tcheh
    "\u0698": ZAIN,  # jeh
    "\u06a4": FEH,  # veh (Kurdish v)
    "\u06a8": QAF,  # qaf with three dots above (Maghrebi g)
    "\u066f": QAF,  # dotless qaf
    "\u06c1": HEH,  # heh goal
    "\u06c2": HEH,  # heh goal with hamza above
    "\u06c0": HEH,  # heh with yeh above
    "\u06be": HEH,  # heh doachashmee
    "\u06d5": HEH,  # ae (Kurdish final e)
    "\u06c6": WAW,  # oe (Kurdish o)
    "\u06c7": WAW,  # u
    "\u06c8": WAW,  # yu
    "\u06b5": LAM,  # lam with small v (Kurdish heavy l)
    "\u0695": REH,  # reh with small v below (Kurdish rr)
}

# Latin letters that have no Unicode decomposition but stand for a plain letter in transliteration.
LATIN_LETTERS = {"\u0131": "i", "\u0142": "l", "\u00f8": "o", "\u0111": "d", "\u0127": "h", "\u00f0": "d"}
# Ayn and hamza signs of scholarly transliteration (Ma\u02bfarrat): letters to Unicode, dropped here.
LATIN_AYN_HAMZA_SIGNS = "\u02bf\u02be\u02bb\u02bc\u02b9"

ARTICLE = ALEF + LAM
CLITICS = (WAW, BEH, LAM, FEH, KAF)
CONJUNCTIONS = (WAW, FEH)
PREPOSITIONS = (BEH, LAM, KAF)

# First words of a name, normalised, and the kind of place they announce. None means the word is part
# of the name itself (Umm, Abu, Ayn, Kafr, Dayr, Bir, Bayt, Khan, Qalaat): it stays in the key and is
# never stripped. Qalaat (castle) is None because Qalaat al-Madiq or Qalaat al-Hisn are towns, and
# the castle and the town go by one name.
NAME_PREFIXES: dict[str, str | None] = {
    TEH + LAM: "hill",
    TEH + LAM + HEH: "hill",
    TEH + LAM + ALEF + LAM: "hill",
    JEEM + BEH + LAM: "mountain",
    JEEM + BEH + ALEF + LAM: "mountain",
    HAH + REH + SHEEN: "woods",
    ALEF + HAH + REH + ALEF + SHEEN: "woods",
    KHAH + REH + BEH + HEH: "ruin",
    MEEM + ZAIN + REH + AIN + HEH: "farm",
    MEEM + ZAIN + ALEF + REH + AIN: "farm",
    MEEM + TAH + ALEF + REH: "airport",
    KAF + TEH + YEH + BEH + HEH: "base",
    FEH + WAW + JEEM: "base",
    HAH + ALEF + JEEM + ZAIN: "checkpoint",
    MEEM + AIN + BEH + REH: "crossing",
    SEEN + DAL: "dam",
    HAH + YEH: "neighbourhood",
    MEEM + KHAH + YEH + MEEM: "camp",
    ALEF + MEEM: None,
    ALEF + BEH + WAW: None,
    AIN + YEH + NOON: None,
    KAF + FEH + REH: None,
    DAL + YEH + REH: None,
    BEH + YEH + REH: None,
    BEH + YEH + TEH: None,
    KHAH + ALEF + NOON: None,
    QAF + LAM + AIN + HEH: None,
}

# Words that describe a place before its name ("the town of ..."), normalised: singular, dual in
# construct (baldatay), plural, and the adjective rifi (rural).
DESCRIPTORS = frozenset(
    {
        BEH + LAM + DAL + HEH,
        BEH + LAM + DAL + TEH + YEH,
        BEH + LAM + DAL + TEH + ALEF,
        BEH + LAM + DAL + ALEF + TEH,
        QAF + REH + YEH + HEH,
        QAF + REH + YEH + TEH + YEH,
        QAF + REH + YEH + TEH + ALEF,
        QAF + REH + YEH,
        MEEM + DAL + YEH + NOON + HEH,
        MEEM + DAL + YEH + NOON + TEH + YEH,
        MEEM + DAL + NOON,
        REH + YEH + FEH,
        REH + YEH + FEH + YEH,
        NOON + ALEF + HAH + YEH + HEH,
        NOON + WAW + ALEF + HAH + YEH,
        MEEM + NOON + TAH + QAF + HEH,
        MEEM + NOON + TAH + QAF + TEH + YEH,
        MEEM + NOON + ALEF + TAH + QAF,
        MEEM + HAH + ALEF + FEH + ZAH + HEH,
        MEEM + REH + KAF + ZAIN,
        QAF + DAD + ALEF,
    }
)

_LATIN_ARTICLE = re.compile(r"^[ae](?:ll?|sh|ch|th|dh|dj|([dnrstzj])\1?)$")
_APOSTROPHES = "'\u2019\u2018`\u00b4\u2032" + LATIN_AYN_HAMZA_SIGNS
_INNER_APOSTROPHE = re.compile(
    rf"(?:(?<=[^\W\d_])|(?<![^\W_]))[{_APOSTROPHES}](?=[a-zA-Z\u00c0-\u024f\u1e00-\u1eff])"
)


_GLUED_AFTER_TEH_MARBUTA = re.compile(TEH_MARBUTA + r"(?=[^\W\d_])")


def _table(mapping: dict[str, str | None]) -> dict[int, str | None]:
    return {ord(k): v for k, v in mapping.items()}


_TASHKEEL_TABLE = {c: None for lo, hi in TASHKEEL_RANGES for c in range(lo, hi + 1)}
_TATWEEL_TABLE = {ord(TATWEEL): None}
_ALEF_TABLE = _table(
    {
        ALEF_HAMZA_ABOVE: ALEF,
        ALEF_HAMZA_BELOW: ALEF,
        ALEF_MADDA: ALEF,
        ALEF_WASLA: ALEF,
        "\u0672": ALEF,
        "\u0673": ALEF,
        "\u0675": ALEF,
    }
)
_HAMZA_TABLE = _table({WAW_HAMZA: WAW, YEH_HAMZA: YEH, HAMZA: None, HIGH_HAMZA: None})
_TEH_MARBUTA_TABLE = _table({TEH_MARBUTA: HEH})
_ALEF_MAKSURA_TABLE = _table({ALEF_MAKSURA: YEH})
_PERSIAN_TABLE = _table(PERSIAN_LETTERS)
_DIGIT_TABLE = {
    ord(c): str(i) for digits in (ARABIC_INDIC_DIGITS, PERSIAN_DIGITS) for i, c in enumerate(digits)
}
_INVISIBLE_TABLE = {ord(c): None for c in INVISIBLES + BIDI_CONTROLS}


def strip_tashkeel(text: str) -> str:
    """Remove harakat, shadda, sukun, tanwin, the superscript alef and Quranic marks."""
    return text.translate(_TASHKEEL_TABLE)


def strip_tatweel(text: str) -> str:
    """Remove the tatweel (kashida) used to stretch words."""
    return text.translate(_TATWEEL_TABLE)


def normalize_alef(text: str) -> str:
    """Write every alef with hamza, madda or wasla as a bare alef, as most reports do."""
    return text.translate(_ALEF_TABLE)


def normalize_hamza(text: str) -> str:
    """Write hamza on waw or yeh as the bare carrier and drop standalone hamza.

    Reports spell the same word with and without it (al-Shuhada' / al-Shuhada), so keys ignore it.
    """
    return text.translate(_HAMZA_TABLE)


def normalize_teh_marbuta(text: str) -> str:
    """Write teh marbuta as heh, as many reports do at the end of a word (Kafr Nabudah)."""
    return text.translate(_TEH_MARBUTA_TABLE)


def normalize_alef_maksura(text: str) -> str:
    """Write alef maksura as yeh, the two being confused at the end of words."""
    return text.translate(_ALEF_MAKSURA_TABLE)


def normalize_persian(text: str) -> str:
    """Map Persian, Kurdish and Urdu letter forms to the Arabic letter used in Syrian spellings."""
    return text.translate(_PERSIAN_TABLE)


def normalize_digits(text: str) -> str:
    """Write Arabic-Indic and Persian digits as ASCII digits."""
    return text.translate(_DIGIT_TABLE)


def strip_invisible(text: str) -> str:
    """Remove zero-width characters, bidi marks and controls, BOM, soft hyphen and other format chars."""
    text = text.translate(_INVISIBLE_TABLE)
    if text.isascii():
        return text
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def strip_punctuation(text: str) -> str:
    """Replace punctuation and symbols (quotes, Arabic comma, dashes, brackets ...) by a space."""
    return "".join(" " if unicodedata.category(c)[0] in "PS" else c for c in text)


def fold_compatibility(text: str) -> str:
    """Apply NFKC to each character alone: presentation forms and ligatures become plain letters.

    Per character, so nothing composes across characters and the result maps back char by char.
    """
    return "".join(_nfkc_char(c) for c in text)


def fold_latin(text: str) -> str:
    """Casefold Latin (and other cased) letters and strip their diacritics: Khān -> khan."""
    return "".join(_fold_latin_char(c) for c in text)


def collapse_whitespace(text: str) -> str:
    """Collapse runs of whitespace to one space and trim both ends."""
    return " ".join(text.split())


# The character transforms of normalize_text, in order. Each maps one character to zero or more
# characters on its own, which is what lets normalize_with_offsets track where output came from.
_CHAR_STEPS = (
    strip_invisible,
    fold_compatibility,
    strip_tashkeel,
    strip_tatweel,
    normalize_persian,
    normalize_alef,
    normalize_hamza,
    normalize_teh_marbuta,
    normalize_alef_maksura,
    normalize_digits,
    fold_latin,
    strip_punctuation,
)


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    for step in _CHAR_STEPS:
        char = step(char)
        if not char:
            return ""
    return char


def _nfkc_char(char: str) -> str:
    if char.isascii():
        return char
    folded = unicodedata.normalize("NFKC", char)
    # Isolated harakat forms (U+FE70..) decompose to a space plus the mark: keep only the mark.
    if len(folded) > 1 and folded[0] == " " and all(unicodedata.combining(c) for c in folded[1:]):
        return folded[1:]
    return folded


def _fold_latin_char(char: str) -> str:
    if char.isascii():
        return char.lower()
    if _is_arabic_char(char):
        return char
    if char in LATIN_AYN_HAMZA_SIGNS:
        return ""
    char = char.casefold()
    char = "".join(LATIN_LETTERS.get(c, c) for c in char)
    return "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))


class CharTable(dict):
    """A str.translate table that maps each character by a function, filled in as characters are met (one
    C-level pass per text instead of a Python call per character)."""

    def __init__(self, per_char):
        super().__init__()
        self.per_char = per_char

    def __missing__(self, code: int) -> str:
        mapped = self[code] = self.per_char(chr(code))
        return mapped


_FOLD_TABLE = CharTable(_fold_char)


def normalize_text(text: str) -> str:
    """Normalise text for matching: every transform above (NFKC per character), one space between words.

    Keeps the article and word boundaries; Latin letters are casefolded and lose their diacritics.
    """
    return collapse_whitespace(text.translate(_FOLD_TABLE))


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Return normalize_text(text) and, for each output character, the index of its input character."""
    out: list[str] = []
    offsets: list[int] = []
    pending_space = -1
    for index, char in enumerate(text):
        for folded in _fold_char(char):
            if folded.isspace():
                if out and pending_space < 0:
                    pending_space = index
                continue
            if pending_space >= 0:
                out.append(" ")
                offsets.append(pending_space)
                pending_space = -1
            out.append(folded)
            offsets.append(index)
    return "".join(out), offsets


def strip_article(word: str) -> str:
    """Remove a leading article from a normalised word when at least two letters remain."""
    if word.startswith(ARTICLE) and len(word) - len(ARTICLE) >= 2:
        return word[len(ARTICLE) :]
    return word


def clitic_variants(word: str) -> list[str]:
    """The normalised word, then its readings with leading proclitics removed (wa/fa, then bi/li/ka).

    Li before the article elides its alef (lil-), so that reading restores the article. Ka is taken as
    a clitic only before the article, since place names often start with kaf. Every reading keeps at
    least two letters.
    """
    word = normalize_text(word)
    variants = [word]
    stems = [word]
    if word[:1] in CONJUNCTIONS and len(word) - 1 >= 2:
        stems.append(word[1:])
    for stem in list(stems):
        for reading in _preposition_readings(stem):
            stems.append(reading)
    for stem in stems:
        if stem not in variants:
            variants.append(stem)
    return variants


def _preposition_readings(word: str) -> list[str]:
    first, rest = word[:1], word[1:]
    if first not in PREPOSITIONS or len(rest) < 2:
        return []
    if first == LAM and rest.startswith(LAM) and len(rest) - 1 >= 2:
        return [ARTICLE + rest[1:]]
    if first == KAF and not rest.startswith(ARTICLE):
        return []
    return [rest]


def split_prefix(text: str) -> tuple[str | None, str | None, str]:
    """Split a leading name prefix word (tall, jabal, khirbat, umm ...) from the rest of the name.

    Returns (prefix, kind, rest), all normalised; (None, None, text) when there is no such prefix.
    """
    normalized = normalize_text(text)
    first, _, rest = normalized.partition(" ")
    if rest and first in NAME_PREFIXES:
        return first, NAME_PREFIXES[first], rest
    return None, None, normalized


def strip_descriptors(text: str) -> str:
    """Remove leading descriptor words ("the town of", "the countryside of") from normalised text."""
    words = normalize_text(text).split(" ")
    while len(words) > 1 and strip_article(words[0]) in DESCRIPTORS:
        words = words[1:]
    return " ".join(words)


def name_key(text: str) -> str:
    """The exact-match key of the gazetteer: normalised, articles off every word, words joined.

    Joined and split compounds meet (Kafr Nabudah / Kafrnabudah), as do Jisr al-Shughur and ash-Shughur.
    """
    words = normalize_text(split_glued_words(strip_inner_apostrophes(text))).split(" ")
    return "".join(_strip_word_article(word, is_last=i == len(words) - 1) for i, word in enumerate(words))


def split_glued_words(text: str) -> str:
    """Put a space after a teh marbuta that a letter follows: it ends a word, so a word was glued on."""
    return _GLUED_AFTER_TEH_MARBUTA.sub(TEH_MARBUTA + " ", text)


def strip_inner_apostrophes(text: str) -> str:
    """Delete apostrophes and ayn signs inside or before a Latin word (Ma'arrat, 'Ayn), not quotes."""
    return _INNER_APOSTROPHE.sub("", text)


def is_latin_article(word: str) -> bool:
    """True for a normalised Latin article word: al, el, as, ash, ad, an, ez, ech, ett ..."""
    return _LATIN_ARTICLE.match(word) is not None


# Words written two ways inside names: قصر ابن وردان / قصر بن وردان.
KEY_WORD_SPELLINGS = {"ابن": "بن"}


def word_key(word: str) -> str:
    """The key of one normalised Arabic word inside a name: article off, ابن as بن."""
    bare = strip_article(word)
    return KEY_WORD_SPELLINGS.get(bare, bare)


def _strip_word_article(word: str, *, is_last: bool) -> str:
    if is_arabic(word):
        return word_key(word) if not is_last or word != "ابن" else word
    if not is_last and is_latin_article(word):
        return ""
    return word


def key_variants(text: str) -> list[tuple[str, str]]:
    """Candidate keys for a mention found in running text, best first, each with the reason for it.

    exact: the mention as written; clitic: a leading proclitic removed; descriptor: "the town of" and
    the like removed; prefix: a kind-bearing prefix (tall, jabal, khirbat ...) removed.
    """
    normalized = normalize_text(split_glued_words(strip_inner_apostrophes(text)))
    variants: list[tuple[str, str]] = []
    seen: set[str] = set()

    def add(key: str, reason: str) -> None:
        if key and key not in seen:
            seen.add(key)
            variants.append((key, reason))

    add(name_key(normalized), "exact")
    first, _, rest = normalized.partition(" ")
    readings = [normalized]
    if is_arabic(first) and not _is_name_word(first):
        for variant in clitic_variants(first)[1:]:
            reading = f"{variant} {rest}".strip()
            readings.append(reading)
            add(name_key(reading), "clitic")
    described = []
    for reading in readings:
        stripped = strip_descriptors(reading)
        if stripped != reading:
            described.append(stripped)
            add(name_key(stripped), "descriptor")
    for reading in readings + described:
        prefix, kind, remainder = split_prefix(reading)
        if prefix is not None and kind is not None:
            add(name_key(remainder), "prefix")
    return variants


def _is_name_word(word: str) -> bool:
    """A descriptor or name prefix, whose first letter is never a proclitic (baldah, tall ...)."""
    bare = strip_article(word)
    return bare in DESCRIPTORS or bare in NAME_PREFIXES


def _is_arabic_char(char: str) -> bool:
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def is_arabic(text: str) -> bool:
    """True when the text has at least one Arabic letter."""
    return any(_is_arabic_char(c) and c.isalpha() for c in text)


def script_of(text: str) -> str:
    """The script of the letters in text: "ar", "latin", "mixed" (several) or "other" (none of them)."""
    scripts = set()
    for char in text:
        if not char.isalpha():
            continue
        if _is_arabic_char(char):
            scripts.add("ar")
        elif char.isascii() or unicodedata.name(char, "").startswith("LATIN"):
            scripts.add("latin")
        else:
            scripts.add("other")
    if not scripts:
        return "other"
    if len(scripts) > 1:
        return "mixed"
    return scripts.pop()


def add_normalised_forms(namespace: dict, names: list[str] | None = None) -> None:
    """Give each word list of a module (`namespace`, its globals) the normalised form of every word too
    (خسائر -> خساير, على -> علي, هيئة -> هييه): text is compared normalised, and a list word written with a
    hamza would otherwise never match. `names` picks the lists (sets, frozensets or dicts keyed by word);
    by default every upper-case set of strings."""
    if names is None:
        names = [
            name
            for name, vocab in namespace.items()
            if name.isupper() and isinstance(vocab, set) and all(isinstance(w, str) for w in vocab)
        ]
    for name in names:
        vocab = namespace[name]
        if isinstance(vocab, dict):
            vocab.update({normalize_text(k): v for k, v in list(vocab.items())})
        elif isinstance(vocab, set):
            vocab.update(normalize_text(w) for w in list(vocab))
        else:
            namespace[name] = vocab | {normalize_text(w) for w in vocab}


@lru_cache(maxsize=65536)
def bare_word(norm: str) -> str:
    """A normalised word without a leading و/ف conjunction (words of four letters or more)."""
    if norm[:1] in ("و", "ف") and len(norm) > 3:
        return norm[1:]
    return norm
