"""The map API on known data: which places, which actor, which date; exports, caching and bad input."""

import csv
import datetime as dt
import io
import json
from xml.etree import ElementTree as ET

import pytest
from django.contrib.gis.geos import MultiPolygon, Point, Polygon

from frontline.map_api import today
from tests.factories import (
    AdminAreaFactory,
    ClaimFactory,
    ReportFactory,
    SourceFactory,
    UserFactory,
    place_with_names,
)

pytestmark = pytest.mark.django_db
D = dt.date


@pytest.fixture
def idlib(khan_shaykhun, hbeit, abdin, gov, opp, report):
    """Khan Shaykhun: opposition from 2014, government from 20 Aug 2019 (verified, with the blog's report).
    Al-Hbeit: government from 9 Aug 2019, and an unreviewed opposition claim of 15 Aug 2019.
    Abdin: only an unreviewed opposition claim of 16 Aug 2019."""
    checker = UserFactory(username="checker")
    ClaimFactory(
        place=khan_shaykhun,
        actor=opp,
        change="captured",
        date_start=D(2014, 5, 1),
        reviewer=checker,
        reports=[],
    )
    ClaimFactory(
        place=khan_shaykhun,
        actor=gov,
        change="captured",
        date_start=D(2019, 8, 20),
        date_end=D(2019, 8, 21),
        quote="سيطرت قوات النظام على مدينة خان شيخون",
        claimed_by="SANA",
        reviewer=checker,
        reports=[report],
    )
    ClaimFactory(
        place=hbeit, actor=gov, change="captured", date_start=D(2019, 8, 9), reviewer=checker, reports=[]
    )
    ClaimFactory(
        place=hbeit, actor=opp, change="recaptured", date_start=D(2019, 8, 15), status="pending", reports=[]
    )
    ClaimFactory(place=abdin, actor=opp, date_start=D(2019, 8, 16), status="pending", reports=[])
    return {"ks": khan_shaykhun, "hbeit": hbeit, "abdin": abdin}


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content[:300]
    return json.loads(response.content)


def by_id(collection):
    return {f["id"]: f for f in collection["features"]}


def test_control_on_a_date_before_the_offensive_shows_only_khan_shaykhun_with_the_opposition(client, idlib):
    data = get_json(client, "/api/control?date=2016-01-01")
    assert data["type"] == "FeatureCollection"
    assert data["date"] == "2016-01-01"
    assert data["features"] == [
        {
            "type": "Feature",
            "id": idlib["ks"].pk,
            "geometry": {"type": "Point", "coordinates": [36.6453, 35.4431]},
            "properties": {
                "ar": "خان شيخون",
                "en": "Khan Shaykhun",
                "k": "town",
                "a": "opposition",
                "s": "v",
                "last": "2014-05-01",
                "n": 1,
                "since": "2014-05-01",
            },
        }
    ]
    assert data["actors"] == {
        "opposition": {"en": "Syrian opposition", "ar": "المعارضة السورية", "c": "#33a02c"}
    }


def test_control_after_the_offensive_gives_both_places_to_the_army_and_hides_unreviewed_claims(client, idlib):
    features = by_id(get_json(client, "/api/control?date=2019-09-01"))
    assert {
        pk: (f["properties"]["a"], f["properties"]["s"], f["properties"].get("since"))
        for pk, f in features.items()
    } == {
        idlib["ks"].pk: ("saa", "v", "2019-08-20"),
        idlib["hbeit"].pk: ("saa", "v", "2019-08-09"),
    }


def test_include_claimed_adds_places_known_only_from_unreviewed_claims(client, idlib):
    features = by_id(get_json(client, "/api/control?date=2019-08-16&include=claimed"))
    props = {pk: (f["properties"]["a"], f["properties"]["s"]) for pk, f in features.items()}
    # the verified capture of al-Hbeit outranks the unreviewed recapture; Abdin is claimed only
    assert props == {
        idlib["ks"].pk: ("opposition", "v"),
        idlib["hbeit"].pk: ("saa", "v"),
        idlib["abdin"].pk: ("opposition", "u"),
    }


def test_bbox_keeps_only_places_inside(client, idlib):
    features = by_id(get_json(client, "/api/control?date=2019-09-01&bbox=36.5,35.43,36.6,35.45"))
    assert list(features) == [idlib["hbeit"].pk]


def test_contested_place_lists_the_rival_actors(client, hbeit, gov, opp):
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
    (feature,) = get_json(client, "/api/control?date=2019-08-10")["features"]
    assert (feature["properties"]["a"], feature["properties"]["s"], feature["properties"]["x"]) == (
        "saa",
        "c",
        ["opposition", "saa"],
    )


