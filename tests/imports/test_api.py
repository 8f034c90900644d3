"""POST /api/v1/imports gives a preview with an id and saves nothing; its commit gives the
report; bad files and fields are 422 naming them; another person's preview is 404."""

import json
from pathlib import Path

import pytest
from django.test import Client

from innerbase.journal.models import Entry

pytestmark = pytest.mark.django_db
FILES = Path(__file__).parent / "files"


def token(person) -> str:
    response = Client().post(
        "/api/v1/tokens",
        json.dumps({"username": person.username, "passphrase": person.passphrase}),
        content_type="application/json",
    )
    return response.json()["token"]


def send(person, name, **fields):
    with (FILES / name).open("rb") as handle:
        return Client().post(
            "/api/v1/imports",
            {"file": handle, **fields},
            HTTP_AUTHORIZATION=f"Bearer {token(person)}",
        )


def test_preview_then_commit(alice):
    response = send(alice, "daylio_2023.csv", source="daylio", time_zone="Europe/Berlin")
    assert response.status_code == 201, response.content
    preview = response.json()
    assert preview["counts"] == {"entry": 5} and preview["needs_zone"]
    assert len(preview["samples"]) == 3 and preview["moods_unplaced"] == ["sleepy-ish"]
    assert Entry.objects.count() == 0
    done = Client().post(
        f"/api/v1/imports/{preview['id']}/commit", HTTP_AUTHORIZATION=f"Bearer {token(alice)}"
    )
    assert done.status_code == 200
    assert done.json()["added"] == {"entry": 5} and done.json()["crisis"] is False
    assert Entry.objects.filter(owner=alice.user).count() == 5
    again = Client().post(
        f"/api/v1/imports/{preview['id']}/commit", HTTP_AUTHORIZATION=f"Bearer {token(alice)}"
    )
    assert again.status_code == 422


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"source": "myspace"}, "source", "Use one of"),
        ({"source": "jrnl", "time_zone": "Mars/Olympus"}, "time_zone", "IANA"),
        ({"source": "dayone"}, "file", "not a zip file"),
        ({"source": "jrnl", "activities_as": "hats"}, "activities_as", "triggers or tags"),
    ],
)
def test_bad_input_is_422_naming_the_field(alice, fields, field, message):
    response = send(alice, "jrnl.json", **fields)
    assert response.status_code == 422
    (error,) = response.json()["errors"]
    assert error["field"] == field and message in error["message"]
    assert Entry.objects.count() == 0


def test_another_persons_preview_is_404(alice, charlie):
    preview = send(alice, "jrnl.txt", source="jrnl").json()
    url = f"/api/v1/imports/{preview['id']}/commit"
    assert Client().post(url, HTTP_AUTHORIZATION=f"Bearer {token(charlie)}").status_code == 404
    assert Entry.objects.count() == 0
