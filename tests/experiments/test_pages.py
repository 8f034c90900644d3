"""Ladder pages: start from a template after one tap, make your own, predict a try and later
record what happened, the evidence log, ready to climb on, change, put away and delete (asked
first); bad input keeps what was typed and names the field; strangers get 404; CSRF holds."""

import pytest

from innerbase.experiments import selectors, services
from innerbase.experiments.models import Ladder, Step, Try

pytestmark = pytest.mark.django_db

BASE = "/practice/experiments/"


@pytest.fixture
def ladder(alice) -> Ladder:
    return services.ladder_start(
        user=alice.user, data_key=alice.data_key, code="anxious-independence"
    )


def first_step(ladder) -> Step:
    return ladder.steps.order_by("order").first()


def predict(person, ladder, distress=70) -> Try:
    return services.try_predict(
        step=first_step(ladder),
        data_key=person.data_key,
        prediction="They will think I'm cold.",
        predicted_distress=distress,
        confidence=80,
    )


def test_the_list_offers_every_template_with_its_why(alice_client):
    page = alice_client.get(BASE).content.decode()
    for template in selectors.templates():
        assert template["why"].replace("'", "&#x27;") in page
        assert f"?template={template['code']}" in page
    assert "No ladders yet" in page


def test_a_template_is_shown_first_and_started_by_one_tap(alice_client, alice):
    page = alice_client.get(f"{BASE}start/?template=anxious-independence").content.decode()
    assert "Start this ladder" in page and "evening alone on purpose" in page
    assert not Ladder.objects.exists()  # looking is not starting
    response = alice_client.post(f"{BASE}start/", {"template": "anxious-independence"})
    ladder = Ladder.objects.get()
    assert response["Location"] == ladder.get_absolute_url()
    texts = [s["text"] for s in selectors.steps_with_text(ladder=ladder, data_key=alice.data_key)]
    assert texts == selectors.template("anxious-independence")["steps"]
    assert b"evening alone" not in bytes(first_step(ladder).body)  # the copy is sealed
    page = alice_client.get(ladder.get_absolute_url()).content.decode()
    assert "Steady on my own" in page and "Try this step" in page


def test_an_unknown_template_is_a_404(alice_client):
    assert alice_client.get(f"{BASE}start/?template=nope").status_code == 404
    assert alice_client.post(f"{BASE}start/", {"template": "nope"}).status_code == 404
    assert not Ladder.objects.exists()


def test_an_own_ladder_keeps_its_steps_in_order(alice_client, alice):
    data = {"name": "Saying what I need", "step_1": "Tell Jo I liked the film", "step_3": "Ask Sam"}
    response = alice_client.post(f"{BASE}new/", data)
    ladder = Ladder.objects.get()
    assert response.status_code == 302 and ladder.template == ""
    assert selectors.ladder_name(ladder=ladder, data_key=alice.data_key) == "Saying what I need"
    texts = [s["text"] for s in selectors.steps_with_text(ladder=ladder, data_key=alice.data_key)]
    assert texts == ["Tell Jo I liked the film", "Ask Sam"]


def test_an_own_ladder_with_no_steps_names_the_field_and_keeps_the_name(alice_client):
    response = alice_client.post(f"{BASE}new/", {"name": "Kept name ☂"})
    page = response.content.decode()
    assert response.status_code == 422 and "Write at least one step." in page
    assert 'href="#id_step_1"' in page and 'value="Kept name ☂"' in page
    assert not Ladder.objects.exists()


