"""The timeline map in headless Chromium: colours on a date, the place panel, permalinks, compare, RTL, escaping."""

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

from tests.factories import (
    ActorFactory,
    ClaimFactory,
    ReportFactory,
    SourceFactory,
    UserFactory,
    place_with_names,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
D = dt.date
KS = (36.6453, 35.4431)


@pytest.fixture
def idlib():
    """Khan Shaykhun: opposition from 2014, the army from 20 Aug 2019 (blog report, verified by "checker").
    Al-Hbeit: the army from 9 Aug 2019. A village whose name and quote carry markup."""
    bloc = ActorFactory(
        code="government", name_en="Syrian government", name_ar="الحكومة السورية", color="#e41a1c"
    )
    saa = ActorFactory(code="saa", name_en="Syrian Arab Army", name_ar="الجيش العربي السوري", color="#cc0000",
                       parent=bloc)  # fmt: skip
    opp = ActorFactory(
        code="opposition", name_en="Syrian opposition", name_ar="المعارضة السورية", color="#33a02c"
    )
    checker = UserFactory(username="checker")
    ks = place_with_names("ocha:C3987", "خان شيخون", "Khan Shaykhun", *KS, kind="town")
    hbeit = place_with_names("ocha:C3989", "الهبيط", "Al-Hbeit", 36.5361, 35.4395)
    evil = place_with_names("test:evil", "<script>window.__xss=1</script>قرية", "<img src=x onerror=window.__xss=2>",
                            36.70, 35.30)  # fmt: skip
    blog = SourceFactory(
        name="Hadi al-Abdallah blog", perspective="opposition", url="https://hadialabdallah.com/"
    )
    report = ReportFactory(
        source=blog,
        url="https://hadialabdallah.com/2019/08/13/losses",
        title="منصة إعلامية تصدر إحصائية",
        published_at=dt.datetime(2019, 8, 13, 9, 0, tzinfo=dt.UTC),
    )
    bad_link = ReportFactory(source=SourceFactory(name="Sketchy"), url="https://sketchy.example.org/x")
    type(bad_link).objects.filter(pk=bad_link.pk).update(url="javascript:window.__xss=3")
    ClaimFactory(place=ks, actor=opp, date_start=D(2014, 5, 1), reviewer=checker, reports=[])
    ClaimFactory(place=ks, actor=saa, date_start=D(2019, 8, 20), date_end=D(2019, 8, 21), reviewer=checker,
                 quote="سيطرت قوات النظام على مدينة خان شيخون", claimed_by="SANA", reports=[report])  # fmt: skip
    ClaimFactory(place=hbeit, actor=saa, date_start=D(2019, 8, 9), reviewer=checker, reports=[])
    ClaimFactory(place=evil, actor=opp, date_start=D(2015, 1, 1), reviewer=checker,
                 quote="<script>window.__xss=4</script> نص", claimed_by="<b>x</b>", reports=[bad_link])  # fmt: skip
    return {"ks": ks, "hbeit": hbeit, "evil": evil}


def open_map(page, live_server, query):
    page.goto(f"{live_server.url}/?{query}")
    page.wait_for_function("document.documentElement.dataset.ready === '1'", timeout=10000)


def pixel_at_map_centre(page):
    """RGB of the marker canvas at the centre of the map (where the URL put the place)."""
    return page.evaluate(
        """() => {
            const map = document.getElementById('map').getBoundingClientRect();
            const canvas = document.querySelector('.leaflet-overlay-pane canvas');
            const r = canvas.getBoundingClientRect();
            const scale = canvas.width / r.width;
            const x = Math.round((map.left + map.width / 2 - r.left) * scale);
            const y = Math.round((map.top + map.height / 2 - r.top) * scale);
            const d = canvas.getContext('2d').getImageData(x, y, 1, 1).data;
            return [d[0], d[1], d[2], d[3]];
        }"""
    )


def close_to(rgba, hex_color, tol=40):
    want = [int(hex_color[i : i + 2], 16) for i in (1, 3, 5)]
    return rgba[3] > 150 and all(abs(a - b) <= tol for a, b in zip(rgba[:3], want, strict=True))


def move_slider(page, date):
    page.evaluate(
        """(date) => {
            const s = document.getElementById('date-slider');
            const first = new Date(document.getElementById('date-input').min + 'T00:00:00Z');
            s.value = String(Math.round((new Date(date + 'T00:00:00Z') - first) / 86400000));
            s.dispatchEvent(new Event('input', {bubbles: true}));
            s.dispatchEvent(new Event('change', {bubbles: true}));
        }""",
        date,
    )
    page.wait_for_function(f"document.documentElement.dataset.renderedDate === '{date}'")


def test_moving_the_slider_turns_khan_shaykhun_from_opposition_green_to_army_red(live_server, page, idlib):
    open_map(page, live_server, f"lang=en&date=2016-01-01&lat={KS[1]}&lon={KS[0]}&z=11")
    assert close_to(pixel_at_map_centre(page), "#33a02c"), pixel_at_map_centre(page)
    expect(page.locator("#legend-actors li[data-actor='opposition'] .count")).to_have_text("2")
    move_slider(page, "2019-09-01")
    assert close_to(pixel_at_map_centre(page), "#cc0000"), pixel_at_map_centre(page)
    expect(page.locator("#date-input")).to_have_value("2019-09-01")
    expect(page.locator("#legend-actors li[data-actor='saa'] .count")).to_have_text("2")
    expect(page.locator("#legend-actors li[data-actor='saa'] .name")).to_have_text("Syrian Arab Army")
    assert "date=2019-09-01" in page.url


def test_clicking_a_place_shows_its_history_with_source_and_verifier(live_server, page, idlib, artifacts_dir):
    open_map(page, live_server, f"lang=en&date=2019-09-01&lat={KS[1]}&lon={KS[0]}&z=11")
    box = page.locator("#map").bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    panel = page.locator("#place-panel")
    expect(panel).to_be_visible()
    expect(panel).to_have_attribute("data-loaded", str(idlib["ks"].pk))
    expect(page.locator("#panel-title")).to_have_text("Khan Shaykhun")
    expect(page.locator("#panel-alt-name")).to_have_text("خان شيخون")
    expect(page.locator("#panel-holder")).to_contain_text("Held by")
    expect(page.locator("#panel-holder .holder-name")).to_have_text("Syrian Arab Army")
    expect(page.locator("#panel-holder")).to_contain_text("since 2019-08-20")
    expect(page.locator("#panel-age")).to_have_attribute("data-days", "12")
    steps = page.locator("#panel-history > li")
    expect(steps).to_have_count(2)
    latest = steps.nth(1)
    link = latest.locator(".sources a")
    expect(link).to_have_text("Hadi al-Abdallah blog — منصة إعلامية تصدر إحصائية")
    expect(link).to_have_attribute("href", "https://hadialabdallah.com/2019/08/13/losses")
    expect(link).to_have_attribute("rel", "noopener nofollow")
    expect(latest.locator(".quote")).to_have_text("سيطرت قوات النظام على مدينة خان شيخون")
    expect(latest.locator(".reviewer")).to_contain_text("Verified by: checker")
    expect(latest.locator(".claimed-by")).to_have_text("Claimed by: SANA")
    assert f"place={idlib['ks'].pk}" in page.url
    page.screenshot(path=str(artifacts_dir / "map-place-panel.png"), full_page=True)


def test_a_permalink_restores_the_view_and_back_forward_walk_through_it(live_server, page, idlib):
    ks = idlib["ks"].pk
    open_map(page, live_server, f"lang=en&date=2019-09-01&cmp=2019-08-01&lat=35.44&lon=36.6&z=10&place={ks}")
    expect(page.locator("#date-input")).to_have_value("2019-09-01")
    expect(page.locator("#compare-input")).to_have_value("2019-08-01")
    expect(page.locator("#place-panel")).to_have_attribute("data-loaded", str(ks))
    expect(page.locator("#compare-table tbody tr")).to_have_count(2)
    for part in ("date=2019-09-01", "cmp=2019-08-01", "lat=35.4400", "lon=36.6000", "z=10", f"place={ks}"):
        assert part in page.url
    shared = page.url
    page.goto(shared)
    page.wait_for_function("document.documentElement.dataset.ready === '1'")
    assert page.url == shared
    expect(page.locator("#panel-title")).to_have_text("Khan Shaykhun")

    page.locator(".steps button[data-step='1'][data-unit='day']").click()
    page.wait_for_function("document.documentElement.dataset.renderedDate === '2019-09-02'")
    page.locator("#panel-close").click()
    expect(page.locator("#place-panel")).to_be_hidden()
    assert "place=" not in page.url
    page.go_back()
    expect(page.locator("#place-panel")).to_have_attribute("data-loaded", str(ks))
    expect(page.locator("#date-input")).to_have_value("2019-09-02")
    page.go_back()
    page.wait_for_function("document.documentElement.dataset.renderedDate === '2019-09-01'")
    expect(page.locator("#date-input")).to_have_value("2019-09-01")
    assert page.url == shared
    page.go_forward()
    page.wait_for_function("document.documentElement.dataset.renderedDate === '2019-09-02'")
    assert "date=2019-09-02" in page.url


def test_compare_lists_exactly_the_places_that_changed_hands(live_server, page, idlib):
    open_map(page, live_server, "lang=en&date=2019-09-01")
    page.locator("#compare-input").fill("2019-08-01")
    page.locator("#compare-input").dispatch_event("change")
    page.wait_for_function("document.documentElement.dataset.compared === '2019-08-01/2019-09-01'")
    rows = page.locator("#compare-table tbody tr")
    expect(rows).to_have_count(2)

    def table():
        return [[c.strip() for c in r] for r in page.eval_on_selector_all(
            "#compare-table tbody tr", "rows => rows.map(r => [...r.cells].map(c => c.textContent))"
        )]  # fmt: skip

    assert table() == [
        ["Al-Hbeit", "no earlier evidence", "Syrian Arab Army", "2019-08-09", ""],
        ["Khan Shaykhun", "Syrian opposition", "Syrian Arab Army", "2019-08-20", "Hadi al-Abdallah blog"],
    ]
    expect(page.locator("#compare-summary")).to_have_text("2 places changed hands 2019-08-01 → 2019-09-01")
    page.locator("#compare-table th button[data-sort='place']").click()
    page.locator("#compare-table th button[data-sort='place']").click()
    assert [r[0] for r in table()] == ["Khan Shaykhun", "Al-Hbeit"]
    expect(page.locator("#compare-csv")).to_have_attribute(
        "href", "/api/changes.csv?from=2019-08-01&to=2019-09-01"
    )
    assert "cmp=2019-08-01" in page.url


def test_the_arabic_page_is_right_to_left(live_server, page, idlib, artifacts_dir):
    open_map(
        page, live_server, f"lang=ar&date=2019-09-01&lat={KS[1]}&lon={KS[0]}&z=10&place={idlib['ks'].pk}"
    )
    html = page.locator("html")
    expect(html).to_have_attribute("dir", "rtl")
    expect(html).to_have_attribute("lang", "ar")
    assert page.evaluate("getComputedStyle(document.querySelector('.sidebar')).direction") == "rtl"
    expect(page.locator("#panel-title")).to_have_text("خان شيخون")
    expect(page.locator("#panel-holder .holder-name")).to_have_text("الجيش العربي السوري")
    # the sidebar sits on the right in RTL
    side = page.locator(".sidebar").bounding_box()
    assert side["x"] > 600
    page.screenshot(path=str(artifacts_dir / "map-arabic.png"))


def test_names_and_quotes_with_markup_appear_as_text(live_server, page, idlib):
    evil = idlib["evil"]
    open_map(page, live_server, f"lang=en&date=2019-09-01&place={evil.pk}&cmp=2014-06-01")
    expect(page.locator("#place-panel")).to_have_attribute("data-loaded", str(evil.pk))
    expect(page.locator("#panel-title")).to_have_text("<img src=x onerror=window.__xss=2>")
    expect(page.locator("#panel-alt-name")).to_have_text("<script>window.__xss=1</script>قرية")
    step = page.locator("#panel-history > li").first
    expect(step.locator(".quote")).to_have_text("<script>window.__xss=4</script> نص")
    expect(step.locator(".claimed-by")).to_have_text("Claimed by: <b>x</b>")
    # a javascript: link is never made a link
    expect(step.locator(".sources a")).to_have_count(0)
    expect(step.locator(".sources")).to_contain_text("Sketchy")
    expect(page.locator("#compare-table tbody")).to_contain_text("<img src=x onerror=window.__xss=2>")
    page.locator("#search-input").fill("<script>")
    page.wait_for_timeout(600)
    assert page.evaluate("window.__xss") is None
    assert page.locator("#place-panel img, #compare-table img, #place-panel script").count() == 0


def test_search_in_arabic_flies_to_the_place_and_opens_it(live_server, page, idlib):
    open_map(page, live_server, "lang=en&date=2019-09-01")
    page.locator("#search-input").fill("خان شيخون")
    result = page.locator("#search-results button").first
    expect(result).to_contain_text("Khan Shaykhun")
    result.click()
    expect(page.locator("#place-panel")).to_have_attribute("data-loaded", str(idlib["ks"].pk))
    page.wait_for_function("/z=1[1-7]/.test(location.search)")
    lat = float(re.search(r"lat=([\d.]+)", page.url).group(1))
    lon = float(re.search(r"lon=([\d.]+)", page.url).group(1))
    assert abs(lat - KS[1]) < 0.01 and abs(lon - KS[0]) < 0.01


def test_embed_mode_has_minimal_chrome_and_the_page_offers_a_snippet(live_server, page, idlib):
    open_map(page, live_server, "lang=en&date=2019-09-01")
    snippet = page.locator("#embed-code").input_value()
    assert snippet.startswith(f'<iframe src="{live_server.url}/?lang=en&amp;date=2019-09-01&amp;embed=1"')
    open_map(page, live_server, "lang=en&embed=1&date=2019-09-01")
    expect(page.locator(".site-header")).to_have_count(0)
    expect(page.locator(".sidebar")).to_be_hidden()
    expect(page.locator("#embed-date")).to_have_text("2019-09-01")


def test_on_a_phone_the_map_and_timeline_fit_the_screen(live_server, chromium, idlib, artifacts_dir):
    context = chromium.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    context.route(
        "**/*", lambda r: r.continue_() if r.request.url.startswith("http://localhost") else r.abort()
    )
    phone = context.new_page()
    try:
        open_map(phone, live_server, "lang=ar&date=2019-09-01")
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390
        map_box = phone.locator("#map").bounding_box()
        assert map_box["width"] >= 380 and map_box["height"] >= 300
        phone.screenshot(path=str(artifacts_dir / "map-phone.png"))
    finally:
        context.close()
