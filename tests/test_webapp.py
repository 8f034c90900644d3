"""Innerbase on a home screen: the web app manifest, its icons and the theme colours."""

import json
import struct

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders

from innerbase import webapp

pytestmark = pytest.mark.django_db


def png_size(path: str) -> tuple[int, int]:
    with open(path, "rb") as png:
        head = png.read(24)
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", head[16:24])


def test_the_manifest_makes_innerbase_installable(client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"] == manifest["short_name"] == "Innerbase"
    assert manifest["start_url"] == "/" and manifest["display"] == "standalone"
    assert "manifest-src 'self'" in client.get("/")["Content-Security-Policy"]
    assert client.post("/manifest.webmanifest").status_code == 405


def test_every_icon_exists_at_its_stated_size(client):
    icons = json.loads(client.get("/manifest.webmanifest").content)["icons"]
    purposes = {icon.get("purpose", "any") for icon in icons}
    assert purposes == {"any", "maskable"}
    sizes = set()
    for icon in icons:
        path = finders.find(icon["src"].removeprefix(settings.STATIC_URL))
        assert path, icon["src"]
        if icon["type"] == "image/png":
            width, height = png_size(path)
            assert icon["sizes"] == f"{width}x{height}"
            sizes.add(width)
    assert {192, 512} <= sizes  # what Chrome asks for before offering to install


def test_the_theme_colours_are_the_stylesheets_tokens(client):
    manifest = json.loads(client.get("/manifest.webmanifest").content)
    tokens = webapp.colour_tokens()
    # The design tokens of docs/UX: warm paper, deep teal; dark background.
    assert tokens["light"]["bg"] == "#FBF8F4" and tokens["light"]["primary"] == "#2F6F6A"
    assert tokens["dark"]["bg"] == "#15181C" and tokens["dark"]["primary"] == "#7FC4BC"
    assert manifest["theme_color"] == tokens["light"]["primary"]
    assert manifest["background_color"] == tokens["light"]["bg"]
    html = client.get("/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert f'content="{tokens["dark"]["bg"]}" media="(prefers-color-scheme: dark)"' in html
