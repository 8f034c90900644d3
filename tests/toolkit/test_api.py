"""The toolkit API: the exercises with the caller's own before/after statistics, a use
recorded with its ratings, and 422s naming the field (an unknown code in the path, a rating
outside 0 to 10) that change nothing saved."""

import pytest
from django.test import Client

from innerbase.toolkit import ranking, services
from innerbase.toolkit.models import ToolUse

pytestmark = pytest.mark.django_db


def errors_of(response) -> dict:
    return {e["field"]: e["message"] for e in response.json()["errors"]}


def test_the_toolkit_lists_every_exercise_with_the_callers_own_statistics(api, alice, charlie):
    for before, after in [(8, 4), (7, 4), (6, 3)]:
        services.use_record(user=alice.user, code="walk", before=before, after=after)
    services.use_start(user=alice.user, code="walk", before=7)
    services.use_record(user=charlie.user, code="body-scan", before=9, after=0)
    response = api.get("/api/v1/toolkit")
    assert response.status_code == 200
    body = response.json()
    assert body["rule"] == ranking.RULE
    exercises = {e["code"]: e for e in body["exercises"]}
    assert len(body["exercises"]) == 10
    assert exercises["walk"]["stats"] == {
        "uses": 3,
        "mean_drop": 3.3,
        "enough": True,
        "rank": 1,
        "started": 4,
    }
    assert exercises["body-scan"]["stats"]["uses"] == 0  # charlie's use is not alice's
    assert exercises["body-scan"]["stats"]["mean_drop"] is None
    assert exercises["walk"]["timer_seconds"] == 600 and exercises["walk"]["steps"]
    assert exercises["paced-breathing"]["calm"]["url"] == "/help/calm/breathe/"
    assert exercises["paced-breathing"]["steps"] == [] and exercises["walk"]["calm"] is None
    assert "heart condition" in exercises["cold-water"]["caution"]


def test_a_use_is_recorded_with_both_ratings_and_counted(api, alice):
    response = api.post("/api/v1/toolkit/cold-water/uses", {"before": 9, "after": 5})
    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["exercise"], body["before"], body["after"], body["counted"]) == (
        "cold-water",
        9,
        5,
        True,
    )
    assert body["stats"]["uses"] == 1 and body["stats"]["mean_drop"] == 4.0
    use = ToolUse.objects.get(pk=body["id"])
    assert use.owner == alice.user and use.finished_at is not None


def test_either_rating_may_be_left_out_and_then_the_use_does_not_count(api):
    body = api.post("/api/v1/toolkit/walk/uses", {"after": 3}).json()
    assert body["before"] is None and body["counted"] is False
    assert body["stats"] == {
        "uses": 0,
        "mean_drop": None,
        "enough": False,
        "rank": None,
        "started": 1,
    }


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"before": 11, "after": 5}, "before"),
        ({"before": 5, "after": -1}, "after"),
        ({"before": 5, "after": 100}, "after"),
    ],
)
def test_a_rating_outside_0_to_10_is_a_422_naming_it(api, payload, field):
    response = api.post("/api/v1/toolkit/walk/uses", payload)
    assert response.status_code == 422
    assert list(errors_of(response)) == [field] and "0 to 10" in errors_of(response)[field]
    assert not ToolUse.objects.exists()


def test_a_rating_that_is_not_a_whole_number_is_a_422_naming_it(api):
    response = api.post("/api/v1/toolkit/walk/uses", {"before": "7", "after": 2.5})
    assert response.status_code == 422 and set(errors_of(response)) == {"before", "after"}
    assert not ToolUse.objects.exists()


def test_an_unknown_exercise_code_is_a_422_naming_the_path_parameter(api):
    response = api.post("/api/v1/toolkit/no-such-tool/uses", {"before": 5, "after": 2})
    assert response.status_code == 422
    assert list(errors_of(response)) == ["code"]
    assert "GET /api/v1/toolkit" in errors_of(response)["code"]
    assert not ToolUse.objects.exists()


def test_without_a_token_nothing_is_read_or_saved():
    assert Client().get("/api/v1/toolkit").status_code == 401
    response = Client().post(
        "/api/v1/toolkit/walk/uses", '{"before": 5}', content_type="application/json"
    )
    assert response.status_code == 401 and not ToolUse.objects.exists()


def test_the_openapi_document_lists_the_toolkit_routes_and_their_422(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert "get" in paths["/api/v1/toolkit"]
    post = paths["/api/v1/toolkit/{code}/uses"]["post"]
    assert {"201", "404", "422"} <= set(post["responses"])
