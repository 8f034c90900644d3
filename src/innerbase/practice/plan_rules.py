"""The personal plan's rules: which parts a person's plan holds, why, and today's one practice.

Pure: no Django import. The plan follows the Attachment Security Enhancement Model (Arriaga
et al. 2018, reference/safety.md R66): attachment anxiety eases in situations that build
confidence and a secure view of oneself (self-soothing, self-worth, time alone on purpose);
avoidance eases with good experiences of depending on others (small doses of closeness).
Fearful-avoidant plans take both, slowly; a secure pattern, or no questionnaire yet, gets the
parts meant for everyone (keeping steady) and whatever the person's own goals add.
"""

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

PATTERNS = ("anxious", "avoidant", "fearful-avoidant", "secure")

# The ECR-R plane's regions (assessments.scoring.REGIONS) in the plan's words.
REGION_PATTERNS = {
    "anxious-preoccupied": "anxious",
    "dismissing-avoidant": "avoidant",
    "fearful-avoidant": "fearful-avoidant",
    "secure": "secure",
}

# Which relationship questionnaire speaks for a person who has taken no ECR-R: the closest
# bond first, since the plan is about the bonds that hurt now.
RELATIONSHIP_ORDER = ("partner", "friend", "mother", "father")


def pattern_from(*, general: str | None, relationships: Mapping[str, str]) -> tuple[str, str]:
    """The pattern the plan is built for and where it came from.

    `general` is the latest ECR-R region (or None); `relationships` maps an ECR-RS target to
    its latest region. Returns (pattern, source): source is "ecr-r", "ecr-rs:<target>" or
    "none", and the pattern is "" when there is nothing to go on.
    """
    if general in REGION_PATTERNS:
        return REGION_PATTERNS[general], "ecr-r"
    for target in RELATIONSHIP_ORDER:
        region = relationships.get(target)
        if region in REGION_PATTERNS:
            return REGION_PATTERNS[region], f"ecr-rs:{target}"
    return "", "none"


def build(
    *,
    pattern: str,
    goals: Iterable[str],
    parts: Sequence[Mapping[str, Any]],
    goal_parts: Mapping[str, Sequence[str]],
    helped: Sequence[str] = (),
    not_helping: Iterable[str] = (),
) -> list[dict[str, Any]]:
    """The plan's parts, in the content's order, each once, with why it is there.

    A part comes in for the pattern (no pattern counts as "secure": the parts for everyone)
    or because a chosen goal names it. An exercise the person has tried often enough without
    it helping is swapped for the one that helped them most (`helped`, best first), so the
    plan follows what works for this person, not the average.
    Each part is a copy with `reasons`: "pattern" and/or "goal:<code>", and `adapted` (the
    exercise code it replaced, or "").
    """
    wanted_pattern = pattern or "secure"
    reasons: dict[str, list[str]] = {}
    for part in parts:
        if wanted_pattern in part["patterns"]:
            reasons.setdefault(part["code"], []).append("pattern")
    for goal in dict.fromkeys(goals):
        for code in goal_parts.get(goal, ()):
            reasons.setdefault(code, []).append(f"goal:{goal}")
    return [
        adapted({**part, "reasons": reasons[part["code"]]}, helped=helped, not_helping=not_helping)
        for part in parts
        if part["code"] in reasons
    ]


def adapted(
    part: Mapping[str, Any], *, helped: Sequence[str] = (), not_helping: Iterable[str] = ()
) -> dict[str, Any]:
    """The part as a copy, its exercise swapped for the one that helped most when the person
    found it does not help them (`adapted` names the exercise it replaced, or is "")."""
    skip = set(not_helping)
    best = next((code for code in helped if code not in skip), None)
    practice = dict(part["practice"])
    replaced = ""
    if practice["kind"] == "exercise" and practice.get("code") in skip and best:
        replaced, practice["code"] = practice["code"], best
    return {**part, "practice": practice, "adapted": replaced}


def todays_part(
    plan: Sequence[Mapping[str, Any]], *, day: int, offset: int = 0
) -> Mapping[str, Any] | None:
    """Today's one practice: the plan's parts taken in turn, one a day (`day` is the date's
    ordinal on the person's clock); "another one" moves `offset` on. None for an empty plan.

    Taking parts in turn, rather than at random, lets each come back within a week or two, and
    the same day always shows the same practice until the person asks for another.
    """
    if not plan:
        return None
    return plan[(day + offset) % len(plan)]
