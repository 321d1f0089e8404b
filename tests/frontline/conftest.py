"""Fixtures for the claims tests: the four roles and a small piece of southern Idlib."""

import datetime as dt

import pytest
from django.contrib.auth import get_user_model

from tests.factories import (
    ActorFactory,
    ReportFactory,
    SourceFactory,
    UserFactory,
    editor,
    place_with_names,
    verifier,
)


@pytest.fixture
def editor_user(db):
    return editor("editor")


@pytest.fixture
def verifier_user(db):
    return verifier("verifier")


@pytest.fixture
def second_verifier(db):
    return verifier("verifier2")


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("admin", "admin@example.org", "pass-word-123")


@pytest.fixture
def plain_user(db):
    return UserFactory(username="plain", is_staff=False)


@pytest.fixture
def gov(db):
    bloc = ActorFactory(
        code="government",
        name_en="Syrian government and allies",
        name_ar="الحكومة السورية وحلفاؤها",
        color="#e41a1c",
    )
    return ActorFactory(
        code="saa", name_en="Syrian Arab Army", name_ar="الجيش العربي السوري", color="#cc0000", parent=bloc
    )


@pytest.fixture
def russia(gov):
    return ActorFactory(
        code="russia", name_en="Russian forces", name_ar="القوات الروسية", color="#990000", parent=gov.parent
    )


@pytest.fixture
def opp(db):
    return ActorFactory(
        code="opposition", name_en="Syrian opposition", name_ar="المعارضة السورية", color="#33a02c"
    )


@pytest.fixture
def hts(db):
    return ActorFactory(
        code="hts",
        name_en="Hayat Tahrir al-Sham",
        name_ar="هيئة تحرير الشام",
        color="#808080",
        valid_from=dt.date(2017, 1, 28),
    )


@pytest.fixture
def khan_shaykhun(db):
    return place_with_names("ocha:C3987", "خان شيخون", "Khan Shaykhun", 36.6453, 35.4431, kind="town")


@pytest.fixture
def hbeit(db):
    return place_with_names("ocha:C3989", "الهبيط", "Al-Hbeit", 36.5361, 35.4395)


@pytest.fixture
def abdin(db):
    return place_with_names("ocha:C3990", "عابدين", "Abdin", 36.5338, 35.4682)


@pytest.fixture
def blog(db):
    return SourceFactory(
        name="Hadi al-Abdallah blog", perspective="opposition", url="https://hadialabdallah.com/"
    )


@pytest.fixture
def report(blog):
    return ReportFactory(
        source=blog,
        url="https://hadialabdallah.com/2019/08/13/losses",
        title="منصة إعلامية تصدر إحصائية لخسائر روسيا ونظام الأسد",
        published_at=dt.datetime(2019, 8, 13, 9, 0, tzinfo=dt.UTC),
    )


# A sentence of the August 2019 seed report: one capture by the government side, one front held.
READER_TEXT = (
    "وأشار إلى أن قوات الأسد تمكنت من السيطرة على بلدة “الهبيط” جنوب إدلب أمس، "
    "فيما لم تحرز قوات النظام أي تقدم على محور خان شيخون."
)


@pytest.fixture
def index(khan_shaykhun, hbeit, abdin, monkeypatch):
    """The reader's name index built from the factory places, used instead of the cached one."""
    from gazetteer import geoparse
    from gazetteer.selectors import NameIndex

    built = NameIndex.build()
    monkeypatch.setattr(geoparse, "default_index", lambda: built)
    return built
