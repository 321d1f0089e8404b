"""Arabic as a first-class UI language: RTL pages, translated labels, and a complete, compiled catalogue."""

import datetime as dt
import gettext
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from tests.factories import AdminAreaFactory, ClaimFactory

PO_PATH = Path(settings.BASE_DIR) / "locale" / "ar" / "LC_MESSAGES" / "django.po"
MO_PATH = PO_PATH.with_suffix(".mo")
CHANGELIST = reverse("admin:frontline_claim_changelist")

# printf-style (%(name)s, %s, %d, %%) and str.format-style ({0}, {name}) placeholders
PLACEHOLDER = re.compile(
    r"%(?:\([^)]+\))?[-#0 +]*\d*(?:\.\d+)?[sdifFeExXrc%]|\{[A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}"
)
HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>")


# --- a small .po parser (polib is not a dependency) ---------------------------------------------


def _unquote(s):
    s = s.strip()
    assert s.startswith('"') and s.endswith('"'), s
    escapes = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
    return re.sub(r"\\(.)", lambda m: escapes[m.group(1)], s[1:-1])


def parse_po(path):
    """Entries as dicts: msgctxt, msgid, msgid_plural, msgstr (str) or msgstr[n] (list), flags, obsolete."""
    entries = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        entry, key, flags = {"msgstr_plural": {}}, None, set()
        obsolete = False
        for line in block.splitlines():
            if line.startswith("#~"):
                obsolete = True
                continue
            if line.startswith("#,"):
                flags.update(f.strip() for f in line[2:].split(","))
                continue
            if line.startswith("#"):
                continue
            m = re.match(r"^(msgctxt|msgid_plural|msgid|msgstr)(?:\[(\d+)\])?\s+(\".*\")$", line)
            if m:
                name, index, value = m.groups()
                if index is not None:
                    key = ("msgstr_plural", int(index))
                    entry["msgstr_plural"][int(index)] = _unquote(value)
                else:
                    key = (name, None)
                    entry[name] = _unquote(value)
            elif line.startswith('"') and key:
                name, index = key
                if index is None:
                    entry[name] += _unquote(line)
                else:
                    entry["msgstr_plural"][index] += _unquote(line)
        if "msgid" in entry or obsolete:
            entry["flags"], entry["obsolete"] = flags, obsolete
            entries.append(entry)
    return entries


@pytest.fixture(scope="module")
def po_entries():
    assert PO_PATH.exists(), f"{PO_PATH} is missing: run makemessages -l ar"
    return parse_po(PO_PATH)


def _messages(entries):
    return [e for e in entries if e.get("msgid") and not e["obsolete"]]


def _placeholders(text):
    return sorted(p for p in PLACEHOLDER.findall(text) if p != "%%")


# --- visible text of a page ----------------------------------------------------------------------


