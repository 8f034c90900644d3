"""The workflows that write takes and the owner-scoped reads, called directly (the pages and
the API test them as a person uses them)."""

import datetime as dt

import pytest

from innerbase.assessments import instruments, selectors, services
from innerbase.assessments.models import Take

pytestmark = pytest.mark.django_db


def test_a_start_resumes_the_unfinished_take_for_the_same_person_only(alice, charlie):
    rs = instruments.load("ecr-rs")
    first = services.take_start(
        user=alice.user, data_key=alice.data_key, instrument=rs, target="partner"
    )
    again = services.take_start(
        user=alice.user, data_key=alice.data_key, instrument=rs, target="partner"
    )
    friend = services.take_start(
        user=alice.user, data_key=alice.data_key, instrument=rs, target="friend"
    )
    theirs = services.take_start(
        user=charlie.user, data_key=charlie.data_key, instrument=rs, target="partner"
    )
    assert again.pk == first.pk and len({first.pk, friend.pk, theirs.pk}) == 3
    found = selectors.take_in_progress(user=alice.user, code="ecr-rs", target="partner")
    assert found.pk == first.pk
    assert selectors.take_in_progress(user=alice.user, code="ecr-rs", target="mother") is None


def test_recording_keeps_earlier_answers_and_a_position_on_the_form(alice):
    gad = instruments.load("gad-7")
    take = services.take_start(user=alice.user, data_key=alice.data_key, instrument=gad)
    key = alice.data_key
    services.take_record(
        take=take, data_key=key, instrument=gad, answers={"gad-7-01": 2}, position=1
    )
    kept = services.take_record(
        take=take, data_key=key, instrument=gad, answers={"gad-7-02": 3}, position=99
    )
    take.refresh_from_db()
    assert kept == {"gad-7-01": 2, "gad-7-02": 3} == selectors.answers_of(take=take, data_key=key)
    assert take.position == len(gad.items) - 1
    assert not services.take_finish(take=take, data_key=key, instrument=gad)
    take.refresh_from_db()
    assert not take.complete and take.scores == {}


def test_a_whole_take_is_scored_and_keeps_its_closing_answer_apart(alice):
    gad = instruments.load("gad-7")
    take = services.take_create(
        user=alice.user,
        data_key=alice.data_key,
        instrument=gad,
        answers={item.key: 2 for item in gad.items},
        difficulty=1,
    )
    take.refresh_from_db()
    assert take.complete and take.scores == {"total": 14.0} and take.category == "moderate"
    assert selectors.extra_of(take=take, data_key=alice.data_key) == {"difficulty": 1}
    words = selectors.unscored_answer(instrument=gad, take=take, data_key=alice.data_key)
    assert words == "Somewhat difficult"
    services.take_difficulty_save(take=take, data_key=alice.data_key, difficulty=None)
    assert selectors.unscored_answer(instrument=gad, take=take, data_key=alice.data_key) == ""


def test_completed_takes_are_the_owners_oldest_first_and_previous_is_the_one_before(alice, charlie):
    rses = instruments.load("rses")

    def take_by(person, value):
        answers = {item.key: value for item in rses.items}
        return services.take_create(
            user=person.user, data_key=person.data_key, instrument=rses, answers=answers
        )

    first, second = take_by(alice, 1), take_by(alice, 2)
    take_by(charlie, 3)
    # a day apart, so the order never rests on two clock readings in the same microsecond
    first.completed_at -= dt.timedelta(days=1)
    first.save(update_fields=["completed_at"])
    mine = selectors.takes_completed(user=alice.user, code="rses")
    assert [t.pk for t in mine] == [first.pk, second.pk]
    assert selectors.take_latest_completed(user=alice.user, code="rses").pk == second.pk
    assert selectors.take_previous(user=alice.user, take=second).pk == first.pk
    assert selectors.take_previous(user=alice.user, take=first) is None
    assert selectors.latest_category(user=alice.user, code="rses") == second.category


def test_only_an_unfinished_take_can_be_thrown_away(alice):
    gad = instruments.load("gad-7")
    unfinished = services.take_start(user=alice.user, data_key=alice.data_key, instrument=gad)
    services.take_discard(take=unfinished)
    assert not Take.objects.filter(owner=alice.user).exists()
    done = services.take_create(
        user=alice.user,
        data_key=alice.data_key,
        instrument=gad,
        answers={item.key: 0 for item in gad.items},
    )
    with pytest.raises(services.TakeFinished):
        services.take_discard(take=done)
    assert Take.objects.filter(pk=done.pk).exists()


def test_a_switched_off_questionnaire_is_not_available_nor_offered_to_carry_on(alice, settings):
    gad = instruments.load("gad-7")
    take = services.take_start(user=alice.user, data_key=alice.data_key, instrument=gad)
    assert selectors.take_to_carry_on(user=alice.user).pk == take.pk
    settings.ASSESSMENTS_OFF = ["gad-7"]
    assert "gad-7" not in selectors.enabled_codes()
    with pytest.raises(selectors.NotAvailable):
        selectors.instrument_for("gad-7")
    assert selectors.take_to_carry_on(user=alice.user) is None
    offered = [row["instrument"].code for row in selectors.questionnaire_rows(user=alice.user)]
    assert "gad-7" not in offered
