"""Searching thought records never puts the person's words in a URL: the form posts, the
results come back in the answer itself, and further pages post the search again."""

import pytest
from django.test import Client

from innerbase.thoughts import services
from page_urls import assert_no_url_holds, search_forms

pytestmark = pytest.mark.django_db

WORDS = "lighthouse"


def write(alice, count: int, thought: str) -> None:
    for number in range(count):
        services.record_create(
            user=alice.user,
            data_key=alice.data_key,
            data={"automatic_thought": f"{thought} {number:02}"},
        )


def test_the_search_form_posts_and_its_results_hold_no_words_in_any_url(alice_client, alice):
    write(alice, 2, f"The {WORDS} is dark tonight")
    write(alice, 1, "Nobody texts me back")
    (form,) = search_forms(alice_client.get("/thoughts/").content.decode())
    assert 'method="post"' in form and 'action="/thoughts/search/"' in form
    response = alice_client.post("/thoughts/search/", {"q": WORDS.upper()})
    assert response.status_code == 200 and not response.has_header("Location")
    page = response.content.decode()
    assert page.count('class="thought-item"') == 2 and "Nobody texts" not in page
    assert "2 records matching “LIGHTHOUSE”" in page
    (form,) = search_forms(page)
    assert 'method="post"' in form and "csrfmiddlewaretoken" in page
    assert_no_url_holds(page, WORDS)


def test_more_results_post_the_search_again_with_its_words_hidden(alice_client, alice):
    write(alice, 23, f"The {WORDS} again")
    write(alice, 2, "Nobody texts me back")
    first = alice_client.post("/thoughts/search/", {"q": WORDS}).content.decode()
    assert first.count('class="thought-item"') == 20 and "Page 1 of 2" in first
    assert f'<input type="hidden" name="q" value="{WORDS}">' in first
    assert '<button type="submit" name="page" value="2"' in first
    assert_no_url_holds(first, WORDS)
    second = alice_client.post("/thoughts/search/", {"q": WORDS, "page": "2"}).content.decode()
    assert second.count('class="thought-item"') == 3 and f"{WORDS} again 00" in second
    assert_no_url_holds(second, WORDS)


def test_words_in_a_url_are_ignored_and_an_empty_search_shows_everything(alice_client, alice):
    write(alice, 1, "A quiet morning")
    page = alice_client.get(f"/thoughts/?q={WORDS}").content.decode()
    assert WORDS not in page and "A quiet morning" in page and "Your records" in page
    assert alice_client.post("/thoughts/search/", {"q": "  "})["Location"] == "/thoughts/"
    assert alice_client.get("/thoughts/search/")["Location"] == "/thoughts/"


def test_a_logged_out_search_goes_to_log_in_without_its_words():
    response = Client().post("/thoughts/search/", {"q": WORDS})
    assert response.status_code == 302
    assert response["Location"] == "/account/login/?next=/thoughts/search/"
