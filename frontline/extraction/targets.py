"""Which places a change of control governs in its sentence (lists, chains, references, held positions)."""

from __future__ import annotations

from frontline.extraction.actors import ActorRef
from frontline.extraction.vocabulary import (
    AREA_OF,
    AXIS_WORDS,
    BASE_SINGULARS,
    BASE_WORDS,
    BELONGING_WORDS,
    DIRECTION_WORDS,
    DISTANCE_WORDS,
    EDGE_WORDS,
    FIGHTER_NOUNS,
    FROM_DIRECTIONS,
    INSIDE_WORDS,
    LANDMARK_WORDS,
    LAUNCH_WORDS,
    NAME_ADJECTIVES,
    NEAR_WORDS,
    PART_WORDS,
    POSITION_ADJECTIVES,
    POSITION_LINKS,
    POSITION_NOUNS,
    POST_WORDS,
    REACH_WORDS,
    REFERENCE_CUES,
    SIEGE_VERBS,
    SIEGE_WORDS,
    STRIKE_VERBS,
    STRONGHOLD_LEADS,
    STRONGHOLD_LINKS,
    STRONGHOLD_WORDS,
    TOWARDS,
    VANTAGE_WORDS,
)
from frontline.extraction.words import _relative_index, _verbal_noun, _without_pronoun
from gazetteer.geoparse import Mention, Token, bare_capital, bare_word
from gazetteer.geoparse.vocabulary import CITY_KINDS


def _token_at(tokens: list[Token], offset: int) -> int:
    """Index of the first token that ends after `offset` (sentence-relative)."""
    for k, t in enumerate(tokens):
        if t.end > offset:
            return k
    return len(tokens)


def _antecedents(m_pos: list[tuple[int, Mention]], rel: int, reach: int = 4) -> list[Mention]:
    """The places a relative clause is about: the name(s) right before "التي" (a list counts as one)."""
    out: list[Mention] = []
    edge = rel
    for k, m in sorted(m_pos, key=lambda x: x[0], reverse=True):
        if k >= rel:
            continue
        if edge - k > reach:
            break
        out.append(m)
        edge = k
    return out[::-1]


def _run_after(m_pos: list[tuple[int, Mention]], at: int, first: int = 3) -> list[Mention]:
    """The places right after word `at` (the first within `first` words) and the run joined to them (three words apart
    at most): a combing word's object ("تمشيط قرى X وY"), the places in a side's zones ("مناطق سيطرة قوات الأسد في X")."""
    run: list[Mention] = []
    last = at
    for k, m in sorted(m_pos, key=lambda km: km[0]):
        if k <= at:
            continue
        if k - last > (first if not run else 3):
            break
        run.append(m)
        last = k
    return run


def _chain(
    places: list[Mention], m_pos: list[tuple[int, Mention]], aside: frozenset[int] = frozenset()
) -> list[Mention]:
    """The first run of places (a name or a list), not a place named later in the clause; words in brackets (`aside`)
    do not part the run ("قرية كفرعويد (التي وقعت بها المجزرة ...) وقرية الفطيرة"). `places` may be given backwards,
    to read a run back from a word after it."""
    pos = {id(m): k for k, m in m_pos}
    out: list[Mention] = []
    for m in places:
        a, b = sorted((pos[id(out[-1])] if out else 0, pos[id(m)]))
        if out and b - a - sum(1 for k in range(a + 1, b) if k in aside) > 4:
            break
        out.append(m)
    return out


def _targets(
    m_pos: list[tuple[int, Mention]], norms: list[str], index: int, boundaries: list[int]
) -> list[Mention]:
    """The places an attempted advance aimed at: after its first إلى/نحو/باتجاه, to the clause's end."""
    to = next((k for k in range(index + 1, len(norms)) if norms[k] in TOWARDS), None)
    if to is None:
        return []
    end = min([b for b in boundaries if b > to] + [len(norms)])
    return [m for k, m in m_pos if to < k < end]


