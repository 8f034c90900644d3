"""The stop rule in questionnaires: a stop line on every screen, "how upset" asked at the start
(7 or more: calming before the first question) and under the result (7 or more, or rising:
calming at the top); never part of a score. The ECR-RS says a parent can be skipped, and a
skipped person is never scored."""

import pytest

from innerbase.assessments import instruments, scoring, selectors, services
from innerbase.assessments.models import Take

pytestmark = pytest.mark.django_db

OFFER = "Maybe take a minute first"


def start(client, code, **extra) -> str:
    response = client.post(f"/assessments/{code}/", {"per": 1, **extra})
    assert response.status_code == 302, response.content[:400]
    return response["Location"]


def finish(client, url, code, value=1) -> str:
    client.get(url)  # the first question, as a browser opens it after Start
    for item in instruments.load(code).items:
        url = client.post(url, {item.key: value, "go": "next"})["Location"]
    if "at=end" in url:
        url = client.post(url, {"go": "next"})["Location"]
    assert "/result/" in url
    return url


def test_every_screen_carries_the_stop_line_and_the_start_asks_how_upset(alice_client):
    intro = alice_client.get("/assessments/gad-7/").content.decode()
    assert "Stop whenever this feels like too much." in intro
    assert "How upset do you feel right now?" in intro and "hidden data-calming-offer" in intro
    url = start(alice_client, "gad-7")
    item = alice_client.get(url).content.decode()
    assert "Stop whenever this feels like too much." in item
    assert "how upset" not in item.lower()  # an item screen asks one thing: the item


@pytest.mark.parametrize(("before", "offered"), [("7", True), ("6", False), ("", False)])
def test_7_or_more_at_the_start_offers_calming_before_the_first_question(
    alice_client, alice, before, offered
):
    url = start(alice_client, "gad-7", distress_before=before)
    take = Take.objects.get(owner=alice.user)
    kept = selectors.distress_of(take=take, data_key=alice.data_key)
    assert kept == {"before": int(before) if before else None, "after": None}
    first = alice_client.get(url).content.decode()
    assert (OFFER in first) is offered
    assert "Question 1 of 7" in first  # offered, never in the way of going on
    assert OFFER not in alice_client.get(url).content.decode()


@pytest.mark.parametrize(
    ("before", "after", "offered"),
    [("", "7", True), ("", "6", False), ("2", "3", True), ("4", "4", False), ("8", "5", False)],
)
def test_how_upset_under_the_result_offers_calming_at_7_or_more_or_rising(
    alice_client, alice, before, after, offered
):
    result = finish(alice_client, start(alice_client, "gad-7", distress_before=before), "gad-7")
    page = alice_client.get(result).content.decode()
    assert "And now, how upset do you feel?" in page and OFFER not in page
    take = Take.objects.get(owner=alice.user)
    scores = dict(take.scores)
    response = alice_client.post(
        f"/assessments/takes/{take.pk}/how-upset/", {"distress_after": after}
    )
    assert response.status_code == 302 and response["Location"] == result
    shown = alice_client.get(result).content.decode()
    assert (OFFER in shown) is offered
    assert ("Thank you for checking in with yourself" in shown) is not offered
    assert f"{after} of 10 at the end" in shown
    take.refresh_from_db()
    assert take.scores == scores  # never part of a score


@pytest.mark.parametrize("bad", ["11", "abc"])
def test_a_bad_rating_is_named_and_nothing_is_saved(alice_client, alice, bad):
    refused = alice_client.post("/assessments/gad-7/", {"per": 1, "distress_before": bad})
    assert refused.status_code == 422
    assert "For “How upset do you feel right now?”, choose a number from 0 to 10" in (
        refused.content.decode()
    )
    assert Take.objects.count() == 0
    result = finish(alice_client, start(alice_client, "gad-7", distress_before="3"), "gad-7")
    take = Take.objects.get(owner=alice.user)
    after = alice_client.post(f"/assessments/takes/{take.pk}/how-upset/", {"distress_after": bad})
    assert after.status_code == 422
    page = after.content.decode()
    assert "For “And now, how upset do you feel?”, choose a number" in page
    assert "Your GAD-7 results" in page
    assert selectors.distress_of(take=take, data_key=alice.data_key) == {"before": 3, "after": None}
    assert alice_client.get(result).status_code == 200


def test_how_upset_after_is_the_persons_own_behind_login_and_csrf(
    alice_client, alice, charlie, client
):
    gad = selectors.instrument_for("gad-7")
    theirs = services.take_create(
        user=charlie.user,
        data_key=charlie.data_key,
        instrument=gad,
        answers={item.key: 1 for item in gad.items},
    )
    url = f"/assessments/takes/{theirs.pk}/how-upset/"
    assert alice_client.post(url, {"distress_after": "5"}).status_code == 404
    assert alice_client.get(url).status_code == 405
    mine = services.take_create(
        user=alice.user,
        data_key=alice.data_key,
        instrument=gad,
        answers={item.key: 1 for item in gad.items},
    )
    own = f"/assessments/takes/{mine.pk}/how-upset/"
    assert client.post(own, {"distress_after": "5"})["Location"].startswith("/account/login/")
    alice_client.handler.enforce_csrf_checks = True
    assert alice_client.post(own, {"distress_after": "5"}).status_code == 403
    assert selectors.distress_of(take=mine, data_key=alice.data_key)["after"] is None


def test_the_ecr_rs_says_a_parent_can_be_skipped_and_never_scores_a_skipped_one(
    alice_client, alice
):
    intro = alice_client.get("/assessments/ecr-rs/").content.decode()
    assert "If a parent was absent, or hurt you, you can skip them." in intro
    assert "about 2 minutes for each person" in intro
    # partner and friend only: both parents skipped
    finish(alice_client, start(alice_client, "ecr-rs", target="partner"), "ecr-rs", 6)
    finish(alice_client, start(alice_client, "ecr-rs", target="friend"), "ecr-rs", 2)
    # a father block begun, then thrown away: it is never scored
    url = start(alice_client, "ecr-rs", target="father")
    alice_client.post(url, {"ecr-rs-01": 1, "go": "next"})
    begun = Take.objects.get(owner=alice.user, target="father")
    assert not begun.scores and begun.completed_at is None
    alice_client.post(f"/assessments/takes/{begun.pk}/discard/")
    assert set(Take.objects.filter(owner=alice.user).values_list("target", flat=True)) == {
        "partner",
        "friend",
    }
    history = alice_client.get("/assessments/ecr-rs/history/").content.decode()
    assert "Romantic partner" in history and "Best friend" in history
    assert "Mother" not in history and "Father" not in history


def test_a_partly_answered_block_is_not_scored():
    rs = instruments.load("ecr-rs")
    half = {item.key: 4 for item in rs.items[:5]}
    assert scoring.first_unanswered(rs, half) == 5


def test_the_api_takes_the_ratings_and_names_a_bad_one(api):
    url = "/api/v1/assessments/gad-7/takes"
    made = api.post(url, {"answers": [1] * 7, "distress": {"before": 2, "after": 8}})
    assert made.status_code == 201 and made.json()["distress"] == {"before": 2, "after": 8}
    assert made.json()["scores"] == {"total": 7.0}
    refused = api.post(url, {"answers": [1] * 7, "distress": {"after": "abc"}})
    assert refused.status_code == 422
    assert [e["field"] for e in refused.json()["errors"]] == ["distress.after"]
