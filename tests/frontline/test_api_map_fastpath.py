"""The fast paths behind /api/control: control_at's cache of places, and features written as bytes.

Both must give exactly what the plain ways give: the rows of the reference query, and the features
one would build from ControlRows with json.dumps.
"""

import datetime as dt
import gc
import gzip
import json

import pytest
from django.contrib.gis.geos import Point

from frontline.map_api import STATUS_CODES, ControlView, compressed
from frontline.selectors import ControlRow, control_at, control_at_reference, control_values
from gazetteer.models import Place
from tests.factories import ClaimFactory, place_with_names

pytestmark = pytest.mark.django_db
D = dt.date


@pytest.fixture
def front(khan_shaykhun, hbeit, abdin, gov, opp):
    """Khan Shaykhun captured by the opposition (verified); Al-Hbeit held by the army and contested by
    the opposition; Abdin only held (no capture: no `since`) and claimed by an unreviewed claim; a place
    whose names carry markup and quotes."""
    ClaimFactory(place=khan_shaykhun, actor=opp, change="captured", date_start=D(2014, 5, 1), reports=[])
    ClaimFactory(
        place=hbeit,
        actor=gov,
        change="captured",
        date_start=D(2019, 8, 1),
        date_end=D(2019, 8, 30),
        reports=[],
    )
    ClaimFactory(
        place=hbeit,
        actor=opp,
        change="contested",
        date_start=D(2019, 8, 5),
        date_end=D(2019, 8, 30),
        reports=[],
    )
    ClaimFactory(
        place=abdin, actor=opp, change="held", date_start=D(2019, 8, 6), status="pending", reports=[]
    )
    odd = place_with_names("test:odd", 'قرية "<script>"', "</script><b>\\", 36.0, 35.0, kind="village")
    ClaimFactory(place=odd, actor=gov, change="captured", date_start=D(2019, 8, 2), reports=[])
    return {"ks": khan_shaykhun, "hbeit": hbeit, "abdin": abdin, "odd": odd}


def feature_from_row(row: ControlRow) -> dict:
    """What the API promises for one ControlRow (the shape map.js reads)."""
    props = {
        "ar": row.name_ar,
        "en": row.name_en,
        "k": row.kind,
        "a": row.actor_code,
        "s": STATUS_CODES[row.status],
        "last": row.last_evidence.isoformat(),
        "n": row.claim_count,
    }
    if row.since:
        props["since"] = row.since.isoformat()
    if row.status == "contested":
        props["x"] = list(row.contested_actor_codes)
    return {
        "type": "Feature",
        "id": row.place_id,
        "geometry": {"type": "Point", "coordinates": [round(row.lon, 4), round(row.lat, 4)]},
        "properties": props,
    }


def snapshot_json(date, *, include_claimed=True, bbox=None):
    return json.loads(ControlView.snapshot(date, bbox, include_claimed, "geojson"))


@pytest.mark.parametrize("include_claimed", [True, False])
def test_fast_features_equal_the_features_built_from_control_rows(front, include_claimed):
    rows = control_at(D(2019, 8, 10), include_claimed=include_claimed)
    assert {r.status for r in rows} == (
        {"verified", "contested", "claimed"} if include_claimed else {"verified", "contested"}
    )
    data = snapshot_json(D(2019, 8, 10), include_claimed=include_claimed)
    assert data["features"] == [feature_from_row(r) for r in rows]
    assert sorted(data["actors"]) == ["opposition", "saa"]


def test_names_with_markup_and_quotes_stay_text(front):
    body = ControlView.snapshot(D(2019, 9, 1), None, True, "geojson")
    (odd,) = [f for f in json.loads(body)["features"] if f["id"] == front["odd"].pk]
    assert (odd["properties"]["ar"], odd["properties"]["en"]) == ('قرية "<script>"', "</script><b>\\")


def test_control_values_give_the_rows_of_control_at_and_of_the_reference_query(front):
    for date in (D(2014, 6, 1), D(2019, 8, 5), D(2019, 8, 10), D(2019, 9, 1)):
        rows = control_at(date)
        assert rows == control_at_reference(date)
        values = control_values(date)
        assert [row[0] for row in values.rows] == [r.place_id for r in rows]
        for (place_id, _version, actor_id, status, *_), row in zip(values.rows, rows, strict=True):
            assert values.places[place_id]["name_en"] == row.name_en
            assert (values.actors[actor_id]["actor_code"], status) == (row.actor_code, row.status)


def test_a_place_renamed_and_moved_behind_the_orms_back_shows_at_once(front):
    """The cache of places is checked against each place's row version, even inside one transaction."""
    assert {r.name_en for r in control_at(D(2019, 9, 1))} >= {"Khan Shaykhun"}
    first = snapshot_json(D(2019, 9, 1))
    Place.objects.filter(pk=front["ks"].pk).update(
        name_en="Khan Sheikhoun", point=Point(36.7, 35.5, srid=4326)
    )
    (row,) = [r for r in control_at(D(2019, 9, 1)) if r.place_id == front["ks"].pk]
    assert (row.name_en, row.lon, row.lat) == ("Khan Sheikhoun", 36.7, 35.5)
    (feature,) = [f for f in snapshot_json(D(2019, 9, 1))["features"] if f["id"] == front["ks"].pk]
    assert feature["properties"]["en"] == "Khan Sheikhoun"
    assert feature["geometry"]["coordinates"] == [36.7, 35.5]
    assert len(first["features"]) == len(snapshot_json(D(2019, 9, 1))["features"])
    assert control_at(D(2019, 9, 1)) == control_at_reference(D(2019, 9, 1))
    # A second write by the same transaction keeps the row's xmin: its new ctid must tell.
    Place.objects.filter(pk=front["ks"].pk).update(name_en="Khan Sheikhun")
    (row,) = [r for r in control_at(D(2019, 9, 1)) if r.place_id == front["ks"].pk]
    assert row.name_en == "Khan Sheikhun"
    (feature,) = [f for f in snapshot_json(D(2019, 9, 1))["features"] if f["id"] == front["ks"].pk]
    assert feature["properties"]["en"] == "Khan Sheikhun"


def test_a_deleted_place_leaves_the_snapshot(front):
    control_at(D(2019, 9, 1))
    front["odd"].claims.all().delete()
    Place.objects.filter(pk=front["odd"].pk).delete()
    assert front["odd"].pk not in {r.place_id for r in control_at(D(2019, 9, 1))}
    assert front["odd"].pk not in {f["id"] for f in snapshot_json(D(2019, 9, 1))["features"]}


def test_bbox_goes_through_the_fast_path_too(front):
    data = snapshot_json(D(2019, 9, 1), bbox=(36.5, 35.43, 36.6, 35.45))
    assert [f["id"] for f in data["features"]] == [front["hbeit"].pk]


def test_an_empty_snapshot_is_an_empty_feature_list(db):
    data = snapshot_json(D(2019, 9, 1))
    assert (data["features"], data["actors"]) == ([], {})


def test_garbage_collection_is_left_as_it_was(front):
    assert gc.isenabled()
    control_at(D(2019, 9, 1))
    assert gc.isenabled()
    gc.disable()
    try:
        control_at(D(2019, 9, 1))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_gzipped_snapshot_and_its_etag_depend_only_on_the_body(front):
    body = ControlView.snapshot(D(2019, 9, 1), None, True, "geojson")
    gz, etag = compressed(body)
    assert compressed(bytes(body)) == (gz, etag)
    assert gzip.decompress(gz) == body
    assert compressed(body + b" ")[1] != etag