def test_past_dates_carry_etag_and_cache_control_and_answer_304(client, idlib):
    response = client.get("/api/control?date=2019-09-01")
    assert response["Cache-Control"] == "public, max-age=600, stale-while-revalidate=86400"
    etag = response["ETag"]
    assert etag.startswith('"') and len(etag) == 34
    again = client.get("/api/control?date=2019-09-01", HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    ClaimFactory(
        place=idlib["abdin"], actor=idlib["ks"].claims.first().actor, date_start=D(2019, 8, 25), reports=[]
    )
    assert client.get("/api/control?date=2019-09-01", HTTP_IF_NONE_MATCH=etag).status_code == 200


def test_today_is_revalidated_every_time(client, idlib):
    response = client.get(f"/api/control?date={today().isoformat()}")
    assert response["Cache-Control"] == "public, no-cache"
    assert "ETag" in response


def test_responses_are_gzipped_for_clients_that_accept_it(client, idlib):
    response = client.get("/api/control?date=2019-09-01", HTTP_ACCEPT_ENCODING="gzip")
    assert response["Content-Encoding"] == "gzip"
    assert response["ETag"].startswith('W/"')


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/api/control?date=2019-02-30", "date: 2019-02-30 is not a calendar date"),
        ("/api/control?date=19-1-1", "date: expected a date as YYYY-MM-DD, got '19-1-1'"),
        ("/api/control?date=2010-12-31", "date: 2010-12-31 is out of range (2011-01-01 to {today})"),
        ("/api/control?date=2019-01-01&date=2019-02-01", "date: given more than once"),
        ("/api/control?date=2019-01-01&bbox=1,2,3", "bbox: expected four numbers west,south,east,north"),
        ("/api/control?date=2019-01-01&bbox=a,2,3,4", "bbox: expected four numbers west,south,east,north"),
        ("/api/control?date=2019-01-01&bbox=nan,2,3,4", "bbox: numbers must be finite"),
        (
            "/api/control?date=2019-01-01&bbox=42,32,35,37",
            "bbox: west must be less than east and south less than north",
        ),
        (
            "/api/control?date=2019-01-01&bbox=35,32,200,37",
            "bbox: longitudes must lie in [-180, 180] and latitudes in [-90, 90]",
        ),
        ("/api/control?date=2019-01-01&include=all", "include: the only value is 'claimed', got 'all'"),
        (
            "/api/control?date=2019-01-01&format=xml",
            "format: expected one of geojson, json, csv, kml, got 'xml'",
        ),
        ("/api/control.csv?date=2019-01-01&format=kml", "format: 'kml' contradicts the .csv in the address"),
        ("/api/control.xls?date=2019-01-01", "format: expected one of geojson, json, csv, kml, got 'xls'"),
        (
            "/api/control?dat=2019-01-01",
            "unknown parameter(s): dat; allowed: bbox, date, format, include",
        ),
        ("/api/changes?from=2019-09-01&to=2019-08-01", "to: 2019-08-01 is before from: 2019-09-01"),
        ("/api/changes?from=2019-09-01", "to: required (YYYY-MM-DD)"),
        (
            "/api/changes?from=2019-08-01&to=2019-09-01&format=kml",
            "format: changes are exported as geojson or csv",
        ),
        ("/api/places/1/history?x=1", "unknown parameter(s): x; allowed: "),
    ],
)
def test_bad_input_is_a_400_with_a_json_message(client, url, message):
    response = client.get(url)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert json.loads(response.content) == {"detail": message.format(today=today().isoformat())}


def test_a_future_date_is_out_of_range(client):
    tomorrow = (today() + dt.timedelta(days=1)).isoformat()
    response = client.get(f"/api/control?date={tomorrow}")
    assert response.status_code == 400
    assert json.loads(response.content)["detail"].startswith(f"date: {tomorrow} is out of range")


def test_changes_between_two_dates_lists_exactly_the_places_that_changed_hands(client, idlib, blog):
    data = get_json(client, "/api/changes?from=2019-08-01&to=2019-09-01")
    assert (data["from"], data["to"]) == ("2019-08-01", "2019-09-01")
    rows = [
        (f["properties"]["en"], f["properties"]["f"], f["properties"]["a"], f["properties"]["date"])
        for f in data["features"]
    ]
    assert rows == [
        ("Al-Hbeit", None, "saa", "2019-08-09"),
        ("Khan Shaykhun", "opposition", "saa", "2019-08-20"),
    ]
    ks = by_id(data)[idlib["ks"].pk]["properties"]
    assert ks["sources"] == [
        {
            "name": "Hadi al-Abdallah blog",
            "url": "https://hadialabdallah.com/2019/08/13/losses",
            "perspective": "opposition",
        }
    ]
    assert set(data["actors"]) == {"opposition", "saa"}
    assert get_json(client, "/api/changes?from=2019-08-21&to=2019-09-01")["features"] == []


