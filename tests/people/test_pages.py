"""The people list: add someone, change them, remove them (keeping or deleting what links to
them); sealed names, bad input that keeps what was typed, owner checks."""

import html

import pytest

from innerbase.core import registry
from innerbase.people import selectors, services
from innerbase.people.models import Person

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return html.unescape(response.content.decode())


def add(client, **extra):
    data = {"name": "Sam", "role": "ex", **extra}
    return client.post("/people/", data)


def test_add_someone_sealed_and_listed(alice, alice_client):
    response = add(alice_client, support=["safe-haven"], in_touch="weekly", note="Met in 2019.")
    assert response.status_code == 302
    person = Person.objects.get(owner=alice.user)
    assert person.role == "ex" and person.support == ["safe-haven"]
    assert b"Sam" not in person.body and b"2019" not in person.body
    page = text(alice_client.get("/people/"))
    assert "Sam" in page and "An ex" in page


def test_a_person_needs_a_name_and_a_role_and_keeps_what_was_typed(alice, alice_client):
    response = alice_client.post("/people/", {"name": "", "role": "", "note": "Kind to me."})
    assert response.status_code == 422
    page = text(response)
    assert "Write a name or nickname." in page and "Choose who they are to you." in page
    assert "Kind to me." in page
    response = add(alice_client, role="wizard")
    assert response.status_code == 422 and "Select a valid choice" in text(response)
    assert not Person.objects.filter(owner=alice.user).exists()


