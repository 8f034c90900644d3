"""The thought-record API: create with a crisis screen, list, get, update, delete, the
taxonomy, core beliefs with their rating history, 422s naming the field, and owner checks."""

import json

import pytest
from django.test import Client

from innerbase.journal.models import Entry
from innerbase.thoughts import selectors, services
from innerbase.thoughts.models import CoreBelief, ThoughtRecord

pytestmark = pytest.mark.django_db

FULL = {
    "situation": "Saturday night, no reply",
    "automatic_thought": "He's pulling away from me",
    "emotions": [
        {"name": "anxious", "before": 80, "after": 30},
        {"name": "lonely", "before": 60, "after": 50},
    ],
    "distortions": ["mind-reading", "silence-as-rejection"],
    "evidence_for": "Slow replies",
    "evidence_against": "He said he's swamped",
    "balanced_thought": "He's busy; I can ask tomorrow.",
}


def errors_of(response) -> dict:
    return {e["field"]: e["message"] for e in response.json()["errors"]}


def test_create_a_full_record_returns_it_complete_with_its_change(api, alice):
    response = api.post("/api/v1/thought-records", FULL)
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["complete"] is True
    assert body["change"] == {"before": 70.0, "after": 40.0, "drop": 30.0}
    assert body["safety"] == {"crisis": False, "kinds": []}
    assert body["emotions"][0] == {"name": "anxious", "before": 80, "after": 30}
    record = ThoughtRecord.objects.get(pk=body["id"])
    assert record.owner == alice.user and record.steps_done == list(
        services.content.step_keys()[:8]
    )
    assert b"pulling away" not in bytes(record.body)


def test_only_the_thought_is_required(api):
    body = api.post("/api/v1/thought-records", {"automatic_thought": "I'm too much"}).json()
    assert body["complete"] is False and body["change"] is None and body["emotions"] == []
    response = api.post("/api/v1/thought-records", {"situation": "x"})
    assert response.status_code == 422 and "automatic_thought" in errors_of(response)
    response = api.post("/api/v1/thought-records", {"automatic_thought": "   "})
    assert errors_of(response) == {
        "automatic_thought": "Write the thought that went through your mind."
    }


def test_an_urgent_sentence_is_flagged_and_still_saved(api):
    response = api.post("/api/v1/thought-records", {"automatic_thought": "I want to end my life"})
    assert response.status_code == 201
    assert response.json()["safety"]["crisis"] is True
    assert response.json()["safety"]["kinds"]
    assert ThoughtRecord.objects.count() == 1


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"distortions": ["mind-reading", "astrology"]}, "distortions.1", "Unknown distortion"),
        ({"emotions": [{"name": "anxious", "before": 101}]}, "emotions.0.before", "0 to 100"),
        ({"emotions": [{"name": "sad", "before": 5, "after": -1}]}, "emotions.0.after", "0 to"),
        ({"emotions": [{"name": "grumpy-cat", "before": 5}]}, "emotions.0.name", "Unknown"),
        ({"emotions": [{"name": "sad"}, {"name": "sad"}]}, "emotions.1.name", "twice"),
        ({"situation": "x" * 20_001}, "situation", "20,000"),
    ],
)
def test_bad_input_names_the_field_and_changes_nothing(api, alice, change, field, words):
    record = services.record_create(
        user=alice.user, data_key=alice.data_key, data={"automatic_thought": "kept"}
    )
    before = bytes(ThoughtRecord.objects.get().body)
    for response in (
        api.post("/api/v1/thought-records", {**FULL, **change}),
        api.put(f"/api/v1/thought-records/{record.pk}", {**FULL, **change}),
    ):
        assert response.status_code == 422, response.content
        errors = errors_of(response)
        assert field in errors and words in errors[field], errors
    assert ThoughtRecord.objects.count() == 1
    assert bytes(ThoughtRecord.objects.get().body) == before


