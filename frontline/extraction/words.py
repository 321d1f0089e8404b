"""Small tests on one normalised word (a change noun with a possessive pronoun, a bare unit noun ...)."""

from __future__ import annotations

from frontline.extraction.vocabulary import ATTACK_VERBAL_NOUNS, RELATIVES
from gazetteer.geoparse import bare_word

POSSESSIVE_ENDINGS = ("ته", "تها", "تهم", "تهما", "ها", "ه")


def _possessive(norm: str) -> bool:
    """A change noun with a possessive pronoun: سيطرته، استعادتها، انسحابه، تقدمها."""
    w = bare_word(norm).removeprefix("ب").removeprefix("ل")
    return any(
        w.startswith(stem) and w[len(stem) :] in POSSESSIVE_ENDINGS
        for stem in ("سيطر", "استعاد", "انسحاب", "تقدم", "دخول")
    )


def _without_pronoun(norm: str) -> str:
    """The word without an object or possessive pronoun: مواقعها، نقاطهم، قاعدته → مواقع، نقاط، قاعدت."""
    return norm.removesuffix("ها").removesuffix("هم").removesuffix("ه")


def _verbal_noun(norm: str) -> bool:
    """A change written as a noun that takes its object with ل: استعادة، باستعادة، تحرير، سيطرة."""
    w = bare_word(norm).removeprefix("ب")
    return (
        w in ("استعاده", "تحرير", "سيطره", "السيطره", "الاستعاده", "دخول", "اقتحام")
        or w in ATTACK_VERBAL_NOUNS
    )


def _bare_units(norm: str) -> bool:
    return norm in ("وحدات", "ووحدات", "الوحدات", "والوحدات")


def _is_anaphor(norm: str) -> bool:
    # ("للأخيرة", "وللأخيرة": "to the latter", with the article's alif eaten by ل)
    return norm in ("الاخير", "الاخيره", "للاخير", "للاخيره", "والاخير", "والاخيره", "وللاخيره", "بالاخيره")


def _relative_index(norms: list[str], k: int, reach: int = 6) -> int | None:
    """Where the nearest relative pronoun (التي، الذي ...) stands within `reach` words before word k, if any."""
    return next((j for j in range(k - 1, max(-1, k - reach - 1), -1) if norms[j] in RELATIVES), None)