class _Text(HTMLParser):
    ATTRS = {"title", "aria-label", "placeholder", "alt"}

    def __init__(self):
        super().__init__()
        self.skip, self.texts = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "textarea"):
            self.skip += 1
        attrs = dict(attrs)
        for name, value in attrs.items():
            if value and (
                name in self.ATTRS or (name == "value" and attrs.get("type") in ("submit", "button"))
            ):
                self.texts.append(value.strip())

    def handle_endtag(self, tag):
        if tag in ("script", "style", "textarea"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.texts.append(" ".join(data.split()))


def visible_texts(html):
    parser = _Text()
    parser.feed(html)
    return parser.texts


def html_tag(html):
    return re.search(r"<html[^>]*>", html).group(0)


def map_config(html):
    return json.loads(
        re.search(r'<script id="map-config" type="application/json">(.*?)</script>', html, re.S).group(1)
    )


# --- the catalogue -------------------------------------------------------------------------------


def test_catalogue_header_declares_arabic_and_six_plural_forms(po_entries):
    header = next(e for e in po_entries if e.get("msgid") == "")
    assert "Language: ar\n" in header["msgstr"]
    assert "nplurals=6;" in header["msgstr"]
    assert "fuzzy" not in header["flags"]


def test_every_msgid_has_a_translation_and_none_is_fuzzy(po_entries):
    messages = _messages(po_entries)
    assert len(messages) > 250
    untranslated, fuzzy = [], []
    for e in messages:
        if "fuzzy" in e["flags"]:
            fuzzy.append(e["msgid"])
        if "msgid_plural" in e:
            forms = e["msgstr_plural"]
            if sorted(forms) != list(range(6)) or not all(forms.values()):
                untranslated.append(e["msgid"])
        elif not e.get("msgstr"):
            untranslated.append(e["msgid"])
    assert not untranslated, f"untranslated: {untranslated}"
    assert not fuzzy, f"fuzzy: {fuzzy}"


def test_placeholders_and_html_match_between_msgid_and_msgstr(po_entries):
    problems = []
    for e in _messages(po_entries):
        if "msgid_plural" in e:
            plural = _placeholders(e["msgid_plural"])
            for n, form in e["msgstr_plural"].items():
                found = _placeholders(form)
                # Arabic forms 0, 1 and 2 (n == 0, 1, 2) may spell the number out instead of using it
                ok = found == plural or (n in (0, 1, 2) and set(found) <= set(plural))
                if not ok:
                    problems.append((e["msgid"], n, plural, found))
        else:
            expected, found = _placeholders(e["msgid"]), _placeholders(e["msgstr"])
            if expected != found:
                problems.append((e["msgid"], expected, found))
        for text in [e.get("msgstr", "")] + list(e["msgstr_plural"].values()):
            if sorted(HTML_TAG.findall(e["msgid"])) != sorted(HTML_TAG.findall(text)):
                problems.append((e["msgid"], "html", text))
    assert not problems, problems


def test_compiled_catalogue_matches_the_po(po_entries):
    """The committed .mo is in step with the .po, so the site needs no gettext tools at run time."""
    assert MO_PATH.exists(), "run compilemessages -l ar and commit django.mo"
    with MO_PATH.open("rb") as fh:
        mo = gettext.GNUTranslations(fh)
    stale = []
    for e in _messages(po_entries):
        ctxt = e.get("msgctxt")
        if "msgid_plural" in e:
            got = (
                mo.npgettext(ctxt, e["msgid"], e["msgid_plural"], 5)
                if ctxt
                else mo.ngettext(e["msgid"], e["msgid_plural"], 5)
            )
            want = e["msgstr_plural"][3]
        else:
            got = mo.pgettext(ctxt, e["msgid"]) if ctxt else mo.gettext(e["msgid"])
            want = e["msgstr"]
        if got != want:
            stale.append(e["msgid"])
    assert not stale, f"django.mo is out of date for: {stale[:10]}"


# --- pages ---------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_arabic_map_page_is_rtl_with_translated_labels(client, po_entries):
    html = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert 'lang="ar"' in html_tag(html) and 'dir="rtl"' in html_tag(html)
    texts = visible_texts(html)
    for label in [
        "الخط الزمني",  # Timeline (aria-label)
        "التاريخ",  # Date
        "تشغيل",  # Play
        "ابحث عن مكان",  # Find a place
        "مُتحقَّق منه",  # verified (legend)
        "متنازع عليها",  # contested (legend)
        "ادعاء لم تتم مراجعته",  # unreviewed claim (legend)
        "مقارنة بين تاريخين",  # Compare two dates
        "تضمين هذا العرض",  # Embed this view
        "عن فرونت لاين",  # About Frontline
    ]:
        assert label in texts, label
    english = {e["msgid"] for e in _messages(po_entries)} - {"English"}
    leaked = [t for t in texts if t in english]
    assert not leaked, f"English UI text on the Arabic map page: {leaked}"
    strings = map_config(html)["strings"]
    assert map_config(html)["lang"] == "ar"
    assert strings["heldBy"] == "تحت سيطرة"
    assert strings["markerStatus"]["v"] == "مُتحقَّق منه"
    assert strings["changes"]["captured"] == "سيطرة"
    assert strings["claimStatus"]["pending"] == "بانتظار المراجعة"


@pytest.mark.django_db
def test_english_map_page_is_ltr(client):
    html = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'lang="en"' in html_tag(html) and 'dir="ltr"' in html_tag(html)
    texts = visible_texts(html)
    assert "Compare two dates" in texts and "Timeline" in texts
    assert "مقارنة بين تاريخين" not in texts
    assert map_config(html)["strings"]["heldBy"] == "Held by"


@pytest.mark.django_db
def test_language_chosen_by_query_and_cookie(client):
    html = client.get(reverse("home") + "?lang=ar", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'dir="rtl"' in html_tag(html) and map_config(html)["strings"]["play"] == "تشغيل"
    html = client.get(reverse("home") + "?lang=en", HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert 'dir="ltr"' in html_tag(html) and map_config(html)["strings"]["play"] == "Play"
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    html = client.get(reverse("about"), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert 'lang="en"' in html_tag(html) and "Service health" in visible_texts(html)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ar"
    html = client.get(reverse("about"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'lang="ar"' in html_tag(html) and "حالة الخدمة" in visible_texts(html)


@pytest.mark.django_db
def test_arabic_about_and_login_pages(client):
    html = client.get(reverse("about"), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert 'dir="rtl"' in html_tag(html)
    assert "المحررون والمدققون: تسجيل الدخول" in visible_texts(html)
    html = client.get(reverse("admin:login"), HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert 'lang="ar"' in html_tag(html) and 'dir="rtl"' in html_tag(html)


@pytest.mark.django_db
def test_admin_claim_changelist_filters_are_translated_in_arabic(
    client, verifier_user, editor_user, hbeit, gov, opp, report
):
    AdminAreaFactory(pcode="SY07", name_ar="إدلب", name_en="Idlib")  # the governorate filter needs one
    for actor in (gov, opp):  # the actor filter shows only with two actors to choose from
        ClaimFactory(place=hbeit, actor=actor, status="pending", author=editor_user, reports=[report],
                     date_start=dt.date(2019, 8, 1), date_end=dt.date(2019, 8, 12))  # fmt: skip
    client.force_login(verifier_user)
    html = client.get(CHANGELIST, HTTP_ACCEPT_LANGUAGE="ar").content.decode()
    assert 'dir="rtl"' in html_tag(html)
    texts = visible_texts(html)
    for title in ["الحالة", "الطرف", "المحافظة", "النطاق الزمني", "توجّه المصدر", "التغيير"]:
        assert f"حسب {title}" in texts, title
    for choice in ["بانتظار المراجعة", "مُتحقَّق منه", "متنازع عليه", "موالٍ للحكومة", "سيطرة", "هجوم دون تغيير"]:
        assert choice in texts, choice
    assert "قائمة انتظار المراجعة" in texts  # Review queue
    for english in [
        "By status",
        "By governorate",
        "By date range",
        "By source perspective",
        "pending review",
    ]:
        assert english not in texts
    html = client.get(CHANGELIST, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "By status" in visible_texts(html) and 'dir="ltr"' in html_tag(html)


@pytest.mark.django_db
def test_arabic_is_the_default_language(client, settings):
    # as in frontline/settings.py; tests/conftest.py makes English the default for the other tests
    settings.LANGUAGE_CODE = "ar"
    html = client.get(reverse("home")).content.decode()
    assert 'lang="ar"' in html_tag(html) and 'dir="rtl"' in html_tag(html)
    assert map_config(html)["lang"] == "ar"
