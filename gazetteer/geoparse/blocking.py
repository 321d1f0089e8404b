"""Words the index has that are no mention in their sentence: people, roads, capitals named bare, names inside names."""

from __future__ import annotations

from functools import lru_cache

from gazetteer.geoparse.results import Token
from gazetteer.geoparse.text import (
    _governorate,
    first_word_keys,
)
from gazetteer.geoparse.vocabulary import (
    AREA_WORDS,
    BOUNDARY_WORDS,
    CAPITAL_PREPOSITIONS,
    CITY_GOVERNORATES,
    CITY_KINDS,
    COMPLEMENTIZER_WORDS,
    CUES,
    DAMASCUS,
    DEMONSTRATIVES,
    DIRECTIONS,
    FIRST_NAMES,
    GOVERNORATES,
    HARD_PUNCT,
    LOCATIVES,
    NAME_DIRECTIONS,
    NAME_ENDING_PARTICIPLES,
    NAME_PREFIX_KEYS,
    OPERATION_FIRST_WORDS,
    OPERATION_NAMES,
    OPERATION_WORDS,
    ORG_WORDS,
    OUTLET_SUFFIXES,
    OUTLET_WORDS,
    PERSON_ROLES,
    PERSON_TITLES,
    PHRASE_TAILS,
    PLACE_PLURALS,
    QUOTES,
    REGION_NAMES,
    REPORTER_WORDS,
    ROAD_ADJECTIVES,
    ROAD_WORDS,
    SELF_NAMED_SIDES,
    SIDE_WORDS,
    SPEECH_VERBS,
    VALLEY_REGIONS,
)
from gazetteer.geoparse.words import (
    _cue_reading,
    _is_list_item,
    _norm_first,
    _org_word,
)
from gazetteer.normalize import (
    bare_word,
    strip_article,
)


@lru_cache(maxsize=65536)
def _may_lead_person_or_side(norm: str) -> bool:
    """Whether a word (bare) can start one of _blocked's first rules: a side's direction (المحور الشرقي), a
    title, a kunya's أبو or a first name."""
    return (
        (norm.startswith("ال") and strip_article(norm) in NAME_DIRECTIONS)
        or norm in PERSON_TITLES
        or (norm[:1] == "ل" and norm[1:] in PERSON_TITLES)
        or norm == "ابو"
        or norm in FIRST_NAMES
    )


@lru_cache(maxsize=65536)
def _may_mark(text: str, norm: str) -> bool:
    """Whether a word can start one of the rules of _blocked's last pass that read the word itself: an
    outlet, a phrase, an operation, a reporter, a demonstrative, a group, a field, a citadel, a province, a
    valley or a range."""
    bare = bare_word(norm)
    return (
        norm in ("للميادين", "الميادين")
        or norm in NAME_ENDING_PARTICIPLES
        or bare in PHRASE_TAILS
        or bare in OPERATION_FIRST_WORDS
        or bare.removeprefix("ل") in REPORTER_WORDS
        or norm in DEMONSTRATIVES
        or _org_word(norm)
        or _norm_first(text) in ("حقل", "حقول", "قلعه")
        or _governorate(norm) is not None
        or norm in VALLEY_REGIONS
        or norm in REGION_NAMES
    )


