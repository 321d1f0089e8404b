"""Governorate phrases (ريف إدلب الجنوبي، الريف الشرقي لدير الزور) and governorates or regions named bare in a
sentence: the context that places a report's names."""

from __future__ import annotations

from gazetteer.geoparse.results import Mention, Token
from gazetteer.geoparse.text import _governorate, _region_governorate, first_word_keys, word_readings
from gazetteer.geoparse.vocabulary import (
    AREA_WORDS,
    CAPITAL_PREPOSITIONS,
    DAMASCUS,
    DIRECTIONS,
    GOVERNORATES,
    QUOTES,
)
from gazetteer.normalize import strip_article


class AreasMixin:
    """The geoparser's governorate phrases and the governorates its sentences name."""

    @staticmethod
    def _governorates_named(tokens: list[Token], sentences: list[tuple[int, int]]) -> set[tuple[int, str]]:
        """(sentence start, governorate code) of each governorate named bare after a preposition ("في إدلب",
        "وفي حمص ...", "بدرعا"): the sentence's places are in that governorate, whatever the report's others."""
        named = set()
        for i, t in enumerate(tokens):
            if not t.is_word:
                continue
            region = _region_governorate(tokens, i)
            if region:
                start = next((s for s, e in sentences if s <= t.start < e), None)
                if start is not None:
                    named.add((start, region))
            if i == 0:
                continue
            prev = tokens[i - 1]
            after_prep = prev.is_word and prev.norm.removeprefix("و") in CAPITAL_PREPOSITIONS
            if not (after_prep or t.norm[:1] == "ب"):
                continue  # (the cheap test first: this runs on every word)
            gov = _governorate(t.text)
            if not gov or not (after_prep or not GOVERNORATES.get(strip_article(t.norm))):
                continue
            start = next((s for s, e in sentences if s <= t.start < e), None)
            if start is not None:
                named.add((start, gov[0]))
        return named

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
            reversed_end = _countryside_of(tokens, i) if lead is None else None
            if reversed_end is not None:
                # "الريف الشرقي لدير الزور", "(الريف الشمالي لدمشق)": the countryside named before its city.
                gov, end = reversed_end
                mentions.append(_area_mention(text, tokens, i, end, gov, DIRECTIONS.get(tokens[i + 1].norm)))
                for k2 in range(i, end + 1):
                    used[k2] = True
                i = end + 1
                continue
            bare_end = _bare_countryside(tokens, i) if lead is None else None
            if bare_end is not None:
                # "قرية خشام في دير الزور الشرقي": a governorate with a masculine direction is its countryside (الريف)
                gov, end = bare_end
                mentions.append(_area_mention(text, tokens, i, end, gov, DIRECTIONS.get(tokens[end].norm)))
                for k2 in range(i, end + 1):
                    used[k2] = True
                i = end + 1
                continue
            if lead is None or i + 1 >= n:
                i += 1
                continue
            j = i + 1
            while j < n - 1 and not tokens[j].is_word and (tokens[j].text in QUOTES or tokens[j].text == "/"):
                j += 1  # "بمحافظة /دير الزور/", "محافظة «دير الزور»"
            if not tokens[j].is_word:
                i += 1
                continue
            govs = []
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
                if nxt[:1] == "و" and nxt[1:] in DIRECTIONS and direction is not None:
                    end = k  # "ريفي إدلب الجنوبي والشرقي": a second side of the same countryside
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
                mentions.append(_area_mention(text, tokens, i, end, gv, direction, lead))
            for k2 in range(i, end + 1):
                used[k2] = True
            i = end + 1


def _area_mention(text, tokens, i, end, gov, direction, lead=None) -> Mention:
    """A governorate phrase from word `i` to word `end` (a leading ب or و is not part of it)."""
    start = tokens[i].start + (1 if tokens[i].norm[:1] in "بو" and lead != tokens[i].norm else 0)
    return Mention(surface=text[start : tokens[end].end], start=start, end=tokens[end].end, sentence="",
                   sentence_start=0, kind="governorate", is_area=True, area=gov, direction=direction)  # fmt: skip


def _bare_countryside(tokens, i) -> tuple[tuple, int] | None:
    """(governorate, last word) of "دير الزور الشرقي" / "حماة الشمالي" at word `i`, after في/ب and not "مدينة": the
    masculine direction speaks of the countryside (الريف), where the feminine one ("حلب الشرقية") speaks of the city."""
    if i == 0 or not tokens[i - 1].is_word or tokens[i - 1].norm not in ("في", "وفي"):
        return None
    gov = _governorate(tokens[i].text)
    end = i
    if not gov and i + 1 < len(tokens) and tokens[i + 1].is_word:
        gov = GOVERNORATES.get(first_word_keys(tokens[i].text)[0][0] + tokens[i + 1].key)
        end = i + 1
    if not gov or end + 1 >= len(tokens) or not tokens[end + 1].is_word:
        return None
    return (gov, end + 1) if tokens[end + 1].norm in ("الشرقي", "الغربي", "الشمالي", "الجنوبي") else None


def _countryside_of(tokens, i) -> tuple[tuple, int] | None:
    """(governorate, last word) of "الريف الشرقي لدير الزور" / "بالريف الجنوبي لمحافظة درعا" at word `i`."""
    if tokens[i].norm.removeprefix("و").removeprefix("ب") != "الريف":
        return None
    if i + 2 >= len(tokens) or not tokens[i + 1].is_word or tokens[i + 1].norm not in DIRECTIONS:
        return None
    j = i + 2
    if not tokens[j].is_word or tokens[j].norm[:1] != "ل":
        return None
    if (
        tokens[j].norm.removeprefix("ل") in ("محافظه", "لمحافظه")
        and j + 1 < len(tokens)
        and tokens[j + 1].is_word
    ):
        j += 1  # "لمحافظة درعا": the governorate's name after the word
    gov = _governorate(tokens[j].text)
    if gov is None and j + 1 < len(tokens) and tokens[j + 1].is_word:
        # (a two-word governorate: "لدير الزور")
        gov = next(
            (
                GOVERNORATES[k + tokens[j + 1].key]
                for k, _ in first_word_keys(tokens[j].text)
                if k + tokens[j + 1].key in GOVERNORATES
            ),
            None,
        )
        j += gov is not None
    return (gov, j) if gov is not None else None