def test_change_a_person(alice, alice_client):
    add(alice_client)
    person = Person.objects.get(owner=alice.user)
    response = alice_client.post(
        f"/people/{person.pk}/",
        {"name": "Sam B", "role": "friend", "in_safety_plan": ["ask_for_help"]},
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.role == "friend" and person.in_safety_plan == ["ask_for_help"]
    assert selectors.words_of(person=person, data_key=alice.data_key)["name"] == "Sam B"
    assert selectors.in_safety_plan(
        user=alice.user, data_key=alice.data_key, section="ask_for_help"
    ) == ["Sam B"]


def test_removing_asks_and_keeps_or_deletes_what_links_to_them(alice, alice_client, monkeypatch):
    monkeypatch.setattr(registry, "_related", dict(registry._related))
    kept = {"rows": True}
    registry.related_register(
        "people.person",
        app="example",
        rows=lambda user, pk: (
            [{"label": "A review", "when": None, "url": "/"}] if kept["rows"] else []
        ),
        delete=lambda user, pk: kept.update(rows=False),
    )
    add(alice_client)
    person = Person.objects.get(owner=alice.user)
    page = text(alice_client.get(f"/people/{person.pk}/delete/"))
    assert "You wrote 1 thing linked to Sam" in page and "Keep what I wrote" in page
    alice_client.post(f"/people/{person.pk}/delete/", {"linked": "keep"})
    assert not Person.objects.filter(pk=person.pk).exists() and kept["rows"]
    add(alice_client)
    person = Person.objects.get(owner=alice.user)
    alice_client.post(f"/people/{person.pk}/delete/", {"linked": "delete"})
    assert kept["rows"] is False


def test_another_persons_people_are_a_404(charlie, alice_client):
    theirs = services.person_add(user=charlie.user, data_key=charlie.data_key, name="X", role="ex")
    assert alice_client.get(f"/people/{theirs.pk}/").status_code == 404
    assert alice_client.post(f"/people/{theirs.pk}/delete/").status_code == 404
    assert Person.objects.filter(pk=theirs.pk).exists()
    assert selectors.person_or_none(user=charlie.user, pk="not-a-uuid") is None


def test_a_note_is_screened(alice_client):
    response = add(alice_client, note="He told me he would kill me if I ever left.")
    assert "/help/" in response["Location"]


# -- noticing someone new ------------------------------------------------------------------
def test_notes_on_someone_new_build_the_weekly_consistency_view(alice, alice_client):
    import datetime as dt

    from django.utils import timezone

    person = services.person_add(user=alice.user, data_key=alice.data_key, name="Jo", role="new")
    url = f"/people/{person.pk}/noticing/"
    today = timezone.localdate()
    for weeks_ago, kept in ((2, "yes"), (1, "yes"), (0, "yes")):
        response = alice_client.post(
            url,
            {
                "observed_on": (today - dt.timedelta(weeks=weeks_ago)).isoformat(),
                "kept_promise": kept,
                "feeling": "calm",
                "note": "Texted when they said.",
            },
        )
        assert response.status_code == 302
    page = text(alice_client.get(url))
    assert "They did what they said in 100% of what you noted" in page
    assert "held steady from week to week" in page
    assert "Butterflies are not proof of safety" in page
    row = person.observations.first()
    assert b"Texted" not in row.body and row.kept_promise is True


def test_a_note_for_a_day_to_come_is_refused_and_keeps_what_was_typed(alice, alice_client):
    import datetime as dt

    from django.utils import timezone

    person = services.person_add(user=alice.user, data_key=alice.data_key, name="Jo", role="new")
    tomorrow = (timezone.localdate() + dt.timedelta(days=1)).isoformat()
    response = alice_client.post(
        f"/people/{person.pk}/noticing/", {"observed_on": tomorrow, "note": "Late again."}
    )
    assert response.status_code == 422
    page = text(response)
    assert "That day has not come yet." in page and "Late again." in page
    assert not person.observations.exists()


# -- the support network -------------------------------------------------------------------
def test_the_support_page_names_the_one_source_and_suggests_a_reach_out(alice, alice_client):
    services.person_add(
        user=alice.user, data_key=alice.data_key, name="Ex", role="ex", support=["safe-haven"]
    )
    page = text(alice_client.get("/people/support/"))
    assert "All your support comes from Ex right now" in page
    friend = services.person_add(
        user=alice.user, data_key=alice.data_key, name="Maya", role="friend", support=["fun"]
    )
    page = text(alice_client.get("/people/support/"))
    assert "Ex is the only one you turn to when upset" in page
    assert "How about a short message to Maya?" in page
    alice_client.post(f"/people/{friend.pk}/in-touch/")
    friend.refresh_from_db()
    assert friend.last_contact is not None


def test_people_chosen_for_the_safety_plan_appear_in_it(alice, alice_client):
    services.person_add(
        user=alice.user,
        data_key=alice.data_key,
        name="Maya",
        role="friend",
        in_safety_plan=["ask_for_help"],
    )
    page = text(alice_client.get("/help/plan/"))
    assert "From your people: Maya" in page


# -- an ECR-RS take about one person -------------------------------------------------------
def test_an_ecr_rs_take_can_name_its_person_and_shows_on_their_page(alice, alice_client, api):
    from innerbase.assessments.models import Take

    sam = services.person_add(user=alice.user, data_key=alice.data_key, name="Sam", role="ex")
    page = text(alice_client.get("/assessments/ecr-rs/"))
    assert "Which person, if you like" in page and ">Sam<" in page
    response = alice_client.post(
        "/assessments/ecr-rs/", {"target": "partner", "person": str(sam.pk)}
    )
    assert response.status_code == 302
    assert Take.objects.get(owner=alice.user).person == sam
    made = api.post(
        "/api/v1/assessments/ecr-rs/takes",
        {"answers": [4] * 9, "target": "partner", "person_id": str(sam.pk)},
    )
    assert made.status_code == 201 and made.json()["person_id"] == str(sam.pk)
    assert "partner (Sam)" in text(
        alice_client.get(f"/assessments/takes/{made.json()['id']}/result/")
    )
    assert "ECR-RS questionnaire" in text(alice_client.get(f"/people/{sam.pk}/"))
    alice_client.post(f"/people/{sam.pk}/delete/", {"linked": "delete"})
    assert not Take.objects.filter(pk=made.json()["id"]).exists()


def test_an_ecr_rs_take_cannot_name_someone_elses_person(api, charlie):
    theirs = services.person_add(user=charlie.user, data_key=charlie.data_key, name="X", role="ex")
    response = api.post(
        "/api/v1/assessments/ecr-rs/takes",
        {"answers": [4] * 9, "target": "partner", "person_id": str(theirs.pk)},
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "person_id"


def test_the_people_page_leads_to_every_relationship_tool(alice_client):
    page = text(alice_client.get("/people/"))
    for url in (
        "/people/patterns/",
        "/people/boundaries/",
        "/people/conversations/",
        "/people/support/",
    ):
        assert f'href="{url}"' in page, url
        assert alice_client.get(url).status_code == 200, url