class BlockingMixin:
    """The geoparser's tests of a matched name against its sentence."""

    # Names of people and organisations.
    def _blocked(self, tokens: list[Token]) -> list[bool]:
        blocked = [False] * len(tokens)
        words = [i for i, t in enumerate(tokens) if t.is_word]
        for pos, i in enumerate(words):
            norm = bare_word(tokens[i].norm)
            if not _may_lead_person_or_side(norm):
                continue
            if (
                pos > 0
                and words[pos - 1] == i - 1
                and strip_article(norm) in NAME_DIRECTIONS
                and norm.startswith("ال")
                and bare_word(tokens[i - 1].norm) in SIDE_WORDS | {"الجزء", "الاجزاء", "المحاور", "الجبهه"}
            ):
                blocked[i] = True  # "على المحور الشرقي لبلدة ذيبان": the side's direction, not a place الشرقي
            if norm in PERSON_TITLES or (norm[:1] == "ل" and norm[1:] in PERSON_TITLES):
                for n_j, j in enumerate(words[pos + 1 : pos + 4]):
                    if n_j > 0 and _is_list_item(tokens[j].norm):
                        break  # "وربة حاج ابراهيم والعرادة ولبوة": a man's name does not go on past و
                    if (
                        tokens[j].norm in LOCATIVES
                        or _governorate(tokens[j].norm)
                        or tokens[j].norm in COMPLEMENTIZER_WORDS
                        or _cue_reading(tokens[j].text) is not None
                    ):
                        break  # ("وأضاف المراسل أن قرية كفرعويد": the title names no one here)
                    blocked[j] = True
            if (
                norm == "ابو"
                and 0 < pos < len(words) - 2
                and words[pos + 1] == i + 1
                and (
                    bare_word(tokens[words[pos - 1]].norm) in SPEECH_VERBS
                    or bare_word(tokens[words[pos + 2]].norm) in PERSON_TITLES | PERSON_ROLES
                )
                and not self.index.by_key.get("ابو" + tokens[i + 1].key)
            ):
                # "وقال أبو برزان نائب قائد جيش أسود الشرقية": a kunya, a man — not the village برزان.
                blocked[i] = blocked[i + 1] = True
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
            if i + 1 < len(tokens) and tokens[i + 1].is_word and tokens[i + 1].norm in OUTLET_SUFFIXES:
                blocked[i] = True  # "لحرية برس"، "حلب نيوز"، "نورث برس": an outlet named so, not a place
            if (
                i >= 2
                and tokens[i - 1].text in QUOTES
                and tokens[i - 2].is_word
                and tokens[i - 2].norm == "ل"
            ):
                blocked[i] = True  # "وأكدت مصادر الحر ل «عكاظ»": told to an outlet
            if not _may_mark(t.text, t.norm):
                continue  # (the rules below all start from a word of their own lists)
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
                t.norm in NAME_ENDING_PARTICIPLES
                and 0 < i < len(tokens) - 1
                and tokens[i - 1].is_word
                and tokens[i - 1].norm not in LOCATIVES
                and _cue_reading(tokens[i - 1].text) is None
                and tokens[i + 1].norm in ("علي", "بين")
            ):
                blocked[i] = True  # "تلال الثردة المشرفة على المطار": overlooking, not the village المشرفة
            if (
                i + 1 < len(tokens)
                and tokens[i + 1].is_word
                and tokens[i + 1].norm in PHRASE_TAILS.get(bare_word(t.norm), ())
            ):
                blocked[i] = True  # "وفتحنا قنوات تواصل": channels of contact, not the town of Qanawat
            if (
                bare_word(t.norm) in OPERATION_FIRST_WORDS
                and tuple(bare_word(x.norm) for x in tokens[i : i + 2]) in OPERATION_NAMES
            ):
                blocked[i] = blocked[i + 1] = True  # an operation, not the place its name sounds like
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
                # (not "بما في ذلك حزم، الثعلة": "including", a list follows)
                and not (i > 1 and tokens[i - 1].norm == "في" and tokens[i - 2].norm == "بما")
            ):
                blocked[i + 1] = True  # "في هذا الصدد" (الصدد is also a town in Homs)
            if _org_word(t.norm) and i + 1 < len(tokens) and tokens[i + 1].is_word:
                # "جيش الإسلام", "جبهة النصرة", "هيئة تحرير الشام": the next word names the group.
                blocked[i] = True
                if not (bare_word(t.norm) in SELF_NAMED_SIDES and self._object_place(tokens, i + 1)):
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
            if (
                _governorate(t.norm)
                and i > 1
                and tokens[i - 1].norm == "في"
                and (
                    tokens[i - 2].text.isdigit()
                    or tokens[i - 2].norm[:1] == "و"
                    and tokens[i - 2].text[1:].isdigit()
                    or tokens[i - 2].norm in ("معظمهم", "اغلبهم", "غالبيتهم", "منهم", "بينهم")
                )
            ):
                blocked[i] = (
                    True  # "قتيلا معظمهم في دمشق وريفها"، "و13 في حمص": a tally by province, no place
                )
            if (
                t.norm in VALLEY_REGIONS
                and i > 0
                and tokens[i - 1].is_word
                and tokens[i - 1].norm in ("وادي", "ووادي", "بوادي", "لوادي")
            ):
                blocked[i - 1] = blocked[i] = True  # "في وادي بردى": the valley's villages, not a village
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
        taken = _control_taken(tokens, i)
        if not (attached or after_prep or taken):
            return False
        if _governorate(t.text)[0] not in CITY_GOVERNORATES and not taken:
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

    def _object_place(self, tokens: list[Token], j: int) -> bool:
        """The word at j after a side named by one word (قصف الجيش سراقب، استهدف الجيش حي الحويقة، هاجم داعش تل
        أبيض) begins the verb's object, a cue or a place of the index, not the rest of the side's name."""
        norm = tokens[j].norm
        if norm in CUES or norm in PLACE_PLURALS:
            return True  # (the cue as the object itself, not "للقلعة": "to the castle")
        key = tokens[j].key
        return key in self.index.by_key or (
            j + 1 < len(tokens) and tokens[j + 1].is_word and (key + tokens[j + 1].key) in self.index.by_key
        )

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
        if (
            pos + 1 < len(words)
            and words[pos + 1] == i + 1
            and any((first + tokens[i].key + tokens[i + 1].key) in self.index.by_key for first in firsts)
        ):
            return True  # "جب حسن آغا": a first name inside a three-word gazetteer name
        # قرية “خربة بشار”: after a cue word, a name word and a first name are one place name.
        k = words[pos - 2] if pos >= 2 else None
        return k is not None and _cue_reading(tokens[k].text) is not None


