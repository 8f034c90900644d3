"""The ladder API: start from a template or your own steps, change and delete a ladder,
predict a try and then record its outcome, the evidence; every 422 names its field and
changes nothing; another person's ladder, step or try is a 404."""

import pytest

from innerbase.experiments import services
from innerbase.experiments.models import Ladder, Step, Try

pytestmark = pytest.mark.django_db

PREDICTION = {"prediction": "They'll say I'm too much.", "predicted_distress": 70, "confidence": 60}
OUTCOME = {
    "outcome": "They said thanks.",
    "actual_distress": 35,
    "feared_outcome_happened": False,
    "learned": "Asking was fine.",
}


def errors_of(response) -> dict:
    return {e["field"]: e["message"] for e in response.json()["errors"]}


@pytest.fixture
def ladder(api) -> dict:
    response = api.post("/api/v1/ladders", {"template": "avoidant-vulnerability"})
    assert response.status_code == 201, response.content
    return response.json()


def tries_url(ladder: dict, step: int = 0) -> str:
    return f"/api/v1/ladders/{ladder['id']}/steps/{ladder['steps'][step]['id']}/tries"


def test_a_template_ladder_answers_its_id_and_steps_with_ids(ladder):
    assert ladder["name"] == "Letting people a little closer"
    assert ladder["template"] == "avoidant-vulnerability" and ladder["archived"] is False
    assert len(ladder["steps"]) == 8 and all(s["id"] for s in ladder["steps"])
    assert [s["order"] for s in ladder["steps"]] == list(range(1, 9))
    assert ladder["steps"][0]["text"] == "Tell someone one small, true thing about your day."
    assert ladder["safety"] == {"crisis": False, "kinds": []}


def test_an_own_ladder_is_screened_and_sealed(api, alice):
    body = {"name": "Closer", "steps": [{"text": "Call Mum"}, {"text": "I want to end my life"}]}
    response = api.post("/api/v1/ladders", body)
    assert response.status_code == 201
    data = response.json()
    assert data["template"] is None and [s["text"] for s in data["steps"]] == [
        "Call Mum",
        body["steps"][1]["text"],
    ]
    assert data["safety"]["crisis"] is True
    assert b"Call Mum" not in bytes(Step.objects.get(order=1).body)


def test_list_and_detail(api, ladder):
    listed = api.get("/api/v1/ladders").json()
    assert [item["id"] for item in listed] == [ladder["id"]]
    detail = api.get(f"/api/v1/ladders/{ladder['id']}").json()
    assert detail["steps"][0]["tries"] == []


def test_predict_then_record_then_the_evidence(api, ladder):
    response = api.post(tries_url(ladder), PREDICTION)
    assert response.status_code == 201, response.content
    attempt = response.json()
    assert attempt["recorded_at"] is None and attempt["actual_distress"] is None
    assert attempt["safety"] == {"crisis": False, "kinds": []}
    evidence = api.get(f"/api/v1/ladders/{ladder['id']}/evidence").json()
    assert evidence["count"] == 0 and evidence["mean_predicted"] is None
    response = api.put(f"{tries_url(ladder)}/{attempt['id']}", OUTCOME)
    assert response.status_code == 200, response.content
    recorded = response.json()
    assert recorded["prediction"] == PREDICTION["prediction"]
    assert recorded["outcome"] == "They said thanks." and recorded["actual_distress"] == 35
    assert recorded["feared_outcome_happened"] is False and recorded["recorded_at"]
    evidence = api.get(f"/api/v1/ladders/{ladder['id']}/evidence").json()
    assert evidence["count"] == 1 and evidence["mean_predicted"] == 70
    assert evidence["mean_actual"] == 35 and evidence["feared_count"] == 0
    assert evidence["sentence"].startswith("On your one try so far, you expected 70 and it was 35.")
    assert evidence["steps"] == [
        {
            "step_id": ladder["steps"][0]["id"],
            "count": 1,
            "mean_predicted": 70.0,
            "mean_actual": 35.0,
            "feared_count": 0,
            "feared_answered": 1,
            "feared_share": 0.0,
        }
    ]
    detail = api.get(f"/api/v1/ladders/{ladder['id']}").json()
    assert detail["steps"][0]["tries"][0]["learned"] == "Asking was fine."


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"predicted_distress": 101}, "predicted_distress", "0 to 100"),
        ({"confidence": -5}, "confidence", "0 to 100"),
        ({"prediction": "   "}, "prediction", "Write what you think"),
        ({"prediction": "x" * 100_001}, "prediction", "characters"),
        ({"actual_distress": 20}, "actual_distress", "prediction first"),
        ({"outcome": "It went fine"}, "outcome", "prediction first"),
    ],
)
def test_a_bad_prediction_is_422_naming_the_field_and_saves_nothing(
    api, ladder, change, field, words
):
    response = api.post(tries_url(ladder), {**PREDICTION, **change})
    assert response.status_code == 422 and field in errors_of(response)
    assert words in errors_of(response)[field]
    assert not Try.objects.exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"actual_distress": 101}, "actual_distress"),
        ({"actual_distress": -1}, "actual_distress"),
        ({"outcome": ""}, "outcome"),
        ({"learned": "y" * 100_001}, "learned"),
        ({"feared_outcome_happened": "partly"}, "feared_outcome_happened"),
    ],
)
def test_a_bad_outcome_is_422_naming_the_field_and_changes_nothing(api, ladder, change, field):
    attempt = api.post(tries_url(ladder), PREDICTION).json()
    response = api.put(f"{tries_url(ladder)}/{attempt['id']}", {**OUTCOME, **change})
    assert response.status_code == 422 and field in errors_of(response)
    saved = Try.objects.get()
    assert saved.recorded_at is None and saved.actual_distress is None


