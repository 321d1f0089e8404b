"""The place record the reader tests build their small gazetteers from."""

from gazetteer.geoparse import IndexPlace as P

__all__ = ["P"]
