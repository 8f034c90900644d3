"""The boundaries API: list, add, change, log; every refusal is a 422 naming its field and
saves nothing; another person's boundary is a 404; every free-text save returns "safety"."""

import datetime as dt

import pytest
from django.utils import timezone

from innerbase.boundaries import services
from innerbase.boundaries.models import Boundary, BoundaryLog
from innerbase.core.limits import MAX_ANSWER
from innerbase.people import services as people

pytestmark = pytest.mark.django_db


def today() -> dt.date:
    return timezone.localdate()


def field_of(response) -> str:
    assert response.status_code == 422, response.content
    return response.json()["errors"][0]["field"]


@pytest.fixture
def sam(alice):
    return people.person_add(user=alice.user, data_key=alice.data_key, name="Sam", role="ex")


def test_add_with_a_person_then_list_it(api, alice, sam):
    response = api.post(
        "/api/v1/boundaries",
        {"boundary": "No late texts.", "need": "Sleep.", "person": str(sam.pk)},
    )
    assert response.status_code == 201
    saved = response.json()
    assert saved["safety"] == {"crisis": False, "kinds": []}
    assert saved["person"] == str(sam.pk) and saved["need"] == "Sleep."
    assert saved["revisit_on"] == (today() + dt.timedelta(days=30)).isoformat()
    assert saved["due"] is False and saved["kept"] == 0 and saved["sentence"] == ""
    listed = api.get("/api/v1/boundaries").json()
    assert [b["boundary"] for b in listed["boundaries"]] == ["No late texts."]
    assert {e["theme"] for e in listed["examples"]} >= {"ex-contact", "money", "family"}
    assert "proud" in listed["feelings"]


def test_log_kept_and_crossed_counts_and_shows_the_log(api, alice):
    made = api.post("/api/v1/boundaries", {"boundary": "No late texts."}).json()
    url = f"/api/v1/boundaries/{made['id']}/log"
    for outcome in ("kept", "crossed", "crossed"):
        response = api.post(url, {"outcome": outcome, "note": "ok", "feelings": ["calm"]})
        assert response.status_code == 201 and response.json()["safety"]["crisis"] is False
    detail = api.get(f"/api/v1/boundaries/{made['id']}").json()
    assert (detail["kept"], detail["crossed"]) == (1, 2)
    assert detail["sentence"] == "Kept once, crossed twice today."
    assert detail["log"][0]["feelings"] == ["calm"] and detail["log"][0]["note"] == "ok"


def test_change_words_person_revisit_and_set_aside(api, alice, sam):
    made = api.post("/api/v1/boundaries", {"boundary": "A", "person": str(sam.pk)}).json()
    url = f"/api/v1/boundaries/{made['id']}"
    response = api.put(url, {"need": "Rest.", "person": None})
    assert response.status_code == 200
    body = response.json()
    assert body["boundary"] == "A" and body["need"] == "Rest." and body["person"] is None
    next_on = (today() + dt.timedelta(days=7)).isoformat()
    body = api.put(url, {"revisit_on": next_on}).json()
    assert body["revisit_on"] == next_on and body["revisited_on"] == today().isoformat()
    body = api.put(url, {"retired": True}).json()
    assert body["retired_on"] == today().isoformat()
    assert api.put(url, {"retired": False}).json()["retired_on"] is None


def test_refusals_name_the_field_and_save_nothing(api, alice, charlie):
    theirs = people.person_add(user=charlie.user, data_key=charlie.data_key, name="X", role="ex")
    yesterday = (today() - dt.timedelta(days=1)).isoformat()
    cases = [
        ({"boundary": "A", "person": str(theirs.pk)}, "person"),
        ({"boundary": "A", "person": "not-an-id"}, "person"),
        ({"boundary": "A", "revisit_on": "2026-02-31"}, "revisit_on"),
        ({"boundary": "A", "revisit_on": yesterday}, "revisit_on"),
        ({"boundary": "A", "say": "x" * (MAX_ANSWER + 1)}, "say"),
        ({"boundary": "  "}, "boundary"),
        ({"boundary": "A", "example": "nope"}, "example"),
    ]
    for body, field in cases:
        assert field_of(api.post("/api/v1/boundaries", body)) == field, body
    assert not Boundary.objects.exists()


def test_change_and_log_refusals_change_nothing(api, alice, charlie):
    theirs = people.person_add(user=charlie.user, data_key=charlie.data_key, name="X", role="ex")
    made = api.post("/api/v1/boundaries", {"boundary": "A"}).json()
    url = f"/api/v1/boundaries/{made['id']}"
    for body, field in [
        ({"person": str(theirs.pk), "need": "changed"}, "person"),
        ({"revisit_on": "someday", "need": "changed"}, "revisit_on"),
        ({"revisit_on": None}, "revisit_on"),
        ({"need": "x" * (MAX_ANSWER + 1)}, "need"),
        ({"boundary": ""}, "boundary"),
    ]:
        assert field_of(api.put(url, body)) == field, body
    assert api.get(url).json()["need"] == ""
    tomorrow = (today() + dt.timedelta(days=1)).isoformat()
    for body, field in [
        ({"outcome": "ignored"}, "outcome"),
        ({"outcome": "kept", "day": tomorrow}, "day"),
        ({"outcome": "kept", "day": "2026-13-01"}, "day"),
        ({"outcome": "kept", "feelings": ["calm", "smug"]}, "feelings.1"),
        ({"outcome": "kept", "note": "x" * (MAX_ANSWER + 1)}, "note"),
    ]:
        assert field_of(api.post(f"{url}/log", body)) == field, body
    assert not BoundaryLog.objects.exists()


def test_another_persons_boundary_is_a_404(api, charlie):
    theirs = services.boundary_add(
        user=charlie.user, data_key=charlie.data_key, words={"boundary": "B"}, revisit_on=today()
    )
    url = f"/api/v1/boundaries/{theirs.pk}"
    assert api.get(url).status_code == 404
    assert api.put(url, {"need": "mine now"}).status_code == 404
    assert api.post(f"{url}/log", {"outcome": "kept"}).status_code == 404
    assert api.get("/api/v1/boundaries").json()["boundaries"] == []
    assert not BoundaryLog.objects.exists()


def test_a_crisis_word_is_screened_and_summarised(api):
    response = api.post("/api/v1/boundaries", {"boundary": "A", "need": "I want to die."})
    assert response.status_code == 201 and response.json()["safety"]["crisis"] is True


def test_the_openapi_document_lists_the_boundary_routes_and_their_refusals(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {"get", "post"} <= set(paths["/api/v1/boundaries"])
    assert {"200", "404", "422"} <= set(
        paths["/api/v1/boundaries/{boundary_id}"]["put"]["responses"]
    )
    log = paths["/api/v1/boundaries/{boundary_id}/log"]["post"]
    assert {"201", "404", "422"} <= set(log["responses"])


def test_a_crisis_word_in_a_log_note_is_summarised(api):
    made = api.post("/api/v1/boundaries", {"boundary": "A"}).json()
    body = {"outcome": "crossed", "note": "I want to die tonight."}
    response = api.post(f"/api/v1/boundaries/{made['id']}/log", body)
    assert response.status_code == 201 and response.json()["safety"]["crisis"] is True