def test_predict_then_record_then_see_the_evidence(alice_client, alice, ladder):
    step = first_step(ladder)
    url = f"{BASE}{ladder.pk}/steps/{step.pk}/try/"
    assert "What do you think will happen?" in alice_client.get(url).content.decode()
    response = alice_client.post(
        url, {"prediction": "They'll think I'm needy.", "predicted_distress": 70, "confidence": 60}
    )
    assert response.status_code == 302 and response["Location"] == ladder.get_absolute_url()
    attempt = Try.objects.get()
    assert attempt.recorded_at is None and b"hurt" not in bytes(attempt.body)
    page = alice_client.get(ladder.get_absolute_url()).content.decode()
    assert "Say what happened" in page and "expected 70 out of 100" in page
    outcome_url = f"{BASE}{ladder.pk}/tries/{attempt.pk}/"
    assert "They&#x27;ll think I&#x27;m needy." in alice_client.get(outcome_url).content.decode()
    response = alice_client.post(
        outcome_url,
        {
            "outcome": "They said fine.",
            "actual_distress": 30,
            "feared_outcome_happened": "no",
            "learned": "Waiting was okay.",
        },
    )
    assert response["Location"] == f"{BASE}{ladder.pk}/evidence/"
    attempt.refresh_from_db()
    assert (attempt.actual_distress, attempt.feared_outcome_happened) == (30, False)
    assert attempt.recorded_at is not None
    page = alice_client.get(response["Location"]).content.decode()
    assert "On your one try so far, you expected 70 and it was 30." in page
    assert "<svg" in page and "Waiting was okay." in page
    assert selectors.tries_waiting(user=alice.user) == 0


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ({"predicted_distress": 101}, "predicted_distress", "0 to 100"),
        ({"confidence": -1}, "confidence", "0 to 100"),
        ({"confidence": ""}, "confidence", "Say how sure you are"),
        ({"prediction": ""}, "prediction", "Write what you think will happen."),
        ({"prediction": "x" * 20_001}, "prediction", "20,000"),
    ],
)
def test_a_bad_prediction_names_the_field_keeps_the_words_and_saves_nothing(
    alice_client, ladder, data, field, words
):
    step = first_step(ladder)
    sent = {"prediction": "Kept words", "predicted_distress": 50, "confidence": 50, **data}
    response = alice_client.post(f"{BASE}{ladder.pk}/steps/{step.pk}/try/", sent)
    page = response.content.decode()
    assert response.status_code == 422 and words in page and f'href="#id_{field}"' in page
    if field != "prediction":
        assert "Kept words" in page
    assert not Try.objects.exists()


@pytest.mark.parametrize(
    ("data", "field", "words"),
    [
        ({"actual_distress": 150}, "actual_distress", "0 to 100"),
        ({"feared_outcome_happened": ""}, "feared_outcome_happened", "Say whether"),
        ({"feared_outcome_happened": "maybe"}, "feared_outcome_happened", "yes or no"),
        ({"outcome": ""}, "outcome", "Write a line about what happened."),
    ],
)
def test_a_bad_outcome_names_the_field_keeps_the_words_and_saves_nothing(
    alice_client, alice, ladder, data, field, words
):
    attempt = predict(alice, ladder)
    sent = {
        "outcome": "It went fine",
        "actual_distress": 20,
        "feared_outcome_happened": "no",
        "learned": "Kept lesson",
        **data,
    }
    response = alice_client.post(f"{BASE}{ladder.pk}/tries/{attempt.pk}/", sent)
    page = response.content.decode()
    assert response.status_code == 422 and words in page and f'href="#id_{field}"' in page
    assert "Kept lesson" in page
    attempt.refresh_from_db()
    assert attempt.recorded_at is None and attempt.actual_distress is None


def test_ready_to_climb_on_is_the_persons_call_and_moves_the_next_step(alice, alice_client, ladder):
    first, second = list(ladder.steps.order_by("order"))[:2]
    assert selectors.next_step(user=alice.user, data_key=alice.data_key)["step_id"] == first.pk
    for _ in range(3):  # good numbers alone never mark a step ready
        attempt = predict(alice, ladder, distress=90)
        services.try_record(
            attempt=attempt,
            data_key=alice.data_key,
            outcome="ok",
            actual_distress=5,
            feared_outcome_happened=False,
            learned="",
        )
    first.refresh_from_db()
    assert first.ready is False
    alice_client.post(f"{BASE}{ladder.pk}/steps/{first.pk}/ready/", {"ready": "yes"})
    first.refresh_from_db()
    assert first.ready and first.ready_at is not None
    found = selectors.next_step(user=alice.user, data_key=alice.data_key)
    assert found["step_id"] == second.pk and found["ladder_name"] == "Steady on my own"
    assert found["url"] == f"{BASE}{ladder.pk}/steps/{second.pk}/try/"
    alice_client.post(f"{BASE}{ladder.pk}/steps/{first.pk}/ready/", {"ready": "no"})
    first.refresh_from_db()
    assert not first.ready and first.ready_at is None


