"""Text -> place mentions: gazetteer-driven longest match over normalised words, resolved jointly.

Words are matched against the in-memory name index (`gazetteer.selectors.NameIndex`, or any object with
`by_key` and `places`, and optionally `matches(text)`), longest span first, with proclitics (و ب ل ف)
peeled off the first word. Cue words (بلدة، قرية، تل، حرش، محور ...) and plural cues with their lists
(قرى X وY وZ) also yield names the gazetteer lacks, which come back unresolved with their sentence.
Governorate phrases (ريف إدلب الجنوبي، شمال حماة، بريف اللاذقية الشرقي) give context; so do the other
places named, since one report's places usually lie within tens of kilometres of each other.
Names of people and organisations (after الناشط، المراسل ...; quoted المركز ...) are never places.

The modules: `parser` (the Geoparser and `geoparse`), with its parts `names` (where a name begins and
ends), `blocking` (matches that are no mention) and `resolution` (which place); `context` (the report's
other places as evidence), `words` and `text` (word and text helpers), `keys`, `vocabulary` (the word
lists), `districts`, `index` (the name index) and `results` (tokens and mentions).
"""

from gazetteer.geoparse.index import IndexPlace, SimpleIndex, default_index
from gazetteer.geoparse.parser import Geoparser, geoparse
from gazetteer.geoparse.results import GeoparseResult, Mention, Token
from gazetteer.geoparse.text import (
    bare_capital,
    first_word_keys,
    name_words,
    norm_word,
    split_sentences,
    tokenize,
)
from gazetteer.normalize import bare_word

__all__ = [
    "GeoparseResult",
    "Geoparser",
    "IndexPlace",
    "Mention",
    "SimpleIndex",
    "Token",
    "bare_capital",
    "bare_word",
    "default_index",
    "first_word_keys",
    "geoparse",
    "name_words",
    "norm_word",
    "split_sentences",
    "tokenize",
]
