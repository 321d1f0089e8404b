"""The gazetteer build on a tiny hand-made copy of each source format (tests/data/gazetteer_sources).

The fixture's Syria is two boxes: Idlib (35.3-35.9 N, 36.4-36.9 E) and Daraa (32.5-33.0 N, 35.7-36.5 E).
Runs without Django: python3 -m pytest -p no:django -p no:cacheprovider --noconftest tests/gazetteer/test_build.py
"""

import gzip
import json
import shutil
from pathlib import Path

import pytest

from gazetteer.build import build
from gazetteer.importers import SourceFormatError

SOURCES = Path(__file__).resolve().parents[1] / "data" / "gazetteer_sources"


def read_lines(path: Path) -> dict[str, dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return {line["uid"]: line for line in map(json.loads, handle)}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("gazetteer")
    report = build(SOURCES, out)
    with gzip.open(out / "admin_areas.geojson.gz", "rt", encoding="utf-8") as handle:
        areas = {f["properties"]["pcode"]: f for f in json.load(handle)["features"]}
    return {
        "out": out,
        "report": report,
        "areas": areas,
        "places": read_lines(out / "places.jsonl.gz"),
        "wikipedia": read_lines(out / "places-wikipedia.jsonl.gz"),
    }


def copy_sources(tmp_path: Path) -> Path:
    target = tmp_path / "sources"
    shutil.copytree(SOURCES, target)
    return target


def test_same_place_from_three_sources_is_one_place_with_all_names_and_ids(built):
    place = built["places"]["ocha:C3987"]
    assert place["ids"] == {"ocha": "C3987", "geonames": "168325", "wof": "1125778451"}
    assert place["sources"] == ["ocha", "wof", "geonames"]
    assert (place["name_ar"], place["name_en"]) == ("خان شيخون", "Khan Shaykun")
    names = {(n["text"], n["source"]) for n in place["names"]}
    assert {("خان شيخون", "ocha"), ("Khan Shaykhun", "wof"), ("Khān Shaykhūn", "geonames")} <= names
    assert ("Хан-Шейхун", "geonames") not in names  # scripts other than Arabic and Latin are left out
    assert (place["kind"], place["population"]) == ("town", 34371)
    assert (place["admin1"], place["admin2"], place["admin3"]) == ("SY07", "SY0702", "SY070201")
    assert not [
        uid
        for uid, p in built["places"].items()
        if p["ids"].get("geonames") == "168325" and uid != "ocha:C3987"
    ]


def test_homonyms_in_different_governorates_stay_apart(built):
    idlib, daraa = built["places"]["ocha:C3990"], built["places"]["ocha:C6023"]
    assert idlib["name_ar"] == daraa["name_ar"] == "عابدين"
    assert (idlib["admin1"], daraa["admin1"]) == ("SY07", "SY12")
    assert idlib["sources"] == ["ocha"]
    assert daraa["ids"] == {"ocha": "C6023", "geonames": "174633", "wof": "1310103309"}


def test_wikipedia_only_hill_is_a_new_place_in_the_cc_by_sa_file(built):
    hill = built["wikipedia"]["wpm:35.431,36.589"]
    assert (hill["name_en"], hill["kind"], hill["sources"]) == ("Tell As", "hill", ["wikipedia"])
    assert hill["ids"] == {"wpm": ["35.431,36.589"]}
    assert (hill["admin1"], hill["admin2"], hill["admin3"]) == ("SY07", "SY0702", "SY070201")
    assert not [uid for uid in built["places"] if uid.startswith("wpm:")]


def test_hill_named_after_a_village_is_a_place_of_its_own(built):
    hill, village = built["wikipedia"]["wpm:35.419,36.5025"], built["wikipedia"]["wpm:35.419,36.5101"]
    assert (hill["name_en"], hill["kind"]) == ("Tell al-Sakhr", "hill")
    assert (village["name_en"], village["kind"]) == ("Sakhr", "village")


def test_wikipedia_labels_of_existing_places_carry_only_uid_names_and_mark_ids(built):
    assert built["wikipedia"]["ocha:C3987"] == {
        "uid": "ocha:C3987",
        "names": [{"text": "Khan Shaykhun", "lang": "en", "source": "wikipedia", "preferred": False}],
        "ids": {"wpm": ["35.442,36.6505"]},
    }
    assert built["wikipedia"]["ocha:C3988"]["ids"] == {"wpm": ["35.458,36.57"]}  # Zaytunah, 90 m away
    assert built["wikipedia"]["ocha:C6023"]["ids"] == {"wpm": ["32.7796,35.8149"]}  # Abdin, Daraa


def test_every_labelled_mark_maps_to_exactly_one_uid_and_invalid_ones_are_reported(built):
    mark_ids = [wpm for line in built["wikipedia"].values() for wpm in line["ids"]["wpm"]]
    assert sorted(mark_ids) == sorted(
        [
            "35.442,36.6505",
            "35.458,36.57",
            "35.431,36.589",
            "35.419,36.5025",
            "35.419,36.5101",
            "32.7796,35.8149",
        ]
    )
    report = built["report"]
    assert (report.marks_attached, report.marks_new) == (3, 3)
    assert report.marks_skipped == [
        "35.7400,366514. 'Kharab Suluq' (line 7): invalid coordinates",
        "36.103,37.308 (line 8): inset minimap or map overlay",
    ]


def test_neighbour_towns_near_the_border_are_kept_with_their_country(built):
    ramtha = built["places"]["gn:250336"]
    assert (ramtha["country"], ramtha["kind"], ramtha["admin1"], ramtha["name_ar"]) == (
        "JO",
        "city",
        None,
        "الرمثا",
    )
    assert "gn:311046" not in built["places"]  # Izmir
    assert "gn:307864" not in built["places"]  # Kilis is 90 km from the fixture's Idlib box


def test_admin_areas_carry_names_of_every_source(built):
    idlib = built["areas"]["SY07"]["properties"]
    assert {(a["text"], a["lang"]) for a in idlib["aliases"]} >= {
        ("إدلب", "ar"),
        ("Idlib", "en"),
        ("Idleb", "en"),
    }
    assert (idlib["level"], idlib["parent"], idlib["population"]) == (1, "SY", 1445000)
    assert idlib["ids"] == {"geonames": "169387", "wikidata": "Q233218"}
    subdistrict = built["areas"]["SY070201"]
    assert subdistrict["geometry"] == {"type": "Point", "coordinates": [36.612, 35.444]}
    assert built["areas"]["SY"]["geometry"]["type"] == "MultiPolygon"
    assert sorted(built["areas"]) == ["SY", "SY07", "SY0702", "SY070201", "SY12", "SY1200", "SY120003"]


def test_places_are_sorted_by_uid_and_notices_are_written_beside_them(built):
    with gzip.open(built["out"] / "places.jsonl.gz", "rt", encoding="utf-8") as handle:
        uids = [json.loads(line)["uid"] for line in handle]
    assert uids == sorted(uids)
    assert (built["out"] / "ATTRIBUTION").read_text(encoding="utf-8").count("CC BY-SA 3.0") >= 1
    assert (built["out"] / "LICENSE.places-wikipedia").exists()


def test_rebuild_gives_identical_files(built, tmp_path):
    build(SOURCES, tmp_path)
    for name in ("admin_areas.geojson.gz", "places.jsonl.gz", "places-wikipedia.jsonl.gz"):
        assert (tmp_path / name).read_bytes() == (built["out"] / name).read_bytes()


def test_community_without_pcode_names_file_and_record(tmp_path):
    sources = copy_sources(tmp_path)
    path = sources / "ocha-cod-2015-alahwa" / "syr_admin4_point.geojson"
    collection = json.loads(path.read_text(encoding="utf-8"))
    del collection["features"][1]["properties"]["PCODE"]
    path.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(SourceFormatError, match=r"syr_admin4_point\.geojson, record #2: missing PCODE$"):
        build(sources, tmp_path / "out")


def test_broken_json_names_file_and_line(tmp_path):
    sources = copy_sources(tmp_path)
    path = sources / "opensyria-data-geography" / "districts.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"SY1200"', '"SY1200",,'), encoding="utf-8")
    with pytest.raises(SourceFormatError, match=r"districts\.json, line \d+: invalid JSON: Expecting"):
        build(sources, tmp_path / "out")


def test_marks_row_with_extra_fields_names_the_line(tmp_path):
    sources = copy_sources(tmp_path)
    path = sources / "wikipedia-syria-map" / "marks.csv"
    path.write_text(
        path.read_text(encoding="utf-8") + "35.1,36.1,Extra,,dot,,,,,,,,,9,0,,surplus\n", encoding="utf-8"
    )
    with pytest.raises(SourceFormatError, match=r"marks\.csv, line 10: wrong number of fields$"):
        build(sources, tmp_path / "out")


def test_missing_source_folder_is_named(tmp_path):
    sources = copy_sources(tmp_path)
    shutil.rmtree(sources / "whosonfirst-sy")
    with pytest.raises(SourceFormatError, match=r"sources: no whosonfirst\* folder$"):
        build(sources, tmp_path / "out")
