"""CSV import (atomic, row numbers) and export round trip."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from frontline.csv_io import CsvImportError, export_csv_text, import_claims
from frontline.models import Claim, Report

pytestmark = pytest.mark.django_db
HEADER = "place_uid,actor,change,date_start,date_end,date_precision,quote,claimed_by,report_url,report_title,report_published,source,status\n"


def rows(*lines):
    return io.StringIO(HEADER + "".join(line + "\n" for line in lines))


def test_import_creates_claims_and_reports(editor_user, hbeit, abdin, gov, opp, blog):
    claims = import_claims(rows(
        'ocha:C3989,saa,captured,2019-08-01,2019-08-12,days,"تمكنت من السيطرة على الهبيط",GMC,https://b.example.org/1,Title,2019-08-13,Hadi al-Abdallah blog,pending',
        'ocha:C3990,opposition,recaptured,2019-08-12,,day,"استعادة السيطرة على عابدين",GMC,https://b.example.org/1,,,,',
    ), author=editor_user)  # fmt: skip
    assert [(c.place.uid, c.actor.code, c.status, c.date_end.isoformat()) for c in claims] == [
        ("ocha:C3989", "saa", "pending", "2019-08-12"),
        ("ocha:C3990", "opposition", "draft", "2019-08-12"),
    ]
    assert Report.objects.get().url == "https://b.example.org/1"


def test_a_bad_row_rejects_the_whole_file_with_row_numbers(editor_user, hbeit, gov, blog):
    with pytest.raises(CsvImportError) as error:
        import_claims(rows(
            "ocha:C3989,saa,captured,2019-08-01,2019-08-12,days,quote,GMC,https://b.example.org/1,T,2019-08-13,Hadi al-Abdallah blog,",
            "ocha:NOPE,saa,captured,2019-08-01,,day,quote,GMC,https://b.example.org/1,,,,",
            "ocha:C3989,saa,captured,2019-08-10,2019-08-02,days,quote 2,GMC,https://b.example.org/1,,,,",
            "ocha:C3989,martians,captured,2019-08-01,,day,quote,GMC,https://b.example.org/1,,,,",
        ), author=editor_user)  # fmt: skip
    assert error.value.errors == [
        "row 3: unknown place “ocha:NOPE”",
        "row 4: date_end: The end date cannot be before the start date.",
        "row 5: unknown actor “martians”",
    ]
    assert Claim.objects.count() == 0
    assert Report.objects.count() == 0


def test_missing_columns_are_reported(editor_user):
    with pytest.raises(CsvImportError) as error:
        import_claims(io.StringIO("place_uid,actor\n"), author=editor_user)
    assert error.value.errors == [
        "row 1: missing columns: change, date_start, date_precision, quote, claimed_by, report_url"
    ]


def test_export_then_import_round_trip(editor_user, verifier_user, hbeit, gov, report, tmp_path):
    from tests.factories import ClaimFactory

    ClaimFactory(place=hbeit, actor=gov, reports=[report], quote='قوات الأسد, "الهبيط"')
    text = export_csv_text(Claim.objects.all()).replace(
        ",verified,", ",draft,"
    )  # a new claim starts as a draft
    Claim.objects.all().delete()
    (claim,) = import_claims(io.StringIO(text), author=editor_user)
    assert (claim.place, claim.actor, claim.quote, claim.status, list(claim.reports.all())) == (
        hbeit, gov, "قوات الأسد, \"الهبيط\"", "draft", [report],
    )  # fmt: skip


def test_commands(editor_user, hbeit, gov, blog, tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text(
        HEADER
        + "ocha:C3989,saa,captured,2019-08-01,,day,q,GMC,https://b.example.org/9,T,2019-08-13,Hadi al-Abdallah blog,\n",
        encoding="utf-8",
    )
    out = io.StringIO()
    call_command("import_claims_csv", str(path), "--author", "editor", stdout=out)
    assert out.getvalue().strip() == "imported 1 claims"
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER + "ocha:X,saa,captured,2019-08-01,,day,q,GMC,https://b.example.org/9,,,,\n", encoding="utf-8"
    )
    with pytest.raises(CommandError, match="nothing imported:\nrow 2: unknown place “ocha:X”"):
        call_command("import_claims_csv", str(bad), "--author", "editor")
    geo = tmp_path / "out.geojson"
    call_command(
        "export_claims", "--format", "geojson", "--status", "draft", "-o", str(geo), stderr=io.StringIO()
    )
    assert '"place_uid": "ocha:C3989"' in geo.read_text(encoding="utf-8")
