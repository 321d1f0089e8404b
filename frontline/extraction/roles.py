"""Who did it: the side a change of control belongs to (subject, side after the verb, attacker, occupier)."""

from __future__ import annotations

from frontline.extraction.actors import ActorLexicon, ActorRef, _find_actors, _opposed, builtin_side
from frontline.extraction.triggers import Trigger
from frontline.extraction.vocabulary import (
    ATTACK_AGENT_WORDS,
    ATTACK_NOUN_FORMS,
    ATTACK_NOUNS,
    ATTACK_VERBS,
    BANNER_WORDS,
    EXPEL_VERBS,
    FROM_HOLD,
    LOYAL_WORDS,
    MEANS_WORDS,
    NOT_SNA_FACTIONS,
    OCCUPATION,
    OUR_FORCES,
    PREPOSITIONS,
    RELATIVES,
    SPEAKER_PRONOUNS,
    SPEAKER_WORDS,
    TARGET_NOUNS,
    TURKEY_WITH_LAM,
    UNDER_BANNER,
    WEAPON_NOUNS,
)
from frontline.extraction.words import _without_pronoun
from gazetteer.geoparse import Token, bare_word, tokenize
from gazetteer.normalize import strip_article


def _matches_attack(norm: str) -> bool:
    """A word of attack (قصف، لقصف، الغارات ...) as the trigger finder reads one."""
    w = bare_word(norm)
    return bool(ATTACK_VERBS.match(w) or (w[:1] in "لب" and ATTACK_VERBS.match(w[1:])))


def _placeless_attacker(norms: list[str], spans) -> ActorRef | None:
    """The side of the first attack of a sentence that names no place: the side the fire came "from", or a verb's
    subject right after it ("لقصف مكثف من الطيران الروسي", "قصفت قوات النظام"); None when it names none."""
    at = next((k for k, n in enumerate(norms) if _matches_attack(n)), None)
    if at is None:
        return None
    noun = norms[at][:1] in "البل"
    return next(
        (
            ref
            for a, _e, ref in spans
            if at < a <= at + 6 and (norms[a - 1] in ("من", "قبل") or (not noun and a <= at + 2))
        ),
        None,
    )


def _post_word(norm: str) -> bool:
    """A post or position (حاجز، حاجزين، نقاط، مواقع), not a town."""
    w = bare_word(norm).removeprefix("ال")
    return w.startswith(("حاجز", "حواجز", "نقاط", "نقطت", "نقطه", "موقع", "مواقع", "مقر"))


def _taken_from(index: int, stop: int, spans, norms: list[str]) -> ActorRef | None:
    """The side a place was taken from: "من قبضة التنظيم"، "من يد داعش"، "بعد طرد داعش منها"، "بعد طردها لقوات
    النظام" (not a place liberated "from" a side's forces: the annotators read that as neutral)."""
    for j in range(index + 1, min(stop + 4, len(norms))):
        stem = _without_pronoun(norms[j])
        expelled = norms[j] in EXPEL_VERBS or (
            stem != norms[j] and stem in EXPEL_VERBS and norms[j + 1 : j + 2] and norms[j + 1][:1] == "ل"
        )
        if norms[j] in FROM_HOLD and norms[j - 1] == "من" or expelled:
            for a_start, a_end, ref in spans:
                if j < a_start <= j + 2:
                    # (not "طردها لعناصر النظام من حاجزين عسكريين في محيط القرية": out of posts near the place)
                    after = norms[a_end : a_end + 3]
                    if "من" in after and any(_post_word(x) for x in after[after.index("من") + 1 :]):
                        return None
                    return ref
    return None


def _subject(before: list[tuple[int, ActorRef]], complementizers: list[int] | None = None) -> ActorRef:
    """The first side named in the clause (the subject), not one named inside it ("التي احتلها النظام");
    after "قال/ذكر ... أن" the clause starts at the last أن before the verb."""
    if complementizers:
        after = [(a, ref) for a, ref in before if a > complementizers[-1]]
        if after:
            return after[0][1]
    return before[0][1]


