"""Graduation, not engagement: when the ECR-R shows a reliable improvement on two takes in a
row and eight weeks of signs are steady, Today and the progress page say so and offer a
lighter rhythm once; choosing it leaves a monthly check-in and fewer cards on Today, and
either answer ends the offer. Short of the rule, nothing is said."""

import datetime as dt
import html

import pytest

from innerbase.checkins import content as checkins_content
from innerbase.checkins import selectors as checkins
from innerbase.checkins import services as checkin_services
from innerbase.checkins.models import Rhythm
from people import take_attachment

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return html.unescape(response.content.decode())


def steady_weeks(person, rating: int = 3, weeks: int = 8):
    this_week = checkins.this_week(user=person.user)
    codes = [sign["code"] for sign in checkins_content.signs()]
    for n in range(weeks):
        checkin_services.checkin_save(
            user=person.user,
            data_key=person.data_key,
            week=this_week - dt.timedelta(weeks=n),
            signs=dict.fromkeys(codes, rating),
            words={},
        )


def steadier(person):
    take_attachment(person, anxious=True, avoidant=True)
    take_attachment(person, anxious=False, avoidant=False)
    take_attachment(person, anxious=False, avoidant=False)
    steady_weeks(person)


def test_short_of_the_rule_nothing_is_said(alice, alice_client):
    take_attachment(alice, anxious=True, avoidant=True)
    take_attachment(alice, anxious=False, avoidant=False)  # one take better: not yet held
    steady_weeks(alice)
    assert "You are steadier" not in text(alice_client.get("/"))
    assert "You are steadier" not in text(alice_client.get("/progress/"))


def test_today_and_progress_say_so_and_offer_a_lighter_rhythm(alice, alice_client):
    steadier(alice)
    today = text(alice_client.get("/"))
    assert "You are steadier" in today and "ECR-R has shown a real change" in today
    assert "Yes, a lighter rhythm" in today
    assert "You are steadier" in text(alice_client.get("/progress/"))
    assert "Signs of healing" in text(alice_client.get("/progress/"))


def test_choosing_the_lighter_rhythm_leaves_fewer_cards_and_ends_the_offer(alice, alice_client):
    steadier(alice)
    before = [c["template"] for c in alice_client.get("/").context["cards"]]
    assert "learn/cards/today.html" in before
    response = alice_client.post("/progress/check-in/rhythm/", {"rhythm": "light", "next": "/"})
    assert response.status_code == 302 and response["Location"] == "/"
    after = [c["template"] for c in alice_client.get("/").context["cards"]]
    assert "learn/cards/today.html" not in after and "practice/cards/today.html" not in after
    assert "today/cards/hard_day.html" in after and "progress/cards/steadier.html" not in after
    assert checkins.light_rhythm(user=alice.user)
    page = text(alice_client.get("/progress/check-in/"))
    assert "once a month" in page and "Go back to every week" in page
    alice_client.post("/progress/check-in/rhythm/", {"rhythm": "weekly"})
    assert "learn/cards/today.html" in [
        c["template"] for c in alice_client.get("/").context["cards"]
    ]
    assert "You are steadier" not in text(alice_client.get("/"))  # answered: never asked again


def test_keeping_things_as_they_are_ends_the_offer_and_changes_nothing(alice, alice_client):
    steadier(alice)
    alice_client.post("/progress/check-in/rhythm/", {"rhythm": "keep"})
    assert "You are steadier" not in text(alice_client.get("/"))
    assert not checkins.light_rhythm(user=alice.user)


def test_the_rhythm_needs_a_post_the_csrf_token_and_a_real_choice(alice, alice_client):
    assert alice_client.get("/progress/check-in/rhythm/").status_code == 405
    alice_client.post("/progress/check-in/rhythm/", {"rhythm": "sometimes"})
    assert not Rhythm.objects.filter(owner=alice.user).exists()
    alice_client.handler.enforce_csrf_checks = True
    assert alice_client.post("/progress/check-in/rhythm/", {"rhythm": "light"}).status_code == 403


def test_the_check_ins_give_the_weekly_signs_to_the_progress_page(alice, alice_client):
    from innerbase.core import registry

    steady_weeks(alice, rating=2, weeks=3)
    today = checkins.today()
    signs = registry.progress_for(
        user=alice.user, data_key=alice.data_key, since=today - dt.timedelta(weeks=8), until=today
    )["checkins"]["signs"]
    assert signs["checkins"] == 3 and [w["mean"] for w in signs["weeks"]] == [2.0, 2.0, 2.0]
    assert "Each week is the average of the five signs" in text(alice_client.get("/progress/"))
