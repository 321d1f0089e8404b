"""Shared fixtures: a real PostGIS test database (pytest-django) and headless Chromium (Playwright)."""

import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).parent / "artifacts"

# Playwright's sync API runs an event loop in the test thread; the ORM calls made by fixtures and
# the live server are still synchronous (https://github.com/microsoft/playwright-pytest/issues/29).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def chromium():
    """One headless Debian Chromium for the whole run (Playwright's own download does not work here)."""
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs Debian's chromium package")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    """A fresh browser context and page per test; external requests (tiles) are blocked."""
    context = chromium.new_context(locale="en-GB", viewport={"width": 1280, "height": 800})

    def block_external(route):
        url = route.request.url
        if url.startswith(("http://localhost", "http://127.0.0.1", "data:", "blob:")):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", block_external)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def artifacts_dir():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


def pytest_sessionstart(session):
    """Labels read when test modules are imported (e.g. str(Claim.Status.PENDING.label)) are English too."""
    from django.utils import translation

    translation.activate("en")


@pytest.fixture(autouse=True)
def english_by_default(settings):
    """Tests assert the English source wording; the site defaults to Arabic (tests/frontline/test_i18n.py asks
    for it explicitly), so every test starts in English unless its request says otherwise."""
    from django.utils import translation

    settings.LANGUAGE_CODE = "en"
    # Tests create places and search for them at once: no one-second grace for the search index.
    settings.GAZETTEER_SEARCH_INDEX_RECHECK_SECONDS = 0
    with translation.override("en"):
        yield