def _backed_by_turkey(actor: ActorRef | None, spans, at: int | None) -> ActorRef | None:
    """ "الجيش السوري الحر بالتعاون مع الجيش التركي", "الجيش التركي بمشاركة الجيش السوري الحر": factions
    fighting beside Turkey's army are the SNA."""
    if actor is None or actor.bloc != "opposition" or at is None:
        return actor
    for a_start, _e, ref in spans:
        if ref.bloc == "sna" and at - 6 <= a_start <= at + 6 and a_start != at:
            return ref if ref.code == "sna" else ActorRef("sna", ref.name, "sna")
    return actor


def _never_sna(norms: list[str], spans, at: int | None) -> bool:
    """The side named at word `at` is a faction never part of the SNA (HTS, Nusra, Jaysh al-Fatah), whatever
    operation of Turkey the article tells of."""
    if at is None:
        return False
    named = " ".join(norms[at : next((e for a, e, _r in spans if a == at), at)])
    return any(f in named for f in NOT_SNA_FACTIONS)


def _actor_after(index, stop, spans, tokens, norms, reach: int = 3, means: bool = False) -> ActorRef | None:
    """The side named right after a verb (verb-first: "سيطرت قوات النظام"), with only adverbs between;
    not one after a preposition or in a possessive ("حواجز لحزب الله")."""
    # "سيطرت من خلالها قوات سوريا الديمقراطية": an adverb of means between a change verb and its side
    # (after an attack verb the side is the target: "استهدفت من خلالها قوات النظام").
    skip = (
        {j for j in range(index + 1, min(len(norms), index + reach + 3)) if norms[j] in MEANS_WORDS}
        if means
        else set()
    )
    skip |= {j - 1 for j in skip if norms[j - 1] == "من"}
    for a_start, _a_end, ref in spans:
        if not (index < a_start <= index + reach + len(skip) and a_start < stop):
            continue
        between = [n for j, n in enumerate(norms[index + 1 : a_start], index + 1) if j not in skip]
        if any(n in PREPOSITIONS or n in ATTACK_NOUNS or bare_word(n) in TARGET_NOUNS for n in between):
            return None  # (not "استهدفت مواقع إرهابيي داعش": the side after a target noun is the target)
        first = norms[a_start]
        if first[:1] == "ل" and not first.startswith("ال") and a_start > index + 1:
            return None
        return ref
    return None


def _side_with_lam(spans, norms: list[str], after: int, reach: int) -> ActorRef | None:
    """The first side named within `reach` words after word `after` and written with ل ("لقوات النظام")."""
    return next((ref for a, _e, ref in spans if after < a <= after + reach and norms[a][:1] == "ل"), None)


def _attack_agent(index: int, stop: int, spans, norms: list[str]) -> ActorRef | None:
    """The side of an attack noun written with ل: "قصف صاروخي لقوات النظام على", "استهداف الطيران
    الحربي التابع للنظام السوري مدينة تلدو" (only the weapon's words between noun and side)."""
    noun = bare_word(norms[index])
    if noun not in ATTACK_NOUN_FORMS and noun.removesuffix("ها") not in ATTACK_NOUN_FORMS:
        return None
    for a, _e, ref in spans:
        if not (index < a <= index + 6 and a < stop):
            continue
        between = norms[index + 1 : a]
        if (
            norms[a][:1] == "ل"
            and not norms[a].startswith("ال")
            and all(bare_word(n) in ATTACK_AGENT_WORDS for n in between)
        ):
            return ref
        if "من" in between and all(
            bare_word(n) in ATTACK_AGENT_WORDS or n in ("من", "قبل") or n in WEAPON_NOUNS for n in between
        ):
            return ref  # "جراء قصفها من مدفعية قوات النظام", "قصف مدفعي من قوات النظام": the agent after من
        return None
    return None


def _report_words(geo, text: str) -> list[Token]:
    """The words of the whole report (the geoparser's tokens when it kept them)."""
    return [t for t in (geo.tokens if geo.tokens else tokenize(text)) if t.is_word]


