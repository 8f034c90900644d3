"""The one screen every free-text save goes through: never blocks, asks once, keeps nothing."""

import pytest
from django.test import Client

from innerbase.safety import screening
from innerbase.safety.models import CheckInAsked, CheckInDue, Pause
from people import log_in

pytestmark = pytest.mark.django_db

URGENT = "I want to kill myself tonight."
CHECK_IN = "Honestly everyone would be better off without me."
EVERYDAY = "This breakup is killing me but I went for a run and feel a bit better."


def _start_pause(client, own_urge: str):
    return client.post(
        "/help/pause/",
        {"urge": "own", "own_urge": own_urge, "wait_minutes": "10", "alternative": ""},
    )


def test_an_everyday_save_goes_straight_back(alice_client):
    response = _start_pause(alice_client, EVERYDAY)
    pause = Pause.objects.get()
    assert response.status_code == 302 and response["Location"] == pause.get_absolute_url()
    page = alice_client.get(pause.get_absolute_url()).content.decode()
    assert "thoughts of ending your life" not in page


def test_an_urgent_save_is_kept_and_leads_to_the_support_screen(alice_client, alice):
    response = _start_pause(alice_client, URGENT)
    pause = Pause.objects.get()  # saved, not blocked
    assert pause.open_text(alice.data_key, "own_urge") == URGENT
    assert response["Location"].startswith("/help/support/?back=")
    support = alice_client.get(response["Location"])
    html = support.content.decode()
    assert support.status_code == 200
    assert "116 123" in html or "findahelpline" in html
    assert pause.get_absolute_url() in html  # the way back to what they were doing
    assert "nobody" in html.lower() or "no one" in html.lower()


def test_a_check_in_is_asked_once_per_entry_and_no_collapses_it(alice_client):
    response = _start_pause(alice_client, CHECK_IN)
    back = response["Location"]
    assert back == Pause.objects.get().get_absolute_url()
    page = alice_client.get(back).content.decode()
    assert 'name="answer" value="no"' in page and 'name="answer" value="yes"' in page
    ref = f"safety.pause:{Pause.objects.get().pk}"
    answered = alice_client.post("/help/check-in/", {"ref": ref, "answer": "no", "back": back})
    assert answered["Location"] == back
    after = alice_client.get(back).content.decode()
    assert 'name="answer"' not in after and 'class="chip chip--support"' in after
    # Saving the same entry again does not ask again.
    pause = Pause.objects.get()
    alice_client.post(back, {"passed": "no", "what_happened": CHECK_IN})
    assert 'name="answer"' not in alice_client.get(pause.get_absolute_url()).content.decode()


@pytest.mark.parametrize("answer", ["yes", "sometimes"])
def test_yes_or_sometimes_opens_the_support_screen(alice_client, answer):
    response = alice_client.post(
        "/help/check-in/", {"ref": "safety.pause:x", "answer": answer, "back": "/help/pause/"}
    )
    assert response["Location"] == "/help/support/?back=%2Fhelp%2Fpause%2F"


def test_the_database_keeps_neither_the_answer_nor_which_entry(alice_client, alice):
    ref = "safety.pause:1234"
    alice_client.post("/help/check-in/", {"ref": ref, "answer": "yes", "back": "/"})
    row = CheckInAsked.objects.get()
    assert ref not in row.ref_digest and "1234" not in row.ref_digest
    assert not hasattr(row, "answer")


def test_the_way_back_stays_on_this_site(alice_client):
    response = alice_client.get("/help/support/?back=https://evil.example/")
    assert 'href="https://evil.example/"' not in response.content.decode()
    response = alice_client.post(
        "/help/check-in/", {"ref": "r", "answer": "no", "back": "//evil.example"}
    )
    assert response["Location"] == "/"


def test_a_broken_detector_never_costs_a_save(alice_client, alice, monkeypatch):
    def broken(text):
        raise RuntimeError("bug")

    monkeypatch.setattr("innerbase.safety.detect.screen", broken)
    response = _start_pause(alice_client, URGENT)
    assert response.status_code == 302 and Pause.objects.count() == 1
    assert screening.screen("anything") == screening.NOTHING


