"""Say it securely's pages: the builder checks without saving and saves sealed, a talk is
planned (its opening from a statement), rehearsed, and its outcome logged; bad input keeps
what was typed and names the field; strangers get 404; the people list's remove question
lists these rows and deletes them only when asked; CSRF and methods hold."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import timezone

from innerbase.conversations import selectors, services
from innerbase.conversations.models import Statement, Talk
from innerbase.core.limits import MAX_ANSWER
from innerbase.people import services as people
from innerbase.people.models import Person

pytestmark = pytest.mark.django_db

BASE = "/people/conversations/"
PARTS = {
    "feel": "lonely",
    "when": "you never text back",
    "need": "to feel close",
    "ask": "tell me when you'll be late",
}


@pytest.fixture
def sam(alice) -> Person:
    return people.person_add(user=alice.user, data_key=alice.data_key, name="Sam", role="ex")


def test_checking_marks_the_blame_and_offers_the_persons_own_feel_part(alice_client):
    response = alice_client.post(f"{BASE}statements/new/", {**PARTS, "action": "check"})
    page = response.content.decode()
    assert response.status_code == 200
    assert '<mark class="flagged">you never' in page
    assert "Blame" in page and "I feel lonely" in page and "calmer-start" in page
    assert not Statement.objects.exists()  # checking saves nothing


def test_checking_heavy_words_offers_help_beside_the_check(alice_client):
    heavy = {**PARTS, "feel": "like I want to die", "action": "check"}
    page = alice_client.post(f"{BASE}statements/new/", heavy).content.decode()
    assert "sounded really heavy" in page and 'href="/help/"' in page
    calm = alice_client.post(f"{BASE}statements/new/", {**PARTS, "action": "check"})
    assert "sounded really heavy" not in calm.content.decode()


def test_saving_keeps_it_sealed_and_shows_it_ready_to_copy(alice_client, alice, sam):
    response = alice_client.post(
        f"{BASE}statements/new/", {**PARTS, "person": str(sam.pk), "action": "save"}
    )
    row = Statement.objects.get()
    assert response.status_code == 302 and response["Location"] == row.get_absolute_url()
    assert row.person == sam and b"lonely" not in bytes(row.body)
    page = alice_client.get(row.get_absolute_url()).content.decode()
    assert "I feel lonely when you never text back because I need to feel close." in page
    assert "About Sam" in page and "data-copy-source" in page
    assert selectors.linked_to_person(user=alice.user, pk=sam.pk)[0]["label"] == "I-statement"


def test_a_saved_statement_can_be_changed(alice_client, alice):
    row = services.statement_save(user=alice.user, data_key=alice.data_key, parts=PARTS)
    changed = {**PARTS, "when": "the evening goes quiet", "action": "save"}
    alice_client.post(row.get_absolute_url(), changed)
    parts = selectors.statement_parts(statement=Statement.objects.get(), data_key=alice.data_key)
    assert parts["when"] == "the evening goes quiet" and Statement.objects.count() == 1


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        ({"feel": "x" * (MAX_ANSWER + 1)}, "feel", "20,000 characters"),
        ({"when": "  "}, "feel", "Write at least one part"),
        (
            {"feel": "sad", "person": "00000000-0000-0000-0000-000000000000"},
            "person",
            "Pick one of your people",
        ),
    ],
)
def test_bad_input_names_the_field_keeps_the_words_and_saves_nothing(
    alice_client, data, field, message
):
    response = alice_client.post(
        f"{BASE}statements/new/", {"when": "kept words", **data, "action": "save"}
    )
    page = response.content.decode()
    assert response.status_code == 422
    assert message in page and f'href="#id_{field}"' in page
    assert ("kept words" in page) is ("when" not in data)
    assert not Statement.objects.exists()


def test_someone_elses_person_cannot_be_linked(alice_client, charlie):
    theirs = people.person_add(user=charlie.user, data_key=charlie.data_key, name="C", role="ex")
    response = alice_client.post(f"{BASE}talks/new/", {"want": "to talk", "person": str(theirs.pk)})
    assert response.status_code == 422 and not Talk.objects.exists()


def test_a_talk_from_a_statement_is_planned_rehearsed_and_its_outcome_logged(
    alice_client, alice, sam
):
    statement = services.statement_save(
        user=alice.user, data_key=alice.data_key, parts=PARTS, person=sam
    )
    offered = alice_client.get(f"{BASE}talks/new/").content.decode()
    assert f'href="?statement={statement.pk}"' in offered and "Start from one of your" in offered
    page = alice_client.get(f"{BASE}talks/new/?statement={statement.pk}").content.decode()
    assert "I feel lonely when you never text back" in page  # the opening line, prefilled
    response = alice_client.post(
        f"{BASE}talks/new/",
        {
            "person": str(sam.pk),
            "want": "To feel close again",
            "opening": "You never text back.",
            "heated": "Take a walk",
            "pause_minutes": "30",
            "come_back": "after dinner",
        },
    )
    talk = Talk.objects.get()
    assert response["Location"] == talk.get_absolute_url()
    assert talk.pause_minutes == 30 and talk.person == sam and b"close" not in bytes(talk.body)
    page = alice_client.get(talk.get_absolute_url()).content.decode()
    assert "With Sam" in page and "A pause of 30 minutes." in page
    assert '<mark class="flagged">You never' in page  # the opening line is checked too

    rehearse = alice_client.get(f"{BASE}talks/{talk.pk}/rehearse/").content.decode()
    assert 'data-seconds="180"' in rehearse and "js/countdown.js" in rehearse
    alice_client.post(f"{BASE}talks/{talk.pk}/rehearse/")
    talk.refresh_from_db()
    assert talk.rehearsed_at is not None

    alice_client.post(
        f"{BASE}talks/{talk.pk}/outcome/",
        {"how_it_went": "Calmer than I feared", "keep": "The pause", "change": ""},
    )
    talk.refresh_from_db()
    words = selectors.talk_words(talk=talk, data_key=alice.data_key)
    assert talk.outcome_at is not None and words["how_it_went"] == "Calmer than I feared"
    assert words["want"] == "To feel close again"  # the plan is kept
    index = alice_client.get(BASE).content.decode()
    assert "To feel close again" in index and "how it went is noted" in index


def test_an_empty_outcome_is_refused(alice_client, alice):
    talk = services.talk_save(user=alice.user, data_key=alice.data_key, words={"want": "x"})
    response = alice_client.post(f"{BASE}talks/{talk.pk}/outcome/", {"how_it_went": ""})
    assert response.status_code == 422 and "how it went" in response.content.decode()
    talk.refresh_from_db()
    assert talk.outcome_at is None


def test_strangers_get_404_everywhere(alice_client, charlie):
    talk = services.talk_save(user=charlie.user, data_key=charlie.data_key, words={"want": "x"})
    statement = services.statement_save(
        user=charlie.user, data_key=charlie.data_key, parts={"feel": "x"}
    )
    for url in [
        f"{BASE}statements/{statement.pk}/",
        f"{BASE}statements/{statement.pk}/delete/",
        f"{BASE}talks/{talk.pk}/",
        f"{BASE}talks/{talk.pk}/edit/",
        f"{BASE}talks/{talk.pk}/rehearse/",
        f"{BASE}talks/{talk.pk}/outcome/",
        f"{BASE}talks/{talk.pk}/delete/",
        f"{BASE}talks/new/?statement={statement.pk}",
    ]:
        assert alice_client.get(url).status_code == 404, url
    assert alice_client.post(f"{BASE}talks/{talk.pk}/delete/").status_code == 404
    assert Talk.objects.count() == 1


def test_deleting_asks_first(alice_client, alice):
    talk = services.talk_save(user=alice.user, data_key=alice.data_key, words={"want": "x"})
    statement = services.statement_save(
        user=alice.user, data_key=alice.data_key, parts={"feel": "x"}
    )
    assert (
        "Delete this talk plan"
        in alice_client.get(f"{BASE}talks/{talk.pk}/delete/").content.decode()
    )
    assert Talk.objects.exists()
    alice_client.post(f"{BASE}talks/{talk.pk}/delete/")
    alice_client.post(f"{BASE}statements/{statement.pk}/delete/")
    assert not Talk.objects.exists() and not Statement.objects.exists()


@pytest.mark.parametrize("choice", ["keep", "delete"])
def test_removing_a_person_keeps_or_deletes_what_is_linked(alice_client, alice, sam, choice):
    services.statement_save(user=alice.user, data_key=alice.data_key, parts=PARTS, person=sam)
    services.talk_save(user=alice.user, data_key=alice.data_key, words={"want": "x"}, person=sam)
    page = alice_client.get(f"/people/{sam.pk}/delete/").content.decode()
    assert "You wrote 2 things linked to Sam" in page
    alice_client.post(f"/people/{sam.pk}/delete/", {"linked": choice})
    kept = choice == "keep"
    assert Statement.objects.exists() is kept and Talk.objects.exists() is kept
    if kept:
        assert Statement.objects.get().person is None and Talk.objects.get().person is None


def test_logged_out_csrf_and_methods(alice, alice_client):
    assert Client().get(BASE).status_code == 302
    assert alice_client.post(BASE).status_code == 405
    talk = services.talk_save(user=alice.user, data_key=alice.data_key, words={"want": "x"})
    assert alice_client.post(f"{BASE}talks/{talk.pk}/").status_code == 405
    alice_client.handler.enforce_csrf_checks = True
    response = alice_client.post(f"{BASE}statements/new/", {**PARTS, "action": "save"})
    assert response.status_code == 403 and not Statement.objects.exists()
    assert alice_client.post(f"{BASE}talks/{talk.pk}/rehearse/").status_code == 403


@pytest.mark.parametrize(
    ("age", "outcome", "shown"),
    [
        (dt.timedelta(days=1), False, True),
        (dt.timedelta(days=1), True, False),
        (dt.timedelta(hours=1), False, False),  # just planned: not yet
        (dt.timedelta(days=20), False, False),  # long ago: it no longer hangs over anyone
    ],
)
def test_today_asks_how_a_planned_talk_went_for_two_weeks(alice_client, alice, age, outcome, shown):
    talk = services.talk_save(user=alice.user, data_key=alice.data_key, words={"want": "x"})
    Talk.objects.filter(pk=talk.pk).update(created_at=timezone.now() - age)
    if outcome:
        services.talk_outcome_save(talk=talk, data_key=alice.data_key, words={"keep": "calm"})
    page = alice_client.get("/").content.decode()
    assert ("Your hard talk" in page) is shown
    assert (f"{BASE}talks/{talk.pk}/outcome/" in page) is shown


def test_the_hub_shows_the_newest_five_and_the_lists_the_rest_a_page_at_a_time(alice_client, alice):
    for number in range(23):
        services.statement_save(
            user=alice.user, data_key=alice.data_key, parts={"feel": f"mood{number:02d}"}
        )
    hub = alice_client.get(BASE).content.decode()
    assert hub.count("I feel mood") == 5 and "See all 23 I-statements" in hub
    first = alice_client.get(f"{BASE}statements/").content.decode()
    second = alice_client.get(f"{BASE}statements/?page=2").content.decode()
    assert first.count("I feel mood") == 20 and second.count("I feel mood") == 3
    assert "Page 2 of 2" in second
    assert "None yet." in alice_client.get(f"{BASE}talks/").content.decode()


def test_a_persons_page_can_start_a_statement_or_talk_about_them(alice_client, sam):
    for url in (f"{BASE}statements/new/", f"{BASE}talks/new/"):
        page = alice_client.get(f"{url}?person={sam.pk}").content.decode()
        assert f'<option value="{sam.pk}" selected>Sam</option>' in page
