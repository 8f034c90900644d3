"""The new-entry form folds its optional parts, one tap each, and the folded line says what is
chosen inside, written by the server so it holds without script; the quick check-in keeps
every chosen emotion in sight."""

import datetime as dt
import re

import pytest
from django.utils import timezone

from innerbase.journal.views.entries import quick_emotions

pytestmark = pytest.mark.django_db

FOLDS = ("emotions", "triggers", "sensations", "urges", "helped", "when")


def _fold(page: str, name: str) -> str:
    """The opening tag and summary of one folded part."""
    found = re.search(
        rf'<details class="fold-field" data-fold="{name}"[^>]*>\s*<summary>.*?</summary>',
        page,
        re.S,
    )
    assert found, name
    return found.group(0)


def _line(fold: str) -> str:
    """The folded line as read: its words without the markup."""
    summary = fold.split("<summary>")[1]
    summary = re.sub(
        r'<span class="fold-field__none" data-fold-none hidden>[^<]*</span>', "", summary
    )
    return re.sub(r"<[^>]+>", "", summary).strip()


def test_a_new_entry_starts_with_every_optional_part_folded(alice_client):
    page = alice_client.get("/journal/new/").content.decode()
    for name in FOLDS:
        assert " open" not in _fold(page, name).split(">")[0], name
    assert _line(_fold(page, "emotions")) == "Emotions (optional)"
    assert _line(_fold(page, "urges")) == "Urges (optional)"
    now = timezone.localtime().strftime("%Y-%m-%d %H:")
    assert _line(_fold(page, "when")).startswith(f"When: {now}")  # needed, so never "optional"
    # the 73 emotions are real checkboxes, each with its own "how strong" slider
    assert page.count('type="checkbox" name="emotions"') == 73
    assert page.count('name="intensity-') == 73


def test_the_folded_lines_say_what_was_chosen_and_a_problem_opens_its_part(alice_client):
    future = (timezone.localtime() + dt.timedelta(days=3)).strftime("%Y-%m-%dT%H:%M")
    response = alice_client.post(
        "/journal/new/",
        {
            "mode": "free",
            "text": "A long evening.",
            "occurred_at": future,
            "emotions": ["sad", "lonely"],
            "intensity-sad": "60",
            "intensity-lonely": "40",
            "triggers": "their song,  the old street ,their song",
            "urges": ["check_profile"],
            "own_urge": "Drive past",
        },
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert _line(_fold(page, "emotions")) == "Emotions: sad, lonely"
    assert _line(_fold(page, "triggers")) == "Triggers: their song, the old street"
    assert _line(_fold(page, "urges")) == "Urges: check their profile, Drive past"
    assert _line(_fold(page, "sensations")) == "In your body (optional)"
    assert " open" not in _fold(page, "emotions").split(">")[0]  # chosen, still folded
    assert " open" in _fold(page, "when").split(">")[0]  # the problem is in sight
    assert 'href="#id_occurred_at"' in page


def test_quick_chips_move_chosen_emotions_out_of_more_emotions():
    plain = quick_emotions()
    assert 'value="heartbroken"' in plain["more"]
    chosen = quick_emotions(["heartbroken", "sad"])
    assert 'value="heartbroken" checked' in chosen["first"]
    assert 'value="heartbroken"' not in chosen["more"]
    assert chosen["first"].count("checked") == 2
    assert chosen["limit"] == 5
