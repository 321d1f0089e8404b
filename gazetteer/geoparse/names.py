"""Where a name begins and ends in the text: continuations, coordinated cues, unknown names after a cue."""

from __future__ import annotations

import re

from gazetteer.geoparse.context import (
    _dedupe,
)
from gazetteer.geoparse.districts import QUARTER_WORDS, district_name_word
from gazetteer.geoparse.results import Mention, Token
from gazetteer.geoparse.text import (
    _governorate,
    norm_word,
    word_readings,
)
from gazetteer.geoparse.vocabulary import (
    _STOP_KEYS,
    AREA_WORDS,
    BOUNDARY_WORDS,
    CITY_KINDS,
    CUES,
    DAY_KEYS,
    DIRECTIONS,
    DISTRICT_WORDS,
    FIRST_NAMES,
    LIST_CUES,
    LIST_OPENERS,
    LOCATIVES,
    MONTH_KEYS,
    NAME_DIRECTIONS,
    NAME_ENDING_PARTICIPLES,
    NAME_LINKS,
    NAME_PREFIX_KEYS,
    NAMED_CUES,
    NEVER_NAMES,
    OBJECT_VERBS,
    QUOTES,
    REGION_WORDS,
    SIZE_QUALIFIERS,
    STOPWORDS,
    STRIKE_WORDS,
    SUBJECT_WORDS,
    TANWEEN,
)
from gazetteer.geoparse.words import (
    PERSON_PREFIX_KEYS,
    _clean_surface,
    _cue_reading,
    _is_list_item,
    _name_ali,
    _norm_first,
    _ordinary_word,
    _org_word,
    _region_or_area,
    _with_pronoun,
)
from gazetteer.normalize import (
    bare_word,
    strip_article,
)
from gazetteer.ordinary_words import is_ordinary

# Facilities named for a town ("سجن حماة", "مطار كويرس"): no list item of places.
FACILITY_WORDS = frozenset(
    ("سجن", "مطار", "معسكر", "مستشفي", "مشفي", "جامعه", "مدرسه", "ملعب", "مصفاه", "محطه")
)


# An imperfect verb of two or more (يتقدمان، يستهدفون، تتقدمان، وتتمركزون): ي-words of that shape and تت/تست-words.
IMPERFECT_PLURAL = re.compile(r"^[وف]?(?:ي\w{3,}|تت\w{2,}|تست\w{2,})(?:ان|ون)$")


