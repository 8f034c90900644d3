"""Taking a questionnaire in the browser's forms: one screen at a time, back and forward,
resume later, results with the plane, history with reliable change, and owner checks."""

import datetime as dt
import json
import re

import pytest
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from innerbase.assessments import instruments, scoring, selectors, services
from innerbase.assessments.models import Take

pytestmark = pytest.mark.django_db

# anxiety items keyed to 6 and avoidance items keyed to 2 (reverse-keyed items answered 8 - x)
ECR_R_ANXIOUS = [6] * 8 + [2, 6, 2] + [6] * 7 + [2, 6, 2, 6, 2, 2, 2] + [6] * 6 + [2] + [6] * 4


def checked(page: str, name: str, value: int) -> bool:
    return re.search(rf'name="{name}" value="{value}"[^>]*checked', page) is not None


def start(client, code, **extra) -> str:
    response = client.post(f"/assessments/{code}/", {"per": 1, **extra})
    assert response.status_code == 302, response.content[:400]
    return response["Location"]


def answer_all(client, url, code, value) -> str:
    """Answer every item one screen at a time: `value` for all, or a list in item order."""
    instrument = instruments.load(code)
    values = value if isinstance(value, list) else [value] * len(instrument.items)
    for item, answer in zip(instrument.items, values, strict=True):
        response = client.post(url, {item.key: answer, "go": "next"})
        assert response.status_code == 302, response.content[:400]
        url = response["Location"]
    if "at=end" in url:  # the optional closing question (GAD-7): skipped here
        url = client.post(url, {"go": "next"})["Location"]
    return url


def test_the_list_and_intro_say_what_it_measures_and_its_terms(alice_client):
    page = alice_client.get("/assessments/").content.decode()
    for name in ("Experiences in Close Relationships", "Rosenberg", "GAD-7", "Self-Compassion"):
        assert name in page
    intro = alice_client.get("/assessments/ecr-r/").content.decode()
    assert "36 statements, about 7 minutes" in intro
    assert "does not diagnose you" in intro and "only you can read them" in intro
    assert "Terms of use" in intro and "R. C. Fraley" in intro


def test_one_item_per_screen_with_progress_back_and_resume(alice_client, alice):
    url = start(alice_client, "ecr-r")
    take = Take.objects.get(owner=alice.user)
    page = alice_client.get(url).content.decode()
    assert "Question 1 of 36" in page
    assert "I&#x27;m afraid that I will lose my partner&#x27;s love." in page
    assert "I often worry that my partner will not want to stay with me." not in page
    url = alice_client.post(url, {"ecr-r-01": 5, "go": "next"})["Location"]
    url = alice_client.post(url, {"ecr-r-02": 3, "go": "next"})["Location"]
    assert "Question 3 of 36" in alice_client.get(url).content.decode()
    # back keeps the earlier answer checked
    back = alice_client.post(url, {"go": "back"})["Location"]
    page = alice_client.get(back).content.decode()
    assert "Question 2 of 36" in page and checked(page, "ecr-r-02", 3)
    # leave midway, come back from the list: resumes where the person was
    alice_client.post(back, {"ecr-r-02": 3, "go": "later"})
    listing = alice_client.get("/assessments/").content.decode()
    assert "Carry on where you left off" in listing
    resumed = alice_client.get(take.get_absolute_url(), follow=True).content.decode()
    assert "Question 2 of 36" in resumed
    take.refresh_from_db()
    assert take.open_json(alice.data_key, "answers") == {"ecr-r-01": 5, "ecr-r-02": 3}
    assert take.completed_at is None and take.scores == {}


def test_a_missing_answer_is_asked_for_and_nothing_moves(alice_client, alice):
    url = start(alice_client, "gad-7")
    response = alice_client.post(url, {"go": "next"})
    assert response.status_code == 422
    assert "Choose an answer to go on" in response.content.decode()
    bad = alice_client.post(url, {"gad-7-01": 9, "go": "next"})
    assert bad.status_code == 422 and "Choose one of the answers shown" in bad.content.decode()
    take = Take.objects.get(owner=alice.user)
    assert take.open_json(alice.data_key, "answers") == {} and take.position == 0


