"""The journal in forms: quick check-in, full entries in every mode, drafts, versions, search,
the calendar, the crisis screen on every save, owner checks and inert HTML."""

import datetime as dt

import pytest
from django.utils import timezone

from innerbase.journal import content, rules, selectors, services
from innerbase.journal.models import Draft, Entry, EntryVersion

pytestmark = pytest.mark.django_db


def full(**fields) -> dict:
    data = {
        "mode": "free",
        "text": "",
        "occurred_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "time_zone": "Europe/London",
    }
    data.update(fields)
    return data


def test_quick_check_in_saves_mood_energy_emotions_and_a_line(alice_client, alice):
    response = alice_client.post(
        "/journal/quick/",
        {
            "mood": "4",
            "energy": "6",
            "emotions": ["lonely", "hopeful"],
            "text": "long day",
            "next": "/",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/"
    entry = Entry.objects.get(owner=alice.user)
    assert (entry.mode, entry.mood, entry.energy) == ("quick", 4, 6)
    body = selectors.body_of(entry=entry, data_key=alice.data_key)
    assert body["text"] == "long day"
    assert body["emotions"] == [  # a quick check-in does not ask how strong
        {"name": "lonely", "intensity": None},
        {"name": "hopeful", "intensity": None},
    ]
    assert b"long day" not in bytes(entry.body)


def test_quick_check_in_problems_are_named_and_nothing_is_saved(alice_client):
    response = alice_client.post(
        "/journal/quick/",
        {"energy": "11", "emotions": ["lonely", "sad", "hurt", "numb", "angry", "hopeful"]},
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert "Choose how your mood is" in page and "Choose a number from 1 to 10." in page
    assert "Pick up to 5 emotions (you picked 6)." in page  # names the field and the fix
    assert 'href="#id_emotions"' in page and 'id="id_emotions"' in page
    assert 'value="lonely" checked' in page  # what was picked is kept
    # every choice is in sight, none folded away inside "More emotions"
    shown, folded = page.split('<details class="more-emotions">')
    folded = folded.split("</details>")[0]
    for name in ("lonely", "sad", "hurt", "numb", "angry", "hopeful"):
        assert f'value="{name}" checked' in shown
        assert f'value="{name}"' not in folded
    assert page.count("Quick check-in</h") == 1  # the page names it once
    assert Entry.objects.count() == 0


def test_the_today_page_offers_the_quick_check_in(alice_client):
    page = alice_client.get("/").content.decode()
    assert "Quick check-in" in page and 'action="/journal/quick/"' in page


def test_a_full_entry_with_emotions_triggers_and_urges(alice_client, alice):
    response = alice_client.post(
        "/journal/new/",
        full(
            text="I saw **their** car.",
            mood="3",
            emotions=["hurt", "longing"],
            **{"intensity-hurt": "80", "intensity-longing": "40"},
            triggers="their car, Sunday evening, their car",
            sensations="tight chest",
            urges=["text_them", "check_profile"],
            acted=["check_profile"],
            own_urge="drive past their flat",
            own_urge_acted="on",
            helped="A walk",
        ),
    )
    entry = Entry.objects.get(owner=alice.user)
    assert response.status_code == 302 and response["Location"] == f"/journal/{entry.pk}/"
    body = selectors.body_of(entry=entry, data_key=alice.data_key)
    assert body["emotions"] == [
        {"name": "hurt", "intensity": 80},
        {"name": "longing", "intensity": 40},
    ]
    assert body["triggers"] == ["their car", "Sunday evening"]
    assert {"name": "check_profile", "own": False, "acted": True} in body["urges"]
    assert {"name": "drive past their flat", "own": True, "acted": True} in body["urges"]
    page = alice_client.get(f"/journal/{entry.pk}/").content.decode()
    assert "<strong>their</strong>" in page and "Check their profile — acted on it" in page
    assert "Hurt" in page and "80/100" in page
    # the person's own tags come back as suggestions next time
    form = alice_client.get("/journal/new/").content.decode()
    assert 'data-tag="their car"' in form and 'data-tag="tight chest"' in form


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"text": "", "mood": ""}, "Write something, or choose a mood below."),
        ({"text": "x", "mood": "0"}, "Choose a number from 1 to 10."),
        ({"text": "x", "emotions": ["not-an-emotion"]}, "Pick emotions from the list."),
        (
            {"text": "x", "emotions": ["hurt"], "intensity-hurt": "140"},
            "an intensity from 0 to 100",
        ),
        ({"text": "x" * 100_001}, "under 100,000 characters"),
        ({"text": "x", "occurred_at": "2999-01-01T10:00"}, "That is in the future."),
        ({"text": "x", "occurred_at": "yesterday"}, "Enter a date and time"),
    ],
)
def test_bad_entries_are_refused_beside_the_field_keeping_the_text(alice_client, fields, message):
    response = alice_client.post("/journal/new/", full(**fields))
    assert response.status_code == 422
    page = response.content.decode()
    assert message in page
    if fields.get("text") == "x":
        assert "\nx</textarea>" in page
    assert Entry.objects.count() == 0


