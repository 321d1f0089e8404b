"""resolve_place: the stable JSON shape, and exit status 2 with a message on bad input."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

pytestmark = pytest.mark.django_db

SHAPE = {"id", "name_ar", "name_en", "kind", "lat", "lon", "admin1", "admin2", "score", "reason"}


def resolve_json(*args):
    out = StringIO()
    call_command("resolve_place", *args, "--json", stdout=out)
    return json.loads(out.getvalue())


def test_json_is_ranked_candidates_in_the_stable_shape(mini_gazetteer):
    result = resolve_json("عابدين", "--near", "35.44309,36.64533", "--limit", "3")
    assert set(result[0]) == SHAPE
    assert result[0]["id"] == mini_gazetteer["ocha:C3990"].id
    assert result[0]["admin1"] == "SY07" and result[0]["reason"] == "context"
    assert result[0]["score"] >= result[-1]["score"]


def test_within_accepts_arabic_area_phrases(mini_gazetteer):
    result = resolve_json("عابدين", "--within", "ريف درعا")
    assert result[0]["id"] == mini_gazetteer["ocha:C6023"].id


def test_nothing_fits_prints_an_empty_array(mini_gazetteer):
    assert resolve_json("حرش الطويلة", "--near", "35.44309,36.64533") == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["  "], "name must not be empty"),
        (["x" * 201], "name must be at most 200 characters"),
        (["خان\x07شيخون"], "name must not contain control characters"),
        (["خان شيخون", "--near", "north"], "near must be LAT,LON in decimal degrees"),
        (["خان شيخون", "--near", "35,500"], "near is out of range"),
        (["خان شيخون", "--limit", "0"], "limit must be between 1 and 50"),
    ],
)
def test_bad_input_exits_with_status_2_and_a_message(mini_gazetteer, args, message):
    with pytest.raises(CommandError, match=message) as excinfo:
        call_command("resolve_place", *args, "--json", stdout=StringIO())
    assert excinfo.value.returncode == 2


def test_markup_in_a_name_is_only_text(mini_gazetteer):
    assert resolve_json("<script>alert(1)</script>") == []