def test_several_per_screen_when_asked(alice_client):
    url = start(alice_client, "rses", per=4)
    page = alice_client.get(url).content.decode()
    assert "Question 1–4 of 10" in page
    response = alice_client.post(url, {"rses-01": 2, "rses-02": 1, "go": "next"})
    assert response.status_code == 422  # items 3 and 4 still need answers
    # each missing item is named in the summary at the top and again next to the item
    assert response.content.decode().count("Choose an answer to go on") == 4
    assert checked(response.content.decode(), "rses-01", 2)  # what was chosen is kept


def test_finishing_scores_and_shows_the_plane_with_caveats(alice_client, alice):
    url = start(alice_client, "ecr-r")
    result = answer_all(alice_client, url, "ecr-r", 4)
    take = Take.objects.get(owner=alice.user)
    assert take.complete and take.scores == {"anxiety": 4.0, "avoidance": 4.0}
    assert take.category == "fearful-avoidant"  # 4 is at the midpoint: counts as high
    page = alice_client.get(result).content.decode()
    assert "<svg" in page and "approximate convention" in page
    assert "anxiety 4, avoidance 4." in page  # scores as people write them
    assert "not four boxes" in page and "Heartbreak can raise" in page
    assert "we will not invent them" in page
    assert "Download these answers as FHIR" in page


def test_gad_7_at_moderate_suggests_support(alice_client):
    url = start(alice_client, "gad-7")
    result = answer_all(alice_client, url, "gad-7", 2)  # 14: moderate
    page = alice_client.get(result).content.decode()
    assert "moderate" in page and "See support and helplines" in page and 'href="/help/"' in page
    assert '<span class="big-number">14</span>' in page and "14.00" not in page
    mild = answer_all(alice_client, start(alice_client, "gad-7"), "gad-7", 1)  # 7: mild
    assert "See support and helplines" not in alice_client.get(mild).content.decode()


def test_retaking_shows_reliable_change_on_results_and_history(alice_client, alice):
    answer_all(alice_client, start(alice_client, "ecr-r"), "ecr-r", 4)
    # second take: anxiety 6.0 (2 points up: worse), avoidance 2.0 (2 points down: better)
    second = answer_all(alice_client, start(alice_client, "ecr-r"), "ecr-r", ECR_R_ANXIOUS)
    page = alice_client.get(second).content.decode()
    assert '<span class="big-number">6</span>' in page and "4 → 6" in page
    assert "Since your last take" in page
    # in plain words first, the Jacobson-Truax figures folded beneath
    assert "the usual wobble: things look better" in page
    assert "the usual wobble: things look harder" in page
    assert "a change of more than 1.49 points is bigger than that wobble" in page
    assert "working values" in page and "retake" in page  # the ECR-R's limit is not published
    assert "larger than 1.49 points" in page and "Jacobson–Truax" in page
    history = alice_client.get("/assessments/ecr-r/history/").content.decode()
    assert "more than the usual wobble?" in history and "things look better" in history
    assert history.count("<polyline") == 2  # one trajectory per scale


def test_history_compare_rejects_the_same_take_twice(alice_client, alice):
    answer_all(alice_client, start(alice_client, "gad-7"), "gad-7", 0)
    answer_all(alice_client, start(alice_client, "gad-7"), "gad-7", 3)
    first = Take.objects.filter(owner=alice.user).order_by("completed_at").first()
    page = alice_client.get(
        f"/assessments/gad-7/history/?before={first.pk}&after={first.pk}"
    ).content.decode()
    assert "Choose a different take to compare with." in page
    page = alice_client.get("/assessments/gad-7/history/").content.decode()
    assert "things look harder" in page and "more than 4 points" in page


