"""POST /api/v1/reports: the PDF for what was asked, and a 422 naming the field for a range
that runs backwards, an unknown section or part, or an entry that is not the caller's."""

import datetime as dt
import io

import pypdf
import pytest
from django.utils import timezone

from innerbase.journal import services as journal

pytestmark = pytest.mark.django_db


def write(person, words: str, days_ago: int):
    when = timezone.now() - dt.timedelta(days=days_ago)
    return journal.entry_create(
        user=person.user, data_key=person.data_key, body={"text": words}, mood=5, occurred_at=when
    )


def body(**extra) -> dict:
    today = timezone.localdate()
    return {"since": str(today - dt.timedelta(days=30)), "until": str(today), **extra}


def field_of(response) -> str:
    return response.json()["errors"][0]["field"]


def test_a_report_comes_back_as_a_pdf_with_the_chosen_entry(alice, api):
    entry = write(alice, "A calm evening at last.", 2)
    write(alice, "Not for the report.", 3)
    response = api.post("/api/v1/reports", body(sections=["mood"], entries=[str(entry.pk)]))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "no-store"
    words = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(response.content)).pages)
    assert "A calm evening at last." in words and "Not for the report." not in words


@pytest.mark.parametrize(
    ("extra", "field"),
    [
        ({"since": "2026-11-30", "until": "2026-11-01"}, "since"),
        ({"sections": ["mood", "horoscope"]}, "sections.1"),
        ({"parts": ["everything"]}, "parts.0"),
        ({"entries": ["not-an-id"]}, "entries.0"),
    ],
)
def test_what_cannot_be_made_is_a_422_naming_the_field(api, extra, field):
    response = api.post("/api/v1/reports", body(**{"sections": ["mood"], **extra}))
    assert response.status_code == 422 and field_of(response) == field


def test_someone_elses_entry_is_a_422(charlie, api):
    theirs = write(charlie, "Charlie's evening.", 2)
    response = api.post("/api/v1/reports", body(entries=[str(theirs.pk)]))
    assert response.status_code == 422 and field_of(response) == "entries.0"
    assert "Charlie" not in response.content.decode()
