"""How the browser tests find a browser: Debian's or Ubuntu's Chromium, an installed Chrome
or Chromium on macOS, or a clear word on what to do."""

import os
import stat

import pytest

from browser import browser_path


@pytest.fixture
def nothing_on_path(monkeypatch, tmp_path):
    monkeypatch.delenv("CHROMIUM_PATH", raising=False)
    monkeypatch.setattr(browser_path.shutil, "which", lambda command: None)
    monkeypatch.setattr(browser_path, "mac_app_dirs", lambda: [tmp_path / "Applications"])
    return tmp_path / "Applications"


def _app(folder, inside: str) -> str:
    binary = folder / inside
    binary.parent.mkdir(parents=True)
    binary.write_text("#!/bin/sh\n")
    binary.chmod(binary.stat().st_mode | stat.S_IXUSR)
    return str(binary)


def test_debians_chromium_comes_first(monkeypatch, nothing_on_path):
    found = {"chromium": "/usr/bin/chromium", "google-chrome": "/usr/bin/google-chrome"}
    monkeypatch.setattr(browser_path.shutil, "which", found.get)
    assert browser_path.find_browser("Linux") == "/usr/bin/chromium"


@pytest.mark.parametrize(
    "inside",
    ["Google Chrome.app/Contents/MacOS/Google Chrome", "Chromium.app/Contents/MacOS/Chromium"],
)
def test_on_a_mac_an_installed_chrome_or_chromium_is_used(nothing_on_path, inside):
    assert browser_path.find_browser("Darwin") is None
    path = _app(nothing_on_path, inside)
    assert browser_path.find_browser("Darwin") == path
    assert browser_path.find_browser("Linux") is None  # app folders are a Mac thing


def test_none_found_says_what_to_do_for_this_system(nothing_on_path):
    assert browser_path.find_browser("Darwin") is None
    assert "Install Google Chrome" in browser_path.how_to("Darwin")
    assert "apt-get" in browser_path.how_to("Linux")


def test_chromium_path_wins_and_a_wrong_one_is_named(monkeypatch, nothing_on_path, tmp_path):
    chosen = _app(tmp_path, "my/chrome")
    monkeypatch.setenv("CHROMIUM_PATH", chosen)
    assert browser_path.find_browser("Linux") == chosen
    os.chmod(chosen, 0o600)
    assert browser_path.find_browser("Linux") is None
    assert f"CHROMIUM_PATH is {chosen}" in browser_path.how_to("Linux")
