"""The questionnaire API: instruments, takes with scores, 422s naming the problem, reliable
change, FHIR exports, and owner checks."""

import pytest
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from innerbase.assessments.models import Take

pytestmark = pytest.mark.django_db

# anxiety items answered high, avoidance items low (reverse-keyed avoidance items high)
ECR_R_ANXIOUS = (
    [6] * 8 + [2] + [6] + [2] + [6] * 7 + [2, 6, 2, 6, 2, 2, 2, 6, 6, 6, 6, 6, 6, 2, 6, 6, 6, 6]
)
MID = [4] * 36


def errors_of(response) -> dict:
    return {e["field"]: e["message"] for e in response.json()["errors"]}


def test_lists_the_five_instruments(api):
    listing = api.get("/api/v1/assessments").json()
    assert [i["code"] for i in listing] == ["ecr-r", "ecr-rs", "gad-7", "rses", "scs-sf"]
    ecr = listing[0]
    assert ecr["items"] == 36 and ecr["scale"]["min"] == 1 and ecr["scale"]["max"] == 7
    assert [s["key"] for s in ecr["subscales"]] == ["anxiety", "avoidance"]
    assert "Fraley" in ecr["citation"] and ecr["licence"]


def test_one_instrument_has_its_items_verbatim(api):
    gad = api.get("/api/v1/assessments/gad-7").json()
    assert gad["item_list"][0]["text"] == "Feeling nervous, anxious, or on edge"
    assert gad["scale"]["anchors"]["3"] == "Nearly every day"
    rs = api.get("/api/v1/assessments/ecr-rs").json()
    assert rs["targets"] == ["mother", "father", "partner", "friend"]
    assert rs["item_list"][7]["text"] == "I'm afraid that this person may abandon me."
    assert api.get("/api/v1/assessments/nope").status_code == 404


def test_a_take_is_scored_and_stored_with_sealed_answers(api, alice):
    response = api.post("/api/v1/assessments/ecr-r/takes", {"answers": ECR_R_ANXIOUS})
    assert response.status_code == 201, response.content
    body = response.json()
    # anxiety: 16 x 6 + reversed 2 -> 6 twice = 108 / 18; avoidance: every item keys to 2
    assert body["scores"] == {"anxiety": 6.0, "avoidance": 2.0}
    assert body["percentiles"] == {"anxiety": None, "avoidance": None}  # no verified norms
    assert body["category"] == "anxious-preoccupied"
    take = Take.objects.get(pk=body["id"])
    assert take.owner == alice.user and take.scores == {"anxiety": 6.0, "avoidance": 2.0}
    assert take.open_json(alice.data_key, "answers")["ecr-r-01"] == 6
    assert b"ecr-r-01" not in bytes(take.answers)  # sealed, not plain JSON


def test_gad_7_gets_its_band_and_no_normal_curve_percentile(api):
    body = api.post("/api/v1/assessments/gad-7/takes", {"answers": [2, 2, 2, 2, 1, 1, 1]}).json()
    assert body["scores"] == {"total": 11.0}
    assert body["category"] == "moderate" and body["bands"] == {"total": "moderate"}
    assert body["percentiles"] == {"total": None}


@pytest.mark.parametrize(
    ("code", "body", "field", "words"),
    [
        ("ecr-r", {"answers": [4] * 35}, "answers", "Give 36 answers"),
        ("ecr-r", {"answers": [4] * 35 + [8]}, "answers.35", "from 1 to 7"),
        ("gad-7", {"answers": [0, 1, 2, 3, 0, 1, -1]}, "answers.6", "from 0 to 3"),
        ("gad-7", {"answers": [0, 1, 2, 3, 0, 1, 1.5]}, "answers.6", "integer"),
        ("gad-7", {"answers": [0, 1, 2, 3, 0, 1, "2"]}, "answers.6", "integer"),
        ("gad-7", {"answers": [0, 1, 2, 3, 0, 1, True]}, "answers.6", "integer"),
        ("ecr-rs", {"answers": [4] * 9}, "target", "one of mother, father"),
        ("ecr-rs", {"answers": [4] * 9, "target": "boss"}, "target", "one of mother"),
        ("rses", {"answers": [1] * 10, "target": "mother"}, "target", "not about"),
        ("nope", {"answers": [1]}, "code", "Unknown questionnaire"),
        ("gad-7", {}, "answers", "required"),
    ],
)
def test_bad_takes_get_a_422_naming_the_problem_and_store_nothing(api, code, body, field, words):
    response = api.post(f"/api/v1/assessments/{code}/takes", body)
    assert response.status_code == 422
    assert words.lower() in errors_of(response)[field].lower()
    assert Take.objects.count() == 0


def test_ecr_rs_takes_carry_their_target(api):
    body = api.post(
        "/api/v1/assessments/ecr-rs/takes",
        {"answers": [6, 5, 7, 6, 2, 3, 4, 5, 6], "target": "partner"},
    ).json()
    assert body["target"] == "partner"
    assert body["scores"] == {"anxiety": 5.0, "avoidance": pytest.approx(2.1667, abs=1e-4)}
    listed = api.get("/api/v1/assessments/ecr-rs/takes?target=partner").json()
    assert [t["id"] for t in listed] == [body["id"]]
    assert api.get("/api/v1/assessments/ecr-rs/takes?target=mother").json() == []


