"""People with real vaults, made the way sign-up makes them, and logged in like a browser."""

import datetime as dt
from dataclasses import dataclass

from django.test import Client

from innerbase.accounts.services import account_create

PASSPHRASE = "quiet harbour lantern morning"


@dataclass
class Person:
    username: str
    passphrase: str
    recovery_key: str
    user: object
    data_key: bytes


def make_person(username: str, passphrase: str = PASSPHRASE) -> Person:
    """Create an account through the same service sign-up uses."""
    user, data_key, recovery_key = account_create(username=username, passphrase=passphrase)
    return Person(username, passphrase, recovery_key, user, data_key)


def log_in(client: Client, person: Person) -> Client:
    """Log in through the real login view, so the vault cookie is set as in a browser."""
    response = client.post(
        "/account/login/", {"username": person.username, "passphrase": person.passphrase}
    )
    assert response.status_code == 302, response.content[:500]
    return client


def write_in_every_app(person: Person, text: str) -> None:
    """Give the person at least one row in every model that holds their data, each made by the
    app's own services (so copies such as versions, tags and the search index exist too)."""
    from innerbase.api.services import token_create
    from innerbase.assessments import selectors as assessment_selectors
    from innerbase.assessments import services as assessments
    from innerbase.boundaries import services as boundaries
    from innerbase.checkins import services as checkins
    from innerbase.conversations import services as conversations
    from innerbase.experiments import services as experiments
    from innerbase.journal import services as journal
    from innerbase.learn import services as learn
    from innerbase.patterns import services as patterns
    from innerbase.people import services as people
    from innerbase.practice import services as practice
    from innerbase.safety import services as safety
    from innerbase.safety.models import CheckInAsked, CheckInDue
    from innerbase.thoughts import services as thoughts
    from innerbase.toolkit import services as toolkit

    user, key = person.user, person.data_key
    safety.plan_save(user=user, data_key=key, sections={"reasons": text})
    safety.calm_checkout_save(user=user, tool="breathing", feeling=6)
    safety.pause_start(
        user=user, data_key=key, urge="own", own_urge=text, wait_minutes=10, alternative=""
    )
    CheckInAsked.objects.create(owner=user, ref_digest="0" * 64)
    due = CheckInDue(owner=user, ref_digest="1" * 64)
    due.seal_json(key, "details", {"ref": "journal.entry:x", "pages": ["/"], "kind": "self-harm"})
    due.save()
    ecr_r = assessment_selectors.instrument_for("ecr-r")
    answers = {item.key: 4 for item in ecr_r.items}
    assessments.take_create(user=user, data_key=key, instrument=ecr_r, answers=answers)
    space = journal.space_save(user=user, data_key=key, name=text)
    entry = journal.entry_create(
        user=user,
        data_key=key,
        body={"text": text, "triggers": [text], "helped": text},
        mood=3,
        space=space,
    )
    # the old text becomes a version
    journal.entry_update(entry=entry, data_key=key, body={"text": "edited"}, mood=4)
    journal.draft_save(user=user, data_key=key, draft_key="new:free", fields={"text": text})
    belief = thoughts.belief_add(user=user, data_key=key, text=text, rating=60)
    thoughts.record_create(
        user=user,
        data_key=key,
        data={"situation": text, "automatic_thought": text, "core_belief": belief, "entry": entry},
    )
    practice.plan_goals_save(user=user, goals=["let-people-help"])
    today = dt.date(2026, 11, 30)
    practice.practice_day_offered(user=user, day=today, part="secure-step")
    practice.intention_add(user=user, data_key=key, day=today, text=text)
    own = practice.affirmation_add(user=user, data_key=key, text=text)
    practice.pin_save(user=user, pinned=f"own:{own.pk}")
    practice.setback_create(
        user=user, data_key=key, kind="texted", answers={"trigger": text, "kind_line": text}
    )
    practice.no_contact_save(user=user, data_key=key, counting=True, reasons=text, today=today)
    ladder = experiments.ladder_create(user=user, data_key=key, name=text, steps=[text])
    attempt = experiments.try_predict(
        step=ladder.steps.get(), data_key=key, prediction=text, predicted_distress=70, confidence=60
    )
    experiments.try_record(
        attempt=attempt,
        data_key=key,
        outcome=text,
        actual_distress=30,
        feared_outcome_happened=False,
        learned=text,
    )
    use = toolkit.use_start(user=user, code="body-scan", before=7)
    toolkit.use_finish(use=use, after=4)
    someone = people.person_add(user=user, data_key=key, name=text, role="new", note=text)
    people.observation_add(
        person=someone, data_key=key, day=dt.date(2026, 11, 30), note=text, kept_promise=True
    )
    ex = people.person_add(user=user, data_key=key, name=text, role="ex", note=text)
    patterns.review_create(
        user=user,
        data_key=key,
        person=ex,
        title=text,
        themes=["fast-intensity"],
        own_themes=[text],
        answers={"drew": text},
    )
    reflection = patterns.reflection_start(user=user, data_key=key, before=5)
    patterns.step_save(row=reflection, data_key=key, key="upset", answer=text, done=True)
    boundary = boundaries.boundary_add(
        user=user,
        data_key=key,
        words={"boundary": text, "need": text, "say": text, "if_crossed": text},
        revisit_on=today,
        person=ex,
    )
    boundaries.log_add(
        boundary=boundary, data_key=key, outcome="kept", day=today, note=text, feelings=["calm"]
    )
    friend = people.person_add(user=user, data_key=key, name=text, role="ex", note=text)
    parts = {"feel": text, "when": text, "need": text, "ask": text}
    conversations.statement_save(user=user, data_key=key, parts=parts, person=friend)
    talk = conversations.talk_save(
        user=user, data_key=key, words={"want": text, "opening": text}, person=friend
    )
    conversations.talk_outcome_save(talk=talk, data_key=key, words={"how_it_went": text})
    learn.reading_place_save(user=user, code="what-attachment-is", place=3)
    learn.lesson_read(user=user, code="four-patterns")
    learn.path_choose(user=user, code="anxious")
    words = {"went_well": text, "win": text, "intention": text[:500]}
    checkins.checkin_save(
        user=user, data_key=key, week=today, signs={"curious": 3, "needs": "na"}, words=words
    )
    checkins.week_skip(user=user, weekday=today.weekday(), week=today)
    token_create(user=user, data_key=key)
    _import_a_file(user, key, text)


