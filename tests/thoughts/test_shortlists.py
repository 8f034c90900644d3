"""Long lists made short: the traps a person spots most first, the rest in a few folded
groups; their own beliefs first, the starters folded by theme; nothing chosen folded away."""

import re

import pytest

from innerbase.thoughts import content, services, shortlists

GROUPS = [
    {"key": "a", "title": "A", "items": [{"code": "one"}, {"code": "two"}]},
    {"key": "b", "title": "B", "items": [{"code": "three"}, {"code": "four"}]},
]


def _codes(items) -> list[str]:
    return [item["code"] for item in items]


def test_every_trap_sits_in_exactly_one_group_and_every_starter_in_one_theme():
    grouped = [item["code"] for group in content.trap_groups() for item in group["items"]]
    assert sorted(grouped) == sorted(d["code"] for d in content.distortions())
    assert 3 <= len(content.trap_groups()) <= 5  # a few plain groups
    themed = [s["key"] for theme in content.starter_themes() for s in theme["starters"]]
    assert sorted(themed) == sorted(b["key"] for b in content.starter_beliefs())


def test_the_traps_spotted_most_come_first_and_leave_their_groups():
    counts = [
        {"code": "four", "count": 2},
        {"code": "one", "count": 5},
        {"code": "two", "count": 0},
    ]
    listed = shortlists.trap_shortlist(GROUPS, counts, [], most=3)
    assert _codes(listed["yours"]) == ["one", "four"]  # most first; never spotted: not listed
    assert [_codes(g["items"]) for g in listed["groups"]] == [["two"], ["three"]]
    assert not any(g["open"] for g in listed["groups"])


def test_at_most_a_few_come_first_and_a_group_emptied_by_them_is_dropped():
    counts = [{"code": c, "count": n} for c, n in (("one", 4), ("two", 3), ("three", 2))]
    listed = shortlists.trap_shortlist(GROUPS, counts, [], most=2)
    assert _codes(listed["yours"]) == ["one", "two"]
    assert [g["key"] for g in listed["groups"]] == ["b"]


def test_a_ticked_trap_opens_its_group():
    listed = shortlists.trap_shortlist(GROUPS, [], ["three"])
    assert listed["yours"] == []
    assert [g["open"] for g in listed["groups"]] == [False, True]


def _own(n: int) -> list[dict]:
    return [{"value": f"id{i}", "text": f"Mine {i}", "starter": ""} for i in range(n)]


THEMES = [
    {
        "key": "x",
        "title": "X",
        "starters": [{"key": "s1", "text": "S1"}, {"key": "s2", "text": "S2"}],
    },
    {"key": "y", "title": "Y", "starters": [{"key": "s3", "text": "S3"}]},
]


def test_own_beliefs_come_first_and_the_rest_wait_folded():
    listed = shortlists.belief_shortlist(_own(4), THEMES, "", shown=2)
    assert [b["value"] for b in listed["own"]] == ["id0", "id1"]
    assert [b["value"] for b in listed["own_more"]] == ["id2", "id3"]
    assert [t["key"] for t in listed["themes"]] == ["x", "y"]
    assert listed["themes"][0]["starters"][0] == {"value": "starter:s1", "text": "S1"}
    assert not any(t["open"] for t in listed["themes"])


def test_the_chosen_belief_is_always_in_sight():
    listed = shortlists.belief_shortlist(_own(4), THEMES, "id3", shown=2)
    assert [b["value"] for b in listed["own"]] == ["id0", "id1", "id3"]
    assert [b["value"] for b in listed["own_more"]] == ["id2"]
    listed = shortlists.belief_shortlist([], THEMES, "starter:s3")
    assert [t["open"] for t in listed["themes"]] == [False, True]


