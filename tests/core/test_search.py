"""The shared sealed search index: lines that read back as written, and chunks that are put,
moved, removed, rebuilt and recognised as out of step for any app's scope."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innerbase.core import lines
from innerbase.core import search as index
from innerbase.core.models import SearchChunk

moments = st.datetimes(
    min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1), timezones=st.just(dt.UTC)
)


@given(moments)
def test_a_stamp_keeps_the_moment_to_the_microsecond_and_its_utc_month(moment):
    value = lines.stamp(moment)
    assert lines.month_of_stamp(value) == moment.strftime("%Y-%m") == lines.month_of(moment)
    later = moment + dt.timedelta(microseconds=1)
    assert lines.stamp(later) == value + 1


@given(st.text(), st.text())
def test_cleaned_words_never_break_a_line_or_a_field(item_id, words):
    text = lines.line(item_id.replace(lines.FIELD, ""), dt.datetime.now(dt.UTC), lines.clean(words))
    assert "\n" not in lines.clean(words) and lines.words_of(text) == lines.clean(words)
    assert lines.id_and_stamp(text)[0] == item_id.replace(lines.FIELD, "")


def test_words_are_found_newest_first():
    early, late = dt.datetime(2026, 1, 1, tzinfo=dt.UTC), dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    found = [lines.line("a", early, "harbour"), lines.line("b", late, "harbour lights")]
    assert lines.with_words(found, "harbour") == ["b", "a"]
    assert lines.with_words(found, "lights") == ["b"]
    assert (
        lines.with_words([lines.line("c", early, "harbour", "x")], "harbour") == []
    )  # words are last


class Rows:
    """A stand-in app: its rows are (id, moment, words) kept in a list."""

    def __init__(self):
        self.rows: dict[str, tuple[dt.datetime, str]] = {}
        self.scope = index.Scope("test", 1, lambda user: len(self.rows), self.every_line)

    def line(self, item_id):
        moment, words = self.rows[item_id]
        return lines.line(item_id, moment, words)

    def every_line(self, user, key):
        return [self.line(item_id) for item_id in self.rows]


JAN, MAR = dt.datetime(2026, 1, 5, tzinfo=dt.UTC), dt.datetime(2026, 3, 5, tzinfo=dt.UTC)


@pytest.mark.django_db
def test_put_moves_remove_and_rebuild_keep_one_line_per_row(alice):
    app, user, key = Rows(), alice.user, alice.data_key
    app.rows["r1"] = (JAN, "quince")
    index.put(app.scope, user=user, key=key, line=app.line("r1"))
    app.rows["r1"] = (MAR, "plum")
    index.put(app.scope, user=user, key=key, line=app.line("r1"), old_moment=JAN)
    chunks = SearchChunk.objects.filter(owner=user, scope="test")
    assert list(chunks.values_list("month", "entries")) == [("2026-03", 1)]
    assert b"plum" not in bytes(chunks.get().data)
    assert list(index.scan(app.scope, user=user, key=key)) == [app.line("r1")]
    assert index.in_step(app.scope, user=user)
    index.remove(app.scope, user=user, key=key, item_id="r1", moment=MAR)
    del app.rows["r1"]
    assert not chunks.exists() and index.in_step(app.scope, user=user)
    app.rows["r2"] = (JAN, "written behind the index's back")
    assert not index.in_step(app.scope, user=user)
    assert list(index.scan(app.scope, user=user, key=key)) == [app.line("r2")]


@pytest.mark.django_db
def test_a_chunk_of_an_older_line_format_is_rebuilt_not_relabelled(alice):
    app, user, key = Rows(), alice.user, alice.data_key
    app.rows["r1"] = (JAN, "old")
    index.put(app.scope, user=user, key=key, line=app.line("r1"))
    newer = index.Scope("test", 2, app.scope.count, app.every_line)
    app.rows["r2"] = (JAN, "new")
    index.put(newer, user=user, key=key, line=app.line("r2"))
    assert not index.in_step(newer, user=user)  # the January chunk still has version 1 lines
    assert sorted(index.scan(newer, user=user, key=key)) == [app.line("r1"), app.line("r2")]
    assert set(SearchChunk.objects.values_list("version", flat=True)) == {2}


@pytest.mark.django_db
def test_scopes_and_people_never_mix(alice, charlie):
    mine, theirs = Rows(), Rows()
    other = index.Scope("other", 1, lambda user: 0, lambda user, key: [])
    mine.rows["r1"] = (JAN, "mine")
    index.put(mine.scope, user=alice.user, key=alice.data_key, line=mine.line("r1"))
    assert list(index.scan(other, user=alice.user, key=alice.data_key)) == []
    assert list(index.scan(theirs.scope, user=charlie.user, key=charlie.data_key)) == []
    assert SearchChunk.objects.filter(owner=alice.user, scope="test").count() == 1
