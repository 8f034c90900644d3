"""Owner-scoped reads of the pattern tools (the only module other apps import): reviews and
reflections, their opened bodies, the recurring themes, and the rows linked to a person."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone

from innerbase.assessments import selectors as assessments
from innerbase.core.owned import get_owned_or_404, owned
from innerbase.patterns import content, recurring
from innerbase.patterns.models import CaregiverReflection, Review, Row, flow_of, opened_body
from innerbase.people import selectors as people

PARENTS = ("mother", "father")


def _day(when) -> str:
    local = timezone.localtime(when)
    return f"{local.day} {local:%b %Y}"


def review_or_404(*, user, pk) -> Review:
    return get_owned_or_404(Review, user=user, pk=pk)


def reflection_or_404(*, user, pk) -> CaregiverReflection:
    return get_owned_or_404(CaregiverReflection, user=user, pk=pk)


def reviews_newest(*, user) -> QuerySet[Review]:
    return owned(Review, user=user).order_by("-created_at")


def reflections_newest(*, user) -> QuerySet[CaregiverReflection]:
    return owned(CaregiverReflection, user=user).order_by("-created_at")


def body_of(*, row: Row, data_key: bytes) -> dict[str, Any]:
    """The row's sealed body with every field present (older or partial bodies filled in)."""
    return opened_body(row, data_key)


def resume_step(*, row: Row) -> str | None:
    """The first step not reached yet, or None when every step was reached."""
    done = set(row.steps_done)
    return next((k for k in content.step_keys(flow_of(row)) if k not in done), None)


def review_name(*, review: Review, title: str, names: dict[str, str]) -> str:
    """How pages name a review: its title, else who it was with, else its date."""
    if title.strip():
        return title.strip()
    name = names.get(str(review.person_id), "") if review.person_id else ""
    if name:
        return f"With {name}"
    return f"Review of {_day(review.created_at)}"


def reviews_shown(*, user, data_key: bytes, reviews=None) -> list[dict[str, Any]]:
    """Each review (newest first, unless given) with its body and its name, as {"review",
    "body", "name", "person_name"}."""
    names = people.names_by_id(user=user, data_key=data_key)
    rows = []
    for review in reviews if reviews is not None else reviews_newest(user=user):
        body = body_of(row=review, data_key=data_key)
        rows.append(
            {
                "review": review,
                "body": body,
                "name": review_name(review=review, title=body["title"], names=names),
                "person_name": names.get(str(review.person_id), "") if review.person_id else "",
            }
        )
    return rows


def theme_keys(*, review: Review, body: dict) -> list[str]:
    """The review's themes as the recurring count reads them: codes, then own words."""
    return [*review.themes, *(recurring.own_key(words) for words in body["own_themes"])]


def recurring_themes(*, user, data_key: bytes) -> dict[str, Any]:
    """The themes noted in two reviews or more, oldest reviews first, as {"total",
    "themes": [{"key", "code", "label", "own", "count", "sentence", "prompt", "reviews":
    [{"id", "name", "url"}]}]}."""
    shown = reviews_shown(user=user, data_key=data_key, reviews=reviews_newest(user=user).reverse())
    by_id = {str(row["review"].pk): row for row in shown}
    # one link per review, however many themes name it (a reverse() is not free)
    links = {
        key: {"id": key, "name": row["name"], "url": row["review"].get_absolute_url()}
        for key, row in by_id.items()
    }
    own_words: dict[str, str] = {}
    for row in shown:
        for words in row["body"]["own_themes"]:
            own_words.setdefault(recurring.own_key(words), words.strip())
    pairs = [
        (key, theme_keys(review=row["review"], body=row["body"])) for key, row in by_id.items()
    ]
    vocabulary = content.themes_by_code()
    themes = []
    for found in recurring.recurring_themes(pairs):
        own = found.key.startswith(recurring.OWN)
        theme = {} if own else vocabulary[found.key]
        label = own_words[found.key] if own else theme["label"]
        noted = f"\u201c{label}\u201d" if own else theme["noted"]
        themes.append(
            {
                "key": found.key,
                "code": "" if own else found.key,
                "label": label,
                "own": own,
                "count": found.count,
                "sentence": recurring.sentence(found.count, found.total, noted),
                "prompt": content.own_prompt() if own else theme["prompt"],
                "reviews": [links[rid] for rid in found.reviews],
            }
        )
    return {"total": len(shown), "themes": themes}


def parent_results(*, user) -> list[dict[str, Any]]:
    """The latest ECR-RS about the mother and the father, where taken."""
    return assessments.latest_about(user=user, code="ecr-rs", targets=PARENTS)


def reviews_of_person(*, user, pk) -> list[dict]:
    """What the person's delete page lists: their reviews, by date only (never the words)."""
    return [
        {
            "label": f"Pattern review, {_day(review.created_at)}",
            "when": review.created_at,
            "url": review.get_absolute_url(),
        }
        for review in owned(Review, user=user).filter(person_id=pk).order_by("created_at")
    ]


def ecr_rs_url() -> str:
    return reverse("assessments:intro", args=["ecr-rs"])
