"""Name keys of a sequence of words (the article off each word), as the index stores them."""

from __future__ import annotations

from functools import lru_cache

from gazetteer.normalize import (
    word_key,
)


def name_key_words(words: list[str]) -> str:
    """name_key for already normalised words: articles off every word, words joined."""
    return "".join(word_key(w) for w in words if w)


@lru_cache(maxsize=65536)
def article_off(norm: str) -> str:
    """A word's key inside a name (article off, ابن as بن), cached: the same words come back."""
    return word_key(norm)