def test_an_outcome_for_a_try_that_does_not_exist_is_404(api, ladder):
    url = f"{tries_url(ladder)}/00000000-0000-0000-0000-000000000000"
    assert api.put(url, OUTCOME).status_code == 404


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"template": "secure-nonsense"}, "template"),
        ({"template": "fearful-gentle", "name": "x"}, "template"),
        ({"name": "x", "steps": []}, "steps"),
        ({"name": "", "steps": [{"text": "a"}]}, "name"),
        ({"name": "x" * 100_001, "steps": [{"text": "a"}]}, "name"),
        ({"name": "ok", "steps": [{"text": "a"}, {"text": " "}]}, "steps.1.text"),
        ({"name": "ok", "steps": [{"text": "z" * 100_001}]}, "steps.0.text"),
    ],
)
def test_a_bad_ladder_is_422_naming_the_field(api, body, field):
    response = api.post("/api/v1/ladders", body)
    assert response.status_code == 422 and field in errors_of(response), response.content
    assert not Ladder.objects.exists()


def test_put_renames_archives_and_resteps_keeping_steps_with_tries(api, ladder):
    api.post(tries_url(ladder, 0), PREDICTION)
    first, second = ladder["steps"][0], ladder["steps"][1]
    body = {
        "name": "Mine now",
        "archived": True,
        "steps": [
            {"id": second["id"], "text": "Second first"},
            {"id": first["id"], "text": "One"},
            {"text": "New"},
        ],
    }
    response = api.put(f"/api/v1/ladders/{ladder['id']}", body)
    assert response.status_code == 200, response.content
    data = response.json()
    assert data["name"] == "Mine now" and data["archived"] is True
    assert [s["text"] for s in data["steps"]] == ["Second first", "One", "New"]
    assert data["steps"][1]["id"] == first["id"] and len(data["steps"][1]["tries"]) == 1
    assert Step.objects.count() == 3


def test_put_refuses_leaving_out_a_step_with_tries_or_a_strange_step_id(api, ladder, alice):
    api.post(tries_url(ladder, 0), PREDICTION)
    body = {"name": "Renamed", "steps": [{"id": ladder["steps"][1]["id"], "text": "Only"}]}
    response = api.put(f"/api/v1/ladders/{ladder['id']}", body)
    assert response.status_code == 422 and "steps" in errors_of(response)
    other = services.ladder_start(user=alice.user, data_key=alice.data_key, code="fearful-gentle")
    foreign = str(other.steps.first().pk)
    body = {"steps": [{"id": foreign, "text": "x"}]}
    response = api.put(f"/api/v1/ladders/{ladder['id']}", body)
    assert response.status_code == 422 and "steps.0.id" in errors_of(response)
    assert api.get(f"/api/v1/ladders/{ladder['id']}").json()["name"] == ladder["name"]
    assert Step.objects.filter(ladder_id=ladder["id"]).count() == 8
    assert api.put(f"/api/v1/ladders/{ladder['id']}", {"archived": "yes"}).status_code == 422


def test_delete_removes_the_ladder_its_steps_and_tries(api, ladder):
    api.post(tries_url(ladder), PREDICTION)
    assert api.delete(f"/api/v1/ladders/{ladder['id']}").status_code == 204
    assert not Ladder.objects.exists() and not Step.objects.exists() and not Try.objects.exists()


def test_another_persons_ladder_step_and_try_are_404(api, charlie):
    theirs = services.ladder_start(
        user=charlie.user, data_key=charlie.data_key, code="fearful-gentle"
    )
    step = theirs.steps.order_by("order").first()
    attempt = services.try_predict(
        step=step, data_key=charlie.data_key, prediction="x", predicted_distress=5, confidence=5
    )
    base = f"/api/v1/ladders/{theirs.pk}"
    assert api.get(base).status_code == 404
    assert api.put(base, {"name": "mine"}).status_code == 404
    assert api.delete(base).status_code == 404
    assert api.get(f"{base}/evidence").status_code == 404
    assert api.post(f"{base}/steps/{step.pk}/tries", PREDICTION).status_code == 404
    assert api.put(f"{base}/steps/{step.pk}/tries/{attempt.pk}", OUTCOME).status_code == 404
    assert api.get("/api/v1/ladders").json() == []
    assert Ladder.objects.filter(pk=theirs.pk).exists() and Try.objects.get().recorded_at is None


def test_my_ladder_with_their_step_or_try_is_404(api, ladder, charlie):
    theirs = services.ladder_start(
        user=charlie.user, data_key=charlie.data_key, code="fearful-gentle"
    )
    step = theirs.steps.order_by("order").first()
    attempt = services.try_predict(
        step=step, data_key=charlie.data_key, prediction="x", predicted_distress=5, confidence=5
    )
    mine = f"/api/v1/ladders/{ladder['id']}"
    assert api.post(f"{mine}/steps/{step.pk}/tries", PREDICTION).status_code == 404
    my_step = ladder["steps"][0]["id"]
    assert api.put(f"{mine}/steps/{my_step}/tries/{attempt.pk}", OUTCOME).status_code == 404
    assert Try.objects.count() == 1
