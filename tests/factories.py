"""factory-boy factories for the gazetteer and the claims; shared by every test module."""

import datetime as dt

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.gis.geos import Point

from frontline.models import Actor, ActorName, Claim, Report, Source
from gazetteer.models import AdminArea, Place, PlaceName


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    is_staff = True
    password = factory.PostGenerationMethodCall("set_password", "pass-word-123")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        if create and extracted:
            for name in extracted:
                self.groups.add(Group.objects.get(name=name))
        if create:
            self.save()


def editor(username="editor", **kwargs):
    return UserFactory(username=username, groups=["Editor"], **kwargs)


def verifier(username="verifier", **kwargs):
    return UserFactory(username=username, groups=["Verifier"], **kwargs)


class AdminAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdminArea
        django_get_or_create = ("pcode",)

    pcode = factory.Sequence(lambda n: f"SY{n:02d}")
    level = AdminArea.Level.GOVERNORATE
    name_ar = factory.Sequence(lambda n: f"محافظة {n}")
    name_en = factory.Sequence(lambda n: f"Governorate {n}")


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place
        django_get_or_create = ("uid",)

    uid = factory.Sequence(lambda n: f"test:P{n}")
    name_ar = factory.Sequence(lambda n: f"قرية {n}")
    name_en = factory.Sequence(lambda n: f"Village {n}")
    kind = Place.Kind.VILLAGE
    point = factory.LazyFunction(lambda: Point(36.6, 35.4, srid=4326))


class PlaceNameFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PlaceName

    place = factory.SubFactory(PlaceFactory)
    text = factory.LazyAttribute(lambda o: o.place.name_ar)
    lang = "ar"
    key = factory.LazyAttribute(lambda o: _name_key(o.text))
    latin_key = factory.LazyAttribute(lambda o: _latin_key(o.text))


def _name_key(text):
    from gazetteer.normalize import name_key

    return name_key(text)


def _latin_key(text):
    from gazetteer.transliterate import latin_key

    return latin_key(text)


def place_with_names(uid, name_ar, name_en, lon, lat, **kwargs):
    """A place with its Arabic and English names (and their keys) as the gazetteer would load it."""
    place = PlaceFactory(
        uid=uid, name_ar=name_ar, name_en=name_en, point=Point(lon, lat, srid=4326), **kwargs
    )
    PlaceNameFactory(place=place, text=name_ar, lang="ar", preferred=True)
    PlaceNameFactory(place=place, text=name_en, lang="en")
    return place


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"actor-{n}")
    name_ar = factory.Sequence(lambda n: f"فصيل {n}")
    name_en = factory.Sequence(lambda n: f"Faction {n}")
    color = "#808080"


class ActorNameFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ActorName

    actor = factory.SubFactory(ActorFactory)
    text = factory.Sequence(lambda n: f"اسم {n}")
    key = factory.LazyAttribute(lambda o: _name_key(o.text))


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Source {n}")
    url = factory.Sequence(lambda n: f"https://source{n}.example.org/")
    perspective = Source.Perspective.INDEPENDENT


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report

    source = factory.SubFactory(SourceFactory)
    url = factory.Sequence(lambda n: f"https://news.example.org/report-{n}")
    title = factory.Sequence(lambda n: f"Report {n}")
    published_at = dt.datetime(2019, 8, 13, 12, 0, tzinfo=dt.UTC)
    language = "ar"
    text = "نص التقرير"


class ClaimFactory(factory.django.DjangoModelFactory):
    """A claim written straight to the database (tests of services go through the services)."""

    class Meta:
        model = Claim
        skip_postgeneration_save = True

    place = factory.SubFactory(PlaceFactory)
    actor = factory.SubFactory(ActorFactory)
    change = Claim.Change.CAPTURED
    date_start = dt.date(2019, 8, 1)
    date_end = factory.LazyAttribute(lambda o: o.date_start)
    date_precision = Claim.DatePrecision.DAY
    quote = "سيطرت القوات على البلدة"
    claimed_by = "a party"
    status = Claim.Status.VERIFIED
    author = factory.SubFactory(UserFactory)
    reviewer = factory.LazyAttribute(
        lambda o: UserFactory() if o.status not in (Claim.Status.DRAFT, Claim.Status.PENDING) else None
    )
    reviewed_at = factory.LazyAttribute(
        lambda o: dt.datetime(2019, 8, 20, tzinfo=dt.UTC) if o.reviewer is not None else None
    )
    retraction_reason = factory.LazyAttribute(lambda o: "wrong" if o.status == Claim.Status.RETRACTED else "")

    @factory.post_generation
    def reports(self, create, extracted, **kwargs):
        if not create:
            return
        for report in extracted if extracted is not None else [ReportFactory()]:
            self.reports.add(report)
