"""The pattern pages: a review step by step (stop and resume, themes, the crisis screen), the
themes page, the caregivers reflection with its note and the ECR-RS links, owner checks,
bad input, CSRF, and the people list's delete page."""

import datetime as dt
import re

import pytest
from django.test import Client

from innerbase.patterns import selectors
from innerbase.patterns.models import CaregiverReflection, Review
from innerbase.people import services as people
from people import log_in, take_attachment

pytestmark = pytest.mark.django_db

BASE = "/people/patterns"
STOP_LINE = re.compile(r'<p class="stop-line small">[^<]*<a href="/help/calm/">')


def start(client, **data) -> Review:
    response = client.post(f"{BASE}/new/", data)
    assert response.status_code == 302, response.content[:400]
    assert response["Location"].endswith("/step/drew/")
    return Review.objects.latest("created_at")


def step(client, row, key, data=None, go="next", base=BASE):
    return client.post(f"{base}/{row.pk}/step/{key}/", {**(data or {}), "go": go})


def test_a_review_step_by_step_keeps_every_answer_sealed(alice_client, alice):
    ex = people.person_add(user=alice.user, data_key=alice.data_key, name="Sam", role="ex")
    review = start(alice_client, title="Sam, 2023", person=str(ex.pk), distress_before="4")
    assert review.person == ex
    response = step(alice_client, review, "drew", {"answer": "His laugh and his attention"})
    assert response["Location"].endswith("/step/early/")
    page = alice_client.get(f"{BASE}/{review.pk}/step/early/")
    assert b"Step 2 of 9" in page.content and b"Stop here and finish later" in page.content
    assert STOP_LINE.search(page.content.decode())  # calming one tap away, on every step
    for key in ("early", "conflict", "insecure", "ending", "after", "now", "signs"):
        step(alice_client, review, key, {"answer": f"About {key}"})
    response = step(
        alice_client,
        review,
        "themes",
        {
            "themes": ["fast-intensity", "eggshells"],
            "own_themes": "Lost my friends\n\n",
            "distress_after": "3",
        },
    )
    assert response["Location"] == review.get_absolute_url()
    review.refresh_from_db()
    assert review.themes == ["fast-intensity", "eggshells"]
    assert selectors.resume_step(row=review) is None
    body = selectors.body_of(row=review, data_key=alice.data_key)
    assert body["answers"]["drew"] == "His laugh and his attention"
    assert body["own_themes"] == ["Lost my friends"] and body["distress"] == {
        "before": 4,
        "after": 3,
    }
    assert b"laugh" not in bytes(review.body)
    shown = alice_client.get(review.get_absolute_url())
    assert b"His laugh" in shown.content and b"Fast intensity" in shown.content
    assert b"with Sam" in shown.content


def test_stop_here_and_finish_later_then_resume_from_the_list(alice_client):
    review = start(alice_client)
    response = step(alice_client, review, "drew", {"answer": "Kind eyes"}, go="later")
    assert response["Location"] == f"{BASE}/"
    listing = alice_client.get(f"{BASE}/")
    assert b"Carry on with this review" in listing.content
    assert f"{BASE}/{review.pk}/step/early/".encode() in listing.content


def test_an_unknown_theme_or_too_many_own_themes_changes_nothing(alice_client, alice):
    review = start(alice_client)
    response = step(alice_client, review, "themes", {"themes": ["not-a-theme"]})
    assert response.status_code == 422 and b"Pick themes from the list" in response.content
    response = step(alice_client, review, "themes", {"own_themes": "a\nb\nc\nd\ne\nf"})
    assert response.status_code == 422 and b"a\nb\nc\nd\ne\nf" in response.content
    review.refresh_from_db()
    assert review.themes == [] and "themes" not in review.steps_done


def test_the_themes_page_surfaces_what_recurs_with_its_reviews(alice_client):
    first = start(alice_client, title="Ana")
    step(
        alice_client,
        first,
        "themes",
        {"themes": ["fast-intensity", "left-first"], "own_themes": "Too Fast"},
    )
    second = start(alice_client, title="Bo")
    step(alice_client, second, "themes", {"themes": ["fast-intensity"], "own_themes": "too  fast"})
    third = start(alice_client, title="Cy")
    step(alice_client, third, "themes", {"themes": ["eggshells"]})
    page = alice_client.get(f"{BASE}/themes/").content.decode()
    assert "In 2 of 3 relationships you noted fast intensity early on." in page
    assert "In 2 of 3 relationships you noted “Too Fast”." in page
    assert "left first" not in page and "Walking on eggshells" not in page
    assert f'href="{first.get_absolute_url()}">Ana' in page and "Bo</a>" in page
    assert "What might slowing down in the first months give you?" in page