def _post_inside(norms: list[str], start: int, k: int, named: frozenset[int]) -> bool:
    """A place at k named as where a building or post taken lies ("مبنى ... في مدينة X", "نقاط بأطراف بلدة X",
    "مطار X"): the words before it, back to the change word, hold a post noun and then في/داخل/أطراف."""
    window = [j for j in range(max(start + 1, k - 6), k) if j not in named]
    words = [bare_word(norms[j]).removeprefix("ال") for j in window]
    posts = [i for i, w in enumerate(words) if w in POST_WORDS or w.removeprefix("ب") in POST_WORDS]
    if not posts:
        return False
    if words[posts[-1]] in ("مطار",) and posts[-1] >= len(words) - 2:
        return True  # "مطار منغ العسكري": the air base is named after the town
    return any(w in INSIDE_WORDS or w.removeprefix("ب") in INSIDE_WORDS for w in words[posts[-1] + 1 :])


# Words between an axis word and its place: cues ("محور قرية X") and other names of the same list.
AXIS_SKIP = {"قريه", "بلده", "مدينه", "تله", "تل", "قريتي", "بلدتي", "تلال", "تلتي", "بلدات", "قري"}


def _on_axis(norms: list[str], k: int, named: frozenset[int], starts: frozenset[int]) -> bool:
    """A place at k named as a front line ("محور قرية الناجية", "محاور بلدة الكبانة", "محور كل من X وY"): an
    axis word just before it, with at most a cue or "كل من" between, or one other name joined by و (not the
    list going on: "الدلافة على محور تل الوسيط، وتلة قرص النفل وتلة الهرة" names two hills besides)."""
    j = k - 1
    names_passed = 0
    while j >= 0 and (
        j in named or bare_word(norms[j]).removeprefix("ال") in AXIS_SKIP or norms[j] in ("كل", "من")
    ):
        if j in starts:
            names_passed += 1  # (the first word of another name)
        j -= 1
    if j < 0 or bare_word(norms[j]) not in AXIS_WORDS:
        return False
    # (one more name only for axes in the plural or "كل من": "محور كل من مرعيان والمغارة")
    several = "محاور" in bare_word(norms[j]) or "كل" in norms[j + 1 : k]
    return names_passed <= (1 if several else 0)


def _reached_edge(norms: list[str], start: int, k: int, named: frozenset[int]) -> bool:
    """A place at k whose edge a side reached after the change word at `start` ("سيطرته على بلدة X
    ووصوله إلى أطراف بلدة Y"): a reach word, then at most two words, then an edge word, before k."""
    kept = [j for j in range(start + 1, k) if j not in named]
    words = [bare_word(norms[j]) for j in kept]
    for i, w in enumerate(words):
        # (the word as written too: bare_word reads "وصلت" as و + "صلت")
        if w in REACH_WORDS or w.removeprefix("ال") in REACH_WORDS or norms[kept[i]] in REACH_WORDS:
            after = [x.removeprefix("ال").removeprefix("لل") for x in words[i + 1 : i + 4]]
            if any(x in EDGE_WORDS or x.removeprefix("ال") in EDGE_WORDS for x in after):
                return True
    return False


def _at_distance(norms: list[str], k: int, named: frozenset[int]) -> bool:
    """A place measured from ("على مسافة 5 كم من مدينة X"): a distance word, then من/عن, then at most a cue."""
    window = [j for j in range(max(0, k - 5), k) if j not in named]
    last = [i for i, j in enumerate(window) if bare_word(norms[j]) in DISTANCE_WORDS]
    rest = [norms[x] for x in window[last[-1] + 1 :]] if last else []
    return bool(rest) and rest[0] in ("من", "عن") and len(rest) <= 2


def _road_end(norms: list[str], k: int, named: frozenset[int]) -> bool:
    """A place at k named as an end of a road: "الطريق بين قريتي X-Y", "طريق حلب الدولي بين X وY"."""
    words = [bare_word(norms[j]) for j in range(max(0, k - 8), k) if j not in named]
    if "بين" not in words:
        return False
    at = len(words) - 1 - words[::-1].index("بين")
    return any(
        w.removeprefix("ال") in ("طريق", "اوتستراد", "اتوستراد", "اوتوستراد")
        for w in words[max(0, at - 4) : at]
    )


