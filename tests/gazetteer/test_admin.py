"""Gazetteer admin: editors search in Arabic or Latin, add places on the map and aliases; anonymous cannot."""

import pytest
from django.contrib.auth.models import Group, User

from gazetteer.models import Place

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editor1", password="pw-editor-1", is_staff=True)
    user.groups.add(Group.objects.get(name="Editor"))
    return user


def test_anonymous_users_are_sent_to_the_login_page(client, mini_gazetteer):
    response = client.get("/admin/gazetteer/place/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_staff_without_a_group_cannot_see_places(client, mini_gazetteer):
    client.force_login(User.objects.create_user("nobody", is_staff=True))
    assert client.get("/admin/gazetteer/place/").status_code == 403


@pytest.mark.parametrize("term", ["خان شيخون", "Khan Sheikhoun", "خان شيخون"])
def test_editor_finds_a_place_by_any_spelling(client, editor, mini_gazetteer, term):
    client.force_login(editor)
    response = client.get("/admin/gazetteer/place/", {"q": term})
    assert response.status_code == 200
    assert [p.uid for p in response.context["cl"].result_list] == ["ocha:C3987"]


def test_editor_adds_a_missing_hill_with_a_point_from_the_map_widget(client, editor, mini_gazetteer):
    client.force_login(editor)
    response = client.post(
        "/admin/gazetteer/place/add/",
        {
            "uid": "", "name_ar": "تل ترعي", "name_en": "Tell Tar'i", "kind": "hill",
            "point": '{"type": "Point", "coordinates": [36.738, 35.437]}', "country": "SY", "importance": "0",
            "confirmed": "on", "external_ids": "{}", "sources": "",
            "names-TOTAL_FORMS": "1", "names-INITIAL_FORMS": "0", "names-MIN_NUM_FORMS": "0",
            "names-MAX_NUM_FORMS": "1000", "names-0-text": "تلة ترعي", "names-0-lang": "ar",
            "names-0-source": "editor",
        },
    )  # fmt: skip
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    hill = Place.objects.get(name_ar="تل ترعي")
    assert hill.uid == "editor:35.43700,36.73800"
    assert hill.admin1.pcode == "SY07"
    assert set(hill.names.values_list("text", flat=True)) == {"تل ترعي", "Tell Tar'i", "تلة ترعي"}
    assert hill.history.count() >= 1


def test_place_names_with_markup_are_escaped_in_the_admin(client, editor, mini_gazetteer):
    place = mini_gazetteer["ocha:C3989"]
    place.names.create(text="<script>alert(1)</script>", lang="und", key="x", latin_key="x")
    client.force_login(editor)
    body = client.get(f"/admin/gazetteer/place/{place.id}/change/").content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