def test_gratitude_and_grief_modes(alice_client, alice):
    alice_client.post(
        "/journal/new/?mode=gratitude",
        full(mode="gratitude", good_1="Sun on the balcony", why_1="I went outside"),
    )
    alice_client.post(
        "/journal/new/?mode=grief",
        full(mode="grief", brought_it="Our song", strength="7", needed="A hug"),
    )
    gratitude, grief = Entry.objects.filter(owner=alice.user).order_by("created_at")
    assert selectors.body_of(entry=gratitude, data_key=alice.data_key)["gratitude"] == [
        {"good": "Sun on the balcony", "why": "I went outside"}
    ]
    assert selectors.body_of(entry=grief, data_key=alice.data_key)["grief"] == {
        "brought_it": "Our song",
        "strength": 7,
        "needed": "A hug",
    }
    page = alice_client.get(f"/journal/{grief.pk}/").content.decode()
    assert "Our song" in page and "7/10" in page
    empty = alice_client.post("/journal/new/?mode=gratitude", full(mode="gratitude"))
    assert empty.status_code == 422 and "at least one good thing" in empty.content.decode()


def test_backdating_uses_the_persons_time_zone(alice_client, alice):
    alice_client.post(
        "/journal/new/",
        full(text="earlier", occurred_at="2026-01-05T23:30", time_zone="Asia/Tokyo"),
    )
    entry = Entry.objects.get(owner=alice.user)
    assert entry.occurred_at == dt.datetime(2026, 1, 5, 14, 30, tzinfo=dt.UTC)
    alice.user.refresh_from_db()
    assert alice.user.time_zone == "Asia/Tokyo"
    assert "23:30" in alice_client.get(f"/journal/{entry.pk}/").content.decode()


def test_a_draft_is_kept_and_offered_back(alice_client, alice):
    response = alice_client.post(
        "/journal/draft/", {"draft_key": "new:free", "text": "half a thought", "emotions": ["hurt"]}
    )
    assert response.status_code == 204
    draft = Draft.objects.get(owner=alice.user)
    assert b"half a thought" not in bytes(draft.data)
    page = alice_client.get("/journal/new/").content.decode()
    assert "We kept what you were writing" in page and "half a thought</textarea>" in page
    alice_client.post("/journal/new/", full(text="a whole thought"))
    assert Draft.objects.count() == 0


def test_editing_keeps_versions_and_one_can_be_restored(alice_client, alice):
    alice_client.post("/journal/new/", full(text="first words", mood="5"))
    entry = Entry.objects.get(owner=alice.user)
    alice_client.post(f"/journal/{entry.pk}/edit/", full(text="second words", mood="6"))
    entry.refresh_from_db()
    assert (
        entry.version == 2
        and selectors.body_of(entry=entry, data_key=alice.data_key)["text"] == "second words"
    )
    versions = alice_client.get(f"/journal/{entry.pk}/versions/").content.decode()
    assert "first words" in versions and "Restore version 1" in versions
    alice_client.post(f"/journal/{entry.pk}/versions/1/restore/")
    entry.refresh_from_db()
    assert (
        selectors.body_of(entry=entry, data_key=alice.data_key)["text"] == "first words"
        and entry.mood == 5
    )
    assert sorted(EntryVersion.objects.filter(entry=entry).values_list("number", flat=True)) == [
        1,
        2,
    ]


