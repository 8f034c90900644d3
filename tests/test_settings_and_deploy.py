"""Hosted mode passes Django's deployment checks; settings fail loudly on nonsense."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from innerbase.env import env_bool, env_int

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


def test_check_deploy_is_clean_in_hosted_mode(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "django", "check", "--deploy", "--fail-level", "WARNING"],
        env=_hosted_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


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
