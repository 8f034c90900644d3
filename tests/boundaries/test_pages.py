"""Boundary pages: add one (blank or from an example, with a person), log it kept and
crossed, revisit it from Today, change it; bad input keeps what was typed and saves nothing;
another person's boundary is a 404; removing the person can keep or delete it."""

import datetime as dt
import html

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from innerbase.boundaries import selectors, services
from innerbase.boundaries.models import Boundary, BoundaryLog
from innerbase.core.limits import MAX_ANSWER
from innerbase.people import services as people
from people import log_in

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return html.unescape(response.content.decode())


def today() -> dt.date:
    return timezone.localdate()


def add(client, **extra):
    data = {
        "boundary": "I don't reply to texts after 10 at night.",
        "need": "Calm nights.",
        "say": "I'll answer in the morning.",
        "if_crossed": "Phone in the other room.",
        "revisit_on": (today() + dt.timedelta(days=30)).isoformat(),
        **extra,
    }
    return client.post("/people/boundaries/new/", data)


@pytest.fixture
def sam(alice):
    return people.person_add(user=alice.user, data_key=alice.data_key, name="Sam", role="ex")


def test_the_new_page_offers_people_and_a_revisit_in_thirty_days(alice_client, sam):
    page = text(alice_client.get("/people/boundaries/new/"))
    assert "Sam" in page and "Nobody in particular" in page
    assert (today() + dt.timedelta(days=30)).isoformat() in page


def test_add_a_boundary_with_a_person_sealed_and_listed(alice, alice_client, sam):
    response = add(alice_client, person=str(sam.pk))
    boundary = Boundary.objects.get(owner=alice.user)
    assert response.status_code == 302 and response["Location"] == boundary.get_absolute_url()
    assert boundary.person == sam and boundary.revisit_on == today() + dt.timedelta(days=30)
    assert b"10 at night" not in boundary.body and b"Calm" not in boundary.body
    listed = text(alice_client.get("/people/boundaries/"))
    assert "I don't reply to texts after 10 at night." in listed and "with Sam" in listed
    page = text(alice_client.get(boundary.get_absolute_url()))
    assert "Calm nights." in page and "With Sam" in page and "Nothing noted yet." in page


def test_start_from_an_example(alice_client):
    examples = text(alice_client.get("/people/boundaries/examples/"))
    assert "Contact with an ex" in examples and "Money" in examples and "Family" in examples
    page = text(alice_client.get("/people/boundaries/new/?example=money-no-lending"))
    assert "I don't lend money to my ex." in page
    assert alice_client.get("/people/boundaries/new/?example=nope").status_code == 404


def test_bad_input_names_the_field_keeps_what_was_typed_and_saves_nothing(
    alice, alice_client, charlie
):
    theirs = people.person_add(user=charlie.user, data_key=charlie.data_key, name="X", role="ex")
    cases = [
        ({"boundary": ""}, "Write the boundary in a few words."),
        ({"person": str(theirs.pk)}, "Choose one of your people, or no one."),
        ({"revisit_on": "2026-02-31"}, "Give the date as day, month and year."),
        ({"revisit_on": (today() - dt.timedelta(days=1)).isoformat()}, "Choose today or a later"),
        ({"revisit_on": "2099-01-01"}, "Choose a day in the next 5 years."),
        ({"need": "x" * (MAX_ANSWER + 1)}, f"Keep this under {MAX_ANSWER:,} characters."),
    ]
    for extra, error in cases:
        response = add(alice_client, say="My own words, kept.", **extra)
        page = text(response)
        assert response.status_code == 422 and error in page, extra
        assert "My own words, kept." in page and "There is a problem" in page
    assert not Boundary.objects.filter(owner=alice.user).exists()


