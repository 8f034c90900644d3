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


GAD_7_ANCHORS = ["Not at all", "Several days", "More than half the days", "Nearly every day"]


def test_the_fhir_questionnaire_carries_our_items_options_and_score_slots(api):
    data = api.get("/api/v1/assessments/gad-7/fhir").json()
    Questionnaire.model_validate(data)  # what we produce is a valid resource ...
    # ... and it says what the instrument file says.
    assert {k: data[k] for k in ("resourceType", "id", "url", "name", "status")} == {
        "resourceType": "Questionnaire",
        "id": "gad-7",
        "url": "urn:innerbase:questionnaire:gad-7",
        "name": "GAD7",
        "status": "active",
    }
    assert data["title"] == "Generalized Anxiety Disorder 7-item scale"
    assert data["purpose"].startswith("Spitzer, R. L., Kroenke, K.")
    items = data["item"]
    keys = [f"gad-7-0{n}" for n in range(1, 8)]
    assert [i["linkId"] for i in items] == [*keys, "gad-7-difficulty", "score-total"]
    assert items[0]["text"] == "Feeling nervous, anxious, or on edge"
    assert items[6]["text"] == "Feeling afraid, as if something awful might happen"
    for number, item in enumerate(items[:7], start=1):
        assert item["prefix"] == str(number) and item["type"] == "choice" and item["required"]
        assert [o["valueCoding"] for o in item["answerOption"]] == [
            {"system": "urn:innerbase:answers:gad-7", "code": str(value), "display": label}
            for value, label in enumerate(GAD_7_ANCHORS)
        ]
    closing = items[7]
    assert closing["required"] is False and "how difficult" in closing["text"]
    assert [o["valueCoding"]["display"] for o in closing["answerOption"]] == [
        "Not difficult at all",
        "Somewhat difficult",
        "Very difficult",
        "Extremely difficult",
    ]
    assert items[8] == {
        "linkId": "score-total",
        "text": "Anxiety symptoms (sum of items)",
        "type": "decimal",
        "readOnly": True,
    }


def test_the_fhir_response_carries_exactly_the_answers_and_scores_given(api):
    answers = [0, 1, 2, 3, 3, 2, 1]
    body = {"answers": answers, "difficulty": 2}
    take = api.post("/api/v1/assessments/gad-7/takes", body).json()
    data = api.get(f"/api/v1/assessments/gad-7/takes/{take['id']}/fhir").json()
    QuestionnaireResponse.model_validate(data)
    stored = Take.objects.get(pk=take["id"])
    assert data["id"] == take["id"] and data["status"] == "completed"
    assert data["questionnaire"] == "urn:innerbase:questionnaire:gad-7"
    assert data["authored"] == stored.completed_at.isoformat()
    items = {item["linkId"]: item for item in data["item"]}
    assert list(items) == [f"gad-7-0{n}" for n in range(1, 8)] + [
        "gad-7-difficulty",
        "score-total",
    ]
    for number, value in enumerate(answers, start=1):
        assert items[f"gad-7-0{number}"]["answer"] == [
            {
                "valueCoding": {
                    "system": "urn:innerbase:answers:gad-7",
                    "code": str(value),
                    "display": GAD_7_ANCHORS[value],
                }
            }
        ]
    assert items["gad-7-04"]["text"] == "Trouble relaxing"
    assert items["gad-7-difficulty"]["answer"] == [
        {
            "valueCoding": {
                "system": "urn:innerbase:answers:gad-7:difficulty",
                "code": "2",
                "display": "Very difficult",
            }
        }
    ]
    # 0 + 1 + 2 + 3 + 3 + 2 + 1; the closing answer is not part of it
    assert items["score-total"] == {
        "linkId": "score-total",
        "text": "Anxiety symptoms",
        "answer": [{"valueDecimal": 12.0}],
    }


def test_the_fhir_response_exports_answers_as_given_and_scores_as_keyed(api):
    body = {"answers": [1, 2, 3, 4, 5, 6, 7, 1, 2], "target": "partner"}
    take = api.post("/api/v1/assessments/ecr-rs/takes", body).json()
    data = api.get(f"/api/v1/assessments/ecr-rs/takes/{take['id']}/fhir").json()
    QuestionnaireResponse.model_validate(data)
    items = {item["linkId"]: item for item in data["item"]}
    assert items["target"]["answer"][0]["valueCoding"] == {
        "system": "urn:innerbase:answers:targets",
        "code": "partner",
        "display": "Romantic partner",
    }
    codes = {key: item["answer"][0]["valueCoding"] for key, item in items.items() if "-0" in key}
    # Reverse-keyed items 1-4 go out as the person answered them, not reversed.
    assert [codes[f"ecr-rs-0{n}"]["code"] for n in range(1, 10)] == list("123456712")
    # Only the labelled ends of the 1-7 scale carry words.
    assert codes["ecr-rs-01"]["display"] == "1 · Strongly disagree"
    assert codes["ecr-rs-04"]["display"] == "4"
    assert codes["ecr-rs-07"]["display"] == "7 · Strongly agree"
    assert items["ecr-rs-08"]["text"] == "I'm afraid that this person may abandon me."
    # avoidance: (8-1, 8-2, 8-3, 8-4, 5, 6) -> 33 / 6; anxiety: (7, 1, 2) -> 10 / 3
    assert items["score-avoidance"]["answer"] == [{"valueDecimal": 5.5}]
    assert items["score-anxiety"]["answer"] == [{"valueDecimal": 3.3333}]


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
