"""API clients get English unless they ask; browsers keep the Arabic default."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def arabic_site(settings):
    settings.LANGUAGE_CODE = "ar"


def test_api_error_is_english_without_accept_language(client, arabic_site):
    response = client.post("/api/claims/", {})
    assert response.status_code in (401, 403)
    assert response.json()["detail"] == "Authentication credentials were not provided."


def test_api_client_asking_for_arabic_gets_arabic(client, arabic_site):
    response = client.post("/api/claims/", {}, HTTP_ACCEPT_LANGUAGE="ar")
    assert response.status_code in (401, 403)
    body = response.json()["detail"]
    assert any("\u0600" <= ch <= "\u06ff" for ch in body), body


def test_admin_title_is_translated(client, arabic_site, admin_user):
    client.force_login(admin_user)
    page = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert "فرونت لاين: المحررون" in page
    assert "إدارة موقع جانغو" not in page
