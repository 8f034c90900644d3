"""Toolkit writes and reads: a use begun and finished, what the ranking counts, a person's own
statistics added up in SQL, and the top three offered to the calm pages."""

import pytest

from innerbase.toolkit import ranking, selectors, services
from innerbase.toolkit.models import ToolUse

pytestmark = pytest.mark.django_db


def rated(user, code, *pairs):
    for before, after in pairs:
        services.use_record(user=user, code=code, before=before, after=after)


def test_a_use_begins_with_the_rating_before_and_ends_with_the_one_after(alice):
    use = services.use_start(user=alice.user, code="walk", before=7)
    assert (use.before, use.after, use.finished_at, use.counted) == (7, None, None, False)
    services.use_finish(use=use, after=3)
    use.refresh_from_db()
    assert (use.before, use.after, use.counted) == (7, 3, True) and use.finished_at


def test_finishing_without_a_rating_keeps_an_earlier_one(alice):
    use = services.use_start(user=alice.user, code="walk", before=None)
    services.use_finish(use=use, after=4)
    services.use_finish(use=use, after=None)
    use.refresh_from_db()
    assert use.after == 4


@pytest.mark.parametrize(
    "code, before, after", [("no-such-tool", 5, 5), ("walk", 11, 5), ("walk", 5, -1)]
)
def test_an_unknown_code_or_a_rating_outside_0_to_10_is_never_stored(alice, code, before, after):
    with pytest.raises(ValueError):
        services.use_record(user=alice.user, code=code, before=before, after=after)
    assert not ToolUse.objects.exists()


def test_the_sums_in_sql_match_the_pure_tally_and_skip_half_rated_uses(alice, charlie):
    pairs = [("walk", 8, 3), ("walk", 6, 6), ("body-scan", 4, 7), ("walk", 9, 2)]
    for code, before, after in pairs:
        services.use_record(user=alice.user, code=code, before=before, after=after)
    services.use_start(user=alice.user, code="walk", before=9)  # never finished
    services.use_record(user=alice.user, code="cold-water", before=None, after=2)
    rated(charlie.user, "walk", (10, 0))  # someone else's
    found = sorted(selectors.tallies(user=alice.user), key=lambda t: t.code)
    assert found == sorted(ranking.tally(pairs), key=lambda t: t.code)


def test_ranked_tools_carry_uses_the_mean_and_the_too_few_flag(alice):
    rated(alice.user, "walk", (8, 4), (7, 4), (6, 4))
    rated(alice.user, "cold-water", (9, 1))
    assert [(t["code"], t["uses"], t["mean_drop"], t["enough"], t["rank"]) for t in
            selectors.ranked_tools(user=alice.user)] == [
        ("walk", 3, 3.0, True, 1),
        ("cold-water", 1, 8.0, False, 2),
    ]  # fmt: skip


def test_the_top_tools_are_at_most_three_that_eased_upset(alice, charlie):
    rated(alice.user, "walk", (8, 4), (7, 4), (6, 4))
    rated(alice.user, "body-scan", (6, 5), (6, 5), (6, 5))
    rated(alice.user, "values-check", (3, 6), (3, 6), (3, 6))  # made it worse: never offered
    rated(alice.user, "grounding", (9, 2))
    rated(alice.user, "urge-surfing", (9, 3), (9, 3))
    top = selectors.top_tools(user=alice.user)
    assert [t["code"] for t in top] == ["walk", "body-scan", "grounding"]
    assert set(top[0]) >= {"code", "name", "url", "uses", "mean_drop"}
    assert top[0]["url"] == "/practice/toolkit/walk/" and top[0]["name"] == "A short walk"
    assert selectors.top_tools(user=alice.user, n=1) == top[:1]
    assert selectors.top_tools(user=charlie.user) == []


def test_the_top_tools_of_someone_logged_out_are_none():
    from django.contrib.auth.models import AnonymousUser

    assert selectors.top_tools(user=AnonymousUser()) == []


def test_each_exercises_own_statistics_count_started_uses_too(alice):
    rated(alice.user, "walk", (8, 4))
    services.use_start(user=alice.user, code="walk", before=5)
    stats = selectors.stats_by_code(user=alice.user)
    assert stats["walk"] == {"uses": 1, "mean_drop": 4.0, "enough": False, "rank": 1, "started": 2}
    assert stats["body-scan"] == {
        "uses": 0,
        "mean_drop": None,
        "enough": False,
        "rank": None,
        "started": 0,
    }


def test_the_unfinished_use_is_the_latest_recent_one_without_an_after(alice, charlie):
    from datetime import timedelta

    from django.utils import timezone

    old = services.use_start(user=alice.user, code="walk", before=5)
    ToolUse.objects.filter(pk=old.pk).update(used_at=timezone.now() - timedelta(hours=13))
    assert selectors.unfinished(user=alice.user) is None
    recent = services.use_start(user=alice.user, code="body-scan", before=6)
    assert selectors.unfinished(user=alice.user) == recent
    assert selectors.unfinished(user=charlie.user) is None
    services.use_finish(use=recent, after=None)  # finished, even if skipped
    assert selectors.unfinished(user=alice.user) is None