def _launched_from(norms: list[str], k: int) -> bool:
    """A place at k written as where an attack started: "انطلاقاً من بلدة X", "صعوداً من قرية الكبير",
    "قادمة من منطقة دوما"."""
    before = [bare_word(x) for x in norms[max(0, k - 3) : k]]
    if any(x in LAUNCH_WORDS and "من" in before[i + 1 :] for i, x in enumerate(before)):
        return True
    # "دخل الحدود الإدارية لمحافظة الرقة من جهة بلدة مسكنة", "متقدمةً من جهة بيت نايم": from that side.
    if any(
        x in ("جهه", "ناحيه") and before[i - 1 : i] == ["من"]
        for i, x in enumerate(before)
        if i >= len(before) - 2
    ):
        return True
    # "انطلاقاً من مواقعها في الطامورة", "قادمة من نقاطهم في بلدة X": the side's own positions there.
    back = [bare_word(x) for x in norms[max(0, k - 6) : k]]
    return any(
        x in LAUNCH_WORDS
        and back[i + 1 : i + 2] == ["من"]
        and any(_without_pronoun(w) in POSITION_NOUNS for w in back[i + 2 : i + 3])
        and ("في" in back[i + 3 :] or back[-1:] and back[-1][:1] == "ب")
        for i, x in enumerate(back)
    )


def _fired_from(norms: list[str], k: int) -> bool:
    """A place at k written as where a side fired from: "القصف المدفعي لقوات النظام من مواقعه في بريديج", "من نقاطها
    في X" (its own positions, told with their pronoun)."""
    back = [bare_word(x) for x in norms[max(0, k - 4) : k]]
    return any(
        x == "من"
        and back[i + 1 : i + 2]
        and back[i + 1].endswith(("ه", "ها", "هم"))
        and _own_base(_without_pronoun(back[i + 1]))
        and "في" in back[i + 2 :]
        for i, x in enumerate(back)
    )


def _own_base(stem: str) -> bool:
    """A position noun without its pronoun: "مواقع(ه)", and a singular whose ة the pronoun made ت ("قاعدت(ه)")."""
    return (
        stem in POSITION_NOUNS
        or stem in BASE_SINGULARS
        or (stem.endswith("ت") and stem[:-1] + "ه" in BASE_SINGULARS)
    )


DUAL_PLACE_CUES = frozenset(("بلدتي", "قريتي", "مدينتي", "حيي", "تلتي", "منطقتي"))


