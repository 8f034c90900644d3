"""Help without a connection: the service worker keeps only public help pages and static
files, and its copies are made so that nothing a person wrote can be in them."""

import json
import re
from urllib.parse import urljoin

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.test import Client
from django.urls import resolve

from innerbase.safety import offline, services

pytestmark = pytest.mark.django_db

COPY = {"HTTP_INNERBASE_OFFLINE_COPY": "1"}
# The views whose pages are the same for everyone: nothing else may ever be kept.
PUBLIC_VIEWS = {
    "safety:help",
    "safety:offline",
    "safety:timer",
    "safety:calm",
    "safety:breathe",
    "safety:ground",
    "safety:soothe",
    "safety:leave",  # the plain page "Leave quickly" opens: nothing of Innerbase on it
}
PRIVATE = ("/journal", "/thoughts", "/assessments", "/account", "/api", "/operator", "/today")
PRIVATE_HELP = ("/help/plan", "/help/pause", "/help/support", "/help/check-in", "/help/country")
SECRET = "the blue door on Harlow Street"


def worker_config(client: Client) -> dict:
    """The allow-list exactly as the browser receives it, read from the served worker."""
    body = client.get("/sw.js").content.decode()
    found = re.search(r"^const CONFIG = (\{.*?^\});$", body, re.MULTILINE | re.DOTALL)
    assert found, "the worker's CONFIG was not found"
    return json.loads(found.group(1))


def test_the_worker_is_served_from_the_root_as_javascript_and_never_stale(client, alice_client):
    for each in (client, alice_client):
        response = each.get("/sw.js?country=GB")
        assert response.status_code == 200
        assert response["Content-Type"].startswith("text/javascript")
        assert response["Cache-Control"] == "no-cache"
    assert client.post("/sw.js").status_code == 405


def test_the_csp_lets_only_this_site_give_the_worker_and_the_manifest(client):
    csp = client.get("/help/")["Content-Security-Policy"]
    assert "worker-src 'self'" in csp and "manifest-src 'self'" in csp
    assert "unsafe-inline" not in csp


def test_the_worker_keeps_only_public_help_pages(client):
    config = worker_config(client)
    assert config["pages"] == offline.pages() and config["fallback"] == "/help/offline/"
    assert len(config["pages"]) == len(set(config["pages"]))
    for page in config["pages"]:
        path = page.partition("?")[0]
        assert resolve(path).view_name in PUBLIC_VIEWS, page
        assert not path.startswith(PRIVATE + PRIVATE_HELP), page
    assert set(config["countryPages"]) <= set(config["pages"])


def test_every_kept_page_opens_the_same_for_a_stranger(client):
    """A page that needs a login (and so could show someone's data) cannot be on the list."""
    for page in worker_config(client)["pages"]:
        response = Client().get(page)
        assert response.status_code == 200, page


def test_the_worker_keeps_only_static_files_that_exist(client):
    kept = worker_config(client)["static"]
    assert kept == offline.static_files()
    for url in kept:
        assert url.startswith(settings.STATIC_URL)
        assert finders.find(url.removeprefix(settings.STATIC_URL)), url


def test_every_file_a_kept_page_uses_is_kept_too(client):
    kept = set(offline.static_files())
    for page in offline.pages():
        html = Client().get(page, **COPY).content.decode()
        used = set(re.findall(r'(?:src|href)="(/static/[^"]+)"', html))
        assert used <= kept, f"{page} uses {used - kept}, which would be missing offline"
        # Every kept page but the plain one wears the site's stylesheet.
        assert used or page == "/help/leave/", f"{page} reads no static file at all"


def test_every_public_help_page_a_kept_page_links_to_is_kept_too(client):
    """Offline, a link from saved help never lands on the offline page instead, as long as it
    leads to a help page anyone may open (pages that need a login are not kept, by design)."""
    kept = set(offline.pages())
    for page in offline.pages():
        html = Client().get(page, **COPY).content.decode()
        for href in re.findall(r'href="([^"#]*)', html):
            link = urljoin(page, href)
            if not link.startswith("/help/") or link in kept:
                continue
            assert Client().get(link).status_code != 200, f"{page} links to {link}, not kept"


def test_a_copy_is_what_a_stranger_sees(alice):
    services.plan_save(user=alice.user, data_key=alice.data_key, sections={"reasons": SECRET})
    alice.user.country = "GB"
    alice.user.save(update_fields=["country"])
    sessions = Session.objects.count()
    for page in offline.pages():
        response = Client().get(page, **COPY)
        html = response.content.decode()
        assert response.status_code == 200 and response["Innerbase-Offline-Copy"] == "1", page
        assert response["Cache-Control"] == "no-store" and not response.has_header("Vary")
        assert not response.cookies, f"{page} set a cookie"
        assert "csrfmiddlewaretoken" not in html and 'method="post"' not in html, page
        assert SECRET not in html and alice.username not in html, page
    assert Session.objects.count() == sessions  # choosing a country in a copy keeps nothing


def test_a_copy_is_refused_to_a_request_that_says_who_is_asking(alice_client):
    response = alice_client.get("/help/", **COPY)
    assert response.status_code == 400 and not response.has_header("Innerbase-Offline-Copy")


