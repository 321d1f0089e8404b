"""Small tests on one word or a few words of a text (list cues, quotes, name words, asides, directions)."""

from __future__ import annotations

from functools import lru_cache

from gazetteer.geoparse.results import Token
from gazetteer.geoparse.text import norm_word, word_readings
from gazetteer.geoparse.vocabulary import (
    _STOP_KEYS,
    AREA_WORDS,
    BOUNDARY_WORDS,
    COMMON_WORDS,
    CUES,
    DIRECTIONS,
    DUAL_CUES,
    GOVERNORATES,
    LIST_CUES,
    LIST_HEAD_KEYS,
    LOCATIVES,
    NAME_DIRECTIONS,
    NAME_PREFIX_KEYS,
    NAME_QUALIFIERS,
    ORG_WORDS,
    QUOTES,
    REGION_WORDS,
    SIDE_WORDS,
    STOPWORDS,
)
from gazetteer.normalize import (
    bare_word,
    normalize_text,
    strip_article,
)


@lru_cache(maxsize=65536)
def _cue_reading(word: str) -> str | None:
    """The cue word a raw word is (بلدة، وبلدة، بقرية، البلدة is not: a cue has no article), or None."""
    for reading, _ in word_readings(word):
        if reading in CUES:
            return reading
        if reading[:1] == "ك" and reading[1:] in CUES:
            return reading[1:]  # "كقرية أرزة": "such as the village" (ك is read off only before the article)
    return None


DUAL_LIST_CUES = frozenset(
    normalize_text(w)
    for w in "قريتي بلدتي حيي مدينتي منطقتي تلتي بلدتا قريتا مدينتا تلتا قريتين بلدتين مدينتين حيين".split()
)


@lru_cache(maxsize=4096)
def _dual_cue(word: str) -> bool:
    """A dual place noun (قريتي، بلدتي، حيّي، القريتين): the list after it has two items."""
    return any(
        reading in DUAL_LIST_CUES or (reading.startswith("ال") and reading[2:] in DUAL_LIST_CUES)
        for reading, _ in word_readings(word)
    )


@lru_cache(maxsize=65536)
def _list_cue(word: str) -> bool:
    """A plural or dual place noun a list of names follows: قرى، بلدتي، and with the article only the
    duals (القريتين (آرا والكبينة)) — "البلدات" alone is more often "the towns" just mentioned."""
    return any(
        reading in LIST_CUES
        or (reading.startswith("ال") and reading[2:] in DUAL_CUES)
        or (reading[:1] == "ك" and reading[1:] in LIST_CUES)  # "كقرى مريمين وقرمص": "such as the villages"
        for reading, _ in word_readings(word)
    )


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
def _never_alone(word: str, cued: bool = False) -> bool:
    """Common words that happen to be village names somewhere: never a place as a single word. After a
    cue (`cued`: "قريتي كفرناها") a name the index knows that merely ends like a pronoun is a name."""
    for reading, _ in word_readings(word):
        if reading in STOPWORDS or reading in LOCATIVES or reading in BOUNDARY_WORDS:
            return True
        if strip_article(reading) in _STOP_KEYS or len(strip_article(reading)) < 3:
            return True
        if _ordinary_word(reading) and not (cued and _with_pronoun(reading) and not _common_word(reading)):
            return True
    return False


def _clean_surface(surface: str) -> str:
    """The span's words without quotation marks inside: تل “الصخر → تل الصخر."""
    return " ".join("".join(c for c in surface if c not in QUOTES).split())


def _strip_quotes(surface: str) -> str:
    return surface.strip("".join(QUOTES) + " ")


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
    """After "(" at i: the index past ")" when the bracket holds only a side of town (غرب، شمال غرب) or a thing of
    the place just named ("الثعلة (ومطارها العسكري)")."""
    j = i + 1
    words = 0
    its = i + 1 < len(tokens) and tokens[i + 1].norm[:1] == "و" and tokens[i + 1].norm.endswith(("ها", "ه"))
    while j < len(tokens) and tokens[j].text != ")":
        t = tokens[j]
        if t.is_word:
            words += 1
            if (t.norm not in DIRECTIONS and t.norm not in LOCATIVES and not its) or words > 3:
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
    if (
        k >= len(tokens)
        or not tokens[k].is_word
        or (tokens[k].norm[:1] == "و" and len(tokens[k].norm) >= 3)
        # "التل الأحمر الشرقي في ريف القنيطرة": where the place lies follows the whole name
        or tokens[k].norm in ("في", "قرب", "بريف")
    ):
        return j + 1
    return j


@lru_cache(maxsize=65536)
def _ordinary_word(norm: str) -> bool:
    """An ordinary word, not a name: the common words above, or a noun with an attached pronoun
    (أهمها، معسكرها، حولها، تمركزها) — place names do not carry one."""
    return _common_word(norm) or _with_pronoun(norm)


@lru_cache(maxsize=65536)
def _common_word(norm: str) -> bool:
    """One of the common words above, read with and without its clitics."""
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
    return bool(keys & COMMON_WORDS)


@lru_cache(maxsize=65536)
def _with_pronoun(norm: str) -> bool:
    key = strip_article(bare_word(norm))
    return len(key) >= 5 and key.endswith(("ها", "هم", "هما"))


# The name-forming words a person's name follows: "أبو علي", "الشيخ علي" (a name may go on after them).
PERSON_PREFIX_KEYS = frozenset({"ابو", "شيخ"})


def _name_ali(tokens: list[Token], j: int, prefixes: frozenset[str] = NAME_PREFIX_KEYS) -> bool:
    """ "علي" written with its ya after a name-forming word (أبو علي، الشيخ علي، تل علي), or as the second word of a
    quoted name: the name Ali, not the preposition على that normalises the same. `prefixes`: the words it may follow."""
    t = tokens[j]
    return (
        t.norm == "علي"
        and t.text.endswith("ي")
        and j > 0
        and tokens[j - 1].is_word
        and (
            strip_article(bare_word(tokens[j - 1].norm)) in prefixes
            # ("و"الغانم علي"": a quoted name's last word, before its closing quote)
            or (
                j + 1 < len(tokens)
                and tokens[j + 1].text in QUOTES
                and j > 1
                and tokens[j - 2].text in QUOTES
            )
        )
    )


def _numbered_item(tokens: list[Token], i: int) -> bool:
    """A number between a list item's word and a comma or the next item's و ("قرى: الشيخ عقيل، والفوج 46، وكفر
    بسمة", "وبلدة عينجارة والفوج 46 وكفر بسمة"): a base's number inside the list, which goes on after it."""
    return (
        tokens[i].text.isdigit()
        and i > 0
        and tokens[i - 1].is_word
        and i + 1 < len(tokens)
        and (
            tokens[i + 1].text in ",،"
            or (tokens[i + 1].is_word and tokens[i + 1].norm[:1] == "و" and len(tokens[i + 1].norm) > 2)
        )
    )
