"""The say-it-securely API: the statement check answers spans and kinds and saves nothing;
talks are planned, listed and changed (the outcome too), sealed and screened; a 422 names
its field and changes nothing; another person's talk is a 404, their person id a 422."""

import pytest

from innerbase.conversations.models import Statement, Talk
from innerbase.core.limits import MAX_ANSWER, MAX_TEXT
from innerbase.people import services as people

pytestmark = pytest.mark.django_db

PLAN = {
    "want": "To feel like a team again.",
    "need": "To know we are okay.",
    "they_feel": "Tired, maybe blamed.",
    "opening": "I feel far from you lately, and I miss us.",
    "heated": "Say I need a break and walk round the block.",
    "pause_minutes": 20,
    "come_back": "after dinner",
}


def errors_of(response) -> dict:
    return {e["field"]: e["message"] for e in response.json()["errors"]}


def test_the_check_answers_each_flag_with_its_span_kind_and_note(api):
    text = "I feel hurt when u never call back. If you don't call tonight, I'll leave."
    response = api.post("/api/v1/statements/check", {"text": text})
    assert response.status_code == 200
    data = response.json()
    assert data["kinds"] == ["blame", "ultimatum"]
    first = data["flags"][0]
    assert (first["kind"], first["words"]) == ("blame", "u never")
    assert text[first["start"] : first["end"]] == "u never"
    assert first["label"] == "Blame" and "you always" in first["note"]
    assert not Statement.objects.exists()


def test_a_calm_draft_has_no_flags(api):
    response = api.post("/api/v1/statements/check", {"text": "I miss you. Would you call?"})
    assert response.json() == {
        "kinds": [],
        "flags": [],
        "safety": {"crisis": False, "kinds": []},
    }


def test_the_check_reads_the_draft_for_crisis_words_too(api):
    response = api.post("/api/v1/statements/check", {"text": "If you leave I want to die."})
    assert response.json()["safety"]["crisis"] is True


def test_a_draft_over_100_kb_is_refused_naming_text(api):
    response = api.post("/api/v1/statements/check", {"text": "a" * (MAX_TEXT + 1)})
    assert response.status_code == 422 and "text" in errors_of(response)
    assert api.post("/api/v1/statements/check", {}).status_code == 422


def test_a_talk_is_planned_sealed_screened_and_listed(api, alice):
    friend = people.person_add(user=alice.user, data_key=alice.data_key, name="Sam", role="ex")
    response = api.post("/api/v1/talks", {**PLAN, "person": str(friend.pk)})
    assert response.status_code == 201, response.content
    data = response.json()
    assert data["person"] == str(friend.pk) and data["pause_minutes"] == 20
    assert data["opening"] == PLAN["opening"] and data["opening_kinds"] == []
    assert data["outcome_at"] is None and data["safety"] == {"crisis": False, "kinds": []}
    assert b"team again" not in bytes(Talk.objects.get().body)
    assert [t["id"] for t in api.get("/api/v1/talks").json()] == [data["id"]]


def test_a_talk_with_crisis_words_answers_safety(api):
    response = api.post("/api/v1/talks", {"want": "I want to end my life if they leave"})
    assert response.status_code == 201 and response.json()["safety"]["crisis"] is True


def test_put_logs_the_outcome_and_keeps_the_plan(api):
    talk = api.post("/api/v1/talks", PLAN).json()
    outcome = {"how_it_went": "Better than I feared.", "keep": "The pause.", "change": "Slower."}
    response = api.put(f"/api/v1/talks/{talk['id']}", outcome)
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["how_it_went"] == "Better than I feared." and data["outcome_at"] is not None
    assert data["want"] == PLAN["want"] and data["pause_minutes"] == 20
    assert "safety" in data
    unlinked = api.put(f"/api/v1/talks/{talk['id']}", {"pause_minutes": None}).json()
    assert unlinked["pause_minutes"] is None and unlinked["keep"] == "The pause."


def test_the_opening_line_is_checked(api):
    talk = api.post("/api/v1/talks", {"opening": "You never listen to me."}).json()
    assert talk["opening_kinds"] == ["blame"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "want"),
        ({"want": "x" * (MAX_ANSWER + 1)}, "want"),
        ({"want": "ok", "pause_minutes": 7}, "pause_minutes"),
        ({"want": "ok", "person": "not-an-id"}, "person"),
        ({"want": "ok", "person": "00000000-0000-0000-0000-000000000000"}, "person"),
    ],
)
def test_bad_talks_are_refused_naming_the_field_and_save_nothing(api, body, field):
    response = api.post("/api/v1/talks", body)
    assert response.status_code == 422 and field in errors_of(response)
    assert not Talk.objects.exists()


def test_someone_elses_person_is_a_422_and_changes_nothing(api, charlie):
    theirs = people.person_add(
        user=charlie.user, data_key=charlie.data_key, name="Theirs", role="friend"
    )
    talk = api.post("/api/v1/talks", PLAN).json()
    response = api.put(f"/api/v1/talks/{talk['id']}", {"person": str(theirs.pk), "want": "new"})
    assert response.status_code == 422 and "person" in errors_of(response)
    again = api.get("/api/v1/talks").json()[0]
    assert again["person"] is None and again["want"] == PLAN["want"]


def test_someone_elses_talk_is_a_404(api, charlie):
    from innerbase.conversations import services

    theirs = services.talk_save(user=charlie.user, data_key=charlie.data_key, words={"want": "x"})
    response = api.put(f"/api/v1/talks/{theirs.pk}", {"want": "mine now"})
    assert response.status_code == 404
    assert api.get("/api/v1/talks").json() == []
