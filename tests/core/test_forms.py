"""The shared form renderer's errors (GOV.UK's error summary): each problem once at the top,
naming its field and linking to it, the same words beside the field, never Django's bare
"This field is required."; and the live checks that let a page clear a stale error."""

import re

import pytest
from django import forms

from innerbase.core.forms import error_summary, field_errors

pytestmark = pytest.mark.django_db


class Everything(forms.Form):
    name = forms.CharField(label="Your name")
    colour = forms.ChoiceField(label="Favourite colour", choices=[("", "—"), ("b", "Blue")])
    mood = forms.ChoiceField(
        label="How are you?", choices=[("ok", "OK"), ("low", "Low")], widget=forms.RadioSelect
    )
    agree = forms.BooleanField(label="I agree")
    note = forms.CharField(label="Note", min_length=5, required=False)


def _summary_links(html: str) -> list[tuple[str, str]]:
    start = html.index("data-error-summary")
    summary = html[start : html.index("</div>", start)]
    return re.findall(r'<a href="#([^"]+)">([^<]+)</a>', summary)


def test_an_empty_form_names_each_field_once_and_links_to_it():
    form = Everything({})
    assert not form.is_valid()
    html = form.render()
    assert "This field is required" not in html
    assert _summary_links(html) == [
        ("id_name", "Fill in “Your name”."),
        ("id_colour", "Choose an answer for “Favourite colour”."),
        (
            "id_mood",
            "Choose an answer for “How are you?”.",
        ),  # the group; forms.js focuses its first radio
        ("id_agree", "Tick “I agree” to go on."),
    ]
    # the same words beside each field, after a hidden "Error:", described by its control
    for field_id, words in _summary_links(html):
        group = field_id
        inline = re.search(rf'<ul class="errorlist" id="{group}_error">(.*?)</ul>', html)
        assert inline and words in inline.group(1) and "Error: " in inline.group(1)
    assert 'aria-describedby="id_name_error"' in html
    assert re.search(r'<fieldset[^>]*aria-describedby="id_mood_error"', html)


def test_a_message_that_does_not_name_its_field_is_led_by_the_label_in_the_summary():
    form = Everything({"name": "Sam", "colour": "b", "mood": "ok", "agree": "on", "note": "hi"})
    assert not form.is_valid()
    [problem] = error_summary(form)
    assert problem["text"].startswith("Note: Ensure this value has at least 5 characters")
    assert problem["href"] == "#id_note"
    [inline] = field_errors(form["note"])
    assert inline["text"].startswith("Ensure this value")  # beside the field, the label is above
    assert inline["clears"] == "long-enough"


def test_a_problem_with_the_whole_form_links_to_its_first_field():
    form = Everything({"name": "Sam", "colour": "b", "mood": "ok", "agree": "on"})
    assert form.is_valid()
    form.add_error(None, "That didn't work. Try again.")
    assert error_summary(form) == [
        {"text": "That didn't work. Try again.", "href": "#id_name", "id": ""}
    ]


def test_only_checks_a_page_can_see_are_offered_live():
    form = Everything({"name": "", "colour": "nope", "mood": "ok", "agree": "on"})
    form.is_valid()
    assert [e["clears"] for e in field_errors(form["name"])] == ["filled"]
    assert [e["clears"] for e in field_errors(form["colour"])] == [""]  # only the server knows
    assert field_errors(form["name"])[0]["id"] == "id_name_error_1"


def test_sign_up_sent_empty_says_what_each_field_needs(client):
    html = client.post("/account/signup/", {}).content.decode()
    assert "This field is required" not in html
    assert [text for _, text in _summary_links(html)] == [
        "Choose a username.",
        "Choose a new passphrase.",
        "Type it again, so we know it&#x27;s the one you meant.",
        "Tick “I am 18 or older” to go on. Innerbase is for adults; if you are younger, "
        "the services below can help.",
    ]


def test_sign_up_errors_carry_their_live_checks(client):
    html = client.post(
        "/account/signup/",
        {"username": "maya", "new_passphrase": "short one", "adult": "on"},
    ).content.decode()
    assert re.search(r'<li id="id_new_passphrase_error_\d" data-clears="long-enough">', html)
    assert 'data-matches="new_passphrase"' in html
    html = client.post(
        "/account/signup/",
        {
            "username": "maya",
            "new_passphrase": "paper boats on a slow river",
            "new_passphrase_again": "paper boats on a slow lake",
            "adult": "on",
        },
    ).content.decode()
    assert re.search(r'<li id="id_new_passphrase_again_error_1" data-clears="matches">', html)
    assert "The two passphrases are different. Type it again." in html


def test_a_group_link_lands_on_an_element_the_page_has():
    form = Everything({})
    form.is_valid()
    html = form.render()
    for field_id, _ in _summary_links(html):
        assert f'id="{field_id}"' in html, field_id
