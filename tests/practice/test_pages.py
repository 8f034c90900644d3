"""Practice pages: the plan from a questionnaire and goals, today's one practice on Today,
intentions, affirmations pinned to Today, setback reviews and no contact; owner checks, bad
input and the crisis screen."""

import datetime as dt
import html as html_text
import re

import pytest
from django.utils import timezone

from innerbase.practice import content, selectors
from innerbase.practice.models import (
    Affirmation,
    Intention,
    NoContact,
    Plan,
    PracticeDay,
    Setback,
)
from people import take_attachment

pytestmark = pytest.mark.django_db

CRISIS = "I have chosen the day, it will be Saturday, and I have the pills ready."


def page(client, url) -> str:
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return html_text.unescape(response.content.decode())


def part_titles(pattern: str) -> list[str]:
    return [p["title"] for p in content.parts() if pattern in p["patterns"]]


# -- the plan ------------------------------------------------------------------------------
def test_an_anxious_ecr_r_builds_a_plan_of_the_anxious_parts_each_with_why(alice, alice_client):
    take_attachment(alice, anxious=True, avoidant=False)
    html = page(alice_client, "/practice/plan/")
    assert content.plan()["patterns"]["anxious"]["summary"] in html
    assert "Built from your attachment questionnaire (ECR-R)" in html
    plan = selectors.plan_now(user=alice.user, data_key=alice.data_key)
    assert plan["pattern"] == "anxious"
    for part in plan["parts"]:
        assert part["why"] in html
    avoidant_only = {p["title"] for p in content.parts() if p["patterns"] == ["avoidant"]}
    assert not avoidant_only & {p["title"] for p in plan["parts"]}


def test_without_a_questionnaire_the_plan_invites_one_and_still_offers_a_practice(alice_client):
    html = page(alice_client, "/practice/plan/")
    assert content.plan()["no_assessment"] in html
    assert "Today's one practice" in html


def test_goals_are_saved_and_add_their_parts_with_the_goal_named(alice, alice_client):
    take_attachment(alice, anxious=True, avoidant=False)
    response = alice_client.post("/practice/plan/", {"goals": ["say-what-i-need"]})
    assert response.status_code == 302
    assert Plan.objects.get(owner=alice.user).goals == ["say-what-i-need"]
    html = page(alice_client, "/practice/plan/")
    assert "For your goal: Say what I need" in html
    codes = [
        p["code"] for p in selectors.plan_now(user=alice.user, data_key=alice.data_key)["parts"]
    ]
    assert set(content.goals_by_code()["say-what-i-need"]["parts"]) <= set(codes)


def test_an_unknown_goal_is_refused_naming_the_field_and_nothing_changes(alice, alice_client):
    alice_client.post("/practice/plan/", {"goals": ["stop-checking"]})
    response = alice_client.post("/practice/plan/", {"goals": ["no-such-goal"]})
    assert response.status_code == 422
    assert "Select a valid choice" in html_text.unescape(response.content.decode())
    assert Plan.objects.get(owner=alice.user).goals == ["stop-checking"]


def test_a_new_questionnaire_changes_the_plan_and_the_plan_says_so(alice, alice_client):
    take_attachment(alice, anxious=True, avoidant=False)
    assert "Your plan changed" not in page(alice_client, "/practice/plan/")
    take_attachment(alice, anxious=False, avoidant=True)
    html = page(alice_client, "/practice/plan/")
    assert "Your plan changed to follow your latest questionnaire" in html
    assert content.plan()["patterns"]["avoidant"]["summary"] in html
    assert "Your plan changed" not in page(alice_client, "/practice/plan/")  # said once


def test_an_ecr_rs_about_a_partner_speaks_when_there_is_no_ecr_r(alice, alice_client):
    take_attachment(alice, anxious=False, avoidant=True, code="ecr-rs", target="partner")
    html = page(alice_client, "/practice/plan/")
    assert "Built from your answers about one relationship (ECR-RS)" in html
    assert selectors.plan_now(user=alice.user, data_key=alice.data_key)["pattern"] == "avoidant"


# -- today's one practice ------------------------------------------------------------------
def todays_line(client) -> str:
    html = page(client, "/")
    return next(p["today"] for p in content.parts() if p["today"] in html)


