"""Owner-scoped reads of safety (the only module other apps import): the plan, a pause's urge,
the urges the pause knows, and a country's helplines."""

from innerbase.core.clock import moments_between
from innerbase.core.owned import owned
from innerbase.safety import content, helplines
from innerbase.safety.models import Pause, SafetyPlan

urges = content.urges  # {key: label}: the journal offers the pause tool's urges too


def helpline_country_name(code: str | None) -> str | None:
    """The name of the country whose helplines a person chose, if it is one we list."""
    country = helplines.for_country(code)
    return country["name"] if country else None


COUNTRY_SESSION_KEY = "help_country"


def remembered_country(request) -> str | None:
    """The country kept for this browser or account, else a guess from the browser's languages
    (the helplines' country; the therapy guide starts from it too)."""
    for remembered in (
        request.session.get(COUNTRY_SESSION_KEY),
        request.user.country if request.user.is_authenticated else None,
    ):
        if remembered and helplines.for_country(remembered):
            return remembered
    return helplines.country_from_accept_language(request.headers.get("Accept-Language"))


def plan_of(*, user, data_key: bytes) -> dict[str, str] | None:
    """The person's plan as {section key: text}, or None when they have not made one."""
    plan = owned(SafetyPlan, user=user).first()
    if plan is None:
        return None
    stored = plan.open_json(data_key, "sections", default={})
    return {key: stored.get(key, "") for key in content.plan_keys()}


def plan_is_empty(sections: dict[str, str] | None) -> bool:
    """True when no section of the plan has any words yet."""
    return not sections or not any(text.strip() for text in sections.values())


def urge_label(*, pause: Pause, data_key: bytes) -> str:
    """The pause's urge in the person's words, or the label of the listed urge."""
    if pause.urge == "own":
        return pause.open_text(data_key, "own_urge")
    return content.urges().get(pause.urge, pause.urge)


def wins(*, user, data_key: bytes, since=None, until=None, limit=None) -> list[dict]:
    """The urges that passed during a pause, newest first, as wins (see
    core.registry.wins_register)."""
    found = owned(Pause, user=user).filter(passed=True).exclude(completed_at=None)
    found = found.order_by("-completed_at")
    found = found.filter(**moments_between(since, until, "completed_at"))
    return [
        {
            "when": pause.completed_at,
            "text": f"An urge passed: {urge_label(pause=pause, data_key=data_key)}",
            "kind": "pause",
            "url": pause.get_absolute_url(),
        }
        for pause in (found if limit is None else found[:limit])
    ]


def progress_series(*, user, data_key: bytes, since, until) -> dict:
    """Safety's part of the progress page (registry.Progress), for the pauses started on
    those days: {"pauses": {"started", "finished", "passed"}} (a pause is finished once the
    person said whether the urge passed), counted in SQL; no words are opened."""
    from django.db.models import Count, Q

    from innerbase.core.clock import days_between

    found = (
        owned(Pause, user=user)
        .filter(**days_between(since, until, "started_at"))
        .aggregate(
            started=Count("id"),
            finished=Count("id", filter=~Q(passed=None)),
            passed=Count("id", filter=Q(passed=True)),
        )
    )
    return {"pauses": found}
