"""The check-in and the support screen follow what was found: danger from someone else gets
its own question, lines and a way to leave quickly; every kind says plainly what Innerbase
cannot do, and the support screen offers hope and a message to someone trusted."""

import re

import pytest

from innerbase.safety.models import Pause

pytestmark = pytest.mark.django_db


def _found(monkeypatch, level: str, kinds: list[str]) -> None:
    """The detector finds `level`/`kinds` in whatever is saved (the UI is under test here)."""
    result = {"crisis": level != "none", "level": level, "kinds": kinds, "matched": [[0, 1]]}
    monkeypatch.setattr("innerbase.safety.detect.screen", lambda text: result)


def _save(client) -> str:
    response = client.post(
        "/help/pause/",
        {"urge": "own", "own_urge": "what I wrote", "wait_minutes": "10", "alternative": ""},
    )
    return response["Location"]


def _answers(html: str) -> list[str]:
    return re.findall(r'name="answer" value="([^"]+)"', html)


def test_danger_from_someone_else_asks_if_the_person_is_safe_where_they_are(
    alice_client, monkeypatch
):
    _found(monkeypatch, "check-in", ["danger-from-others"])
    back = _save(alice_client)
    page = alice_client.get(back).content.decode()
    assert "Are you safe where you are right now?" in page
    assert "ending your life" not in page
    assert _answers(page) == ["unsafe", "unsure", "safe", "not_now"]
    assert "No, I don&#x27;t feel safe" in page and "I&#x27;d rather not say" in page
    ref = f"safety.pause:{Pause.objects.get().pk}"
    answered = alice_client.post(
        "/help/check-in/",
        {"ref": ref, "answer": "unsafe", "back": back, "kind": "danger-from-others"},
    )
    assert answered["Location"].endswith("&kind=danger-from-others")
    assert answered["Location"].startswith("/help/support/?back=")


def test_the_suicide_question_says_what_the_answers_mean_and_what_innerbase_cannot_do(
    alice_client, monkeypatch
):
    _found(monkeypatch, "check-in", ["suicidal-ideation"])
    page = alice_client.get(_save(alice_client)).content.decode()
    assert "Are you having thoughts of ending your life?" in page
    assert "No, I&#x27;m not having those thoughts" in page
    assert "I&#x27;d rather not say" in page
    assert "No, I&#x27;m safe" not in page and "Not now" not in page
    assert "help is here" not in page.lower()
    assert "Innerbase can&#x27;t contact anyone for you" in page


def test_safe_or_rather_not_say_collapse_to_the_chip(alice_client, monkeypatch):
    _found(monkeypatch, "check-in", ["danger-from-others"])
    back = _save(alice_client)
    ref = f"safety.pause:{Pause.objects.get().pk}"
    for answer in ("safe", "not_now"):
        response = alice_client.post(
            "/help/check-in/",
            {"ref": ref, "answer": answer, "back": back, "kind": "danger-from-others"},
        )
        assert response["Location"] == back


def test_an_urgent_danger_goes_to_the_danger_support_screen(alice_client, monkeypatch):
    _found(monkeypatch, "urgent", ["suicidal-ideation", "danger-from-others"])
    location = _save(alice_client)
    assert location.endswith("&kind=danger-from-others")
    page = alice_client.get(location).content.decode()
    assert "Your safety comes first" in page
    assert "If someone else might see this phone" in page
    assert 'href="/help/leave/" data-quick-exit' in page
    # It never suggests getting in touch with the person they fear.
    assert "contact them" not in page.lower() and "talk to him" not in page.lower()
    lines = page.index("Talk to someone")
    assert lines < page.index("breathe"), "breathing is an invitation after the lines"


def test_each_kind_has_its_own_words_and_an_unknown_kind_gets_the_default(alice_client):
    pages = {
        kind: alice_client.get(f"/help/support/?back=/&kind={kind}").content.decode()
        for kind in ("suicidal-ideation", "self-harm", "harm-to-others", "danger-from-others")
    }
    ledes = {
        kind: re.search(r'<p class="lede">(.*?)</p>', html).group(1) for kind, html in pages.items()
    }
    assert len(set(ledes.values())) == 4
    assert "data-quick-exit" in pages["danger-from-others"]
    assert "data-quick-exit" not in pages["self-harm"]
    odd = alice_client.get("/help/support/?back=/&kind=<script>").content.decode()
    assert re.search(r'<p class="lede">(.*?)</p>', odd).group(1) == ledes["suicidal-ideation"]


def test_the_support_screen_offers_hope_and_a_message_to_someone_trusted(client):
    page = client.get("/help/support/?back=/").content.decode()
    assert "Moments like this pass" in page
    assert 'href="sms:?&amp;body=I%27m%20having%20a%20really%20hard%20time' in page
    assert "Innerbase sends nothing" in page
    danger = client.get("/help/support/?back=/&kind=danger-from-others").content.decode()
    assert "body=I%20don%27t%20feel%20safe%20right%20now" in danger


def test_help_now_can_be_left_quickly_for_a_page_with_nothing_of_innerbase(client):
    assert 'href="/help/leave/" data-quick-exit' in client.get("/help/").content.decode()
    response = client.get("/help/leave/")
    page = response.content.decode()
    assert response.status_code == 200 and "<title>Shopping list</title>" in page
    assert "innerbase" not in page.lower() and "help" not in page.lower()
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_the_danger_screen_leads_with_domestic_abuse_lines_for_the_persons_country(client):
    page = client.get("/help/support/?back=/&kind=danger-from-others&country=GB").content.decode()
    abuse, crisis = page.index("National Domestic Abuse Helpline"), page.index("Samaritans")
    assert abuse < crisis
    other = client.get("/help/support/?back=/&kind=suicidal-ideation&country=GB").content.decode()
    assert "National Domestic Abuse Helpline" not in other and "Samaritans" in other