def test_log_kept_and_crossed_then_see_the_counts(alice, alice_client):
    add(alice_client)
    boundary = Boundary.objects.get(owner=alice.user)
    url = f"{boundary.get_absolute_url()}log/"
    day = today().isoformat()
    for outcome in ("kept", "kept", "crossed"):
        response = alice_client.post(
            url, {"outcome": outcome, "day": day, "feelings": ["proud", "shaky"], "note": "Hard."}
        )
        assert response.status_code == 302
    row = BoundaryLog.objects.filter(boundary=boundary).first()
    assert b"Hard." not in row.body and b"proud" not in row.body
    page = text(alice_client.get(boundary.get_absolute_url()))
    assert "Kept twice, crossed once today." in page
    assert "Proud, Shaky" in page and "Hard." in page


def test_a_bad_log_names_the_field_and_saves_nothing(alice, alice_client):
    add(alice_client)
    boundary = Boundary.objects.get(owner=alice.user)
    url = f"{boundary.get_absolute_url()}log/"
    tomorrow = (today() + dt.timedelta(days=1)).isoformat()
    cases = [
        ({"outcome": "ignored", "day": today().isoformat()}, "Choose kept or crossed."),
        ({"outcome": "kept", "day": tomorrow}, "Choose today or a day before it."),
        ({"outcome": "kept", "day": "soon"}, "Give the date as day, month and year."),
        ({"outcome": "kept", "day": today().isoformat(), "feelings": ["smug"]}, "from the list"),
    ]
    for data, error in cases:
        response = alice_client.post(url, {**data, "note": "Typed note stays."})
        page = text(response)
        assert response.status_code == 422 and error in page, data
        assert "Typed note stays." in page
    assert not BoundaryLog.objects.exists()


def test_due_on_today_then_revisited_keep_and_retire(alice, alice_client):
    add(alice_client)
    boundary = Boundary.objects.get(owner=alice.user)
    assert "Boundaries to look at again" not in text(alice_client.get("/"))
    Boundary.objects.filter(pk=boundary.pk).update(revisit_on=today() - dt.timedelta(days=2))
    home = text(alice_client.get("/"))
    assert home.count("I don't reply to texts after 10 at night.") == 1
    assert "Boundaries to look at again" in home
    page = text(alice_client.get(boundary.get_absolute_url()))
    assert "Time to look at this again" in page
    next_on = today() + dt.timedelta(days=60)
    url = f"{boundary.get_absolute_url()}revisit/"
    response = alice_client.post(url, {"choice": "keep", "next_on": next_on.isoformat()})
    assert response.status_code == 302
    boundary.refresh_from_db()
    assert boundary.revisit_on == next_on and boundary.revisited_on == today()
    assert "Boundaries to look at again" not in text(alice_client.get("/"))
    past = (today() - dt.timedelta(days=1)).isoformat()
    assert alice_client.post(url, {"choice": "keep", "next_on": past}).status_code == 422
    assert alice_client.post(url, {"choice": "retire"}).status_code == 302
    boundary.refresh_from_db()
    assert boundary.retired_on == today()
    Boundary.objects.filter(pk=boundary.pk).update(revisit_on=today())
    assert "Boundaries to look at again" not in text(alice_client.get("/"))
    assert "Set aside (1)" in text(alice_client.get("/people/boundaries/"))


def test_change_a_boundary(alice, alice_client, sam):
    add(alice_client, person=str(sam.pk))
    boundary = Boundary.objects.get(owner=alice.user)
    edit = f"{boundary.get_absolute_url()}edit/"
    assert "Calm nights." in text(alice_client.get(edit))
    Boundary.objects.filter(pk=boundary.pk).update(revisit_on=today() - dt.timedelta(days=1))
    next_on = today() + dt.timedelta(days=30)
    assert next_on.isoformat() in text(alice_client.get(edit))  # a new day, the old one came
    data = {"boundary": "No texts after 9.", "person": "", "revisit_on": next_on.isoformat()}
    assert alice_client.post(edit, data).status_code == 302
    boundary.refresh_from_db()
    assert boundary.person is None and boundary.revisited_on == today()
    assert boundary.revisit_on == next_on
    words = selectors.words_of(boundary=boundary, data_key=alice.data_key)
    assert words == {"boundary": "No texts after 9.", "need": "", "say": "", "if_crossed": ""}