def _our_side(geo, text: str, actors: ActorLexicon) -> ActorRef | None:
    """The side a statement calls "ours" (وحداتنا، قواتنا): the side named right after such a word somewhere in the
    report ("وحداتنا وحدات حماية الشعب"), else none (the word alone does not say whose forces they are)."""
    words = _report_words(geo, text)
    ours = [k for k, t in enumerate(words[:-1]) if (t.norm in OUR_FORCES or bare_word(t.norm) in OUR_FORCES)]
    for k in ours:
        spans = _find_actors(words[k + 1 : k + 6], actors)
        if spans and spans[0][0] == 0:
            return spans[0][2]
    for k, t in enumerate(words[: ours[-1]] if ours else ()):
        # "وأفاد قيادي في وحدات حماية الشعب ... تصدت لهم وحداتنا": the side of the one who speaks.
        if bare_word(t.norm) in SPEAKER_WORDS and words[k + 1].norm in ("في", "باسم"):
            spans = _find_actors(words[k + 2 : k + 7], actors)
            if spans and spans[0][0] == 0:
                return spans[0][2]
    return None


def _occupier(geo, text: str, actors: ActorLexicon) -> ActorRef | None:
    """Whom a report means by "the occupation" (جيش الاحتلال ومرتزقته): the side it names in full with that word
    somewhere ("جيش الاحتلال التركي", "الاحتلال الروسي"), else none."""
    words = _report_words(geo, text)
    for k, t in enumerate(words):
        if bare_word(t.norm) == OCCUPATION:
            # (only the words around each "الاحتلال": most reports name no occupation at all)
            for a, e, ref in _find_actors(words[max(0, k - 3) : k + 3], actors):
                if e - a > 1 and any(
                    bare_word(w.norm) == OCCUPATION for w in words[max(0, k - 3) + a : max(0, k - 3) + e]
                ):
                    return ref
    if any(bare_word(t.norm) == OCCUPATION for t in words):
        # "القصف التركي ... وكثف الاحتلال قصفه على قرى": the one state whose forces or fire the report names by
        # their adjective
        nations = {
            NATION_FORCES[strip_article(t.norm)]
            for k, t in enumerate(words[1:], 1)
            if strip_article(t.norm) in NATION_FORCES
            and bare_word(words[k - 1].norm) in STRIKE_OR_FORCE_NOUNS
        }
        if len(nations) == 1:
            spans = _find_actors([t for t in tokenize(nations.pop()) if t.is_word], actors)
            if spans:
                return spans[0][2]
    return None


# A state's forces by their adjective (القصف التركي، المدفعية التركية) and the name its side has in the lexicon.
NATION_FORCES = {
    "تركي": "القوات التركية",
    "تركيه": "القوات التركية",
    "روسي": "القوات الروسية",
    "روسيه": "القوات الروسية",
}
STRIKE_OR_FORCE_NOUNS = {"القصف", "قصف", "القوات", "قوات", "الجيش", "جيش", "المدفعيه", "الطيران", "الطايرات",
                         "الطائرات", "الغارات", "غارات", "الاستهداف", "الهجوم", "هجوم", "القذايف"}  # fmt: skip


def _occupation_spans(norms: list[str], spans, occupier: ActorRef | None):
    """The sentence's sides with the bare "occupation" read as the report's occupier: "جيش الاحتلال" is not the
    state's army, and without an occupier named in full it is no side at all."""
    out = [
        (a, e, ref)
        for a, e, ref in spans
        if not (e - a == 1 and e < len(norms) and bare_word(norms[e]) == OCCUPATION)
    ]
    if occupier is None:
        return out
    covered = {k for a, e, _ref in out for k in range(a, e)}
    for k, n in enumerate(norms):
        if bare_word(n) == OCCUPATION and k not in covered:
            start = k - 1 if k > 0 and bare_word(norms[k - 1]) in ("جيش", "قوات", "مرتزقه") else k
            out.append((start, k + 1, occupier))
    return sorted(out, key=lambda span: span[0])


def _relative_subject(index: int, spans, norms: list[str]) -> ActorRef | None:
    """The side a relative clause's verb belongs to: "مع قوات سوريا الديمقراطية، التي تمكّنت من السيطرة على"."""
    rel = index - 1
    if rel >= 1 and norms[rel] in ("قد", "لقد"):
        rel -= 1
    if rel < 1 or norms[rel] not in RELATIVES:
        return None
    return next((ref for _a, e, ref in spans if e == rel), None)