def test_ecr_rs_asks_who_and_shows_people_side_by_side(alice_client, alice):
    missing = alice_client.post("/assessments/ecr-rs/", {"per": 1})
    assert missing.status_code == 200 and "Choose who these statements are about." in (
        missing.content.decode()
    )
    url = start(alice_client, "ecr-rs", target="partner")
    page = alice_client.get(url).content.decode()
    assert "It helps to turn to this person in times of need." in page
    assert "Romantic partner" in page
    answer_all(alice_client, url, "ecr-rs", 6)
    answer_all(alice_client, start(alice_client, "ecr-rs", target="friend"), "ecr-rs", 2)
    history = alice_client.get("/assessments/ecr-rs/history/").content.decode()
    assert "Side by side" in history
    assert "Romantic partner" in history and "Best friend" in history
    assert Take.objects.filter(owner=alice.user, target="partner").count() == 1


def test_fhir_download_of_a_take(alice_client):
    result = answer_all(alice_client, start(alice_client, "rses"), "rses", 2)
    take_id = result.rstrip("/").split("/")[-2]
    response = alice_client.get(f"/assessments/takes/{take_id}/fhir/")
    assert response["Content-Disposition"].startswith("attachment;")
    parsed = QuestionnaireResponse.model_validate(json.loads(response.content))
    assert parsed.item[-1].linkId == "score-total"
    assert alice_client.get("/assessments/rses/fhir/").json()["resourceType"] == "Questionnaire"


def test_another_persons_take_is_a_404_everywhere(client, alice, charlie):
    from people import log_in

    instrument = instruments.load("gad-7")
    take = services.take_start(user=alice.user, data_key=alice.data_key, instrument=instrument)
    log_in(client, charlie)
    for path in ("", "result/", "fhir/"):
        assert client.get(f"/assessments/takes/{take.pk}/{path}").status_code == 404
    assert client.post(f"/assessments/takes/{take.pk}/", {"gad-7-01": 1}).status_code == 404
    assert client.post(f"/assessments/takes/{take.pk}/discard/").status_code == 404
    take.refresh_from_db()
    assert take.open_json(alice.data_key, "answers") == {}


def test_pages_need_a_login(client):
    assert client.get("/assessments/").status_code == 302
    assert client.get("/assessments/ecr-r/").status_code == 302


def test_an_operator_can_switch_an_instrument_off(alice_client, settings):
    settings.ASSESSMENTS_OFF = ["ecr-r"]
    assert "Experiences in Close Relationships – Revised" not in (
        alice_client.get("/assessments/").content.decode()
    )
    assert alice_client.get("/assessments/ecr-r/").status_code == 404
    assert alice_client.post("/assessments/ecr-r/", {"per": 1}).status_code == 404


def test_unknown_codes_in_the_setting_are_warned_about(settings):
    from innerbase.assessments.checks import switched_off_codes_exist

    settings.ASSESSMENTS_OFF = ["ecr-r", "bdi"]
    (warning,) = switched_off_codes_exist()
    assert "bdi" in warning.msg and warning.id == "innerbase.assessments.W001"
    settings.ASSESSMENTS_OFF = ["ecr-r"]
    assert switched_off_codes_exist() == []


def test_csrf_is_required_to_answer(alice_client, alice):
    gad = instruments.load("gad-7")
    take = services.take_start(user=alice.user, data_key=alice.data_key, instrument=gad)
    alice_client.handler.enforce_csrf_checks = True
    assert alice_client.post(f"/assessments/takes/{take.pk}/", {"gad-7-01": 1}).status_code == 403


