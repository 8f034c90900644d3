"""Safety in a real browser: a crisis save, the check-in, breathing, the pause timer, the plan."""

import re

import pytest
from playwright.sync_api import expect

from innerbase.safety import content

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _start_own_pause(page, words):
    page.goto("/help/pause/")
    page.get_by_label("Something else").check()
    page.get_by_label("In your own words (optional)").fill(words)
    page.get_by_label("10 minutes").check()
    page.get_by_role("button", name="Start the pause").click()


def test_a_crisis_save_shows_the_support_screen_and_the_text_is_kept(sign_in, axe_check):
    page = sign_in().page
    page.goto("/help/?country=GB")
    _start_own_pause(page, "I am going to kill myself tonight")
    copy = content.load("support")["support"]
    title = copy["kinds"]["suicidal-ideation"]["title"]
    expect(page.get_by_role("heading", name=title)).to_be_visible()
    expect(page.get_by_role("link", name="Call 116 123")).to_be_visible()
    expect(page.get_by_role("link", name="999", exact=True)).to_have_attribute("href", "tel:999")
    expect(page.get_by_text(copy["privacy"])).to_be_visible()
    axe_check(page, "support-phone-light")
    page.get_by_role("link", name=copy["back"]).click()
    expect(page.get_by_role("heading", name=re.compile("Pausing: I am going to"))).to_be_visible()


def test_the_check_in_asks_gently_and_no_collapses_it_to_a_chip(sign_in, axe_check):
    page = sign_in().page
    _start_own_pause(page, "everyone would be better off without me")
    check_in = content.load("support")["check_in"]
    expect(page.get_by_role("heading", name=check_in["title"])).to_be_visible()
    axe_check(page, "check-in-phone-light")
    page.get_by_role("button", name="No, I'm not having those thoughts").click()
    expect(page.get_by_role("link", name=check_in["chip"])).to_be_visible()
    expect(page.get_by_role("heading", name=check_in["title"])).to_have_count(0)
    page.reload()
    expect(page.get_by_role("heading", name=check_in["title"])).to_have_count(0)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_check_in_card_leads_and_stays_with_the_entry_until_answered(
    sign_in, axe_check, scheme
):
    page = sign_in(color_scheme=scheme).page
    check_in = content.load("support")["check_in"]
    mood = page.get_by_role("group", name=re.compile("Mood right now"))
    mood.get_by_role("radio", name="2", exact=True).tap()
    page.get_by_label("Anything to add? (optional)").fill("everyone would be better off without me")
    page.get_by_role("button", name="Save check-in").tap()
    card = page.get_by_role("region", name=check_in["title"])
    expect(card).to_be_visible()
    expect(page.get_by_text("Checked in. Thank you")).to_have_count(0)  # never stacked
    talk = card.get_by_role("link", name=check_in["talk_now"])
    box = talk.bounding_box()
    assert box["y"] + box["height"] <= page.viewport_size["height"], "the card leads the page"
    axe_check(page, f"check-in-leads-{scheme}")
    page.reload()
    expect(card).to_be_visible()
    # From the entry itself, another time: still offered until it is answered.
    page.goto("/journal/")
    page.locator(".entry-item__link").first.click()
    expect(card.get_by_role("link", name=check_in["talk_now"])).to_be_visible()
    page.reload()
    expect(card.get_by_role("button", name="I'd rather not say")).to_be_visible()
    card.get_by_role("button", name="I'd rather not say").click()
    expect(page.get_by_role("heading", name=check_in["title"])).to_have_count(0)
    page.reload()
    expect(page.get_by_role("heading", name=check_in["title"])).to_have_count(0)


def test_danger_from_a_partner_leads_to_its_own_screen_and_leaving_quickly_hides_it(
    sign_in, axe_check
):
    page = sign_in().page
    page.goto("/help/?country=GB")
    _start_own_pause(page, "He told me he would kill me if I ever left")
    copy = content.load("support")["support"]
    expect(
        page.get_by_role("heading", name=copy["kinds"]["danger-from-others"]["title"])
    ).to_be_visible()
    expect(page.get_by_role("heading", name=copy["device_safety"]["title"])).to_be_visible()
    expect(page.get_by_role("link", name="Call 0808 2000 247")).to_be_visible()  # Refuge
    expect(page.get_by_role("link", name="999", exact=True)).to_have_attribute("href", "tel:999")
    message = page.get_by_label("Your message")
    expect(message).to_have_value(copy["trusted"]["danger_message"])
    message.fill("Please ring me")
    expect(page.get_by_role("link", name=copy["trusted"]["button"])).to_have_attribute(
        "href", "sms:?&body=Please%20ring%20me"
    )
    axe_check(page, "support-danger-phone-light")
    exit_link = page.get_by_role("link", name="Leave quickly")
    box = exit_link.bounding_box()
    assert box and box["y"] < page.viewport_size["height"], "on the first screen"
    exit_link.click()
    expect(page).to_have_title("Shopping list")
    page.go_back()
    expect(
        page.get_by_role("heading", name=copy["kinds"]["danger-from-others"]["title"])
    ).to_have_count(0)