def test_another_persons_boundary_is_a_404(alice_client, charlie):
    from django.test import Client

    add(log_in(Client(), charlie))
    theirs = Boundary.objects.get(owner=charlie.user)
    for path in ("", "edit/"):
        assert alice_client.get(f"{theirs.get_absolute_url()}{path}").status_code == 404
    for path in ("log/", "revisit/"):
        response = alice_client.post(f"{theirs.get_absolute_url()}{path}", {"outcome": "kept"})
        assert response.status_code == 404
    assert not BoundaryLog.objects.exists()


def test_wrong_method_and_logged_out(alice_client, client):
    add(alice_client)
    boundary = Boundary.objects.get()
    assert alice_client.get(f"{boundary.get_absolute_url()}log/").status_code == 405
    assert alice_client.post("/people/boundaries/").status_code == 405
    response = client.get("/people/boundaries/")
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_a_crisis_word_in_a_boundary_is_screened(alice_client):
    response = add(alice_client, need="I want to die when they ignore me.")
    assert response.status_code == 302 and "/help/" in response["Location"]


def test_removing_the_person_lists_the_boundary_and_keeps_or_deletes_it(alice, alice_client, sam):
    add(alice_client, person=str(sam.pk))
    boundary = Boundary.objects.get(owner=alice.user)
    page = text(alice_client.get(f"/people/{sam.pk}/"))
    assert "A boundary set on" in page and "10 at night" not in page
    alice_client.post(f"/people/{sam.pk}/delete/", {"linked": "keep"})
    boundary.refresh_from_db()
    assert boundary.person is None
    ana = people.person_add(user=alice.user, data_key=alice.data_key, name="Ana", role="ex")
    add(alice_client, person=str(ana.pk))
    alice_client.post(f"/people/{ana.pk}/delete/", {"linked": "delete"})
    assert list(Boundary.objects.filter(owner=alice.user)) == [boundary]


def test_the_list_and_a_boundary_page_read_a_fixed_number_of_queries(alice, alice_client, sam):
    def queries(path: str) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert alice_client.get(path).status_code == 200
        return len(captured)

    def grow() -> Boundary:
        boundary = selectors.boundary_or_404(user=alice.user, pk=Boundary.objects.first().pk)
        for outcome in ("kept", "crossed", "kept"):
            services.log_add(
                boundary=boundary, data_key=alice.data_key, outcome=outcome, day=today()
            )
        return boundary

    add(alice_client, person=str(sam.pk))
    boundary = grow()
    few = (queries("/people/boundaries/"), queries(boundary.get_absolute_url()))
    for _ in range(5):
        add(alice_client, person=str(sam.pk))
        grow()
    assert (queries("/people/boundaries/"), queries(boundary.get_absolute_url())) == few


def test_today_lists_at_most_five_due_and_links_to_the_rest(alice, alice_client):
    for number in range(7):
        services.boundary_add(
            user=alice.user,
            data_key=alice.data_key,
            words={"boundary": f"Boundary number {number}."},
            revisit_on=today() - dt.timedelta(days=10 - number),
        )
    home = text(alice_client.get("/"))
    assert [n for n in range(7) if f"Boundary number {n}." in home] == [0, 1, 2, 3, 4]
    assert "All your boundaries" in home


def test_a_crisis_word_in_a_log_note_is_screened_and_still_saved(alice, alice_client):
    add(alice_client)
    boundary = Boundary.objects.get(owner=alice.user)
    data = {"outcome": "crossed", "day": today().isoformat(), "note": "I want to die tonight."}
    response = alice_client.post(f"{boundary.get_absolute_url()}log/", data)
    assert response.status_code == 302 and "/help/" in response["Location"]
    assert BoundaryLog.objects.filter(boundary=boundary).count() == 1