def test_linking_someone_elses_entry_or_belief_is_refused(api, alice, charlie):
    theirs = Entry.objects.create(owner=charlie.user)
    their_belief = services.belief_add(
        user=charlie.user, data_key=charlie.data_key, text="x", rating=5
    )
    response = api.post("/api/v1/thought-records", {**FULL, "entry_id": str(theirs.pk)})
    assert response.status_code == 422
    assert errors_of(response) == {"entry_id": "You have no journal entry with this id."}
    response = api.post("/api/v1/thought-records", {**FULL, "core_belief_id": str(their_belief.pk)})
    assert errors_of(response) == {"core_belief_id": "You have no core belief with this id."}
    assert not ThoughtRecord.objects.exists()
    mine = Entry.objects.create(owner=alice.user)
    belief = services.belief_add(
        user=alice.user, data_key=alice.data_key, text="People leave", rating=80
    )
    body = api.post(
        "/api/v1/thought-records",
        {**FULL, "entry_id": str(mine.pk), "core_belief_id": str(belief.pk)},
    ).json()
    assert body["entry_id"] == str(mine.pk) and body["core_belief_id"] == str(belief.pk)


def test_list_get_update_delete(api, alice):
    first = api.post("/api/v1/thought-records", {"automatic_thought": "first"}).json()
    second = api.post("/api/v1/thought-records", FULL).json()
    listing = api.get("/api/v1/thought-records").json()
    assert [r["id"] for r in listing] == [second["id"], first["id"]]
    found = api.post("/api/v1/thought-records/search", {"q": "PULLING"})
    assert found.status_code == 200 and [r["id"] for r in found.json()] == [second["id"]]
    assert api.get(f"/api/v1/thought-records/{first['id']}").json()["automatic_thought"] == "first"
    updated = api.put(f"/api/v1/thought-records/{first['id']}", FULL)
    assert updated.status_code == 200 and updated.json()["complete"] is True
    assert updated.json()["safety"] == {"crisis": False, "kinds": []}
    assert api.delete(f"/api/v1/thought-records/{first['id']}").status_code == 204
    assert api.get(f"/api/v1/thought-records/{first['id']}").status_code == 404


def test_a_stranger_gets_404_and_cannot_change_anything(api, alice, charlie):
    record = api.post("/api/v1/thought-records", FULL).json()
    belief = api.post("/api/v1/core-beliefs", {"text": "Needing is weak", "rating": 70}).json()
    token = (
        Client()
        .post(
            "/api/v1/tokens",
            json.dumps({"username": charlie.username, "passphrase": charlie.passphrase}),
            content_type="application/json",
        )
        .json()["token"]
    )
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    stranger = Client()
    put = {"data": json.dumps(FULL), "content_type": "application/json", **auth}
    assert stranger.get(f"/api/v1/thought-records/{record['id']}", **auth).status_code == 404
    assert stranger.put(f"/api/v1/thought-records/{record['id']}", **put).status_code == 404
    assert stranger.delete(f"/api/v1/thought-records/{record['id']}", **auth).status_code == 404
    assert stranger.get(f"/api/v1/core-beliefs/{belief['id']}", **auth).status_code == 404
    rate = {"data": json.dumps({"rating": 1}), "content_type": "application/json", **auth}
    assert stranger.post(f"/api/v1/core-beliefs/{belief['id']}/ratings", **rate).status_code == 404
    assert stranger.delete(f"/api/v1/core-beliefs/{belief['id']}", **auth).status_code == 404
    assert stranger.get("/api/v1/thought-records", **auth).json() == []
    assert ThoughtRecord.objects.get().complete
    assert CoreBelief.objects.get().rating == 70


def test_the_distortion_taxonomy(api):
    listing = api.get("/api/v1/distortions").json()
    codes = {d["code"]: d for d in listing}
    assert codes["silence-as-rejection"]["kind"] == "attachment-trap"
    assert codes["mind-reading"]["kind"] == "distortion" and codes["mind-reading"]["definition"]


