"""The editors' read page: highlighted mentions, draft claims, saving them as pending claims, refusals."""

import datetime as dt

import pytest
from django.urls import reverse

from frontline.models import Claim
from tests.factories import ReportFactory
from tests.frontline.conftest import READER_TEXT as TEXT


@pytest.fixture
def idlib_report(report, index):
    report.text = TEXT
    report.save()
    return report


def url(report):
    return reverse("reader-report", args=[report.pk])


def drafts_post(response, keep: dict[int, dict]):
    """The formset as rendered, with the given rows ticked (and fields overridden)."""
    formset = response.context["formset"]
    data = {
        "draft-TOTAL_FORMS": str(formset.total_form_count()),
        "draft-INITIAL_FORMS": str(formset.initial_form_count()),
        "draft-MIN_NUM_FORMS": "0",
        "draft-MAX_NUM_FORMS": "1000",
    }
    for k, form in enumerate(formset.forms):
        for name, field in form.fields.items():
            value = form.initial.get(name, field.initial)
            if name == "actor" and value is not None and hasattr(value, "pk"):
                value = value.pk
            if isinstance(value, dt.date):
                value = value.isoformat()
            if name == "keep":
                continue
            data[f"draft-{k}-{name}"] = "" if value is None else str(value)
        if k in keep:
            data[f"draft-{k}-keep"] = "on"
            for name, value in keep[k].items():
                data[f"draft-{k}-{name}"] = value
    return data


@pytest.mark.django_db
def test_editor_sees_highlighted_mentions_and_draft_claims(
    client, editor_user, idlib_report, gov, opp, hbeit
):
    client.force_login(editor_user)
    response = client.get(url(idlib_report))
    assert response.status_code == 200
    body = response.content.decode()
    assert '<mark class="reader-resolved" title="الهبيط — Al-Hbeit (35.4395, 36.5361)">الهبيط</mark>' in body
    assert (
        '<mark class="reader-resolved" title="خان شيخون — Khan Shaykhun (35.4431, 36.6453)">خان شيخون</mark>'
        in body
    )
    assert '<mark class="reader-area" title="Idleb">جنوب إدلب</mark>' in body
    rows = [
        (r["draft"].mention.surface, r["form"].initial["change"])
        for r in response.context["rows"]
        if r["draft"]
    ]
    assert rows == [("الهبيط", "captured"), ("خان شيخون", "held")]
    first = response.context["rows"][0]["form"].initial
    assert first["actor"] == gov.parent.pk
    assert first["place"] == hbeit.pk
    assert (first["date_start"], first["date_end"], first["date_precision"]) == (
        dt.date(2019, 8, 12),
        dt.date(2019, 8, 12),
        "day",
    )
    held = response.context["rows"][1]["form"].initial
    assert held["actor"] == opp.pk
    assert Claim.objects.count() == 0  # reading saves nothing


@pytest.mark.django_db
def test_saving_ticked_drafts_creates_pending_claims_with_quote_and_report(
    client, editor_user, idlib_report, gov, opp, hbeit
):
    client.force_login(editor_user)
    page = client.get(url(idlib_report))
    data = drafts_post(page, keep={0: {}})
    response = client.post(url(idlib_report), data)
    assert response.status_code == 302, response.context and response.context["formset"].errors
    claim = Claim.objects.get()
    assert claim.status == Claim.Status.PENDING
    assert (claim.place, claim.actor, claim.change) == (hbeit, gov.parent, "captured")
    assert (claim.date_start, claim.date_end) == (dt.date(2019, 8, 12), dt.date(2019, 8, 12))
    assert claim.author == editor_user
    assert list(claim.reports.all()) == [idlib_report]
    assert claim.quote == TEXT
    assert claim.claimed_by == "Hadi al-Abdallah blog (opposition)"
    # Claims saved through the service carry their history.
    assert claim.history.first().history_change_reason == "created and submitted"


@pytest.mark.django_db
def test_the_editor_can_fix_the_place_and_actor_before_saving(
    client, editor_user, idlib_report, gov, opp, abdin
):
    client.force_login(editor_user)
    page = client.get(url(idlib_report))
    data = drafts_post(page, keep={0: {"place": str(abdin.pk), "actor": str(opp.pk), "change": "recaptured"}})
    assert client.post(url(idlib_report), data).status_code == 302
    claim = Claim.objects.get()
    assert (claim.place, claim.actor, claim.change, claim.status) == (abdin, opp, "recaptured", "pending")