@pytest.mark.parametrize(
    "path", ["/journal/", "/help/plan/", "/help/pause/", "/api/v1/me", "/account/", "/sw.js"]
)
def test_a_copy_of_anything_not_kept_is_refused(client, path):
    response = client.get(path, **COPY)
    assert response.status_code == 400 and not response.has_header("Innerbase-Offline-Copy")


def test_a_copy_is_never_made_of_a_post(client):
    response = client.post("/help/calm/feeling/", {"tool": "breathing", "feeling": "5"}, **COPY)
    assert response.status_code == 400


def test_an_answer_that_sets_a_cookie_is_not_marked_as_a_copy(rf):
    """The server marks only clean answers, and the worker keeps only marked ones."""

    def page(request, cookie):
        response = HttpResponse("a page")
        if cookie:
            response.set_cookie("anything", "x")
        return response

    request = rf.get("/help/calm/", **COPY)
    clean = offline.copies(lambda request: page(request, cookie=False))(request)
    assert clean["Innerbase-Offline-Copy"] == "1"
    dirty = offline.copies(lambda request: page(request, cookie=True))(request)
    assert dirty.cookies and not dirty.has_header("Innerbase-Offline-Copy")


def test_a_copy_picks_the_country_from_its_url_and_remembers_nothing(client):
    html = client.get("/help/?country=JP", **COPY).content.decode()
    assert "Talk to someone in Japan" in html
    assert not Session.objects.exists()
    client.get("/help/?country=JP")  # a person choosing a country is still remembered
    assert Session.objects.exists()


def test_pages_register_the_worker_for_the_persons_country(alice, alice_client, client):
    alice.user.country = "IE"
    alice.user.save(update_fields=["country"])
    assert 'data-worker="/sw.js?country=IE"' in alice_client.get("/").content.decode()
    html = client.get("/help/calm/", HTTP_ACCEPT_LANGUAGE="en-AU").content.decode()
    assert 'data-worker="/sw.js?country=AU"' in html
    # A copy never registers a worker itself: it is only ever shown by one.
    assert "offline.js" not in client.get("/help/calm/", **COPY).content.decode()


def test_a_copy_says_calmly_that_it_is_a_saved_copy(client):
    copy = client.get("/help/calm/breathe/", **COPY).content.decode()
    assert "No connection right now." in copy and "This is a copy saved on this device" in copy
    online = client.get("/help/calm/breathe/").content.decode()
    assert "No connection right now." not in online


def test_the_offline_page_has_the_help_for_the_persons_country(client):
    html = client.get("/help/offline/?country=GB", **COPY).content.decode()
    assert "You're offline right now" in html and "No connection right now." not in html
    assert 'href="tel:999"' in html and 'href="tel:116123"' in html
    assert "Need help now?" in html
    for link in ("/help/calm/breathe/", "/help/calm/ground/", "/help/calm/soothe/", "/help/timer/"):
        assert f'href="{link}"' in html
    assert "may not have arrived" in html and "never keeps your journal" in html


def test_the_offline_page_without_a_country_still_says_what_to_do(client):
    html = Client(HTTP_ACCEPT_LANGUAGE="xx").get("/help/offline/", **COPY).content.decode()
    assert "call your local emergency number" in html and 'href="/help/"' in html


def test_the_offline_page_visited_online_does_not_claim_to_be_offline(client):
    html = client.get("/help/offline/").content.decode()
    assert "Help without a connection" in html and "You're offline" not in html


def test_the_quiet_timer_opens_for_everyone_and_saves_nothing(client):
    response = client.get("/help/timer/")
    html = response.content.decode()
    assert response.status_code == 200 and "saves nothing" in html
    assert 'method="post"' not in html and "csrfmiddlewaretoken" not in html
    assert 'value="10"' in html and "js/timer.js" in html
    assert client.post("/help/timer/").status_code == 405
    assert client.post("/help/offline/").status_code == 405


def test_the_calm_page_offers_the_timer_to_people_without_an_account(client, alice_client):
    assert 'href="/help/timer/"' in client.get("/help/calm/").content.decode()
    assert 'href="/help/pause/"' in alice_client.get("/help/calm/").content.decode()


def test_the_worker_version_follows_the_helplines(monkeypatch, tmp_path):
    helplines = tmp_path / "helplines.json"
    helplines.write_text("{}", "utf-8")
    monkeypatch.setattr(offline, "_SOURCES", [helplines])
    before = offline.worker_config()["version"]
    helplines.write_text('{"changed": true}', "utf-8")
    assert offline.worker_config()["version"] != before


def test_the_plan_says_it_is_not_kept_offline_and_how_to_keep_a_copy(alice, alice_client):
    services.plan_save(user=alice.user, data_key=alice.data_key, sections={"reasons": SECRET})
    html = alice_client.get("/help/plan/").content.decode()
    assert "doesn't keep your plan on this device" in html and "save it as a PDF" in html


def test_the_offline_page_has_the_domestic_abuse_lines_too(client):
    page = client.get("/help/offline/?country=GB").content.decode()
    assert "National Domestic Abuse Helpline" in page and "Samaritans" in page