def _reference(
    norms: list[str],
    k: int,
    named: frozenset[int] = frozenset(),
    joined_directions: bool = True,
    surroundings: bool = True,
) -> bool:
    """A place named as a landmark, not as the object of the change: "غربي مدينة معرة النعمان",
    "في الجهة الجنوبية لمدينة منبج", "في محيط مدينة منبج", "الواقعة شمال سد تشرين". `named` holds the
    token indices inside place names: the last word of "تل عار شرقي" is no landmark cue for the next."""
    if _road_end(norms, k, named):
        return True  # "على الطريق بين مدينتي اريحا وجسر الشغور": the road is struck, not the towns
    if norms[k][:1] == "و" and k - 1 in named:
        # the second of a dual is a landmark as its first is: "على مقربة من بلدتي نبل والزهراء"
        first = k - 1
        while first - 1 in named:
            first -= 1
        if first > 0 and norms[first - 1] in DUAL_PLACE_CUES:
            return _reference(norms, first, named, joined_directions)
    back = [norms[j] for j in range(max(0, k - 3), k) if j not in named]
    if back[-1:] and back[-1] in REFERENCE_CUES:
        back = back[:-1]
    if back[-2:-1] and back[-1] == "من" and bare_word(back[-2]) in NEAR_WORDS:
        return True  # "باتجاه تل سلطان القريبة من سراقب": near a landmark
    if back[-1:] == ["عبر"]:
        return True  # "ليقطع طرق التسلل من الغوطة عبر بلدة الضمير": a way through a place, not the place
    if _at_distance(norms, k, named):
        return True  # "على مسافة 5 كم من مدينة السخنة", "على بعد أربعة كيلومترات من مدينة تل رفعت"
    j = k - 1
    if j in named:
        if norms[k][:1] == "و":
            s = j
            while s - 1 in named:
                s -= 1
            if s > 0 and norms[s - 1] in ("ريفي", "بريفي", "لريفي"):
                return True  # "في ريفي تل تمر والدرباسية": both countrysides, not the towns
            before = s - 2 if s > 1 and norms[s - 1] in REFERENCE_CUES else s - 1
            if before >= 0 and norms[before] == "بين":
                return True  # "بين منطقتي الحجر الأسود ويلدا": the second place around
            if s > 0 and (norms[s - 1] in DIRECTION_WORDS or norms[s - 1] in AREA_OF):
                return True  # "في الطامورة جنوب نبل والزهراء": the pair a direction is given from
            if any(bare_word(norms[x]) in VANTAGE_WORDS for x in range(max(0, s - 4), s) if x not in named):
                # "مرتفع رأس الصيرة المشرف على بلدتي عين الفيجة ودير مقرن": both overlooked (but "قرى: المشرفة،
                # وتلول الحمر، والزيتونة": a village named "the overlooking" is no vantage word)
                return True
        return False
    if j > 0 and norms[j] == "السوريه" and norms[j - 1][-6:] == "العاصمه":
        j -= 1  # "العاصمة السورية دمشق"
    if (
        norms[k][:1] == "ل"
        and j >= 0
        and norms[j] in NAME_ADJECTIVES
        and not (j > 0 and norms[j - 1] in PART_WORDS)
    ):
        return True  # "الغوطة الشرقية لدمشق", "الريف الغربي لحلب": the city a region belongs to
    if j >= 0 and (norms[j] in REFERENCE_CUES or norms[j][1:] in REFERENCE_CUES):
        if norms[j][:1] == "ل" and norms[j][1:] in REFERENCE_CUES:
            # لمدينة: "of the city" — a landmark, unless a part of it is what was taken, or it is the
            # object of a verbal noun ("باستعادة الحكومة والقوات الحليفة لها لبلدة دير العصافير").
            before = norms[max(0, j - 8) : j]
            if any(n in PART_WORDS for n in before):
                return False
            if j > 0 and bare_word(norms[j - 1]) in ("بالاضافه", "اضافه", "وبالاضافه", "واضافه"):
                return False  # "على الهبيط، بالإضافة لقريتي سكيك وعابدين": more places of the same change
            nouns = [b for b, n in enumerate(before) if _verbal_noun(n)]
            # The verbal noun's object only when nothing else took it (السيطرة على X الملاصقة لبلدة Y).
            return not (
                nouns
                and not any(n in ("علي", "من", "في") for n in before[nouns[-1] + 1 :])
                and (j == 0 or norms[j - 1] not in LANDMARK_WORDS)
            )
        if norms[j] in ("ناحيه", "منطقه") and j > 0 and norms[j - 1] in ("في", "محور"):
            return True  # في منطقة / محور ناحية X: the district the places lie in
        if norms[j][:1] == "و" and norms[j][1:] in REFERENCE_CUES:
            if _between_pair(norms, j, named):
                return True  # "سبع قرى تقع بين معامل الدفاع وبلدة سفيرة": the second landmark around
            return False  # "على سجن وحي غويران": a new item begins with its own cue
        j -= 1
    if j < 0:
        return False
    word = norms[j]
    if norms[k][:1] == "و" and len(norms[k]) > 3 and (word in DIRECTION_WORDS or word in AREA_OF):
        return False  # "حطين (غرب) والبريد": the direction belongs to the item before
    if any(n in ("المودي", "المؤدي", "المؤديه", "الموديه", "الواصل") for n in norms[max(0, j - 2) : j + 1]):
        return True  # "مفرق المؤدي إلى مدينة تادف": the road's end, not what was taken
    if bare_word(word) in BASE_WORDS:
        return True  # "قاعدة تفتناز الجوية", "حاجز الجديدة": a base named after the town is not the town
    if (
        word in DIRECTION_WORDS
        or word in AREA_OF
        or (joined_directions and bare_word(word) in DIRECTION_WORDS)
    ):
        return True  # "غربي مدينة X", "بريف عفرين", "جنوب وشرق مدينة حلفايا"
    if word in ("محور", "جبهه", "نواحي") and j > 0 and norms[j - 1] in ("في", "اهم"):
        return True  # "قريتي كركلي وعلي بازنلي في محور شران": the front the places lie on
    if word in ("بمحور", "بجبهه"):
        return True  # "سيطرته على عدة قرى بمحور مدينة تل أبيض": the front the villages lie on
    if surroundings and word in ("محيط", "بمحيط") and (word == "بمحيط" or (j > 0 and norms[j - 1] == "في")):
        return True  # (but an attack "في محيط مدينة سراقب" is one on the town: `surroundings=False`)
    if (
        word == "من"
        and j > 0
        and (
            bare_word(norms[j - 1]) in FROM_DIRECTIONS
            # (the direction as a noun after إلى; "القسم الجنوبي من مدينة سراقب" is a part of it taken)
            or (
                norms[j - 1].removeprefix("ال") in ("شمال", "جنوب", "شرق", "غرب")
                and norms[j - 2 : j - 1] == ["الي"]
            )
        )
    ):
        return True  # "إلى قرى جديدة جنوب شرقي من مدينة درعا", "إلى الشمال من مدينة حماة": a landmark
    if word in LANDMARK_WORDS or (word == "من" and j > 0 and norms[j - 1] in LANDMARK_WORDS):
        return True  # "على مقربة من بلدة الزربة", "خارج بلدة جرابلس", "محيطة بقرية بفليون"
    if word in ("علي", "عن") and any(bare_word(n) in VANTAGE_WORDS for n in norms[max(0, j - 4) : j]):
        return True  # "تلتان تطلان على بلدة بيت عوان", "تبعد عن مدينة عفرين كيلومترين": a landmark
    if norms[k][:1] == "ل" and bare_word(word) in BELONGING_WORDS:
        return True  # "مركز ناحية راجو التابعة لعفرين": the district a place belongs to
    if bare_word(word) == "بين":
        return True  # "في حي الزين الواقع بين منطقتي الحجر الأسود ويلدا": the places around, not the one
    return any(n in ("الواقعه", "الواقع") for n in norms[max(0, j - 2) : j + 1])