def test_the_themes_page_before_two_reviews_says_what_to_do(alice_client):
    assert b"once you have reviewed two" in alice_client.get(f"{BASE}/themes/").content


def test_a_review_s_words_pass_the_crisis_screen(alice_client):
    review = start(alice_client)
    response = step(alice_client, review, "after", {"answer": "I want to kill myself"})
    assert response.status_code == 302 and "/help/" in response["Location"]


def test_a_high_rating_at_the_end_offers_calming_on_the_review(alice_client):
    review = start(alice_client, distress_before="3")
    step(alice_client, review, "themes", {"distress_after": "8"})
    page = alice_client.get(review.get_absolute_url())
    assert b"calming-offer" in page.content


def test_another_person_s_review_and_reflection_are_404(alice_client, charlie):
    review = start(alice_client)
    alice_client.post(f"{BASE}/caregivers/", {})
    reflection = CaregiverReflection.objects.get()
    other = log_in(Client(), charlie)
    for path in (
        review.get_absolute_url(),
        f"{BASE}/{review.pk}/step/drew/",
        f"{BASE}/{review.pk}/delete/",
        reflection.get_absolute_url(),
        f"{BASE}/caregivers/{reflection.pk}/step/upset/",
    ):
        assert other.get(path).status_code == 404, path
    assert other.post(f"{BASE}/{review.pk}/delete/").status_code == 404
    assert Review.objects.count() == 1


def test_someone_else_s_person_is_refused_on_the_start_form(alice_client, charlie):
    theirs = people.person_add(user=charlie.user, data_key=charlie.data_key, name="X", role="ex")
    response = alice_client.post(f"{BASE}/new/", {"title": "Kept", "person": str(theirs.pk)})
    assert response.status_code == 422 and b"Kept" in response.content
    assert not Review.objects.exists()


def test_logged_out_wrong_method_and_csrf(client, alice_client):
    assert client.get(f"{BASE}/").status_code == 302
    assert client.get(f"{BASE}/themes/").status_code == 302
    assert alice_client.post(f"{BASE}/themes/").status_code == 405
    assert alice_client.put(f"{BASE}/new/").status_code == 405
    review = start(alice_client)
    alice_client.handler.enforce_csrf_checks = True
    assert step(alice_client, review, "drew", {"answer": "x"}).status_code == 403
    assert alice_client.post(f"{BASE}/new/").status_code == 403
    assert alice_client.post(f"{BASE}/caregivers/").status_code == 403
    assert Review.objects.count() == 1


def test_the_caregivers_note_comes_first_and_every_step_can_stop(alice_client, alice):
    page = alice_client.get(f"{BASE}/caregivers/").content.decode()
    assert page.index("can bring up a lot") < page.index("Begin gently")
    assert "can bring up a lot" in page and '<a href="/help/calm/">Calming tools</a>' in page
    response = alice_client.post(f"{BASE}/caregivers/", {"distress_before": "5"})
    reflection = CaregiverReflection.objects.get()
    assert response["Location"].endswith("/step/upset/")
    base = f"{BASE}/caregivers"
    shown = alice_client.get(f"{base}/{reflection.pk}/step/went-to/").content
    assert b"Stop here and finish later" in shown and STOP_LINE.search(shown.decode())
    response = step(
        alice_client, reflection, "upset", {"answer": "I hid in my room"}, go="later", base=base
    )
    assert response["Location"] == f"{base}/"
    reflection.refresh_from_db()
    assert (
        selectors.body_of(row=reflection, data_key=alice.data_key)["answers"]["upset"]
        == "I hid in my room"
    )
    assert b"I hid in my room" in alice_client.get(reflection.get_absolute_url()).content