def test_today_suggests_a_first_take_then_carrying_on_then_a_monthly_retake(alice_client, alice):
    assert "Where are you starting from?" in alice_client.get("/").content.decode()
    url = start(alice_client, "ecr-r")
    alice_client.post(url, {"ecr-r-01": 4, "go": "next"})
    home = alice_client.get("/").content.decode()
    assert "Carry on with the ECR-R" in home and "question 2 of 36" in home
    url = start(alice_client, "ecr-r")  # resumes at question 2
    for item in instruments.load("ecr-r").items[1:]:
        url = alice_client.post(url, {item.key: 4, "go": "next"})["Location"]
    assert "ECR-R" not in alice_client.get("/").content.decode()  # nothing to suggest today
    take = Take.objects.get(owner=alice.user)
    take.completed_at -= dt.timedelta(days=31)
    take.save()
    assert "A month since your last ECR-R" in alice_client.get("/").content.decode()


def test_ecr_rs_history_compares_takes_about_the_same_person_by_default(alice_client, alice):
    rs = instruments.load("ecr-rs")

    def take_about(target, values):
        answers = scoring.answers_from_list(rs, values)
        services.take_create(
            user=alice.user, data_key=alice.data_key, instrument=rs, answers=answers, target=target
        )

    take_about("partner", [2, 2, 3, 2, 5, 6, 6, 6, 7])
    take_about("friend", [4] * 9)
    page = alice_client.get("/assessments/ecr-rs/history/").content.decode()
    assert (
        "Has anything changed more than the usual wobble?" not in page
    )  # nobody has two takes yet
    take_about("partner", [4] * 9)
    take_about("friend", [5] * 9)
    page = alice_client.get("/assessments/ecr-rs/history/").content.decode()
    assert (
        "Has anything changed more than the usual wobble?" in page
        and "There is a problem" not in page
    )
    assert "larger than 1.97 points" in page


def test_an_unfinished_take_can_be_thrown_away_but_a_finished_one_cannot(alice_client, alice):
    url = start(alice_client, "gad-7")
    alice_client.post(url, {"gad-7-01": 2, "go": "next"})
    take = Take.objects.get(owner=alice.user)
    response = alice_client.post(f"/assessments/takes/{take.pk}/discard/")
    assert response.status_code == 302 and response["Location"] == "/assessments/gad-7/"
    assert not Take.objects.filter(pk=take.pk).exists()
    done = answer_all(alice_client, start(alice_client, "gad-7"), "gad-7", 1)
    finished = Take.objects.get(owner=alice.user)
    assert alice_client.post(f"/assessments/takes/{finished.pk}/discard/").status_code == 404
    assert alice_client.get(done).status_code == 200


def test_gad_7_asks_its_unscored_closing_question_only_after_a_problem(alice_client, alice):
    url = start(alice_client, "gad-7")
    for item in instruments.load("gad-7").items:
        url = alice_client.post(url, {item.key: 1, "go": "next"})["Location"]
    assert "at=end" in url
    page = alice_client.get(url).content.decode()
    assert "how difficult have these problems made it" in page and "not part of the score" in page
    bad = alice_client.post(url, {"difficulty": "9", "go": "next"})
    assert bad.status_code == 422
    result = alice_client.post(url, {"difficulty": "2", "go": "next"})["Location"]
    take = Take.objects.get(owner=alice.user)
    assert take.scores == {"total": 7.0}  # the closing answer never enters the score
    assert selectors.extra_of(take=take, data_key=alice.data_key) == {"difficulty": 2}
    assert "very difficult" in alice_client.get(result).content.decode()
    fhir = alice_client.get(f"/assessments/takes/{take.pk}/fhir/").json()
    closing = [i for i in fhir["item"] if i["linkId"] == "gad-7-difficulty"]
    assert closing[0]["answer"][0]["valueCoding"]["display"] == "Very difficult"
    # all "not at all": the form does not ask it
    url = start(alice_client, "gad-7")
    for item in instruments.load("gad-7").items:
        url = alice_client.post(url, {item.key: 0, "go": "next"})["Location"]
    assert "/result/" in url
