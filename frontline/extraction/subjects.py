"""Who made each change a sentence tells of: the subject rules of the reader (verb first or subject first, verbal
nouns, passives, relative clauses, sides carried from the sentence before)."""

from __future__ import annotations

from dataclasses import dataclass

from frontline.extraction.actors import ActorLexicon, ActorRef, _opponent, _owner, builtin_side
from frontline.extraction.roles import (
    _actor_after,
    _attack_agent,
    _backed_by_turkey,
    _never_sna,
    _relative_subject,
    _side_with_lam,
    _speakers_side,
    _subject,
    _subject_before,
)
from frontline.extraction.triggers import Trigger, _siege_broken
from frontline.extraction.vocabulary import (
    ABILITY_VERBS,
    ATTACK_NOUNS,
    CHANGES_OF_HANDS,
    NATION_ADJECTIVES,
    PASSIVE_AUX,
    PRONOUN_OBJECTS,
    REINFORCEMENTS,
    RESULT_VERBS,
    SINCE_WORDS,
    TRY_NOUNS,
    VICTIM_WORDS,
)
from frontline.extraction.words import _possessive, _relative_index, _without_pronoun
from gazetteer.geoparse import bare_word


@dataclass
class Clause:
    """One sentence as the subject rules read it."""

    tokens: list
    norms: list[str]
    actor_spans: list
    boundaries: list[int]
    complementizers: list[int]
    contrasts: list[int]
    triggers: list
    actors: ActorLexicon
    turkish_operation: bool


