"""The safety plan: guided, sealed, editable, printable; bad input keeps what was typed."""

import pytest

from innerbase.safety import content, selectors, services
from innerbase.safety.models import SafetyPlan
from people import log_in

pytestmark = pytest.mark.django_db

REASON = "My sister Ana and our Sunday walks by the river"


def _plan_post(**sections):
    data = dict.fromkeys(content.plan_keys(), "")
    data.update(sections)
    return data


def test_an_empty_plan_invites_without_pressure(alice_client):
    html = alice_client.get("/help/plan/").content.decode()
    assert "Make my safety plan" in html


def test_the_edit_page_guides_every_section(alice_client):
    html = alice_client.get("/help/plan/edit/").content.decode()
    for section in content.plan_sections():
        assert section["title"] in html and section["prompt"] in html


def test_saving_seals_the_plan_and_shows_it(alice_client, alice):
    response = alice_client.post("/help/plan/edit/", _plan_post(reasons=REASON), follow=True)
    assert REASON in response.content.decode()
    row = SafetyPlan.objects.get(owner=alice.user)
    assert REASON.encode() not in bytes(row.sections)
    assert selectors.plan_of(user=alice.user, data_key=alice.data_key)["reasons"] == REASON


def test_saving_an_empty_plan_says_what_is_true(alice_client, alice):
    page = alice_client.post("/help/plan/edit/", _plan_post(), follow=True).content.decode()
    assert "Your safety plan is saved" not in page
    assert "Nothing is saved yet, because every part is empty." in page
    assert not SafetyPlan.objects.exists()
    alice_client.post("/help/plan/edit/", _plan_post(reasons=REASON))
    page = alice_client.post("/help/plan/edit/", _plan_post(), follow=True).content.decode()
    assert "Your safety plan is saved. It is empty now." in page
    assert selectors.plan_is_empty(selectors.plan_of(user=alice.user, data_key=alice.data_key))


def test_editing_keeps_what_is_there_and_changes_what_was_changed(alice_client, alice):
    alice_client.post("/help/plan/edit/", _plan_post(reasons=REASON, warning_signs="Not sleeping"))
    form = alice_client.get("/help/plan/edit/").content.decode()
    assert REASON in form and "Not sleeping" in form
    alice_client.post(
        "/help/plan/edit/", _plan_post(reasons=REASON, warning_signs="Skipping meals")
    )
    plan = selectors.plan_of(user=alice.user, data_key=alice.data_key)
    assert plan["warning_signs"] == "Skipping meals" and plan["reasons"] == REASON


def test_too_long_a_section_is_named_keeps_the_typing_and_changes_nothing(alice_client, alice):
    alice_client.post("/help/plan/edit/", _plan_post(reasons=REASON))
    huge = "x" * (services.MAX_SECTION_CHARS + 1)
    response = alice_client.post(
        "/help/plan/edit/", _plan_post(reasons="A new reason", on_my_own=huge)
    )
    html = response.content.decode()
    assert response.status_code == 200 and "A new reason" in html
    assert "at most" in html  # Django's length message, beside the field
    assert selectors.plan_of(user=alice.user, data_key=alice.data_key)["reasons"] == REASON


def test_each_person_sees_only_their_own_plan(alice_client, charlie):
    alice_client.post("/help/plan/edit/", _plan_post(reasons=REASON))
    from django.test import Client

    theirs = log_in(Client(), charlie).get("/help/plan/").content.decode()
    assert REASON not in theirs and "Make my safety plan" in theirs


def test_the_plan_needs_a_login(client):
    assert client.get("/help/plan/").status_code == 302
    assert client.post("/help/plan/edit/", _plan_post(reasons="x")).status_code == 302
    assert not SafetyPlan.objects.exists()


def test_the_plan_page_can_print_and_lists_the_emergency_number(alice_client, alice):
    alice.user.country = "GB"
    alice.user.save()
    alice_client.post("/help/plan/edit/", _plan_post(reasons=REASON))
    html = alice_client.get("/help/plan/").content.decode()
    assert "data-print" in html and "999" in html and "116 123" in html