def test_change_words_add_and_remove_steps_but_keep_steps_with_tries(alice_client, alice, ladder):
    steps = list(ladder.steps.order_by("order"))
    predict(alice, ladder)
    data = {"name": "My own words", "new_1": "A brand new last step"}
    data |= {f"step_{s.pk}": f"Step words {i}" for i, s in enumerate(steps)}
    data[f"step_{steps[1].pk}"] = ""  # no tries: removed
    response = alice_client.post(f"{BASE}{ladder.pk}/edit/", data)
    assert response.status_code == 302
    texts = [s["text"] for s in selectors.steps_with_text(ladder=ladder, data_key=alice.data_key)]
    assert texts[0] == "Step words 0" and "Step words 1" not in texts
    assert texts[-1] == "A brand new last step" and len(texts) == len(steps)
    assert [s.order for s in selectors.steps_of(ladder=ladder)] == list(range(1, len(steps) + 1))
    data[f"step_{steps[0].pk}"] = ""  # has a try: refused
    response = alice_client.post(f"{BASE}{ladder.pk}/edit/", data)
    assert response.status_code == 422 and "This step has tries" in response.content.decode()
    assert Try.objects.count() == 1


def test_put_away_and_bring_back(alice_client, alice, ladder):
    alice_client.post(f"{BASE}{ladder.pk}/archive/", {"archived": "yes"})
    assert list(selectors.ladders_active(user=alice.user)) == []
    assert selectors.next_step(user=alice.user, data_key=alice.data_key) is None
    assert "Put away (1)" in alice_client.get(BASE).content.decode()
    alice_client.post(f"{BASE}{ladder.pk}/archive/", {"archived": "no"})
    assert list(selectors.ladders_active(user=alice.user)) == [ladder]


def test_delete_asks_first_then_deletes_the_steps_and_tries(alice_client, alice, ladder):
    predict(alice, ladder)
    page = alice_client.get(f"{BASE}{ladder.pk}/delete/").content.decode()
    assert "Delete “Steady on my own”?" in page and Ladder.objects.exists()
    response = alice_client.post(f"{BASE}{ladder.pk}/delete/")
    assert response["Location"] == BASE
    assert not Ladder.objects.exists() and not Step.objects.exists() and not Try.objects.exists()


def test_an_urgent_prediction_is_saved_and_opens_support(alice_client, ladder):
    step = first_step(ladder)
    response = alice_client.post(
        f"{BASE}{ladder.pk}/steps/{step.pk}/try/",
        {"prediction": "I want to end my life", "predicted_distress": 90, "confidence": 90},
    )
    assert Try.objects.count() == 1
    assert response.status_code == 302 and response["Location"] != ladder.get_absolute_url()


def test_words_are_escaped(alice_client, alice):
    alice_client.post(f"{BASE}new/", {"name": "<script>x()</script>", "step_1": "<b>bold</b>"})
    ladder = Ladder.objects.get()
    page = alice_client.get(ladder.get_absolute_url()).content.decode()
    assert "<script>x()" not in page and "&lt;b&gt;bold" in page


def test_a_stranger_gets_404_everywhere(charlie, alice, ladder, client):
    from people import log_in

    attempt = predict(alice, ladder)
    step = attempt.step
    log_in(client, charlie)
    gets = ["", "edit/", "delete/", "evidence/", f"steps/{step.pk}/try/", f"tries/{attempt.pk}/"]
    for tail in gets:
        assert client.get(f"{BASE}{ladder.pk}/{tail}").status_code == 404, tail
    posts = ["archive/", "delete/", f"steps/{step.pk}/ready/", f"steps/{step.pk}/try/"]
    for tail in posts:
        assert client.post(f"{BASE}{ladder.pk}/{tail}", {"ready": "yes"}).status_code == 404
    assert Ladder.objects.filter(pk=ladder.pk, archived=False).exists()
    assert Try.objects.count() == 1


def test_a_try_of_another_ladder_is_404_under_this_one(alice_client, alice, ladder):
    other = services.ladder_start(user=alice.user, data_key=alice.data_key, code="fearful-gentle")
    attempt = predict(alice, ladder)
    assert alice_client.get(f"{BASE}{other.pk}/tries/{attempt.pk}/").status_code == 404
    step = first_step(ladder)
    assert alice_client.get(f"{BASE}{other.pk}/steps/{step.pk}/try/").status_code == 404


def test_wrong_methods_and_logged_out(alice_client, client, ladder):
    assert alice_client.post(BASE).status_code == 405
    assert alice_client.get(f"{BASE}{ladder.pk}/archive/").status_code == 405
    assert alice_client.post(f"{BASE}{ladder.pk}/evidence/").status_code == 405
    response = client.get(f"{BASE}{ladder.pk}/")
    assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_csrf_is_enforced(alice_client, ladder):
    alice_client.handler.enforce_csrf_checks = True
    assert alice_client.post(f"{BASE}new/", {"name": "x", "step_1": "y"}).status_code == 403
    assert alice_client.post(f"{BASE}{ladder.pk}/delete/").status_code == 403
    assert Ladder.objects.count() == 1
