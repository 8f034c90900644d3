"""What a stolen database, dump or disk holds: ciphertext and wrapped keys, never writing."""

import base64
import codecs
import datetime as dt
import json
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from innerbase.core.models import SearchChunk
from innerbase.vault import crypto, keyring
from innerbase.vault.crypto import VaultError
from innerbase.vault.models import KeySlot
from people import log_in, make_person
from vaultcheck.models import Note

SENTENCE = "Tonight I reread all of Jordan's old messages at 1 a.m. and felt unlovable."


def encodings(text: str) -> dict[str, bytes]:
    """The sentence as it could sit in a file: raw, escaped, or transformed by a careless dump."""
    raw = text.encode("utf-8")
    forms = {
        "utf-8": raw,
        "utf-16-le": text.encode("utf-16-le"),
        "utf-16-be": text.encode("utf-16-be"),
        "utf-32-le": text.encode("utf-32-le"),
        "latin-1": text.encode("latin-1", "ignore"),
        "hex-lower": raw.hex().encode(),
        "hex-upper": raw.hex().upper().encode(),
        "base64": base64.b64encode(raw),
        "base64-url": base64.urlsafe_b64encode(raw),
        "url-quoted": quote(text).encode(),
        "json-escaped": text.encode("unicode_escape"),
        "rot13": codecs.encode(text, "rot13").encode(),
    }
    # A distinctive fragment catches partial copies and other chunking.
    forms["fragment"] = b"reread all of Jordan"
    forms["fragment-hex"] = b"reread all of Jordan".hex().encode()
    return forms


def assert_absent(haystack: bytes, where: str) -> None:
    lowered = haystack.lower()
    for name, needle in encodings(SENTENCE).items():
        assert needle not in haystack and needle.lower() not in lowered, f"{name} found in {where}"


def write_note(person, text=SENTENCE) -> Note:
    note = Note(owner=person.user)
    note.seal_text(person.data_key, "text", text)
    note.save()
    return note


def write_everywhere(person) -> None:
    """The sentence through every capability that keeps writing, by its own services, so the
    copies they make (versions, drafts, tags, the search index) are covered too."""
    from innerbase.boundaries import services as boundaries
    from innerbase.checkins import services as checkins
    from innerbase.conversations import services as conversations
    from innerbase.experiments import services as experiments
    from innerbase.imports import services as imports
    from innerbase.journal import services as journal
    from innerbase.patterns import services as patterns
    from innerbase.people import services as people
    from innerbase.practice import services as practice
    from innerbase.safety import services as safety
    from innerbase.thoughts import services as thoughts

    user, key = person.user, person.data_key
    safety.plan_save(user=user, data_key=key, sections={"reasons": SENTENCE})
    safety.pause_start(
        user=user, data_key=key, urge="own", own_urge=SENTENCE, wait_minutes=10, alternative=""
    )
    entry = journal.entry_create(
        user=user,
        data_key=key,
        body={"text": SENTENCE, "triggers": [SENTENCE], "helped": SENTENCE},
        mood=3,
    )
    # the old text becomes a version
    journal.entry_update(entry=entry, data_key=key, body={"text": "edited"}, mood=4)
    journal.draft_save(user=user, data_key=key, draft_key="new:free", fields={"text": SENTENCE})
    journal.space_save(user=user, data_key=key, name=SENTENCE)
    thoughts.record_create(
        user=user, data_key=key, data={"situation": SENTENCE, "automatic_thought": SENTENCE}
    )
    thoughts.belief_add(user=user, data_key=key, text=SENTENCE, rating=60)
    patterns.review_create(
        user=user,
        data_key=key,
        title=SENTENCE,
        themes=["eggshells"],
        own_themes=[SENTENCE[:80]],
        answers={"drew": SENTENCE, "signs": SENTENCE},
    )
    reflection = patterns.reflection_start(user=user, data_key=key)
    patterns.step_save(row=reflection, data_key=key, key="learned", answer=SENTENCE, done=True)
    words = dict.fromkeys(("boundary", "need", "say", "if_crossed"), SENTENCE)
    boundary = boundaries.boundary_add(
        user=user, data_key=key, words=words, revisit_on=dt.date(2026, 12, 1)
    )
    boundaries.log_add(
        boundary=boundary, data_key=key, outcome="crossed", day=dt.date(2026, 11, 30), note=SENTENCE
    )
    checkin_words = {"went_well": SENTENCE, "win": SENTENCE, "intention": SENTENCE[:500]}
    checkins.checkin_save(
        user=user, data_key=key, week=dt.date(2026, 11, 30), signs={"trust": 2}, words=checkin_words
    )
    # the people list: a name is as private as an entry, and so is what is noted about them
    jordan = people.person_add(
        user=user, data_key=key, name=SENTENCE[:100], role="ex", note=SENTENCE
    )
    people.observation_add(person=jordan, data_key=key, day=dt.date(2026, 11, 30), note=SENTENCE)
    day = dt.date(2026, 11, 30)
    practice.intention_add(user=user, data_key=key, day=day, text=SENTENCE[:500])
    intention = practice.intention_add(user=user, data_key=key, day=day, code="say-one-need")
    practice.intention_done(intention=intention, data_key=key, note=SENTENCE)
    practice.affirmation_add(user=user, data_key=key, text=SENTENCE)
    practice.setback_create(
        user=user,
        data_key=key,
        kind="texted",
        answers=dict.fromkeys(("trigger", "kind_line"), SENTENCE),
    )
    practice.no_contact_save(user=user, data_key=key, counting=True, reasons=SENTENCE, today=day)
    ladder = experiments.ladder_create(user=user, data_key=key, name=SENTENCE, steps=[SENTENCE])
    attempt = experiments.try_predict(
        step=ladder.steps.get(),
        data_key=key,
        prediction=SENTENCE,
        predicted_distress=70,
        confidence=50,
    )
    experiments.try_record(
        attempt=attempt,
        data_key=key,
        outcome=SENTENCE,
        actual_distress=30,
        feared_outcome_happened=False,
        learned=SENTENCE,
    )
    parts = dict.fromkeys(conversations.STATEMENT_WORDS, SENTENCE)
    conversations.statement_save(user=user, data_key=key, parts=parts)
    plan = dict.fromkeys(conversations.PLAN_WORDS, SENTENCE)
    talk = conversations.talk_save(user=user, data_key=key, words=plan)
    outcome = dict.fromkeys(conversations.OUTCOME_WORDS, SENTENCE)
    conversations.talk_outcome_save(talk=talk, data_key=key, words=outcome)
    # a file waiting in its import preview holds the sentence too, sealed
    file = json.dumps({"entries": [{"title": SENTENCE, "date": "2025-01-04", "time": "21:00"}]})
    imports.preview_create(
        user=user, data_key=key, source="jrnl", data=file.encode(), time_zone="UTC"
    )
    indexed = SearchChunk.objects.filter(owner=user).values_list("scope", flat=True)
    assert set(indexed) == {"journal", "thoughts"}  # the sentence is in the search index too


