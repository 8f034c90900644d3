"""The stop rule in a thought record: "how upset" asked when it begins (7 or more brings a
calming offer to the first step) and on the last step (7 or more, or rising, brings it to the
record); a stop line on every step; bad ratings named, nothing saved."""

import pytest

from innerbase.thoughts import selectors
from innerbase.thoughts.models import ThoughtRecord

pytestmark = pytest.mark.django_db

OFFER = "Maybe take a minute first"


def begin(client, **fields) -> ThoughtRecord:
    response = client.post("/thoughts/new/", fields)
    assert response.status_code == 302, response.content[:500]
    return ThoughtRecord.objects.latest("created_at")


def ratings(record, person) -> dict:
    record.refresh_from_db()
    return selectors.body_of(record=record, data_key=person.data_key)["distress"]


def test_the_start_asks_how_upset_and_every_step_carries_the_stop_line(alice_client, alice):
    page = alice_client.get("/thoughts/new/").content.decode()
    assert "Stop whenever this feels like too much." in page
    assert (
        "How upset do you feel right now?" in page and 'name="distress_before" value="10"' in page
    )
    record = begin(alice_client)
    for key in ("situation", "emotions", "distortions", "core-belief"):
        step = alice_client.get(f"/thoughts/{record.pk}/step/{key}/").content.decode()
        assert "Stop whenever this feels like too much." in step
        # "how upset now" is asked once, at the end
        assert ("And now, how upset do you feel?" in step) is (key == "core-belief")


@pytest.mark.parametrize(("before", "offered"), [("7", True), ("6", False), ("", False)])
def test_7_or_more_at_the_start_offers_calming_on_the_first_step(
    alice_client, alice, before, offered
):
    record = begin(alice_client, distress_before=before)
    assert ratings(record, alice) == {"before": int(before) if before else None, "after": None}
    first = alice_client.get(f"/thoughts/{record.pk}/step/situation/").content.decode()
    assert (OFFER in first) is offered
    assert OFFER not in alice_client.get(f"/thoughts/{record.pk}/step/situation/").content.decode()


@pytest.mark.parametrize(
    ("before", "after", "offered"),
    [("3", "7", True), ("3", "6", True), ("5", "5", False), ("8", "4", False), ("", "6", False)],
)
def test_the_last_step_offers_calming_on_the_record_at_7_or_more_or_rising(
    alice_client, alice, before, after, offered
):
    record = begin(alice_client, distress_before=before)
    response = alice_client.post(
        f"/thoughts/{record.pk}/step/core-belief/",
        {"belief": "", "rating": "50", "distress_after": after, "go": "next"},
    )
    assert response["Location"] == record.get_absolute_url()
    assert ratings(record, alice) == {
        "before": int(before) if before else None,
        "after": int(after),
    }
    page = alice_client.get(response["Location"]).content.decode()
    assert (OFFER in page) is offered
    assert "How upset" in page and f"{after} of 10 at the end" in page


@pytest.mark.parametrize("bad", ["11", "abc"])
def test_a_bad_rating_is_named_and_nothing_is_saved(alice_client, alice, bad):
    refused = alice_client.post("/thoughts/new/", {"distress_before": bad})
    assert refused.status_code == 422
    assert "For “How upset do you feel right now?”, choose a number from 0 to 10" in (
        refused.content.decode()
    )
    assert ThoughtRecord.objects.count() == 0
    record = begin(alice_client, distress_before="4")
    last = alice_client.post(
        f"/thoughts/{record.pk}/step/core-belief/",
        {"belief": "", "rating": "50", "distress_after": bad, "go": "next"},
    )
    assert last.status_code == 422
    assert "For “And now, how upset do you feel?”, choose a number" in last.content.decode()
    record.refresh_from_db()
    assert "core-belief" not in record.steps_done and ratings(record, alice)["after"] is None


def test_the_api_takes_the_ratings_and_names_a_bad_one(api):
    url = "/api/v1/thought-records"
    made = api.post(url, {"automatic_thought": "t", "distress": {"before": 9}})
    assert made.status_code == 201 and made.json()["distress"] == {"before": 9, "after": None}
    replaced = api.put(f"{url}/{made.json()['id']}", {"automatic_thought": "t"})
    assert replaced.json()["distress"] == {"before": None, "after": None}  # PUT replaces all
    refused = api.post(url, {"automatic_thought": "t", "distress": {"before": 12}})
    assert refused.status_code == 422
    assert [e["field"] for e in refused.json()["errors"]] == ["distress.before"]


def test_the_last_step_offers_calming_again_only_when_the_rating_changes(alice_client, alice):
    record = begin(alice_client, distress_before="2")
    url = f"/thoughts/{record.pk}/step/core-belief/"
    data = {"belief": "", "rating": "50", "go": "next"}
    alice_client.post(url, {**data, "distress_after": "8"})
    assert OFFER in alice_client.get(record.get_absolute_url()).content.decode()
    alice_client.post(url, {**data, "distress_after": "8"})  # back later, the same answer
    assert OFFER not in alice_client.get(record.get_absolute_url()).content.decode()
