"""Today: a welcome for visitors, the cards for a signed-in person, navigation that grows."""

import pytest

from innerbase.core import navigation, registry

pytestmark = pytest.mark.django_db


def test_visitors_get_the_welcome_and_the_way_in(client):
    response = client.get("/")
    assert response.status_code == 200
    assert b"Create a private account" in response.content
    assert b"Need help now?" in response.content
    # Navigation offers only what a visitor can use: help, never pages behind the login.
    assert [item["label"] for item in response.context["nav_items"]] == ["Help"]


NEW_PERSONS_CARDS = [
    "today/cards/recovery_key.html",  # order 0, until the recovery key is confirmed
    "journal/cards/check_in.html",  # 10
    "practice/cards/today.html",  # 20, the plan (for everyone until a questionnaire) has a practice
    "learn/cards/today.html",  # 40, the first lesson of the path for the first weeks
    "assessments/cards/questionnaire.html",  # 60, a first ECR-R take to suggest
    "today/cards/hard_day.html",  # 100, always
]


def test_signed_in_people_see_today_with_its_cards(alice_client):
    response = alice_client.get("/")
    assert b"<h1>Today</h1>" in response.content
    assert b"If today is hard" in response.content
    assert b"Make and save a recovery key" in response.content
    assert b'href="/account/"' in response.content
    assert [card["template"] for card in response.context["cards"]] == NEW_PERSONS_CARDS


def test_the_recovery_key_card_goes_once_the_key_is_confirmed(alice_client, alice):
    alice.user.recovery_key_confirmed = True
    alice.user.save(update_fields=["recovery_key_confirmed"])
    response = alice_client.get("/")
    assert [card["template"] for card in response.context["cards"]] == NEW_PERSONS_CARDS[1:]
    assert b"Make and save a recovery key" not in response.content


def test_every_navigation_link_leads_to_a_page_that_exists(alice_client):
    response = alice_client.get("/")
    for item in response.context["nav_items"]:
        assert alice_client.get(item["url"]).status_code == 200, item


def test_a_capability_can_add_its_card(alice_client, monkeypatch):
    monkeypatch.setattr(registry, "_cards", dict(registry._cards))  # the app's registry comes back
    request = alice_client.get("/").wsgi_request
    registry.card_register(
        "extra/shown.html",
        order=50,
        show=lambda request: request.user.username == "alice",
        context=lambda request: {"greeting": f"hello {request.user.username}"},
    )
    registry.card_register("extra/hidden.html", order=55, show=lambda request: False)
    registry.card_register("today/cards/hard_day.html", order=100)  # registering again is harmless
    found = registry.cards_for(request)
    # The new card sits between orders 40 and 60; the hidden one is left out.
    expected = [*NEW_PERSONS_CARDS[:4], "extra/shown.html", *NEW_PERSONS_CARDS[4:]]
    assert [card["template"] for card in found] == expected
    assert found[4] == {"template": "extra/shown.html", "greeting": "hello alice"}
    assert found[-1] == {"template": "today/cards/hard_day.html"}  # no context: template only


NAVIGATION = [
    ("Today", "/"),
    ("Journal", "/journal/"),
    ("Practice", "/practice/"),
    ("People", "/people/"),
    ("Thoughts", "/thoughts/"),
    ("Learn", "/learn/"),
    ("Progress", "/progress/"),
    ("Account", "/account/"),
    ("Help", "/help/"),
]


@pytest.mark.parametrize(
    ("path", "current"),
    [
        ("/", "Today"),  # "/" is current only on Today itself, not on every page under it
        ("/account/", "Account"),
        ("/journal/", "Journal"),
        ("/journal/new/", "Journal"),  # a page inside a section marks the section
        ("/help/", "Help"),
    ],
)
def test_the_current_page_is_marked_in_the_navigation(alice_client, path, current):
    items = alice_client.get(path).context["nav_items"]
    assert [(item["label"], item["url"]) for item in items] == NAVIGATION
    assert [item["label"] for item in items if item["current"]] == [current]


def test_the_navigation_registry_keeps_one_item_per_page(alice_client, monkeypatch):
    monkeypatch.setattr(navigation, "_items", dict(navigation._items))
    navigation.register("Journal", "journal:index", order=20)  # registering again is harmless
    navigation.register("Calm", "safety:calm", order=95, requires_login=False)
    request = alice_client.get("/").wsgi_request
    labels = [item["label"] for item in navigation.items_for(request)]
    assert labels == [label for label, _url in NAVIGATION] + ["Calm"]


def test_post_to_today_is_refused(alice_client):
    assert alice_client.post("/").status_code == 405


def test_unknown_pages_get_a_calm_404_with_help(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert b"Need help now?" in response.content
    api = client.get("/api/v1/no-such-thing")
    assert api.status_code == 404


def test_a_brand_new_account_is_welcomed_not_welcomed_back(client):
    from django.test import Client

    signed_up = client.post(
        "/account/signup/",
        {
            "username": "maya",
            "new_passphrase": "paper boats on a slow river",
            "new_passphrase_again": "paper boats on a slow river",
            "adult": "on",
        },
    )
    assert signed_up.status_code == 200
    for _ in range(2):  # the whole first session
        page = client.get("/").content.decode()
        assert "Welcome, maya." in page and "Welcome back" not in page
    again = Client()
    again.post("/account/login/", {"username": "maya", "passphrase": "paper boats on a slow river"})
    assert "Welcome back, maya." in again.get("/").content.decode()