def test_changes_export_as_csv(client, idlib):
    response = client.get("/api/changes.csv?from=2019-08-01&to=2019-09-01")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        response["Content-Disposition"]
        == 'attachment; filename="frontline-changes-2019-08-01-2019-09-01.csv"'
    )
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == ["place_id", "name_ar", "name_en", "from_actor", "from_actor_name", "to_actor", "to_actor_name",
                       "date", "sources", "claim_ids"]  # fmt: skip
    assert [r[2:8] for r in rows[1:]] == [
        ["Al-Hbeit", "", "", "saa", "Syrian Arab Army", "2019-08-09"],
        ["Khan Shaykhun", "opposition", "Syrian opposition", "saa", "Syrian Arab Army", "2019-08-20"],
    ]
    assert rows[2][8] == "Hadi al-Abdallah blog <https://hadialabdallah.com/2019/08/13/losses>"


def test_control_export_as_csv_neutralises_formulas(client, gov):
    place = place_with_names("test:formula", '=HYPERLINK("http://x")', "-1+1", 36.5, 35.5)
    ClaimFactory(place=place, actor=gov, date_start=D(2019, 8, 1), reports=[])
    response = client.get("/api/control.csv?date=2019-09-01")
    assert response["Content-Disposition"] == 'attachment; filename="frontline-control-2019-09-01.csv"'
    header, row = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert dict(zip(header, row, strict=True)) == {
        "place_id": str(place.pk),
        "place_uid": "test:formula",
        "name_ar": '\'=HYPERLINK("http://x")',
        "name_en": "'-1+1",
        "kind": "village",
        "lat": "35.5",
        "lon": "36.5",
        "actor_code": "saa",
        "actor_name_en": "Syrian Arab Army",
        "actor_name_ar": "الجيش العربي السوري",
        "status": "verified",
        "since": "2019-08-01",
        "last_evidence": "2019-08-01",
        "contested_by": "",
        "claim_count": "1",
    }


def test_control_export_as_kml_and_geojson(client, idlib):
    response = client.get("/api/control.kml?date=2019-09-01")
    assert response["Content-Type"] == "application/vnd.google-earth.kml+xml"
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    root = ET.fromstring(response.content)  # noqa: S314 (our own output)
    marks = root.findall(".//k:Placemark", ns)
    assert [m.find("k:name", ns).text for m in marks] == ["خان شيخون / Khan Shaykhun", "الهبيط / Al-Hbeit"]
    assert [m.find("k:styleUrl", ns).text for m in marks] == ["#actor-saa", "#actor-saa"]
    assert root.find(".//k:Style[@id='actor-saa']/k:IconStyle/k:color", ns).text == "ff0000cc"
    assert marks[0].find("k:Point/k:coordinates", ns).text == "36.6453,35.4431"
    geo = client.get("/api/control.geojson?date=2019-09-01")
    assert geo["Content-Type"] == "application/geo+json"
    assert geo["Content-Disposition"] == 'attachment; filename="frontline-control-2019-09-01.geojson"'
    assert len(json.loads(geo.content)["features"]) == 2
    assert client.get("/api/control?date=2019-09-01&format=csv")["Content-Type"] == "text/csv; charset=utf-8"


def test_place_history_shows_each_claim_with_its_source_quote_and_verifier(client, idlib):
    data = get_json(client, f"/api/places/{idlib['ks'].pk}/history")
    assert data["place"] == {
        "id": idlib["ks"].pk,
        "uid": "ocha:C3987",
        "name_ar": "خان شيخون",
        "name_en": "Khan Shaykhun",
        "kind": "town",
        "lat": 35.4431,
        "lon": 36.6453,
        "admin1": None,
        "admin2": None,
    }
    assert [
        (s["start"], s["change"], s["actor"]["code"], s["status"], s["verified_by"]) for s in data["steps"]
    ] == [
        ("2014-05-01", "captured", "opposition", "verified", "checker"),
        ("2019-08-20", "captured", "saa", "verified", "checker"),
    ]
    last = data["steps"][1]
    assert (last["end"], last["quote"], last["claimed_by"], last["reviewed_at"]) == (
        "2019-08-21",
        "سيطرت قوات النظام على مدينة خان شيخون",
        "SANA",
        "2019-08-20",
    )
    assert last["reports"] == [
        {
            "title": "منصة إعلامية تصدر إحصائية لخسائر روسيا ونظام الأسد",
            "url": "https://hadialabdallah.com/2019/08/13/losses",
            "source": "Hadi al-Abdallah blog",
            "published_at": "2019-08-13",
        }
    ]


