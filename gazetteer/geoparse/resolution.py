"""Choosing each name's place: the report's governorates and other places as context, near spellings as a last resort."""

from __future__ import annotations

from gazetteer.geoparse.context import (
    SUPPORT_CAP,
    SUPPORT_WEIGHT,
    SUPPORTED,
    _admin1,
    _centre,
    _centre_without,
    _dedupe,
    _foreign,
    _kind_score,
    _one_edit_keys,
    _one_letter_off,
    _sole_city,
    _spelling_variants,
    _support,
    _Witnesses,
)
from gazetteer.geoparse.results import Mention
from gazetteer.geoparse.text import (
    _governorate,
    haversine_km,
    key_prefixes,
    norm_word,
)
from gazetteer.geoparse.vocabulary import (
    CITY_KINDS,
    CLUSTER_KM,
    DAMASCUS,
    FOREIGN_KM,
    HOMONYM_KM,
    LATIN_ONLY_MIN,
    NAME_QUALIFIERS,
    NEIGHBOUR_KM,
    QUALIFIER_BASE,
    SPELLING_BASE,
    TYPO_BASE,
    TYPO_KM,
    WEAK_MATCHES,
)
from gazetteer.normalize import (
    name_key,
    strip_article,
)


class ResolutionMixin:
    """The geoparser's resolution of names to places."""

    def _fuzzy_candidates(self, surface: str) -> list:
        out = self._index_fuzzy(surface)
        if not out:
            out = self._nearby_spellings(surface)
        return out

    def _nearby_spellings(self, surface: str) -> list:
        """Places the name may mean when no spelling of the index matches it: the name with a qualifier
        the report left out (عرادة → عرادة كبيرة، بخضرمو → بخضرمو التحتا), or one letter off (an outlet's
        typo: حنوتين → حنتوتين، معربة → معرية). Weak candidates: only the article's other places confirm them."""
        key = name_key(surface)
        if len(key) < 4 or not any("\u0621" <= c <= "\u064a" for c in key):
            return []
        by_key, places = self.index.by_key, self.index.places
        out = []
        for qualifier in NAME_QUALIFIERS:
            for pid in by_key.get(key + qualifier, ()):
                if pid in places:
                    out.append((places[pid], QUALIFIER_BASE, "qualifier"))
        words = surface.split()
        if len(words) >= 2 and strip_article(norm_word(words[-1])) in NAME_QUALIFIERS:
            # The report names a part the index does not split (الكرك الشرقي → الكرك).
            for pid in by_key.get(name_key(" ".join(words[:-1])), ()):
                if pid in places:
                    out.append((places[pid], QUALIFIER_BASE, "qualifier"))
        for variant in _spelling_variants(key):
            for pid in by_key.get(variant, ()):
                if pid in places:
                    out.append((places[pid], SPELLING_BASE, "spelling"))
        if out:
            return _dedupe(out)
        if len(key) >= 5:
            for variant in _one_edit_keys(key, key_prefixes(self.index)):
                for pid in by_key.get(variant, ()):
                    if pid in places:
                        out.append((places[pid], TYPO_BASE, "typo"))
        return _dedupe(out)

    def _index_fuzzy(self, surface: str) -> list:
        matches = getattr(self.index, "matches", None)
        if matches is None:
            return []
        out = []
        for info, match, base, _reason in matches(surface):
            # A Latin-only place (the Wikipedia map's hills) can only be met through transliteration;
            # a place with an Arabic name that did not match is another name that sounds alike.
            # Only close sound-alikes inside the theatre: بيت العبدة is not "Al-Dalil", أم شعيفة not an
            # Israeli moshav.
            latin_only = (
                match == "transliteration"
                and base >= LATIN_ONLY_MIN
                and not info.name_ar
                and not _foreign(info)
            )
            if match in ("exact", "variant") or latin_only:
                out.append((info, base * (1.0 if match != "transliteration" else 0.8), match))
            elif info.name_ar and _one_letter_off(surface, info.name_ar):
                # An outlet's typo (حنوتين for حنتوتين، معربة for معرية): a weak candidate that only the
                # article's other places can confirm.
                out.append((info, TYPO_BASE, "typo"))
        return out

    # --- joint resolution ------------------------------------------------------------------------------

    def _resolve(self, mentions: list[Mention], named_govs: set[tuple[int, str]] = frozenset()) -> None:
        """Choose each name's place with the article's governorates and its other places as context
        (`named_govs`: the governorates named bare in a sentence, by the sentence's start)."""
        govs = {m.area[0] for m in mentions if m.is_area} | {gov for _s, gov in named_govs}
        gov_points = [(m.area[3], m.area[4]) for m in mentions if m.is_area]
        if any(not m.is_area and _governorate(m.surface) == DAMASCUS for m in mentions):
            # The capital named on its own ("شرقي دمشق") places the report as its countryside would.
            govs |= {"SY01", DAMASCUS[0]}
            gov_points.append((DAMASCUS[3], DAMASCUS[4]))
        if govs:
            # "حي المنشية في مدينة درعا ... وفي حمص": a governorate's city named as a city is one of the
            # governorates the report names (only widening a set some phrase began).
            govs |= {gov[0] for m in mentions if m.kind == "city" and (gov := _governorate(m.surface))}
        # One decision per distinct name (and cue kind): a name repeated in the article means one place.
        groups: dict[tuple, list[Mention]] = {}
        for m in mentions:
            if not m.is_area and m.candidates:
                groups.setdefault((m.key, m.kind in ("hill", "woods")), []).append(m)
        names = list(groups)
        heads = [groups[k][0] for k in names]
        # The cue of a name is that of its first mention with one ("رأس العين ... مدينة رأس العين": the city).
        cues = [next((m.kind for m in groups[k] if m.kind), None) for k in names]
        for head in heads:
            head.candidates = _dedupe(head.candidates)
        # Anchors: names with a single candidate inside the governorates named (or anywhere when none).
        chosen: dict[int, object] = {}
        how: dict[int, str] = {}  # the match reason of each choice
        for g, head in enumerate(heads):
            cands = head.candidates
            if len(cands) == 1 and (not govs or _admin1(cands[0][0]) in govs):
                chosen[g] = cands[0][0]
                how[g] = cands[0][2]  # (a one-letter-off anchor is no witness for the others' places)
        support = _support(heads)
        local_govs = {(m.sentence_start, m.area[0]) for m in mentions if m.is_area} | set(named_govs)
        for _round in range(2):
            points = {g: (p.lat, p.lon) for g, p in chosen.items() if how.get(g) not in WEAK_MATCHES}
            overall = _centre(list(points.values())) or _centre(gov_points)
            for g, head in enumerate(heads):
                ctr = _centre_without(points, g) if len(points) <= 40 else overall
                ctr = ctr or overall
                best, best_score = None, -1e9
                for info, base, reason in head.candidates:
                    score = (
                        base
                        + _kind_score(cues[g], info.kind)
                        + 0.05 * min(getattr(info, "importance", 0.0) or 0.0, 1.0)
                    )
                    if govs:
                        score += 0.6 if _admin1(info) in govs else -0.6
                    own = {gv for start, gv in local_govs if start == head.sentence_start}
                    if own:
                        # "مدينة رأس العين في محافظة الحسكة": its own sentence says where, whatever the
                        # report's other places are near.
                        score += 0.6 if _admin1(info) in own else -0.6
                    if ctr:
                        score += max(-1.0, 0.5 - haversine_km(ctr[0], ctr[1], info.lat, info.lon) / 60.0)
                    score += SUPPORT_WEIGHT * min(support.get((g, info.id), 0), SUPPORT_CAP) / SUPPORT_CAP
                    if score > best_score:
                        best, best_score = info, score
                        how[g] = reason
                if best is not None:
                    chosen[g] = best
        # Reject choices far from where the rest of the article is; then judge again against the choices
        # kept, so that wrong guesses far away (a homonym in another governorate) do not pull the centre.
        points = {g: (p.lat, p.lon) for g, p in chosen.items() if how.get(g) not in WEAK_MATCHES}
        local = {(m.sentence_start, m.area[0]) for m in mentions if m.is_area} | set(named_govs)
        witnesses = _Witnesses(chosen, points)
        backed = {g for g, info in chosen.items() if support.get((g, info.id), 0) >= SUPPORTED}
        rejected = {
            g for g in chosen if self._rejected(g, chosen, witnesses, heads, how, govs, local, backed)
        }
        kept = {g: pt for g, pt in points.items() if g not in rejected}
        if rejected and len(kept) >= 2:
            witnesses = _Witnesses(chosen, kept)
            rejected = {
                g for g in chosen if self._rejected(g, chosen, witnesses, heads, how, govs, local, backed)
            }
        for g in sorted(rejected):
            # "4 مدن، وهي درعا والقنيطرة والسويداء": when the guess near the report fails, the name's one
            # city is what a report names far from its other places (a town is not: الحميدية, الصفصافة).
            city = next(
                (
                    c
                    for c, _b, r in heads[g].candidates
                    if c.kind == "city" and r == "exact" and _sole_city(heads[g], c)
                ),
                None,
            )
            if city is not None and city.id != chosen[g].id:
                chosen[g], how[g] = city, "exact"
                if not self._rejected(g, chosen, witnesses, heads, how, govs, local, backed):
                    rejected.discard(g)
        for g, info in chosen.items():
            head = heads[g]
            if g not in rejected:
                for m in groups[names[g]]:
                    m.place = info
                    m.reason = "single" if len(head.candidates) == 1 else "context"

    @staticmethod
    def _rejected(g, chosen, witnesses: _Witnesses, heads, how, govs, local, backed=frozenset()) -> bool:
        """Whether the place chosen for name `g` is too far from the report's other places to believe."""
        info = chosen[g]
        head = heads[g]
        n_others, ctr = witnesses.without(info.id)
        sentence_govs: dict[int, set] = {}
        for start, gov in local:
            sentence_govs.setdefault(start, set()).add(gov)
        reject = False
        alone = (
            not ctr
            and len(head.candidates) == 1
            and how.get(g) not in WEAK_MATCHES
            and head.sentence_start not in sentence_govs
        )  # ("بلدة مورك" the only place of a report that names Aleppo for a road: nothing speaks against it)
        if govs and _admin1(info) not in govs and not alone:
            if not ctr or haversine_km(ctr[0], ctr[1], info.lat, info.lon) > 20:
                # A city is named far from the rest as often as near it ("على الطريق بين مدينة اللاذقية
                # ومدينة حلب"): kept when no other place of its name is a city or town.
                reject = (
                    info.kind not in CITY_KINDS
                    or (bool(ctr) and not _sole_city(head, info))
                    or _foreign(info)  # السويدية in Raqqa is not Samandağ
                    # (by another of its names in a sentence set in another governorate: "قرية حصان ... في
                    # ريف الرقة" is no Raqqa village, not Latakia's القطيلبية)
                    or (
                        head.sentence_start in sentence_govs
                        and _admin1(info) not in sentence_govs[head.sentence_start]
                        and name_key(info.name_ar or "") not in name_key(head.surface)
                        and sum(x.id == info.id for x in chosen.values()) == 1  # ("عين العرب" (كوباني))
                    )
                )
        # A governorate phrase in the name's own sentence ("تلة الكبينة بريف اللاذقية الشرقي") speaks
        # for it even when the rest of the article is elsewhere.
        local = (head.sentence_start, _admin1(info)) in local
        if ctr and n_others >= 3 and info.kind not in CITY_KINDS and not local and g not in backed:
            if (
                haversine_km(ctr[0], ctr[1], info.lat, info.lon)
                > max(CLUSTER_KM, 3 * witnesses.spread_without(info.id))
                and witnesses.nearest_km(info.id, info.lat, info.lon) > NEIGHBOUR_KM
            ):
                reject = True
        if _foreign(info) and (not ctr or haversine_km(ctr[0], ctr[1], info.lat, info.lon) > FOREIGN_KM):
            reject = True  # a town across the border only when the report's places are beside it
        if (
            how.get(g) in WEAK_MATCHES
            and info.id not in witnesses.ids  # (the report spells it right elsewhere: خان الشيخ، خان الشيح)
            and (not ctr or haversine_km(ctr[0], ctr[1], info.lat, info.lon) > TYPO_KM)
        ):
            reject = True  # a one-letter-off spelling is only believed beside the article's other places
        if (
            head.kind in ("hill", "woods")
            and info.kind not in ("hill", "woods", "mountain")
            and len(head.surface.split()) < 2
        ):
            reject = True
        if (
            ctr
            and info.kind not in CITY_KINDS
            and not local
            and g not in backed
            and haversine_km(ctr[0], ctr[1], info.lat, info.lon) > HOMONYM_KM
            and witnesses.nearest_km(info.id, info.lat, info.lon) > NEIGHBOUR_KM
            and any(haversine_km(c.lat, c.lon, info.lat, info.lon) > 10 for c, _b, _r in head.candidates)
        ):
            # A common village name (الخالدية، الحميدية) chosen among its homonyms far from the report's
            # other places is more likely a place the gazetteer lacks (a city's neighbourhood).
            reject = True
        return reject
