"""The import pages: choose a file, see the preview, change the zone and the activities,
import it, read the report; bad files say what was wrong and save nothing; another person's
preview is a 404; wrong method 405; CSRF enforced; logged out goes to log in."""

import html
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from innerbase.imports.formats import common
from innerbase.imports.models import ImportPreview
from innerbase.journal.models import Entry
from people import log_in

pytestmark = pytest.mark.django_db
FILES = Path(__file__).parent / "files"


def text(response) -> str:
    return html.unescape(response.content.decode())


def upload(client, name, source, zone="Europe/Berlin", data=None):
    data = (FILES / name).read_bytes() if data is None else data
    return client.post(
        "/account/import/",
        {"source": source, "time_zone": zone, "file": SimpleUploadedFile(name, data)},
    )


def test_the_page_asks_for_the_file_in_the_accounts_zone(alice, alice_client):
    alice.user.time_zone = "Asia/Tokyo"
    alice.user.save()
    page = text(alice_client.get("/account/import/"))
    assert "Which app is the file from?" in page and 'value="Asia/Tokyo"' in page
    assert "/account/import/" in text(alice_client.get("/account/"))


def test_preview_change_commit_report(alice_client, alice):
    response = upload(alice_client, "daylio_2023.csv", "daylio")
    assert response.status_code == 302
    url = response["Location"]
    page = text(alice_client.get(url))
    assert "5 journal entries" in page and "Nothing is saved yet" in page
    assert "Europe/Berlin" in page and "row 7: its date or time could not be read" in page
    assert "sleepy-ish" in page  # a custom mood is named, not guessed
    assert Entry.objects.count() == 0
    changed = alice_client.post(
        url, {"time_zone": "America/New_York", "activities_as": "tags", "mood_0": "bad"}
    )
    assert changed.status_code == 302
    assert "America/New_York" in text(alice_client.get(url))
    done = alice_client.post(f"{url}import/")
    assert done.status_code == 302 and done["Location"].endswith("/report/")
    report = text(alice_client.get(done["Location"]))
    assert "5 journal entries added" in report and "America/New_York" in report
    assert Entry.objects.filter(owner=alice.user).count() == 5
    assert Entry.objects.filter(owner=alice.user, mood=3).count() == 1  # "sleepy-ish" is bad
    # the preview now leads to its report; importing again adds nothing
    assert alice_client.get(url)["Location"].endswith("/report/")
    assert alice_client.post(f"{url}import/").status_code == 302
    assert Entry.objects.filter(owner=alice.user).count() == 5


def test_a_second_import_of_the_same_file_says_nothing_new(alice_client):
    for _ in range(2):
        url = upload(alice_client, "jrnl.txt", "jrnl")["Location"]
        report = alice_client.post(f"{url}import/")["Location"]
    page = text(alice_client.get(report))
    assert "Nothing new was added" in page and "3 were here from an earlier import" in page


def test_a_crisis_is_named_once_with_the_help_link(alice_client):
    data = (
        b'{"entries": [{"title": "I want to kill myself", "date": "2025-01-01", "time": "21:00"}]}'
    )
    url = upload(alice_client, "x.json", "jrnl", data=data)["Location"]
    report = alice_client.post(f"{url}import/")
    assert "/help/" not in report["Location"]  # no interruption: the report says it
    page = text(alice_client.get(report["Location"]))
    assert page.count("/help/support/") == 1


@pytest.mark.parametrize(
    ("name", "source", "message"),
    [
        ("malformed.json", "jrnl", "not well-formed JSON"),
        ("daylio_unknown.csv", "daylio", "not in a Daylio layout we know"),
        ("dayone_truncated.zip", "dayone", "broken or cut short"),
        ("traversal.zip", "dayone", "points outside it"),
        ("bomb.zip", "dayone", "zip bomb"),
        ("jrnl.json", "dayone", "not a zip file"),
        ("daylio_2023.csv", "freecbt", "not well-formed JSON"),
    ],
)
def test_bad_files_say_what_was_wrong_and_save_nothing(alice_client, name, source, message):
    response = upload(alice_client, name, source)
    assert response.status_code == 422
    assert message in text(response)
    assert 'value="Europe/Berlin"' in text(response)  # what was chosen is kept
    assert ImportPreview.objects.count() == 0 and Entry.objects.count() == 0


def test_a_file_over_the_limit_is_413(alice_client, monkeypatch):
    monkeypatch.setattr(common, "MAX_BYTES", 10)
    from innerbase.imports import forms

    monkeypatch.setattr(forms, "MAX_BYTES", 10)
    response = upload(alice_client, "jrnl.txt", "jrnl")
    assert response.status_code == 413 and "larger than" in text(response)


def test_missing_fields_are_named(alice_client):
    response = alice_client.post("/account/import/", {"time_zone": "Mars/Olympus"})
    page = text(response)
    assert response.status_code == 422
    assert "Choose the file to import." in page and "Choose which app" in page
    assert "Choose a time zone from the list" in page


def test_a_strangers_preview_is_404(alice_client, charlie):
    url = upload(alice_client, "jrnl.txt", "jrnl")["Location"]
    other = log_in(Client(), charlie)
    assert other.get(url).status_code == 404
    assert other.post(f"{url}import/").status_code == 404
    assert other.get(f"{url}report/").status_code == 404
    assert Entry.objects.count() == 0


def test_methods_csrf_and_login(alice_client):
    url = upload(alice_client, "jrnl.txt", "jrnl")["Location"]
    assert alice_client.get(f"{url}import/").status_code == 405
    assert alice_client.post(f"{url}report/").status_code == 405
    assert alice_client.delete("/account/import/").status_code == 405
    alice_client.handler.enforce_csrf_checks = True
    assert alice_client.post(f"{url}import/").status_code == 403
    assert Entry.objects.count() == 0
    assert "/account/login/" in Client().get("/account/import/")["Location"]
    assert "/account/login/" in Client().get(url)["Location"]


def test_the_preview_never_puts_words_in_the_url(alice_client):
    url = upload(alice_client, "jrnl.txt", "jrnl")["Location"]
    assert re.fullmatch(r"/account/import/[0-9a-f-]{36}/", url)


def test_an_import_that_cannot_go_in_says_why_on_the_preview(alice, alice_client, monkeypatch):
    from innerbase.imports import services

    url = upload(alice_client, "jrnl.txt", "jrnl")["Location"]

    def refused(**kwargs):
        raise common.ImportProblem("Part of this export clashes with what this account holds.")

    monkeypatch.setattr(services, "preview_commit", refused)
    response = alice_client.post(f"{url}import/", follow=True)
    assert response.redirect_chain[-1][0] == url
    assert "clashes with what this account holds" in text(response)
    assert Entry.objects.count() == 0
