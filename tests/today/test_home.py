"""Today: a welcome for visitors, the cards for a signed-in person, navigation that grows."""

import pytest

from innerbase.core import navigation

pytestmark = pytest.mark.django_db


def test_visitors_get_the_welcome_and_the_way_in(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Create a private account" in response.content
    assert b"Need help now?" in response.content
    # Navigation offers only what a visitor can use: help, never pages behind the login.
    assert [item["label"] for item in response.context["nav_items"]] == ["Help"]


def test_signed_in_people_see_today_with_its_cards(alice_client):
    response = alice_client.get("/")
    assert b"<h1>Today</h1>" in response.content
    assert b"If today is hard" in response.content
    assert b'href="/account/"' in response.content


def test_every_navigation_link_leads_to_a_page_that_exists(alice_client):
    response = alice_client.get("/")
    for item in response.context["nav_items"]:
        assert alice_client.get(item["url"]).status_code == 200, item


def test_the_current_page_is_marked_in_the_navigation(alice_client):
    items = alice_client.get("/account/").context["nav_items"]
    current = [item["label"] for item in items if item["current"]]
    assert current == ["Account"]
    assert navigation.items_for  # the registry other apps call


def test_post_to_today_is_refused(alice_client):
    assert alice_client.post("/").status_code == 405


def test_unknown_pages_get_a_calm_404_with_help(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert b"Need help now?" in response.content
    api = client.get("/api/v1/no-such-thing")
    assert api.status_code == 404