def test_today_shows_exactly_one_practice(alice, alice_client):
    take_attachment(alice, anxious=True, avoidant=False)
    html = page(alice_client, "/")
    shown = [p for p in content.parts() if p["today"] in html]
    assert len(shown) == 1
    assert "Today's practice" in html


def test_another_one_changes_the_practice_and_it_stays_for_the_day(alice, alice_client):
    take_attachment(alice, anxious=True, avoidant=False)
    first = todays_line(alice_client)
    response = alice_client.post("/practice/today/", {"action": "another", "next": "/"})
    assert response.status_code == 302 and response["Location"] == "/"
    second = todays_line(alice_client)
    assert second != first
    assert todays_line(alice_client) == second
    assert PracticeDay.objects.get(owner=alice.user).offset == 1


def test_not_today_says_so_kindly_with_no_guilt(alice, alice_client):
    take_attachment(alice, anxious=True, avoidant=False)
    line = todays_line(alice_client)
    response = alice_client.post("/practice/today/", {"action": "skip"}, follow=True)
    html = html_text.unescape(response.content.decode())
    assert content.hub()["skip_line"] in html
    assert line not in html
    assert PracticeDay.objects.get(owner=alice.user).status == "skipped"
    for word in ("streak", "missed", "failed"):
        assert word not in html.lower()


def test_done_is_noted(alice, alice_client):
    alice_client.post("/practice/today/", {"action": "done"})
    assert PracticeDay.objects.get(owner=alice.user).status == "done"
    assert "Done for today" in page(alice_client, "/")


