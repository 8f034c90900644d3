"""Hosted mode passes Django's deployment checks; settings fail loudly on nonsense."""

import datetime as dt
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from innerbase.env import env_bool, env_int
from innerbase.safety import helplines

ROOT = Path(__file__).resolve().parents[1]


def _hosted_env(tmp_path, **extra) -> dict:
    env = {
        **os.environ,
        "INNERBASE_HOSTED": "1",
        "INNERBASE_SECRET_KEY": secrets.token_urlsafe(50),
        "INNERBASE_ALLOWED_HOSTS": "innerbase.example.org",
        "INNERBASE_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "innerbase.settings",
        **extra,
    }
    env.pop("DATABASE_URL", None)
    # The browser tests allow sync ORM calls under Playwright's loop; a real host never does.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return env


# `django check` with the calendar pinned: the helpline reminder reads today's date, and a
# test that passes today must not fail on a later day because nobody touched the data file.
_CHECK_ON_DAY = """
import datetime as dt
import sys

from django.core.management import execute_from_command_line

from innerbase.safety import checks

day = dt.date.fromisoformat(sys.argv.pop(1))
checks.today = lambda: day
execute_from_command_line(["django", *sys.argv[1:]])
"""


def _deploy_check_on(day: dt.date, tmp_path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", _CHECK_ON_DAY, day.isoformat()]
        + ["check", "--deploy", "--fail-level", "WARNING"],
        env=_hosted_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_check_deploy_is_clean_in_hosted_mode(tmp_path):
    result = _deploy_check_on(_oldest_helpline_check(), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_overdue_helplines_are_reported_without_failing_the_deploy_check(tmp_path):
    overdue = _oldest_helpline_check() + dt.timedelta(days=helplines.load()["stale_after_days"] + 1)
    result = _deploy_check_on(overdue, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "innerbase.W001" in result.stdout + result.stderr


def _oldest_helpline_check() -> dt.date:
    return dt.date.fromisoformat(helplines.load()["checked"])


@pytest.mark.parametrize("missing", ["INNERBASE_SECRET_KEY", "INNERBASE_ALLOWED_HOSTS"])
def test_hosted_mode_refuses_to_start_without_its_settings(tmp_path, missing):
    env = _hosted_env(tmp_path)
    env.pop(missing)
    result = subprocess.run(
        [sys.executable, "-m", "django", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode != 0 and missing in result.stderr


def test_env_helpers_fail_loudly(monkeypatch):
    monkeypatch.setenv("X_FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured):
        env_bool("X_FLAG")
    monkeypatch.setenv("X_NUM", "ten")
    with pytest.raises(ImproperlyConfigured):
        env_int("X_NUM", 1)
    monkeypatch.setenv("X_NUM", "0")
    with pytest.raises(ImproperlyConfigured):
        env_int("X_NUM", 1, minimum=1)
    monkeypatch.setenv("X_FLAG", "yes")
    assert env_bool("X_FLAG") is True


def test_security_headers_are_sent(client):
    response = client.get("/account/login/")
    csp = response["Content-Security-Policy"]
    assert (
        "default-src 'self'" in csp
        and "unsafe-inline" not in csp
        and "frame-ancestors 'none'" in csp
    )
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