def test_a_starter_already_theirs_is_not_offered_again():
    own = [{"value": "id9", "text": "S3", "starter": "s3"}]
    listed = shortlists.belief_shortlist(own, THEMES, "")
    assert [t["key"] for t in listed["themes"]] == ["x"]  # theme y is empty now
    themed = shortlists.starters_by_theme(THEMES, {"s1"}, "s2", prefix="")
    assert themed[0]["starters"] == [{"value": "s2", "text": "S2"}] and themed[0]["open"]


# -- the pages ------------------------------------------------------------------------------
OPEN_FOLD = re.compile(
    r'<details class="fold-field" open>\s*<summary><span class="fold-field__line">'
    r'<span class="fold-field__name">([^<]+)<'
)


def _step_page(client, record, key: str) -> str:
    return client.get(f"/thoughts/{record.pk}/step/{key}/").content.decode()


def _opened(page: str) -> list[str]:
    """The titles of the folded groups that are open."""
    return OPEN_FOLD.findall(page)


@pytest.mark.django_db
def test_step_4_lists_the_persons_most_spotted_traps_first(alice_client, alice):
    for codes in (
        ["mind-reading", "labelling"],
        ["mind-reading", "keeping-score"],
        ["mind-reading", "labelling", "keeping-score"],
    ):
        services.record_create(
            user=alice.user, data_key=alice.data_key, data={"distortions": codes}
        )
    record = services.record_start(user=alice.user, data_key=alice.data_key)
    services.record_save_step(
        record=record,
        data_key=alice.data_key,
        step="distortions",
        changes={"distortions": ["catastrophising"]},
        done=False,
    )
    page = _step_page(alice_client, record, "distortions")
    yours = page.split('id="traps-yours"')[1].split("</div>")[0]
    assert re.findall(r'value="([a-z-]+)"', yours) == [
        "mind-reading",
        "keeping-score",
        "labelling",
    ]  # ties in code order
    assert page.count('value="mind-reading"') == 1  # listed once, not again in its group
    assert _opened(page) == ["Guessing the worst"]  # the group holding the ticked trap
    assert re.search(r'value="catastrophising"[^>]*checked', page)


@pytest.mark.django_db
def test_step_4_for_someone_new_folds_every_group(alice_client, alice):
    record = services.record_start(user=alice.user, data_key=alice.data_key)
    page = _step_page(alice_client, record, "distortions")
    assert "The ones you spot most" not in page and _opened(page) == []
    assert page.count('name="distortions"') == len(content.distortions())


@pytest.mark.django_db
def test_step_9_puts_own_beliefs_first_and_folds_the_starters(alice_client, alice):
    mine = services.belief_add(
        user=alice.user, data_key=alice.data_key, text="I must earn my place."
    )
    services.belief_add(user=alice.user, data_key=alice.data_key, starter="people-leave")
    record = services.record_start(user=alice.user, data_key=alice.data_key)
    page = _step_page(alice_client, record, "core-belief")
    assert page.index("I must earn my place.") < page.index("Being left")
    assert page.count("People always leave me in the end.") == 1  # theirs now, not offered again
    assert _opened(page) == []
    assert f'value="{mine.pk}"' in page
    response = alice_client.post(
        f"/thoughts/{record.pk}/step/core-belief/", {"belief": "starter:nope", "go": "next"}
    )
    assert response.status_code == 422  # a refused choice comes back named, nothing linked
    assert 'href="#id_belief"' in response.content.decode()
    record.refresh_from_db()
    assert record.core_belief is None


@pytest.mark.django_db
def test_the_beliefs_page_asks_for_own_words_first_and_folds_the_starters(alice_client):
    page = alice_client.get("/thoughts/beliefs/").content.decode()
    assert page.index("In your own words") < page.index("Or pick one that many people hold")
    assert _opened(page) == [] and page.count('name="starter"') == len(content.starter_beliefs())
    response = alice_client.post(
        "/thoughts/beliefs/", {"starter": "end-up-alone", "text": "x", "rating": 50}
    )
    assert response.status_code == 422
    assert _opened(response.content.decode()) == ["Being left"]  # what was picked is in sight
