"""What the practice app reads from ladders (experiments/selectors.py) and the services under
it: the templates, the active ladders, today's next step, tries waiting, the totals."""

import pytest

from innerbase.experiments import content, selectors, services

pytestmark = pytest.mark.django_db

FIXED = {"anxious-independence", "avoidant-vulnerability", "fearful-gentle"}


def test_the_templates_the_plan_names_exist_with_six_to_eight_steps_each():
    listed = selectors.templates()
    assert FIXED <= {t["code"] for t in listed}
    for t in listed:
        assert set(t) == {"code", "name", "patterns", "why"}
        assert set(t["patterns"]) <= set(content.PATTERNS) and t["patterns"]
        assert 6 <= len(selectors.template(t["code"])["steps"]) <= 8
    for pattern in ("anxious", "avoidant"):
        assert sum(pattern in t["patterns"] for t in listed) >= 2
    assert selectors.template("no-such-code") is None


def test_next_step_follows_the_ladder_used_last_and_its_lowest_step_not_ready(alice):
    user, key = alice.user, alice.data_key
    assert selectors.next_step(user=user, data_key=key) is None
    older = services.ladder_start(user=user, data_key=key, code="anxious-independence")
    newer = services.ladder_start(user=user, data_key=key, code="anxious-uncertainty")
    assert selectors.next_step(user=user, data_key=key)["ladder_id"] == newer.pk
    first = older.steps.get(order=1)
    services.try_predict(
        step=first, data_key=key, prediction="p", predicted_distress=60, confidence=50
    )
    found = selectors.next_step(user=user, data_key=key)
    assert found["ladder_id"] == older.pk and found["step_id"] == first.pk
    assert found["step_text"] == content.template("anxious-independence")["steps"][0]
    assert list(selectors.ladders_active(user=user)) == [older, newer]
    for step in older.steps.all():
        services.step_ready_set(step=step, ready=True)
    assert selectors.next_step(user=user, data_key=key) is None  # all ready: nothing offered


def test_tries_waiting_and_the_totals_across_ladders(alice, charlie):
    user, key = alice.user, alice.data_key
    one = services.ladder_start(user=user, data_key=key, code="avoidant-help")
    two = services.ladder_create(user=user, data_key=key, name="Own", steps=["a", "b"])
    tries = [
        services.try_predict(
            step=ladder.steps.get(order=1),
            data_key=key,
            prediction="p",
            predicted_distress=d,
            confidence=50,
        )
        for ladder, d in ((one, 80), (two, 60), (two, 40))
    ]
    assert selectors.tries_waiting(user=user) == 3
    for attempt, felt, feared in zip(tries[:2], (20, 40), (True, False), strict=True):
        services.try_record(
            attempt=attempt,
            data_key=key,
            outcome="o",
            actual_distress=felt,
            feared_outcome_happened=feared,
            learned="",
        )
    assert selectors.tries_waiting(user=user) == 1
    assert selectors.tries_waiting(user=charlie.user) == 0
    totals = selectors.evidence_totals(user=user)
    assert totals["summary"]["count"] == 2 and totals["summary"]["mean_predicted"] == 70
    assert (
        totals["sentence"]
        == "You expected 70 on average; it was 30. What you feared happened in 1 of 2 tries."
    )
    assert selectors.evidence_totals(user=charlie.user)["summary"]["count"] == 0


def test_recording_again_replaces_the_outcome_but_keeps_the_prediction_and_first_time(alice):
    key = alice.data_key
    ladder = services.ladder_start(user=alice.user, data_key=key, code="fearful-gentle")
    attempt = services.try_predict(
        step=ladder.steps.get(order=1),
        data_key=key,
        prediction="Mine",
        predicted_distress=50,
        confidence=50,
    )
    services.try_record(
        attempt=attempt,
        data_key=key,
        outcome="one",
        actual_distress=10,
        feared_outcome_happened=False,
        learned="a",
    )
    first_time = attempt.recorded_at
    services.try_record(
        attempt=attempt,
        data_key=key,
        outcome="two",
        actual_distress=20,
        feared_outcome_happened=True,
        learned="b",
    )
    attempt.refresh_from_db()
    assert selectors.try_words(attempt=attempt, data_key=key) == {
        "prediction": "Mine",
        "outcome": "two",
        "learned": "b",
    }
    assert attempt.recorded_at == first_time and attempt.actual_distress == 20