def test_reliable_change_between_two_takes(api):
    first = api.post("/api/v1/assessments/ecr-r/takes", {"answers": ECR_R_ANXIOUS}).json()
    second = api.post("/api/v1/assessments/ecr-r/takes", {"answers": MID}).json()
    change = api.get(f"/api/v1/assessments/ecr-r/takes/{second['id']}/change?from={first['id']}")
    assert change.status_code == 200, change.content
    scales = change.json()["scales"]
    # anxiety 6.0 -> 4.0: 2 points beyond the 1.49 threshold, downwards = better
    assert scales["anxiety"]["verdict"] == "reliable improvement"
    assert scales["anxiety"]["threshold"] == pytest.approx(1.4875, abs=1e-3)
    assert scales["anxiety"]["verified"] is False and scales["anxiety"]["basis"]
    # avoidance 2.0 -> 4.0: higher avoidance is worse
    assert scales["avoidance"]["verdict"] == "reliable worsening"
    assert change.json()["from"] == first["id"]


def test_scales_without_a_basis_report_no_change_index(api):
    a = api.post("/api/v1/assessments/rses/takes", {"answers": [0] * 10}).json()
    b = api.post("/api/v1/assessments/rses/takes", {"answers": [3] * 10}).json()
    change = api.get(f"/api/v1/assessments/rses/takes/{b['id']}/change?from={a['id']}").json()
    assert change["scales"] == {"total": None}


def test_another_persons_take_is_a_404(api, charlie):
    other = Take.objects.create(owner=charlie.user, code="gad-7", scores={"total": 3.0})
    other.completed_at = other.started_at
    other.save()
    mine = api.post("/api/v1/assessments/gad-7/takes", {"answers": [0] * 7}).json()
    assert api.get(f"/api/v1/assessments/gad-7/takes/{other.pk}").status_code == 404
    assert api.get(f"/api/v1/assessments/gad-7/takes/{other.pk}/fhir").status_code == 404
    url = f"/api/v1/assessments/gad-7/takes/{mine['id']}/change?from={other.pk}"
    assert api.get(url).status_code == 404
    assert [t["id"] for t in api.get("/api/v1/assessments/gad-7/takes").json()] == [mine["id"]]


def test_fhir_exports_validate(api):
    questionnaire = api.get("/api/v1/assessments/ecr-rs/fhir").json()
    parsed = Questionnaire.model_validate(questionnaire)
    assert parsed.item[0].linkId == "target" and len(parsed.item) == 1 + 9 + 2
    take = api.post(
        "/api/v1/assessments/ecr-rs/takes", {"answers": [4] * 9, "target": "friend"}
    ).json()
    response = api.get(f"/api/v1/assessments/ecr-rs/takes/{take['id']}/fhir").json()
    parsed = QuestionnaireResponse.model_validate(response)
    assert parsed.status == "completed" and parsed.questionnaire == questionnaire["url"]
    answers = {item.linkId: item.answer[0] for item in parsed.item}
    assert answers["target"].valueCoding.code == "friend"
    assert answers["ecr-rs-01"].valueCoding.code == "4"
    assert float(answers["score-anxiety"].valueDecimal) == 4.0


def test_fhir_validation_would_catch_a_broken_resource():
    with pytest.raises(ValueError):
        QuestionnaireResponse.model_validate({"resourceType": "QuestionnaireResponse"})


def test_a_switched_off_instrument_disappears(api, settings):
    settings.ASSESSMENTS_OFF = ["ecr-r"]
    assert "ecr-r" not in [i["code"] for i in api.get("/api/v1/assessments").json()]
    assert api.get("/api/v1/assessments/ecr-r").status_code == 404
    response = api.post("/api/v1/assessments/ecr-r/takes", {"answers": MID})
    assert response.status_code == 422 and Take.objects.count() == 0


def test_the_openapi_document_lists_the_routes(api):
    paths = api.get("/api/v1/openapi.json").json()["paths"]
    assert "/api/v1/assessments/{code}/takes/{take_id}/change" in paths
    assert "422" in paths["/api/v1/assessments/{code}/takes"]["post"]["responses"]


def test_the_gad_7_closing_question_in_the_api(api):
    body = api.post("/api/v1/assessments/gad-7/takes", {"answers": [1] * 7, "difficulty": 1}).json()
    assert body["difficulty"] == 1 and body["scores"] == {"total": 7.0}
    bad = api.post("/api/v1/assessments/gad-7/takes", {"answers": [1] * 7, "difficulty": 4})
    assert bad.status_code == 422 and "difficulty" in errors_of(bad)
    wrong = api.post("/api/v1/assessments/rses/takes", {"answers": [1] * 10, "difficulty": 0})
    assert wrong.status_code == 422 and "no closing question" in errors_of(wrong)["difficulty"]
    questionnaire = Questionnaire.model_validate(api.get("/api/v1/assessments/gad-7/fhir").json())
    assert any(item.linkId == "gad-7-difficulty" for item in questionnaire.item)
