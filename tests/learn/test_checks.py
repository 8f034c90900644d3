"""`innerbase check` says when a therapist directory in the guide is overdue for a re-check:
a notice on a date the test pins, never a warning that could fail a run on the calendar."""

import datetime as dt

from django.core import checks as django_checks

from innerbase.learn import checks, content


def dated(monkeypatch, day: dt.date):
    monkeypatch.setattr(checks, "today", lambda: day)
    return [m for m in checks.directories_checked_recently() if m.id == "innerbase.I002"]


def last_check() -> dt.date:
    days = [
        dt.date.fromisoformat(entry["last_verified"])
        for listing in content.countries().values()
        for entry in listing["entries"]
        if entry.get("last_verified")
    ]
    return max(days)


def test_a_directory_older_than_a_year_is_named_in_a_notice(monkeypatch):
    later = last_check() + dt.timedelta(days=content.therapy()["stale_after_days"] + 1)
    [notice] = dated(monkeypatch, later)
    assert notice.level == django_checks.INFO and "GB: " in notice.msg


def test_entries_checked_within_the_year_and_never_checked_ones_are_told_apart():
    day = last_check()
    overdue = content.stale_directory_entries(day)
    never = [
        f"{country}: {entry['name']}"
        for country, listing in content.countries().items()
        for entry in listing["entries"]
        if not entry.get("last_verified")
    ]
    assert overdue == never
