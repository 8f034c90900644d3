"""The plan's pure rules: which parts a pattern and goals bring, what adapts, today's pick."""

from hypothesis import given
from hypothesis import strategies as st

from innerbase.practice import content, plan_rules

PARTS = [
    {
        "code": "soothe",
        "patterns": ["anxious", "fearful-avoidant"],
        "practice": {"kind": "exercise", "code": "self-compassion-break"},
    },
    {"code": "lean", "patterns": ["avoidant"], "practice": {"kind": "exercise", "code": "call"}},
    {"code": "steady", "patterns": ["secure"], "practice": {"kind": "journal"}},
    {"code": "all", "patterns": list(plan_rules.PATTERNS), "practice": {"kind": "intention"}},
    {"code": "grief", "patterns": [], "practice": {"kind": "journal"}},
]
GOALS = {"grieve": ["grief"], "help": ["lean", "all"]}


def codes(plan):
    return [part["code"] for part in plan]


def build(pattern="", goals=(), **extra):
    return plan_rules.build(pattern=pattern, goals=goals, parts=PARTS, goal_parts=GOALS, **extra)


def test_the_pattern_brings_its_own_parts_and_those_for_everyone():
    assert codes(build("anxious")) == ["soothe", "all"]
    assert codes(build("avoidant")) == ["lean", "all"]
    assert codes(build("fearful-avoidant")) == ["soothe", "all"]


def test_no_questionnaire_yet_gets_the_parts_for_a_secure_pattern():
    assert codes(build("")) == codes(build("secure")) == ["steady", "all"]


def test_goals_add_parts_in_the_contents_order_each_once_with_every_reason():
    plan = build("anxious", goals=["help", "grieve", "help"])
    assert codes(plan) == ["soothe", "lean", "all", "grief"]
    reasons = {part["code"]: part["reasons"] for part in plan}
    assert reasons["all"] == ["pattern", "goal:help"]
    assert reasons["grief"] == ["goal:grieve"]


def test_an_unknown_goal_adds_nothing():
    assert codes(build("avoidant", goals=["no-such-goal"])) == ["lean", "all"]


def test_an_exercise_that_has_not_helped_gives_way_to_the_one_that_helped_most():
    plan = build("anxious", helped=["walk", "grounding"], not_helping=["self-compassion-break"])
    soothe = plan[0]
    assert soothe["practice"] == {"kind": "exercise", "code": "walk"}
    assert soothe["adapted"] == "self-compassion-break"


def test_nothing_is_swapped_without_a_tool_that_helped():
    plan = build("anxious", helped=[], not_helping=["self-compassion-break"])
    assert plan[0]["practice"]["code"] == "self-compassion-break"
    assert plan[0]["adapted"] == ""


def test_the_swap_never_picks_another_tool_that_has_not_helped():
    plan = build("anxious", helped=["call", "walk"], not_helping=["self-compassion-break", "call"])
    assert plan[0]["practice"]["code"] == "walk"


def test_building_leaves_the_content_untouched():
    before = [dict(part, practice=dict(part["practice"])) for part in PARTS]
    build("anxious", helped=["walk"], not_helping=["self-compassion-break"])
    assert before == PARTS


def test_the_ecr_r_speaks_first_then_the_closest_relationship():
    relationships = {"mother": "secure", "partner": "fearful-avoidant"}
    assert plan_rules.pattern_from(general="dismissing-avoidant", relationships=relationships) == (
        "avoidant",
        "ecr-r",
    )
    assert plan_rules.pattern_from(general=None, relationships=relationships) == (
        "fearful-avoidant",
        "ecr-rs:partner",
    )
    assert plan_rules.pattern_from(general=None, relationships={}) == ("", "none")


@given(day=st.integers(min_value=1, max_value=800_000), size=st.integers(1, 20))
def test_each_part_comes_round_once_in_as_many_days_as_there_are_parts(day, size):
    plan = [{"code": str(n)} for n in range(size)]
    seen = [plan_rules.todays_part(plan, day=day + n)["code"] for n in range(size)]
    assert sorted(seen, key=int) == [part["code"] for part in plan]


@given(day=st.integers(min_value=1, max_value=800_000), size=st.integers(2, 20))
def test_another_one_always_shows_a_different_part(day, size):
    plan = [{"code": str(n)} for n in range(size)]
    assert plan_rules.todays_part(plan, day=day) != plan_rules.todays_part(plan, day=day, offset=1)


def test_an_empty_plan_has_no_practice_today():
    assert plan_rules.todays_part([], day=739_000) is None


def test_every_pattern_gets_a_plan_from_the_real_content_and_every_goal_names_real_parts():
    parts = {part["code"] for part in content.parts()}
    for goal in content.goals():
        assert set(goal["parts"]) <= parts, goal["code"]
    goal_parts = {g["code"]: g["parts"] for g in content.goals()}
    for pattern in ("", *plan_rules.PATTERNS):
        plan = plan_rules.build(
            pattern=pattern, goals=[], parts=content.parts(), goal_parts=goal_parts
        )
        assert len(plan) >= 3, pattern
