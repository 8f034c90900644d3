"""The weekly check-in's pages: save this week's check-in (sealed words, plain ratings), a
second save the same week changes it, bad input keeps what was typed and saves nothing, the
check-in day, "not this week", the chart with its summary and table, the intention made a
practice intention by practice's own form; the wins page; the Today cards."""

import datetime as dt
import html

import pytest
from django.utils import timezone

from innerbase.checkins import selectors, services
from innerbase.checkins.models import Rhythm, WeeklyCheckin
from innerbase.checkins.views import pages
from innerbase.journal import services as journal
from innerbase.practice.models import Intention
from page_urls import assert_no_url_holds

from .helpers import better_gad7, climbed_step, days_ago, kept_intention, passed_pause

pytestmark = pytest.mark.django_db
URL = "/progress/check-in/"


def text(response) -> str:
    return html.unescape(response.content.decode())


def checkin(client, **extra):
    data = {
        "sign_curious": "3",
        "sign_communicating": "2",
        "sign_available": "na",
        "went_well": "A calm walk with Ana.",
        "win": "I said no to a late call.",
        "intention": "Ask Ana for coffee.",
        **extra,
    }
    return client.post(URL, data)


def make_due(person, *, weekday=None):
    """The account a week old and the check-in day today."""
    person.user.date_joined = timezone.now() - dt.timedelta(days=8)
    person.user.save(update_fields=["date_joined"])
    day = weekday if weekday is not None else timezone.localdate().weekday()
    services.rhythm_set(user=person.user, weekday=day)


def test_save_a_check_in_sealed_with_plain_ratings(alice, alice_client):
    response = checkin(alice_client)
    assert response.status_code == 302 and response["Location"] == URL
    row = WeeklyCheckin.objects.get(owner=alice.user)
    assert row.signs == {"curious": 3, "communicating": 2, "available": "na"}
    assert row.week == selectors.this_week(user=alice.user)
    assert b"late call" not in row.body and b"Ana" not in row.body
    page = text(alice_client.get(URL))
    assert "You have done this week's check-in" in page
    assert 'value="I said no to a late call."' in page or "I said no to a late call." in page


def test_a_second_save_the_same_week_changes_it(alice, alice_client):
    checkin(alice_client)
    checkin(alice_client, sign_curious="4", win="I went to the class.")
    row = WeeklyCheckin.objects.get(owner=alice.user)
    assert row.signs["curious"] == 4
    assert selectors.words_of(checkin=row, data_key=alice.data_key)["win"] == "I went to the class."


def test_bad_input_names_the_field_keeps_what_was_typed_and_saves_nothing(alice, alice_client):
    response = checkin(alice_client, sign_trust="7", win="x" * 20_001)
    page = text(response)
    assert response.status_code == 422
    assert "Choose one of the answers for this sign." in page
    assert "Keep this to 20,000 characters or fewer." in page
    assert "A calm walk with Ana." in page
    assert not WeeklyCheckin.objects.filter(owner=alice.user).exists()
    response = checkin(alice_client, intention="y" * 501)
    assert response.status_code == 422 and "500 characters" in text(response)


def test_every_answer_may_be_left_blank(alice, alice_client):
    response = alice_client.post(URL, {})
    assert response.status_code == 302
    assert WeeklyCheckin.objects.get(owner=alice.user).signs == {}


def test_a_crisis_word_is_screened_and_still_saved(alice, alice_client):
    response = checkin(alice_client, went_well="Nothing. I want to die.")
    assert response.status_code == 302 and "/help/" in response["Location"]
    assert WeeklyCheckin.objects.filter(owner=alice.user).count() == 1


def test_the_saved_intention_is_offered_to_practice_in_a_post_body(alice, alice_client):
    checkin(alice_client)
    page = text(alice_client.get(URL))
    assert 'action="/practice/intentions/"' in page
    assert 'name="text" value="Ask Ana for coffee."' in page
    assert_no_url_holds(page, "Ask Ana", "late call", "calm walk")  # never in a URL
    response = alice_client.post(
        "/practice/intentions/", {"code": "", "text": "Ask Ana for coffee."}
    )
    assert response.status_code == 302
    assert Intention.objects.filter(owner=alice.user).count() == 1


def test_choose_the_day_and_the_week_follows_it(alice, alice_client):
    response = alice_client.post(f"{URL}day/", {"weekday": "4"})
    assert response.status_code == 302
    assert Rhythm.objects.get(owner=alice.user).weekday == 4
    assert selectors.this_week(user=alice.user).weekday() == 4
    response = alice_client.post(f"{URL}day/", {"weekday": "9"})
    assert response.status_code == 422 and "Choose a day of the week." in text(response)
    assert Rhythm.objects.get(owner=alice.user).weekday == 4


def test_the_default_day_is_the_weekday_the_person_joined(alice):
    joined = timezone.localtime(alice.user.date_joined).date()
    assert selectors.weekday_of(user=alice.user) == joined.weekday()


def test_the_chart_shows_each_sign_with_a_summary_and_a_table(alice, alice_client):
    week = selectors.this_week(user=alice.user)
    for back, value in ((2, 1), (1, "na"), (0, 3)):
        services.checkin_save(
            user=alice.user,
            data_key=alice.data_key,
            week=week - dt.timedelta(weeks=back),
            signs={"curious": value},
            words={},
        )
    page = text(alice_client.get(URL))
    assert "Rated in 2 weeks. First: a little. Latest: a lot." in page
    assert page.count('<svg viewBox="0 0 320 160" role="img"') == 1  # only curious has two
    assert "<table" in page and "Doesn't apply" in page


def test_the_chart_waits_for_two_check_ins(alice_client):
    assert "After a few check-ins" in text(alice_client.get(URL))


