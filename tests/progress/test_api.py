"""GET /api/v1/progress: every series as numbers with the counts behind each and the
"what changed" sentence; 422 naming the field for a bad date or range."""

import pytest

from progress_data import twelve_weeks

pytestmark = pytest.mark.django_db

URL = "/api/v1/progress"


def errors_of(response) -> dict:
    return {e["field"]: e["message"] for e in response.json()["errors"]}


def test_every_series_comes_with_its_counts_and_the_sentence(api, alice):
    twelve_weeks(alice)
    response = api.get(URL)
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["since"] is None and body["period"] == "week" and body["minimum"] == 6
    assert body["checkins"] == 84 and body["mood"]["days"] == 84
    assert sum(b["days"] for b in body["mood"]["bands"]) == 84
    assert [r["name"] for r in body["triggers"]["ranked"]] == ["sunday evening"]
    assert body["triggers"]["ranked"][0]["entries"] == 8
    assert body["triggers"]["too_few"] == [{"name": "payday", "entries": 2}]
    assert [r["entries"] for r in body["routine"]["moved"]["rows"]] == [42, 42]
    assert body["urges"]["resisted"] == 4 and body["pauses"]["passed"] == 2
    assert body["records"]["drop"] == 30 and body["ladders"]["gap"] == 35
    assert body["questionnaires"][0]["scales"][0]["overall"] == "reliable improvement"
    assert body["what_changed"].startswith("Your mood rose from about 3 to about 6")


def test_the_dates_bound_the_numbers(api, alice):
    twelve_weeks(alice)
    body = api.get(f"{URL}?since=2001-01-01&until=2001-12-31").json()
    assert body["checkins"] == 0 and body["mood"]["bands"] == []
    assert body["what_changed"].startswith("There is not much here yet")


@pytest.mark.parametrize(
    ("query", "field", "words"),
    [
        ("since=2026-05-01&until=2026-01-01", "since", "The start date is after"),
        ("since=yesterday", "since", "like 2026-03-01"),
        ("until=2026-02-30", "until", "like 2026-03-01"),
        ("since=1850-01-01", "since", "after 1900"),
    ],
)
def test_a_bad_date_or_range_is_a_422_naming_the_field(api, query, field, words):
    response = api.get(f"{URL}?{query}")
    assert response.status_code == 422
    assert words in errors_of(response)[field]


def test_the_api_needs_a_token(client):
    assert client.get(URL).status_code == 401
