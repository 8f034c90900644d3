"""The stop rule's shared pieces: when calming is offered (core/distress.py), the distress
check's form fields (core/forms.py), its words, the notes beside body-focused prompts and
exercises, and the ratings going wherever the rows they belong to go (export, restore)."""

import json
import re
from pathlib import Path

import pytest
import textstat

from content_strings import strings
from innerbase.core import distress
from innerbase.core.forms import DistressCheckForm

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "innerbase"


# -- the rule --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("before", "after", "reason"),
    [
        (None, None, None),  # nothing given: nothing offered
        (6, None, None),  # the boundary: 6 is not "a lot", 7 is
        (7, None, "high"),
        (None, 6, None),
        (None, 7, "high"),
        (10, None, "high"),
        (0, 0, None),
        (5, 5, None),  # equal is not rising
        (6, 6, None),
        (7, 7, "high"),
        (3, 4, "rising"),  # any rise counts, however small
        (0, 6, "rising"),
        (4, 3, None),  # falling
        (8, 5, None),  # the latest rating counts: the person settled
        (8, 6, None),
        (8, 7, "high"),  # still high, though lower
        (2, 9, "high"),  # high and rising: high is the reason given
    ],
)
def test_calming_is_offered_at_7_or_more_or_rising(before, after, reason):
    assert distress.calming_reason(before, after) == reason
    assert distress.offers_calming(before, after) is (reason is not None)


def test_every_pair_of_ratings_follows_the_rule():
    values = [None, *range(0, 11)]
    for before in values:
        for after in values:
            latest = after if after is not None else before
            rising = before is not None and after is not None and after > before
            expected = (latest is not None and latest >= 7) or rising
            assert distress.offers_calming(before, after) is expected, (before, after)


def test_a_blank_never_erases_an_earlier_rating():
    kept = distress.check(before=8)
    assert distress.merged(kept, after=None) == {"before": 8, "after": None}
    assert distress.merged(kept, after=3) == {"before": 8, "after": 3}
    assert distress.merged(kept, before=2) == {"before": 2, "after": None}
    assert distress.merged(None, after=5) == {"before": None, "after": 5}
    with pytest.raises(ValueError):
        distress.merged(kept, during=4)


@pytest.mark.parametrize(
    "kept", [None, {}, {"distress": "8"}, {"distress": {"before": "8", "after": True}}]
)
def test_a_body_without_ratings_reads_as_none(kept):
    assert distress.of(kept) == {"before": None, "after": None}


def test_only_whole_numbers_from_0_to_10_are_ratings():
    assert distress.of({"distress": {"before": 0, "after": 10}}) == {"before": 0, "after": 10}
    assert distress.of({"distress": {"before": -1, "after": 11}}) == {"before": None, "after": None}


# -- the form fields ------------------------------------------------------------------------
def test_the_check_is_optional_and_takes_0_to_10():
    form = DistressCheckForm({"distress_before": "0", "distress_after": "10"})
    assert form.is_valid() and form.distress() == {"before": 0, "after": 10}
    blank = DistressCheckForm({})
    assert blank.is_valid() and blank.distress() == {"before": None, "after": None}


@pytest.mark.parametrize("bad", ["11", "-1", "abc", "7.5", " "])
def test_bad_input_is_refused_with_a_message_naming_the_question(bad):
    form = DistressCheckForm({"distress_after": bad, "distress_before": "4"})
    assert not form.is_valid()
    assert form.errors["distress_after"] == [
        "For “And now, how upset do you feel?”, choose a number from 0 to 10, or leave it blank."
    ]
    assert "distress_before" not in form.errors
    assert form.distress_chosen() == {"before": 4, "after": None}


def test_a_flow_asks_only_the_moment_it_needs():
    form = DistressCheckForm({"distress_before": "9", "distress_after": "2"}, asks=("before",))
    assert list(form.fields) == ["distress_before"]
    assert form.is_valid() and form.distress() == {"before": 9}


def test_the_check_is_eleven_large_chips():
    html = str(DistressCheckForm()["distress_before"])
    assert [int(v) for v in re.findall(r'value="(\d+)"', html)] == list(range(11))
    assert 'class="scale"' in html and 'type="radio"' in html


# -- the words -------------------------------------------------------------------------------


