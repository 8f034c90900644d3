"""The practice API: the plan and today's one practice, intentions, affirmations and the pin;
422s naming the field with nothing changed, the crisis screen's answer, and owner checks."""

import datetime as dt

import pytest

from innerbase.practice import content, services
from innerbase.practice.models import Affirmation, Intention, Plan
from people import take_attachment

pytestmark = pytest.mark.django_db

CRISIS = "I sorted out my will and said goodbye to people."


def errors_of(response) -> dict:
    return {e["field"]: e["message"] for e in response.json()["errors"]}


def test_the_plan_follows_the_ecr_r_and_names_today_s_one_practice(api, alice):
    take_attachment(alice, anxious=False, avoidant=True)
    body = api.get("/api/v1/plan").json()
    assert body["pattern"] == "avoidant" and body["source"] == "ecr-r"
    codes = [part["code"] for part in body["parts"]]
    assert codes and all(part["why"] and part["url"] for part in body["parts"])
    assert body["today"]["part"] in codes and body["today"]["status"] == ""


def test_goals_are_put_and_unknown_ones_refused_naming_the_index(api, alice):
    response = api.put("/api/v1/plan", {"goals": ["say-what-i-need"]})
    assert response.status_code == 200 and response.json()["goals"] == ["say-what-i-need"]
    response = api.put("/api/v1/plan", {"goals": ["say-what-i-need", "fly"]})
    assert response.status_code == 422 and "goals.1" in errors_of(response)
    assert Plan.objects.get(owner=alice.user).goals == ["say-what-i-need"]
    goals = api.get("/api/v1/plan/goals").json()
    assert {g["code"] for g in goals} == set(content.goals_by_code())


def test_an_intention_from_the_library_is_kept_with_a_note(api, alice):
    code = content.intentions()[0]["code"]
    response = api.post("/api/v1/intentions", {"code": code})
    assert response.status_code == 201
    body = response.json()
    assert body["text"] == content.intentions()[0]["text"] and body["done"] is False
    assert body["safety"] == {"crisis": False, "kinds": []}
    done = api.post(f"/api/v1/intentions/{body['id']}/done", {"note": "It went fine."})
    assert done.status_code == 200 and done.json()["done"] is True
    listed = api.get("/api/v1/intentions").json()
    assert listed["kept_this_month"] == 1
    assert listed["intentions"][0]["note"] == "It went fine."


def test_an_own_intention_is_sealed_and_screened(api, alice):
    response = api.post("/api/v1/intentions", {"text": CRISIS, "day": "2026-12-02"})
    assert response.status_code == 201
    assert response.json()["safety"]["crisis"] is True
    intention = Intention.objects.get(owner=alice.user)
    assert intention.day == dt.date(2026, 12, 2) and b"goodbye" not in intention.body


@pytest.mark.parametrize(
    "body, field",
    [
        ({"code": "no-such"}, "code"),
        ({}, "code"),
        ({"code": "say-one-need", "text": "both"}, "text"),
        ({"text": "x" * 501}, "text"),
        ({"text": "fine", "day": "not a date"}, "day"),
    ],
)
def test_a_wrong_intention_is_refused_naming_the_field(api, alice, body, field):
    response = api.post("/api/v1/intentions", body)
    assert response.status_code == 422 and field in errors_of(response)
    assert not Intention.objects.filter(owner=alice.user).exists()


def test_a_note_over_the_limit_is_refused_and_the_intention_stays_open(api, alice):
    made = api.post("/api/v1/intentions", {"text": "Ask for help once"}).json()
    response = api.post(f"/api/v1/intentions/{made['id']}/done", {"note": "x" * 100_001})
    assert response.status_code == 422 and "note" in errors_of(response)
    assert Intention.objects.get(pk=made["id"]).done_at is None


def test_another_persons_intention_is_a_404(api, charlie):
    theirs = services.intention_add(
        user=charlie.user, data_key=charlie.data_key, day=dt.date(2026, 12, 1), text="mine"
    )
    response = api.post(f"/api/v1/intentions/{theirs.pk}/done", {"note": ""})
    assert response.status_code == 404
    assert Intention.objects.get(pk=theirs.pk).done_at is None


def test_own_affirmations_are_kept_pinned_and_listed(api, alice):
    response = api.post("/api/v1/affirmations", {"text": "I can go slowly.", "pin": True})
    assert response.status_code == 201
    pin = response.json()["pin"]
    body = api.get("/api/v1/affirmations").json()
    assert body["pinned"] == pin
    assert body["own"] == [{"pin": pin, "text": "I can go slowly.", "theme": "", "patterns": []}]
    assert len(body["library"]) == len(content.affirmations())
    assert b"slowly" not in Affirmation.objects.get(owner=alice.user).body


def test_the_pin_takes_only_a_known_affirmation(api, alice, charlie):
    library = f"lib:{content.affirmations()[0]['code']}"
    assert api.put("/api/v1/affirmations/pinned", {"pin": library}).json()["pinned"] == library
    theirs = services.affirmation_add(user=charlie.user, data_key=charlie.data_key, text="x")
    for pin in (f"own:{theirs.pk}", "lib:nope", "own:zz"):
        response = api.put("/api/v1/affirmations/pinned", {"pin": pin})
        assert response.status_code == 422 and "pin" in errors_of(response), pin
    assert Plan.objects.get(owner=alice.user).pinned == library
    assert api.put("/api/v1/affirmations/pinned", {"pin": ""}).json()["pinned"] == ""


def test_an_empty_affirmation_is_refused(api, alice):
    response = api.post("/api/v1/affirmations", {"text": "   "})
    assert response.status_code == 422 and "text" in errors_of(response)
    assert not Affirmation.objects.filter(owner=alice.user).exists()