def test_breathing_runs_on_a_phone_with_reduced_motion(open_page, axe_check):
    page = open_page("phone", reduced_motion="reduce")
    page.clock.install()
    page.goto("/")
    page.get_by_role("link", name="Need help now?").click()
    page.get_by_role("link", name="Breathe slowly").click()
    page.get_by_text("Change the rhythm").click()
    page.get_by_label("In for 5, out for 5").check()
    page.get_by_role("button", name="Use this rhythm").click()
    axe_check(page, "breathe-phone-light")
    page.get_by_role("button", name="Start").click()
    status = page.get_by_role("status").filter(has_text="Breathe")
    expect(status).to_contain_text("Breathe in")
    circle = page.locator(".breathing__circle")
    still = circle.evaluate("el => getComputedStyle(el).transform")
    page.clock.run_for(5_500)
    expect(status).to_contain_text("Breathe out")
    assert circle.evaluate("el => getComputedStyle(el).transform") == still  # no motion
    page.clock.run_for(60_000)
    expect(page.get_by_text("Well done")).to_be_visible()
    expect(page.locator(".breathing__progress")).to_have_attribute("value", "60")
    expect(page.get_by_role("heading", name="How do you feel now?")).to_be_visible()


def test_grounding_and_a_feeling_are_kept_when_logged_in(sign_in):
    page = sign_in("desktop").page
    page.goto("/help/calm/")
    page.get_by_role("link", name="Start grounding").click()
    for _ in range(5):
        page.get_by_role("link", name=re.compile("^(Next|Finish)$")).click()
    slider = page.get_by_role("slider", name=re.compile("My answer"))
    slider.focus()
    for _ in range(2):
        slider.press("ArrowRight")
    page.get_by_role("button", name="Save how I feel").click()
    expect(page.get_by_text("Noted: 7 out of 10")).to_be_visible()


def test_the_pause_timer_survives_a_reload_and_then_asks(sign_in, axe_check):
    page = sign_in().page
    page.goto("/help/pause/")
    page.get_by_label(content.urges()["text_them"]).check()
    page.get_by_label("10 minutes").check()
    page.get_by_role("button", name="Start the pause").click()
    clock = page.locator(".pause-timer__clock")
    expect(clock).to_have_text(re.compile(r"^(10:00|9:5\d)$"))
    axe_check(page, "pause-phone-light")
    page.wait_for_timeout(1500)
    page.reload()
    expect(clock).to_have_text(re.compile(r"^9:5\d$"))  # picked up where it was, not restarted
    page.get_by_text("Finish early").click()
    page.get_by_label("Yes, it passed").check()
    page.get_by_role("button", name="Save").click()
    page.goto("/help/pause/")
    expect(page.get_by_text("The urge passed 1 time out of 1 pause")).to_be_visible()


def test_the_safety_plan_is_guided_saved_and_prints_on_one_page(sign_in, axe_check):
    page = sign_in("desktop").page
    page.goto("/help/?country=IE")
    page.goto("/help/plan/")
    page.get_by_role("link", name="Make my safety plan").click()
    axe_check(page, "plan-edit-desktop-light")
    for section in content.plan_sections():
        page.get_by_label(section["title"]).fill(
            f"{section['examples'][0]}\n{section['examples'][1]}"
        )
    page.get_by_role("button", name="Save my plan").click()
    expect(page.get_by_text("Your safety plan is saved.")).to_be_visible()
    expect(page.get_by_role("button", name="Print my plan")).to_be_visible()
    expect(page.get_by_text("116 123")).to_be_visible()
    axe_check(page, "plan-desktop-light")
    page.emulate_media(media="print")
    expect(page.get_by_role("link", name="Need help now?")).to_be_hidden()
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page\b", pdf)) == 1


@pytest.mark.parametrize("path", ["/help/calm/", "/help/calm/ground/?step=1", "/help/calm/soothe/"])
def test_calming_pages_pass_axe_in_dark_mode(open_page, axe_check, path):
    page = open_page("phone", color_scheme="dark")
    page.goto(path)
    axe_check(page, "calm-" + path.strip("/").replace("/", "-").replace("?step=", "-") + "-dark")


@pytest.mark.parametrize("kind", ["suicidal-ideation", "self-harm", "harm-to-others"])
def test_each_kinds_support_screen_reads_well_on_a_phone(open_page, axe_check, kind):
    page = open_page("phone")
    page.goto(f"/help/support/?back=/&kind={kind}&country=GB")
    copy = content.load("support")["support"]
    expect(
        page.get_by_role("heading", name=copy["kinds"][kind]["title"], exact=True)
    ).to_be_visible()
    expect(page.get_by_text(copy["kinds"][kind]["lede"])).to_be_visible()
    expect(page.get_by_text(copy["hope"])).to_be_visible()
    expect(page.get_by_role("link", name="Call 116 123")).to_be_visible()
    expect(page.get_by_role("link", name="Leave quickly")).to_have_count(0)
    axe_check(page, f"support-{kind}-phone-light")


@pytest.mark.parametrize(
    ("kind", "country", "call"),
    [
        ("suicidal-ideation", "US", "Call 988"),
        ("self-harm", "GB", "Call 116 123"),
        ("danger-from-others", "GB", "Call 0808 2000 247"),  # Refuge, before the crisis lines
    ],
)
def test_the_support_screen_puts_a_call_on_the_first_screen_of_a_phone(
    open_page, kind, country, call
):
    page = open_page("phone")
    page.goto(f"/help/support/?back=/&kind={kind}&country={country}")
    screen = page.viewport_size["height"]
    for box in (
        page.get_by_role("link", name=call).first.bounding_box(),
        page.locator(".emergency a").first.bounding_box(),
    ):
        assert box["y"] + box["height"] <= screen
