"""POST /api/reports/extract: editors only, the extract_claims shape, clear 400s, nothing saved."""

import base64
import json

import pytest
from django.test import Client
from django.urls import reverse

from frontline.models import Claim
from gazetteer.models import Place
from tests.frontline.conftest import READER_TEXT as TEXT

URL = "/api/reports/extract"


def post(client, body, **extra):
    payload = body if isinstance(body, (str, bytes)) else json.dumps(body, ensure_ascii=False)
    extra.setdefault("HTTP_ACCEPT_LANGUAGE", "en")
    return client.post(URL, payload, content_type="application/json", **extra)


@pytest.fixture
def editor_client(client, editor_user, index):
    client.force_login(editor_user)
    return client


def test_route_is_named():
    assert reverse("reader-extract") == URL


@pytest.mark.django_db
def test_editor_gets_the_extract_claims_shape(editor_client, hbeit, khan_shaykhun):
    response = post(editor_client, {"text": TEXT, "published": "2019-08-13"})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"mentions", "claims", "unresolved"}
    hbeit_point = {"id": hbeit.pk, "name_ar": "الهبيط", "name_en": "Al-Hbeit", "lat": 35.4395, "lon": 36.5361}
    start = TEXT.index("الهبيط")
    assert data["mentions"][0] == {
        "surface": "الهبيط",
        "start": start,
        "end": start + 6,
        "place": hbeit_point,
    }
    assert [m["surface"] for m in data["mentions"]] == ["الهبيط", "جنوب إدلب", "خان شيخون"]
    assert data["mentions"][1]["place"] == {
        "id": "SY07", "name_ar": "إدلب", "name_en": "Idleb", "lat": 35.8, "lon": 36.71,
    }  # fmt: skip
    assert data["claims"] == [
        {
            "place": hbeit_point,
            "surface": "الهبيط",
            "actor": {"code": "government", "name": "Syrian government and allies"},
            "change": "captured",
            "date_start": "2019-08-12",
            "date_end": "2019-08-12",
            "quote": TEXT,
        },
        {
            "place": {
                "id": khan_shaykhun.pk,
                "name_ar": "خان شيخون",
                "name_en": "Khan Shaykhun",
                "lat": 35.4431,
                "lon": 36.6453,
            },  # fmt: skip
            "surface": "خان شيخون",
            "actor": {"code": "opposition", "name": "Syrian opposition factions"},
            "change": "held",
            "date_start": "2019-08-12",
            "date_end": "2019-08-12",
            "quote": TEXT,
        },
    ]
    assert data["unresolved"] == []
    assert Claim.objects.count() == 0


@pytest.mark.django_db
def test_unresolved_names_come_with_their_sentence(editor_client):
    text = "سيطرت قوات النظام على قرية الزرزور جنوب إدلب."
    data = post(editor_client, {"text": text, "published": "2019-12-20"}).json()
    assert data["unresolved"] == [{"surface": "الزرزور", "sentence": text}]
    assert data["claims"][0]["place"] is None and data["claims"][0]["surface"] == "الزرزور"


@pytest.mark.django_db
def test_html_pasted_from_a_web_page_is_read_as_text(editor_client, hbeit):
    html = (
        "<html><head><script>var a = 'بلدة عابدين';</script><style>p{}</style></head><body>"
        "<p>سيطرت قوات النظام على بلدة <a href='/x'>الهبيط</a> &amp; محيطها.</p></body></html>"
    )
    data = post(editor_client, {"text": html, "published": "2019-08-13"}).json()
    assert [m["surface"] for m in data["mentions"]] == ["الهبيط"]
    assert [(c["surface"], c["change"]) for c in data["claims"]] == [("الهبيط", "captured")]
    assert "<" not in data["claims"][0]["quote"]


