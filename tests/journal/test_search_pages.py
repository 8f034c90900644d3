"""Searching the journal never puts the person's words in a URL: the form posts, the results
come back in the answer itself, and further pages post the search again."""

import datetime as dt

import pytest
from django.test import Client

from innerbase.journal import services
from page_urls import assert_no_url_holds, search_forms

pytestmark = pytest.mark.django_db

WORDS = "lighthouse"
TRIGGER = "their old street"


def write(alice, count: int, text: str, **fields) -> None:
    start = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)
    for number in range(count):
        services.entry_create(
            user=alice.user,
            data_key=alice.data_key,
            body={"text": f"{text} {number:02}", **fields},
            mood=5,
            occurred_at=start + dt.timedelta(hours=number),
        )


def test_the_search_form_posts_and_its_results_hold_no_words_in_any_url(alice_client, alice):
    write(alice, 3, f"The {WORDS} walk", triggers=[TRIGGER])
    write(alice, 2, "An ordinary day")
    (form,) = search_forms(alice_client.get("/journal/").content.decode())
    assert 'method="post"' in form and 'action="/journal/search/"' in form
    response = alice_client.post("/journal/search/", {"q": WORDS, "trigger": TRIGGER})
    assert response.status_code == 200 and not response.has_header("Location")
    page = response.content.decode()
    assert page.count('class="entry-item"') == 3 and "An ordinary day" not in page
    (form,) = search_forms(page)
    assert 'method="post"' in form and "csrfmiddlewaretoken" in page
    assert_no_url_holds(page, WORDS, TRIGGER)


def test_more_results_post_the_search_again_with_its_words_hidden(alice_client, alice):
    write(alice, 25, f"The {WORDS} walk", triggers=[TRIGGER])
    write(alice, 3, "An ordinary day")
    first = alice_client.post("/journal/search/", {"q": WORDS, "trigger": TRIGGER}).content
    first = first.decode()
    assert first.count('class="entry-item"') == 20 and "Page 1 of 2" in first
    assert f'<input type="hidden" name="q" value="{WORDS}">' in first
    assert f'<input type="hidden" name="trigger" value="{TRIGGER}">' in first
    assert '<button type="submit" name="page" value="2"' in first
    assert_no_url_holds(first, WORDS, TRIGGER)
    second = alice_client.post(
        "/journal/search/", {"q": WORDS, "trigger": TRIGGER, "page": "2"}
    ).content.decode()
    assert second.count('class="entry-item"') == 5 and "Page 2 of 2" in second
    assert f"{WORDS} walk 00" in second and "An ordinary day" not in second
    assert_no_url_holds(second, WORDS, TRIGGER)


def test_words_in_a_url_are_ignored_and_never_shown(alice_client, alice):
    write(alice, 1, "A quiet morning")
    page = alice_client.get(f"/journal/?q={WORDS}&trigger=street").content.decode()
    assert WORDS not in page and "street" not in page
    assert "A quiet morning" in page and "Your entries" in page  # the plain list
    assert alice_client.get("/journal/search/")["Location"] == "/journal/"


def test_filter_links_by_fixed_choices_keep_their_query_across_pages(alice_client, alice):
    write(alice, 22, "Guided", emotions=[{"name": "calm", "intensity": 40}])
    page = alice_client.get("/journal/?emotion=calm").content.decode()
    assert 'href="?emotion=calm&amp;page=2"' in page


def test_bad_filters_are_answered_with_the_form_and_nothing_found(alice_client, alice):
    write(alice, 1, "A quiet morning")
    response = alice_client.post("/journal/search/", {"since": "2026-05-02", "until": "2026-05-01"})
    assert response.status_code == 422
    assert "The end date is before the start date." in response.content.decode()


def test_a_logged_out_search_goes_to_log_in_without_its_words():
    response = Client().post("/journal/search/", {"q": WORDS})
    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=/journal/search/"


def test_after_a_search_the_form_folds_and_the_results_come_first(alice_client, alice):
    write(alice, 2, f"The {WORDS} walk")
    page = alice_client.post("/journal/search/", {"q": WORDS}).content.decode()
    fold = page.split('class="card card--soft search-fold"')[1].split(">")[0]
    assert "open" not in fold  # folded: the results start on the first screen
    assert "Change the search" in page and "2 found" in page
    assert f'value="{WORDS}"' in page  # still there, one tap away, as typed
    bad = alice_client.post("/journal/search/", {"since": "2026-05-02", "until": "2026-05-01"})
    fold = bad.content.decode().split('class="card card--soft search-fold"')[1].split(">")[0]
    assert "open" in fold  # a problem is shown, not folded away