def test_wrong_method_logged_out_and_csrf(alice, alice_client, client):
    assert alice_client.get(f"{URL}skip/").status_code == 405
    assert alice_client.get(f"{URL}day/").status_code == 405
    assert alice_client.post("/progress/wins/").status_code == 405
    for path in (URL, "/progress/wins/"):
        response = client.get(path)
        assert response.status_code == 302 and "/account/login/" in response["Location"]
    alice_client.handler.enforce_csrf_checks = True
    assert alice_client.post(URL, {"win": "x"}).status_code == 403
    assert not WeeklyCheckin.objects.exists()


def test_a_check_in_is_the_persons_own(alice, alice_client, charlie):
    services.checkin_save(
        user=charlie.user,
        data_key=charlie.data_key,
        week=selectors.this_week(user=charlie.user),
        signs={"trust": 4},
        words={"win": "Charlie's own win."},
    )
    assert "Charlie's own win." not in text(alice_client.get(URL))
    assert "Charlie's own win." not in text(alice_client.get("/progress/wins/"))
    checkin(alice_client)
    assert WeeklyCheckin.objects.filter(owner=charlie.user).get().signs == {"trust": 4}


# -- Today ---------------------------------------------------------------------------------
def cards(client) -> list[str]:
    return [card["template"] for card in client.get("/").context["cards"]]


def test_today_offers_the_check_in_on_its_day_until_done(alice, alice_client):
    make_due(alice)
    assert "checkins/cards/weekly.html" in cards(alice_client)
    page = text(alice_client.get("/"))
    assert "Your weekly check-in" in page and "Not this week" in page
    checkin(alice_client)
    assert "checkins/cards/weekly.html" not in cards(alice_client)


def test_not_this_week_sets_the_week_aside_without_a_word_of_blame(alice, alice_client):
    make_due(alice)
    response = alice_client.post(f"{URL}skip/", {"next": "/"})
    assert response.status_code == 302 and response["Location"] == "/"
    page = text(alice_client.get("/"))
    assert "See you next week." in page and "missed" not in page.lower()
    assert "checkins/cards/weekly.html" not in cards(alice_client)


def test_today_does_not_offer_it_on_another_day_or_in_the_first_week(alice, alice_client):
    make_due(alice, weekday=(timezone.localdate().weekday() + 1) % 7)
    assert "checkins/cards/weekly.html" not in cards(alice_client)
    make_due(alice)
    alice.user.date_joined = timezone.now()
    alice.user.save(update_fields=["date_joined"])
    assert "checkins/cards/weekly.html" not in cards(alice_client)


def low_mood(person, mood=2):
    journal.entry_create(
        user=person.user, data_key=person.data_key, body={}, mode="quick", mood=mood
    )


def test_a_hard_day_shows_three_wins_of_different_kinds(alice, alice_client):
    kept_intention(alice, "Text a friend back.", at=days_ago(1))
    kept_intention(alice, "Go for a walk.", at=days_ago(2))
    passed_pause(alice, "Check his page", at=days_ago(3))
    climbed_step(alice, "Say hello first", at=days_ago(4))
    low_mood(alice)
    page = text(alice_client.get("/"))
    assert "Things you've done lately" in page
    assert "Kept: Text a friend back." in page
    assert "An urge passed: Check his page" in page
    assert "A step climbed: Say hello first" in page
    assert "Go for a walk." not in page  # a second intention waits for a fourth place


def test_no_wins_card_without_a_low_mood_or_without_wins(alice, alice_client):
    kept_intention(alice, "Text a friend back.")
    low_mood(alice, mood=6)
    assert "checkins/cards/hard_day.html" not in cards(alice_client)
    low_mood(alice, mood=3)
    assert "checkins/cards/hard_day.html" in cards(alice_client)


def test_a_low_mood_with_no_wins_shows_nothing(alice, alice_client):
    low_mood(alice, mood=1)
    assert "checkins/cards/hard_day.html" not in cards(alice_client)


# -- wins ----------------------------------------------------------------------------------
def test_the_wins_page_lists_every_kind_newest_first(alice, alice_client):
    kept_intention(alice, "Text a friend back.", at=days_ago(5))
    passed_pause(alice, "Check his page", at=days_ago(4))
    climbed_step(alice, "Say hello first", at=days_ago(3))
    better_gad7(alice, at=days_ago(2))
    checkin(alice_client)
    page = text(alice_client.get("/progress/wins/"))
    found = [
        page.index(t)
        for t in (
            "I said no to a late call.",
            "GAD-7: a real change for the better in anxiety symptoms",
            "A step climbed: Say hello first",
            "An urge passed: Check his page",
            "Kept: Text a friend back.",
        )
    ]
    assert found == sorted(found)


def test_the_wins_page_is_paged(alice, alice_client):
    for day in range(25):
        kept_intention(alice, f"Intention {day:02d}.", at=days_ago(day + 1))
    first = text(alice_client.get("/progress/wins/"))
    assert "Intention 00." in first and "Intention 19." in first and "Intention 20." not in first
    older = alice_client.get("/progress/wins/").context["older"]
    second = text(alice_client.get("/progress/wins/", {"before": older}))
    assert "Intention 20." in second and "Intention 24." in second and "Intention 19." not in second
    assert "Newer wins" in second
    assert alice_client.get("/progress/wins/", {"before": "nonsense"}).status_code == 200


def test_the_wins_page_when_empty(alice_client):
    assert "Your wins will show here" in text(alice_client.get("/progress/wins/"))


def test_the_practice_hub_links_to_the_check_in_and_the_wins(alice_client):
    page = text(alice_client.get("/practice/"))
    assert f'href="{URL}"' in page and 'href="/progress/wins/"' in page


def test_the_page_size_is_bounded():
    assert pages.WINS_PAGE == 20
