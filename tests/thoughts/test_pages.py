"""The guided record in the browser's forms: one step per screen, stop and resume, the record
and review pages, core beliefs, owner checks, CSRF, bad input, XSS and the crisis screen."""

import re

import pytest

from innerbase.journal.models import Entry
from innerbase.thoughts import selectors, services
from innerbase.thoughts.models import BeliefRating, CoreBelief, ThoughtRecord

pytestmark = pytest.mark.django_db

THOUGHT = "He hasn't replied in six hours, so he's losing interest."


def start(client, **extra) -> ThoughtRecord:
    response = client.post("/thoughts/new/", extra)
    assert response.status_code == 302, response.content[:400]
    assert response["Location"].endswith("/step/situation/")
    return ThoughtRecord.objects.latest("created_at")


def step(client, record, key, data=None, go="next"):
    return client.post(f"/thoughts/{record.pk}/step/{key}/", {**(data or {}), "go": go})


def fill_first_four(client, record):
    step(client, record, "situation", {"situation": "Saturday, texted Sam, no answer."})
    step(client, record, "automatic-thought", {"automatic_thought": THOUGHT})
    step(
        client,
        record,
        "emotions",
        {"emotion_1": "anxious", "before_1": 80, "emotion_2": "rejected", "before_2": 60},
    )
    step(client, record, "distortions", {"distortions": ["mind-reading", "silence-as-rejection"]})


def test_a_full_record_step_by_step_with_progress_and_why(alice_client, alice):
    record = start(alice_client)
    page = alice_client.get(f"/thoughts/{record.pk}/step/situation/").content.decode()
    assert "Step 1 of 9" in page and "steady ground" in page  # the why line
    assert "Stop here and finish later" in page
    fill_first_four(alice_client, record)
    page = alice_client.get(f"/thoughts/{record.pk}/step/distortions/").content.decode()
    assert "Thinking traps" in page and "Attachment traps" in page
    assert "Reading silence as rejection" in page and 'value="silence-as-rejection" id' in page
    assert re.search(r'value="mind-reading"[^>]*checked', page)
    step(alice_client, record, "evidence-for", {"evidence_for": "He usually replies fast."})
    step(alice_client, record, "evidence-against", {"evidence_against": "He's at work."})
    page = alice_client.get(f"/thoughts/{record.pk}/step/balanced-thought/").content.decode()
    assert "What would I tell a friend who thought this?" in page  # helper questions
    step(alice_client, record, "balanced-thought", {"balanced_thought": "He's busy; I'll ask."})
    page = alice_client.get(f"/thoughts/{record.pk}/step/re-rate/").content.decode()
    assert "Before: 80 out of 100" in page and "Before: 60 out of 100" in page
    step(alice_client, record, "re-rate", {"after_anxious": 30, "after_rejected": 40})
    response = step(
        alice_client, record, "core-belief", {"belief": "starter:people-leave", "rating": 70}
    )
    assert response["Location"] == f"/thoughts/{record.pk}/"
    record.refresh_from_db()
    assert record.complete and record.completed_at
    assert (record.before_mean, record.after_mean, record.drop) == (70.0, 35.0, 35.0)
    assert record.distortions == ["mind-reading", "silence-as-rejection"]
    assert record.core_belief.rating == 70
    body = selectors.body_of(record=record, data_key=alice.data_key)
    assert body["emotions"] == [
        {"name": "anxious", "before": 80, "after": 30},
        {"name": "rejected", "before": 60, "after": 40},
    ]
    assert THOUGHT.encode() not in bytes(record.body)  # sealed
    page = alice_client.get(f"/thoughts/{record.pk}/").content.decode()
    assert "eased by 50" in page and "eased by 35" in page and "People always leave" in page


def test_stop_at_step_five_and_resume_there_from_the_list(alice_client, alice):
    record = start(alice_client)
    fill_first_four(alice_client, record)
    response = step(alice_client, record, "evidence-for", {"evidence_for": ""}, go="later")
    assert response["Location"] == "/thoughts/"
    listing = alice_client.get("/thoughts/").content.decode()
    assert "Saved. You can finish this record any time" in listing
    assert "not finished yet" in listing
    assert f'href="/thoughts/{record.pk}/step/evidence-for/"' in listing
    # typed text is kept even when stopping; that step then counts as answered
    step(alice_client, record, "evidence-for", {"evidence_for": "He read it."}, go="later")
    record.refresh_from_db()
    assert selectors.resume_step(record=record) == "evidence-against"