# Verbal nouns and verbs of a capture whose object is the place itself ("تحرير حماة", "دخول الرقة").
CAPTURE_OBJECT_WORDS = frozenset(
    "تحرير بتحرير دخول بدخول اقتحام باقتحام استعاده باستعاده حررت حرروا دخلت دخلوا اقتحمت اقتحموا".split()
)


def _control_taken(tokens: list[Token], i: int) -> bool:
    """A governorate's name as what a side took or holds ("السيطرة على حماة", "بسط سيطرتها على الرقة", "تحرير
    إدلب"): the city — a side takes a city, not a province, in one day."""
    prev = tokens[i - 1] if i > 0 else None
    if prev is None or not prev.is_word:
        return False
    if bare_word(prev.norm).lstrip("بل") in ("احيا", "الاحيا") or prev.norm in ("لاحيا", "باحيا"):
        return True  # "أحياء حلب الشرقية", "تقدمت قسد في أحياء الرقة": the districts of the city
    if prev.norm in ("باتجاه", "نحو"):
        return True  # "وتقدمت الفصائل باتجاه حماة": a side heads for the city, not the province
    if prev.norm in CAPTURE_OBJECT_WORDS:
        # (not a unit named for its aim: "لواء تحرير الرقة")
        return not (i > 1 and tokens[i - 2].is_word and _org_word(tokens[i - 2].norm))
    before = tokens[i - 2] if i > 1 else None
    if prev.norm == "في" and any(
        t.is_word and bare_word(t.norm) in STRONGHOLD_NOUNS for t in tokens[max(0, i - 4) : i - 1]
    ):
        return True  # "طريق إمداد تنظيم داعش إلى معقله في الرقة": the stronghold is the city
    return prev.norm in ("علي", "على") and before is not None and before.is_word and "سيطر" in before.norm


# A side's one stronghold or capital (not "آخر معاقل الأسد في درعا": strongholds in a province).
STRONGHOLD_NOUNS = frozenset({"معقل", "معقله", "معقلها", "معقلهم", "المعقل", "عاصمته", "عاصمتها"})
