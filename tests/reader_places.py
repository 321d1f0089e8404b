"""The place record the reader tests build their small gazetteers from, and the index of such places."""

from gazetteer.geoparse import IndexPlace as P
from gazetteer.geoparse import SimpleIndex


def index_of(places) -> SimpleIndex:
    """A name index of (place, names) pairs."""
    return SimpleIndex([p for p, _ in places], {p.id: list(names) for p, names in places})


__all__ = ["P", "index_of"]