def test_back_keeps_what_was_typed_and_goes_one_step_back(alice_client, alice):
    record = start(alice_client)
    response = step(alice_client, record, "situation", {"situation": "At the café"}, go="back")
    assert response["Location"].endswith("/step/situation/")
    response = step(alice_client, record, "automatic-thought", {"automatic_thought": "x"}, "back")
    assert response["Location"].endswith("/step/situation/")
    assert (
        selectors.body_of(record=ThoughtRecord.objects.get(), data_key=alice.data_key)[
            "automatic_thought"
        ]
        == "x"
    )


def test_bad_emotion_input_is_explained_kept_and_changes_nothing(alice_client, alice):
    record = start(alice_client)
    fill_first_four(alice_client, record)
    before = bytes(ThoughtRecord.objects.get().body)
    response = step(
        alice_client,
        record,
        "emotions",
        {
            "emotion_1": "anxious",
            "before_1": 140,
            "emotion_2": "not-a-feeling",
            "before_2": 10,
            "emotion_3": "anxious",
            "before_3": 20,
            "emotion_4": "sad",
            "before_4": "",
        },
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert "Give a number from 0 to 100." in page
    assert "Choose a feeling from the list." in page
    assert "already in the list above" in page
    assert "Say how strong this feeling was" in page
    assert 'value="140"' in page  # what was typed is still there
    assert bytes(ThoughtRecord.objects.get().body) == before


def test_unknown_trap_codes_and_overlong_text_are_refused(alice_client):
    record = start(alice_client)
    response = step(alice_client, record, "distortions", {"distortions": ["made-up"]})
    assert response.status_code == 422
    assert "Choose from the traps listed here." in response.content.decode()
    response = step(alice_client, record, "situation", {"situation": "x" * 20_001})
    assert response.status_code == 422 and "20,000 characters" in response.content.decode()
    record.refresh_from_db()
    assert record.distortions == [] and record.steps_done == []


def test_an_unknown_step_is_a_404(alice_client):
    record = start(alice_client)
    assert alice_client.get(f"/thoughts/{record.pk}/step/nope/").status_code == 404


def test_a_stranger_gets_404_everywhere_and_changes_nothing(alice_client, alice, charlie):
    record = start(alice_client)
    step(alice_client, record, "automatic-thought", {"automatic_thought": THOUGHT})
    belief = services.belief_add(
        user=alice.user, data_key=alice.data_key, text="I'm too much", rating=80
    )
    from django.test import Client

    from people import log_in

    stranger = log_in(Client(), charlie)
    for url in (
        f"/thoughts/{record.pk}/",
        f"/thoughts/{record.pk}/step/situation/",
        f"/thoughts/{record.pk}/delete/",
        f"/thoughts/beliefs/{belief.pk}/",
    ):
        assert stranger.get(url).status_code == 404, url
    assert (
        stranger.post(
            f"/thoughts/{record.pk}/step/situation/", {"situation": "mine now", "go": "next"}
        ).status_code
        == 404
    )
    assert stranger.post(f"/thoughts/{record.pk}/delete/").status_code == 404
    assert stranger.post(f"/thoughts/beliefs/{belief.pk}/", {"rating": 1}).status_code == 404
    assert stranger.post(f"/thoughts/beliefs/{belief.pk}/delete/").status_code == 404
    assert THOUGHT not in stranger.get("/thoughts/").content.decode()
    assert "thought-item" not in stranger.post("/thoughts/search/", {"q": "six"}).content.decode()
    assert ThoughtRecord.objects.filter(pk=record.pk).exists()
    belief.refresh_from_db()
    assert belief.rating == 80
    assert (
        selectors.body_of(record=ThoughtRecord.objects.get(), data_key=alice.data_key)["situation"]
        == ""
    )


def test_starting_from_a_journal_entry_links_both_ways(alice_client, alice, charlie):
    entry = Entry.objects.create(owner=alice.user)
    others = Entry.objects.create(owner=charlie.user)
    page = alice_client.get(f"/thoughts/new/?entry={entry.pk}").content.decode()
    assert "This record will link to" in page
    assert alice_client.get(f"/thoughts/new/?entry={others.pk}").status_code == 404
    assert alice_client.get("/thoughts/new/?entry=not-a-uuid").status_code == 404
    assert alice_client.post("/thoughts/new/", {"entry": others.pk}).status_code == 404
    record = start(alice_client, entry=entry.pk)
    assert record.entry == entry
    page = alice_client.get(f"/thoughts/{record.pk}/").content.decode()
    assert f'href="{entry.get_absolute_url()}"' in page
    # and the entry's page lists the record (through the registry, not the thoughts models)
    entry_page = alice_client.get(entry.get_absolute_url()).content.decode()
    assert f'href="{record.get_absolute_url()}"' in entry_page
    assert "Thought record, " in entry_page


def test_an_urgent_sentence_opens_the_support_screen_after_saving(alice_client, alice):
    record = start(alice_client)
    response = step(
        alice_client, record, "automatic-thought", {"automatic_thought": "I want to end my life"}
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/help/support/?back=")
    assert "step%2Femotions" in response["Location"]
    body = selectors.body_of(record=ThoughtRecord.objects.get(), data_key=alice.data_key)
    assert body["automatic_thought"] == "I want to end my life"  # the save is never undone
    response = alice_client.post(
        "/thoughts/beliefs/", {"text": "I want to end my life", "rating": 50}
    )
    assert response["Location"].startswith("/help/support/?back=")


def test_words_are_shown_inert_not_as_markup(alice_client):
    record = start(alice_client)
    payload = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    step(alice_client, record, "automatic-thought", {"automatic_thought": payload})
    for url in (f"/thoughts/{record.pk}/", "/thoughts/", f"/thoughts/{record.pk}/step/re-rate/"):
        page = alice_client.get(url).content.decode()
        assert "<script>alert" not in page and "<img src=x" not in page, url
        assert "&lt;script&gt;" in page, url


def test_csrf_is_required_to_save(alice_client):
    record = start(alice_client)
    alice_client.handler.enforce_csrf_checks = True
    response = step(alice_client, record, "situation", {"situation": "x"})
    assert response.status_code == 403
    assert alice_client.post("/thoughts/new/").status_code == 403
    assert alice_client.post("/thoughts/beliefs/", {"text": "x", "rating": 5}).status_code == 403
    assert alice_client.post("/thoughts/search/", {"q": "x"}).status_code == 403


def test_wrong_methods_and_logging_in(client, alice_client):
    record = start(alice_client)
    assert alice_client.put(f"/thoughts/{record.pk}/").status_code == 405
    assert alice_client.post("/thoughts/").status_code == 405
    assert alice_client.get(f"/thoughts/beliefs/{record.pk}/delete/").status_code == 405
    assert client.get("/thoughts/").status_code == 302
    assert client.get(f"/thoughts/{record.pk}/step/situation/").status_code == 302


def test_review_lists_newest_first_searches_and_shows_patterns(alice_client, alice):
    key = alice.data_key
    for number, thought in enumerate(["Nobody texts me back", "I ruin everything", "Café ☕"]):
        services.record_create(
            user=alice.user,
            data_key=key,
            data={
                "automatic_thought": thought,
                "emotions": [{"name": "lonely", "before": 80, "after": 40 + number * 10}],
                "distortions": ["silence-as-rejection", "labelling"][: number + 1],
            },
        )
    page = alice_client.get("/thoughts/").content.decode()
    assert page.index("Café ☕") < page.index("I ruin everything") < page.index("Nobody texts")
    assert "eased by 40" in page and "eased by 20" in page
    assert "The traps you spot most" in page and "attachment trap" in page
    patterns = page[page.index("Patterns") :]
    assert patterns.index("Reading silence as rejection") < patterns.index("Labelling")

    def search(query):
        return alice_client.post("/thoughts/search/", {"q": query}).content.decode()

    found = search("RUIN")
    assert "I ruin everything" in found and "Nobody texts" not in found
    assert "1 record matching" in found
    assert "Café" in search("café")
    assert "Nobody texts" in search("lonely")
    assert "No records match" in search("zebra")


def test_the_review_paginates(alice_client, alice):
    for number in range(25):
        services.record_create(
            user=alice.user, data_key=alice.data_key, data={"automatic_thought": f"t{number:02}"}
        )
    page = alice_client.get("/thoughts/").content.decode()
    assert "Page 1 of 2" in page and "t24" in page and "t04" not in page
    assert "t04" in alice_client.get("/thoughts/?page=2").content.decode()


def test_core_beliefs_add_rate_chart_and_linked_records(alice_client, alice):
    page = alice_client.get("/thoughts/beliefs/").content.decode()
    assert "People always leave me in the end." in page
    response = alice_client.post("/thoughts/beliefs/", {"starter": "people-leave", "rating": 85})
    belief = CoreBelief.objects.get()
    assert response["Location"] == f"/thoughts/beliefs/{belief.pk}/"
    assert b"People always" not in bytes(belief.body)
    # the starter is no longer offered to add again
    assert 'value="people-leave"' not in alice_client.get("/thoughts/beliefs/").content.decode()
    for rating in (70, 55):
        alice_client.post(f"/thoughts/beliefs/{belief.pk}/", {"rating": rating})
    assert list(BeliefRating.objects.order_by("rated_at").values_list("rating", flat=True)) == [
        85,
        70,
        55,
    ]
    services.record_create(
        user=alice.user,
        data_key=alice.data_key,
        data={"automatic_thought": "She'll go too", "core_belief": belief},
    )
    page = alice_client.get(f"/thoughts/beliefs/{belief.pk}/").content.decode()
    assert 'role="img"' in page and "55 on" in page
    assert "55 out of 100" in page and "She&#x27;ll go too" in page
    assert "Linked thought records (1)" in page


def test_belief_bad_input_is_explained_and_changes_nothing(alice_client, alice):
    response = alice_client.post("/thoughts/beliefs/", {"rating": 50})
    assert (
        response.status_code == 422 and "Pick a belief from the list" in response.content.decode()
    )
    response = alice_client.post("/thoughts/beliefs/", {"text": "Mine", "rating": 101})
    assert response.status_code == 422 and "from 0 to 100" in response.content.decode()
    assert "Mine" in response.content.decode()
    assert CoreBelief.objects.count() == 0
    belief = services.belief_add(
        user=alice.user, data_key=alice.data_key, text="I'm a burden", rating=60
    )
    response = alice_client.post(f"/thoughts/beliefs/{belief.pk}/", {"rating": -3})
    assert response.status_code == 422
    belief.refresh_from_db()
    assert belief.rating == 60 and belief.ratings.count() == 1


def test_deleting_a_record_and_a_belief(alice_client, alice):
    belief = services.belief_add(
        user=alice.user, data_key=alice.data_key, text="Needing is weak", rating=60
    )
    record = services.record_create(
        user=alice.user,
        data_key=alice.data_key,
        data={"automatic_thought": "t", "core_belief": belief},
    )
    alice_client.post(f"/thoughts/beliefs/{belief.pk}/delete/")
    record.refresh_from_db()
    assert record.core_belief is None and not CoreBelief.objects.exists()
    assert (
        "Delete this thought record?"
        in alice_client.get(f"/thoughts/{record.pk}/delete/").content.decode()
    )
    assert alice_client.post(f"/thoughts/{record.pk}/delete/")["Location"] == "/thoughts/"
    assert not ThoughtRecord.objects.exists()


def test_a_belief_can_be_reworded_on_its_page(alice_client, alice, charlie):
    from innerbase.thoughts import services as thought_services

    belief = thought_services.belief_add(
        user=alice.user, data_key=alice.data_key, text="I am too much", rating=70
    )
    url = f"/thoughts/beliefs/{belief.pk}/words/"
    empty = alice_client.post(url, {"text": ""})
    assert empty.status_code == 422 and "Write the belief" in empty.content.decode()
    assert selectors.belief_text(belief=belief, data_key=alice.data_key) == "I am too much"
    response = alice_client.post(url, {"text": "Sometimes I worry I am too much"})
    assert response.status_code == 302
    belief.refresh_from_db()
    assert (
        selectors.belief_text(belief=belief, data_key=alice.data_key)
        == "Sometimes I worry I am too much"
    )
    assert belief.rating == 70 and belief.ratings.count() == 1
    from django.test import Client

    from people import log_in

    stranger = log_in(Client(), charlie)
    assert stranger.post(url, {"text": "mine now"}).status_code == 404
    crisis = alice_client.post(url, {"text": "I want to end my life"})
    assert crisis["Location"].startswith("/help/support/")


def test_monthly_averages_use_the_persons_own_clock(alice):
    import datetime as dt
    import zoneinfo

    from django.utils import timezone

    from innerbase.thoughts import services as thought_services

    record = thought_services.record_create(
        user=alice.user,
        data_key=alice.data_key,
        data={
            "automatic_thought": "x",
            "emotions": [{"name": "lonely", "before": 80, "after": 40}],
        },
    )
    with timezone.override(zoneinfo.ZoneInfo("Asia/Tokyo")):
        record.created_at = dt.datetime(2026, 3, 31, 23, 30, tzinfo=dt.UTC)  # 08:30 on 1 April
        record.save(update_fields=["created_at"])
        record.refresh_from_db()
        assert record.month == "2026-04"
        months = selectors.patterns(user=alice.user)["months"]
    assert months == [{"month": "2026-04", "records": 1, "average_drop": 40.0}]