def _between_pair(norms: list[str], j: int, named: frozenset[int]) -> bool:
    """Whether the cue at j (وبلدة) joins the second of a pair after بين, with only a name and its cue between."""
    for b in range(j - 1, max(-1, j - 7), -1):
        if norms[b] == "بين":
            return all(x in named or norms[x] in REFERENCE_CUES for x in range(b + 1, j))
        if b not in named and norms[b] not in REFERENCE_CUES:
            return False
    return False


def _strongholds(tokens, norms, mentions, s_start, spans) -> list[tuple[Mention, ActorRef]]:
    """Places named as a side's stronghold: "الباب، أبرز معاقل داعش", "إلى معقله في الرقة", "الرقة التي
    يتخذها التنظيم معقلا له", "بلدتي كفريا والفوعة اللتين تعتبران أهم معاقل النظام"."""
    out = []
    starts = [
        (_token_at(tokens, m.start - s_start), _token_at(tokens, m.end - 1 - s_start), m) for m in mentions
    ]
    for at, word in enumerate(norms):
        if bare_word(word) not in STRONGHOLD_WORDS:
            continue
        owner = next((ref for a, _e, ref in spans if a == at + 1), None)
        if owner is None and at + 2 < len(norms) and bare_word(norms[at + 1]) in STRONGHOLD_LINKS:
            # "المعقل الرئيسي لتنظيم داعش", "أكبر معاقل تنظيم جبهة النصرة": an adjective or a noun between
            # (or two: "المعقل الوحيد الباقي لتنظيم «داعش»").
            owner = next((ref for a, _e, ref in spans if a == at + 2), None)
            if owner is None and at + 3 < len(norms) and bare_word(norms[at + 2]) in STRONGHOLD_LINKS:
                owner = next((ref for a, _e, ref in spans if a == at + 3), None)
        if owner is None and (
            bare_word(word).endswith(("ه", "ها", "هم"))
            or norms[at + 1 : at + 2] in (["له"], ["لها"], ["لهم"])
        ):
            # "معقله", "يتخذها التنظيم معقلا له": the side named last before the word.
            owner = next((ref for _a, e, ref in reversed(spans) if e <= at), None)
        if owner is None:
            continue
        after = [m for k, _end, m in starts if at < k <= at + 4 and "في" in norms[at + 1 : k]]
        before = [
            m
            for _k, end, m in starts
            if end < at and all(bare_word(x) in STRONGHOLD_LEADS for x in norms[end + 1 : at])
        ]
        if not before:
            # "بلدتي كفريا والفوعة اللتين تعتبران أهم معاقل النظام": every place of the phrase before it.
            rel = _relative_index(norms, at, reach=4)
            if rel is not None:
                edge = rel
                for k, end, m in sorted(starts, key=lambda x: -x[1]):
                    if end == edge - 1:
                        before.insert(0, m)
                        edge = k  # the list goes on backwards while its items touch
        # ("السخنة آخر معاقل داعش في حمص": the province the stronghold is in, not the stronghold; but "إلى معقله في
        # الرقة": the city)
        chosen = [
            x
            for x in after[:1]
            if not (bare_capital(x) and (before or bare_word(word) in ("معاقل", "ومعاقل")))
        ]
        # ("يبرود شمال دمشق، أحد آخر معاقل المعارضة": يبرود, not دمشق)
        for m in chosen or [x for x in before if not bare_capital(x)]:
            out.append((m, owner))
    return out


