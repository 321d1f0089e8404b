"""Gazetteer fixtures: a small real extract loaded through the same loader as the shipped data."""

from pathlib import Path

import pytest

from gazetteer.models import Place
from gazetteer.selectors import clear_caches
from gazetteer.services import gazetteer_load

DATA = Path(__file__).resolve().parents[1] / "data" / "gazetteer"


@pytest.fixture
def mini_gazetteer(db):
    """Seventeen real places (homonyms included) and six governorates."""
    clear_caches()
    gazetteer_load([DATA / "mini_admin_areas.geojson", DATA / "mini_places.jsonl"], force=True)
    clear_caches()
    yield {p.uid: p for p in Place.objects.all()}
    clear_caches()