def test_the_buttons_never_return_to_another_site(alice_client):
    response = alice_client.post(
        "/practice/today/", {"action": "done", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"


# -- intentions ----------------------------------------------------------------------------
def test_choose_a_library_intention_keep_it_with_a_note_and_see_the_months_count(
    alice, alice_client
):
    item = content.intentions()[0]
    response = alice_client.post("/practice/intentions/", {"code": item["code"]})
    assert response.status_code == 302
    intention = Intention.objects.get(owner=alice.user)
    assert intention.code == item["code"] and intention.day == timezone.localdate()
    html = page(alice_client, "/practice/intentions/")
    assert item["text"] in html and "I kept it" in html
    response = alice_client.post(
        f"/practice/intentions/{intention.pk}/done/",
        {f"{intention.pk}-note": "Said it at dinner. It went fine."},
    )
    assert response.status_code == 302
    intention.refresh_from_db()
    assert intention.done_at is not None
    assert b"Said it at dinner" not in intention.body  # sealed
    html = page(alice_client, "/practice/intentions/")
    assert "Said it at dinner. It went fine." in html
    assert content.hub()["intentions_kept"].format(count=1) in page(alice_client, "/practice/")


def test_an_own_intention_is_sealed_and_screened(alice, alice_client):
    response = alice_client.post("/practice/intentions/", {"text": CRISIS})
    assert response.status_code == 302 and "/help/" in response["Location"]
    intention = Intention.objects.get(owner=alice.user)
    assert b"Saturday" not in intention.body
    assert selectors.intention_text(intention=intention, data_key=alice.data_key)["text"] == CRISIS


def test_an_intention_needs_a_choice_or_own_words_and_keeps_what_was_typed(alice, alice_client):
    response = alice_client.post("/practice/intentions/", {"code": "", "text": ""})
    assert response.status_code == 422
    assert "Choose an intention, or write your own below." in html_text.unescape(
        response.content.decode()
    )
    item = content.intentions()[0]
    response = alice_client.post(
        "/practice/intentions/", {"code": item["code"], "text": "Ask Jo for a lift"}
    )
    assert response.status_code == 422
    html = html_text.unescape(response.content.decode())
    assert "not both" in html and 'value="Ask Jo for a lift"' in html
    assert not Intention.objects.filter(owner=alice.user).exists()


def test_kept_counts_only_this_month_and_only_kept_ones(alice):
    from innerbase.practice import services

    today = dt.date(2026, 12, 15)
    last_month = services.intention_add(
        user=alice.user, data_key=alice.data_key, day=dt.date(2026, 11, 30), code="say-one-need"
    )
    services.intention_done(intention=last_month, data_key=alice.data_key, note="")
    kept = services.intention_add(
        user=alice.user, data_key=alice.data_key, day=dt.date(2026, 12, 1), code="say-one-need"
    )
    services.intention_done(intention=kept, data_key=alice.data_key, note="")
    services.intention_add(user=alice.user, data_key=alice.data_key, day=today, text="open")
    assert selectors.intentions_kept_in_month(user=alice.user, today=today) == 1


def test_another_persons_intention_is_a_404(alice, charlie, alice_client):
    from innerbase.practice import services

    theirs = services.intention_add(
        user=charlie.user, data_key=charlie.data_key, day=dt.date(2026, 12, 1), text="mine"
    )
    assert alice_client.post(f"/practice/intentions/{theirs.pk}/done/").status_code == 404
    assert alice_client.post(f"/practice/intentions/{theirs.pk}/delete/").status_code == 404
    assert Intention.objects.filter(pk=theirs.pk, done_at=None).exists()


# -- affirmations --------------------------------------------------------------------------
def test_pin_a_library_affirmation_to_today_and_unpin_it(alice_client):
    item = content.affirmations()[0]
    alice_client.post("/practice/affirmations/pin/", {"pin": f"lib:{item['code']}"})
    assert item["text"] in page(alice_client, "/")
    alice_client.post("/practice/affirmations/pin/", {"pin": ""})
    assert item["text"] not in page(alice_client, "/")


def test_an_own_affirmation_is_sealed_pinned_and_unpinned_when_removed(alice, alice_client):
    response = alice_client.post("/practice/affirmations/", {"text": "I can take my time."})
    assert response.status_code == 302
    own = Affirmation.objects.get(owner=alice.user)
    assert b"take my time" not in own.body
    alice_client.post("/practice/affirmations/pin/", {"pin": f"own:{own.pk}"})
    assert "I can take my time." in page(alice_client, "/")
    alice_client.post(f"/practice/affirmations/{own.pk}/delete/")
    assert Plan.objects.get(owner=alice.user).pinned == ""
    assert "I can take my time." not in page(alice_client, "/")


def test_a_pin_that_is_not_known_or_not_yours_changes_nothing(alice, charlie, alice_client):
    from innerbase.practice import services

    item = content.affirmations()[0]
    alice_client.post("/practice/affirmations/pin/", {"pin": f"lib:{item['code']}"})
    theirs = services.affirmation_add(user=charlie.user, data_key=charlie.data_key, text="x")
    for pin in (f"own:{theirs.pk}", "own:not-a-uuid", "lib:no-such", "elsewhere:1"):
        alice_client.post("/practice/affirmations/pin/", {"pin": pin})
        assert Plan.objects.get(owner=alice.user).pinned == f"lib:{item['code']}", pin


def test_an_empty_affirmation_names_the_field(alice, alice_client):
    response = alice_client.post("/practice/affirmations/", {"text": "  "})
    assert response.status_code == 422
    assert "Write your affirmation first." in html_text.unescape(response.content.decode())
    assert not Affirmation.objects.filter(owner=alice.user).exists()


# -- setbacks ------------------------------------------------------------------------------
def test_a_setback_review_is_sealed_shown_back_and_screened(alice, alice_client):
    data = {
        "kind": "checked",
        "trigger": "A quiet Sunday and an old photo.",
        "protecting": "Not feeling alone.",
        "next_time": "Text Maya first.",
        "kind_line": "One moment does not undo what I learned.",
    }
    response = alice_client.post("/practice/setbacks/new/?from=pause", data)
    assert response.status_code == 302
    setback = Setback.objects.get(owner=alice.user)
    assert setback.kind == "checked" and setback.source == "pause"
    assert b"old photo" not in setback.body
    html = page(alice_client, response["Location"])
    assert "A quiet Sunday and an old photo." in html
    assert content.setback()["kinds"]["checked"] in html
    response = alice_client.post("/practice/setbacks/new/", {**data, "trigger": CRISIS})
    assert "/help/" in response["Location"]


def test_a_setback_without_a_kind_keeps_the_answers_and_names_the_field(alice, alice_client):
    response = alice_client.post("/practice/setbacks/new/", {"trigger": "The wedding photos."})
    assert response.status_code == 422
    html = html_text.unescape(response.content.decode())
    assert "Choose what happened." in html and "The wedding photos." in html
    assert not Setback.objects.filter(owner=alice.user).exists()


def test_another_persons_setback_is_a_404(charlie, alice_client):
    from innerbase.practice import services

    theirs = services.setback_create(
        user=charlie.user, data_key=charlie.data_key, kind="other", answers={}
    )
    assert alice_client.get(f"/practice/setbacks/{theirs.pk}/").status_code == 404
    assert alice_client.post(f"/practice/setbacks/{theirs.pk}/delete/").status_code == 404
    assert Setback.objects.filter(pk=theirs.pk).exists()


# -- no contact ----------------------------------------------------------------------------
def test_no_contact_counts_days_only_when_chosen_and_contact_carries_no_shame(alice, alice_client):
    html = page(alice_client, "/practice/no-contact/")
    assert content.no_contact()["count_label"] not in html  # nothing counted until chosen
    response = alice_client.post(
        "/practice/no-contact/", {"counting": "on", "reasons": "I want my evenings back."}
    )
    assert response.status_code == 302
    row = NoContact.objects.get(owner=alice.user)
    assert row.counting and row.since == timezone.localdate()
    assert b"evenings" not in row.body
    row.since = timezone.localdate() - dt.timedelta(days=12)
    row.save()
    html = page(alice_client, "/practice/no-contact/")
    assert "12</span> days without contact" in html
    assert "I want my evenings back." in html
    response = alice_client.post(
        "/practice/no-contact/happened/", {"then": "carry_on"}, follow=True
    )
    assert content.no_contact()["contact_happened"] in html_text.unescape(response.content.decode())
    row.refresh_from_db()
    assert row.contact_days == [timezone.localdate().isoformat()]
    assert (timezone.localdate() - row.since).days == 12  # carrying on changes nothing
    alice_client.post("/practice/no-contact/happened/", {"then": "restart"})
    row.refresh_from_db()
    assert row.since == timezone.localdate()
    alice_client.post("/practice/no-contact/happened/", {"then": "stop"})
    row.refresh_from_db()
    assert not row.counting and row.since is None


def test_contact_happened_without_a_choice_names_the_field(alice, alice_client):
    alice_client.post("/practice/no-contact/", {"counting": "on"})
    response = alice_client.post("/practice/no-contact/happened/", {})
    assert response.status_code == 422
    assert "Choose what the count should do." in html_text.unescape(response.content.decode())
    assert NoContact.objects.get(owner=alice.user).contact_days == []


def test_every_practice_page_needs_a_login(client):
    for url in (
        "/practice/",
        "/practice/plan/",
        "/practice/intentions/",
        "/practice/affirmations/",
        "/practice/setbacks/",
        "/practice/setbacks/new/",
        "/practice/no-contact/",
    ):
        response = client.get(url)
        assert response.status_code == 302 and "/account/login/" in response["Location"], url


# -- the plan and the other practice apps --------------------------------------------------
def plan_part(person, code):
    plan = selectors.plan_now(user=person.user, data_key=person.data_key)
    return next(part for part in plan["parts"] if part["code"] == code)


def test_a_ladder_part_starts_its_template_then_offers_the_next_step(alice, alice_client):
    from innerbase.experiments import services as experiments

    take_attachment(alice, anxious=True, avoidant=False)
    part = plan_part(alice, "time-alone")
    assert part["link"]["url"] == "/practice/experiments/start/?template=anxious-independence"
    assert page(alice_client, part["link"]["url"])  # the start page opens
    ladder = experiments.ladder_start(
        user=alice.user, data_key=alice.data_key, code="anxious-independence"
    )
    first = ladder.steps.order_by("order").first()
    part = plan_part(alice, "time-alone")
    assert part["link"]["url"] == f"/practice/experiments/{ladder.pk}/steps/{first.pk}/try/"
    assert part["link"]["detail"].startswith("Next step: ")
    assert part["link"]["detail"] in page(alice_client, "/practice/plan/")


def test_an_exercise_part_opens_the_toolkit_exercise(alice, alice_client):
    take_attachment(alice, anxious=True, avoidant=False)
    url = plan_part(alice, "self-soothing")["link"]["url"]
    assert url.startswith("/practice/toolkit/")
    assert page(alice_client, url)


def test_an_exercise_that_has_not_helped_this_person_gives_way_to_the_one_that_has(
    alice, alice_client
):
    from innerbase.toolkit import services as toolkit

    take_attachment(alice, anxious=True, avoidant=False)
    for _ in range(3):
        toolkit.use_record(user=alice.user, code="self-compassion-break", before=6, after=6)
        toolkit.use_record(user=alice.user, code="walk", before=7, after=3)
    part = plan_part(alice, "self-soothing")
    assert part["practice"] == {"kind": "exercise", "code": "walk"}
    assert part["adapted"] == "self-compassion-break"
    html = page(alice_client, "/practice/plan/")
    assert "This uses the exercise that has helped you most so far." in html


def test_two_uses_are_too_few_to_change_the_plan(alice):
    from innerbase.toolkit import services as toolkit

    take_attachment(alice, anxious=True, avoidant=False)
    for _ in range(2):
        toolkit.use_record(user=alice.user, code="self-compassion-break", before=6, after=6)
        toolkit.use_record(user=alice.user, code="walk", before=7, after=3)
    assert plan_part(alice, "self-soothing")["practice"]["code"] == "self-compassion-break"


def test_the_practice_page_leads_to_every_part_of_practice(alice_client):
    html = page(alice_client, "/practice/")
    for url in (
        "/practice/plan/",
        "/practice/experiments/",
        "/practice/intentions/",
        "/practice/toolkit/",
        "/practice/affirmations/",
        "/practice/setbacks/",
        "/practice/no-contact/",
    ):
        assert f'href="{url}"' in html, url
        assert page(alice_client, url)


def test_an_urge_acted_on_in_the_pause_offers_the_setback_review_with_its_kind(alice, alice_client):
    from innerbase.safety import services as safety

    pause = safety.pause_start(
        user=alice.user,
        data_key=alice.data_key,
        urge="check_profile",
        own_urge="",
        wait_minutes=10,
        alternative="",
    )
    safety.pause_finish(pause=pause, data_key=alice.data_key, passed=False, what_happened="")
    html = page(alice_client, f"/help/pause/{pause.pk}/")
    link = "/practice/setbacks/new/?from=pause&urge=check_profile"
    assert f'href="{link}"' in html  # page() reads the HTML as text: &amp; is &
    assert re.search(r'value="checked"[^>]*checked', page(alice_client, link))
    alice_client.post(link, {"kind": "checked", "trigger": "Saw a photo."})
    assert Setback.objects.get(owner=alice.user).source == "pause"


def test_a_pause_the_urge_passed_offers_no_setback_review(alice, alice_client):
    from innerbase.safety import services as safety

    pause = safety.pause_start(
        user=alice.user,
        data_key=alice.data_key,
        urge="chase",
        own_urge="",
        wait_minutes=10,
        alternative="",
    )
    safety.pause_finish(pause=pause, data_key=alice.data_key, passed=True, what_happened="")
    assert "/practice/setbacks/new/" not in page(alice_client, f"/help/pause/{pause.pk}/")


def test_a_journal_entry_with_an_urge_acted_on_offers_the_setback_review(alice, alice_client):
    from innerbase.journal import services as journal

    entry = journal.entry_create(
        user=alice.user,
        data_key=alice.data_key,
        body={"text": "Rough night.", "urges": [{"name": "text_them", "acted": True}]},
        mood=2,
    )
    html = page(alice_client, f"/journal/{entry.pk}/")
    assert "/practice/setbacks/new/?from=journal&urge=text_them" in html


def test_todays_practice_on_today_follows_what_helped_too(alice):
    from innerbase.practice import services as practice
    from innerbase.toolkit import services as toolkit

    take_attachment(alice, anxious=True, avoidant=False)
    for _ in range(3):
        toolkit.use_record(user=alice.user, code="self-compassion-break", before=6, after=6)
        toolkit.use_record(user=alice.user, code="walk", before=7, after=3)
    day = timezone.localdate()
    practice.practice_day_offered(user=alice.user, day=day, part="self-soothing")
    plan = selectors.plan_now(user=alice.user, data_key=alice.data_key, links=False)
    shown = selectors.today_practice(user=alice.user, data_key=alice.data_key, plan=plan, day=day)
    assert shown["part"]["practice"]["code"] == "walk"
    assert shown["part"]["link"]["url"] == "/practice/toolkit/walk/"
