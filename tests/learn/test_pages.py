"""Learn's pages: the index with the person's path (suggested by the ECR-R, or chosen), a
lesson with its care note, reflection, try-it and sources, the place kept and "I've read
this", the Today card at most once a day, the journal opened with a lesson's prompt, and the
guide to therapy by country. Another person's reading is never shown."""

import datetime as dt
import html

import pytest
from django.test import Client
from django.utils import timezone

from innerbase.journal.models import Entry
from innerbase.learn import content, selectors, services
from innerbase.learn.models import LessonReading, ReadingPath
from people import log_in, take_attachment

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return html.unescape(response.content.decode())


def test_pages_need_a_login(client):
    for url in ("/learn/", "/learn/first-weeks/", "/learn/therapy/"):
        response = client.get(url)
        assert response.status_code == 302 and "/account/login/" in response["Location"]


def test_the_index_starts_on_the_breakup_path_with_nothing_read(alice_client):
    page = text(alice_client.get("/learn/"))
    breakup = content.lessons_on("breakup")
    assert "Your path: The first weeks after a breakup" in page
    assert f"0 of {len(breakup)} read" in page and f"Read next: {breakup[0].title}" in page
    assert "A gentle place to start" in page
    assert all(lesson.title in page for lesson in content.lessons())


def test_an_anxious_ecr_r_suggests_the_anxious_path_and_a_choice_overrides_it(alice, alice_client):
    take_attachment(alice, anxious=True, avoidant=False)
    page = text(alice_client.get("/learn/"))
    assert "Your path: When you fear losing people" in page and "Suggested from your" in page
    response = alice_client.post("/learn/path/", {"path": "avoidant"})
    assert response.status_code == 302 and response["Location"] == "/learn/"
    page = text(alice_client.get("/learn/"))
    assert "Your path: When closeness feels like too much" in page and "You chose" in page


def test_choosing_a_path_refuses_what_is_not_one_and_needs_a_post_and_the_csrf_token(
    alice, alice_client
):
    assert alice_client.post("/learn/path/", {"path": "nowhere"}).status_code == 404
    assert alice_client.get("/learn/path/").status_code == 405
    alice_client.handler.enforce_csrf_checks = True
    assert alice_client.post("/learn/path/", {"path": "anxious"}).status_code == 403
    assert not ReadingPath.objects.filter(owner=alice.user).exists()


def test_a_lesson_shows_its_words_reflection_try_it_and_sources(alice_client):
    lesson = content.by_code()["what-attachment-is"]
    page = text(alice_client.get("/learn/what-attachment-is/"))
    assert lesson.title in page and lesson.why in page and f"About {lesson.minutes} minutes" in page
    assert "<h2>" in page and lesson.prompt in page and lesson.try_it.label in page
    assert "/journal/new/?mode=guided&prompt=lesson-what-attachment-is" in page
    assert all(source.text in page for source in lesson.sources)
    assert "Before you start" not in page  # no care note: it touches no grief or childhood
    assert alice_client.get("/learn/no-such-lesson/").status_code == 404


def test_a_lesson_about_loss_opens_with_a_care_note_and_the_calm_tools(alice_client):
    assert content.by_code()["grief-in-waves"].sensitive == "grief"
    page = text(alice_client.get("/learn/grief-in-waves/"))
    note = page.index("Before you start")
    assert note < page.index("data-lesson-body") and 'href="/help/calm/"' in page[note:]


def test_the_place_is_kept_and_the_lesson_opens_there(alice, alice_client):
    assert alice_client.post("/learn/four-patterns/place/", {"place": "7"}).status_code == 204
    assert LessonReading.objects.get(owner=alice.user, lesson="four-patterns").place == 7
    assert 'data-place="7"' in text(alice_client.get("/learn/four-patterns/"))


def test_a_bad_place_is_a_422_that_changes_nothing(alice, alice_client):
    services.reading_place_save(user=alice.user, code="four-patterns", place=4)
    response = alice_client.post("/learn/four-patterns/place/", {"place": "later"})
    assert response.status_code == 422 and b"place" in response.content
    assert LessonReading.objects.get(owner=alice.user).place == 4
    assert alice_client.post("/learn/nothing/place/", {"place": "1"}).status_code == 404
    assert alice_client.get("/learn/four-patterns/place/").status_code == 405


def test_ive_read_this_is_kept_once_and_shown(alice, alice_client):
    response = alice_client.post("/learn/what-attachment-is/read/")
    assert response.status_code == 302 and response["Location"].endswith("#after-reading")
    first = LessonReading.objects.get(owner=alice.user).read_at
    alice_client.post("/learn/what-attachment-is/read/")
    assert LessonReading.objects.get(owner=alice.user).read_at == first
    page = text(alice_client.get("/learn/what-attachment-is/"))
    assert "You read this lesson." in page and "I've read this" not in page
    assert 'data-place="0"' in page  # a lesson read opens at its top


def test_someone_elses_reading_is_not_yours(alice, charlie):
    services.lesson_read(user=alice.user, code="first-weeks")
    services.path_choose(user=alice.user, code="same-type")
    page = text(log_in(Client(), charlie).get("/learn/"))
    assert "Your path: The first weeks after a breakup" in page and "0 of" in page
    assert selectors.read_codes(user=charlie.user) == set()


def test_today_offers_the_next_lesson_once_a_day(alice, alice_client):
    first, second = content.lessons_on("breakup")[:2]
    assert first.title in text(alice_client.get("/"))
    services.lesson_read(user=alice.user, code=first.code)
    today = text(alice_client.get("/"))
    assert "A short read" not in today and second.title not in today
    yesterday = timezone.now() - dt.timedelta(days=1)
    LessonReading.objects.filter(owner=alice.user).update(read_at=yesterday)
    assert second.title in text(alice_client.get("/"))


def test_the_reflection_opens_the_journal_with_the_prompt_and_keeps_it(alice, alice_client):
    lesson = content.by_code()["grief-in-waves"]
    url = "/journal/new/?mode=guided&prompt=lesson-grief-in-waves"
    page = text(alice_client.get(url))
    assert lesson.prompt in page and "First, a moment to land" in page  # it looks back
    assert "Back to the lesson" in page
    response = alice_client.post(
        url,
        {
            "mode": "guided",
            "text": "Waves today.",
            "prompt_id": "lesson-grief-in-waves",
            "occurred_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
            "time_zone": "Europe/London",
        },
    )
    assert response.status_code == 302
    entry = Entry.objects.get(owner=alice.user)
    assert entry.prompt_id == "lesson-grief-in-waves"
    assert lesson.prompt in text(alice_client.get(entry.get_absolute_url()))


def test_the_therapy_guide_lists_a_countrys_directories(alice, alice_client):
    guide = content.therapy()
    page = text(alice_client.get("/learn/therapy/?country=GB"))
    assert guide["intro"] in page and "Finding a therapist: United Kingdom" in page
    for entry in content.countries()["GB"]["entries"]:
        assert entry["name"] in page and f'href="{entry["url"]}"' in page
    assert all(therapy["name"] in page for therapy in guide["therapies"])


def test_the_guide_starts_from_the_persons_country_and_says_when_it_lists_none(alice, alice_client):
    alice.user.country = "GB"
    alice.user.save(update_fields=["country"])
    assert "Finding a therapist: United Kingdom" in text(alice_client.get("/learn/therapy/"))
    page = text(alice_client.get("/learn/therapy/?country=ZZ"))
    assert "We don't list that country yet" in page
    assert content.therapy()["elsewhere"]["intro"] in page
