"""The people API: the list, observations and consistency, the support network; 422s naming
the field with nothing changed, the crisis screen's answer, owner checks."""

import datetime as dt

import pytest

from innerbase.people import services
from innerbase.people.models import Observation, Person

pytestmark = pytest.mark.django_db


def errors_of(response) -> dict:
    return {e["field"]: e["message"] for e in response.json()["errors"]}


def test_people_are_made_read_changed_and_removed(api, alice):
    response = api.post("/api/v1/people", {"name": "Sam", "role": "ex", "note": "2019-2025"})
    assert response.status_code == 201
    body = response.json()
    assert body["name"] == "Sam" and body["safety"] == {"crisis": False, "kinds": []}
    assert b"Sam" not in Person.objects.get(owner=alice.user).body
    pk = body["id"]
    changed = api.put(f"/api/v1/people/{pk}", {"name": "Sam", "role": "friend", "support": ["fun"]})
    assert changed.status_code == 200 and changed.json()["support"] == ["fun"]
    assert [p["id"] for p in api.get("/api/v1/people").json()] == [pk]
    assert api.delete(f"/api/v1/people/{pk}").status_code == 204
    assert not Person.objects.filter(pk=pk).exists()


@pytest.mark.parametrize(
    "body, field",
    [
        ({"name": "", "role": "ex"}, "name"),
        ({"name": "Sam", "role": "wizard"}, "role"),
        ({"name": "Sam", "role": "ex", "support": ["fun", "money"]}, "support.1"),
        ({"name": "Sam", "role": "ex", "in_touch": "hourly"}, "in_touch"),
        ({"name": "Sam", "role": "ex", "in_safety_plan": ["reasons"]}, "in_safety_plan.0"),
        ({"name": "Sam", "role": "ex", "note": "x" * 100_001}, "note"),
    ],
)
def test_a_wrong_person_is_refused_naming_the_field(api, alice, body, field):
    response = api.post("/api/v1/people", body)
    assert response.status_code == 422 and field in errors_of(response)
    assert not Person.objects.filter(owner=alice.user).exists()


def test_observations_give_the_weekly_consistency(api, alice):
    pk = api.post("/api/v1/people", {"name": "Jo", "role": "new"}).json()["id"]
    for day, kept in (("2026-11-02", True), ("2026-11-09", True), ("2026-11-10", False)):
        response = api.post(
            f"/api/v1/people/{pk}/observations",
            {"kept_promise": kept, "body": "calm", "day": day, "note": "Showed up."},
        )
        assert response.status_code == 201
    found = api.get(f"/api/v1/people/{pk}/consistency").json()
    assert found["count"] == 3 and [w["week"] for w in found["weeks"]] == [
        "2026-11-02",
        "2026-11-09",
    ]
    assert found["weeks"][1]["kept_promise"] == 0.5
    assert found["overall"]["kept_promise"] == pytest.approx(2 / 3)


def test_a_wrong_observation_changes_nothing(api, alice):
    pk = api.post("/api/v1/people", {"name": "Jo", "role": "new"}).json()["id"]
    tomorrow = (dt.date.today() + dt.timedelta(days=2)).isoformat()
    for body, field in (({"body": "giddy"}, "body"), ({"day": tomorrow}, "day")):
        response = api.post(f"/api/v1/people/{pk}/observations", body)
        assert response.status_code == 422 and field in errors_of(response)
    assert not Observation.objects.exists()


def test_another_persons_people_are_a_404(api, charlie):
    theirs = services.person_add(user=charlie.user, data_key=charlie.data_key, name="X", role="ex")
    assert api.get(f"/api/v1/people/{theirs.pk}").status_code == 404
    assert api.delete(f"/api/v1/people/{theirs.pk}").status_code == 404
    assert api.post(f"/api/v1/people/{theirs.pk}/observations", {}).status_code == 404
    assert api.get(f"/api/v1/people/{theirs.pk}/consistency").status_code == 404
    assert Person.objects.filter(pk=theirs.pk).exists()


def test_the_support_network_names_the_one_source(api, alice):
    ex = api.post("/api/v1/people", {"name": "Ex", "role": "ex", "support": ["safe-haven"]}).json()
    found = api.get("/api/v1/support").json()
    assert found["one_source"] == "one-person" and found["leaning_on"] == ex["id"]
    friend = api.post("/api/v1/people", {"name": "Maya", "role": "friend", "support": ["fun"]})
    found = api.get("/api/v1/support").json()
    assert found["one_source"] == "romantic-haven" and found["reach_out"] == friend.json()["id"]