@pytest.mark.django_db
def test_report_id_gives_the_publication_date(editor_client, report):
    data = post(editor_client, {"text": TEXT, "report_id": report.pk}).json()
    assert data["claims"][0]["date_start"] == "2019-08-12"  # the report was published on 13 August 2019


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"text": "", "published": "2019-08-13"}, "The text is empty: paste the report's text."),
        ({"text": "   \n ", "published": "2019-08-13"}, "The text is empty: paste the report's text."),
        ({"text": "<p> </p>", "published": "2019-08-13"}, "The text is empty: paste the report's text."),
        ({"text": "The army took Saraqib.", "published": "2019-08-13"},
         "The text has no Arabic letters: nothing to read."),
        ({"text": TEXT, "published": "13/08/2019"}, "published: published must be a date as YYYY-MM-DD."),
        ({"text": TEXT, "published": "2019-02-30"}, "published: published must be a date as YYYY-MM-DD."),
        ({"text": TEXT}, "published is required (or give a report_id, whose publication date is used)."),
        ({"text": TEXT, "published": "2019-08-13", "save": True},
         "unknown field(s): save; allowed: published, report_id, text"),
        ({"published": "2019-08-13"}, "text: This field is required."),
        ({"text": 42, "published": "2019-08-13"}, "The text has no Arabic letters: nothing to read."),
        ({"text": TEXT, "published": "2019-08-13", "report_id": 987654}, "No report with id 987654."),
        ({"text": TEXT, "published": "2019-08-13", "report_id": "x"}, "report_id: A valid integer is required."),
        (["not", "an", "object"], 'The body must be a JSON object: {"text": ..., "published": "YYYY-MM-DD"}.'),
    ],
)  # fmt: skip
def test_bad_input_is_a_400_with_a_message(editor_client, body, message):
    response = post(editor_client, body)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"] == message
    assert Claim.objects.count() == 0


@pytest.mark.django_db
def test_broken_json_and_broken_encoding_are_400(editor_client):
    for payload in (b"{not json", b'{"text": "\xff\xfe\xc3", "published": "2019-08-13"}'):
        response = post(editor_client, payload)
        assert response.status_code == 400
        assert "detail" in response.json()


@pytest.mark.django_db
def test_text_over_one_megabyte_is_refused(editor_client):
    text = "سيطرت قوات النظام على بلدة الهبيط. " * 20_000  # 1.2 MB of UTF-8
    response = post(editor_client, {"text": text, "published": "2019-08-13"})
    assert response.status_code == 400
    assert response.json() == {"detail": "The text is larger than 1 MB: split the report."}
    for n in (1, 3):  # \u escapes: 3.6 and 11 MB of JSON, over Django's 2.5 MB request limit
        escaped = json.dumps({"text": text * n, "published": "2019-08-13"})
        response = post(editor_client, escaped)
        assert response.status_code == 400
        assert response.json()["detail"].startswith(
            "The request body is too large: send at most 1 MB of text"
        )


@pytest.mark.django_db
def test_anonymous_gets_401(client, index):
    response = post(client, {"text": TEXT, "published": "2019-08-13"})
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Basic")
    assert "detail" in response.json()


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["verifier_user", "plain_user"])
def test_non_editors_get_403(client, index, who, request):
    client.force_login(request.getfixturevalue(who))
    response = post(client, {"text": TEXT, "published": "2019-08-13"})
    assert response.status_code == 403
    assert response.json() == {"detail": "Only editors can read reports into claims."}


@pytest.mark.django_db
def test_superuser_and_basic_auth_editor_are_allowed(client, admin_user, editor_user, index):
    client.force_login(admin_user)
    assert post(client, {"text": TEXT, "published": "2019-08-13"}).status_code == 200
    basic = base64.b64encode(b"editor:pass-word-123").decode()
    response = post(Client(), {"text": TEXT, "published": "2019-08-13"}, HTTP_AUTHORIZATION=f"Basic {basic}")
    assert response.status_code == 200


@pytest.mark.django_db
def test_session_post_without_csrf_token_is_refused(editor_user, index):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor_user)
    response = post(client, {"text": TEXT, "published": "2019-08-13"})
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


@pytest.mark.django_db
def test_get_is_not_allowed(editor_client):
    assert editor_client.get(URL).status_code == 405


@pytest.mark.django_db
def test_nothing_is_saved(editor_client):
    places = Place.objects.count()
    post(editor_client, {"text": TEXT, "published": "2019-08-13"})
    post(editor_client, {"text": "سيطرت قوات النظام على قرية الزرزور.", "published": "2019-08-13"})
    assert Claim.objects.count() == 0
    assert Place.objects.count() == places
