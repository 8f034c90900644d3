"""The therapist report, composed, previewed and downloaded like a person would: the PDF is
read back (pypdf) and holds the chosen sections and entries and nothing else, the footer and
page numbers on every page; its first page is drawn (pypdfium2) in greys only. Another
person's entry can never be chosen; a bad range names the field; nothing is stored."""

import datetime as dt
import html
import io

import pypdf
import pypdfium2
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from innerbase.journal import services as journal
from innerbase.journal.models import Entry
from innerbase.reports.pdf import FOOTER

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return html.unescape(response.content.decode())


def write(person, words: str, *, days_ago: int, mood: int = 5) -> Entry:
    when = timezone.now() - dt.timedelta(days=days_ago)
    return journal.entry_create(
        user=person.user,
        data_key=person.data_key,
        body={"text": words, "emotions": [{"name": "sad", "intensity": 60}]},
        mode="free",
        mood=mood,
        energy=4,
        occurred_at=when,
    )


def chosen(**extra) -> dict:
    today = timezone.localdate()
    return {
        "since": (today - dt.timedelta(days=90)).isoformat(),
        "until": today.isoformat(),
        "sections": ["mood", "assessments"],
        "parts": ["words", "mood"],
        "note": "Sunday nights are the hardest.",
        **extra,
    }


def pdf_text(content: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages]


def test_compose_lists_the_entries_of_the_dates_to_choose_from(alice, alice_client):
    kept = write(alice, "The walk by the river helped.", days_ago=3)
    write(alice, "Long ago.", days_ago=400)
    page = text(alice_client.get("/report/"))
    assert "The walk by the river helped." in page and "Long ago." not in page
    assert f'value="{kept.pk}"' in page


def test_a_range_that_runs_backwards_names_the_field_and_shows_no_choices(alice_client):
    response = alice_client.get("/report/?since=2026-11-30&until=2026-09-01")
    assert response.status_code == 422
    assert "The first day must come before the last day." in text(response)
    assert 'name="sections"' not in text(response)


def test_the_pdf_holds_what_was_chosen_and_nothing_else(alice, alice_client):
    one = write(alice, "I said what I needed, and it went well.", days_ago=5, mood=7)
    two = write(alice, "Checked his page three times.", days_ago=10, mood=3)
    write(alice, "A private entry that stays out.", days_ago=12)
    data = chosen(entries=[str(one.pk), str(two.pk)])
    preview = alice_client.post("/report/preview/", data)
    assert preview.status_code == 200 and "I said what I needed" in text(preview)
    response = alice_client.post("/report/download/", data)
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith('attachment; filename="innerbase-report-')
    assert "no-store" in response["Cache-Control"]
    pages = pdf_text(response.content)
    whole = " ".join(pages)
    assert "Mood and energy" in whole and "Questionnaires and reliable change" in whole
    assert "Urges and pauses" not in whole and "Thought records" not in whole
    assert "I said what I needed" in whole and "Checked his page three times." in whole
    assert "A private entry that stays out." not in whole
    assert "Feelings" not in whole  # a part left out is left out
    assert "Sunday nights are the hardest." in whole
    for number, page in enumerate(pages, 1):
        assert FOOTER in page and f"Page {number} of {len(pages)}" in page


def test_someone_elses_entry_cannot_be_chosen(alice, charlie, alice_client):
    theirs = write(charlie, "Charlie's words.", days_ago=2)
    response = alice_client.post("/report/download/", chosen(entries=[str(theirs.pk)]))
    assert response.status_code == 422 and "Charlie" not in text(response)
    assert "entries" in text(response) or "Select a valid choice" in text(response)


def test_one_page_keeps_only_the_summaries(alice, alice_client):
    for days in range(1, 60):
        write(alice, f"Day {days}.", days_ago=days, mood=days % 10 + 1)
    response = alice_client.post("/report/download/", chosen(one_page="on"))
    assert len(pdf_text(response.content)) == 1


def test_the_first_page_draws_in_greys_only(alice, alice_client):
    for days in range(1, 30):
        write(alice, "Words.", days_ago=days, mood=days % 10 + 1)
    content = alice_client.post("/report/download/", chosen()).content
    image = pypdfium2.PdfDocument(content)[0].render(scale=1).to_pil().convert("RGB")
    raw = image.tobytes()
    pixels = [tuple(raw[i : i + 3]) for i in range(0, len(raw), 3)]
    assert all(r == g == b for r, g, b in pixels)  # black and white print loses nothing
    ink = sum(1 for r, _, _ in pixels if r < 128)
    assert ink > 1000  # text and a chart, not a blank page


def test_nothing_is_written_when_a_report_is_made(alice, alice_client):
    write(alice, "Words.", days_ago=1)
    with CaptureQueriesContext(connection) as queries:
        alice_client.post("/report/download/", chosen())
    writes = [q["sql"] for q in queries if q["sql"].split()[0] in ("INSERT", "UPDATE", "DELETE")]
    assert [w for w in writes if "django_session" not in w and "axes" not in w] == []


def test_the_report_needs_a_login_a_post_and_the_csrf_token(client, alice, alice_client):
    assert client.get("/report/")["Location"].startswith("/account/login/")
    assert alice_client.get("/report/download/").status_code == 405
    alice_client.handler.enforce_csrf_checks = True
    assert alice_client.post("/report/download/", chosen()).status_code == 403


def test_every_section_prints_for_someone_with_rows_in_every_app(alice, alice_client):
    from innerbase.core import registry
    from innerbase.reports import content
    from people import write_in_every_app

    write_in_every_app(alice, "Words written everywhere.")
    codes = [section.code for section in registry.report_sections() if section.code != "entries"]
    assert set(codes) >= {"mood", "pauses", "records", "beliefs", "ladders", "boundaries"}
    response = alice_client.post("/report/download/", chosen(sections=codes))
    whole = " ".join(pdf_text(response.content))
    assert all(content.section_title(code) in whole for code in codes)
    assert "No boundary was noted" not in whole and "No thought record" not in whole


def test_the_mood_section_names_a_trigger_only_with_enough_check_ins(alice, alice_client):
    for days in range(1, 9):
        when = timezone.now() - dt.timedelta(days=days)
        journal.entry_create(
            user=alice.user,
            data_key=alice.data_key,
            body={"text": "x", "triggers": ["Sunday evening"]},
            mood=3,
            occurred_at=when,
        )
        write(alice, "y", days_ago=days + 20, mood=7)
    journal.entry_create(
        user=alice.user, data_key=alice.data_key, body={"triggers": ["payday"]}, mood=2
    )
    pages = pdf_text(alice_client.post("/report/download/", chosen()).content)
    whole = " ".join(" ".join(pages).split())
    assert "sunday evening 8 3 7" in whole and "Mood with it" in whole
    assert "payday" not in whole and "1 more trigger was named too few times" in whole