def test_search_finds_words_and_tags_and_filters_combine(alice_client, alice):
    alice_client.post("/journal/new/", full(text="The lighthouse walk helped", triggers="weekend"))
    alice_client.post(
        "/journal/new/", full(text="Work was fine", triggers="Office", emotions=["calm"])
    )

    def search(**fields):
        return alice_client.post("/journal/search/", fields).content.decode()

    page = search(q="LIGHTHOUSE")
    assert "The lighthouse walk helped" in page and "Work was fine" not in page
    page = search(trigger="office")
    assert "Work was fine" in page and "lighthouse" not in page
    assert "lighthouse" in search(q="weekend")  # tags are searched too
    assert "Work was fine" in search(emotion="calm")
    # a fixed choice may still be linked to (the calendar and the journals page do)
    assert "lighthouse" not in alice_client.get("/journal/?emotion=calm").content.decode()
    assert "Nothing matches" in search(q="lighthouse", emotion="calm")


def test_calendar_and_gentle_consistency(alice_client):
    alice_client.post("/journal/quick/", {"mood": "8"})
    alice_client.post("/journal/quick/", {"mood": "6"})
    page = alice_client.get("/journal/").content.decode()
    assert "You checked in on 1 day this month." in page
    calendar = alice_client.get("/journal/calendar/").content.decode()
    assert "mood--high" in calendar and ">7<" in calendar  # (8 + 6) / 2
    assert "streak" not in page.lower() and "streak" not in calendar.lower()


def test_every_save_goes_through_the_crisis_screen(alice_client):
    response = alice_client.post("/journal/new/", full(text="I want to end my life tonight"))
    assert response.status_code == 302 and response["Location"].startswith("/help/support/")
    quick = alice_client.post("/journal/quick/", {"mood": "2", "text": "I want to kill myself"})
    assert quick["Location"].startswith("/help/support/")
    assert Entry.objects.count() == 2  # the screen never blocks a save


def test_html_and_script_in_entries_render_inert(alice_client, alice):
    payload = "<script>alert(1)</script><img src=x onerror=alert(2)> [x](javascript:alert(3))"
    alice_client.post("/journal/new/", full(text=payload, triggers='<b onmouseover="x">t</b>'))
    entry = Entry.objects.get(owner=alice.user)
    page = alice_client.get(f"/journal/{entry.pk}/").content.decode()
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert 'href="javascript:' not in page and "<b onmouseover" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    listing = alice_client.get("/journal/").content.decode()
    assert "<script>alert(1)" not in listing and "<b onmouseover" not in listing


def test_another_persons_entry_is_a_404(client, alice, charlie):
    from people import log_in

    entry = services.entry_create(
        user=alice.user, data_key=alice.data_key, body={"text": "mine"}, mood=5
    )
    log_in(client, charlie)
    for path in ("", "edit/", "versions/", "delete/"):
        assert client.get(f"/journal/{entry.pk}/{path}").status_code == 404
    assert client.post(f"/journal/{entry.pk}/delete/").status_code == 404
    assert client.post(f"/journal/{entry.pk}/edit/", full(text="taken over")).status_code == 404
    assert (
        client.post("/journal/draft/", {"draft_key": f"entry:{entry.pk}", "text": "x"}).status_code
        == 404
    )
    assert "entry-item" not in client.post("/journal/search/", {"q": "mine"}).content.decode()
    assert Entry.objects.filter(pk=entry.pk).exists()


def test_csrf_is_required(alice_client):
    alice_client.handler.enforce_csrf_checks = True
    assert alice_client.post("/journal/quick/", {"mood": "5"}).status_code == 403
    assert alice_client.post("/journal/draft/", {"draft_key": "new:free"}).status_code == 403
    assert alice_client.post("/journal/search/", {"q": "anything"}).status_code == 403


def test_delete_removes_the_entry_and_its_versions(alice_client, alice):
    alice_client.post("/journal/new/", full(text="one"))
    entry = Entry.objects.get(owner=alice.user)
    alice_client.post(f"/journal/{entry.pk}/edit/", full(text="two"))
    alice_client.post(f"/journal/{entry.pk}/delete/")
    assert Entry.objects.count() == 0 and EntryVersion.objects.count() == 0