def test_the_stop_rule_reads_at_grade_8_or_below_and_says_stop():
    words = distress.copy()
    assert "Stop whenever this feels like too much" in words["stop_line"]
    hard = {
        text: grade
        for text in strings(words)
        if len(text.split()) > 3 and (grade := textstat.flesch_kincaid_grade(text)) > 8
    }
    assert hard == {}


def test_every_page_gets_the_stop_rules_words(rf):
    from innerbase.core.stop_rule import context

    shown = context(rf.get("/"))["stop_rule"]
    assert shown["stop_line"] == distress.copy()["stop_line"]
    assert shown["calming_from"] == distress.CALMING_FROM


# Asks the person to attend to their own body: where they feel something, breath, feet.
BODY = re.compile(
    r"in your body|your body let you know|where (?:do )?you feel|breathe out|"
    r"rest a hand|press your feet|things you can feel",
    re.IGNORECASE,
)
ANOTHER_WAY = re.compile(
    r"if (?:noticing|that is hard to notice)|is hard (?:for you|to notice)", re.IGNORECASE
)


def body_focused_texts():
    """Every prompt, exercise step and line in the content files that asks to notice the body."""
    for path in sorted(PACKAGE.glob("*/content/*.json")):
        for text in strings(json.loads(path.read_text("utf-8"))):
            if len(text.split()) > 4 and BODY.search(text):  # not a label ("Breathe out")
                yield f"{path.parent.parent.name}/{path.name}", text


def test_body_focused_prompts_and_exercises_offer_another_way():
    """Noticing the body is hard for some people (after trauma, with panic, with pain): each
    prompt or exercise that asks for it says so and offers a way that does not."""
    found = list(body_focused_texts())
    assert len(found) >= 8  # the journal's body prompts, grounding's "feel", a pause line
    without = [(where, text) for where, text in found if not ANOTHER_WAY.search(text)]
    # a choice in a list of other choices is its own "another way"
    without = [(w, t) for w, t in without if not t.startswith("Notice where the feeling sits")]
    assert without == []


def test_the_ecr_rs_says_a_parent_can_be_skipped():
    readings = json.loads((PACKAGE / "assessments/content/readings.json").read_text("utf-8"))
    assert "If a parent was absent, or hurt you, you can skip them." in readings["ecr_rs_skip"]


# -- the ratings go where their rows go --------------------------------------------------------
@pytest.mark.django_db
def test_ratings_are_sealed_exported_and_restored_with_their_rows(alice):
    from innerbase.assessments import selectors as assessments
    from innerbase.assessments import services as takes
    from innerbase.core import personal_data
    from innerbase.journal import services as journal
    from innerbase.journal.models import Entry
    from innerbase.thoughts import services as thoughts
    from people import make_person

    user, key = alice.user, alice.data_key
    journal.entry_create(
        user=user, data_key=key, body={"text": "x", "distress": distress.check(8, 5)}, mood=3
    )
    thoughts.record_create(
        user=user,
        data_key=key,
        data={"automatic_thought": "y", "distress": {"before": 6, "after": 9}},
    )
    gad = assessments.instrument_for("gad-7")
    takes.take_create(
        user=user,
        data_key=key,
        instrument=gad,
        answers={item.key: 1 for item in gad.items},
        ratings={"before": 2, "after": 7},
    )
    entry = Entry.objects.get(owner=user)
    assert b"distress" not in bytes(entry.body)  # inside the sealed body, not beside it
    exported = personal_data.exported(user=user, data_key=key)
    assert exported["journal.entry"][0]["body"]["distress"] == {"before": 8, "after": 5}
    assert exported["thoughts.thoughtrecord"][0]["body"]["distress"] == {"before": 6, "after": 9}
    assert exported["assessments.take"][0]["extra"]["distress"] == {"before": 2, "after": 7}
    bo = make_person("bo", "a second long passphrase")
    personal_data.restore(user=bo.user, data_key=bo.data_key, rows=exported)
    again = personal_data.exported(user=bo.user, data_key=bo.data_key)
    assert again["journal.entry"][0]["body"]["distress"] == {"before": 8, "after": 5}
    assert again["assessments.take"][0]["extra"]["distress"] == {"before": 2, "after": 7}
    personal_data.erase(user=user)
    assert not Entry.objects.filter(owner=user).exists()
