"""Where the browser tests find Chromium (or Chrome), on Linux and macOS. Standard library only:
`make test` runs it before installing anything, and tests/browser/conftest.py imports it.

    python3 tests/browser/browser_path.py   # prints the path, or what to do, and exits 1
"""

import os
import platform
import shutil
import sys
from pathlib import Path

# Debian's and Ubuntu's packages first (what CI uses), then Chrome where it is installed.
COMMANDS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
MAC_APPS = (
    "Google Chrome.app/Contents/MacOS/Google Chrome",
    "Chromium.app/Contents/MacOS/Chromium",
    "Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing",
)

HOW_TO = {
    "Darwin": (
        "No Chrome or Chromium found for the browser tests. Install Google Chrome "
        "(https://www.google.com/chrome/) or Chromium into /Applications, or point "
        "CHROMIUM_PATH at a Chrome or Chromium binary, then run `make test` again."
    ),
    "Linux": (
        "No Chromium found for the browser tests. On Debian or Ubuntu `make test` installs "
        "the `chromium` package with apt-get; elsewhere install Chromium or Chrome, or point "
        "CHROMIUM_PATH at its binary, then run `make test` again."
    ),
}


def mac_app_dirs() -> list[Path]:
    return [Path("/Applications"), Path.home() / "Applications"]


def find_browser(system: str | None = None) -> str | None:
    """The path of a Chromium or Chrome to drive, or None when there is none."""
    chosen = os.environ.get("CHROMIUM_PATH")
    if chosen:
        return chosen if os.access(chosen, os.X_OK) else None
    for command in COMMANDS:
        found = shutil.which(command)
        if found:
            return found
    if (system or platform.system()) == "Darwin":
        for folder in mac_app_dirs():
            for app in MAC_APPS:
                if os.access(folder / app, os.X_OK):
                    return str(folder / app)
    return None


def how_to(system: str | None = None) -> str:
    """What to do when no browser is found, in words for this system."""
    advice = HOW_TO.get(system or platform.system(), HOW_TO["Linux"])
    chosen = os.environ.get("CHROMIUM_PATH")
    if chosen:
        return f"CHROMIUM_PATH is {chosen}, which is not a program this machine can run. " + advice
    return advice


if __name__ == "__main__":
    path = find_browser()
    print(path or how_to(), file=sys.stdout if path else sys.stderr)
    sys.exit(0 if path else 1)