def test_give_me_a_prompt_fits_the_latest_ecr_r_and_avoids_recent_ones(alice_client, alice):
    from innerbase.assessments import instruments
    from innerbase.assessments import services as assessment_services

    ecr = instruments.load("ecr-r")
    answers = {item.key: (6 if item.subscale == "avoidance" else 2) for item in ecr.items}
    answers = {k: (8 - v if ecr.item(k).reverse else v) for k, v in answers.items()}
    assessment_services.take_create(
        user=alice.user, data_key=alice.data_key, instrument=ecr, answers=answers
    )
    from innerbase.journal import content

    seen = set()
    for _ in range(15):
        location = alice_client.get("/journal/prompt/")["Location"]
        prompt_id = location.split("prompt=")[1]
        prompt = content.prompts_by_id()[prompt_id]
        assert "avoidant" in prompt["patterns"] or "any" in prompt["patterns"]
        assert prompt["stage"] != "self-distanced"  # the guard's own stage
        seen.add(prompt_id)
    page = alice_client.get(location).content.decode()
    assert prompt["text"].replace("'", "&#x27;") in page
    alice_client.post(location, full(mode="guided", prompt_id=prompt_id, text="answered"))
    assert Entry.objects.get(owner=alice.user).prompt_id == prompt_id


def test_the_search_index_follows_edits_moves_and_deletes_and_heals_itself(alice_client, alice):
    from innerbase.core.models import SearchChunk
    from innerbase.journal import search

    alice_client.post("/journal/new/", full(text="apricot jam", occurred_at="2026-03-10T10:00"))
    entry = Entry.objects.get(owner=alice.user)
    assert search.find(alice.user, alice.data_key, q="apricot") == [str(entry.pk)]
    chunk = SearchChunk.objects.get(owner=alice.user, scope="journal")
    assert chunk.month == "2026-03" and b"apricot" not in bytes(chunk.data)
    # an edit that moves the entry to another month moves its line
    alice_client.post(
        f"/journal/{entry.pk}/edit/", full(text="plum jam", occurred_at="2026-05-02T10:00")
    )
    assert search.find(alice.user, alice.data_key, q="apricot") == []
    assert search.find(alice.user, alice.data_key, q="plum") == [str(entry.pk)]
    assert list(SearchChunk.objects.values_list("scope", "month")) == [("journal", "2026-05")]
    # rows written behind the index's back are found after an automatic rebuild
    other = services.entry_create(
        user=alice.user, data_key=alice.data_key, body={"text": "quince"}, mood=4
    )
    SearchChunk.objects.filter(owner=alice.user).delete()
    assert set(search.find(alice.user, alice.data_key, q="jam")) == {str(entry.pk)}
    assert search.find(alice.user, alice.data_key, q="quince") == [str(other.pk)]
    alice_client.post(f"/journal/{entry.pk}/delete/")
    assert search.find(alice.user, alice.data_key, q="plum") == []
    assert search.in_step(alice.user)


def test_an_entry_can_start_a_thought_record_that_links_back(alice_client, alice):
    alice_client.post("/journal/new/", full(text="They left me on read again."))
    entry = Entry.objects.get(owner=alice.user)
    page = alice_client.get(f"/journal/{entry.pk}/").content.decode()
    assert f'href="/thoughts/new/?entry={entry.pk}"' in page
    started = alice_client.post("/thoughts/new/", {"entry": str(entry.pk)})
    assert started.status_code == 302
    from innerbase.thoughts.models import ThoughtRecord

    record = ThoughtRecord.objects.get(owner=alice.user)
    assert record.entry == entry
    record_page = alice_client.get(record.get_absolute_url()).content.decode()
    assert f'href="/journal/{entry.pk}/"' in record_page
    assert "Thought record," in alice_client.get(f"/journal/{entry.pk}/").content.decode()


def test_a_loop_of_the_same_trigger_offers_another_angle(alice_client, alice):
    for mood in ("4", "3", "3"):
        alice_client.post(
            "/journal/new/", full(text="again", triggers="their Instagram", mood=mood)
        )
    latest = Entry.objects.filter(owner=alice.user).order_by("-created_at").first()
    page = alice_client.get(f"/journal/{latest.pk}/").content.decode()
    assert "Something keeps coming back" in page
    assert "as if it were happening to a friend" in page and 'href="/help/calm/"' in page
    # no meaning-making for people who loop: it was their group that did worse (Sbarra 2013)
    assert "learning" not in page and "meaning-making" not in page
    form_page = alice_client.get("/journal/new/").content.decode()
    assert "The same things keep coming back" in form_page
    assert "learning" not in form_page and "meaning-making" not in form_page
    for _ in range(30):  # nor does "give me a prompt" offer it during the loop
        prompt_id = alice_client.get("/journal/prompt/")["Location"].split("prompt=")[1]
        assert content.prompts_by_id()[prompt_id]["stage"] != "meaning-making"
    # the offer is a link, never a gate: writing another entry still works
    assert alice_client.post("/journal/new/", full(text="still fine to write")).status_code == 302