def test_the_caregivers_pages_link_the_mother_and_father_results(alice_client, alice):
    assert b"Open the questionnaire" in alice_client.get(f"{BASE}/caregivers/").content
    take = take_attachment(alice, anxious=True, avoidant=False, code="ecr-rs", target="mother")
    page = alice_client.get(f"{BASE}/caregivers/").content.decode()
    assert f"/assessments/takes/{take.pk}/result/" in page and "Mother" in page
    assert "Father" not in page


def test_removing_a_person_lists_their_reviews_and_keeps_them_unlinked(alice_client, alice):
    ex = people.person_add(user=alice.user, data_key=alice.data_key, name="Sam", role="ex")
    review = start(alice_client, title="Private title", person=str(ex.pk))
    page = alice_client.get(f"/people/{ex.pk}/delete/").content.decode()
    assert "You wrote 1 thing linked to Sam" in page and "Private title" not in page
    rows = selectors.reviews_of_person(user=alice.user, pk=ex.pk)
    assert [row["url"] for row in rows] == [review.get_absolute_url()]
    assert rows[0]["label"].startswith("Pattern review, ")  # a date, never their words
    alice_client.post(f"/people/{ex.pk}/delete/", {"linked": "keep"})
    review.refresh_from_db()
    assert review.person is None
    body = selectors.body_of(row=review, data_key=alice.data_key)
    assert body["title"] == "Private title"


def test_removing_a_person_can_delete_their_reviews_too(alice_client, alice):
    ex = people.person_add(user=alice.user, data_key=alice.data_key, name="Sam", role="ex")
    start(alice_client, person=str(ex.pk))
    kept = start(alice_client)
    alice_client.post(f"/people/{ex.pk}/delete/", {"linked": "delete"})
    assert list(Review.objects.all()) == [kept]


def test_the_start_form_offers_past_partners_not_friends(alice_client, alice):
    people.person_add(user=alice.user, data_key=alice.data_key, name="Jordan", role="ex")
    people.person_add(user=alice.user, data_key=alice.data_key, name="Mum", role="parent")
    page = alice_client.get(f"{BASE}/new/").content.decode()
    assert ">Jordan</option>" in page and ">Mum</option>" not in page


def test_today_offers_a_recent_review_left_part_way_and_nothing_else(alice_client):
    card = "patterns/cards/carry_on.html"

    def cards():
        return [c["template"] for c in alice_client.get("/").context["cards"]]

    assert card not in cards()
    alice_client.post(f"{BASE}/caregivers/", {})  # the reflection is never pushed
    assert card not in cards()
    review = start(alice_client)
    step(alice_client, review, "drew", {"answer": "Kind eyes"})
    page = alice_client.get("/")
    assert card in cards() and f"{BASE}/{review.pk}/step/early/".encode() in page.content
    Review.objects.filter(pk=review.pk).update(updated_at=review.created_at - dt.timedelta(days=15))
    assert card not in cards()  # set aside for two weeks: no longer offered


def test_what_a_person_writes_is_shown_as_text_never_as_markup(alice_client):
    script = "<script>alert(1)</script>"
    for title in ("One", "Two"):
        review = start(alice_client, title=title)
        step(alice_client, review, "drew", {"answer": script})
        step(alice_client, review, "themes", {"own_themes": script})
    for path in (review.get_absolute_url(), f"{BASE}/themes/"):
        page = alice_client.get(path).content.decode()
        assert script not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page, path


def test_the_name_and_who_it_was_with_can_change_later(alice_client, alice, charlie):
    review = start(alice_client, title="First try")
    ex = people.person_add(user=alice.user, data_key=alice.data_key, name="Sam", role="ex")
    path = f"{BASE}/{review.pk}/details/"
    assert b'value="First try"' in alice_client.get(path).content
    response = alice_client.post(path, {"title": "Sam, 2023", "person": str(ex.pk)})
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.person == ex
    assert selectors.body_of(row=review, data_key=alice.data_key)["title"] == "Sam, 2023"
    theirs = people.person_add(user=charlie.user, data_key=charlie.data_key, name="X", role="ex")
    response = alice_client.post(path, {"title": "Kept typing", "person": str(theirs.pk)})
    assert response.status_code == 422 and b"Kept typing" in response.content
    review.refresh_from_db()
    assert review.person == ex
    assert log_in(Client(), charlie).get(path).status_code == 404
