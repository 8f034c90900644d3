"""The journal API: create with the crisis screen's verdict, list with filters, search by
POST (words never in a URL), get, put (versions kept), delete, 422s naming the field, and
owner checks."""

import datetime as dt

import pytest
from django.utils import timezone

from innerbase.journal import selectors, services
from innerbase.journal.models import Entry

pytestmark = pytest.mark.django_db

URL = "/api/v1/journal/entries"


def errors_of(response) -> dict:
    return {e["field"]: e["message"] for e in response.json()["errors"]}


def test_create_returns_the_entry_with_the_safety_verdict(api, alice):
    response = api.post(
        URL,
        {
            "text": "Rough evening",
            "mood": 3,
            "energy": 4,
            "emotions": [{"name": "lonely", "intensity": 70}],
            "triggers": ["Sunday", "their song"],
            "urges": [{"name": "text_them", "acted": False}, {"name": "walk past", "acted": True}],
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["safety"] == {"crisis": False, "kinds": []}
    assert body["emotions"] == [{"name": "lonely", "intensity": 70}]
    assert body["urges"][1] == {"name": "walk past", "own": True, "acted": True}
    assert body["id"] and body["created_at"]
    entry = Entry.objects.get(pk=body["id"])
    assert selectors.body_of(entry=entry, data_key=alice.data_key)["triggers"] == [
        "Sunday",
        "their song",
    ]


def test_a_crisis_sentence_is_flagged_and_still_saved(api):
    body = api.post(URL, {"text": "I want to end my life"}).json()
    assert body["safety"]["crisis"] is True and body["safety"]["kinds"]
    assert Entry.objects.filter(pk=body["id"]).exists()


@pytest.mark.parametrize(
    ("payload", "field", "words"),
    [
        ({"mood": 11}, "mood", "less than or equal to 10"),
        ({"mood": 0}, "mood", "greater than or equal to 1"),
        ({"text": "x", "emotions": [{"name": "glee-ish"}]}, "emotions.0.name", "Unknown emotion"),
        (
            {"text": "x", "emotions": [{"name": "hurt", "intensity": 101}]},
            "emotions.0.intensity",
            "100",
        ),
        ({"text": "x" * 100_001}, "text", "at most 100000"),
        ({"text": "x", "occurred_at": "2999-01-01T00:00:00Z"}, "occurred_at", "future"),
        ({"text": ""}, "text", "text or a mood"),
        ({"text": "x", "mode": "poem"}, "mode", "Use one of"),
    ],
)
def test_bad_entries_get_a_422_naming_the_field_and_save_nothing(api, payload, field, words):
    response = api.post(URL, payload)
    assert response.status_code == 422
    assert words.lower() in errors_of(response)[field].lower()
    assert Entry.objects.count() == 0


def test_backdated_within_a_day_of_now_is_fine(api):
    soon = (timezone.now() + dt.timedelta(hours=12)).isoformat()
    assert api.post(URL, {"text": "x", "occurred_at": soon}).status_code == 201
    past = "2025-03-01T08:00:00+00:00"
    assert (
        api.post(URL, {"text": "y", "occurred_at": past})
        .json()["occurred_at"]
        .startswith("2025-03-01T08:00")
    )


def test_list_filters_and_search_searches(api):
    api.post(URL, {"text": "Lighthouse walk", "triggers": ["weekend"], "mode": "free"})
    api.post(URL, {"text": "Office day", "emotions": [{"name": "calm"}], "mood": 6})
    api.post(URL, {"mood": 5, "mode": "quick", "urges": [{"name": "Drive past their house"}]})
    assert api.get(URL).json()["total"] == 3

    def texts(body):
        response = api.post(f"{URL}/search", body)
        assert response.status_code == 200, response.content
        return [e["text"] for e in response.json()["items"]]

    assert texts({"q": "lighthouse"}) == ["Lighthouse walk"]
    assert texts({"trigger": "Weekend"}) == ["Lighthouse walk"]
    assert texts({"urge": "Drive past their house"}) == [""]  # own words: only in the body
    assert texts({"q": "lighthouse", "emotion": "calm"}) == []
    assert len(texts({})) == 3
    assert [e["text"] for e in api.get(f"{URL}?emotion=calm").json()["items"]] == ["Office day"]
    assert api.get(f"{URL}?mode=quick").json()["total"] == 1
    page = api.get(f"{URL}?limit=2&offset=2").json()
    assert page["total"] == 3 and len(page["items"]) == 1
    page = api.post(f"{URL}/search", {"limit": 2, "offset": 2}).json()
    assert page["total"] == 3 and len(page["items"]) == 1
    assert api.get(f"{URL}?emotion=nope").status_code == 422


def test_search_words_are_refused_in_a_url_and_bad_filters_name_their_field(api):
    api.post(URL, {"text": "Lighthouse walk", "triggers": ["weekend"]})
    for query in ("q=lighthouse", "trigger=weekend", "q="):
        response = api.get(f"{URL}?{query}")
        assert response.status_code == 422
        field = query.split("=")[0]
        assert "POST /api/v1/journal/entries/search" in errors_of(response)[field]
    own_urge = api.get(f"{URL}?urge=Drive+past+their+house")
    assert own_urge.status_code == 422 and "urge" in errors_of(own_urge)
    assert api.get(f"{URL}?urge=chase").status_code == 200  # a key from the fixed list
    for body, field in (
        ({"emotion": "nope"}, "emotion"),
        ({"mode": "novel"}, "mode"),
        ({"space": "not-a-space"}, "space"),
        ({"since": "yesterday"}, "since"),
        ({"limit": 0}, "limit"),
        ({"q": "x" * 201}, "q"),
    ):
        response = api.post(f"{URL}/search", body)
        assert response.status_code == 422, body
        assert field in errors_of(response), (body, errors_of(response))


def test_put_keeps_the_old_text_as_a_version_and_delete_removes(api):
    created = api.post(URL, {"text": "first", "mood": 4}).json()
    updated = api.put(f"{URL}/{created['id']}", {"text": "second", "mood": 6})
    assert updated.status_code == 200 and updated.json()["version"] == 2
    versions = api.get(f"{URL}/{created['id']}/versions").json()
    assert [(v["number"], v["text"], v["mood"]) for v in versions] == [(1, "first", 4)]
    assert api.get(f"{URL}/{created['id']}").json()["text"] == "second"
    bad = api.put(f"{URL}/{created['id']}", {"text": "third", "mood": 12})
    assert bad.status_code == 422
    assert api.get(f"{URL}/{created['id']}").json()["text"] == "second"  # nothing changed
    assert api.delete(f"{URL}/{created['id']}").status_code == 204
    assert api.get(f"{URL}/{created['id']}").status_code == 404


def test_another_persons_entry_is_a_404(api, charlie):
    theirs = services.entry_create(
        user=charlie.user, data_key=charlie.data_key, body={"text": "private"}, mood=5
    )
    assert api.get(f"{URL}/{theirs.pk}").status_code == 404
    assert api.put(f"{URL}/{theirs.pk}", {"text": "mine now"}).status_code == 404
    assert api.delete(f"{URL}/{theirs.pk}").status_code == 404
    assert api.get(f"{URL}/{theirs.pk}/versions").status_code == 404
    assert api.post(f"{URL}/search", {"q": "private"}).json()["total"] == 0
    assert Entry.objects.filter(pk=theirs.pk).exists()


def test_spaces_in_the_api(api, charlie):
    space = api.post("/api/v1/journal/spaces", {"name": "Letters I won't send"}).json()
    assert api.get("/api/v1/journal/spaces").json()[0]["name"] == "Letters I won't send"
    inside = api.post(URL, {"text": "Dear you", "space_id": space["id"]}).json()
    api.post(URL, {"text": "Ordinary"})
    assert inside["space_id"] == space["id"]
    assert [e["text"] for e in api.get(f"{URL}?space={space['id']}").json()["items"]] == [
        "Dear you"
    ]
    assert [e["text"] for e in api.get(f"{URL}?space=main").json()["items"]] == ["Ordinary"]
    theirs = services.space_save(user=charlie.user, data_key=charlie.data_key, name="Theirs")
    bad = api.post(URL, {"text": "x", "space_id": str(theirs.pk)})
    assert bad.status_code == 422 and "space_id" in errors_of(bad)
    assert api.get(f"{URL}?space={theirs.pk}").status_code == 422
    assert api.delete(f"/api/v1/journal/spaces/{theirs.pk}").status_code == 404
    assert (
        api.put(f"/api/v1/journal/spaces/{space['id']}", {"name": "Letters"}).json()["name"]
        == "Letters"
    )
    assert api.delete(f"/api/v1/journal/spaces/{space['id']}").status_code == 204
    assert api.get(f"{URL}/{inside['id']}").json()["space_id"] is None
