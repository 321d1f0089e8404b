"""The database path: candidate places for a name by key, transliteration and trigram similarity."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.contrib.postgres.search import TrigramSimilarity
from django.db.models import Q

from gazetteer.models import Place, PlaceName
from gazetteer.normalize import is_arabic, key_variants, normalize_text, split_prefix
from gazetteer.selectors.candidates import MATCH_BASE, VARIANT_BASE, PlaceInfo
from gazetteer.selectors.spelling import spelling_similarity
from gazetteer.transliterate import latin_key

_INFO_FIELDS = ("id", "uid", "name_ar", "name_en", "kind", "point", "admin1__pcode", "admin2__pcode",
                "importance", "confirmed", "country")  # fmt: skip


def _info_from_row(row: dict) -> PlaceInfo:
    return PlaceInfo(
        id=row["id"], uid=row["uid"], name_ar=row["name_ar"], name_en=row["name_en"], kind=row["kind"],
        lat=row["point"].y, lon=row["point"].x, admin1=row["admin1__pcode"], admin2=row["admin2__pcode"],
        importance=row["importance"], confirmed=row["confirmed"], country=row["country"],
    )  # fmt: skip


def _places(ids: Iterable[int]) -> dict[int, PlaceInfo]:
    rows = Place.objects.filter(id__in=set(ids), merged_into__isnull=True).values(*_INFO_FIELDS)
    return {row["id"]: _info_from_row(row) for row in rows}


_JOINED_FIELDS = {f"place__{f}" if f != "id" else "place_id": f for f in _INFO_FIELDS}


@dataclass(frozen=True)
class _Query:
    """The keys a name is looked up by, computed once for the database and the in-memory paths."""

    text: str
    keys: dict[str, str]
    lkey: str
    lkey_rest: str
    arabic: bool


def _query(text: str) -> _Query:
    keys = dict(key_variants(text))
    lkey = latin_key(text)
    lkey = lkey if len(lkey) >= 2 else ""  # a one-consonant skeleton matches too much to mean anything
    _, _, rest = split_prefix(text)
    lkey_rest = latin_key(rest) if rest != normalize_text(text) else ""
    lkey_rest = lkey_rest if len(lkey_rest) > 2 and lkey_rest != lkey else ""
    return _Query(text, keys, lkey, lkey_rest, is_arabic(text))


def _score_name(
    q: _Query, info: PlaceInfo, key: str | None, lkey: str | None, written: str, found: list
) -> None:
    """How one stored name of a place matches the query (by key, by transliteration, or not)."""
    if key is not None and key in q.keys:
        reason = q.keys[key]
        found.append((info, "exact" if reason == "exact" else "variant", VARIANT_BASE[reason], reason))
    if q.lkey and lkey == q.lkey:
        base = MATCH_BASE["transliteration"] if len(q.lkey) > 3 else 0.66
        if q.arabic and info.name_ar:
            base -= 0.2  # its Arabic name differs from the query beyond normalisation: another name
        # Same skeleton: the closer spelling wins (Hfayra → Hfeira, الصخر → Sakhr not Sukayr).
        base += 0.12 * (spelling_similarity(q.text, written) - 0.5)
        found.append((info, "transliteration", base, "latin"))
    elif q.lkey_rest and lkey == q.lkey_rest:
        found.append((info, "transliteration", 0.62, "prefix"))


def _add_fuzzy(q: _Query, found: list, infos: dict[int, PlaceInfo]) -> None:
    if any(m[1] in ("exact", "variant") for m in found):
        return
    fuzzy_found = _fuzzy(next(iter(q.keys), ""), q.lkey)
    infos.update(_places(pid for pid, *_ in fuzzy_found if pid not in infos))
    found.extend((infos[pid], match, base, how) for pid, match, base, how in fuzzy_found if pid in infos)


def db_matches(text: str, *, fuzzy: bool = True) -> list[tuple[PlaceInfo, str, float, str]]:
    """Candidate places for a name from the database: exact/variant keys, transliteration, trigram.

    One indexed query fetches the names and their places; the trigram query runs only when nothing
    matched by key.
    """
    q = _query(text)
    condition = Q(key__in=list(q.keys))
    if q.lkey or q.lkey_rest:
        condition |= Q(latin_key__in=[k for k in (q.lkey, q.lkey_rest) if k])
    rows = (
        PlaceName.objects.filter(condition, place__merged_into__isnull=True)
        .order_by()
        .values("key", "latin_key", "text", *_JOINED_FIELDS)
    )
    found: list[tuple[PlaceInfo, str, float, str]] = []
    infos: dict[int, PlaceInfo] = {}
    for row in rows:
        info = infos.get(row["place_id"])
        if info is None:
            info = infos[row["place_id"]] = _info_from_row({v: row[k] for k, v in _JOINED_FIELDS.items()})
        _score_name(q, info, row["key"], row["latin_key"], row["text"], found)
    if fuzzy:
        _add_fuzzy(q, found, infos)
    return found


def _fuzzy(key: str, lkey: str) -> list[tuple[int, str, float, str]]:
    out = []
    # Short keys share trigrams with thousands of names: fuzzy matching them is slow and meaningless.
    if key and len(key) >= 5:
        field_name, value = ("key", key)
    elif lkey and len(lkey) >= 5:
        field_name, value = ("latin_key", lkey)
    else:
        return out
    rows = (
        PlaceName.objects.filter(**{f"{field_name}__trigram_similar": value})
        .annotate(sim=TrigramSimilarity(field_name, value))
        .order_by("-sim")
        .values_list("place_id", "sim")[:25]
    )
    for place_id, sim in rows:
        out.append((place_id, "fuzzy", MATCH_BASE["fuzzy"] + 0.3 * max(0.0, (sim - 0.3) / 0.7), "fuzzy"))
    return out
