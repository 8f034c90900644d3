"""The stop rule in the journal: a stop line and an optional "how upset" check at the top of a
new entry and beside its save; at 7 or more, or rising, the saved entry offers calming instead
of more writing. Bad ratings are named, nothing typed is lost, nothing is saved."""

import pytest
from django.utils import timezone

from innerbase.journal import selectors
from innerbase.journal.models import Draft, Entry

pytestmark = pytest.mark.django_db

OFFER = "Maybe take a minute first"
WRITE_MORE = "Work through a thought from this"


def entry_data(**fields) -> dict:
    data = {
        "mode": "free",
        "text": "A long evening.",
        "occurred_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "time_zone": "Europe/London",
    }
    data.update(fields)
    return data


def save(client, **fields):
    response = client.post("/journal/new/", entry_data(**fields))
    assert response.status_code == 302, response.content[:500]
    return response


def test_the_new_entry_page_carries_the_stop_line_and_both_checks(alice_client):
    page = alice_client.get("/journal/new/").content.decode()
    assert "Stop whenever this feels like too much." in page
    assert 'href="/help/calm/"' in page
    assert "How upset do you feel right now?" in page and "And now, how upset do you feel?" in page
    for value in range(11):
        assert f'name="distress_before" value="{value}"' in page
        assert f'name="distress_after" value="{value}"' in page
    # the offer is there for the script to reveal at 7 or more, hidden until then
    assert "hidden data-calming-offer" in page and "js/distress.js" in page


@pytest.mark.parametrize(
    ("before", "after", "offered", "wording"),
    [
        ("7", "", True, "a lot to hold"),
        ("6", "", False, ""),
        ("", "8", True, "a lot to hold"),
        ("3", "5", True, "stirred things up"),  # rising
        ("5", "5", False, ""),
        ("8", "4", False, ""),  # settled while writing
        ("", "", False, ""),
    ],
)
def test_calming_is_offered_on_the_saved_entry_at_7_or_more_or_rising(
    alice_client, alice, before, after, offered, wording
):
    response = save(alice_client, distress_before=before, distress_after=after)
    entry = Entry.objects.get(owner=alice.user)
    body = selectors.body_of(entry=entry, data_key=alice.data_key)
    assert body["distress"] == {
        "before": int(before) if before else None,
        "after": int(after) if after else None,
    }
    page = alice_client.get(response["Location"]).content.decode()
    assert (OFFER in page) is offered
    assert wording in page
    if offered:
        assert 'href="/help/calm/breathe/"' in page and 'href="/help/"' in page
        assert WRITE_MORE not in page  # calming instead of more writing
    else:
        assert WRITE_MORE in page
    again = alice_client.get(response["Location"]).content.decode()
    assert OFFER not in again  # offered once, after the save, not every time it is read


def test_ratings_are_shown_with_the_entry_and_kept_when_editing(alice_client, alice):
    save(alice_client, distress_before="6", distress_after="2")
    entry = Entry.objects.get(owner=alice.user)
    page = alice_client.get(f"/journal/{entry.pk}/").content.decode()
    assert "How upset: 6 of 10 at the start, 2 of 10 at the end" in page
    edit = alice_client.get(f"/journal/{entry.pk}/edit/").content.decode()
    assert 'value="6" class="scale" id="id_distress_before_6" checked' in edit
    assert "· 6 of 10" in edit and "· 2 of 10" in edit  # the folded lines say what is chosen
    alice_client.post(f"/journal/{entry.pk}/edit/", entry_data(text="Later.", distress_before="6"))
    body = selectors.body_of(entry=Entry.objects.get(pk=entry.pk), data_key=alice.data_key)
    assert body["distress"] == {"before": 6, "after": None}


@pytest.mark.parametrize("bad", ["11", "abc", "-1"])
def test_a_bad_rating_is_named_what_was_typed_is_kept_and_nothing_is_saved(alice_client, bad):
    response = alice_client.post(
        "/journal/new/", entry_data(text="Still typing this.", distress_after=bad)
    )
    assert response.status_code == 422
    page = response.content.decode()
    message = "For “And now, how upset do you feel?”, choose a number from 0 to 10, or leave it"
    assert message in page and 'href="#id_distress_after"' in page  # summary links to it
    assert "Still typing this." in page
    assert Entry.objects.count() == 0


def test_a_rating_never_blocks_a_save(alice_client, alice):
    save(alice_client)  # no rating at all
    assert Entry.objects.filter(owner=alice.user).count() == 1


def test_the_draft_keeps_the_ratings(alice_client, alice):
    alice_client.post(
        "/journal/draft/",
        {"draft_key": "new:free", "text": "half a thought", "distress_before": "8"},
    )
    assert Draft.objects.filter(owner=alice.user).count() == 1
    page = alice_client.get("/journal/new/").content.decode()
    assert 'value="8" class="scale" id="id_distress_before_8" checked' in page


def test_the_api_takes_the_ratings_and_names_a_bad_one(api):
    url = "/api/v1/journal/entries"
    made = api.post(url, {"text": "x", "distress": {"before": 7, "after": 3}})
    assert made.status_code == 201 and made.json()["distress"] == {"before": 7, "after": 3}
    assert api.get(f"{url}/{made.json()['id']}").json()["distress"] == {"before": 7, "after": 3}
    assert api.post(url, {"text": "y"}).json()["distress"] == {"before": None, "after": None}
    for bad in (11, -1, "abc", True):
        refused = api.post(url, {"text": "z", "distress": {"after": bad}})
        assert refused.status_code == 422
        assert [e["field"] for e in refused.json()["errors"]] == ["distress.after"]
    assert len(api.get(url).json()["items"]) == 2


def test_an_edit_offers_calming_again_only_when_the_ratings_change(alice_client, alice):
    save(alice_client, distress_before="8")
    entry = Entry.objects.get(owner=alice.user)
    alice_client.get(f"/journal/{entry.pk}/")  # the offer, once
    same = alice_client.post(
        f"/journal/{entry.pk}/edit/", entry_data(text="Fixed a word.", distress_before="8")
    )
    assert OFFER not in alice_client.get(same["Location"]).content.decode()
    higher = alice_client.post(
        f"/journal/{entry.pk}/edit/",
        entry_data(text="Fixed a word.", distress_before="8", distress_after="9"),
    )
    assert OFFER in alice_client.get(higher["Location"]).content.decode()