def test_check_in_needs_csrf(alice):
    client = Client(enforce_csrf_checks=True)
    client.cookies = log_in(Client(), alice).cookies
    assert client.post("/help/check-in/", {"ref": "r", "answer": "no"}).status_code == 403


def test_the_session_row_never_names_the_saved_row_while_the_question_waits(alice_client):
    from django.contrib.sessions.models import Session

    response = _start_pause(alice_client, CHECK_IN)
    pause = Pause.objects.get()
    stored = "".join(s.session_data for s in Session.objects.all())
    decoded = repr([s.get_decoded() for s in Session.objects.all()])
    for text in (stored, decoded):
        assert str(pause.pk) not in text and "safety.pause" not in text
    page = alice_client.get(response["Location"]).content.decode()  # the question still comes
    assert f'value="safety.pause:{pause.pk}"' in page


def _quick_check_in(client, line: str):
    return client.post("/journal/quick/", {"mood": "2", "energy": "2", "text": line, "next": "/"})


def test_the_check_in_leads_and_no_cheerful_message_sits_with_it(alice_client):
    _quick_check_in(alice_client, EVERYDAY)
    assert "Checked in. Thank you" in alice_client.get("/").content.decode()
    assert _quick_check_in(alice_client, CHECK_IN)["Location"] == "/"
    page = alice_client.get("/").content.decode()
    main = page[page.index('<main id="main"') :]
    assert "thoughts of ending your life" in main
    assert "Checked in. Thank you" not in page  # two tones never stack
    assert main.index('class="card card--soft check-in"') < main.index("<h1")


def test_the_entry_keeps_offering_the_check_in_until_it_is_answered(alice_client, alice):
    from innerbase.journal.models import Entry

    _quick_check_in(alice_client, CHECK_IN)
    alice_client.get("/")  # the page right after the save asks first
    entry = Entry.objects.get(owner=alice.user)
    url = entry.get_absolute_url()
    for _ in range(2):  # a reload, or another day: still there on the entry's page
        page = alice_client.get(url).content.decode()
        assert "Talk to someone now" in page and 'name="answer" value="yes"' in page
        assert 'href="/help/support/?back=' in page
    assert 'name="answer"' in alice_client.get("/").content.decode()  # and where it was asked
    ref = f"journal.entry:{entry.pk}"
    answered = alice_client.post("/help/check-in/", {"ref": ref, "answer": "not_now", "back": url})
    assert answered["Location"] == url
    assert not CheckInDue.objects.exists()
    assert 'name="answer"' not in alice_client.get(url).content.decode()
    assert 'name="answer"' not in alice_client.get("/").content.decode()


def test_a_waiting_check_in_keeps_no_words_no_time_and_shows_to_no_one_else(
    alice_client, alice, charlie
):
    from innerbase.journal.models import Entry

    _quick_check_in(alice_client, CHECK_IN)
    entry = Entry.objects.get(owner=alice.user)
    due = CheckInDue.objects.get()
    stored = bytes(due.details)
    for clue in (str(entry.pk), "suicidal", "journal.entry", "/journal/"):
        assert clue.encode() not in stored and clue not in due.ref_digest
    fields = {f.name for f in CheckInDue._meta.get_fields()}
    assert fields == {"id", "owner", "ref_digest", "details"}  # nothing to line up in time
    stranger = log_in(Client(), charlie)
    assert 'name="answer"' not in stranger.get("/").content.decode()
    assert stranger.get(entry.get_absolute_url()).status_code == 404


def test_deleting_the_entry_leaves_no_question_about_it(alice_client, alice):
    from innerbase.journal.models import Entry

    _quick_check_in(alice_client, CHECK_IN)
    alice_client.get("/")
    entry = Entry.objects.get(owner=alice.user)
    assert CheckInDue.objects.count() == 1
    alice_client.post(f"{entry.get_absolute_url()}delete/")
    assert not Entry.objects.exists() and not CheckInDue.objects.exists()
    assert 'name="answer"' not in alice_client.get("/").content.decode()
