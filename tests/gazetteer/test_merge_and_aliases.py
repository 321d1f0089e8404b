"""Editors add aliases and merge duplicates; nothing is lost and history records it."""

import pytest
from django.core.exceptions import ValidationError

from gazetteer.models import Place
from gazetteer.selectors import clear_caches, resolve
from gazetteer.services import place_add_name, place_create, place_merge

pytestmark = pytest.mark.django_db


def test_an_alias_makes_a_new_spelling_resolve(mini_gazetteer):
    kabani = mini_gazetteer["ocha:C3751"]
    assert all(c.uid != "ocha:C3751" for c in resolve("تلة الكبينة", within="اللاذقية"))
    name = place_add_name(place=kabani, text="الكبينة", lang="ar")
    assert name.text == "الكبينة" and name.key == "كبينه"
    clear_caches()
    assert resolve("تلة الكبينة", within="بريف اللاذقية الشرقي")[0].uid == "ocha:C3751"


def test_an_editor_adds_a_missing_woods_on_the_map(mini_gazetteer):
    woods = place_create(name_ar="حرش الطويلة", kind="woods", lat=35.471, lon=36.608)
    assert woods.admin1.pcode == "SY07"
    assert resolve("حرش الطويلة", near=(35.44309, 36.64533))[0].uid == woods.uid


def test_empty_alias_is_rejected(mini_gazetteer):
    with pytest.raises(ValidationError, match="A name cannot be empty."):
        place_add_name(place=mini_gazetteer["ocha:C3751"], text="  ")


def test_merge_moves_names_and_ids_and_keeps_the_loser_as_a_pointer(mini_gazetteer):
    survivor = mini_gazetteer["ocha:C3989"]
    duplicate = place_create(name_ar="الهبيط", name_en="Al-Hbeit", kind="village", lat=35.44, lon=36.537)
    place_merge(survivor=survivor, loser=duplicate)
    survivor.refresh_from_db()
    duplicate.refresh_from_db()
    assert duplicate.merged_into == survivor
    assert "Al-Hbeit" in survivor.names.values_list("text", flat=True)
    assert duplicate.uid in survivor.external_ids["merged_uids"]
    assert duplicate.names.count() == 0
    assert survivor.history.first().history_change_reason == f"merged {duplicate.uid} into this place"
    clear_caches()
    assert [c.uid for c in resolve("الهبيط")] == ["ocha:C3989"]


def test_a_place_cannot_be_merged_into_itself(mini_gazetteer):
    place = mini_gazetteer["ocha:C3989"]
    with pytest.raises(ValidationError, match="A place cannot be merged into itself."):
        place_merge(survivor=place, loser=Place.objects.get(pk=place.pk))
