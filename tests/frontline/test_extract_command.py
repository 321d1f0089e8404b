"""extract_claims: the stable JSON shape, and clear messages (exit status 2) for bad input."""

import io
import json
import sys

import pytest
from django.core.management import CommandError, call_command

from gazetteer import geoparse
from gazetteer.geoparse import SimpleIndex
from tests.reader_places import P


@pytest.fixture(autouse=True)
def small_gazetteer(monkeypatch):
    places = [
        P(1, "الهبيط", "Hbit", "village", 35.4395, 36.5361, "SY07"),
        P(2, "خان شيخون", "Khan Shaykun", "town", 35.4431, 36.6453, "SY07"),
    ]
    index = SimpleIndex(places, {1: ["الهبيط"], 2: ["خان شيخون"]})
    monkeypatch.setattr(geoparse, "default_index", lambda: index)


def run(*args, stdin: bytes | None = None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin))
    try:
        call_command("extract_claims", *args, stdout=out, stderr=err)
    finally:
        sys.stdin = sys.__stdin__
    return out.getvalue(), err.getvalue()


def test_json_has_exactly_the_stable_shape(tmp_path):
    text = "سيطرت قوات النظام أمس على بلدة “الهبيط” قرب خان شيخون، وعلى تل ترعي."
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    out, _ = run(str(path), "--published", "2019-08-13", "--json")
    data = json.loads(out)
    assert set(data) == {"mentions", "claims", "unresolved"}
    assert data["mentions"][0] == {
        "surface": "الهبيط",
        "start": text.index("الهبيط"),
        "end": text.index("الهبيط") + len("الهبيط"),
        "place": {"id": 1, "name_ar": "الهبيط", "name_en": "Hbit", "lat": 35.4395, "lon": 36.5361},
    }
    claim = data["claims"][0]
    assert set(claim) == {"place", "surface", "actor", "change", "date_start", "date_end", "quote"}
    assert (claim["surface"], claim["actor"]["code"], claim["change"]) == ("الهبيط", "government", "captured")
    assert (claim["date_start"], claim["date_end"]) == ("2019-08-12", "2019-08-12")
    assert claim["quote"] == text
    assert data["unresolved"] == [{"surface": "تل ترعي", "sentence": text}]


def test_standard_input_and_pasted_html(tmp_path):
    html = "<div><h1>عنوان</h1><p>سيطرت قوات النظام على بلدة الهبيط</p></div>".encode()
    out, err = run("-", "--published", "2019-08-13", "--json", stdin=html)
    assert [c["surface"] for c in json.loads(out)["claims"]] == ["الهبيط"]
    assert "HTML tags were removed" in err


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (["/no/such/file.txt"], None, "No such file: /no/such/file.txt"),
        (["-"], b"   \n", "The input is empty"),
        (["-", "--published", "13/08/2019"], b"x", "--published must be a date as YYYY-MM-DD"),
        (["-"], b"\x81\x8d\x8f\x90" * 10 + b"abc", "The input is not UTF-8 text"),
    ],
)
def test_bad_input_is_a_clear_message_with_exit_status_2(args, stdin, message):
    with pytest.raises(CommandError, match=message) as excinfo:
        run(*args, stdin=stdin)
    assert excinfo.value.returncode == 2


def test_text_with_no_arabic_gives_no_claims():
    out, err = run("-", "--json", stdin=b"Government forces took the town.")
    assert json.loads(out) == {"mentions": [], "claims": [], "unresolved": []}
    assert "no Arabic letters" in err


def test_windows_arabic_is_read():
    out, _ = run(
        "-", "--published", "2019-08-13", "--json", stdin="سيطرت قوات النظام على بلدة الهبيط".encode("cp1256")
    )
    assert [c["surface"] for c in json.loads(out)["claims"]] == ["الهبيط"]


def test_utf8_with_a_few_broken_bytes_is_read_without_them():
    # Scraped pages often carry a stray invalid byte or two; the rest of the report is still read.
    data = b"\xc3\x28 " + "سيطرت قوات النظام على بلدة الهبيط".encode() + b" \xff"
    out, _ = run("-", "--published", "2019-08-13", "--json", stdin=data)
    assert [c["surface"] for c in json.loads(out)["claims"]] == ["الهبيط"]
