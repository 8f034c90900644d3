"""The pure rules of the people tools: consistency figures week by week, and the support
network's one-source warning and reach-out."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from innerbase.people import consistency, network
from innerbase.people.consistency import Observation
from innerbase.people.network import Supporter

MONDAY = dt.date(2026, 11, 2)


def test_weeks_start_on_monday_and_shares_count_only_what_was_noted():
    notes = [
        Observation(MONDAY, kept_promise=True, body="calm"),
        Observation(MONDAY + dt.timedelta(days=6), kept_promise=False, responsive=True),
        Observation(MONDAY + dt.timedelta(days=7), kept_promise=True, body="tense"),
    ]
    rows = consistency.weekly(notes)
    assert [row["week"] for row in rows] == [MONDAY, MONDAY + dt.timedelta(days=7)]
    assert rows[0]["kept_promise"] == 0.5 and rows[0]["responsive"] == 1.0
    assert rows[0]["respected_boundary"] is None  # nothing noted is not a no
    assert rows[1]["body"] == {"calm": 0, "tense": 1, "numb": 0, "excited-anxious": 0}


def test_steady_weeks_read_as_steady_and_swinging_ones_do_not():
    def weeks(*values):
        return consistency.weekly(
            Observation(MONDAY + dt.timedelta(weeks=n), kept_promise=v)
            for n, v in enumerate(values)
        )

    assert consistency.steadiness(weeks(True, True, True), "kept_promise")["steady"] is True
    swinging = consistency.steadiness(weeks(True, False, True, False), "kept_promise")
    assert swinging["steady"] is False and swinging["spread"] == 0.5
    assert consistency.steadiness(weeks(True), "kept_promise") == {
        "weeks": 1,
        "spread": None,
        "steady": None,
    }


def test_the_body_trend_compares_the_earlier_and_later_weeks():
    notes = [Observation(MONDAY, body="excited-anxious"), Observation(MONDAY, body="tense")]
    notes += [Observation(MONDAY + dt.timedelta(weeks=2), body="calm")]
    assert consistency.body_trend(consistency.weekly(notes)) == {"before": 0.0, "after": 1.0}


answers = st.sampled_from([True, False, None])
notes = st.lists(
    st.builds(
        Observation,
        day=st.dates(MONDAY, MONDAY + dt.timedelta(days=120)),
        kept_promise=answers,
        responsive=answers,
        respected_boundary=answers,
        stayed_myself=answers,
        body=st.sampled_from(["", *consistency.BODY]),
    ),
    max_size=25,
)
# building dataclasses is slow to generate on a busy machine; the properties are what count
relaxed = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@relaxed
@given(notes)
def test_figures_do_not_depend_on_the_order_notes_were_written(items):
    assert consistency.summary(items) == consistency.summary(list(reversed(items)))


@relaxed
@given(notes)
def test_every_share_is_a_fraction_and_weeks_hold_every_note(items):
    found = consistency.summary(items)
    assert sum(row["count"] for row in found["weeks"]) == len(items)
    for row in found["weeks"]:
        for check in consistency.CHECKS:
            assert row[check] is None or 0 <= row[check] <= 1


def person(pk, role="friend", support=(), last=None):
    return Supporter(pk, role, tuple(support), last)


def test_one_person_giving_all_the_support_is_named():
    people = [person("a", support=["safe-haven", "fun"]), person("b")]
    assert network.one_source(people) == {"kind": "one-person", "id": "a"}


def test_an_ex_as_the_only_safe_haven_is_named_even_with_other_support():
    people = [person("ex", role="ex", support=["safe-haven"]), person("b", support=["fun"])]
    assert network.one_source(people) == {"kind": "romantic-haven", "id": "ex"}


def test_support_from_several_places_raises_nothing():
    people = [person("a", support=["safe-haven"]), person("b", support=["safe-haven", "fun"])]
    assert network.one_source(people) is None
    assert network.one_source([person("a")]) == {"kind": "nobody", "id": None}


def test_the_reach_out_is_the_longest_out_of_touch_never_the_one_leaned_on_nor_an_ex():
    today = dt.date(2026, 12, 1)
    people = [
        person("lean", support=["safe-haven"], last=dt.date(2025, 1, 1)),
        person("ex", role="ex", support=["fun"]),
        person("week", support=["fun"], last=today - dt.timedelta(days=7)),
        person("month", support=["practical"], last=today - dt.timedelta(days=30)),
    ]
    assert network.reach_out(people, today=today, leaning_on="lean") == "month"
    people.append(person("never", support=["fun"]))
    assert network.reach_out(people, today=today, leaning_on="lean") == "never"
    assert network.reach_out([people[0]], today=today, leaning_on="lean") is None
