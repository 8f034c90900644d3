"""Small things on a 390 x 844 phone, in light and dark: boxes (buttons, cards, messages)
never touch, and the questionnaire history's table fits the screen."""

import pytest
from playwright.sync_api import expect

from innerbase.assessments import selectors, services
from innerbase.core.figures import figure

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Boxes drawn with a border or a fill that sit one above the other, overlapping sideways,
# with less than 8px between them (nested boxes, like a button in a card, are fine).
TOUCHING = """() => {
  const boxed = [...document.querySelectorAll('main *')].filter(el => {
    const s = getComputedStyle(el), r = el.getBoundingClientRect();
    if (!r.width || !r.height || !el.checkVisibility({visibilityProperty: true})) return false;
    const filled = s.backgroundColor !== 'rgba(0, 0, 0, 0)' && s.backgroundColor !== 'transparent';
    return (filled || parseFloat(s.borderTopWidth) > 0 && parseFloat(s.borderBottomWidth) > 0)
      && (el.matches('.card, .button, button, .message, .error-summary, .chip, section'));
  });
  const out = [];
  for (const a of boxed) for (const b of boxed) {
    if (a === b || a.contains(b) || b.contains(a)) continue;
    const ra = a.getBoundingClientRect(), rb = b.getBoundingClientRect();
    const sideways = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
    const gap = rb.top - ra.bottom;
    const name = el => `${el.className || el.tagName} (${el.textContent.trim().slice(0, 30)})`;
    if (sideways > 0 && gap >= 0 && gap < 8) out.push(`${name(a)} / ${name(b)}: ${gap}px`);
  }
  return out;
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_boxes_never_touch_on_the_first_pages_a_person_sees(open_page, sign_in, scheme):
    page = open_page("phone", color_scheme=scheme)
    for path in ("/", "/account/login/", "/account/signup/", "/help/?country=GB"):
        page.goto(path)
        assert page.evaluate(TOUCHING) == [], path
    signed_in = sign_in(color_scheme=scheme).page
    for path in ("/", "/journal/", "/help/plan/", "/assessments/"):
        signed_in.goto(path)
        assert signed_in.evaluate(TOUCHING) == [], path


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_history_table_fits_a_phone(sign_in, axe_check, scheme):
    visit = sign_in(color_scheme=scheme)
    ecr_r = selectors.instrument_for("ecr-r")
    takes = [
        services.take_create(
            user=visit.user,
            data_key=visit.key,
            instrument=ecr_r,
            answers={item.key: value for item in ecr_r.items},
        )
        for value in (4, 6)
    ]
    page = visit.page
    page.goto("/assessments/ecr-r/history/")
    table = page.locator(".score-table").last
    expect(table).to_be_visible()
    wrapper = table.locator("xpath=..")
    inner, shown = wrapper.evaluate("w => [w.scrollWidth, w.clientWidth]")
    assert inner <= shown, f"the table is {inner}px wide in a {shown}px space"
    last = table.locator("tr").last.locator("td").last.bounding_box()
    assert last["x"] + last["width"] <= page.viewport_size["width"]
    expect(table.get_by_text("fearful-avoidant")).to_be_visible()  # the reading, under the date
    cells = table.locator("td").all_inner_texts()
    assert "4" in cells and not any(cell.endswith((".00", ".0")) for cell in cells)
    assert figure(takes[1].scores["anxiety"]) in cells  # as people write it
    axe_check(page, f"history-phone-{scheme}")