def test_history_leaves_out_drafts_and_rejected_claims_and_shows_pending_as_unreviewed(
    client, hbeit, gov, opp
):
    ClaimFactory(place=hbeit, actor=gov, date_start=D(2019, 8, 9), status="pending", reports=[])
    ClaimFactory(place=hbeit, actor=opp, date_start=D(2019, 8, 10), status="draft", reports=[])
    ClaimFactory(place=hbeit, actor=opp, date_start=D(2019, 8, 11), status="rejected", reports=[])
    steps = get_json(client, f"/api/places/{hbeit.pk}/history")["steps"]
    assert [(s["start"], s["status"], s["verified_by"], s["reviewed_by"]) for s in steps] == [
        ("2019-08-09", "pending", None, None)
    ]


def test_history_of_an_unknown_place_is_a_json_404(client):
    response = client.get("/api/places/999999/history")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


def test_history_drops_links_that_are_not_http(client, hbeit, gov):
    report = ReportFactory(url="https://ok.example.org/a", source=SourceFactory(name="S"))
    ClaimFactory(place=hbeit, actor=gov, date_start=D(2019, 8, 9), reports=[report])
    type(report).objects.filter(pk=report.pk).update(url="javascript:alert(1)")
    (step,) = get_json(client, f"/api/places/{hbeit.pk}/history")["steps"]
    assert step["reports"][0]["url"] == ""


def test_outlines_serve_country_and_governorates_but_not_districts(client):
    square = MultiPolygon(Polygon(((36, 35), (37, 35), (37, 36), (36, 36), (36, 35))), srid=4326)
    AdminAreaFactory(pcode="SY", level=0, name_en="Syria", name_ar="سوريا", geom=square)
    AdminAreaFactory(pcode="SY07", level=1, name_en="Idleb", name_ar="إدلب", geom=square)
    AdminAreaFactory(pcode="SY0700", level=2, name_en="Idleb district", name_ar="منطقة إدلب", geom=square)
    response = client.get("/api/outlines")
    assert response["Cache-Control"] == "public, max-age=86400"
    data = json.loads(response.content)
    assert [(f["id"], f["properties"]) for f in data["features"]] == [
        ("SY", {"l": 0, "ar": "سوريا", "en": "Syria"}),
        ("SY07", {"l": 1, "ar": "إدلب", "en": "Idleb"}),
    ]
    assert data["features"][0]["geometry"]["type"] == "MultiPolygon"
    assert client.get("/api/outlines", HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_feed_lists_verified_changes_with_quotes_escaped(client, hbeit, gov, opp):
    ClaimFactory(
        place=hbeit, actor=gov, date_start=D(2019, 8, 9), quote="<script>alert(1)</script> سيطرت", reports=[]
    )
    ClaimFactory(place=hbeit, actor=opp, date_start=D(2019, 8, 15), status="pending", reports=[])
    ClaimFactory(place=hbeit, actor=gov, change="held", date_start=D(2019, 8, 20), reports=[])
    response = client.get("/feeds/changes.atom", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Content-Type"].startswith("application/atom+xml")
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = ET.fromstring(response.content).findall("a:entry", ns)  # noqa: S314 (our own output)
    assert [e.find("a:title", ns).text for e in entries] == [
        "Al-Hbeit: captured — Syrian Arab Army (2019-08-09)"
    ]
    summary = entries[0].find("a:summary", ns).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in summary and "<script>" not in summary
    assert entries[0].find("a:link", ns).get("href").endswith(f"/?date=2019-08-09&place={hbeit.pk}")


def test_map_page_passes_its_settings_as_json(client, idlib):
    response = client.get("/?lang=en")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert 'id="map-config"' in html
    assert response["X-Frame-Options"] in {"DENY", "SAMEORIGIN"}
    config = response.context["config"]
    assert (config["first"], config["today"], config["lang"]) == ("2014-05-01", today().isoformat(), "en")
    assert config["urls"]["history"] == "/api/places/0/history"


def test_arabic_page_is_right_to_left(client):
    html = client.get("/?lang=ar").content.decode()
    assert '<html lang="ar" dir="rtl">' in html


def test_embed_mode_can_be_framed_and_drops_the_header(client):
    response = client.get("/?embed=1&lang=en")
    assert "X-Frame-Options" not in response
    assert 'class="site-header"' not in response.content.decode()


def test_about_page_says_what_the_app_is(client):
    assert "Who controls which town" in client.get("/about", HTTP_ACCEPT_LANGUAGE="en").content.decode()


def test_control_with_a_point_outside_syria_still_serialises(client, gov):
    place = place_with_names("test:far", "بعيد", "Far", 0.123456, -0.987654)
    place.point = Point(0.123456, -0.987654, srid=4326)
    place.save()
    ClaimFactory(place=place, actor=gov, date_start=D(2019, 8, 1), reports=[])
    (feature,) = get_json(client, "/api/control?date=2019-09-01")["features"]
    assert feature["geometry"]["coordinates"] == [0.1235, -0.9877]
