"""The wins registry: every app registers its wins; wins_for merges them newest first,
bounded by `limit`, between `since` and `until`, and each app gives only the person's own."""

import datetime as dt

import pytest

from innerbase.core import registry

from .helpers import better_gad7, climbed_step, days_ago, kept_intention, passed_pause

pytestmark = pytest.mark.django_db


def test_every_app_with_wins_registers_them():
    assert set(registry._wins) == {"checkins", "practice", "experiments", "safety", "assessments"}


def test_wins_for_merges_newest_first_with_limit_and_range(monkeypatch):
    monkeypatch.setattr(registry, "_wins", {})
    at = [dt.datetime(2026, 12, d, tzinfo=dt.UTC) for d in (1, 2, 3, 4)]
    asked = []

    def provider(kind, moments):
        def wins(*, user, data_key, since=None, until=None, limit=None):
            asked.append(limit)
            found = [
                m for m in moments if (since is None or m >= since) and (until is None or m < until)
            ]
            found.sort(reverse=True)
            return [{"when": m, "text": kind, "kind": kind, "url": "/"} for m in found][:limit]

        return wins

    registry.wins_register("a", wins=provider("a", [at[0], at[2]]))
    registry.wins_register("b", wins=provider("b", [at[1], at[3]]))
    found = registry.wins_for(user=None, data_key=b"")
    assert [w["when"] for w in found] == sorted(at, reverse=True)
    assert [w["kind"] for w in registry.wins_for(user=None, data_key=b"", limit=3)] == [
        "b",
        "a",
        "b",
    ]
    assert asked[-2:] == [3, 3]  # each app is asked for no more than the page
    ranged = registry.wins_for(user=None, data_key=b"", since=at[1], until=at[3])
    assert [w["when"] for w in ranged] == [at[2], at[1]]


def test_each_app_gives_the_persons_own_wins_in_range(alice, charlie):
    for person in (alice, charlie):
        kept_intention(person, f"{person.username} kept it.", at=days_ago(3))
        passed_pause(person, f"{person.username} urge", at=days_ago(2))
        climbed_step(person, f"{person.username} step", at=days_ago(1))
        better_gad7(person, at=days_ago(4))
    found = registry.wins_for(user=alice.user, data_key=alice.data_key)
    assert [w["kind"] for w in found] == ["ladder", "pause", "intention", "assessment"]
    assert all("charlie" not in w["text"] for w in found)
    recent = registry.wins_for(user=alice.user, data_key=alice.data_key, since=days_ago(2.5))
    assert [w["kind"] for w in recent] == ["ladder", "pause"]
    older = registry.wins_for(user=alice.user, data_key=alice.data_key, until=days_ago(2.5))
    assert [w["kind"] for w in older] == ["intention", "assessment"]


def test_a_pause_that_did_not_pass_and_a_step_not_ready_are_no_wins(alice):
    from innerbase.experiments import services as experiments
    from innerbase.safety import services as safety

    pause = safety.pause_start(
        user=alice.user,
        data_key=alice.data_key,
        urge="own",
        own_urge="x",
        wait_minutes=5,
        alternative="",
    )
    safety.pause_finish(pause=pause, data_key=alice.data_key, passed=False, what_happened="")
    experiments.ladder_create(user=alice.user, data_key=alice.data_key, name="L", steps=["One"])
    assert registry.wins_for(user=alice.user, data_key=alice.data_key) == []


def test_a_take_without_an_earlier_one_is_no_win(alice):
    from innerbase.assessments import selectors, services

    gad7 = selectors.instrument_for("gad-7")
    services.take_create(
        user=alice.user,
        data_key=alice.data_key,
        instrument=gad7,
        answers={i.key: 0 for i in gad7.items},
    )
    assert registry.wins_for(user=alice.user, data_key=alice.data_key) == []
