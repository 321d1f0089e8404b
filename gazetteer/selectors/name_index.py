"""The in-memory name index the geoparser uses on whole articles, and its matching."""

from __future__ import annotations

from functools import lru_cache

from gazetteer.models import Place, PlaceName
from gazetteer.normalize import is_arabic, name_key
from gazetteer.selectors.candidates import Candidates, PlaceInfo
from gazetteer.selectors.matching import _INFO_FIELDS, _add_fuzzy, _info_from_row, _query, _score_name
from gazetteer.selectors.scoring import build_context, rank
from gazetteer.selectors.spelling import _comparable


def index_matches(
    index: NameIndex, text: str, *, fuzzy: bool = True
) -> list[tuple[PlaceInfo, str, float, str]]:
    """The same candidates as db_matches, from the in-memory index (the trigram step still asks the database)."""
    q = _query(text)
    found: list[tuple[PlaceInfo, str, float, str]] = []
    for key in q.keys:
        for pid in index.by_key.get(key, ()):
            _score_name(q, index.places[pid], key, None, "", found)
    for lkey in (q.lkey, q.lkey_rest):
        for pid, written in index.latin_names.get(lkey, ()) if lkey else ():
            _score_name(q, index.places[pid], None, lkey, written, found)
    if fuzzy:
        _add_fuzzy(q, found, dict(index.places))
    return found


def glued_article_variants(text: str) -> list[str]:
    """Keys for a one-word Arabic name written with its second word's article glued on (OCHA's
    "بصرالحرير" is "بصر الحرير"): the article dropped where it starts a second part of 3+ letters."""
    if " " in text.strip() or not is_arabic(text):
        return []
    key = name_key(text)
    out = []
    start = 3
    while (at := key.find("ال", start)) != -1:
        if len(key) - at - 2 >= 3:
            out.append(key[:at] + key[at + 2 :])
        start = at + 1
    return out


class NameIndex:
    """All name keys in memory: the geoparser looks up every word span of an article without a query."""

    def __init__(self, places: dict[int, PlaceInfo], by_key: dict[str, tuple[int, ...]],
                 latin_names: dict[str, tuple[tuple[int, str], ...]]):  # fmt: skip
        self.places = places
        self.by_key = by_key
        self.latin_names = latin_names  # transliteration key -> (place id, name as written)
        self.max_words = 5

    @classmethod
    def build(cls) -> NameIndex:
        places = {row["id"]: _info_from_row(row) for row in
                  Place.objects.filter(merged_into__isnull=True).values(*_INFO_FIELDS)}  # fmt: skip
        by_key: dict[str, set[int]] = {}
        latin_names: dict[str, set[tuple[int, str]]] = {}
        for place_id, key, lkey, text in PlaceName.objects.values_list(
            "place_id", "key", "latin_key", "text"
        ):
            if place_id not in places:
                continue
            # (a name of digits alone - a hill's height "943", the Wikipedia map's "2016" - would read
            # every year in a report as a place)
            if key and any(c.isalpha() for c in key):
                by_key.setdefault(key, set()).add(place_id)
                for variant in glued_article_variants(text):
                    by_key.setdefault(variant, set()).add(place_id)
            if lkey:
                latin_names.setdefault(lkey, set()).add((place_id, text))
        return cls(
            places,
            {k: tuple(v) for k, v in by_key.items()},
            {k: tuple(sorted(v)) for k, v in latin_names.items()},
        )

    def warm(self) -> NameIndex:
        """Prepare every stored spelling for comparison, and the geoparser's tables of the index (its keys'
        prefixes, its names' words), now rather than on the first reports that need them."""
        from gazetteer.geoparse.text import key_prefixes, name_words  # (the geoparser reads this index)

        for names in self.latin_names.values():
            for _, text in names:
                _comparable(text)
        key_prefixes(self)
        name_words(self)
        return self

    @classmethod
    @lru_cache(maxsize=1)
    def cached(cls) -> NameIndex:
        """The process's index for the reader, its spellings prepared when it is built (0.4 s for 70,000
        names) rather than on the first reports that meet them."""
        return cls.build().warm()

    def has_key(self, key: str) -> bool:
        return key in self.by_key

    def matches(self, text: str) -> list[tuple[PlaceInfo, str, float, str]]:
        return index_matches(self, text, fuzzy=False)

    def resolve(self, text: str, *, near=None, within=None, kinds=None, limit: int = 10) -> Candidates:
        context = build_context(within=within, near=near, kinds=kinds)
        return rank(self.matches(text), context, text=text, limit=limit)
