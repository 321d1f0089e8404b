"""Gazetteer API over real HTTP requests: search (Arabic and Latin), place detail, clear 400s."""

import pytest

pytestmark = pytest.mark.django_db

SEARCH_KEYS = {"id", "name_ar", "name_en", "kind", "lat", "lon", "admin1", "admin2", "score", "reason"}


def test_search_in_arabic_returns_the_stable_shape(client, mini_gazetteer):
    response = client.get("/api/places/search", {"q": "خان شيخون"})
    assert response.status_code == 200
    results = response.json()
    assert set(results[0]) == SEARCH_KEYS
    assert results[0]["name_ar"] == "خان شيخون" and results[0]["admin1"] == "SY07"
    assert results[0]["reason"] == "exact"


def test_search_in_latin_finds_the_arabic_named_place(client, mini_gazetteer):
    results = client.get("/api/places/search", {"q": "Khan Sheikhoun"}).json()
    assert results[0]["id"] == mini_gazetteer["ocha:C3987"].id


def test_search_autocompletes_a_prefix(client, mini_gazetteer):
    results = client.get("/api/places/search", {"q": "خان شي"}).json()
    assert mini_gazetteer["ocha:C3987"].id in [r["id"] for r in results]


def test_search_uses_near_and_within(client, mini_gazetteer):
    near = client.get("/api/places/search", {"q": "عابدين", "near": "32.78,35.81"}).json()
    assert near[0]["id"] == mini_gazetteer["ocha:C6023"].id
    within = client.get("/api/places/search", {"q": "عابدين", "within": "إدلب", "limit": "1"}).json()
    assert [r["id"] for r in within] == [mini_gazetteer["ocha:C3990"].id]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "q must not be empty"),
        ({"q": "   "}, "q must not be empty"),
        ({"q": "x" * 201}, "q must be at most 200 characters"),
        ({"q": "خان\x00شيخون"}, "q must not contain control characters"),
        ({"q": "خان", "near": "35.4"}, "near must be LAT,LON in decimal degrees, e.g. 35.44,36.65"),
        ({"q": "خان", "near": "135,36"}, "near is out of range: latitude -90..90, longitude -180..180"),
        ({"q": "خان", "limit": "zero"}, "limit must be a whole number"),
        ({"q": "خان", "limit": "500"}, "limit must be between 1 and 50"),
        ({"q": "خان", "sort": "name"}, "unknown parameter(s): sort; allowed: limit, near, q, within"),
    ],
)
def test_bad_search_input_is_a_400_with_a_json_message(client, mini_gazetteer, params, message):
    response = client.get("/api/places/search", params)
    assert response.status_code == 400
    assert response.json() == {"detail": message}


@pytest.mark.parametrize("q", ["'; DROP TABLE gazetteer_place; --", "<script>alert(1)</script>", "%_%"])
def test_sql_and_html_fragments_are_just_names(client, mini_gazetteer, q):
    response = client.get("/api/places/search", {"q": q})
    assert response.status_code == 200
    assert response.json() == [] or all("id" in r for r in response.json())
    assert client.get("/api/places/search", {"q": "خان شيخون"}).status_code == 200


def test_place_detail_has_all_names_admin_areas_and_geojson(client, mini_gazetteer):
    place = mini_gazetteer["ocha:C3751"]
    response = client.get(f"/api/places/{place.id}")
    assert response.status_code == 200
    feature = response.json()
    assert feature["type"] == "Feature"
    assert feature["geometry"]["type"] == "Point"
    assert feature["geometry"]["coordinates"] == pytest.approx([36.23703, 35.71394])
    props = feature["properties"]
    assert {n["text"] for n in props["names"]} >= {"كباني", "كبانة", "Kabani", "Kabanah"}
    assert [a["pcode"] for a in props["admin_areas"]] == ["SY06"]
    assert props["ids"]["ocha"] == "C3751"


def test_unknown_place_is_a_json_404(client, mini_gazetteer):
    response = client.get("/api/places/999999999")
    assert response.status_code == 404
    assert "detail" in response.json()


def test_search_is_read_only(client, mini_gazetteer):
    assert client.post("/api/places/search", {"q": "x"}).status_code in (403, 405)


def test_search_sees_a_new_alias_at_once(client, mini_gazetteer, django_capture_on_commit_callbacks):
    from gazetteer.services import place_add_name

    kabani = mini_gazetteer["ocha:C3751"]
    before = client.get("/api/places/search", {"q": "جبل الورود"}).json()
    assert kabani.id not in [r["id"] for r in before]
    with django_capture_on_commit_callbacks(execute=True):  # the commit invalidates cached answers
        place_add_name(place=kabani, text="جبل الورود")
    after = client.get("/api/places/search", {"q": "جبل الورود"}).json()
    assert after[0]["id"] == kabani.id and after[0]["reason"] == "exact"