def _import_a_file(user, key: bytes, text: str) -> None:
    """An imported jrnl file (its fingerprint, its report) and one still in preview."""
    import json

    from innerbase.imports import services as imports

    entry = {"title": "Imported", "body": text, "date": "2025-01-04", "time": "21:00"}
    data = json.dumps({"tags": {}, "entries": [entry]}).encode()
    done = imports.preview_create(
        user=user, data_key=key, source="jrnl", data=data, time_zone="Europe/Berlin"
    )
    imports.preview_commit(preview=done, data_key=key)
    entry["time"] = "22:00"
    data = json.dumps({"tags": {}, "entries": [entry]}).encode()
    imports.preview_create(user=user, data_key=key, source="jrnl", data=data, time_zone="UTC")


def take_attachment(person: Person, *, anxious: bool, avoidant: bool, code="ecr-r", target=""):
    """A finished ECR-R (or ECR-RS about `target`) whose scores land in the region asked for,
    taken through the assessments service (reverse-keyed items answered the other way)."""
    from innerbase.assessments import selectors, services

    instrument = selectors.instrument_for(code)
    high = {"anxiety": anxious, "avoidance": avoidant}
    answers = {}
    for item in instrument.items:
        value = 6 if high[item.subscale] else 2
        if item.reverse:
            value = instrument.scale_max + instrument.scale_min - value
        answers[item.key] = value
    return services.take_create(
        user=person.user,
        data_key=person.data_key,
        instrument=instrument,
        answers=answers,
        target=target,
    )
