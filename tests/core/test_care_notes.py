"""The two notes several pages share (core/content/care_notes.json): "self-help, not therapy
or diagnosis" with the signs that it is time to see a professional, said once at the moments
that matter and nowhere else; and "seeing harm clearly is not a thinking trap" beside the traps
and in the prompts that ask about the partner's flaws, fear or safety, with the way to help for
danger from others."""

import html

import pytest

from innerbase.core import care_notes
from innerbase.journal import content as journal_content
from innerbase.thoughts.models import ThoughtRecord

pytestmark = pytest.mark.django_db

SELF_HELP = care_notes.self_help()["line"]
NOT_A_TRAP = care_notes.not_a_trap()["line"]
DANGER_HELP = "/help/support/?kind=danger-from-others"


def text_of(response) -> str:
    return html.unescape(response.content.decode())


def test_the_self_help_note_names_the_signs_to_see_a_professional_and_invites_entries():
    note = care_notes.self_help()
    signs = " ".join(note["signs"])
    assert "not therapy" in note["line"] and "does not diagnose" in note["line"]
    assert "two weeks or more" in signs and "GAD-7" in signs and "10 or more" in signs
    assert "thoughts of suicide" in signs
    assert "bring your entries" in note["therapy"]


def test_the_self_help_note_is_said_once_at_the_first_visit(client):
    page = text_of(client.get("/"))
    assert page.count(SELF_HELP) == 1
    assert "two weeks or more" in page and 'href="/help/"' in page
    assert "ease anxious" not in page  # the promise it made before


def test_the_self_help_note_comes_before_each_questionnaire(alice_client):
    for code in ("ecr-r", "gad-7", "rses"):
        page = text_of(alice_client.get(f"/assessments/{code}/"))
        assert page.count(SELF_HELP) == 1
        assert page.index(SELF_HELP) < page.index('type="submit"')  # before "Start"


def test_the_self_help_note_comes_before_core_belief_work(alice_client):
    assert text_of(alice_client.get("/thoughts/beliefs/")).count(SELF_HELP) == 1
    alice_client.post("/thoughts/new/")
    record = ThoughtRecord.objects.latest("created_at")
    step = text_of(alice_client.get(f"/thoughts/{record.pk}/step/core-belief/"))
    assert step.count(SELF_HELP) == 1
    other = text_of(alice_client.get(f"/thoughts/{record.pk}/step/situation/"))
    assert SELF_HELP not in other


def test_the_self_help_note_is_not_a_nag_on_everyday_pages(alice_client):
    for url in ("/", "/journal/", "/thoughts/", "/assessments/", "/help/"):
        assert SELF_HELP not in text_of(alice_client.get(url)), url


def test_beside_the_thinking_traps_seeing_harm_is_not_a_trap(alice_client):
    alice_client.post("/thoughts/new/")
    record = ThoughtRecord.objects.latest("created_at")
    page = text_of(alice_client.get(f"/thoughts/{record.pk}/step/distortions/"))
    assert page.count(NOT_A_TRAP) == 1
    assert f'{DANGER_HELP}&back=%2Fthoughts%2F{record.pk}%2Fstep%2Fdistortions%2F"' in page


def test_prompts_about_the_partners_flaws_or_safety_say_it_too(alice_client):
    flagged = [p for p in journal_content.prompts() if p.get("harm_help")]
    assert {"p046", "p118"} <= {p["id"] for p in flagged}
    for prompt in flagged:
        page = text_of(alice_client.get(f"/journal/new/?prompt={prompt['id']}"))
        assert NOT_A_TRAP in page and DANGER_HELP in page, prompt["id"]
    light = next(p for p in journal_content.prompts() if p["weight"] == "light")
    page = text_of(alice_client.get(f"/journal/new/?prompt={light['id']}"))
    assert NOT_A_TRAP not in page and DANGER_HELP not in page


def test_the_grounding_step_links_to_help_for_danger_from_others(alice_client):
    looking_back = next(
        p for p in journal_content.prompts() if p["weight"] != "light" and not p.get("harm_help")
    )
    page = text_of(alice_client.get(f"/journal/new/?prompt={looking_back['id']}"))
    assert f'href="{DANGER_HELP}">Help if you feel unsafe with someone' in page
    assert NOT_A_TRAP not in page


def test_the_danger_help_link_opens_the_danger_from_others_screen(alice_client):
    page = text_of(alice_client.get(f"{DANGER_HELP}&back=/thoughts/"))
    assert "Leave quickly" in page  # only the danger-from-others screen has it
    assert 'href="/thoughts/"' in page