@pytest.mark.django_db(transaction=True)
def test_the_sqlite_file_holds_no_plaintext():
    if connection.vendor != "sqlite":
        pytest.skip("this run uses PostgreSQL; the pg_dump test covers it")
    alice = make_person("alice")
    note = write_note(alice)
    write_everywhere(alice)
    assert Note.objects.get(pk=note.pk).open_text(alice.data_key, "text") == SENTENCE
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = Path(connection.settings_dict["NAME"])
    files = [path, *path.parent.glob(path.name + "-*")]
    data = b"".join(p.read_bytes() for p in files if p.exists())
    assert len(data) > 10_000
    assert_absent(data, str(path))
    assert alice.data_key not in data


@pytest.mark.django_db(transaction=True)
def test_a_postgresql_dump_holds_no_plaintext():
    if connection.vendor != "postgresql":
        pytest.skip("this run uses SQLite; the SQLite file test covers it")
    alice = make_person("alice")
    write_note(alice)
    write_everywhere(alice)
    db = connection.settings_dict
    env = {"PGPASSWORD": db["PASSWORD"] or "", "PATH": "/usr/bin:/bin:/usr/lib/postgresql/15/bin"}
    for fmt in ("plain", "custom"):
        dump = subprocess.run(
            [
                "pg_dump",
                f"--format={fmt}",
                "--host",
                db["HOST"] or "localhost",
                "--port",
                str(db["PORT"] or 5432),
                "--username",
                db["USER"] or "postgres",
                db["NAME"],
            ],
            capture_output=True,
            env=env,
            check=True,
            timeout=120,
        ).stdout
        assert b"vaultcheck_note" in dump and b"core_searchchunk" in dump  # tables are there
        assert_absent(dump, f"pg_dump --format={fmt}")
        assert alice.data_key not in dump


@pytest.mark.django_db
def test_a_ciphertext_copied_to_another_row_or_person_does_not_open():
    alice, charlie = make_person("alice"), make_person("charlie", "another long passphrase")
    first, second = write_note(alice), write_note(alice, "a different entry")
    theirs = write_note(charlie, "charlie's entry")
    assert first.open_text(alice.data_key, "text") == SENTENCE  # in its own row it opens
    second.text = theirs.text = first.text
    attempts = {
        "another row of the writer's, with the writer's key": (second, alice.data_key),
        "another person's row, with the writer's key": (theirs, alice.data_key),
        "another person's row, with that person's own key": (theirs, charlie.data_key),
    }
    opened = []
    for name, (row, key) in attempts.items():  # every attempt runs, even after one is refused
        try:
            row.open_text(key, "text")
        except VaultError:
            continue
        opened.append(name)
    assert opened == []


@pytest.mark.django_db
def test_without_a_live_session_or_token_nothing_the_server_keeps_opens_the_key():
    alice = make_person("alice")
    client = log_in(Client(), alice)
    assert KeySlot.objects.filter(user=alice.user, kind="session").count() == 1
    client.post("/account/logout/")
    slots = list(KeySlot.objects.filter(user=alice.user))
    assert sorted(s.kind for s in slots) == ["passphrase", "recovery"]
    # Everything the server holds at rest: its secret key and whatever sessions remain.
    from django.contrib.sessions.models import Session

    server_secrets = [settings.SECRET_KEY, *Session.objects.values_list("session_key", flat=True)]
    for slot in slots:
        for secret in server_secrets:
            for derive in (
                lambda s, sl=slot: crypto.derive_from_secret(
                    s.encode(), bytes(sl.salt), f"innerbase:{sl.kind}"
                ),
                lambda s: crypto.digest(s).encode()[:32],
            ):
                with pytest.raises(VaultError):
                    crypto.open_sealed(derive(secret), slot.wrapped_key, slot.context)
    with pytest.raises(VaultError):
        keyring.open_with_passphrase(user=alice.user, passphrase=settings.SECRET_KEY)