def trigger_actor(
    trig: Trigger,
    n_t: int,
    stop: int,
    clause: Clause,
    found: list,
    last_actor: ActorRef | None,
    carried_actor: ActorRef | None,
    last_taker: ActorRef | None,
) -> tuple[ActorRef, ActorRef | None] | None:
    """The side that made the change of trigger `n_t` of the sentence, and the side it was taken from (for
    captures and expulsions), or None when the sentence names no side for it."""
    tokens, norms, actor_spans, actors = clause.tokens, clause.norms, clause.actor_spans, clause.actors
    boundaries, complementizers, contrasts, triggers = (
        clause.boundaries,
        clause.complementizers,
        clause.contrasts,
        clause.triggers,
    )
    turkish_operation = clause.turkish_operation
    # Actor: after a verb-first trigger, else the clause's subject before it.
    actor = None
    loser = None
    if trig.change == "attacked":
        # "تعرضتا لقصفٍ مدفعي مصدره مواقع قوات النظام": the fire's source names the side, past its positions
        source = next(
            (
                k
                for k in range(trig.index + 1, min(len(norms), trig.index + 4))
                if bare_word(norms[k]) in ("مصدره", "مصدرها", "مصدرهم")
            ),
            None,
        )
        if source is not None:
            named = next((ref for a, _e, ref in actor_spans if source < a <= source + 4), None)
            if named is not None:
                return named, None
        if norms[trig.index][:1] in "البل" and not any(a < trig.index for a, _e, _r in actor_spans):
            # "تعرضت منطقة جبل التركمان لقصف مكثف بمئات القذائف والصواريخ من الطيران الروسي": the shelling's
            # side is the one it came "from"
            by = next(
                (
                    ref
                    for a, _e, ref in actor_spans
                    if trig.index + 1 < a <= trig.index + 8 and norms[a - 1] == "من" and a - 1 < stop
                ),
                None,
            )
            if by is not None:
                return by, None
        # "وطال القصف المدفعي التركي قرى X", "الغارات الروسية على": whose fire (not a side named in full, "الجيش التركي")
        for k in range(trig.index + 1, min(len(norms), trig.index + 3)):
            if norms[k] in NATION_ADJECTIVES and not any(a <= k < e for a, e, _r in actor_spans):
                return builtin_side(NATION_ADJECTIVES[norms[k]]), None
    if trig.owner_before:
        # "سلم داعش أحياء المدينة، الواقعة تحت سيطرته": "its" is the side named last before the word.
        owner = next((ref for _a, e, ref in reversed(actor_spans) if e <= trig.index), None) or last_actor
        return (owner, None) if owner is not None else None
    if trig.tried:
        # "في محاولة من الأخيرة للسيطرة على حي برزة", "محاولة لقوات النظام التقدم نحو": the attempt's own agent,
        # named right after the attempt noun, whatever the clause's subject.
        tried_at = next(
            (
                j
                for j in range(trig.index - 1, max(-1, trig.index - 5), -1)
                if bare_word(norms[j]) in TRY_NOUNS
            ),
            None,
        )
        if tried_at is not None:
            agent = next(
                (
                    ref
                    for a, _e, ref in actor_spans
                    if tried_at < a < trig.index
                    and (norms[a - 1] == "من" or norms[a][:1] == "ل")
                    and a <= tried_at + 2
                ),
                None,
            )
            if agent is not None:
                return agent, None
    if trig.expel:
        # "X طرد Z من Y" / "تمكنت X من طرد Z من Y": Z right after the verb loses Y.
        # (the side may be written long: "طرد مسلحي تنظيمات جبهة النصرة وأحرار الشام من قرى ...")
        loser = _actor_after(trig.index, stop, actor_spans, tokens, norms, reach=2) or _actor_after(
            trig.index + 2, stop, actor_spans, tokens, norms, reach=2
        )
        named_before = any(a < trig.index for a, _e, _r in actor_spans) or last_actor or carried_actor
        if loser is not None and trig.index > 0 and norms[trig.index - 1] in PASSIVE_AUX:
            # "تم طرد مرتزقة داعش من مدينة منبج": the side after a passive expulsion is the one expelled; who
            # expelled it is the report's last taker, if any.
            taker = last_taker if last_taker is not None and last_taker.bloc != loser.bloc else None
            return (taker, loser) if taker is not None else None
        if loser is not None and not named_before:
            # Verb first: "وطرد الجيش مسلحي النصرة من قرى ...": the side after the verb expels,
            # the next one loses.
            at = next(a for a, _e, ref in actor_spans if ref is loser and a > trig.index)
            end = next(e for a, e, ref in actor_spans if a == at)
            actor = loser
            loser = _actor_after(end - 1, stop, actor_spans, tokens, norms, reach=2) or _actor_after(
                end + 1, stop, actor_spans, tokens, norms, reach=2
            )
            if loser is None:
                # "طردت القوات السورية ومقاتلون متحالفون معها مقاتلي تنظيم «داعش» من بلدة القريتين": the other
                # side named before "من" is the one expelled, past the subject's allies
                frm = next((j for j in range(end, stop) if norms[j] == "من"), stop)
                loser = next(
                    (ref for a, _e, ref in actor_spans if end <= a < frm and ref.bloc != actor.bloc), None
                )
    if trig.actor_from is not None:
        # "تحت سيطرة X", else the side that last took places in the report.
        actor = _actor_after(trig.actor_from, len(norms), actor_spans, tokens, norms, reach=2) or last_taker
    if (
        actor is None
        and trig.change in CHANGES_OF_HANDS
        and trig.index >= 2
        and bare_word(norms[trig.index - 1]) in ("الى", "الي", "عن")
        and bare_word(norms[trig.index - 2]) in RESULT_VERBS
    ):
        # "لكن هجومًا معاكسًا لفصائل المعارضة أفضى إلى انتزاع دورين": the side whose attack led to it.
        led_to = actor = next(
            (
                ref
                for a, _e, ref in reversed(actor_spans)
                if trig.index - 12 <= a < trig.index and norms[a][:1] == "ل"
            ),
            None,
        )
    else:
        led_to = None
    pronoun_object = norms[trig.index + 1 : trig.index + 2] in (["لهم"], ["لها"], ["له"], ["لهما"])
    if pronoun_object and actor is None:
        # "تصدت لهم وحداتنا": a verb, its object as a pronoun, then its subject.
        actor = next((ref for a, _e, ref in actor_spans if a == trig.index + 2), None)
    if (
        trig.change == "attacked"
        and last_actor is not None
        and norms[trig.index][:1] == "و"
        and not bare_word(norms[trig.index]).startswith("ال")
    ):
        actor = last_actor  # "استعادت بلدة X وطوقت إرهابيي داعش في Y": the same subject
    elif (
        actor is None
        and not (trig.flip or trig.relative or trig.expel or trig.passive or pronoun_object)
        and trig.actor_from is None
        and (subject := _subject_before(trig, norms, actor_spans, boundaries)) is not None
    ):
        # "أن الجيش السوري استهدف أيضا المسلحين", "قام الجيش السوري باستهداف المسلحين": the side
        # before the verb is the subject; the one after it is the target.
        actor = subject
    elif (trig.actor_after or trig.flip) and led_to is None:
        actor = _actor_after(
            trig.index, stop, actor_spans, tokens, norms, means=trig.change in CHANGES_OF_HANDS
        )
        if actor is None and trig.change == "attacked":
            actor = _attack_agent(trig.index, stop, actor_spans, norms)
    if actor is None and not trig.flip and not trig.relative:
        actor = _relative_subject(trig.index, actor_spans, norms)
    if actor is None and trig.relative:
        # "والتي كان النظام قد سيطر عليها": the relative clause's own subject, between it and the verb
        rel = _relative_index(norms, trig.index)
        if rel is not None:
            actor = next((ref for a, _e, ref in actor_spans if rel < a < trig.index), None)
        if (
            actor is None
            and norms[trig.index + 1 : trig.index + 2]
            and norms[trig.index + 1] in PRONOUN_OBJECTS
        ):
            # "والتي سيطر عليها النظام": the side after the verb and its pronoun, or after a time between
            # ("اللذين تسيطر عليهما منذ سنوات قوات سوريا الديمقراطية")
            actor = next(
                (
                    ref
                    for a, _e, ref in actor_spans
                    if a == trig.index + 2
                    or (
                        trig.index + 2 < a <= trig.index + 6
                        and all(x.isdigit() or bare_word(x) in SINCE_WORDS for x in norms[trig.index + 2 : a])
                    )
                ),
                None,
            )
    if trig.strict:
        if actor is None:
            # "المجموعات الإرهابية المنتشرة في قريتي X وY": the side just before the participle.
            actor = next((ref for _a, e, ref in actor_spans if e == trig.index), None)
        if actor is None and bare_word(norms[trig.index]) in REINFORCEMENTS:
            # "قوات الأسد قامت باستقدام تعزيزات عسكرية إلى قرية X": who sends them, named just before;
            # "وصول تعزيزات عسكرية للقوات الحكومية إلى X": or just after, with its ل.
            actor = next(
                (ref for _a, e, ref in reversed(actor_spans) if trig.index - 6 <= e <= trig.index), None
            ) or _side_with_lam(actor_spans, norms, trig.index, 3)
        if actor is None and norms[trig.index][:1] == "و" and found:
            actor = found[-1][1]  # "انتشرت وحدات الجيش في X وتمركزت في Y": the same side
        if actor is None and norms[trig.index][:1] == "و":
            # "وحدات من الجيش تقدمت من محور تل تمر ... وانتشرت في قرى X": the subject of the verb
            # this one is joined to, named in the same sentence before it.
            actor = next((ref for _a, e, ref in reversed(actor_spans) if e <= trig.index), None)
        if actor is None:
            return None  # a deployment of a side not named with it (US forces, tribes): no claim
    if (
        actor is None
        and trig.change == "withdrew"
        and trig.actor_after  # (not "قبل الانسحاب منها": the subject's own withdrawal)
        and norms[trig.index + 1 : trig.index + 2] in (["منها"], ["منه"])
    ):
        # "فرَّ منها أعداد كبيرة من عناصر داعش": the side after the pronoun and a count.
        actor = next((ref for a, _e, ref in actor_spans if trig.index + 1 < a <= trig.index + 7), None)
    if (
        actor is None
        and trig.change == "withdrew"
        and (bare_word(norms[trig.index]).removeprefix("ب") in ("انسحاب", "انسحابا", "هروب", "فرار"))
    ):
        # "بعد هروب جماعي لقوات النظام منها": the side after the noun (with its ل) is who left.
        actor = _side_with_lam(actor_spans, norms, trig.index, min(3, stop - 1 - trig.index))
    if actor is None and trig.change == "held" and not trig.flip and _siege_broken(norms, trig.index):
        # "فكت قوات النظام الحصار عن بلدة X": the breaker named between the verb and the siege
        siege = next(j for j in range(trig.index + 1, len(norms)) if "حصار" in norms[j])
        actor = next((ref for a, _e, ref in actor_spans if trig.index < a < siege), None)
    if actor is None and trig.change == "held" and not trig.flip and not _siege_broken(norms, trig.index):
        # (كسر حصار فرضه التنظيم: the side after the siege laid it; the breaker is the subject.)
        actor = _actor_after(trig.index, stop, actor_spans, tokens, norms)
        nxt = trig.index + 1
        attack_next = nxt < len(norms) and (norms[nxt] in ATTACK_NOUNS or norms[nxt][1:] in ATTACK_NOUNS)
        if attack_next and any(nxt <= a <= nxt + 1 for a, _e, _r in actor_spans):
            # "صد الهجوم التركي", "تصدوا لمحاولة قوات النظام": the side named by its attack is the attacker
            actor = None
        if actor is None and pronoun_object:
            # "لكن شبان الأحياء تصدوا لهم": "them" are the side named last, the attackers; the other side holds.
            attacker = next((r for _a, e, r in reversed(actor_spans) if e <= trig.index), None) or last_actor
            if attacker is not None:
                actor = _opponent(attacker, actor_spans, actors)
        if actor is None:
            # "لصد هجوم قوات النظام": the attacker follows; the side that holds is the other one.
            if attack_next:
                attacker = next((r for a, _e, r in actor_spans if a == nxt), None) or _actor_after(
                    nxt, stop, actor_spans, tokens, norms, reach=3
                )
                has_subject = any(a < trig.index for a, _e, _r in actor_spans) or last_actor
                if attacker is not None and not has_subject:
                    actor = _opponent(attacker, actor_spans, actors)
    if actor is None and trig.passive:
        by = next(
            (j for j in range(trig.index + 1, min(len(norms), trig.index + 4)) if norms[j] == "من"),
            None,
        )
        if by is not None and norms[by + 1 : by + 2] == ["قبل"]:
            by += 1
        actor = next((ref for a, _e, ref in actor_spans if by is not None and by < a <= by + 2), None)
        if actor is None:
            # "تعرضت بلدتا X وY لقصف بطيران النظام الحربي": the agent with its ب.
            actor = next(
                (
                    ref
                    for a, _e, ref in actor_spans
                    if trig.index < a <= trig.index + 3 and norms[a][:1] == "ب"
                ),
                None,
            )
        if actor is None and not actor_spans and trig.change == "attacked":
            # "كما تعرضت بلدة إبطع لقصف مماثل": a sentence naming no side goes on with the last one's shelling
            actor = last_actor or carried_actor
        if actor is None:
            return None  # "تعرضت مواقع قوات الأسد لقصف": the shelled side is named, the shelling one is not
    if actor is None and not any(e in (trig.index, trig.index - 1) for _a, e, _r in actor_spans):
        # "استمر القصف لبلدات X وY من قبل القوات الحكومية": the agent of a passive or a noun (not when the verb has
        # its subject just before it: "إن تنظيم داعش سيطر على قرى X، ... الرهجان، المسيطر عليها من قبل الهيئة").
        agent = next(
            (
                k
                for k in range(trig.index + 1, min(len(norms), stop + 12))
                if norms[k] == "قبل" and norms[k - 1] == "من"
            ),
            None,
        )
        if agent is not None and not any(trig.index < t.index < agent for t in triggers):
            # (not the agent of a later change word: "سيطرت على قرى X، بعد أن تعرض محيطها إلى قصف عنيف من قبل
            # التحالف الدولي")
            actor = next((ref for a, _e, ref in actor_spans if agent < a <= agent + 2), None)
    if actor is None and trig.noun:
        # "وسمح الانهيار لدفاعات النظام للمعارضة بالسيطرة على": the side just before the noun.
        actor = next((ref for _a, e, ref in actor_spans if e == trig.index), None)
    if actor is None and not trig.flip and _possessive(norms[trig.index]):
        # "تطور ملحوظ للجيش الحر في معركته ضد النظام عقب سيطرته على": "its" is the side named
        # last before the noun, not the one it fights against.
        actor = _owner(norms, actor_spans, trig.index)
    if actor is None and not trig.flip and trig.change in CHANGES_OF_HANDS:
        # "استطاع الثوار في اليوم الاول من المعركة تحريرَ قرية كفرباسين": the side right after a verb
        # of ability is the subject of the change that follows it.
        # ("تمكنت قوات النظام السوري تحت غطاء من القصف الجوي والبري المكثف، من دخول مدينة X": far)
        able = [j for j in range(max(0, trig.index - 14), trig.index) if bare_word(norms[j]) in ABILITY_VERBS]
        if able:
            actor = next((ref for a, _e, ref in actor_spans if a == able[-1] + 1), None)
    if actor is None and (not trig.flip or not trig.actor_after):
        # "... في حين أكد مراسلنا أن تنظيم داعش ما زال يسيطر", "بينما تستمر قوات النظام بقصف":
        # a new clause with its own subject.
        prev_at = triggers[n_t - 1].index if n_t else -1
        marks = [x for x in complementizers + contrasts if prev_at < x < trig.index]
        fresh = [(a, ref) for a, _e, ref in actor_spans if marks and max(marks) < a < trig.index]
        if fresh and not trig.flip:
            actor = _subject(fresh)
        elif last_actor is not None and not trig.flip:
            actor = last_actor
        else:
            # (not a side named as the one killed or wounded: "أسفرت عن مقتل عشرات المسلحين")
            # (nor the side a speaker belongs to: "القيادي في لواء التحرير بالجيش الحر، أفاد أن القوات
            # المشتركة تقدمت في قرى": the clause's own subject is not named, the report's goes on)
            before = [
                (a, ref)
                for a, _e, ref in actor_spans
                if a < trig.index
                and not any(norms[j] in VICTIM_WORDS for j in range(max(0, a - 3), a))
                and not _speakers_side(norms, a, trig.index, complementizers)
            ]
            if before:
                if trig.change == "withdrew":
                    actor = before[-1][1]
                else:
                    actor = _subject(before, [c for c in complementizers if c < trig.index])
    if actor is None and trig.change == "withdrew":
        after = [ref for a, _e, ref in actor_spans if a > trig.index]
        actor = after[0] if after else None
    if (
        trig.relative
        and actor is None
        and trig.change == "captured"
        and any(n in ("هي", "وهي") for n in norms[trig.index + 1 : trig.index + 8])
    ):
        # "وأوضح أن القرى الجديدة التي سيطر عليها بمنطقة X هي، Y، Z": the villages listed after هي,
        # taken by the side the report has been telling of.
        actor = last_actor or carried_actor
    if trig.relative and actor is None:
        return None  # "التي تسيطر عليها" with no side named: nothing to say
    where = next((a for a, _e, ref in actor_spans if ref is actor), None)
    actor = _backed_by_turkey(actor, actor_spans, where)
    if (
        actor is not None
        and actor.bloc == "opposition"
        and turkish_operation
        and not _never_sna(norms, actor_spans, where)
    ):
        actor = builtin_side("sna")
    if (
        actor is None
        and not trig.flip
        and trig.change in ("captured", "recaptured")
        and last_taker is not None
    ):
        # "وأضافت بأنه تمت السيطرة على قرية X": a capture told with no side is the report's taker's, not
        # the side last named (often as the one that lost men: "سقوط قتلى من ميليشيا قسد").
        actor = last_taker
    if actor is None and not trig.flip:
        actor = carried_actor
    if actor is None and trig.flip:
        actor = carried_actor
    if actor is None:
        return None
    if trig.flip:
        actor = _opponent(actor, actor_spans, actors)
        if actor is None:
            return None
    if loser is None and trig.expel and _without_pronoun(norms[trig.index]) != norms[trig.index]:
        # "إعلان الفصائل الحرب ضد تنظيم داعش وطردها من بلدات X": "expelling it", the side named last before
        loser = next((ref for _a, e, ref in reversed(actor_spans) if e <= trig.index), None)
        if loser is not None and loser.bloc == actor.bloc:
            loser = None
    return actor, loser
