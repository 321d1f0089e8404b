"""load_gazetteer: atomic, idempotent, stable ids; GeoNames dumps and simple CSV for other theatres."""

import gzip
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from gazetteer.models import AdminArea, DatasetLoad, Place, PlaceName
from tests.gazetteer.conftest import DATA

pytestmark = pytest.mark.django_db


def load(*paths, force=False):
    out = StringIO()
    call_command("load_gazetteer", *[str(p) for p in paths], *(["--force"] if force else []), stdout=out)
    return out.getvalue()


def test_loading_keeps_arabic_exactly_and_derives_keys_beside_it(mini_gazetteer):
    place = Place.objects.get(uid="ocha:C3988")
    assert place.name_ar == "أم زيتونة"
    name = place.names.get(text="أم زيتونة")
    assert name.key == "امزيتونه"
    assert name.latin_key
    assert place.admin1.pcode == "SY07" and place.admin1.name_ar == "إدلب"


def test_places_without_admin_codes_get_their_governorate_from_the_polygons(mini_gazetteer):
    assert Place.objects.get(uid="wpm:35.431,36.589").admin1.pcode == "SY07"  # Tell As, south Idlib
    assert Place.objects.get(uid="wpm:35.419,36.5025").admin1.pcode == "SY05"  # Tell al-Sakhr, north Hama


def test_loading_twice_changes_nothing_and_keeps_ids(mini_gazetteer):
    ids = dict(Place.objects.values_list("uid", "id"))
    names = PlaceName.objects.count()
    output = load(DATA / "mini_places.jsonl")
    assert "already loaded" in output
    assert dict(Place.objects.values_list("uid", "id")) == ids
    load(DATA / "mini_places.jsonl", force=True)
    assert dict(Place.objects.values_list("uid", "id")) == ids
    assert PlaceName.objects.count() == names


def test_a_bad_line_rejects_the_whole_file_with_its_line_number(mini_gazetteer, tmp_path):
    lines = (DATA / "mini_places.jsonl").read_text().splitlines()
    good = json.loads(lines[0])
    good["uid"] = "test:new-place"
    bad = json.loads(lines[1])
    bad["lat"] = "north"
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join([json.dumps(good), json.dumps(bad)]).encode()))
    with pytest.raises(CommandError, match=r"broken.jsonl.gz:2: latitude/longitude must be numbers"):
        load(path)
    assert not Place.objects.filter(uid="test:new-place").exists()
    assert not DatasetLoad.objects.filter(name="broken.jsonl.gz").exists()


def test_simple_csv_loads_places_of_another_theatre(db, tmp_path):
    path = tmp_path / "ukraine.csv"
    path.write_text(
        "name_ar,name_en,lat,lon,kind,admin\n"
        "باخموت,Bakhmut,48.5956,38.0003,town,Donetsk\n"
        ",Avdiivka,48.1394,37.7497,town,Donetsk\n",
        encoding="utf-8",
    )
    output = load(path)
    assert "places upserted 2" in output
    bakhmut = Place.objects.get(name_en="Bakhmut")
    assert bakhmut.kind == "town" and bakhmut.name_ar == "باخموت"
    assert round(bakhmut.point.y, 4) == 48.5956


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("name_ar,name_en,lat\nx,y,1\n", r"ukraine.csv:1: missing column\(s\): lon, kind, admin"),
        (
            "name_ar,name_en,lat,lon,kind,admin\nا,A,35,36,village,\nب,B,95,36,village,\n",
            r"ukraine.csv:3: coordinates out of range",
        ),
        ("name_ar,name_en,lat,lon,kind,admin\nا,A,35,36,castle,\n", r"ukraine.csv:2: unknown kind 'castle'"),
        (
            "name_ar,name_en,lat,lon,kind,admin\n,,35,36,village,\n",
            r"ukraine.csv:2: a place needs name_ar or name_en",
        ),
    ],
)
def test_bad_csv_is_rejected_whole_with_line_and_reason(db, tmp_path, content, message):
    path = tmp_path / "ukraine.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        load(path)
    assert Place.objects.count() == 0


def test_geonames_country_dump_is_loaded_with_alternate_names(db, tmp_path):
    row = [
        "169304", "Khan Shaykhun", "Khan Shaykhun", "Chan Schaichun,Khan Sheikhoun,خان شيخون", "35.44208",
        "36.65095", "P", "PPL", "SY", "", "07", "", "", "", "52972", "", "353", "Asia/Damascus", "2012-02-01",
    ]  # fmt: skip
    path = tmp_path / "SY.txt"
    path.write_text("\t".join(row) + "\n", encoding="utf-8")
    load(path)
    place = Place.objects.get(uid="gn:169304")
    assert place.population == 52972 and place.geonames_id == "169304"
    assert set(place.names.values_list("text", flat=True)) >= {"Khan Shaykhun", "Khan Sheikhoun", "خان شيخون"}


def test_geonames_dump_with_wrong_column_count_is_rejected(db, tmp_path):
    path = tmp_path / "SY.txt"
    path.write_text("169304\tKhan Shaykhun\n", encoding="utf-8")
    with pytest.raises(CommandError, match=r"SY.txt:1: expected 19 tab-separated GeoNames columns, found 2"):
        load(path)


def test_non_utf8_file_is_rejected(db, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"name_ar,name_en,lat,lon,kind,admin\n" + "x,Caf\xe9,1,2,town,\n".encode("latin-1"))
    with pytest.raises(CommandError, match=r"latin1.csv:2: not valid UTF-8 text"):
        load(path)


def test_admin_areas_carry_aliases_as_keys(mini_gazetteer):
    idlib = AdminArea.objects.get(pcode="SY07")
    assert idlib.level == 1 and idlib.geom is not None
    assert "ادلب" in idlib.keys


def test_ocha_names_written_with_their_district_also_get_the_bare_name(db, tmp_path):
    from gazetteer.services import gazetteer_load

    gazetteer_load([DATA / "mini_admin_areas.geojson"], force=True)
    line = {
        "uid": "ocha:C9999", "name_ar": "البيرة معرة النعمان", "name_en": "Bira", "kind": "village",
        "lat": 35.5, "lon": 36.6, "admin1": "SY07", "admin2": "SY0702", "names": [], "sources": ["ocha"],
    }  # fmt: skip
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False), encoding="utf-8")
    gazetteer_load([path])
    names = dict(Place.objects.get(uid="ocha:C9999").names.values_list("text", "source"))
    assert names["البيرة معرة النعمان"] == "file"
    assert names["البيرة"] == "derived"