def test_a_long_late_session_ends_with_a_settling_step(alice_client, alice):
    hour = timezone.now().astimezone(dt.UTC).hour
    offset = (1 - hour) % 24  # a zone where it is now about 01:00
    offset = offset - 24 if offset > 14 else offset
    zone = f"Etc/GMT{-offset:+d}" if offset else "Etc/GMT"
    opened = int(timezone.now().timestamp()) - 25 * 60
    response = alice_client.post(
        "/journal/new/",
        full(text="long night", time_zone=zone, opened_at=str(opened)),
    )
    page = alice_client.get(response["Location"]).content.decode()
    assert "Before you close: a minute to settle" in page
    again = alice_client.get(response["Location"]).content.decode()
    assert "a minute to settle" not in again  # shown once, after the save


def test_separate_journals_keep_writing_apart_and_removing_one_keeps_its_entries(
    alice_client, alice
):
    from innerbase.journal.models import Space

    response = alice_client.post("/journal/spaces/", {"name": "Therapy work"})
    assert response.status_code == 302
    space = Space.objects.get(owner=alice.user)
    assert b"Therapy" not in bytes(space.name)
    form = alice_client.get(f"/journal/new/?space={space.pk}").content.decode()
    assert "Which journal?" in form and "Therapy work" in form
    alice_client.post("/journal/new/", full(text="for my therapist", space=str(space.pk)))
    alice_client.post("/journal/new/", full(text="an ordinary day"))
    inside = alice_client.get(f"/journal/?space={space.pk}").content.decode()
    assert "for my therapist" in inside and "an ordinary day" not in inside
    main = alice_client.get("/journal/?space=main").content.decode()
    assert "an ordinary day" in main and "for my therapist" not in main
    assert (
        "in “Therapy work”"
        in alice_client.get(f"/journal/{Entry.objects.get(space=space).pk}/").content.decode()
    )
    alice_client.post(f"/journal/spaces/{space.pk}/", {"name": "Therapy"})
    assert "Therapy</a>" in alice_client.get("/journal/spaces/").content.decode()
    alice_client.post(f"/journal/spaces/{space.pk}/", {"delete": "1"})
    assert Entry.objects.filter(owner=alice.user).count() == 2
    assert "for my therapist" in alice_client.get("/journal/?space=main").content.decode()


def test_spaces_are_owner_checked_and_named(alice_client, alice, charlie):
    from innerbase.journal.models import Space

    theirs = services.space_save(user=charlie.user, data_key=charlie.data_key, name="Charlie's")
    assert alice_client.get(f"/journal/spaces/{theirs.pk}/").status_code == 404
    response = alice_client.post("/journal/new/", full(text="x", space=str(theirs.pk)))
    assert (
        response.status_code == 422 and "Choose one of your journals." in response.content.decode()
    )
    empty = alice_client.post("/journal/spaces/", {"name": ""})
    assert empty.status_code == 422 and "Give this journal a name." in empty.content.decode()
    assert Space.objects.filter(owner=alice.user).count() == 0


def test_a_draft_keeps_only_the_forms_own_fields(alice_client, alice):
    alice_client.post(
        "/journal/draft/",
        {"draft_key": "new:free", "text": "kept", "intensity-hurt": "70", "junk": "x" * 5000},
    )
    fields = selectors.draft_get(
        user=alice.user, data_key=alice.data_key, draft_key="new:free"
    ).fields
    assert fields == {"text": "kept", "intensity-hurt": "70"}


def test_a_journal_name_passes_the_crisis_screen(alice_client, api):
    response = alice_client.post("/journal/spaces/", {"name": "reasons I want to die"})
    assert response["Location"].startswith("/help/support/")
    body = api.post("/api/v1/journal/spaces", {"name": "I want to end my life"}).json()
    assert body["safety"]["crisis"] is True


# -- prompts that fit the hour and the mood -------------------------------------------------
def zone_at(hour: int) -> str:
    """A time zone where it is now about `hour` o'clock."""
    offset = (hour - timezone.now().astimezone(dt.UTC).hour) % 24
    offset = offset - 24 if offset > 14 else offset
    return f"Etc/GMT{-offset:+d}" if offset else "Etc/GMT"