@pytest.mark.django_db
def test_form_errors_are_shown_and_nothing_is_saved(client, editor_user, idlib_report, gov, opp):
    client.force_login(editor_user)
    page = client.get(url(idlib_report))
    # Nothing ticked.
    response = client.post(url(idlib_report), drafts_post(page, keep={}))
    assert response.status_code == 200
    assert "Tick the draft claims to keep, then save." in response.content.decode()
    # A ticked row without a place, and one dated after the report was published.
    data = drafts_post(
        page, keep={0: {"place": ""}, 1: {"date_start": "2019-09-01", "date_end": "2019-09-02"}}
    )
    response = client.post(url(idlib_report), data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Needed to keep this claim." in body
    # A bad place id and a bad date are field errors, not a 500.
    data = drafts_post(page, keep={0: {"place": "999999", "date_start": "2019-13-45"}})
    response = client.post(url(idlib_report), data)
    assert response.status_code == 200
    assert "No place with this id" in response.content.decode()
    assert Claim.objects.count() == 0


@pytest.mark.django_db
def test_service_rules_come_back_onto_the_row_and_nothing_is_saved(
    client, editor_user, idlib_report, gov, opp
):
    client.force_login(editor_user)
    page = client.get(url(idlib_report))
    data = drafts_post(page, keep={0: {}, 1: {"date_start": "2019-08-10", "date_end": "2019-08-20"}})
    response = client.post(url(idlib_report), data)
    assert response.status_code == 200
    assert "is dated after its report" in response.content.decode()
    assert Claim.objects.count() == 0  # all or none


@pytest.mark.django_db
def test_verifier_is_refused(client, verifier_user, idlib_report):
    client.force_login(verifier_user)
    assert client.get(url(idlib_report)).status_code == 403
    assert client.post(url(idlib_report), {}).status_code == 403


@pytest.mark.django_db
def test_plain_user_is_refused(client, plain_user, idlib_report):
    client.force_login(plain_user)
    assert client.get(url(idlib_report)).status_code == 403


@pytest.mark.django_db
def test_anonymous_user_is_sent_to_the_login_page(client, idlib_report):
    response = client.get(url(idlib_report))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert client.post(url(idlib_report), {}).status_code == 302
    assert Claim.objects.count() == 0


@pytest.mark.django_db
def test_superuser_may_read(client, admin_user, idlib_report):
    client.force_login(admin_user)
    assert client.get(url(idlib_report)).status_code == 200


@pytest.mark.django_db
def test_post_without_csrf_token_is_refused(editor_user, idlib_report):
    from django.test import Client

    csrf_client = Client(enforce_csrf_checks=True)
    csrf_client.force_login(editor_user)
    assert csrf_client.post(url(idlib_report), {"draft-TOTAL_FORMS": "0"}).status_code == 403


@pytest.mark.django_db
def test_script_in_report_text_is_shown_as_text(client, editor_user, index, blog):
    report = ReportFactory(
        source=blog,
        text='<script>alert("x")</script> سيطرت قوات النظام على بلدة الهبيط <b onmouseover="x()">اليوم</b>',
    )
    client.force_login(editor_user)
    response = client.get(url(report))
    body = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in body
    assert "<b onmouseover" not in body
    assert "&lt;b onmouseover=&quot;x()&quot;&gt;" in body
    assert '<mark class="reader-resolved" title="الهبيط — Al-Hbeit (35.4395, 36.5361)">الهبيط</mark>' in body


@pytest.mark.django_db
def test_escaped_markup_in_text_stays_text(client, editor_user, index, blog):
    report = ReportFactory(
        source=blog, text="سيطرت قوات النظام على الهبيط &lt;img src=x onerror=alert(1)&gt;"
    )
    client.force_login(editor_user)
    body = client.get(url(report)).content.decode()
    assert "<img src=x" not in body
    assert "&amp;lt;img src=x onerror=alert(1)&amp;gt;" in body


@pytest.mark.django_db
def test_unresolved_names_are_listed_with_their_sentence(client, editor_user, index, blog):
    report = ReportFactory(source=blog, text="سيطرت قوات النظام على قرية الزرزور جنوب إدلب.")
    client.force_login(editor_user)
    response = client.get(url(report))
    assert response.context["unresolved"] == [
        {"surface": "الزرزور", "sentence": "سيطرت قوات النظام على قرية الزرزور جنوب إدلب."}
    ]
    assert (
        '<mark class="reader-unresolved" title="not in the gazetteer">الزرزور</mark>'
        in response.content.decode()
    )


@pytest.mark.django_db
# The claims app's admin forms carry a URLField that warns about Django 6's default scheme.
@pytest.mark.filterwarnings("ignore::django.utils.deprecation.RemovedInDjango60Warning")
def test_report_admin_change_page_links_to_the_reader(client, admin_user, idlib_report):
    from django.contrib import admin

    from frontline.models import Report

    if not admin.site.is_registered(Report):
        pytest.skip("the Report admin is not registered yet")
    client.force_login(admin_user)
    response = client.get(reverse("admin:frontline_report_change", args=[idlib_report.pk]))
    assert f'href="{url(idlib_report)}"' in response.content.decode()
