"""Set-up commands: one-line errors for bad configuration, production never gets demo logins, deploy checks."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import CommandError

ROOT = Path(__file__).resolve().parents[2]


def manage(*args, **env):
    # The test process allows Django's ORM under Playwright's event loop; a deployment never does.
    base = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.returncode, result.stdout, result.stderr


def test_unreachable_database_is_one_actionable_line():
    code, out, err = manage("ensure_database", DATABASE_URL="postgres://postgres@127.0.0.1:1/frontline")
    assert code == 1
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1
    assert "cannot reach PostgreSQL at 127.0.0.1:1" in lines[0] and "check DATABASE_URL" in lines[0]


def test_a_database_url_that_is_not_postgres_is_refused_in_one_line():
    code, out, err = manage("check", DATABASE_URL="mysql://root@127.0.0.1/frontline")
    assert code == 1
    assert err.strip() == (
        "error: DATABASE_URL must look like postgres://USER[:PASSWORD]@HOST:PORT/NAME (PostgreSQL with PostGIS)"
    )


def test_production_settings_need_a_secret_key():
    code, out, err = manage("check", DEBUG="0", SECRET_KEY="")
    assert code == 1
    assert "SECRET_KEY must be set when DEBUG is off" in err and "Traceback" not in err


def test_deploy_checks_are_clean_in_production_mode():
    code, out, err = manage(
        "check", "--deploy", "--fail-level", "WARNING",
        DEBUG="0", SECRET_KEY=secrets.token_urlsafe(50), ALLOWED_HOSTS="frontline.example.org",
    )  # fmt: skip
    assert code == 0, err
    assert "no issues" in out


@pytest.mark.django_db
def test_demo_logins_are_refused_in_production_mode(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match=r"demo users are only created in development mode \(DEBUG=1\)"):
        call_command("ensure_demo_users")
    assert not User.objects.filter(username__startswith="demo-").exists()


@pytest.mark.django_db
def test_demo_logins_in_development_belong_to_their_groups(settings):
    settings.DEBUG = True
    call_command("ensure_demo_users")
    call_command("ensure_demo_users")  # idempotent
    editor = User.objects.get(username="demo-editor")
    assert list(editor.groups.values_list("name", flat=True)) == ["Editor"]
    assert User.objects.get(username="demo-verifier").groups.filter(name="Verifier").exists()
