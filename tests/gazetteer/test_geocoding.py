"""The online fallback, against a local HTTP server that answers in Nominatim's format (never the internet)."""

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from io import StringIO
from urllib.parse import parse_qs, urlparse

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from gazetteer import geocoding
from gazetteer.models import GeocodeCache, Place
from gazetteer.selectors import resolve

pytestmark = pytest.mark.django_db

ANSWERS = {
    "حرش الطويلة": [
        {
            "place_id": 1, "osm_type": "way", "osm_id": 4242, "lat": "35.4710", "lon": "36.6081",
            "display_name": "حرش الطويلة, منطقة معرة النعمان, محافظة إدلب, سوريا", "type": "wood", "class": "natural",
        }
    ],
}  # fmt: skip


class FakeNominatim(BaseHTTPRequestHandler):
    requests: list[dict] = []

    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        FakeNominatim.requests.append(query)
        body = json.dumps(ANSWERS.get(query.get("q", [""])[0], [])).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def nominatim(settings):
    server = HTTPServer(("127.0.0.1", 0), FakeNominatim)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeNominatim.requests = []
    settings.GAZETTEER_GEOCODER = "nominatim"
    settings.GAZETTEER_GEOCODER_USER_AGENT = "frontline-tests"
    settings.GAZETTEER_GEOCODER_DOMAIN = f"127.0.0.1:{server.server_port}"
    settings.GAZETTEER_GEOCODER_SCHEME = "http"
    geocoding._rate_limited.clear()
    yield FakeNominatim
    server.shutdown()


def test_a_hit_becomes_an_unconfirmed_place_restricted_to_the_theatre(nominatim, mini_gazetteer):
    suggestion = geocoding.geocode_name("حرش الطويلة", near=[(35.44309, 36.64533)])
    place = suggestion.place
    assert place.confirmed is False and place.kind == "woods"
    assert place.uid == "osm:w4242"
    assert 3 < suggestion.distance_km < 6
    query = nominatim.requests[0]
    assert query["countrycodes"] == ["sy"] and query["bounded"] == ["1"] and "viewbox" in query


def test_answers_and_misses_are_cached_so_a_name_is_asked_once(nominatim, mini_gazetteer):
    geocoding.geocode_name("حرش الطويلة")
    geocoding.geocode_name("حرش الطويلة")
    assert geocoding.geocode_name("تل لا يعرفه أحد") is None
    assert geocoding.geocode_name("تل لا يعرفه أحد") is None
    assert len(nominatim.requests) == 2
    assert GeocodeCache.objects.filter(found=False).count() == 1


def test_unconfirmed_places_rank_below_confirmed_ones(nominatim, mini_gazetteer):
    geocoding.geocode_name("حرش الطويلة")
    candidates = (
        list(resolve("حرش الطويلة", near=(35.44309, 36.64533)))
        + resolve("حرش الطويلة", near=(35.44309, 36.64533)).near_misses
    )
    unconfirmed = next(c for c in candidates if c.uid == "osm:w4242")
    assert unconfirmed.confirmed is False
    assert candidates.index(unconfirmed) >= 0
    confirmed_twin = resolve("خان شيخون", near=(35.44309, 36.64533))[0]
    assert confirmed_twin.raw_score > unconfirmed.raw_score


def test_command_reports_suggestions_and_refuses_without_configuration(nominatim, mini_gazetteer, settings):
    out = StringIO()
    call_command("geocode_places", "حرش الطويلة", "خان شيخون", "--near", "35.44309,36.64533", stdout=out)
    assert "حرش الطويلة: unconfirmed place osm:w4242" in out.getvalue()
    assert "خان شيخون: already in the gazetteer" in out.getvalue()
    settings.GAZETTEER_GEOCODER = ""
    with pytest.raises(CommandError, match="set GAZETTEER_GEOCODER=nominatim"):
        call_command("geocode_places", "مكان جديد")
    assert Place.objects.filter(confirmed=False).count() == 1
