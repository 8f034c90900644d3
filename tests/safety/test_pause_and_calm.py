"""Pause before you act, and the calming tools (open to everyone)."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone
from django.utils.html import escape

from innerbase.safety import content, stats
from innerbase.safety.models import CalmCheckout, Pause
from people import log_in

pytestmark = pytest.mark.django_db


def test_a_pause_runs_then_asks_how_it_went(alice_client, alice):
    response = alice_client.post(
        "/help/pause/", {"urge": "text_them", "wait_minutes": "20", "alternative": ""}
    )
    pause = Pause.objects.get(owner=alice.user)
    assert pause.ends_at - pause.started_at == dt.timedelta(minutes=20)
    waiting = alice_client.get(response["Location"]).content.decode()
    assert 'data-ends-in="' in waiting and "Finish early" in waiting
    # Secure alternatives suited to this urge are offered while waiting.
    suited = [a["label"] for a in content.alternatives_for("text_them")][:2]
    assert all(escape(label) in waiting for label in suited)
    Pause.objects.filter(pk=pause.pk).update(ends_at=timezone.now() - dt.timedelta(seconds=1))
    over = alice_client.get(pause.get_absolute_url()).content.decode()
    assert "data-ends-in" not in over and 'name="passed"' in over
    alice_client.post(pause.get_absolute_url(), {"passed": "yes", "what_happened": "Called Jo."})
    pause.refresh_from_db()
    assert pause.passed is True and pause.open_text(alice.data_key, "what_happened") == "Called Jo."
    assert b"Called Jo." not in bytes(pause.what_happened)
    listing = alice_client.get("/help/pause/").content.decode()
    assert "The urge passed 1 time out of 1 pause" in listing


def test_an_own_urge_needs_words_and_nothing_is_saved_without_them(alice_client):
    response = alice_client.post(
        "/help/pause/", {"urge": "own", "own_urge": " ", "wait_minutes": "10"}
    )
    assert response.status_code == 200 and "Say in a few words" in response.content.decode()
    assert not Pause.objects.exists()


@pytest.mark.parametrize(
    "data", [{"urge": "nonsense", "wait_minutes": "10"}, {"urge": "text_them", "wait_minutes": "7"}]
)
def test_bad_choices_are_refused_beside_the_field(alice_client, data):
    response = alice_client.post("/help/pause/", data)
    assert response.status_code == 200 and "errorlist" in response.content.decode()
    assert not Pause.objects.exists()


def test_another_persons_pause_is_a_404(alice_client, alice, charlie):
    alice_client.post("/help/pause/", {"urge": "chase", "wait_minutes": "10"})
    pause = Pause.objects.get()
    stranger = log_in(Client(), charlie)
    assert stranger.get(pause.get_absolute_url()).status_code == 404
    assert stranger.post(pause.get_absolute_url(), {"passed": "yes"}).status_code == 404
    pause.refresh_from_db()
    assert pause.passed is None


def test_the_summary_counts_only_finished_pauses():
    assert stats.urges_passed([True, False, None, True]) == {
        "finished": 3,
        "passed": 2,
        "share": 2 / 3,
    }
    assert stats.urges_passed([])["share"] is None


@pytest.mark.parametrize(
    "path",
    ["/help/calm/", "/help/calm/breathe/", "/help/calm/ground/?step=3", "/help/calm/soothe/"],
)
def test_calming_tools_are_open_without_an_account(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert "Save how I feel" not in response.content.decode()


def test_an_unknown_rhythm_or_step_is_handled(client):
    assert client.get("/help/calm/breathe/?rhythm=99-1").status_code == 200
    assert client.get("/help/calm/ground/?step=abc").status_code == 200
    assert client.get("/help/calm/ground/?step=40").status_code == 404


def test_how_i_feel_is_kept_for_a_logged_in_person(alice_client, alice):
    response = alice_client.post(
        "/help/calm/feeling/", {"tool": "breathing", "feeling": "6"}, follow=True
    )
    assert "6 out of 10" in response.content.decode()
    assert CalmCheckout.objects.get(owner=alice.user).feeling == 6


@pytest.mark.parametrize("feeling", ["11", "-1", "calm", ""])
def test_a_feeling_outside_0_to_10_is_not_kept(alice_client, feeling):
    response = alice_client.post(
        "/help/calm/feeling/", {"tool": "breathing", "feeling": feeling}, follow=True
    )
    assert "Choose a number from 0 to 10" in response.content.decode()
    assert not CalmCheckout.objects.exists()


def test_logged_out_feelings_are_not_kept(client):
    client.post("/help/calm/feeling/", {"tool": "breathing", "feeling": "6"})
    assert not CalmCheckout.objects.exists()


def test_keeping_a_country_becomes_the_persons_setting(alice_client, alice):
    response = alice_client.post("/help/country/", {"country": "nz"})
    assert response["Location"] == "/help/"
    alice.user.refresh_from_db()
    assert alice.user.country == "NZ"
    html = alice_client.get("/help/", HTTP_ACCEPT_LANGUAGE="en-GB").content.decode()
    assert "Talk to someone in New Zealand" in html
    # A new browser (no session) still finds it, from the account.
    fresh = log_in(Client(), alice).get("/help/plan/", HTTP_ACCEPT_LANGUAGE="en-GB")
    assert fresh.context["country"]["code"] == "NZ"


def test_looking_at_another_country_changes_no_setting(alice_client, alice):
    alice_client.get("/help/?country=AU")
    alice.user.refresh_from_db()
    assert alice.user.country == ""


def test_an_unknown_country_is_refused_and_nothing_changes(alice_client, alice):
    response = alice_client.post("/help/country/", {"country": "ZZ"}, follow=True)
    assert "Choose a country from the list." in response.content.decode()
    alice.user.refresh_from_db()
    assert alice.user.country == ""
    assert alice_client.get("/help/country/").status_code == 405