def test_core_beliefs_crud_with_rating_history(api, alice):
    starters = api.get("/api/v1/core-beliefs/starters").json()
    assert starters[0]["key"] and starters[0]["text"]
    created = api.post("/api/v1/core-beliefs", {"starter": starters[0]["key"], "rating": 90})
    assert created.status_code == 201 and created.json()["text"] == starters[0]["text"]
    belief = api.post("/api/v1/core-beliefs", {"text": "I have to earn love", "rating": 80}).json()
    assert belief["safety"] == {"crisis": False, "kinds": []}
    assert (
        api.post(f"/api/v1/core-beliefs/{belief['id']}/ratings", {"rating": 60}).status_code == 201
    )
    updated = api.put(
        f"/api/v1/core-beliefs/{belief['id']}", {"text": "I must earn love", "rating": 45}
    ).json()
    assert updated["text"] == "I must earn love" and updated["rating"] == 45
    assert [r["rating"] for r in updated["ratings"]] == [80, 60, 45]
    record = api.post("/api/v1/thought-records", {**FULL, "core_belief_id": belief["id"]}).json()
    assert api.get(f"/api/v1/core-beliefs/{belief['id']}").json()["record_ids"] == [record["id"]]
    assert len(api.get("/api/v1/core-beliefs").json()) == 2
    assert api.delete(f"/api/v1/core-beliefs/{belief['id']}").status_code == 204
    assert api.get(f"/api/v1/thought-records/{record['id']}").json()["core_belief_id"] is None


def test_core_belief_bad_input(api, alice):
    for body, field in (
        ({"text": "x", "rating": 101}, "rating"),
        ({"starter": "no-such", "rating": 5}, "starter"),
        ({"rating": 5}, "text"),
        ({"text": "x" * 1001, "rating": 5}, "text"),
    ):
        response = api.post("/api/v1/core-beliefs", body)
        assert response.status_code == 422 and field in errors_of(response), body
    belief = api.post("/api/v1/core-beliefs", {"text": "I'm alone", "rating": 50}).json()
    response = api.put(f"/api/v1/core-beliefs/{belief['id']}", {"text": "", "rating": 20})
    assert response.status_code == 422
    assert (
        api.post(f"/api/v1/core-beliefs/{belief['id']}/ratings", {"rating": -1}).status_code == 422
    )
    stored = CoreBelief.objects.get()
    assert stored.rating == 50 and stored.ratings.count() == 1
    assert selectors.belief_text(belief=stored, data_key=alice.data_key) == "I'm alone"


def test_search_is_posted_and_words_in_a_url_are_refused(api, alice, charlie):
    first = api.post("/api/v1/thought-records", FULL).json()
    api.post("/api/v1/thought-records", {"automatic_thought": "Nobody calls"})
    services.record_create(
        user=charlie.user, data_key=charlie.data_key, data={"automatic_thought": "pulling away"}
    )
    search = "/api/v1/thought-records/search"
    assert [r["id"] for r in api.post(search, {"q": "mind reading"}).json()] == [first["id"]]
    assert len(api.post(search, {}).json()) == 2  # no words: every record of yours
    assert len(api.post(search, {"q": "o", "limit": 1, "offset": 1}).json()) == 1
    refused = api.get("/api/v1/thought-records?q=pulling")
    assert refused.status_code == 422
    assert "POST /api/v1/thought-records/search" in errors_of(refused)["q"]
    for body, field in (({"limit": 0}, "limit"), ({"offset": -1}, "offset"), ({"q": 5}, "q")):
        response = api.post(search, body)
        assert response.status_code == 422 and field in errors_of(response), body


def test_a_session_caller_must_send_the_csrf_token_to_search(alice):
    from people import log_in

    client = Client(enforce_csrf_checks=True)
    client.cookies = log_in(Client(), alice).cookies
    assert client.get("/api/v1/thought-records").status_code == 200  # a logged-in session
    response = client.post(
        "/api/v1/thought-records/search", json.dumps({"q": "x"}), content_type="application/json"
    )
    assert response.status_code == 403
