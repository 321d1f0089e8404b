"""File names, source folders and the tuning constants of the build (merge radii, similarity,
feature kinds and words)."""

from __future__ import annotations

import re
from pathlib import Path

from gazetteer.importers import geonames, ocha, opensyria, whosonfirst

ADMIN_FILE = "admin_areas.geojson.gz"
PLACES_FILE = "places.jsonl.gz"
WIKIPEDIA_FILE = "places-wikipedia.jsonl.gz"
# Licence texts kept beside the data; copied along when the build writes somewhere else.
NOTICE_FILES = ("ATTRIBUTION", "LICENSE.places-wikipedia")
PACKAGE_DATA = Path(__file__).parent.parent / "data"

# Folder name prefixes inside --sources, and the reader of each.
SOURCES = {
    "ocha": ("ocha-cod", ocha),
    "wof": ("whosonfirst", whosonfirst),
    "opensyria": ("opensyria", opensyria),
    "geonames": ("geonames", geonames),
}
SOURCE_ORDER = ("ocha", "wof", "geonames", "opensyria", "wikipedia")
WIKIPEDIA_FOLDER = "wikipedia-syria-map"
SYRIA_AR = "\u0633\u0648\u0631\u064a\u0627"  # used only if Who's On First has no country record

SIMPLIFY_DEGREES = 0.005
GEOMETRY_DECIMALS = 5
POINT_DECIMALS = 5

# A GeoNames/WOF point joins an OCHA community of the same name within these distances (sources
# disagree by 100-600 m, sometimes 1-2 km; a city's centre by more).
MERGE_RADIUS_M = 2500
TOWN_RADIUS_M = 6000
CITY_RADIUS_M = 12000
CLUSTER_RADIUS_M = 1500  # two GeoNames/WOF points of the same name with no OCHA community
SIMILARITY = 0.85  # latin_similarity of two consonant skeletons taken as the same name
GOVERNORATE_SLACK_DEG = 0.01  # a point this close (about 1 km) to a governorate may belong to it
NEAREST_DISTRICT_DEG = 0.05  # coast and border points just outside every polygon
ADMIN3_RADIUS_M = 20000
NEIGHBOUR_KM = 50

MARK_RADIUS_M = 1500  # a Wikipedia label joins a place of the same name this close
MARK_NEAR_M = 500  # ... or of a similar name (Zaytunah / Umm Zaytuna) this close, for plain dots
MARK_NEAR_SIMILARITY = 0.7
# Feature words of names: "Tell al-Sakhr" is the hill of the village "Sakhr" (Arabic: tall, talla, jabal).
FEATURE_WORDS = re.compile(
    r"^(?:tell|tel|tal|tall|tulul|jabal|jebel|jabel|jbel|mount|mt\.?)(?:[\s-]+(?:al|el|as|ash|ad|an|ar|az|at)\b)?[\s-]+"
    r"|[\s-]+(?:hill|hills|heights?|mountain|base|checkpoint|airbase|summit|peak)$"
    r"|^(?:\u062a\u0644|\u062a\u0644\u0629|\u062c\u0628\u0644)\s+",
    re.IGNORECASE,
)
SETTLEMENT_KINDS = frozenset({"city", "town", "village", "hamlet", "neighbourhood", "farm"})

CITY_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})
TOWN_CODES = frozenset({"PPLA3", "PPLA4"})
FEATURE_KINDS = {
    "PPLX": "neighbourhood",
    "PPLL": "hamlet",
    "AIRP": "airport",
    "AIRB": "airport",
    "HLL": "hill",
    "HLLS": "hill",
    "MT": "mountain",
    "MTS": "mountain",
    "FRST": "woods",
    "PPLF": "farm",
    "FRM": "farm",
    "CMP": "camp",
    "CMPRF": "camp",
    "DAM": "dam",
    "MILB": "base",
    "PSTB": "crossing",
    "RGN": "region",
}
AIRPORT_WORDS = re.compile(r"\b(?:airport|air ?base|airstrip|airfield|helipad)\b", re.IGNORECASE)
CAMP_WORDS = re.compile(r"\bcamp\b", re.IGNORECASE)
MILITARY_WORDS = re.compile(r"\b(?:military|army)\b", re.IGNORECASE)
DAM_WORDS = re.compile(r"\bdam\b", re.IGNORECASE)
SKIPPED_ICONS = frozenset({"minimap", "overlay"})