def _named_holds(tokens, norms, mentions, s_start, spans) -> list[tuple[Mention, ActorRef]]:
    """Places a sentence says a side holds by naming them its strongholds or the site of its positions."""
    return (
        _strongholds(tokens, norms, mentions, s_start, spans)
        + _positions_held(tokens, norms, mentions, s_start, spans)
        + _held_where(tokens, norms, mentions, s_start, spans)
    )


def _held_where(tokens, norms, mentions, s_start, spans) -> list[tuple[Mention, ActorRef]]:
    """A side's positions or zones named over a region, then the places the strikes on them hit after حيث:
    "استهدفت ... مواقع قوات النظام في ريف إدلب الجنوبي، حيث استهدفت محيط مدينة معرة النعمان وبابيلا", "ضد مناطق
    سيطرة فصائل المعارضة جنوبي إدلب، حيث استهدفت قوات الأسد ... البارة ودير سنبل": the side holds them."""
    out: list[tuple[Mention, ActorRef]] = []
    if "حيث" not in norms or not spans:
        return out
    starts = [(_token_at(tokens, m.start - s_start), m) for m in mentions if not bare_capital(m)]
    for at, word in enumerate(norms):
        w = bare_word(word)
        zone = w in ("مناطق", "منطقه") and norms[at + 1 : at + 2] in (["سيطره"], ["نفوذ"])
        if not (zone or w in POSITION_NOUNS):
            continue
        first = at + 2 if zone else at + 1
        owner = next((span for span in spans if first <= span[0] <= first + 2), None)
        if owner is None or not all(n == "ل" or n in POSITION_ADJECTIVES for n in norms[first : owner[0]]):
            continue
        where = next((j for j in range(owner[1], min(len(norms), owner[1] + 10)) if norms[j] == "حيث"), None)
        if (
            where is None
            or any(owner[1] <= k < where for k, _m in starts)
            or not any(bare_word(n) in STRIKE_VERBS for n in norms[where + 1 : where + 3])
        ):
            continue
        end = next(
            (j for j in range(where + 1, len(norms)) if norms[j] in ("فيما", "بينما", "حيث")), len(norms)
        )
        # (not the edges of a town: "حيث استهدفت محيط مدينة معرة النعمان" is fire near it)
        out.extend(
            (m, owner[2])
            for k, m in starts
            if where < k < end
            and not any(bare_word(n) in EDGE_WORDS for n in norms[max(0, k - 2) : k])
            and not _reference(norms, k)  # ("جنوب مدينة معرة النعمان", "حاجز عسكري": landmarks)
        )
    return out


def _forms(words: set[str]) -> frozenset[str]:
    """The words with and without the article and the accusative alif ("نقاطاً" is نقاط; in آليات, written اليات,
    the ال is no article): one set lookup per word."""
    return frozenset(f for w in words for f in (w, "ال" + w, w + "ا", "ال" + w + "ا"))


_POSITION_FORMS = _forms(POSITION_NOUNS | BASE_SINGULARS)
_POSITION_WORD_FORMS = _forms(POSITION_NOUNS | FIGHTER_NOUNS | POSITION_ADJECTIVES)


