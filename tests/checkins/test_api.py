"""The check-ins API: make this week's check-in (201) and change it (200), with the crisis
screen's summary; a bad rating or a text too long is a 422 naming the field and saves
nothing; the wins from every app, with since and until days."""

import datetime as dt

import pytest
from django.utils import timezone

from innerbase.checkins.models import WeeklyCheckin

from .helpers import days_ago, kept_intention, passed_pause

pytestmark = pytest.mark.django_db
URL = "/api/v1/weekly-checkins"


def field_of(response) -> str:
    assert response.status_code == 422, response.content
    return response.json()["errors"][0]["field"]


def test_make_then_change_this_weeks_check_in(api, alice):
    body = {
        "signs": {"curious": 3, "trust": "na"},
        "win": "I asked for help.",
        "intention": "Rest.",
    }
    response = api.post(URL, body)
    assert response.status_code == 201, response.content
    saved = response.json()
    assert saved["signs"] == {"curious": 3, "trust": "na"} and saved["win"] == "I asked for help."
    assert saved["safety"] == {"crisis": False, "kinds": []}
    again = api.post(URL, {"signs": {"curious": 4}, "went_well": "A good talk."})
    assert again.status_code == 200 and again.json()["id"] == saved["id"]
    assert again.json()["signs"] == {"curious": 4} and again.json()["win"] == ""
    listed = api.get(URL).json()
    assert [c["id"] for c in listed["checkins"]] == [saved["id"]]
    assert [s["code"] for s in listed["signs"]] == [
        "curious",
        "communicating",
        "available",
        "needs",
        "trust",
    ]
    assert listed["scale"]["0"] == "Not this week" and listed["scale"]["4"] == "Very much"
    assert dt.date.fromisoformat(listed["this_week"]).weekday() == listed["weekday"]


def test_the_answer_carries_the_crisis_screen(api):
    response = api.post(URL, {"went_well": "Nothing. I want to die."})
    assert response.status_code == 201 and response.json()["safety"]["crisis"] is True


@pytest.mark.parametrize(
    "body, field",
    [
        ({"signs": {"curious": 5}}, "signs.curious"),
        ({"signs": {"trust": "very"}}, "signs.trust"),
        ({"signs": {"trust": True}}, "signs.trust"),
        ({"signs": {"unknown": 1}}, "signs.unknown"),
        ({"win": "x" * 20_001}, "win"),
        ({"intention": "x" * 501}, "intention"),
    ],
)
def test_bad_input_is_a_422_naming_the_field_and_saves_nothing(api, body, field):
    assert field_of(api.post(URL, body)) == field
    assert not WeeklyCheckin.objects.exists()


def test_wins_from_every_app_with_since_and_until(api, alice):
    kept_intention(alice, "Call my sister.", at=days_ago(10))
    passed_pause(alice, "Text him", at=days_ago(1))
    api.post(URL, {"win": "I slept well."})
    wins = api.get("/api/v1/wins").json()["wins"]
    assert [w["kind"] for w in wins] == ["checkin", "pause", "intention"]
    assert wins[0]["text"] == "I slept well." and wins[0]["url"] == "/progress/check-in/"
    today = timezone.localdate()
    since = (today - dt.timedelta(days=5)).isoformat()
    assert [w["kind"] for w in api.get(f"/api/v1/wins?since={since}").json()["wins"]] == [
        "checkin",
        "pause",
    ]
    until = (today - dt.timedelta(days=5)).isoformat()
    assert [w["kind"] for w in api.get(f"/api/v1/wins?until={until}").json()["wins"]] == [
        "intention"
    ]
    assert len(api.get("/api/v1/wins?limit=1").json()["wins"]) == 1


def test_since_after_until_is_a_422(api):
    response = api.get("/api/v1/wins?since=2026-12-02&until=2026-12-01")
    assert field_of(response) == "since"
    assert api.get("/api/v1/wins?limit=500").status_code == 422


def test_logged_out_is_a_401(client):
    assert client.get(URL).status_code == 401
    assert client.get("/api/v1/wins").status_code == 401
