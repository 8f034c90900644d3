"""Each app's part of the progress page, through the registry: the numbers made through the
services come back as plain data, for the days asked, and only the person's own."""

import datetime as dt
import json

import pytest
from django.utils import timezone

from innerbase.core import registry
from progress_data import twelve_weeks

pytestmark = pytest.mark.django_db


def parts_for(person, since=None, until=None):
    return registry.progress_for(
        user=person.user,
        data_key=person.data_key,
        since=since,
        until=until or timezone.localdate(),
    )


def test_every_app_gives_its_part_in_order_as_plain_data(alice):
    twelve_weeks(alice)
    parts = parts_for(alice)
    assert list(parts) == [
        "journal",
        "safety",
        "thoughts",
        "experiments",
        "assessments",
        "checkins",
    ]
    assert json.loads(json.dumps(parts)) == parts  # numbers, strings and lists only


def test_the_journal_gives_days_triggers_routine_and_urges(alice):
    twelve_weeks(alice)
    journal = parts_for(alice)["journal"]
    assert len(journal["days"]) == 84 and sum(d["entries"] for d in journal["days"]) == 84
    assert sum(journal["moods"]) == 84
    assert journal["triggers"]["sunday evening"] == [8, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    assert sum(journal["triggers"]["payday"]) == 2
    assert [row["hours"] for row in journal["sleep"]] == [5.5, 7.5]
    assert sum(sum(row["moods"]) for row in journal["sleep"]) == 84
    assert sum(journal["moved"]["yes"]) == 42 and sum(journal["moved"]["no"]) == 42
    assert sum(journal["talked"]["no"]) == 21
    assert journal["urges"] == {"entries": 8, "noted": 8, "acted": 4, "resisted": 4}


def test_the_days_asked_bound_every_part(alice):
    twelve_weeks(alice)
    today = timezone.localdate()
    week = parts_for(alice, since=today - dt.timedelta(days=6), until=today)
    assert len(week["journal"]["days"]) == 7
    old = parts_for(alice, since=dt.date(2001, 1, 1), until=dt.date(2001, 12, 31))
    assert old["journal"]["days"] == [] and old["journal"]["urges"]["noted"] == 0
    assert old["safety"]["pauses"] == {"started": 0, "finished": 0, "passed": 0}
    assert old["thoughts"]["records"]["rerated"] == 0
    assert old["experiments"]["ladders"]["tries"] == 0
    assert old["assessments"]["questionnaires"] == []


def test_pauses_records_ladders_and_questionnaires(alice):
    twelve_weeks(alice)
    parts = parts_for(alice)
    assert parts["safety"]["pauses"] == {"started": 3, "finished": 3, "passed": 2}
    records = parts["thoughts"]["records"]
    assert (records["made"], records["rerated"], records["before"], records["after"]) == (
        2,
        2,
        75,
        45,
    )
    assert records["drop"] == 30 and sum(m["records"] for m in records["months"]) == 2
    beliefs = parts["thoughts"]["beliefs"]  # rated 50 when added, then 60
    assert beliefs["ratings"] == 2 and beliefs["months"][-1]["believability"] == 55
    ladders = parts["experiments"]["ladders"]
    assert (ladders["tries"], ladders["predicted"], ladders["actual"], ladders["gap"]) == (
        2,
        70,
        35,
        35,
    )
    [gad] = parts["assessments"]["questionnaires"]
    assert (gad["code"], gad["takes"]) == ("gad-7", 2)
    [total] = gad["scales"]
    assert [p["score"] for p in total["points"]] == [21, 0]
    assert [p["change"] for p in total["points"]] == [None, "reliable improvement"]
    assert total["overall"] == "reliable improvement"


def test_a_stranger_gets_none_of_it(alice, charlie):
    twelve_weeks(alice)
    parts = parts_for(charlie)
    assert parts["journal"]["days"] == [] and parts["journal"]["triggers"] == {}
    assert parts["safety"]["pauses"]["started"] == 0
    assert parts["thoughts"]["beliefs"]["ratings"] == 0
    assert parts["experiments"]["ladders"]["tries"] == 0
    assert parts["assessments"]["questionnaires"] == []


def test_registering_again_replaces_an_apps_part(alice, monkeypatch):
    monkeypatch.setattr(registry, "_progress", dict(registry._progress))
    registry.progress_register("journal", series=lambda **kw: {"days": []}, order=99)
    parts = parts_for(alice)
    assert list(parts)[-1] == "journal" and parts["journal"] == {"days": []}
