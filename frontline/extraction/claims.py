"""The reader: one report's sentences -> draft claims (place, actor, change, dates, quote)."""

from __future__ import annotations

import datetime as dt
import re

from frontline.extraction.actors import (
    NO_SIDE,
    SUPPORT_WORDS,
    ActorLexicon,
    ActorRef,
    _find_actors,
    _partner,
    builtin_side,
    default_actors,
)
from frontline.extraction.dates import dates_in
from frontline.extraction.drafts import DraftClaim, Reading
from frontline.extraction.roles import (
    _loyal_to,
    _occupation_spans,
    _occupier,
    _our_side,
    _placeless_attacker,
    _side_with_lam,
    _taken_from,
)
from frontline.extraction.subjects import Clause, trigger_actor
from frontline.extraction.targets import (
    _antecedents,
    _chain,
    _fired_from,
    _framing_towns,
    _launched_from,
    _named_holds,
    _on_axis,
    _post_inside,
    _reached_edge,
    _reference,
    _run_after,
    _targets,
    _token_at,
)
from frontline.extraction.text_input import clean_input
from frontline.extraction.triggers import _find_triggers, _heading, _towards, _trigger_word
from frontline.extraction.vocabulary import (
    ABILITY_VERBS,
    AFTER_WORDS,
    AREA_COMMON_NOUNS,
    BACK_NOUNS,
    BECAME_VERBS,
    BEFORE_PLACES_OK,
    CAPTURE_NOUNS,
    CHANGES_OF_HANDS,
    CLAUSE_BOUNDARIES,
    COMB_WORDS,
    COMPLEMENTIZERS,
    COUNTED,
    COUNTED_NOUNS,
    DEMONSTRATIVES,
    DENIAL_WORDS,
    DEPLOY_VERBS,
    DIRECTION_WORDS,
    EXCEPT_WORDS,
    FORCE_NOUNS,
    HEADING_WORDS,
    HOLD_WORDS,
    LEFT_POSTS,
    LOST_VERBS,
    MENTIONED_WORDS,
    NEAR_TO,
    OCCUPATION,
    OUR_FORCES,
    PASSIVE_AUX,
    POSITION_NOUNS,
    PRONOUN_OBJECTS,
    RELATIVES,
    REMAINED_WORDS,
    STILL_LIST_HEADS,
    TERMS_WORDS,
    THE_TOWN,
    THEN_WORDS,
    TIME_WORDS,
    TRY_WORDS,
    TURKISH_OPERATIONS,
)
from gazetteer.geoparse import GeoparseResult, Mention, bare_capital, bare_word, geoparse, tokenize
from gazetteer.geoparse.vocabulary import LIST_OPENERS
from gazetteer.geoparse.words import _list_cue
from gazetteer.normalize import name_key, normalize_text, strip_article


def read_report(
    text: str, *, published: dt.date, index=None, actors: ActorLexicon | None = None, markup: bool = True
) -> Reading:
    """Place mentions and draft claims of one report; nothing is saved. `markup=False` reads a stored
    report's plain text as written (tags in it are text, not markup to strip)."""
    text, notes = clean_input(text, markup=markup)
    if not re.search(r"[\u0621-\u064a]", text):
        notes.append("The text has no Arabic letters: nothing to read.")
        return Reading(text, GeoparseResult([], [], text), [], notes)
    geo = geoparse(text, index=index)
    actors = actors or default_actors()
    claims = extract_claims(text, geo, published=published, actors=actors)
    return Reading(text, geo, claims, notes)


def _combed(places: list[Mention], m_pos, norms: list[str], at: int) -> list[Mention]:
    """The places a combing word at `at` is about: its object and the run of places joined to it ("تمشيط قرى X
    وY"), or what its "it" names ("وبدأت بتمشيطها"); not every place of its clause ("تمشيط قرى عدة في
    الريفين الجنوبي والغربي للمدينة" combs no place named)."""
    if norms[at].endswith(("ها", "هما", "ه")):
        return places
    return _run_after([(k, m) for k, m in m_pos if m in places], at)


def _force_stem(word: str) -> str:
    """A force noun as _those_forces compares it: no و/article, ميليشيا spelled one way."""
    w = bare_word(word).removeprefix("ال")
    return w.replace("ميلي", "ملي")


def _those_forces(norms: list[str], spans, named_sides) -> list:
    """ "تلك القوات", "هذه الفصائل", "القوات المذكورة": the side last named with that noun (in this sentence or
    the ones before: "قصف مواقع قوات سوريا الديمقراطية ... بينما استولت تلك القوات على مدينة تل رفعت"), not
    whoever the sentence before was about."""
    out = list(spans)
    starts = {a for a, _e, _r in spans}
    for k, word in enumerate(norms):
        stem = _force_stem(word)
        if stem not in FORCE_NOUNS or k in starts or any(a < k < e for a, e, _r in spans):
            continue
        pointed = (k > 0 and bare_word(norms[k - 1]) in DEMONSTRATIVES) or (
            k + 1 < len(norms) and bare_word(norms[k + 1]) in MENTIONED_WORDS
        )
        if not pointed:
            continue
        earlier = [(w, ref) for w, ref in named_sides] + [(norms[a:e], ref) for a, e, ref in spans if e <= k]
        ref = next((ref for w, ref in reversed(earlier) if any(_force_stem(x) == stem for x in w)), None)
        if ref is not None:
            out.append((k, k + 1, ref))
    return sorted(out, key=lambda span: span[0])


def _joined_verb(norm: str) -> bool:
    """A past verb joined by و that is no change word ("وأسرت", "وقتلوا"): not a plural noun ("وبلدات")."""
    w = norm[1:]
    return (
        norm[:1] == "و"
        and len(w) >= 4
        and not w.startswith("ال")  # (a noun: "والمكتوت")
        and (
            w.endswith("وا") or (w.endswith("ت") and not w.endswith(("ات", "وت")))
        )  # (not "وبلدات", "وقروت")
        and not _trigger_word(w)
    )


# The day the Assad government fell: after it, "the regime" named as remnants is no side of the state.
REGIME_FELL = dt.date(2024, 12, 8)
FORMER_WORDS = frozenset(("البائد", "السابق", "المخلوع", "البائده", "السابقه", "المنحل"))
REMNANT_WORDS = frozenset(("فلول", "بقايا", "خلايا", "وفلول", "لفلول", "ولفلول"))


def _former_regime_out(spans, norms: list[str], published: dt.date):
    """Drop the government read off "النظام البائد" / "النظام السابق" (the fallen regime), and off "فلول النظام"
    in reports after the fall: its remnants are no bloc (the corpus rules), not the state's forces."""
    out = []
    for start, end, ref in spans:
        if ref.bloc == "government" and (
            (end < len(norms) and bare_word(norms[end]) in FORMER_WORDS)
            or (published >= REGIME_FELL and start > 0 and norms[start - 1] in REMNANT_WORDS)
        ):
            continue
        out.append((start, end, ref))
    return out