class NameBoundsMixin:
    """The geoparser's reading of name boundaries."""

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
            or norm in NAME_ENDING_PARTICIPLES
            or norm in LOCATIVES
            or norm in DIRECTIONS
            or norm in NAME_DIRECTIONS
            or strip_article(norm) in CUES
            or _ordinary_word(norm)
            or (not norm.startswith("ال") and is_ordinary(norm))  # ("والجفر قامت وحدات الجيش": a verb)
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
        if _name_ali(tokens, k, PERSON_PREFIX_KEYS):
            return k  # "تل الشيخ علي"
        if (
            len(norm) < 3
            or norm[:1] == "و"
            or norm in STOPWORDS
            or norm in BOUNDARY_WORDS
            or norm in NAME_ENDING_PARTICIPLES
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
        # (not "منازل هذا الحي وحيّي حرستا وبرزة": a cue with its article points back, and a list cue
        # after و opens a list of its own)
        if second[:1] == "و" and second[1:] in NAMED_CUES and not first.startswith("ال") and CUES.get(first):
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
        common_first: bool = False,
    ) -> int:
        """End (exclusive) of an unknown name starting at `start`: up to a boundary word or punctuation.
        After a cue that belongs to the name (سد تشرين، جبل الشيخ) a common word may start it, and after
        حي a district may be named by one (حي الصناعة)."""
        quoted = start > 0 and tokens[start - 1].text in QUOTES
        limit = 4 if quoted else max_words
        j = start
        count = 0
        while j < len(tokens) and (
            count < limit
            # "قرية فيضة بن موينع", "قصر ابن وردان": a name does not end on its link word
            # (not ذو/ذات, "having": "جبل الغراب ذو الموقع الاستراتيجي")
            or (count == limit and count > 0 and tokens[j - 1].norm in NAME_LINKS - {"ذو", "ذات"})
        ):
            t = tokens[j]
            if not t.is_word or blocked[j] or used[j]:
                break
            norm = t.norm
            if common_first and count == 0:
                # "قرية الجديدة", "قرية المناخ": the village is named by the word, common or not; a second word
                # only with its article ("قرية الخربة الشرقية"), not the sentence going on ("المناخ جارية")
                nxt = tokens[j + 1] if j + 1 < len(tokens) else None
                if (
                    nxt is None
                    or not nxt.is_word
                    or not nxt.norm.startswith("ال")
                    or blocked[j + 1]
                    or used[j + 1]
                ):
                    return j + 1
                j += 1
                count += 1
                continue
            if named_cue and norm.isdigit() and (count == 0 or (count == 1 and tokens[j - 1].norm == "ال")):
                # "تلة «الـ 1112»", "التلة 1154": a hill named by its height; the number ends the name (but
                # "مشروع 1070 شقة": a housing project named by its flats).
                if j + 1 < len(tokens) and tokens[j + 1].is_word and tokens[j + 1].norm == "شقه":
                    return j + 2
                return j + 1
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
            if (
                not sized
                and not (count > 0 and _name_ali(tokens, j))
                and (
                    norm in LOCATIVES
                    or norm in DIRECTIONS
                    or norm in BOUNDARY_WORDS
                    or (count > 0 and norm in NAME_ENDING_PARTICIPLES)
                    or any(c.isdigit() for c in norm)
                )
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
            before = bare_word(tokens[j - 1].norm) if count == 1 else ""
            after_prefix = (
                strip_article(before) in NAME_PREFIX_KEYS
            )  # (the name's first word: تل، عين، بيت ...)
            # (a bare prefix, not one with its article that names a place alone: "العين الرئيسية", "المزرعة ذات")
            after_bare_prefix = after_prefix and not before.startswith("ال")
            # "حي درعا المحطة": the quarter word after a city that names a district
            quarter = count == 1 and norm in QUARTER_WORDS and _governorate(tokens[j - 1].text)
            if (
                count > 0
                and not sized
                and not quarter
                and (
                    norm.startswith(("بال", "لل", "كال"))
                    # (a name prefix takes a common word as its second: "تلة عين الحياة", "تل الحياة")
                    or (_ordinary_word(norm) and not (after_bare_prefix and not _with_pronoun(norm)))
                )
            ):
                break  # "حي اللطوة بالقسم الجنوبي", "بلدة الطيانة المتاخمة": the name has ended
            if (
                count > 0
                and not sized
                and is_ordinary(norm)
                and not quarter
                and not after_prefix  # (but a name prefix takes any word: "قرى أبو خرج والعواض")
            ):
                break  # "حي القدم الأسبوع الفائت": a word of news text (gazetteer.ordinary_words) ends the name
            if (
                count == 0
                and not named_cue
                and strip_article(norm) in NEVER_NAMES
                and not (district and bare_word(norm) == "المحطه")  # ("حي المحطة": the station quarter)
            ):
                break  # "منطقة منكوبة", "إلى قرية شمالها": the cue word is not followed by a name
            if (
                count == 0
                and not named_cue
                and _ordinary_word(norm)
                and strip_article(norm)
                in MONTH_KEYS | {"تقع", "كافه", "تلك", "هذه", "هذا", "كلها", "جميع", "تابعه"}
                and not (district and bare_word(norm) in DISTRICT_WORDS)  # ("حي تشرين", Damascus)
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
                    if not (
                        (district and district_name_word(norm))
                        # "حي حلب الجديدة", "وحلب الجديدة والأعظمية": a quarter named after its city
                        or (
                            _governorate(t.text)
                            and j + 1 < len(tokens)
                            and tokens[j + 1].norm in QUARTER_WORDS
                        )
                    ):
                        break  # (but "حي المطار", "أحياء المحطة": a district named by a common word)
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
        if len(tokens) > 1 and strip_article(first) in FACILITY_WORDS:
            return False  # "بما في ذلك سجن حماة المركزي، ومطار حماة العسكري": a facility named for its city
        if len(tokens) == 1 and strip_article(first) in ("شرق", "غرب", "شمال", "جنوب", "جمعيه"):
            # "على محوري الغرب والجنوب": the fronts' directions, not places; "وجمعية حي المحامين": an association
            # is named by the words after it, not alone
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
            if clitic[-1:] in ("ب", "ل", "ك") or clitic == "~"  # ("للنظام": ل with the article's alif eaten)
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
        if len(tokens) == 1 and IMPERFECT_PLURAL.match(tokens[0].norm):
            return False  # "ويتقدمان باتجاه", "يستهدفون": a verb of two or more (no name in the gazetteer is shaped so)
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
            if tokens[j].text in QUOTES or tokens[j].text == "(":
                j -= 1  # (and "من (الهبيط، بلدة سكيك)": a bracket after the preposition)
                continue
            return tokens[j].text in ",،" and prev_mention_end >= j
        if j < 0:
            return False
        prev = bare_word(tokens[j].norm)
        if _object_verb(prev):
            return True  # "انتزاع دورين", "ودخلت سراقب": the verb's object is the place
        if _after_verb_and_subject(tokens, j):
            return True  # "استعادت الفصائل كفرنبودة", "دخل الجيش السوري مورك": verb, side, then its object
        if prev[:1] == "و" and prev[1:] in LOCATIVES:
            return True  # "وفي القرقور": a short preposition with its و (bare_word keeps و on short words)
        # ("وأهمها قلعة المضيق ومعردس": the places a list opener names)
        return prev in LOCATIVES or strip_article(prev) in CUES or prev in LIST_CUES or prev in LIST_OPENERS


def _after_verb_and_subject(tokens, j: int) -> bool:
    """Whether the words up to j are a side (one to three words of SUBJECT_WORDS) right after a verb whose object
    is a place: the next word is that object ("استعادت الفصائل كفرنبودة")."""
    k = j
    for _ in range(3):
        if k < 0 or not tokens[k].is_word or not {tokens[k].norm, bare_word(tokens[k].norm)} & SUBJECT_WORDS:
            return False
        k -= 1
        if k >= 0 and tokens[k].is_word and _object_verb(bare_word(tokens[k].norm)):
            return True
    return False


def _object_verb(word: str) -> bool:
    """A verb or verbal noun whose object is a place (دخلت، قصف، تحرير), with or without its و (bare_word keeps و
    on short words)."""
    return word in OBJECT_VERBS or (word[:1] == "و" and word[1:] in OBJECT_VERBS)
