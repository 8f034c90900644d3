"""Hours slept, moving and talking with someone: optional answers in the quick check-in and
the API, kept as plain numbers on the entry; a bad answer names its field and saves nothing."""

import pytest

from innerbase.journal.models import Entry

pytestmark = pytest.mark.django_db

URL = "/api/v1/journal/entries"


def errors_of(response) -> dict:
    return {e["field"]: e["message"] for e in response.json()["errors"]}


def test_the_quick_check_in_keeps_sleep_moving_and_talking(alice_client, alice):
    response = alice_client.post(
        "/journal/quick/",
        {"mood": "5", "sleep_hours": "6.5", "moved": "yes", "talked": "no", "next": "/"},
    )
    assert response.status_code == 302
    entry = Entry.objects.get(owner=alice.user)
    assert (entry.sleep_hours, entry.moved, entry.talked) == (6.5, True, False)


def test_the_routine_questions_are_optional_and_folded_away(alice_client, alice):
    page = alice_client.get("/journal/").content.decode()
    fold = page.split('<details class="more quick-routine">')[1].split("</details>")[0]
    assert 'name="sleep_hours"' in fold and 'name="moved"' in fold and 'name="talked"' in fold
    alice_client.post("/journal/quick/", {"mood": "5"})
    entry = Entry.objects.get(owner=alice.user)
    assert (entry.sleep_hours, entry.moved, entry.talked) == (None, None, None)


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("sleep_hours", "15", "from 0 to 14"),
        ("sleep_hours", "-1", "from 0 to 14"),
        ("sleep_hours", "7.25", "half hours"),
        ("sleep_hours", "lots", "as a number"),
        ("moved", "maybe", "yes or no"),
        ("talked", "sometimes", "yes or no"),
    ],
)
def test_a_bad_routine_answer_names_the_field_and_saves_nothing(alice_client, field, value, words):
    response = alice_client.post("/journal/quick/", {"mood": "5", field: value})
    assert response.status_code == 422
    page = response.content.decode()
    assert words in page and f'href="#id_{field}"' in page
    assert '<details class="more quick-routine" open>' in page  # the problem is in sight
    assert 'value="5" class="scale" id="id_mood_4" checked' in page  # what was typed stays
    assert Entry.objects.count() == 0


def test_the_api_takes_and_gives_the_routine_answers(api):
    created = api.post(URL, {"mood": 6, "sleep_hours": 8, "moved": False, "talked": True})
    assert created.status_code == 201, created.content
    body = created.json()
    assert (body["sleep_hours"], body["moved"], body["talked"]) == (8, False, True)
    got = api.get(f"{URL}/{body['id']}").json()
    assert (got["sleep_hours"], got["moved"], got["talked"]) == (8, False, True)
    plain = api.post(URL, {"mood": 6}).json()
    assert (plain["sleep_hours"], plain["moved"], plain["talked"]) == (None, None, None)


@pytest.mark.parametrize(
    ("payload", "words"),
    [({"sleep_hours": 14.5}, "less than or equal to 14"), ({"sleep_hours": 7.2}, "half hours")],
)
def test_the_api_refuses_a_bad_sleep_answer_naming_the_field(api, payload, words):
    response = api.post(URL, {"mood": 5, **payload})
    assert response.status_code == 422
    assert words in errors_of(response)["sleep_hours"]
    assert Entry.objects.count() == 0