# From 2025 the rebels of the Assad years are the state: the factions a report names then (Sweida's Druze
# factions, "المجموعات المسلحة") are no side, and the command that took Damascus is the government.
STATE_FORMED = dt.date(2025, 1, 1)
NEW_STATE_NAMES = frozenset(
    name_key(n) for n in ("هيئة تحرير الشام", "تحرير الشام", "إدارة العمليات العسكرية", "ردع العدوان")
)


def _rebels_in_power(spans, tokens, published: dt.date, turkish_operation: bool):
    """In reports from 2025, an opposition name is the government when it names the command that took power
    (هيئة تحرير الشام, إدارة العمليات العسكرية), else no side; Turkish-backed factions stay for the SNA rules."""
    if published < STATE_FORMED or turkish_operation:
        return spans
    out = []
    for start, end, ref in spans:
        if ref.bloc == "opposition":
            words = "".join(t.key for t in tokens[start:end])
            state = any(words.endswith(n) for n in NEW_STATE_NAMES)
            ref = builtin_side("government") if state else ActorRef(NO_SIDE, "Not a side of the map", NO_SIDE)
        out.append((start, end, ref))
    return out


def extract_claims(
    text: str, geo: GeoparseResult, *, published: dt.date, actors: ActorLexicon
) -> list[DraftClaim]:
    claims: list[DraftClaim] = []
    seen: set[tuple] = set()
    previous_range: tuple[dt.date, dt.date] | None = None
    carried_actor: ActorRef | None = None
    last_taker: ActorRef | None = None  # the side of the report's last capture or recapture
    last_recipient: ActorRef | None = None  # the side the report last told places were handed over to
    last_attacker: ActorRef | None = None  # the side of the report's last attack
    previous_changes: list[tuple[ActorRef, str]] = []  # the (side, change) pairs of the last sentence read
    previous_places: list[Mention] = []  # the places the last sentence with a claim told of
    # The (side, change) of the last sentence's capture that counted places without naming them ("على 36 قرية"),
    # for a list the next sentence gives ("وعدّد مراسلنا المناطق المسيطر عليها وهي: X، Y").
    counted_changes: list[tuple[ActorRef, str]] = []
    counted_range: tuple[dt.date, dt.date] | None = None
    place_mentions = [m for m in geo.mentions if not m.is_area and not m.countryside and not m.landmark]
    occupier = _occupier(geo, text, actors)
    our_side = _our_side(geo, text, actors)  # "وحداتنا وحدات حماية الشعب": who "our units" are in this report
    default_range = (published - dt.timedelta(days=7), published)
    words = " ".join(t.norm for t in geo.tokens if t.is_word) if geo.tokens else normalize_text(text)
    turkish_operation = bool(TURKISH_OPERATIONS.search(words))
    named_sides: list[tuple[list[str], ActorRef]] = []  # every side named so far, with its words
    for s_start, s_end in geo.sentences:
        sentence = text[s_start:s_end]
        tokens = (
            geo.sentence_tokens(s_start, s_end)
            if geo.tokens
            else [t for t in tokenize(sentence) if t.is_word]
        )
        norms = [t.norm for t in tokens]
        stated = dates_in(sentence, published, previous_range, " ".join(norms))
        if stated:
            previous_range = stated
        date_range = stated or default_range
        mentions = [m for m in place_mentions if s_start <= m.start < s_end]
        found_spans = _former_regime_out(_find_actors(tokens, actors), norms, published)
        found_spans = _rebels_in_power(found_spans, tokens, published, turkish_operation)
        if any(bare_word(n) == OCCUPATION for n in norms):
            found_spans = _occupation_spans(norms, found_spans, occupier)
        found_spans = _those_forces(norms, found_spans, named_sides)
        named_sides.extend((norms[a:e], ref) for a, e, ref in found_spans)
        if our_side is not None:
            found_spans = sorted(
                found_spans
                + [
                    (k, k + 1, our_side)
                    for k, n in enumerate(norms)
                    if n in OUR_FORCES or bare_word(n) in OUR_FORCES
                ],
                key=lambda span: span[0],
            )
        actor_spans = [
            (a, e, ref)
            for a, e, ref in _loyal_to(norms, found_spans)
            # "وحدات الحماية المدعومة بعناصر من الجيش الحر وغارات طيران التحالف": support, not the subject
            if not (
                ref.bloc == NO_SIDE and any(bare_word(n) in SUPPORT_WORDS for n in norms[max(0, a - 10) : a])
            )
        ]
        listed_before, counted_changes = counted_changes, []
        listed_range, counted_range = counted_range, date_range
        if not mentions:
            counted_changes = _counted_captures(norms, actor_spans, carried_actor)
            # "تعرضت منطقة جبل التركمان لقصف مكثف من الطيران الروسي": an attack told where no place is named is
            # still the report's last one ("القصف" in a later sentence is the same shelling)
            last_attacker = _placeless_attacker(norms, actor_spans) or last_attacker
            if actor_spans:
                carried_actor = actor_spans[0][2]
            continue
        if any(n in DENIAL_WORDS or n[1:] in DENIAL_WORDS for n in norms):
            continue
        triggers = _find_triggers(norms)
        if (
            not triggers
            and norms
            and (
                (bare_word(norms[0]) in ("بالاضافه", "اضافه") and "ذلك" not in norms[1:3])
                # "... و"باريسا". وقرى “مغارة ميرزا”، “جديدة”": a sentence of one more list of places
                or (norms[0][:1] == "و" and _list_cue(tokens[0].text) and len(mentions) >= len(norms) // 3)
            )  # (not "بالإضافة إلى ذلك": "besides")
            and previous_changes
        ):
            # "بالإضافة لقرى وبلدات X وY": the previous sentence's change goes on over more places.
            for m in mentions:
                for actor, change in previous_changes:
                    key = (m.key, actor.bloc, change)
                    if key not in seen:
                        seen.add(key)
                        claims.append(DraftClaim(m, actor, change, date_range[0], date_range[1], sentence))
            continue
        previous_changes = []
        opener = _back_list(norms) if listed_before and not triggers else None
        if opener is not None:
            # "سيطرت قوات النظام على 36 قرية وبلدة. وعدّد مراسلنا المناطق المسيطر عليها وهي: X، Y": the places
            # counted in the sentence before are the list this one gives.
            for m in mentions:
                if _token_at(tokens, m.start - s_start) <= opener:
                    continue
                for actor, change in listed_before:
                    key = (m.key, actor.bloc, change)
                    if key not in seen:
                        seen.add(key)
                        claims.append(
                            DraftClaim(m, actor, change, *(stated or listed_range or date_range), sentence)
                        )
            continue
        if not triggers:
            # "الباب، أبرز معاقل داعش في ريف حلب": a stronghold named in apposition is held.
            for m, owner in _named_holds(tokens, norms, mentions, s_start, actor_spans):
                if owner.bloc == NO_SIDE:
                    continue
                key = (m.key, owner.bloc, "held")
                if key not in seen:
                    seen.add(key)
                    claims.append(DraftClaim(m, owner, "held", date_range[0], date_range[1], sentence))
            if actor_spans:
                carried_actor = actor_spans[0][2]
            continue

        # Token index of each mention (first word at or after its start), and the words inside names.
        m_pos = [(_token_at(tokens, m.start - s_start), m) for m in mentions]
        named = frozenset(
            k
            for m in mentions
            for k, t in enumerate(tokens)
            if m.start - s_start <= t.start < m.end - s_start
        )
        starts = frozenset(k for k, _m in m_pos)  # the first word of each name
        # A word of a place name is no trigger: "واستعادت بلدات آفس و"مجازر" والصالحية" (Majazir, a village).
        triggers = [t for t in triggers if t.index not in named] or triggers
        boundaries = [
            k
            for k, n in enumerate(norms)
            if (
                n in CLAUSE_BOUNDARIES
                and not (k + 1 < len(norms) and norms[k + 1] in TIME_WORDS)
                and not any(t.index == k - 1 for t in triggers)
            )
            or (n == "في" and k + 1 < len(norms) and norms[k + 1] == "حين")
        ]
        complementizers = [k for k, n in enumerate(norms) if n in COMPLEMENTIZERS]
        contrasts = [k for k in boundaries if norms[k] in ("فيما", "بينما", "في", "لكن", "ولكن")]
        relatives = [k for k, n in enumerate(norms) if n in RELATIVES]
        clause = Clause(
            tokens,
            norms,
            actor_spans,
            boundaries,
            complementizers,
            contrasts,
            triggers,
            actors,
            turkish_operation,
        )
        last_actor: ActorRef | None = None
        last_places: list[Mention] = []
        taken_places: list[Mention] = []  # the places this sentence's captures took so far
        found: list[tuple[Mention, ActorRef, str, bool]] = []
        then_left: set[int] = set()  # the places a withdrawal told after a capture ("ثم", "قبل") left
        lost_by: ActorRef | None = None  # the side a loss word told of with no place ("خسرت الفصائل ...")
        for n_t, trig in enumerate(triggers):
            # (a relative or adjectival hold, "المواقع الخاضعة لسيطرة النظام", does not end the clause before it)
            nxt_trig = next((t.index for t in triggers[n_t + 1 :] if not t.relative), len(tokens))
            stop = min([b for b in boundaries if b > trig.index] + [nxt_trig])
            if trig.until is not None:
                stop = trig.until
            resumed: tuple[int, int] | None = None
            if trig.until is None and trig.change in ("captured", "recaptured"):
                # "دير جمال والتي تبعد عن نبل": what a relative clause names describes, it is not taken (one
                # before the object tells of the subject: "سيطر «جيش الفتح»، الذي يضم مجموعة من الفصائل، ... على").
                # (nor does one inside brackets: "قرية كفرعويد (التي وقعت بها المجزرة ...) وقرية الفطيرة")
                rels = [
                    k
                    for k in relatives
                    if trig.index < k < stop and not _bracketed(sentence, tokens[k].start)
                ]
                if rels and any(a == trig.index + 1 and e == rels[0] for a, e, _ref in actor_spans):
                    obj = next((j for j in range(rels[0] + 1, stop) if norms[j] == "علي"), None)
                    if obj is not None:
                        rels = [k for k in rels if k > obj]
                if rels:
                    # "... على حاجز المعصرة الذي يعد أكبر حواجز النظام، وعلى بلدة محمبل": وعلى takes up the object
                    again = next((j for j in range(rels[0] + 1, stop) if norms[j] == "وعلي"), None)
                    if again is not None:
                        resumed = (again, min([k for k in rels if k > again] + [stop]))
                    stop = rels[0]
            # Actor: after a verb-first trigger, else the clause's subject before it.
            if trig.change in ("captured", "recaptured") and any(
                norms[j] == "صحه" and norms[j - 1] in ("لا", "ولا")
                for j in range(max(1, trig.index - 6), trig.index)
            ):
                continue  # "ولا صحة للأخبار عن سيطرة قوات الأسد على البلدة": a capture denied
            sides = trigger_actor(trig, n_t, stop, clause, found, last_actor, carried_actor, last_taker)
            if sides is None:
                continue
            actor, loser = sides
            if (
                trig.change == "attacked"
                and not any(a < trig.index for a, _e, _r in actor_spans)
                and norms[trig.index].startswith("ال")
                and last_attacker is not None
                and actor is carried_actor
            ):
                # "وأفادت مصادر بأن القصف شمل قرى ربيعة والسكرية": "the shelling" is the one the report told of, by
                # its side, not by the subject of the sentence before ("استعادت فصائل المعارضة نقاطاً")
                actor = last_attacker
            if trig.change == "attacked" and actor is not None and actor_spans:
                last_attacker = actor  # (a side named in its sentence, whether or not a place was hit)
            if trig.handover:
                # The giver (the clause's subject) withdrew; the side after ل (or the report's last one to
                # receive places) took them.
                recipient = _side_with_lam(actor_spans, norms, trig.index, stop + 12 - trig.index) or (
                    last_recipient
                    if last_recipient is not None and last_recipient.bloc != actor.bloc
                    else None
                )
                if (
                    recipient is not None
                    and recipient.bloc == actor.bloc
                    and (
                        norms[trig.index][:1] == "و"
                        or norms[trig.index - 1 : trig.index] in (["ثم"], ["وثم"])
                    )
                ):
                    # "انسحبت قسد من منبج وسلمتها لقوات النظام": the giver is the subject of the verb before.
                    actor = next(
                        (ref for a, _e, ref in actor_spans if a < trig.index and ref.bloc != recipient.bloc),
                        actor,
                    )
                if recipient is None or recipient.bloc == actor.bloc:
                    continue  # ("سلم نفسه", a handover to no side named: no claim)
                actor, loser, last_recipient = recipient, actor, recipient
            if trig.change in CHANGES_OF_HANDS and any(
                norms[j] == "علي" and bare_word(norms[j + 1]) in ("هذه", "هذا", "تلك", "ذلك")
                for j in range(trig.index + 1, min(len(norms) - 1, trig.index + 3))
            ):
                continue  # "وبالسيطرة على هذه البلدة يمكن للجيش ... إطباق الحصار على X": the town told before
            # ("جميع النقاط جنوب وشرق مدينة X" locates what was taken; an advance held off "في شرق وغرب خان شيخون"
            # was the town's hold, as the corpus annotates it)
            held = trig.change == "held"
            places = [
                m
                for k, m in m_pos
                if (trig.index < k < stop or (resumed is not None and resumed[0] < k < resumed[1]))
                and not _reference(
                    norms,
                    k,
                    named,
                    joined_directions=not held,
                    # (fire "في محيط مدينة سراقب" is on the town; a capture there is not of it)
                    surroundings=trig.change != "attacked",
                )
            ]
            if trig.change in CHANGES_OF_HANDS and not trig.relative:
                # "سيطرت الفصائل على قرية X، وأسرت عناصر من قوات النظام في قرية Y": a verb joined by و after the
                # places starts another statement; the places after it are not taken.
                joined = next(
                    (
                        j
                        for j in range(trig.index + 2, stop)
                        if j not in named
                        # ("وبسيطرة الثوار على بلدة معردس باتت القرى ... في قمحانة ومعان هدفاً": "became" too)
                        and (_joined_verb(norms[j]) or norms[j] in BECAME_VERBS)
                        and any(trig.index < k < j for k, _m in m_pos)
                    ),
                    None,
                )
                if joined is not None:
                    places = [m for k, m in m_pos if m in places and k < joined]
            if trig.passive:
                # "تتعرض مدن وبلدات داريا والمعضمية للقصف من قبل القوات النظامية": what is shelled is the
                # subject before the verb; places after the agent are the sentence going on.
                opened = max([b for b in boundaries if b < trig.index] + [-1])
                subject = [m for k, m in m_pos if opened < k < trig.index and not _reference(norms, k, named)]
                places = subject or places
            if trig.change in ("attacked", "captured", "recaptured"):
                # "قصف محور قرية الناجية": an axis named for a place is no attack on, nor capture of, it.
                places = [m for k, m in m_pos if m in places and not _on_axis(norms, k, named, starts)]
            if trig.change == "attacked":
                # "اعتداء المجموعات المنتشرة في إدلب بالصواريخ على قريتي الشراشير والحويز": the target is
                # what follows على, not where the attackers are.
                on = next(
                    (j for j in range(trig.index + 1, stop) if norms[j] in ("علي", "بالصواريخ علي")), None
                )
                targets = [m for k, m in m_pos if m in places and on is not None and k > on]
                if targets:
                    places = targets
            destinations = False
            retreats: list[Mention] = []
            kept_back: list[Mention] = []
            if trig.change in ("captured", "recaptured", "withdrew"):
                # "سيطروا على أكثر من 90% من الشريط الحدودي، باستثناء قرية حضر": what is excepted was not taken; "انسحبت
                # من كامل محافظة إدلب ... باستثناء مدن خان شيخون وكفرنبل": nor left, but still held by the side.
                excepted = next(
                    (j for j in range(trig.index + 1, stop) if bare_word(norms[j]) in EXCEPT_WORDS), None
                )
                if excepted is not None:
                    if trig.change == "withdrew":
                        kept_back = [m for k, m in m_pos if m in places and k > excepted]
                    places = [m for k, m in m_pos if m in places and k < excepted]
            if trig.change in ("captured", "recaptured") and not trig.relative:
                # "دخل الجيش يبرود ... يفرون في اتجاه بلدة رنكوس": a place headed for is not taken; nor a town
                # a post taken lies in ("السيطرة على مبنى قيادة الشرطة في مدينة السويداء").
                places = [
                    m
                    for k, m in m_pos
                    if m in places
                    and not any(bare_word(n) in HEADING_WORDS for n in norms[trig.index + 1 : k])
                    and not _post_inside(norms, trig.index, k, named)
                    and not _reached_edge(norms, trig.index, k, named)
                ]
            if trig.change == "withdrew":
                # "وفرار من بقي منهم باتجاه بلدات تفاد وبسرطون": where they went is not what they left.
                kept = [
                    m
                    for k, m in m_pos
                    if m in places
                    and not _towards(norms, trig.index, k)
                    # ("المناطق الأقرب إلى دمشق": the place they were near, not one they left)
                    and not (
                        k >= 2
                        and bare_word(norms[k - 1]) in ("الى", "الي")
                        and bare_word(norms[k - 2]) in NEAR_TO
                    )
                ]
                destinations = len(kept) < len(places)
                # "انسحبت الفصائل إلى نقاط تمركزها في الشيخ سعد": where a side falls back to (إلى, not only
                # "towards") it holds.
                retreats = [
                    m
                    for k, m in m_pos
                    if m in places
                    and m not in kept
                    # (not "من المناطق الأقرب إلى دمشق، في داريا": nearness, no destination)
                    and any(_heading(norms, j, ("الى", "الي")) for j in range(trig.index + 1, k))
                    # (not "towards", nor "as far as": "وصولاً إلى قرى بيت جن")
                    and not any(
                        n in ("وصولا", "حتي") or bare_word(n) in HEADING_WORDS
                        for n in norms[trig.index + 1 : k]
                    )
                    and not bare_capital(m)
                ]
                places = kept
                if (
                    last_places
                    and any(
                        n in ("منها", "منه", "منهما", "منهم") for n in norms[trig.index + 1 : trig.index + 6]
                    )
                    # (not "الشدادي التي فرّ منها عناصر داعش": the relative's own place)
                    and not any(n in RELATIVES for n in norms[max(0, trig.index - 2) : trig.index])
                ):
                    # "سيطرت الفصائل على قرى X، Y بعد انسحاب التنظيم منها": "from them" are the places the
                    # sentence named just before, not those after it.
                    places = list(last_places)
                elif (
                    not places
                    and previous_places
                    and any(n in ("منها", "منه", "منهما") for n in norms[trig.index + 1 : trig.index + 6])
                    and not any(k < trig.index for k, _m in m_pos)
                    and not any(n in RELATIVES for n in norms[max(0, trig.index - 2) : trig.index])
                ):
                    # "استعادت الفصائل قرية X. وقال مصدر إن قوات النظام انسحبت منها باتجاه Y": "from it" is the
                    # place the sentence before told of (not one its own bloc took there: a change inside a bloc).
                    places = [
                        m
                        for m in previous_places
                        if not any(
                            c.mention is m
                            and c.actor.bloc == actor.bloc
                            and c.change in ("captured", "recaptured")
                            for c in claims
                        )
                    ]
            if trig.relative:
                # "بيد X" may come a few words after its places ("اللتان تقعان منذ 2016 بيد").
                hands = bare_word(norms[trig.index]) in HOLD_WORDS
                after = places
                if trig.zone:
                    # the places "in" the zones, past the side's name ("مناطق سيطرة قوات الأسد في")
                    zoned = [(k, m) for k, m in m_pos if not _reference(norms, k)]
                    places = _run_after(zoned, trig.index, first=6)
                elif trig.anchor is not None:
                    places = _antecedents(m_pos, trig.anchor, 4)
                else:
                    places = _antecedents(m_pos, trig.index if hands else trig.index - 1, 7 if hands else 4)
                if not places and trig.change == "captured":
                    places = (
                        after  # "ومن بين القرى التي سيطر عليها الثوار في حلب ديمان وحسينية": listed after
                    )
                if (
                    not places
                    and trig.change == "held"
                    and any(
                        bare_word(x) in REMAINED_WORDS for x in norms[max(0, trig.index - 3) : trig.index]
                    )
                ):
                    places = after  # "إن ما تبقى في قبضة المعارضة بلدة البيضاء وريحانية ربيعة": what is left
                if not places and _plural_places_before(norms, trig.index):
                    # "غارات جوية على مناطق يسيطر عليها تنظيم الدولة في شمال سوريا لاسيما مدينة الرقة": the places
                    # named after "especially" are some of the zones held
                    especially = next(
                        (
                            j
                            for j in range(trig.index + 1, min(len(norms), trig.index + 12))
                            if norms[j] in ESPECIALLY
                        ),
                        None,
                    )
                    if especially is not None:
                        places = _run_after(
                            [(k, m) for k, m in m_pos if not bare_capital(m)], especially, first=3
                        )
                if not places and hands and _plural_places_before(norms, trig.index):
                    # "غارات جوية على أحياء المدينة الخاضعة لسيطرة التنظيم، ليستهدف الطيران أحياء الحويقة الغربية
                    # والرشدية والجبيلة": the districts held are the list named after the zone
                    places = _run_after(
                        [(k, m) for k, m in m_pos if not bare_capital(m)], trig.index, first=9
                    )
                elif not places and hands:
                    # "آخر المواقع الخاضعة لسيطرة النظام في مدينة الحسكة": the place the held positions are in.
                    places = [m for k, m in m_pos if trig.index < k <= trig.index + 7][:1]
            elif trig.of_attack:
                places = []
                for m, _a, change, _rel in found:
                    if change == "attacked" and m not in places:
                        places.append(m)
            elif trig.repelled:
                places = _targets(m_pos, norms, trig.index, boundaries)
            elif trig.expel:
                # "من بلدة الذيبان، بعد ساعات من ... الميادين": the first run (an aside in brackets does not part it)
                aside = frozenset(k for k, t in enumerate(tokens) if _bracketed(sentence, t.start))
                places = _chain(places, m_pos, aside)
                if not places and any(n in ("منها", "منه") for n in norms[trig.index + 1 : stop]):
                    # "بسطوا سيطرتهم على مدينة تل أبيض وطردوا عناصر داعش منها": the place named before.
                    places = [m for k, m in m_pos if k < trig.index and not _reference(norms, k, named)][-1:]
            if not places and trig.until is not None:
                # "أن دمشق أصبحت بالكامل تحت سيطرة المعارضة": the place is the subject before the verb.
                start_clause = max([b for b in boundaries + complementizers if b < trig.index] + [-1])
                places = [
                    m for k, m in m_pos if start_clause < k < trig.index and not _reference(norms, k, named)
                ]
                # (a dual or plural verb has a list for its subject: "بلدتي جدل وحوش حمادة ... أصبحتا", as a
                # feminine one has after a plural noun: "قرى بليصة والمشرفة ... باتت محررة")
                listed = norms[trig.index].endswith(("تا", "وا")) or (
                    norms[trig.index].endswith("ت")
                    and any(bare_word(n) in COUNTED for n in norms[start_clause + 1 : trig.index])
                )
                places = _chain(places, m_pos) if listed else places[-1:]
            if (
                not places
                and trig.change in ("captured", "recaptured")
                and (
                    any(n in PRONOUN_OBJECTS for n in norms[trig.index + 1 : stop])
                    or (
                        trig.index > 0
                        and bare_word(norms[trig.index]).endswith(("ها", "هما"))
                        and (
                            norms[trig.index - 1] in RELATIVES
                            or norms[trig.index - 1] in ("ان", "بان")
                            # "ابرزها الصرمان وجرجناز تم تحريرها": the passive's "it", a place named just before
                            # (not "النقاط التي تم استعادتها", "ناحية يتم تحريرها")
                            or (
                                norms[trig.index - 1] in PASSIVE_AUX
                                and any(trig.index - 5 <= k < trig.index - 1 for k, _m in m_pos)
                                and not any(
                                    norms[j] in RELATIVES for j in range(trig.index - 3, trig.index - 1)
                                )
                            )
                            # "من بلدة الغارية بريف درعا بعد تحريرها من قبل الجيش": after "its" liberation
                            or _after_its_capture(norms, trig.index, actor_spans)
                        )
                    )
                )
            ):
                # "وتمكنت من استعادة السيطرة عليها", "بلدة الهبيط التي استعادها الجيش أمس", "تل واسط التي كان المسلحون
                # تسللوا إليها، قبل أن يستعيدها الجيش": "it" is the place named last before the verb.
                earlier = [m for k, m in m_pos if k < trig.index and not _reference(norms, k, named)]
                passive = trig.index > 0 and norms[trig.index - 1] in PASSIVE_AUX
                places = (_listed_subject(earlier, m_pos, tokens) if passive else []) or earlier[-1:]
                if "عليهما" in norms[trig.index + 1 : stop] and not any(
                    norms[j] in RELATIVES for j in range(max(0, trig.index - 3), trig.index)
                ):
                    # "تركزت قرب قريتي X وY، تمكن خلالها المقاتلون من استعادة السيطرة عليهما": "both" are the two
                    # places named last, landmarks of the fighting or not
                    places = [m for k, m in m_pos if k < trig.index and not bare_capital(m)][-2:]
            if not places and trig.change in ("captured", "recaptured") and not trig.relative:
                # "استعاد الجيش عدداً من قرى شمال شرق السويداء بعد انسحاب داعش منها، وتقع ... وهي: X، Y": the
                # villages counted are the list named later in the sentence.
                opener = _listed_later(norms, trig.index)
                if opener is not None:
                    places = [m for k, m in m_pos if k > opener and not _reference(norms, k, named)]
            if (
                trig.change in ("captured", "recaptured")
                and not trig.relative
                and _counts_places(norms, trig.index, wide=True)
                and _listed_later(norms, trig.index) is None
                and (actor, trig.change) not in counted_changes
            ):
                counted_changes.append((actor, trig.change))  # (the list may come in the next sentence)
            if not places and trig.change in ("captured", "recaptured") and not trig.relative:
                # "استعاد الثوار السيطرة على النقاط التي خسروها في منطقة المرج": positions taken in an area named
                # as one ("في منطقة") are that place's (not "قرى X وY في منطقة Z": the area the places lie in)
                places = _points_in_area(norms, trig.index, stop, m_pos)
            town = (
                _the_town(norms, trig.index, stop)
                if not places and trig.change in ("captured", "recaptured") and not trig.relative
                else None
            )
            if town is not None and not any(
                bare_word(x) in TRY_WORDS for x in norms[max(0, trig.index - 5) : trig.index]
            ):  # (not "في محاولة للأخير السيطرة على البلدة": the town fought for)
                # "أدت إلى سيطرة الجيش السوري على كامل البلدة": the town is the one the sentence named before
                # as a town ("في بلدة معلولا"; "الحي" is the neighbourhood named, not the city it lies in).
                kind = THE_TOWN[norms[town]]
                places = [
                    m
                    for k, m in m_pos
                    if k < trig.index and m.kind == kind and not _reference(norms, k, named)
                ][-1:]
            if (
                not places
                and trig.change in ("captured", "recaptured")
                and not trig.relative
                and norms[trig.index].endswith(("ها", "هما"))
                and not bare_word(norms[trig.index]).startswith(("سيطرت", "بسيطرت"))
                # (after "تمكنت ... من": the noun's "it" is its object, not its subject as in "ودخولها أجزاء")
                and trig.index > 1
                and norms[trig.index - 1] == "من"
                and (
                    any(bare_word(x) in ABILITY_VERBS for x in norms[max(0, trig.index - 6) : trig.index - 1])
                    # "انسحبت من بلدة تادف ... بعد يوم واحد من دخولها": a time after the change, its "it" the place
                    or _told_after(norms, trig.index)
                )
            ):
                # "اشتباكات ... في قرى أم التنك، بير جربا، جروة، والحتاش، تمكنت على إثرها من تحريرها": the verbal
                # noun's "them" is the list named just before it.
                before = [(k, m) for k, m in m_pos if k < trig.index and not _reference(norms, k, named)]
                run: list[tuple[int, Mention]] = []
                for k, m in reversed(before):
                    if run and run[-1][0] - k > 4:
                        break
                    run.append((k, m))
                places = [m for _k, m in reversed(run)]
            if not places and trig.handover and norms[trig.index].endswith(("ها", "هما", "ه")):
                # "انسحبت قسد من مدينة منبج وسلمتها لقوات النظام": "it" is the place just named.
                earlier = [m for k, m in m_pos if k < trig.index and not _reference(norms, k, named)]
                places = list(last_places) or earlier[-1:]
            if (
                not places
                and trig.tried
                and norms[trig.index + 1 : trig.index + 2] in (["عليها"], ["عليهما"])
            ):
                # "بدأ الاقتتال في محيط قرى طباش وعبدكوي وكندال، في محاولة من التنظيم للسيطرة عليها": "them" are the
                # run of places named last before the attempt, fought for (around them or in them)
                run: list[tuple[int, Mention]] = []
                for k, m in reversed([(k, m) for k, m in m_pos if k < trig.index and not bare_capital(m)]):
                    if run and run[-1][0] - k > 3:
                        break
                    run.append((k, m))
                places = [m for _k, m in reversed(run)]
            object_named = trig.change == "attacked" and norms[trig.index + 1 : trig.index + 2] == ["علي"]
            if (
                not places
                and trig.change in BEFORE_PLACES_OK | {"withdrew"}
                and not object_named
                and not trig.zone  # (a side's zones name their places after it, or none)
                and not (
                    trig.tried
                    and not norms[trig.index].endswith(("ها", "هما"))  # (but "في محاولة لاستعادتها")
                )
            ):
                # (not when the attack names its own object: "التي اعتدت على السكان المدنيين")
                left = norms[trig.index + 1 : trig.index + 6]
                after_word = any(
                    bare_word(x) in AFTER_WORDS for x in norms[max(0, trig.index - 2) : trig.index]
                )
                town_left = (
                    next(
                        (
                            THE_TOWN[norms[j + 1]]
                            for j in range(trig.index + 1, min(stop - 1, trig.index + 7))
                            if norms[j] == "من"
                            and norms[j + 1] in THE_TOWN
                            # (not "تراجع التنظيم نحو القسم الشرقي من البلدة": where it went)
                            and not any(
                                bare_word(x) in HEADING_WORDS or x in ("الي", "نحو")
                                for x in norms[trig.index + 1 : j]
                            )
                        ),
                        None,
                    )
                    # (not a term of an agreement: "الاتفاق ... القاضي بخروج مسلحي التنظيم من المدينة")
                    if trig.change == "withdrew"
                    and not any(
                        bare_word(x) in TERMS_WORDS for x in norms[max(0, trig.index - 3) : trig.index]
                    )
                    else None
                )
                if town_left is not None:
                    # "التي خلفها التنظيم قبل انسحابه من البلدة": the town named before, in this sentence or the last
                    earlier = [m for k, m in m_pos if k < trig.index and not _reference(norms, k, named)]
                    places = [m for m in earlier if m.kind == town_left][-1:] or [
                        m for m in previous_places if m.kind == town_left
                    ][-1:]
                elif trig.change == "withdrew" and destinations and after_word and last_places:
                    # "استعادة السيطرة على مدينة تدمر، إثر انسحاب عناصر داعش نحو مدينة السخنة": the withdrawal the
                    # capture followed left the places taken; where they went is another place
                    places = list(last_places)
                elif trig.change == "withdrew" and destinations:
                    pass  # they went somewhere named; what they left is not said here
                elif trig.change == "withdrew" and any(
                    x == "من"
                    and i + 1 < len(left)
                    and bare_word(left[i + 1]).removeprefix("ال") in LEFT_POSTS
                    for i, x in enumerate(left)
                ):
                    pass  # "انسحاب قوات الجيش من الحواجز والمقرات": posts, not the places named before
                elif trig.change == "withdrew" and any(
                    x == "من" and bare_word(y) in AREA_COMMON_NOUNS
                    for x, y in zip(
                        norms[trig.index + 1 : trig.index + 10],
                        norms[trig.index + 2 : trig.index + 11],
                        strict=False,
                    )
                ):
                    pass  # "بعد انسحاب جبهة النصرة من المنطقة": the area, not the villages named before
                elif (
                    trig.change == "withdrew"
                    and left[:1] in (["منها"], ["منه"])
                    and any(x in RELATIVES for x in norms[max(0, trig.index - 3) : trig.index])
                ):
                    # "الشدادي التي فرَّ منها عناصر داعش": the place the relative clause is about.
                    rel = max(j for j in range(max(0, trig.index - 3), trig.index) if norms[j] in RELATIVES)
                    places = _antecedents(m_pos, rel)
                elif trig.change == "withdrew" and last_places:
                    places = last_places
                elif (
                    trig.change == "withdrew"
                    and after_word
                    and any(x in ("منها", "منه") for x in norms[trig.index + 1 : trig.index + 8])
                ):
                    # "بدأت قوات الأسد بالتقدم باتجاه مدينة سقبا شرق دمشق، عقب انسحاب مقاتلي فيلق الرحمن منها":
                    # "from it" is the place named before (not one it lies by: "شرق دمشق")
                    places = [
                        m
                        for k, m in m_pos
                        if k < trig.index
                        and not _reference(norms, k, named)
                        and not bare_capital(m)
                        and not (k > 0 and bare_word(norms[k - 1]) in DIRECTION_WORDS)
                    ][-1:]
                else:
                    start_clause = max(
                        [b for b in boundaries if b < trig.index] + [triggers[n_t - 1].index if n_t else -1]
                    )
                    places = [
                        m
                        for k, m in m_pos
                        if start_clause < k < trig.index
                        and not _reference(norms, k, named)
                        # ("سيطرت ... على قرى الشعثة والطليسية، كما قضى عدد من المقاتلين في القصف": the
                        # places a capture before took, not what a later attack word is about)
                        and not (
                            trig.change == "attacked"
                            and m in taken_places
                            # (but "حريصة على استعادتهما": a pronoun names them as its object)
                            and not norms[trig.index].endswith(("ها", "هما", "هم"))
                        )
                    ]
                    if trig.still:
                        # "أما بلدة X فلا يزال تحت سيطرة النظام": the subject just before; but a list after its
                        # plural noun is the subject whole ("ومازالت أحياء (الأكراد، القطار) تحت نفوذ التنظيم")
                        heads = [
                            j
                            for j in range(start_clause + 1, trig.index)
                            if bare_word(norms[j]) in STILL_LIST_HEADS or bare_word(norms[j]) == "مدن"
                        ]
                        listed = [m for k, m in m_pos if heads and heads[-1] < k < trig.index and m in places]
                        places = listed if len(listed) > 1 else places[-1:]
            if places and bare_word(norms[trig.index]) in COMB_WORDS:
                places = _combed(places, m_pos, norms, trig.index)
            if not (trig.flip or trig.change == "withdrew" or trig.relative or trig.strict):
                last_actor = loser if trig.handover else actor  # (the giver goes on: "سلموا ... وانسحبوا")
            if places and not trig.relative:
                last_places = places
                if trig.change in ("captured", "recaptured"):
                    taken_places.extend(places)
            if loser is None and trig.change in ("captured", "recaptured") and places:
                loser = _taken_from(trig.index, stop, actor_spans, norms)
            if trig.change in ("captured", "recaptured") and not trig.relative and trig.until is None:
                last_taker = (
                    actor  # (even with no place named: "استعاد الجيش السيطرة على كامل القسم الشمالي")
                )
            if any(not bare_capital(m) for m in places):
                # "قرى جنوب غرب دمشق، من بينها كناكر": a capital named beside smaller places frames them.
                places = [m for m in places if not bare_capital(m)]
            framed = _framing_towns(places, m_pos, norms, trig.index)
            if framed:
                # "سيطر ... على حي الحزاونة في مدينة منبج": the neighbourhood is taken, the town frames it.
                places = [m for m in places if m not in framed]
            if trig.change in ("captured", "recaptured", "attacked"):
                # "شنت قوات النظام هجومها على القرى انطلاقاً من بلدة كفرنبودة": the side holds where it
                # attacked from; that place is not what it attacked or took.
                bases = [
                    m
                    for k, m in m_pos
                    if m in places
                    and (_launched_from(norms, k) or (trig.change == "attacked" and _fired_from(norms, k)))
                ]
                if trig.change == "attacked" and bases:
                    # "من مواقعه في بريديج والشيخ حديد ومحردة": the places joined by و to a base are bases too
                    pos = {id(m): k for k, m in m_pos}
                    for m in places[places.index(bases[0]) + 1 :]:
                        k = pos[id(m)]
                        if m in bases or not (norms[k][:1] == "و" and k - pos[id(bases[-1])] <= 3):
                            break
                        bases.append(m)
                places = [m for m in places if m not in bases]
                for m in bases:
                    found.append((m, actor, "held", False))
            partner = _partner(actor, actor_spans, norms) if trig.change == "withdrew" else None
            for m in retreats + kept_back:
                found.append((m, actor, "held", False))
            if trig.change == "withdrew" and any(
                bare_word(x) in THEN_WORDS for x in norms[max(0, trig.index - 3) : trig.index]
            ):
                # "تمكن من السيطرة على قرية X لساعات قبل الانسحاب منها": taken, then left
                then_left.update(id(m) for m in places)
            if trig.change == "captured" and _told_after(norms, trig.index):
                # "انسحبت من بلدة تادف ... بعد يوم واحد من السيطرة عليها": the withdrawal told first came after
                then_left.update(
                    id(m) for m in places if any(x is m and ch == "withdrew" for x, _a, ch, _r in found)
                )
            if (
                trig.change == "withdrew"
                and not places
                and bare_word(norms[trig.index]).removeprefix("و") in LOST_VERBS
            ):
                lost_by = (
                    actor  # "خسرت الفصائل ... بعد سيطرة قوات النظام على أحياء X": what the other side took
                )
            elif (
                lost_by is not None
                and trig.change in ("captured", "recaptured")
                and not trig.relative
                and actor.bloc != lost_by.bloc
                and loser is None
            ):
                loser = lost_by
            for m in places:
                found.append((m, actor, trig.change, trig.relative))
                if partner is not None:
                    found.append((m, partner, trig.change, trig.relative))
                if loser is not None and loser.bloc != actor.bloc:
                    found.append((m, loser, "withdrew", False))
        for m, owner in _named_holds(tokens, norms, mentions, s_start, actor_spans):
            found.append((m, owner, "held", True))
        # A side said to hold a place ("التي يسيطر عليها داعش") that the same sentence says another side
        # took: the hold was the state before the change, not a claim.
        taken = {(m.key, a.bloc) for m, a, ch, _rel in found if ch in ("captured", "recaptured")}
        for m, actor, change, relative in found:
            if relative and any(k == m.key and b != actor.bloc for k, b in taken):
                continue
            if (
                change == "withdrew"
                and id(m) not in then_left
                and any(x is m and a.bloc == actor.bloc and ch == "captured" for x, a, ch, _r in found)
            ):
                # "دخلت إلى بلدات X ... المؤسسات التي خرجت عن سيطرتها لسبع سنوات": taken, not lost (a
                # recapture beside a loss is the loss before it: "استعادت ... التي فقدت السيطرة عليها")
                continue
            if actor.bloc == NO_SIDE:
                continue  # the US-led coalition, Israel: named so they are not taken for a side, no claim
            key = (m.key, actor.bloc, change)
            if key in seen:
                continue
            seen.add(key)
            claims.append(DraftClaim(m, actor, change, date_range[0], date_range[1], sentence))
            if (actor, change) not in previous_changes:
                previous_changes.append((actor, change))
        if last_actor is not None:
            carried_actor = last_actor
        told: list[Mention] = []
        for m, _a, _ch, relative in found:
            if not relative and all(m is not t for t in told):
                told.append(m)
        previous_places = told or previous_places
    return claims


def _told_after(norms: list[str], k: int) -> bool:
    """A change word told as the time something else came after ("بعد يوم واحد من دخولها"): بعد/عقب in the five
    words before it."""
    return any(bare_word(x) in AFTER_WORDS for x in norms[max(0, k - 5) : k])


ESPECIALLY = {"لاسيما", "ولاسيما", "سيما", "خاصه", "وخاصه", "بخاصه", "وبخاصه", "خصوصا", "وخصوصا"}


def _plural_places_before(norms: list[str], index: int) -> bool:
    """A plural of places just before a held phrase ("أحياء المدينة الخاضعة لسيطرة", "القرى الخاضعة لـ")."""
    return any(
        strip_article(bare_word(x)) in ("احيا", "قري", "مناطق", "بلدات", "مدن")
        for x in norms[max(0, index - 3) : index]
    )


def _points_in_area(norms: list[str], index: int, stop: int, m_pos) -> list[Mention]:
    """The place after "في منطقة" / "بمنطقة" that positions taken (النقاط، المواقع) lie in, with no other place
    between the change and it."""
    window = norms[index + 1 : min(stop, index + 5)]  # (the positions are the change's object ...)
    if not any(bare_word(x).removeprefix("ال") in POSITION_NOUNS for x in window):
        return []
    for k, m in m_pos:  # (... and the area may follow the relative clause on them: "التي خسروها في منطقة X")
        if k <= index:
            continue
        area = k >= 2 and norms[k - 1] == "منطقه" and norms[k - 2] == "في" or norms[k - 1] == "بمنطقه"
        return [m] if area and k - index <= 12 else []
    return []


def _the_town(norms: list[str], index: int, stop: int) -> int | None:
    """Where the change at `index` takes "the town" (على البلدة، على كامل المدينة) and names no place."""
    for j in range(index + 1, min(stop, index + 8)):
        if norms[j] == "علي":
            k = j + 1
            if k < stop and bare_word(norms[k]) in ("كامل", "كافه", "معظم"):
                k += 1
            return k if k < stop and norms[k] in THE_TOWN else None
    return None


def _counts_places(norms: list[str], index: int, wide: bool = False) -> bool:
    """Whether the change at `index` counts places without naming them ("عدداً من قرى"); `wide`, anywhere in the
    ten words after it, a number too ("سيطرت قوات النظام، مساء أمس، على 36 قرية", "تحرير مدينة تادف، وكذلك 14 قرية")."""
    if not wide:
        return any(bare_word(x) in COUNTED for x in norms[index + 1 : index + 5])
    after = norms[index + 1 : index + 11]
    return any(bare_word(x) in COUNTED for x in after) or any(
        x.isdigit() and bare_word(y) in COUNTED_NOUNS for x, y in zip(after, after[1:], strict=False)
    )


def _after_its_capture(norms: list[str], index: int, actor_spans: list) -> bool:
    """ "بعد تحريرها من قبل الجيش": a capture noun with "it" for object, after بعد/عقب/إثر, its side named as an agent
    (من قبل، على يد) or not at all ("بعد تحريرها بالكامل من قوات النظام" names whom it was taken from)."""
    word = bare_word(norms[index])
    stem = word.removesuffix("هما") if word.endswith("هما") else word.removesuffix("ها")
    if bare_word(norms[index - 1]) not in AFTER_WORDS or stem not in CAPTURE_NOUNS:
        return False
    side = next((a for a, _e, _ref in actor_spans if a > index), None)
    return side is None or any(n in ("قبل", "يد") for n in norms[index + 1 : side])


def _bracketed(sentence: str, offset: int) -> bool:
    """Whether the word at `offset` stands inside brackets opened before it in the sentence and not yet closed."""
    opened = sentence.rfind("(", 0, offset)
    return opened >= 0 and sentence.rfind(")", opened, offset) < 0 and sentence.find(")", offset) >= 0


def _listed_subject(earlier: list[Mention], m_pos: list[tuple[int, Mention]], tokens) -> list[Mention]:
    """The list a plural place noun heads just before a change told of "it" ("إن قرى قره تبه وقسطل كجك وجبول تم
    السيطرة عليها": non-human plurals take a feminine singular pronoun); none when no plural heads it."""
    run = _chain(earlier[::-1], m_pos)  # (read back from the verb)
    if not run:
        return []
    first = next(k for k, m in m_pos if m is run[-1])
    headed = first > 0 and (_list_cue(tokens[first - 1].text) or tokens[first - 1].norm in LIST_OPENERS)
    return run[::-1] if len(run) > 1 and headed else []


def _listed_later(norms: list[str], index: int) -> int | None:
    """Where the list opens (هي، منها، أبرزها) of places a change at `index` counted without naming them."""
    if not _counts_places(norms, index):
        return None
    return next((j for j in range(index + 5, len(norms)) if norms[j] in LIST_OPENERS), None)


def _counted_captures(
    norms: list[str], actor_spans: list, carried: ActorRef | None
) -> list[tuple[ActorRef, str]]:
    """The (side, change) of a capture that counts places and names none ("سيطرت قوات النظام على 36 قرية"), in a
    sentence naming no place: its side is the one named before the verb, else after it, else the one carried."""
    out: list[tuple[ActorRef, str]] = []
    if not any(n.isdigit() or bare_word(n) in COUNTED for n in norms):
        return out  # (no count in the sentence: no need to find its change words)
    for trig in _find_triggers(norms):
        if trig.relative or not (
            trig.change in ("captured", "recaptured")
            or (trig.change == "held" and norms[trig.index] in DEPLOY_VERBS)
        ):
            continue  # (a deployment over places counted is their hold: "نشر قواته على كامل بلدات ريف ...")
        if not _counts_places(norms, trig.index, wide=True):
            continue
        before = [ref for a, _e, ref in actor_spans if a < trig.index]
        after = [ref for a, _e, ref in actor_spans if a > trig.index]
        actor = before[-1] if before else after[0] if after else carried
        if actor is not None and actor.bloc != NO_SIDE and (actor, trig.change) not in out:
            out.append((actor, trig.change))
    return out


def _back_list(norms: list[str]) -> int | None:
    """Where a sentence opens the list of places the sentence before counted ("القرى هي", "المناطق المسيطر عليها
    وهي"): a definite plural of places, then a list opener within four words."""
    for j, n in enumerate(norms):
        if bare_word(n) in BACK_NOUNS:
            return next(
                (
                    k
                    for k in range(j + 1, min(len(norms), j + 5))
                    # ("شملت تلك القرى والبلدات كل من: X، Y": "each of")
                    if norms[k] in LIST_OPENERS or (norms[k] == "من" and norms[k - 1] == "كل")
                ),
                None,
            )
    return None
