"""The words of a sentence that state a change of control (captured, recaptured, withdrew, held, attacked)."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from frontline.extraction.vocabulary import (
    ADVANCE_PLURALS,
    ADVANCE_WORDS,
    AFTER_WORDS,
    AGAIN_WORDS,
    AIM_VERBS,
    AREA_NOUNS,
    AREA_OF,
    ARMS_NOUNS,
    ATTACK_NOUNS,
    ATTACK_VERBS,
    ATTEMPT_WORDS,
    BATTLE_WORDS,
    BECAME_VERBS,
    BECOME_WORDS,
    BESIEGED,
    BESIEGED_IN,
    BESIEGED_PLACE_NOUNS,
    CAMPAIGN_NOUNS,
    CAPTURE_VERBS,
    CASUALTY_WORDS,
    CIVILIAN_WORDS,
    COMB_WORDS,
    COMPLEMENTIZERS,
    DEPLOY_VERBS,
    DEPLOY_WORDS,
    DEPLOYED_FORCES,
    DROPPED_WEAPONS,
    DROVE_VERBS,
    EXPEL_VERBS,
    FAILED,
    FALL_WORDS,
    FEAR_WORDS,
    FIRE_ADJECTIVES,
    FIRE_CONTROL,
    FIRE_NOUNS,
    FIRE_VERBS,
    FORCE_VERBS,
    HANDOVER_VERBS,
    HELD_EXTENTS,
    HELD_UNDER,
    HELD_VERBS,
    IMPOSING_PRESENT,
    KEEP_VERBS,
    LIBERATED,
    LOSS_WORDS,
    LYING_UNDER,
    LYING_VERBS,
    NEAR_TO,
    NEGATED_ABILITY,
    NEGATIONS,
    NEUTRALISE_WORDS,
    NO_GAIN,
    NO_PROGRESS,
    OCCUPY_PRESENT,
    OWN_POSITIONS,
    PREPARATORY_FIRE,
    PRESENCE_WORDS,
    PRESENT_CONTROL,
    PRONOUN_OBJECTS,
    PURPOSE_CAPTURES,
    PURPOSE_CONTROL,
    RECAPTURE_VERBS,
    RECEIVE_VERBS,
    REFERENCE_CUES,
    REINFORCE_OWN,
    REINFORCEMENTS,
    REINFORCING,
    RELATIVES,
    REMAINED_WORDS,
    REPULSE_WORDS,
    RESTORE_WORDS,
    RESUME_VERBS,
    SEND_WORDS,
    SETUP_POSTS,
    SETUP_VERBS,
    SHELL_NOUNS,
    SIEGE_LAYING,
    SIEGE_WORDS,
    STILL_LIST_HEADS,
    STILL_WORDS,
    STORM_VERBS,
    STORM_WORDS,
    THEN_WORDS,
    TOWARDS,
    TRIGGER_WORDS,
    TRY_WORDS,
    UNIT_WORDS,
    WAS_WORDS,
    WITHDREW_VERBS,
    ZONE_NOUNS,
)
from frontline.extraction.words import _possessive, _relative_index, _without_pronoun
from gazetteer.geoparse import bare_word
from gazetteer.normalize import strip_article


@dataclass
class Trigger:
    change: str
    index: int  # token index in the sentence
    actor_after: bool  # the actor is the word(s) after the trigger (verb first)
    flip: bool = False  # "لم تحرز X أي تقدم": the claim is the other side's hold
    noun: bool = False
    relative: bool = False  # "التي تسيطر عليها X": X holds the place(s) named just before
    expel: bool = False  # "طردت X داعش من Y": the subject takes Y, the object loses it
    passive: bool = False  # "تعرضت X لقصف من Y": the side after من is the attacker
    until: int | None = None  # the places end here ("باتت أحياء X وY تحت السيطرة": at تحت)
    actor_from: int | None = None  # the side is named after this token ("تحت سيطرة X")
    repelled: bool = False  # an attempt to advance that was pushed back: the defender holds the target
    strict: bool = False  # the side must be named with the verb (a deployment): no side carried over
    still: bool = False  # "لا يزال تحت سيطرة X": the place may be named before or after
    cause: bool = False  # "بعد قصف", "جراء استهداف": an attack told as the cause of something else
    tried: bool = False  # "في محاولة لاستعادتها": an attack read off a capture tried (its places follow)
    anchor: int | None = None  # a relative hold's places come just before this word ("X وY الواقعتين")
    handover: bool = False  # "سلم داعش الأحياء للجيش": the giver withdrew, the side after ل took them
    owner_before: bool = False  # "الواقعة تحت سيطرته": "its" is the side named last before the word
    of_attack: bool = False  # "هجوم ... والذي تصدت له وحدات الجيش": the hold of the places the attack was on
    zone: bool = False  # "مناطق سيطرة قوات الأسد في قرية X": the places named after the side's zones


@lru_cache(maxsize=4096)
def _trigger_word(word: str) -> bool:
    """A normalised word that is a change word as written (its first letter is no conjunction)."""
    return word in FAILED or any(
        rx.match(word) for rx in (CAPTURE_VERBS, RECAPTURE_VERBS, WITHDREW_VERBS, HELD_VERBS, ATTACK_VERBS)
    )


def _siege_broken(norms: list[str], at: int) -> bool:
    """ "كسر/فك حصار": breaking a siege (its subject holds the place)."""
    # (the side may stand between: "فكت قوات النظام الحصار عن بلدة X")
    return bare_word(norms[at]) in ("كسر", "كسرت", "كسروا", "فك", "فكت") and any(
        "حصار" in x for x in norms[at + 1 : at + 6]
    )


def _heading(norms: list[str], j: int, words=TOWARDS) -> bool:
    """Word j is one of `words` (إلى/نحو/باتجاه) naming where a side went — not "الأقرب إلى" (nearness)."""
    return bare_word(norms[j]) in words and not (j > 0 and bare_word(norms[j - 1]) in NEAR_TO)


def _towards(norms: list[str], start: int, k: int) -> bool:
    """A place at k after إلى/نحو/باتجاه (between the trigger at `start` and it): a destination."""
    return any(_heading(norms, j) for j in range(start + 1, k))


@lru_cache(maxsize=65536)
def _matches(pattern: re.Pattern, word: str) -> bool:
    """pattern.match(word), cached: the same words come back in every report."""
    return pattern.match(word) is not None


@lru_cache(maxsize=65536)
def _inert(raw: str) -> bool:
    """Whether no branch of _find_triggers can take the word, neither as written nor as one of the loop's
    rewrites (a withdrawal, fire or operation noun, an expelling verb with its pronoun) reads it."""
    w = _trigger_form(raw)
    bare = bare_word(w)
    return not (
        _may_trigger(w)
        or w == "الانسحاب"
        or bare in FIRE_NOUNS
        or bare in OPERATION_NOUNS
        or bare in OPERATION_POSSESSIVES
        or (w not in EXPEL_VERBS and _without_pronoun(w) in EXPEL_VERBS)
    )


@lru_cache(maxsize=65536)
def _trigger_form(raw: str) -> str:
    """The word as _find_triggers reads it: و/ف is a conjunction unless the word itself is a trigger
    (فشلت، فرضت، فروا، فكت), and "سيطرعلى" is a verb with its preposition typed without a space."""
    w = (
        raw[1:]
        if raw[:1] in ("و", "ف") and len(raw) > 3 and not _trigger_word(raw) and raw not in LOSS_WORDS
        else raw
    )
    if w.endswith("علي") and len(w) > 6 and _trigger_word(w[:-3]):
        w = w[:-3]
    return w


def _under_control(norms: list[str], k: int, reach: int) -> int | None:
    """Where "تحت سيطرة(ه/ها/هم)" follows word k within `reach` words (the index of تحت), else None."""
    return next(
        (
            j
            for j in range(k + 1, min(len(norms) - 1, k + reach))
            if norms[j] == "تحت" and norms[j + 1].endswith(("سيطره", "سيطرته", "سيطرتها", "سيطرتهم"))
        ),
        None,
    )


# Words before the verbal noun تدخُّل (intervention), written like تدخل (she enters).
INTERVENTION_LEADS = frozenset(
    ("بعد", "عقب", "اثر", "دون", "بدون", "عبر", "رغم", "بسبب", "نتيجه", "منع", "لمنع")
)


@lru_cache(maxsize=65536)
def _may_trigger(w: str) -> bool:
    """Whether any branch of _find_triggers can take the word (alone, or after a ل/ب it reads off)."""
    return any(
        x in TRIGGER_WORDS or _trigger_word(x) or any(_matches(rx, x) for rx in (RECAPTURE_VERBS, HELD_VERBS))
        for x in ((w, w[1:], "ا" + w[1:]) if w[:1] in "لب" else (w,))
    )


def _held_under_lead(norms: list[str], k: int) -> int | None:
    """Where the phrase saying places are under a side's control (تحت at k - 1) starts: a participle of lying
    ("الواقعتين تحت سيطرة") or a relative pronoun with its "still" ("التي لا تزال تحت سيطرة"); None otherwise."""
    if bare_word(norms[k - 2]) in LYING_UNDER:
        return k - 2
    for j in range(k - 2, max(-1, k - 6), -1):
        if norms[j] in RELATIVES:
            between = {bare_word(x) for x in norms[j + 1 : k - 1]}
            return j if between & (STILL_WORDS | REMAINED_WORDS | LYING_UNDER) else None
    return None


def _sent_to_attack(norms: list[str], k: int) -> bool:
    """Reinforcements (word k) sent to a place's edge or to take it ("إلى أطراف بلدة X في محاولة لاستعادتها",
    "لاقتحام المدينة"): an attack coming, not a hold."""
    ahead = norms[k + 1 : k + 12]
    return any(
        bare_word(x) in ("اطراف", "محيط", "تخوم", "مشارف", "جبهات", "محاور", "خطوط") for x in ahead[:5]
    ) or any(
        bare_word(x) in ATTEMPT_WORDS
        or (
            x[:1] == "ل"
            and (_matches(RECAPTURE_VERBS, x[1:]) or x[1:] in ("السيطره", "اقتحام", "تحرير", "استعاده"))
        )
        for x in ahead
    )


# A military or security operation on a place ("عملية عسكرية برية واسعة على بلدة X") is an assault on it.
OPERATION_NOUNS = frozenset(("عمليه", "عمليات", "حمله", "حملات", "بعمليه", "بعمليات", "بحمله", "بحملات"))
# "تواصل الفصائل عملياتها في قرى X", "إطلاق الجيش لعملياته في بلدات X": the side's own operations in places.
OPERATION_POSSESSIVES = frozenset(
    p + n + s for p in ("", "ل", "ب") for n in ("عمليات", "عمليه", "حمله", "حملات") for s in ("ه", "ها", "هم")
)
OPERATION_ADJECTIVES = frozenset(("عسكريه", "امنيه", "بريه", "واسعه", "نوعيه", "عسكريتين", "هجوميه"))
# Titles before "تحرير" that make it editorial ("رئيس تحرير", "مدير تحرير", "سكرتير تحرير").
EDITOR_WORDS = frozenset(("رييس", "مدير", "سكرتير", "ورييس", "ومدير", "هييه", "لرييس", "لمدير"))


def _find_triggers(norms: list[str]) -> list[Trigger]:
    out: list[Trigger] = []
    n = len(norms)
    # Where the attempt, threat and failure words are (with or without و/ف: فشلت is not ف + شلت).
    attempt_words = ATTEMPT_WORDS | FAILED
    attempts = [
        k for k, x in enumerate(norms) if x in attempt_words or (x[:1] in "وف" and x[1:] in attempt_words)
    ]
    for k, raw in enumerate(norms):
        if _inert(raw):
            continue  # (most words: neither a trigger nor rewritten into one below)
        w = _trigger_form(raw)
        own_withdrawal = False
        if (
            w == "الانسحاب"
            and k > 0
            and bare_word(norms[k - 1]) in THEN_WORDS | AFTER_WORDS
            and any(x in ("من", "منها", "منه", "منهما") for x in norms[k + 1 : k + 4])
        ):
            w = "انسحاب"  # "لساعات قبل الانسحاب منها", "بعد الانسحاب من البلدة": the side's own withdrawal
            own_withdrawal = True  # (its side is the clause's subject, before it)
        if (
            bare_word(w) in FIRE_NOUNS
            and "علي" in norms[k + 1 : k + 6]
            and "تحت" not in norms[max(0, k - 2) : k]
        ):
            w = "استهداف"  # "استخدمت نيران رشاشاتها الثقيلة على مناطق في بلدات X", "فتحت نيرانها على": fire on
        if (
            bare_word(w) in OPERATION_NOUNS
            and k + 1 < n
            and bare_word(norms[k + 1]) in OPERATION_ADJECTIVES
            and any(x in ("علي", "في") for x in norms[k + 2 : k + 6])
        ):
            w = "هجوم"  # "بدأت وحدات من الجيش عملية عسكرية برية واسعة على بلدة طيبة الإمام": an assault
        elif bare_word(w) in OPERATION_POSSESSIVES and k + 1 < n and norms[k + 1] in ("في", "علي"):
            w = "هجوم"  # "تواصل الفصائل عملياتها في قرى معردبسة وكفر بطيخ": the side's operations there
        if k + 1 < n and norms[k + 1] == "من" and w not in EXPEL_VERBS and _without_pronoun(w) in EXPEL_VERBS:
            w = _without_pronoun(w)  # "وطردها من بلدات X": expelling "it" (the side named before) from them
        if not _may_trigger(w):
            continue  # (most words: no branch below can take them)
        if w == "تحرير" and k > 0 and bare_word(norms[k - 1]) in EDITOR_WORDS:
            continue  # "رئيس تحرير شبكة السويداء 24": an editor, not a liberation
        passive_attack = False
        if w.startswith("لل") and _matches(ATTACK_VERBS, "ا" + w[1:]):
            w = "لا" + w[1:]  # "للقصف": ل with the article's alif eaten, read as ل + القصف below
        if (
            w[:1] == "ل"
            and _matches(ATTACK_VERBS, w[1:])
            and any(
                bare_word(x).removeprefix("ب").startswith(("تعرض", "يتعرض", "تتعرض"))
                for x in norms[max(0, k - 30) : k]
            )
        ):
            w, passive_attack = w[1:], True  # "تعرضت مناطق في مدينة إدلب لقصف من قبل قوات الحكومة"
        elif w[:1] == "ل" and (
            _matches(HELD_VERBS, w[1:])
            or (
                _matches(CAPTURE_VERBS, w[1:])
                and not w[1:].startswith(("احتلال", "اقتحام", "تحرير", "السيطره"))
            )
            or _matches(WITHDREW_VERBS, w[1:])
        ):
            # لصد، لتدخل: the verb with its lam of purpose or result (but "لاحتلال عدد من البلدات", "لتحرير":
            # a capture's noun with its lam is the aim of an attack, not a capture)
            w = w[1:]
        elif w[:1] == "ل" and _matches(RECAPTURE_VERBS, w[1:]) and _tried(norms, k, out):
            w = w[1:]  # "في محاولة لاستعادتها": a recapture tried (an attack, below)
        elif w[:1] == "ب" and (_matches(WITHDREW_VERBS, w[1:]) or _matches(ATTACK_VERBS, w[1:])):
            w = w[1:]  # بانسحاب، بقصف: the noun with its preposition
        # An attempt, a threat or a failure in the six words before: "فشلت قوات النظام باقتحام حي جوبر"
        # (or a capture joined by و to a tried one: "في محاولة لاقتحام الريف ... واستعادة السيطرة عليه").
        attempt = (
            bisect_left(attempts, k) > bisect_left(attempts, k - 6)
            # "تحت السيطرة", "تحت سيطرة النظام": a state, not a change (but "تحت غطاء جوي سيطرت" is one)
            or "تحت" in norms[max(0, k - 2) : k]
            or (raw[:1] == "و" and bool(out) and out[-1].tried and out[-1].index >= k - 12)
            # "لمحاولات قوات النظام التقدم والسيطرة على قرية كبانة": joined to an advance that was only tried
            or (
                raw[:1] == "و"
                and k > 0
                and bare_word(norms[k - 1]) in ("التقدم", "تقدم", "الدخول", "اقتحام", "التوغل")
                and bisect_left(attempts, k - 1) > bisect_left(attempts, k - 9)
            )
            or _campaign_for(norms, k)
        )

        negation = (
            _negation(norms, k)
            if _matches(CAPTURE_VERBS, w) or w in ("سيطره", "السيطره", "بالسيطره")
            else None
        )
        if negation is not None:
            # "لم تسيطر الوحدات إلى الآن على قرية منغ": no capture; "لم تتمكن قوات النظام من السيطرة على بلدة X",
            # "لم تنجح في اقتحام": an attack that failed
            if negation == "failed" and not any(t.index >= k - 5 for t in out):
                out.append(Trigger("attacked", k, actor_after=True))
            continue
        if w in NO_PROGRESS and k > 0 and norms[k - 1] in ("لم", "ولم"):
            out.append(Trigger("held", k, actor_after=True, flip=True))
            continue
        if (
            w in NO_GAIN
            and k > 0
            and norms[k - 1] in ("لم", "ولم")
            and any(x.endswith("تقدم") for x in norms[k + 1 : k + 6])
        ):
            out.append(Trigger("held", k, actor_after=True, flip=True))  # "لم يحقق المسلحون أي تقدم في جبا"
            continue
        if w in FAILED and any(
            bare_word(norms[j]).removeprefix("ب").removeprefix("في") in ("اقتحام", "دخول")
            for j in range(k + 1, min(n, k + 6))
        ):
            out.append(Trigger("attacked", k, actor_after=True))  # "فشلت قوات النظام باقتحام حي جوبر"
            continue
        # ("فشل المسلّحين في تحقيق أي تقدّم في جبا": the advance may come a few words on)
        if w in FAILED and any(norms[j].endswith("تقدم") for j in range(k + 1, min(n, k + 6))):
            out.append(Trigger("held", k, actor_after=False, flip=True))
            continue
        if (
            w in ("رفع", "رفعت", "رفعوا", "ثبت", "ثبتت", "ثبتوا", "يرفع", "ترفع")
            and any(bare_word(x).removeprefix("ال") in ("علم", "راية", "رايه") for x in norms[k + 1 : k + 4])
            and not attempt
        ):
            out.append(Trigger("captured", k, actor_after=True))  # "رفع الجيش العلم السوري في بلدة X"
            continue
        if (
            w in ("اخلت", "اخلي", "اخلوا", "تخلي", "يخلي")
            and not any(x in ("سبيل", "سبيله", "سبيلهم") for x in norms[k + 1 : k + 4])
            and not attempt
        ):
            out.append(Trigger("withdrew", k, actor_after=True))  # "أخلت قسد مواقعها في بلدة X"
            continue
        if w in ("مهدت", "مهد", "تمهيد", "يمهد", "تمهد", "تمهيدا", "بتمهيد", "التمهيد") and any(
            bare_word(x).removeprefix("ال") in PREPARATORY_FIRE for x in norms[k + 1 : k + 4]
        ):
            out.append(Trigger("attacked", k, actor_after=True))  # "مهّدت بقذائف المدفعية على بلدات X"
            continue
        if w in ("القت", "القي", "القوا", "يلقي", "تلقي") and any(
            bare_word(x).removeprefix("ال") in DROPPED_WEAPONS for x in norms[k + 1 : k + 5]
        ):
            out.append(Trigger("attacked", k, actor_after=True))  # "ألقت مروحيات النظام براميل متفجرة على"
            continue
        if w in ("التقدم", "بالتقدم") and attempt and _tried(norms, k, out):
            out.append(Trigger("attacked", k, actor_after=True, tried=True))  # "تحاول جبهة النصرة التقدم نحو"
            continue
        if w in LOSS_WORDS and _control_noun_after(norms, k):
            out.append(Trigger("withdrew", k, actor_after=True))  # "التي فقد السيطرة عليها العام الماضي"
            continue
        if (
            w in ("اعاده", "باعاده", "اعاد", "اعادت")
            # (the side may come between: "حيث أعادت قواته السيطرة عليها")
            and "السيطره" in norms[k + 1 : k + (2 if w.endswith("ه") else 4)]
            and not attempt
        ):
            if out and out[-1].index >= k - 3 and out[-1].change == "captured":
                out[-1].change = "recaptured"  # "تمكنت من إعادة السيطرة على": one change, taken back
            else:
                out.append(Trigger("recaptured", k, actor_after=True))  # "بعد إعادة السيطرة على مدينة يبرود"
            continue
        if _matches(RECAPTURE_VERBS, w):
            if not attempt:
                out.append(Trigger("recaptured", k, actor_after=True))
            elif _tried(norms, k, out):
                out.append(
                    Trigger("attacked", k, actor_after=True, tried=True)
                )  # "في محاولة لاستعادة البلدة"
            continue
        if _matches(WITHDREW_VERBS, w):
            if w.startswith(("سحب", "يسحب", "تسحب")) and any(x in ARMS_NOUNS for x in norms[k + 1 : k + 5]):
                continue  # "سحب الجيش السوري السلاح الثقيل من مدينة السويداء": arms withdrawn, the side stays
            out.append(Trigger("withdrew", k, actor_after=not own_withdrawal))
            continue
        if w in COMB_WORDS and not attempt:
            # "تواصل قوات سوريا الديمقراطية تمشيط بلدة الطيانة", "بدأت وحدات من الجيش عمليات تمشيط بلدة صيدا":
            # a side combing a place holds it (beside the capture the sentence may tell).
            out.append(Trigger("held", k, actor_after=True))
            continue
        if _matches(HELD_VERBS, w):
            if w in ("كسر", "كسرت", "فك", "فكت", "كسروا") and not _siege_broken(norms, k):
                continue
            if (
                k > 0
                and norms[k - 1] in RELATIVES
                and norms[k + 1 : k + 2] in (["له"], ["لها"], ["لهم"])
                and any(t.change == "attacked" for t in out)
            ):
                # "هجوم شنته قسد والذي تصدت له وحدات الجيش": the side after the verb held what was attacked
                out.append(Trigger("held", k, actor_after=True, of_attack=True))
                continue
            out.append(Trigger("held", k, actor_after=False))
            continue
        lead = (
            _held_under_lead(norms, k)
            if w in ("سيطره", "سيطرته", "سيطرتها") and k > 1 and norms[k - 1] == "تحت"
            else None
        )
        if lead is not None:
            # "بلدتي نبل والزهراء الواقعتين تحت سيطرة النظام", "بلدات X – Y – Z، التي لا تزال تحت سيطرة
            # فصائل المعارضة": the places named before are held by who follows — or, "تحت سيطرته", by the
            # side named before them.
            own = w != "سيطره"
            out.append(
                Trigger(
                    "held",
                    k,
                    actor_after=not own,
                    actor_from=None if own else k,
                    relative=True,
                    anchor=lead,
                    owner_before=own,
                )
            )
            continue
        if (
            w in ("سيطره", "سيطرته", "سيطرتها", "نفوذ")
            and k > 0
            and norms[k - 1] == "تحت"
            and (
                any(
                    bare_word(x) in STILL_WORDS | REMAINED_WORDS | LYING_VERBS
                    for x in norms[max(0, k - 5) : k - 1]
                )
                # ("ومازالت أحياء (الأكراد، القطار، السخاني، البدو، الأندلس، المطحنة) تحت نفوذ التنظيم": a list
                # after its plural noun may stand between)
                or any(
                    bare_word(x) in STILL_WORDS and bare_word(y) in STILL_LIST_HEADS
                    for x, y in pairwise(norms[max(0, k - 14) : k])
                )
            )
        ):
            # "فلا يزال تحت سيطرة النظام", "وبقي تحت سيطرة داعش ... بلدة الباغوز", "وتقع قرية X تحت سيطرة
            # الفصائل": held by who follows.
            out.append(Trigger("held", k, actor_after=True, actor_from=k, still=True))
            continue
        if w in ("سيطره", "السيطره") and k > 0 and bare_word(norms[k - 1]) in PURPOSE_CONTROL:
            # "معركة جديدة لاستعادة السيطرة على بلدة X": control aimed at is an attack on the place.
            if out and out[-1].index == k - 1:
                out[-1] = Trigger("attacked", k - 1, actor_after=True, tried=True)  # (لفرض read as a capture)
            else:
                out.append(Trigger("attacked", k, actor_after=True, tried=True))
            continue
        if (
            w in ("لسيطره", "للسيطره") or (w == "السيطره" and k > 0 and norms[k - 1] in BATTLE_WORDS)
        ) and _tried(norms, k, out):
            # "وتسعى قوات النظام للسيطرة على مدينة X", "في محاولة للسيطرة على": control sought is an attack.
            out.append(Trigger("attacked", k, actor_after=True, tried=True))
            continue
        if (
            w in ("الوصول", "للوصول")
            and norms[k + 1 : k + 2] in (["الى"], ["الي"])
            and any(bare_word(x) in AIM_VERBS for x in norms[max(0, k - 8) : k])
        ):
            # "وتسعى من خلال معاركها للوصول إلى مدينة خان أرنبة": a place aimed at, an attack on it
            out.append(Trigger("attacked", k, actor_after=True, tried=True))
            continue
        if (
            w == "السيطره"
            and k > 1
            and norms[k - 1] in ("الى", "الي")
            and any(bare_word(x) in AIM_VERBS for x in norms[max(0, k - 20) : k - 1])
        ):
            # "ويسعى الجيش السوري من خلال عملياته المستمرة ... إلى السيطرة على مدينة دوما": control aimed at
            out.append(Trigger("attacked", k, actor_after=True, tried=True))
            continue
        if (
            w == "السيطره" and k > 0 and bare_word(norms[k - 1]) in ("هذه", "تلك")
        ):  # (feminine, as السيطرة is)
            continue  # "وتأتي هذه السيطرة بعد أيام من سيطرة الفصائل على X": the change told before
        if (
            w.startswith(("سيطر", "وسيطر", "بسيطر"))
            and not attempt
            and any(bare_word(x) in FIRE_CONTROL for x in norms[k + 1 : k + 3])
        ):
            # "وسيطرته نارياً على مدينة خان شيخون", "فرض سيطرته النارية على": control by fire, an attack on the
            # place, not its capture
            out.append(Trigger("attacked", k, actor_after=True))
            continue
        if w in ("سيطره", "سيطرت") and k > 0 and bare_word(norms[k - 1]) in ZONE_NOUNS:
            # "هجوم ... على مناطق سيطرة قوات الأسد في قرية عقارب الصافي": the zones a side holds, not a capture
            out.append(Trigger("held", k, actor_after=True, relative=True, zone=True))
            continue
        if w in ("سيطره", "السيطره", "لسيطره", "بسيطره", "بالسيطره", "للسيطره"):
            prev = norms[k - 1] if k else ""
            paved = k > 0 and bare_word(norms[k - 1]) in ("مهد", "مهدت", "يمهد", "تمهد")
            if (
                attempt
                and w == "السيطره"
                and norms[k + 1 : k + 2] == ["علي"]
                and not (out and out[-1].index >= k - 6)
                # (the attempt's side named between: "محاولة من X السيطرة"; "X تحاول السيطرة" is left to the rules
                # of a present attempt)
                and any("محاول" in norms[j] and norms[j + 1] == "من" for j in range(max(0, k - 6), k - 1))
                and _tried(norms, k, out)
            ):
                # "في محاولة من كتائب الثوار السيطرة على قرية جبا": control tried, an attack on the place
                out.append(Trigger("attacked", k, actor_after=True, tried=True))
                continue
            if (
                attempt
                or (w.startswith("ل") and not paved)  # (لسيطرة: "in order to", but "مهد للسيطرة" took it)
                or prev in ("تحت",)
                # "فقد السيطرة", "خسرت السيطرة على": lost (ف + قد reads on)
                or bare_word(prev) in ("فقد", "يفقد", "تفقد", "خسر", "خسرت", "خسروا", "يخسر", "تخسر")
                # (and with the side between: "فقدان قوات النظام السيطرة على", read above as the loss)
                or any(_trigger_form(norms[j]) in LOSS_WORDS for j in range(max(0, k - 4), k))
                or (
                    not paved  # (a capture the recapture paved the way for is its own)
                    and any(
                        _matches(RECAPTURE_VERBS, bare_word(x)) or x in RESUME_VERBS
                        for x in norms[max(0, k - 8) : k]
                    )
                )
                # "استعاد مقاتلو جيش الأمة التابع للجيش الحر، اليوم الثلاثاء، السيطرة على": the recapture,
                # however far its noun from the verb.
                or (not paved and out and out[-1].change == "recaptured" and out[-1].index >= k - 14)
                or prev == "من"
                and any(t.index >= k - 8 and t.change in ("captured", "recaptured") for t in out)
                # "يستطيع الجيش السيطرة ناريا على قريتي X وY": control by fire that could be, no claim
                or any(bare_word(x) in FIRE_CONTROL for x in norms[k + 1 : k + 3])
            ):
                continue  # "من سيطرة التنظيم" after a capture: the side it was taken from
            if out and out[-1].index >= k - 3 and out[-1].change == "captured":
                continue  # تمكنت من السيطرة على: one capture
            out.append(Trigger("captured", k, actor_after=True, noun=True))
            continue
        if w in ("خسارته", "خسارتها", "خسر", "خسرت", "خسروا", "بخسارته", "بخسارتها", "بخساره"):
            if not _men_lost(norms, k):
                # "أقر الجيش بخسارته مدينة حماة": lost it
                out.append(Trigger("withdrew", k, actor_after=True))
            continue
        if w in ("حصار", "الحصار") and out and out[-1].change == "held" and out[-1].index >= k - 2:
            continue  # "كسر حصار فرضه التنظيم على المدينة": the siege broken is the hold just found
        if (
            w == "الحصار"
            and any(bare_word(x) in SIEGE_LAYING for x in norms[max(0, k - 5) : k])
            and not attempt
        ):  # (the side may stand between the verb and its siege)
            # "أطبقت قوات النظام الحصار على قرية X", "فرضت الحصار على": a siege laid, an attack.
            out.append(Trigger("attacked", k, actor_after=False))
            continue
        if (
            w in SIEGE_WORDS
            and not attempt  # (not "تحاول قوات النظام إطباق الحصار على")
            and not (k + 1 < n and strip_article(bare_word(norms[k + 1])) in UNIT_WORDS)
        ):  # (not "محاصرة اللواء 61 في بلدة X": a base besieged, not the town)
            # A siege: attacked, no change yet ("تمكنت قسد من محاصرة التنظيم": the noun's side is the subject's).
            out.append(Trigger("attacked", k, actor_after=w not in ("محاصره", "بمحاصره")))
            continue
        if w in BESIEGED and norms[k + 1 : k + 3] == ["من", "قبل"]:
            # "بلدتي كفريا والفوعة المحاصرتين من قبل الثوار": the side after من قبل besieges the places before
            out.append(Trigger("attacked", k, actor_after=True, relative=True, anchor=k))
            continue
        if (
            w in ("تخضع", "يخضع", "تخضعان", "يخضعان", "تخضعات", "الخاضعه", "الخاضع", "خاضعه")
            and (
                any(x.endswith("سيطره") for x in norms[k + 1 : k + 3])
                # ("آخر القرى الخاضعة لداعش بحوض اليرموك": the side with its ل straight after)
                or (
                    w in ("الخاضعه", "الخاضع")
                    and norms[k + 1 : k + 2]
                    and norms[k + 1][:1] == "ل"
                    and len(norms[k + 1]) > 3
                )
            )
        ):
            # "بين منطقتي تعلا والجنينة، اللتين تخضعان لسيطرة قوات الأسد": held by who follows.
            out.append(Trigger("held", k, actor_after=True, relative=True))
            continue
        if w in ("تخضع", "يخضع", "تخضعان", "يخضعان") and not attempt:
            control = next((j for j in range(k + 3, min(n, k + 9)) if norms[j] in ("لسيطره", "لسلطه")), None)
            if control is not None:
                # "وتخضع بلدة الهبيط لسيطرة قوات النظام منذ عام 2016": the places between, held by who follows.
                out.append(Trigger("held", k, actor_after=False, until=control, actor_from=control))
                continue
        if bare_word(w) in KEEP_VERBS and not attempt and any(x[:1] == "ب" for x in norms[k + 1 : k + 6]):
            # "كما تحتفظ المعارضة ببلدة حور وتلال أخرى": kept, so held by the side after the verb
            out.append(Trigger("held", k, actor_after=True))
            continue
        if bare_word(w) in FALL_WORDS and not attempt:
            under = _under_control(norms, k, 12)
            if (
                under is not None
                and not any(bare_word(x) in FIRE_ADJECTIVES for x in norms[under + 2 : under + 3])
                # (not "سقطت قذائف على بلدة X الخاضعة تحت سيطرة الجيش": shells falling on a place held)
                and not any(
                    x in ("علي", "الي") or x in RELATIVES or bare_word(x) in HELD_UNDER
                    for x in norms[k + 1 : under]
                )
            ):
                # "سقطت بلدة الشيخ مسكين تحت سيطرة الجبهة الإسلامية", "انتهت بسقوطها بالكامل تحت سيطرة مسلحي
                # الجبهة": fallen under a side's control, taken by who follows (the place told before for "ها")
                pronoun = w.endswith("ها") and not w.endswith("هاء")
                out.append(
                    Trigger("captured", k, actor_after=False, relative=pronoun, until=None if pronoun else under,
                            actor_from=under + 1)
                )  # fmt: skip
                continue
        if w in BECAME_VERBS and not attempt:
            # "وباتت أحياء الشيخ خضر والشيخ فارس ... تحت السيطرة": now under (the subject's) control.
            under = _under_control(norms, k, 30)  # ("أصبحتا تحت سيطرة": the subject before)
            if under is not None and any(
                bare_word(x) in FIRE_ADJECTIVES for x in norms[under + 2 : under + 3]
            ):
                # "معرة النعمان باتت تحت السيطرة النارية للجيش السوري": in range of its fire, an attack on the place
                out.append(Trigger("attacked", k, actor_after=False, until=under, actor_from=under + 2))
            elif under is not None:
                out.append(Trigger("captured", k, actor_after=False, until=under, actor_from=under + 1))
            elif k + 1 < n and bare_word(norms[k + 1]) in LIBERATED:
                # "قرى بليصة والمشرفة والراقم ... باتت محررة": now liberated, by the side the report tells of.
                out.append(Trigger("captured", k, actor_after=False, until=k + 1))
            continue
        if (
            (w in ("بيد", "بايدي", "بقبضه") or (w in ("ايدي", "يد", "قبضه") and norms[k - 1] == "في"))
            and k > 0
            and not attempt
        ):
            before = {bare_word(x) for x in norms[max(0, k - 16) : k]}
            if before & WAS_WORDS:
                continue  # "كانت بيد الوحدات": who held it before, not a claim
            if before & {"ستكون", "سيكون", "ناريا", "الساقطتين", "الساقطه", "ساقطه"}:
                continue  # "ستكون قريتا X وY بحكم الساقطتين نارياً بيد قوات النظام": in range, not taken
            # (the words as written too: bare_word reads "وقعت" as و + "قعت")
            if (before | set(norms[max(0, k - 16) : k])) & {
                "سقط", "سقطت", "وقعت", "وقع", "تسقط", "يسقط", "سقوط", "بسقوط", "وقوع"
            }:  # fmt: skip
                # "وسقطت آخر تجمعات داعش في قرية القصير بأيدي وحدات من الجيش": taken by who follows.
                out.append(Trigger("captured", k, actor_after=True, relative=True))
                continue
            # "تل رفعت ومنبج، اللتان تقعان منذ 2016 بيد قوات سوريا الديمقراطية": held by who follows.
            out.append(Trigger("held", k, actor_after=True, relative=True))
            continue
        if (
            w in HANDOVER_VERBS
            and not attempt
            # (not "سلموا أنفسهم وأسلحتهم للجيش": a surrender of men, no place handed over)
            and not any(
                bare_word(x) in ("انفسهم", "نفسه", "انفسها", "نفسها", "اسلحتهم", "سلاحهم", "اسلحتها", "سلاحه")
                for x in norms[k + 1 : k + 4]
            )
        ):
            # "سلم تنظيم داعش أغلب أحياء مدينة دير الزور للقوات الحكومية": a handover.
            out.append(Trigger("captured", k, actor_after=True, handover=True))
            continue
        if w in RECEIVE_VERBS and not attempt:
            out.append(Trigger("captured", k, actor_after=True))  # "تسلمت قوات النظام أحياء X": taken over
            continue
        if (
            w in FIRE_VERBS
            and not attempt
            and any(bare_word(x) in SHELL_NOUNS or x in SHELL_NOUNS for x in norms[max(0, k - 3) : k + 5])
            and "علي" in norms[k + 1 : k + 9]
        ):
            # "أطلقت القوات الحكومية 9 قذائف على بلدة الدحلة", "سقطت العشرات من القذائف على قرية الدردارة",
            # "القذائف التي أطلقتها الفصائل على قرية عرب حسن": shells on a place are an attack on it.
            out.append(Trigger("attacked", k, actor_after=True))
            continue
        if (
            w in REINFORCEMENTS
            and not attempt
            and any(x in SEND_WORDS or bare_word(x) in SEND_WORDS for x in norms[max(0, k - 5) : k])
            and any(bare_word(x) in ("الى", "الي", "في") for x in norms[k + 1 : k + 6])
            and not _sent_to_attack(norms, k)
        ):
            # "أرسلت قسد تعزيزات عسكرية إلى بلدة الشحيل", "دفع الأمن العام بتعزيزات إلى جبلة": the side
            # reinforcing a place holds it (the corpus rules, blind53-54).
            out.append(Trigger("held", k, actor_after=True, strict=True))
            continue
        if (
            w in SETUP_VERBS
            and not attempt
            and any(strip_article(bare_word(x)) in SETUP_POSTS for x in norms[k + 1 : k + 5])
            and "في" in norms[k + 1 : k + 9]
            # (not "أقامت القوات التركية نقطة مراقبة في بلدة مورك": an observation post alone holds no town; but
            # "أقامت عدة نقاط مراقبة وحاجزين في الحولة" sets up checkpoints too)
            and not (
                any(strip_article(x) in ("مراقبه", "للمراقبه") for x in norms[k + 1 : k + 6])
                and not any(
                    strip_article(bare_word(x)).startswith(("حاجز", "حواجز")) for x in norms[k + 1 : k + 8]
                )
            )
        ):
            # "نصبت عدداً من النقاط والحواجز في قرية الطيانة": posts set up in a place, so held.
            out.append(Trigger("held", k, actor_after=True, strict=True))
            continue
        # ("نظرا لتمركز قوات النظام": with ل, but not "قام الجيش بحشد قواته", a means)
        if (
            w in REINFORCE_OWN
            and not attempt
            and any(bare_word(x) in OWN_POSITIONS for x in norms[k + 1 : k + 7])
            and "في" in norms[k + 1 : k + 10]
        ):
            # "الجيش السوري يعزز نقاطه في منبج والقامشلي", "وعززت وحدات من الجيش مواقعها في قرية معرية": its own
            # positions there, so held
            out.append(Trigger("held", k, actor_after=True, strict=True))
            continue
        deployed = w in DEPLOY_WORDS or (w[:1] == "ل" and w[1:] in DEPLOY_WORDS)
        relative_in = k > 0 and norms[k - 1] in RELATIVES and norms[k + 1 : k + 2] in (["فيه"], ["فيها"])
        if (
            w in PRESENCE_WORDS
            and not attempt
            and (
                relative_in
                or (norms[k + 1 : k + 2] in (["في"], ["داخل"]) and norms[k + 2 : k + 3] != ["ما"])
                # a verb before its side: "وتتواجد قوات النظام في بلدة المشرفة"
                # (not "التي لا يزال مقاتلو المعارضة يتواجدون فيها في القلمون": a relative's place, told before)
                or (
                    not w.startswith(("ال", "م"))
                    and norms[k + 1 : k + 2] not in (["فيها"], ["فيه"])
                    and "في" in norms[k + 2 : k + 7]
                )
            )
        ):
            # "مدينة كسب التي تتواجد فيها القوات النظامية", "القوات المتواجدة في بلدة X": present there, so held
            # (not "المتواجدة في ما تبقى من الغوطة": no place named)
            out.append(Trigger("held", k, actor_after=True, relative=relative_in, strict=True))
            continue
        if (
            w in DEPLOY_VERBS
            and not attempt
            and any(bare_word(x) in DEPLOYED_FORCES for x in norms[k + 1 : k + 8])
            and any(x in ("في", "داخل", "علي") for x in norms[k + 2 : k + 12])
        ):
            # "نشر الجيش العربي السوري قواته على كامل بلدات ريف دير الزور الشرقي": its forces deployed, so held
            # (not "نشرت الوكالة صوراً": what is spread is no force)
            out.append(Trigger("held", k, actor_after=True, strict=True))
            continue
        if (
            deployed
            and not attempt
            and (relative_in or any(x in ("في", "داخل") for x in norms[k + 1 : k + 9]))
        ):
            # "انتشرت وحدات الجيش في مدينة الدرباسية", "تمركزت في تل عفر", "تمركز قوات النظام داخل بلدة خربة غزالة":
            # deployed there, so held.
            # (and "إرهابيون يتحصنون في خان شيخون": entrenched told of the attacker, which does not end its clause)
            relative = (k > 0 and norms[k - 1] in RELATIVES) or w in ("يتحصن", "تتحصن", "يتحصنون")
            out.append(Trigger("held", k, actor_after=True, relative=relative, strict=True))
            continue
        if (
            w in BESIEGED_IN
            and norms[k + 1 : k + 2] in (["في"], ["داخل"])
            # (not "الأحياء الشرقية المحاصرة في مدينة حلب": places besieged, no side)
            and not any(bare_word(x) in BESIEGED_PLACE_NOUNS for x in norms[max(0, k - 3) : k])
        ):
            # "ميليشيات شهداء الإسلام المحاصرة في مدينة داريا", "مسلحي داعش المحاصرين في مدينة منبج": the side
            # besieged there holds the place (not "مدينة داريا المحاصرة من قبل": the place, its besieger after)
            out.append(Trigger("held", k, actor_after=False, strict=True))
            continue
        if (
            w in ("يسيطر", "تسيطر", "يسيطرون", "تسيطران")
            and k > 0
            and (
                norms[k - 1] in RELATIVES
                # "أحياء الخالدية وباب هود، وهي مناطق تسيطر عليها قوات المعارضة": a noun phrase that works as one
                or (k > 1 and norms[k - 2] in ("وهي", "هي", "وهو", "وهما") and norms[k - 1] in AREA_NOUNS)
                # "قذائف صاروخية مصدرها مناطق تسيطر عليها قسد": an indefinite noun's relative clause
                or bare_word(norms[k - 1]) in ZONE_NOUNS
                # "مدينة معدان، التي تعد آخر مدينة يسيطر عليها تنظيم الدولة": a place noun and its "it" after
                or (
                    bare_word(norms[k - 1]) in AREA_NOUNS
                    and norms[k + 1 : k + 2] in (["عليها"], ["عليه"], ["عليهما"])
                )
            )
        ):
            out.append(Trigger("held", k, actor_after=True, relative=True))  # "التي تسيطر عليها X"
            continue
        withdrawal = (
            next(
                (
                    j
                    for j in range(k + 1, min(n, k + 8))
                    if norms[j] in ("للانسحاب", "بالانسحاب")
                    or (norms[j] == "الانسحاب" and norms[j - 1] in ("الي", "علي"))
                ),
                None,
            )
            if bare_word(w) in DROVE_VERBS and k > 0 and norms[k - 1] in ("مما", "ما")
            else None
        )
        if withdrawal is not None and (
            # from the places just told of ("منهما", "من هذه القرى") or with no place named: not "إلى مناطق
            # الراشدين" (where they went) nor "من باقي المناطق" (other places)
            norms[withdrawal + 1 : withdrawal + 2] in ([], ["منها"], ["منهما"], ["منه"], ["منهم"])
            or norms[withdrawal + 1 : withdrawal + 3] in (["من", "هذه"], ["من", "هذا"], ["من", "تلك"])
            or (withdrawal + 1 < n and norms[withdrawal + 1] not in ("من", "الي", "نحو", "باتجاه", "عن"))
        ):
            # "شنت قوات النظام حملة واسعة على بلدة الحاضر ...، مما دفع قوات المعارضة للانسحاب": the side driven out
            # withdrew from the place the clause before told of
            out.append(Trigger("withdrew", k, actor_after=True))
            continue
        if w in FORCE_VERBS and any(
            norms[j] == "علي" and bare_word(norms[j + 1]) in ("الانسحاب", "الخروج", "التراجع", "الفرار")
            for j in range(k + 1, min(n - 1, k + 7))
        ):
            if not attempt:
                # "أجبر الجيش الحر كتائب الأسد على الانسحاب من قرية X": an expulsion (blind36's rule).
                out.append(Trigger("captured", k, actor_after=False, expel=True))
            continue
        if w in EXPEL_VERBS or (w in NEUTRALISE_WORDS and "من" in norms[k + 1 : k + 9]):
            # (and "تمكنت قوات وزارة الدفاع من تحييد الخلايا الأمنية وفلول النظام البائد من بلدة X": neutralised out
            # of the town, an expulsion)
            if not attempt:
                out.append(Trigger("captured", k, actor_after=False, expel=True))  # X طرد Z من Y
            continue
        if w in ("عاد", "عادت", "عادوا", "يعود", "تعود") and any(
            x in ("اليه", "اليها", "الي", "الى") for x in norms[k + 1 : k + 5]
        ):
            out.append(Trigger("recaptured", k, actor_after=True))  # "عاد لواء التوحيد اليوم إلى حي X"
            continue
        if (
            w in ("خرجت", "خرج", "خرجوا", "خروج", "بخروج")
            and "من" in norms[k + 1 : k + 8]
            and not attempt
            and not any(bare_word(x).removeprefix("ال") in CIVILIAN_WORDS for x in norms[k + 1 : k + 5])
        ):  # (not "خروج المصلين من تأدية صلاة الجمعة", "خروج عدد من عائلات الغوطة": civilians leave, no side)
            # "خرجت آخر مجموعات مسلحي المعارضة من حمص القديمة": they left the place named after من.
            out.append(Trigger("withdrew", k, actor_after=True))
            continue
        if w in ("القضا", "بالقضا", "قضت", "قضي", "قضوا") and norms[k + 1 : k + 2] == ["علي"] and not attempt:
            # SANA: "تم القضاء على مجموعات إرهابية في قرى X وY": fighting in the places named after it.
            out.append(Trigger("attacked", k, actor_after=False))
            continue
        if w in ("تسلل", "تسللت", "تسللوا", "يتسلل", "تتسلل") and any(
            x in TOWARDS for x in norms[k + 1 : k + 3]
        ):
            out.append(
                Trigger("attacked", k, actor_after=True)
            )  # "تسللوا إلى قرى X": an incursion, no change
            continue
        if passive_attack:
            out.append(Trigger("attacked", k, actor_after=True, passive=True))
            continue
        if w in RESUME_VERBS and any(x.endswith("سيطره") for x in norms[k + 1 : k + 5]):
            out.append(Trigger("recaptured", k, actor_after=True))  # "عاودت المعارضة السيطرة عليها"
            continue
        if (
            w in ADVANCE_WORDS
            and not attempt
            # (not "لم تحرز قوات النظام أي تقدم في بلدة X": no advance, the other side's hold found above)
            and not (k > 0 and norms[k - 1] == "اي")
            and not (out and out[-1].flip and out[-1].index >= k - 3)
        ):
            # "تقدمت ... إلى قرية الرشادية", "تقدمت في عشرات البلدات، من بينها بلدة X", "حققت تقدماً طفيفاً في حي
            # برزة", "يواصلون تقدمهم داخل مدينة يبرود": advanced into named places (not نحو/باتجاه: towards them).
            ahead = norms[k + 1 : k + 7]
            if any(
                x in ("الى", "الي", "في", "داخل")
                and any(
                    y in REFERENCE_CUES | {"داخل"}
                    or y in ADVANCE_PLURALS
                    or y.removeprefix("ال") in ADVANCE_PLURALS
                    for y in ahead[n + 1 : n + 3]
                )
                and (x != "في" or not any(y in AREA_OF for y in ahead[n + 1 : n + 2]))
                for n, x in enumerate(ahead)
            ):
                out.append(Trigger("captured", k, actor_after=True))
            continue
        if (
            w in PRESENT_CONTROL
            and any(bare_word(x) in STILL_WORDS for x in norms[max(0, k - 5) : k])
            # (not "التي كان مقاتلون معارضون لا يزالون يسيطرون على أجزاء منها": the state before a change)
            and not any(bare_word(x) in WAS_WORDS for x in norms[max(0, k - 5) : k])
        ):
            out.append(Trigger("held", k, actor_after=False))  # "ما زال داعش يسيطر على": still holds
            continue
        if w in PRESENT_CONTROL and any(bare_word(x) in WAS_WORDS for x in norms[max(0, k - 5) : k]):
            # "كان يسيطر عليها الجيش التركي", "التي كان مقاتلون معارضون لا يزالون يسيطرون على أجزاء منها": who
            # held it before, not a change
            continue
        if w in OCCUPY_PRESENT and not attempt:
            # "من المناطق التي يحتلها شمالي سوريا", "بلدة كفرنبل التي يحتلها المسلحون": occupation in the present
            # is a hold (of the relative's place, if one stands before it), not a capture
            rel = next((j for j in range(k - 1, max(-1, k - 3), -1) if norms[j] in RELATIVES), None)
            if rel is not None and rel > 0 and bare_word(norms[rel - 1]) in HELD_EXTENTS:
                continue  # "القسم الذي تحتله إسرائيل من الجولان", "المناطق التي يحتلونها": no place named
            out.append(Trigger("held", k, actor_after=True, relative=rel is not None))
            continue
        if bare_word(w) == "تدخل" and k > 0 and bare_word(norms[k - 1]) in INTERVENTION_LEADS:
            continue  # "بعد تدخل وجهاء من مدينة درعا": an intervention (تدخُّل), not "she enters"
        if _matches(CAPTURE_VERBS, w):
            # "تمكنت الفصائل من صد الهجوم الذي نفذته قوات النظام في اقتحام القريتين": a storming repelled.
            repelled = w in ("اقتحام", "باقتحام", "دخول", "تقدم") and any(
                bare_word(x).removeprefix("ل") in REPULSE_WORDS for x in norms[max(0, k - 8) : k]
            )
            if any(
                _trigger_form(norms[j]) in LOSS_WORDS and _control_noun_after(norms, j)
                for j in range(max(0, k - 4), k)
            ):
                continue  # "بعد فقدان النظام سيطرته عليها": the control lost, read above
            if attempt and not repelled and _tried(norms, k, out):
                out.append(
                    Trigger("attacked", k, actor_after=True, tried=True)
                )  # "يحاول المسلحون التقدم نحو"
                continue
            if attempt or repelled:
                continue
            if (
                w.startswith("سيطرت")
                and len(w) > 5
                and any(_matches(RECAPTURE_VERBS, bare_word(x)) for x in norms[max(0, k - 10) : k])
            ):
                continue  # "بعد استعادة سيطرتها على تل ترعي", "واستعاد النظام، مدعوما ب...، سيطرته": one recapture
            if (
                w.startswith("سيطرت")
                and len(w) > 5
                and k > 0
                and bare_word(norms[k - 1]) in ("مناطق", "منطقه")
            ):
                continue  # "من مناطق سيطرتهم في حمص": the areas they hold, no capture told
            if w in ("تحرير",) and k + 1 < n and norms[k + 1] in ("هذا", "هذه", "الخبر", "التقرير"):
                continue  # "حتى ساعة تحرير هذا الخبر": the time of writing, not a liberation
            if w in ("تحرير",) and k + 1 < n and bare_word(norms[k + 1]) in ("الشام", "سوريا", "سوريه"):
                continue  # "هيئة تحرير الشام", "مقاتلي تحرير الشام": the group's name, not a liberation
            if w in ("تمكن", "تمكنت", "تمكنوا", "يتمكن"):
                # The side may stand between: "تمكنت قوات الجيش الوطني من السيطرة".
                nxt = norms[k + 1 : k + 8]
                if "من" in nxt:
                    nxt = nxt[nxt.index("من") : nxt.index("من") + 3]
                if not any(x.endswith("سيطره") or x in ("دخول", "الدخول", "تحرير", "تطهير") for x in nxt):
                    continue
                if any(_matches(RECAPTURE_VERBS, x) for x in nxt):
                    continue  # تمكنت من استعادة: the recapture that follows is the change
            if w.startswith(("دخل", "يدخل", "تدخل")) and any(
                bare_word(x) in REINFORCING for x in norms[k + 1 : k + 10]
            ):
                # "قوات من وزارة الدفاع دخلت مدينة طرطوس لمساندة قوات الأمن العام": reinforcements come into a place
                # their side holds
                out.append(Trigger("held", k, actor_after=False, strict=True))
                continue
            if w in ("تقدم", "تقدمت"):
                continue  # an advance towards a place is not its capture
            if w in RESTORE_WORDS and not any(
                x in ("الامن", "الاستقرار") for x in norms[k + 1 : k + 16]
            ):  # (SANA: "أدت إلى إعادة الأمن والاستقرار إلى قرى X" is a capture)
                continue
            if w in ("فرض", "فرضت", "بسط", "بسطت", "احكم", "احكمت", "يحكم", "احكام") and not any(
                "سيطر" in x or "قبضت" in x or x in ("الامن", "الامان") for x in norms[k + 1 : k + 9]
            ):  # (SANA: "بسطت الأمن والاستقرار في بلدات ...")
                continue
            if any(bare_word(x) in FIRE_ADJECTIVES for x in norms[k + 1 : k + 4]):
                # "فرضت سيطرتها النارية على قرية رتيان": control by fire, an attack on the place, not its capture
                out.append(Trigger("attacked", k, actor_after=True))
                continue
            out.append(Trigger("captured", k, actor_after=True))
            continue
        if _matches(ATTACK_VERBS, w):
            prev = norms[k - 1] if k else ""
            if any(bare_word(x) in FEAR_WORDS for x in norms[max(0, k - 3) : k]):
                continue  # "انسحبت من بينين ... خوفا من ضربات الجيش الحر": strikes feared, none told
            if (
                out
                and out[-1].change == "held"
                and not out[-1].strict
                and (out[-1].index >= k - 3 or (out[-1].index >= k - 6 and w in ATTACK_NOUNS))
            ):
                continue  # "صدت هجوما": part of the change already found
            # "بعد قصف", "جراء استهداف": the cause of a change the sentence states (dropped below when it
            # states one); alone ("قتل مدنيون جراء استهداف الطيران ... مدينة تلدو") it is the attack itself.
            cause = any(
                x in ("بعد", "اثر", "عقب", "جراء") for x in norms[max(0, k - 4) : k]
            ) and not _possessive(w)  # ("بعد قصفها ... أماكن في بلدات X": its own earlier attack)
            out.append(Trigger("attacked", k, actor_after=True, cause=cause))
            continue
        if w in ("حاولت", "حاول", "حاولوا") and any(
            x.endswith(("تقدم", "التسلل", "اقتحام")) for x in norms[k + 1 : k + 20]
        ):
            if any(x in REPULSE_WORDS or x[1:] in REPULSE_WORDS for x in norms[k + 1 :]):
                # Pushed back: the defender holds the target (the side opposite the attacker).
                out.append(Trigger("held", k, actor_after=True, flip=True, repelled=True))
            elif any(x.endswith("تقدم") for x in norms[k + 1 : k + 3]):
                out.append(Trigger("attacked", k, actor_after=True))
    for t in out:
        if (
            t.change == "captured"
            and not t.relative
            and t.index > 0
            and _relative_before(norms, t.index)
            and any(x in PRONOUN_OBJECTS for x in norms[t.index + 1 : t.index + 3])
        ):
            # "مدينتي تلبيسة والرستن، التي سيطرت عليهما الفصائل", "والتي كان النظام استطاع السيطرة عليها": the
            # relative clause's capture, of the places before it
            t.relative = True
        if t.change == "captured" and _again(norms, t.index):
            t.change = "recaptured"  # "استطاع الجيش السيطرة مجدّداً على بلدة خناصر": taken back
        elif t.change == "captured" and (_become_present(norms, t.index) or _stated_present(norms, t.index)):
            t.change = "held"  # "بات تنظيم داعش يسيطر على أجزاء"، "اصبحوا يفرضون سيطرتهم على": now holds
        elif t.change == "captured" and _storm_with_purpose(norms, t.index):
            t.change = "attacked"  # "اقتحمت بلدة حزارين بالدبابات لاستعادتها من النصرة": not taken yet
        elif (
            t.change == "captured"
            and bare_word(norms[t.index]).removeprefix("ب") in STORM_WORDS  # (not "لاقتحام": an aim)
            and not any(
                o.change != "attacked" and o is not t and bare_word(norms[o.index]) not in STORM_WORDS
                for o in out
            )
        ):
            t.change = "attacked"  # "اقتحم الجيش بلدة كنسبا من أكثر من محور": a storming, no capture stated
    if any(t.change != "attacked" for t in out):
        out = [t for t in out if not t.cause]
    return out


def _men_lost(norms: list[str], k: int) -> bool:
    """A loss word whose object is men or arms ("خسرت قوات النظام 20 عنصرا في معارك بلدة X"), not a place:
    a casualty noun in the six words after it (not "خسر التنظيم عددا من البلدات", "36 قرية")."""
    return any(bare_word(x) in CASUALTY_WORDS for x in norms[k + 1 : k + 7])


def _control_noun_after(norms: list[str], k: int) -> bool:
    """ "فقد السيطرة", "فقد نظام بشار الأسد سيطرته على": control as a noun within four words after a loss
    word (not "فقد سيطرت القوات": so + قد + a verb)."""
    return any(x in ("السيطره", "سيطرته", "سيطرتها", "سيطرتهم") for x in norms[k + 1 : k + 5])


def _tried(norms: list[str], k: int, found: list[Trigger]) -> bool:
    """A capture word just after a word of trying ("في محاولة لاستعادة", "بهدف السيطرة على"): an attack
    on the place, unless the attempt already gave its change (pushed back, failed)."""
    if found and found[-1].index >= k - 8 and found[-1].change in ("held", "attacked"):
        return False
    if any(bare_word(x).removeprefix("ل") in REPULSE_WORDS for x in norms[max(0, k - 20) : k]):
        return (
            False  # "تصدت الكتائب لمحاولة قوات النظام التقدم على بلدة X": pushed back, the hold is the claim
        )
    return any(bare_word(x) in TRY_WORDS for x in norms[max(0, k - 6) : k]) or _campaign_for(norms, k)


def _campaign_for(norms: list[str], k: int) -> bool:
    """The capture word at k names what a battle or campaign aims at ("ببدء معركة تحرير دير الزور", "معارك تحرير
    مدينة إدلب", "حملتها في تحرير مدينة الرقة"): an attempt, so an attack on the place."""
    return (k > 0 and bare_word(norms[k - 1]) in CAMPAIGN_NOUNS) or (
        k > 1 and norms[k - 1] in ("في", "ل") and bare_word(norms[k - 2]) in CAMPAIGN_NOUNS
    )


def _relative_before(norms: list[str], k: int) -> bool:
    """The capture at k is a relative clause's verb: "التي سيطرت عليها", or with its subject and a past
    before it, "والتي كان النظام قد سيطر عليها", "والتي كان النظام استطاع السيطرة عليها"."""
    if norms[k - 1] in RELATIVES:
        return True
    rel = _relative_index(norms, k)
    return rel is not None and rel + 1 < k and bare_word(norms[rel + 1]) in ("كان", "كانت", "كانوا")


def _storm_with_purpose(norms: list[str], k: int) -> bool:
    """A storming followed by its aim ("اقتحمت بلدة X لاستعادتها"): the fight for the place, not its capture."""
    return bare_word(norms[k]) in STORM_VERBS and any(x in PURPOSE_CAPTURES for x in norms[k + 1 : k + 9])


# An advance told as going on ("يواصل تقدمه", "تواصل تقدمها"): a present يسيطر joined to it tells its gains.
ADVANCE_GOING_ON = frozenset(("تقدمه", "تقدمها", "تقدمهم", "تقدماته", "تقدماتها"))


def _stated_present(norms: list[str], k: int) -> bool:
    """Control in the present told as a state: "أنه يسيطر على 70 بالمئة من حلب", "ويسيطر الجيش على القسم
    الغربي" (a reported or clause-opening يسيطر holds; a headline's "X تسيطر على" is left a capture)."""
    w = norms[k]
    if bare_word(w) not in PRESENT_CONTROL:
        return False
    prev = norms[k - 1] if k > 0 else ""
    if prev in ("ان", "ما") and k > 1 and bare_word(norms[k - 2]) in ("قبل", "بعد", "منذ"):
        return False  # "قبل أن يسيطر على بلدات عاكولة", "بعد أن يسيطر": a capture in time, no state
    if w[:1] == "و" and any(x in ADVANCE_GOING_ON for x in norms[max(0, k - 10) : k]):
        return False  # "يواصل تقدمه في ريف الرقة الجنوبي، ويسيطر على بلدات X": the advance's gains, captures
    return (
        # a plural after its subject deep in a sentence: "لم يبق سوى مئات العناصر من مسلحي داعش يسيطرون على الجزء
        # الأكبر من المخيم" (not a headline's "الثوار يسيطرون على بلدة X", a capture)
        (bare_word(w) in ("يسيطرون", "يسيطران", "تسيطران") and k > 4)
        or w[:1] == "و"
        or prev in COMPLEMENTIZERS
        or prev in ("انه", "انها", "انهم", "بانه", "بانها", "بانهم")
        # "بينما يسيطر تنظيم داعش على منطقة العسالي": a contrast clause describes the state
        or bare_word(prev) in ("بينما", "فيما", "حيث")
        or (prev == "حين" and k > 1 and bare_word(norms[k - 2]) == "في")  # "في حين تسيطر قوات النظام على"
        # "فإن فصائل المعارضة "تسيطر على أحياء": a reported present after its subject
        or any(x in COMPLEMENTIZERS for x in norms[max(0, k - 4) : k - 1])
    )


def _become_present(norms: list[str], k: int) -> bool:
    """A capture verb in the present after "became" (بات/أصبح ... يسيطر): a state now held, not a change."""
    w = bare_word(norms[k])
    if w[:1] not in ("ي", "ت") and not (k > 0 and bare_word(norms[k - 1]) in IMPOSING_PRESENT):
        return False  # (or the control noun after a verb in the present: "اصبحوا يفرضون سيطرتهم على")
    return any(bare_word(x) in BECOME_WORDS for x in norms[max(0, k - 4) : k])


def _again(norms: list[str], k: int) -> bool:
    """ "مجدداً", "ثانيةً", "من جديد", "مرة أخرى" in the words after a capture word (the place was the side's before;
    "وطردوا قوات النظام، مرة أخرى من": after the side expelled too)."""
    ahead = norms[k + 1 : k + 4]
    pairs = list(zip(norms[k + 1 : k + 6], norms[k + 2 : k + 7], strict=False))
    return (
        any(x in AGAIN_WORDS for x in ahead)
        or any(a == "من" and b == "جديد" for a, b in pairs[:2])
        or any(a == "مره" and bare_word(b) in ("اخري", "ثانيه") for a, b in pairs)
    )


def _negation(norms: list[str], k: int) -> str | None:
    """How the capture word at k is negated: "failed" when a side could not make it ("لم تتمكن (قوات النظام) من
    السيطرة", "لم تنجح في اقتحام"), "none" when it simply did not happen ("لم تسيطر"), None when it is not negated."""
    failed = bare_word(norms[k]) in NEGATED_ABILITY or any(
        bare_word(x) in NEGATED_ABILITY for x in norms[max(0, k - 5) : k]
    )
    if k > 0 and norms[k - 1] in NEGATIONS:
        return "failed" if failed else "none"
    for j in range(max(0, k - 6), k - 1):
        if norms[j] in NEGATIONS and bare_word(norms[j + 1]) in NEGATED_ABILITY:
            return "failed"
    return None