def _positions_held(tokens, norms, mentions, s_start, spans) -> list[tuple[Mention, ActorRef]]:
    """Places where a side's positions are named: "أوكاراً لداعش في قرية البصيري", "مواقع قسد في قريتي صيدا
    ومعلق", "تحصينات ومقرات وآليات لتنظيم داعش في مدينتي موحسن والميادين": the side holds them; so does a side
    besieged in them ("تمكنت قسد من محاصرة التنظيم في بلدات وقرى الغسانية والكليب")."""
    out = []
    starts = sorted((_token_at(tokens, m.start - s_start), m) for m in mentions if not bare_capital(m))

    for at, word in enumerate(norms):
        bare = bare_word(word)
        siege = bare in SIEGE_WORDS
        # (one position too: "هاجم مسلحون نقطة عسكرية لقسد في بلدة أبو حمام")
        if not (siege or bare in _POSITION_FORMS):
            continue
        owners = [(a, e, ref) for a, e, ref in spans if at < a <= at + 5]
        start = at + 1
        if siege and len(owners) > 1 and owners[0][0] == at + 1 and bare_word(word) in SIEGE_VERBS:
            start = owners.pop(0)[1]  # "وحاصرت قسد عناصر داعش في": the besieged follow the verb's subject
        owner = owners[0] if owners else None
        # ("مواقع عسكرية عدة تابعة للجيش السوري", "مقرات تابعة لقوات النظام": the positions' words, then the owner)
        if owner is None or not all(
            # (and a ل written apart: "نقاطاً عسكرية لـ “قسد”")
            n == "ل" or bare_word(n) in _POSITION_WORD_FORMS
            for n in norms[start : owner[0]]
        ):
            continue  # (not "مواقع في محيط بلدة X التي تسيطر عليها قوات النظام": no owner of the positions)
        end = owner[1]
        places = [
            (k, m)
            for k, m in starts
            if end <= k <= end + 4
            and ("في" in norms[end:k] or norms[k][:1] == "ب")
            and all(bare_word(n) in POSITION_LINKS or bare_word(n) in REFERENCE_CUES for n in norms[end:k])
        ][:1]
        for k, m in starts:
            last = places[-1][1] if places else None
            gap = norms[_token_at(tokens, last.end - 1 - s_start) + 1 : k] if last else []
            if (
                places
                and k > places[-1][0]
                and len(gap) <= 2
                and (norms[k][:1] == "و" or gap[:1] and gap[0][:1] == "و")
            ):
                places.append((k, m))  # the list goes on: "في حيي الرشدية والصناعة وقرية الجفرة"
        out.extend((m, owner[2]) for _k, m in places)
    return out


def _framing_towns(
    places: list[Mention], m_pos: list[tuple[int, Mention]], norms: list[str], after: int
) -> list[Mention]:
    """Towns named after "في مدينة" / "بمدينة" behind another place the clause names after the trigger
    (token `after`): where that place lies ("على سجن وحي غويران في مدينة الحسكة")."""
    at = {id(m): k for k, m in m_pos}
    out = []
    for n, m in enumerate(places):
        k = at.get(id(m))
        if k is None or k < 2 or not (n > 0 or any(after < k2 < k for k2, _m in m_pos)):
            continue
        cue, prep = norms[k - 1], norms[k - 2]
        if any(
            x in PART_WORDS or x in ("بعض", "النقاط", "نقاط", "مواقع") for x in norms[max(0, k - 4) : k - 1]
        ):
            continue  # "على بعض النقاط في بلدة خشام": a part of the town is what was taken
        if (cue in ("مدينه", "بلده") and prep in ("في", "داخل")) or cue in ("بمدينه", "ببلده"):
            out.append(m)
        elif (
            cue == "في"
            and n > 0
            and k - at.get(id(places[n - 1]), -10) <= 3
            and getattr(m.place, "kind", None) in CITY_KINDS
            and getattr(places[n - 1].place, "kind", None) not in CITY_KINDS
        ):
            out.append(
                m
            )  # "على بلدة اليعقوبية في جسر الشغور": the village is taken, the city it lies by frames it
    return out
