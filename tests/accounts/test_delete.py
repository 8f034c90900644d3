"""Deleting an account erases every row that belongs to the person."""

import pytest
from django.apps import apps
from django.contrib.sessions.models import Session
from django.test import Client

from people import log_in
from vaultcheck.models import Note

pytestmark = pytest.mark.django_db


def _rows_mentioning(user_id: int, username: str) -> list[str]:
    """Every row of every model that points at the person or names them."""
    found = []
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if (
                getattr(field, "remote_field", None)
                and field.concrete
                and field.related_model is not None
                and field.related_model._meta.label == "accounts.User"
            ):
                if model.objects.filter(**{field.attname: user_id}).exists():
                    found.append(f"{model._meta.label}.{field.name}")
            if (
                field.concrete
                and field.name == "username"
                and model.objects.filter(username=username).exists()
            ):
                found.append(f"{model._meta.label}.username")
    return found


def test_deleting_erases_every_row_of_that_person_only(alice, charlie):
    client = log_in(Client(), alice)
    log_in(Client(), alice)  # a second browser
    Client().post("/account/login/", {"username": "alice", "passphrase": "a wrong try first"})
    note = Note(owner=alice.user)
    note.seal_text(alice.data_key, "text", "gone soon")
    note.save()
    # Something in every capability that keeps rows, so a new one cannot be forgotten here.
    client.post("/help/plan/edit/", {"reasons": "my cat"})
    client.post("/help/pause/", {"urge": "chase", "wait_minutes": "10"})
    client.post("/help/calm/feeling/", {"tool": "breathing", "feeling": "5"})
    client.post("/help/check-in/", {"ref": "safety.pause:x", "answer": "no", "back": "/"})
    client.post("/assessments/gad-7/", {"per": "1"})
    client.post("/journal/quick/", {"mood": "5", "text": "a line"})
    client.post("/journal/draft/", {"draft_key": "new:free", "text": "half"})
    client.post("/journal/spaces/", {"name": "Therapy work"})
    client.post("/thoughts/new/", {})
    client.post("/thoughts/beliefs/", {"text": "I am too much", "rating": "60"})
    user_id = alice.user.pk
    assert {
        "safety.SafetyPlan.owner",
        "safety.Pause.owner",
        "safety.CalmCheckout.owner",
        "safety.CheckInAsked.owner",
        "assessments.Take.owner",
        "journal.Entry.owner",
        "journal.Draft.owner",
        "journal.Space.owner",
        "journal.Tags.owner",
        "core.SearchChunk.owner",
        "thoughts.ThoughtRecord.owner",
        "thoughts.CoreBelief.owner",
    } <= set(_rows_mentioning(user_id, "alice"))
    sessions_before = Session.objects.count()
    response = client.post("/account/delete/", {"passphrase": alice.passphrase, "understood": "on"})
    assert response.status_code == 200 and b"Your account is deleted" in response.content
    assert _rows_mentioning(user_id, "alice") == []
    assert Session.objects.count() <= sessions_before - 2
    assert _rows_mentioning(charlie.user.pk, "charlie")  # charlie untouched


def test_deleting_needs_the_passphrase_and_the_tick(alice_client, alice):
    wrong = alice_client.post(
        "/account/delete/", {"passphrase": "nope nope nope", "understood": "on"}
    )
    assert b"That isn&#x27;t your current passphrase" in wrong.content
    unticked = alice_client.post("/account/delete/", {"passphrase": alice.passphrase})
    assert b"Please tick this box" in unticked.content
    assert _rows_mentioning(alice.user.pk, "alice")


def test_deleting_needs_csrf(alice):
    client = Client(enforce_csrf_checks=True)
    client.cookies = log_in(Client(), alice).cookies
    assert (
        client.post(
            "/account/delete/", {"passphrase": alice.passphrase, "understood": "on"}
        ).status_code
        == 403
    )


def _operator_client():
    from people import make_person

    operator = make_person("operator", "operator passphrase here")
    operator.user.is_staff = operator.user.is_superuser = True
    operator.user.save()
    return log_in(Client(), operator)


def _leave_traces(person) -> list[str]:
    """Two signed-in browsers, a wrong login and a sealed note: what erasing must remove."""
    browsers = [log_in(Client(), person), log_in(Client(), person)]
    Client().post("/account/login/", {"username": person.username, "passphrase": "a wrong try"})
    note = Note(owner=person.user)
    note.seal_text(person.data_key, "text", "gone soon")
    note.save()
    return [browser.session.session_key for browser in browsers]


@pytest.mark.parametrize("how", ["delete page", "bulk action"])
def test_the_operator_admin_erases_like_the_person_would(
    alice, charlie, how, monkeypatch, django_capture_on_commit_callbacks
):
    from innerbase.accounts import services

    scrubbed = []
    monkeypatch.setattr(services, "_sqlite_scrub", lambda: scrubbed.append(True))
    sessions = _leave_traces(alice)
    _leave_traces(charlie)
    admin = _operator_client()
    user_id = alice.user.pk
    with django_capture_on_commit_callbacks(execute=True):
        if how == "delete page":
            response = admin.post(f"/operator/accounts/user/{user_id}/delete/", {"post": "yes"})
        else:
            response = admin.post(
                "/operator/accounts/user/",
                {"action": "delete_selected", "_selected_action": [user_id], "post": "yes"},
            )
    assert response.status_code == 302
    assert _rows_mentioning(user_id, "alice") == []
    assert not Session.objects.filter(session_key__in=sessions).exists()
    assert scrubbed
    assert "axes.AccessAttempt.username" in _rows_mentioning(charlie.user.pk, "charlie")