def on_the_clock(person, hour: int) -> None:
    person.user.time_zone = zone_at(hour)
    person.user.save(update_fields=["time_zone"])


def prompts_given(client, times: int = 25, query: str = "") -> list[dict]:
    given = []
    for _ in range(times):
        location = client.get(f"/journal/prompt/{query}")["Location"]
        given.append(content.prompts_by_id()[location.split("prompt=")[1]])
    return given


def test_at_1_am_give_me_a_prompt_offers_only_gentle_ones(alice_client, alice):
    on_the_clock(alice, 1)
    for prompt in prompts_given(alice_client):
        assert prompt["stage"] in rules.GENTLE_STAGES and prompt["weight"] == "light"
    # a stage that looks back is set aside at night, too
    for prompt in prompts_given(alice_client, 10, "?stage=patterns"):
        assert prompt["stage"] in rules.GENTLE_STAGES


def test_after_a_mood_of_3_only_gentle_prompts_and_after_4_any(alice_client, alice):
    on_the_clock(alice, 13)
    alice_client.post("/journal/quick/", {"mood": "3", "time_zone": zone_at(13)})
    assert {p["stage"] for p in prompts_given(alice_client)} <= rules.GENTLE_STAGES
    alice_client.post("/journal/quick/", {"mood": "4", "time_zone": zone_at(13)})
    stages = {p["stage"] for p in prompts_given(alice_client, 40)}
    assert stages - rules.GENTLE_STAGES  # the latest mood is 4: every stage is open again


def test_heavy_emotions_just_named_bring_gentle_prompts(alice_client, alice):
    on_the_clock(alice, 13)
    alice_client.post(
        "/journal/quick/", {"mood": "6", "emotions": ["hopeless"], "time_zone": zone_at(13)}
    )
    assert {p["stage"] for p in prompts_given(alice_client)} <= rules.GENTLE_STAGES


def test_a_check_in_hours_ago_no_longer_sets_the_prompts(alice_client, alice):
    on_the_clock(alice, 13)
    services.entry_create(
        user=alice.user,
        data_key=alice.data_key,
        body={"emotions": [{"name": "hopeless", "intensity": None}]},
        mode="quick",
        mood=2,
        occurred_at=timezone.now() - dt.timedelta(hours=5),
    )
    stages = {p["stage"] for p in prompts_given(alice_client, 40)}
    assert stages - rules.GENTLE_STAGES


def test_a_prompt_that_looks_back_starts_with_grounding_and_can_be_skipped(alice_client, alice):
    on_the_clock(alice, 13)
    looking_back = next(p for p in content.prompts() if p["weight"] == "looking-back")
    page = alice_client.get(f"/journal/new/?prompt={looking_back['id']}").content.decode()
    assert "First, a moment to land" in page and "looks back at the relationship" in page
    assert "feet flat on the floor" in page and "three slow breaths" in page
    assert "one thing you can see" in page and 'href="/help/calm/"' in page
    assert page.index("First, a moment to land") < page.index("prompt__text")
    assert 'href="/journal/prompt/?lighter=1">Skip this prompt' in page
    childhood = next(p for p in content.prompts() if p["weight"] == "childhood")
    page = alice_client.get(f"/journal/new/?prompt={childhood['id']}").content.decode()
    assert "First, a moment to land" in page and "looks back at earlier years" in page
    light = next(p for p in content.prompts() if p["weight"] == "light")
    page = alice_client.get(f"/journal/new/?prompt={light['id']}").content.decode()
    assert "First, a moment to land" not in page and "Skip this prompt" not in page
    # skipping gives a lighter prompt, whatever the stage
    assert {p["weight"] for p in prompts_given(alice_client, 25, "?lighter=1")} == {"light"}


def test_every_prompt_that_looks_back_has_the_grounding_step_and_a_skip(alice_client, alice):
    """The rule as a test over every prompt that looks back at the relationship or at
    childhood, not just one of each: grounding first, then a way to skip it."""
    on_the_clock(alice, 13)
    looking_back = [p for p in content.prompts() if p["weight"] != "light"]
    assert len(looking_back) >= 15
    for prompt in looking_back:
        page = alice_client.get(f"/journal/new/?prompt={prompt['id']}").content.decode()
        assert page.index("First, a moment to land") < page.index("prompt__text"), prompt["id"]
        assert "Skip this prompt" in page, prompt["id"]