def _subject_before(trig: Trigger, norms: list[str], spans, boundaries: list[int]) -> ActorRef | None:
    """The side written just before a change word (subject-verb order), or, for a verbal noun with ب or
    after قام ("قام الجيش باستهداف"), the clause's first side before it; None when there is none — or
    when that side is the object of مع/ضد/من (the enemy fought)."""
    at = trig.index
    if trig.change != "attacked":
        return None  # (captures keep the clause rules tuned on the corpus)
    for a, e, ref in spans:
        if e == at or (e == at - 1 and norms[at - 1] in ("قد", "لقد", "فقد")):
            if not _opposed(norms, a, 3):
                return ref
    masdar = trig.change == "attacked" and (
        norms[at][:1] == "ب"
        or any(bare_word(x) in ("قام", "قامت", "قاموا") for x in norms[max(0, at - 4) : at])
    )
    if masdar:
        start = max([b for b in boundaries if b < at] + [-1])
        before = [ref for a, _e, ref in spans if start < a < at and not _opposed(norms, a, 3)]
        return before[0] if before else None
    return None


def _speakers_side(norms: list[str], a: int, at: int, complementizers: list[int]) -> bool:
    """A side named as a speaker's ("القيادي في لواء التحرير بالجيش الحر، أفاد أن القوات المشتركة تقدمت"), before the
    أن of what the speaker says, when what follows has a subject of its own (not "إنهم سيطروا": they, the speaker's)."""
    marks = [c for c in complementizers if a < c < at]
    if not marks or not any(bare_word(norms[j]) in SPEAKER_WORDS for j in range(max(0, a - 5), a)):
        return False
    return not any(n in SPEAKER_PRONOUNS for n in norms[marks[-1] : at])


def _loyal_to(norms: list[str], spans: list) -> list:
    """ "المسلحين الموالين للحكومة السورية": a side named by whom it is loyal to is of that side."""
    out = []
    for a, e, ref in spans:
        if e + 1 < len(norms) and bare_word(norms[e]) in LOYAL_WORDS:
            at = e + 1
            # "تابعة لما يسمى مجلس دير الزور العسكري": the name after "what is called"
            called = (
                norms[at] == "لما"
                and at + 2 < len(norms)
                and norms[at + 1] in ("يسمي", "تسمي", "يعرف", "تعرف")
            )
            if called:
                at += 2 if norms[at + 2] not in ("ب", "باسم") else 3
            patron = next(
                (
                    (a2, e2, r)
                    for a2, e2, r in spans
                    if a2 == at and (called or norms[a2][:1] == "ل" and not norms[a2].startswith("ال"))
                ),
                None,
            )
            while patron is not None:
                # "التابعة لتنظيم جبهة النصرة": the name that follows the generic word is the patron
                nxt = next(((a2, e2, r) for a2, e2, r in spans if a2 == patron[1]), None)
                if nxt is None:
                    break
                patron = nxt
            patron = patron[2] if patron is not None else None
            if patron is None and norms[at] in ("لها", "له", "لهم") and norms[a][:1] == "و":
                # "قوات النظام والمسلحين الموالين لها": loyal to the side they are joined to
                patron = next((r for _a2, e2, r in reversed(out) if e2 == a), None)
            if patron is None and norms[at] in TURKEY_WITH_LAM:
                # "فصائل المعارضة المسلحة التابعة لتركيا": Turkey's factions are the SNA.
                patron = builtin_side("sna")
            if patron is not None and patron.bloc != ref.bloc:
                ref = ActorRef(patron.code, patron.name, patron.bloc)
        elif e + 1 < len(norms) and bare_word(norms[e]) in UNDER_BANNER and norms[e + 1] == "تحت":
            # "الميليشيات المنضوية تحت لواء قوات سوريا الديمقراطية": of the side whose banner it fights under.
            at = e + 2
            while at < len(norms) and bare_word(norms[at]) in BANNER_WORDS:
                at += 1
            patron = next((r for a2, _e2, r in spans if a2 == at), None)
            if patron is not None and patron.bloc != ref.bloc:
                ref = ActorRef(patron.code, patron.name, patron.bloc)
        out.append((a, e, ref))
    return out
