"""The progress page: the range (presets, own dates, a bad range named and nothing else
shown), every part with its summary and table, the honest "not enough to tell yet", the
"what changed" sentence, the way to the questionnaires, and the usual view rules."""

import pytest

from progress_data import twelve_weeks

pytestmark = pytest.mark.django_db

URL = "/progress/"


def test_logged_out_goes_to_log_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")


def test_only_get_is_allowed(alice_client):
    assert alice_client.post(URL).status_code == 405


def test_three_months_show_every_part_with_its_summary_and_table(alice_client, alice):
    twelve_weeks(alice)
    response = alice_client.get(URL, {"range": "3m"})
    assert response.status_code == 200
    page = response.content.decode()
    changed = response.context["data"]["what_changed"]
    assert changed.startswith("Your mood rose from about 3 to about 6 out of 10.")
    assert "2 of 3 pauses ended with the urge passing." in changed
    assert "You held off on 4 of 8 urges you noted." in changed
    assert "Your GAD-7 shows a real change for the better." in changed
    assert f'<p class="what-changed" data-what-changed>{changed}</p>' in page
    assert "Mood by week</h2>" in page and "Energy by week</h2>" in page
    assert page.count('class="band-chart__band"') == 2
    # Sunday evening (8 check-ins, mood 1) is ranked; payday (2) is not enough to tell
    assert "at least 6 check-ins" in page
    ranked = "“sunday evening” came with a middle mood of 1, against 4.5 for the rest (8 check-ins)"
    assert ranked in page
    assert "Not enough to tell yet: “payday” (2)." in page
    assert "Under 6 hours: middle mood" in page
    assert "Over 8 hours</th><td>0</td><td>Not enough yet" in page
    assert "Over 2 re-rated records, feelings went from 75 before to 45 after" in page
    assert "you expected 70 and felt 35 distress" in page
    assert page.count('class="trajectory__mark trajectory__mark--better"') == 1
    assert "<td>0 (reliable improvement)</td>" in page  # and in its table
    assert page.count("<details><summary>Show ") >= 9  # a table behind every part
    assert 'href="/assessments/"' in page  # the questionnaires are one tap away


def test_the_header_says_progress_where_questionnaires_were(alice_client):
    items = alice_client.get(URL).context["nav_items"]
    assert [i["label"] for i in items if i["current"]] == ["Progress"]
    assert "Questionnaires" not in [i["label"] for i in items]


def test_own_dates_bound_the_page(alice_client, alice):
    twelve_weeks(alice)
    response = alice_client.get(URL, {"since": "2001-01-01", "until": "2001-03-01"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "From 1 Jan 2001 to 1 Mar 2001." in page
    assert "No mood check-ins for these dates." in page
    assert "There is not much here yet for these dates." in page


@pytest.mark.parametrize(
    ("query", "field", "words"),
    [
        ({"since": "2026-05-01", "until": "2026-01-01"}, "since", "The start date is after"),
        ({"since": "2026-13-45"}, "since", "Enter a date like 2026-03-01."),
        ({"until": "soon"}, "until", "Enter a date like 2026-03-01."),
        ({"since": "1850-01-01"}, "since", "after 1900"),
        ({"range": "5y"}, "range", "Pick one of the ranges shown."),
    ],
)
def test_a_bad_range_is_named_and_kept(alice_client, alice, query, field, words):
    twelve_weeks(alice)
    response = alice_client.get(URL, query)
    assert response.status_code == 422
    page = response.content.decode()
    assert words in page and f'href="#id_{field}' in page
    assert "data-what-changed" not in page  # no figures for a range that is not one
    for value in query.values():
        if field != "range":
            assert f'value="{value}"' in page


def test_a_stranger_sees_none_of_it(client, alice, charlie):
    twelve_weeks(alice)
    client.post("/account/login/", {"username": charlie.username, "passphrase": charlie.passphrase})
    page = client.get(URL, {"range": "all"}).content.decode()
    assert "sunday evening" not in page and "payday" not in page
    assert "There is not much here yet for these dates." in page
