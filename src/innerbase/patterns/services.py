"""Writes of the pattern tools: start a review or a reflection, keep one step, the themes,
the stop rule's ratings, a whole review at once (the API), and deletes."""

from __future__ import annotations

from django.db import transaction

from innerbase.patterns import content
from innerbase.patterns.models import (
    CaregiverReflection,
    Review,
    Row,
    empty_body,
    flow_of,
    opened_body,
)

MAX_OWN_THEMES = 5


def _done(row: Row, key: str) -> None:
    if key not in row.steps_done:
        order = content.step_keys(flow_of(row))
        row.steps_done = [k for k in order if k in {*row.steps_done, key}]


def review_start(
    *, user, data_key: bytes, title: str = "", person=None, before: int | None = None
) -> Review:
    review = Review(owner=user, person=person)
    review.seal_json(
        data_key, "body", {**empty_body("review"), "title": title, "distress": {"before": before}}
    )
    review.save()
    return review


def reflection_start(*, user, data_key: bytes, before: int | None = None) -> CaregiverReflection:
    reflection = CaregiverReflection(owner=user)
    body = {**empty_body("caregivers"), "distress": {"before": before}}
    reflection.seal_json(data_key, "body", body)
    reflection.save()
    return reflection


@transaction.atomic
def review_details_save(*, review: Review, data_key: bytes, title: str, person) -> Review:
    """A new short title, and who it was with (None: nobody from the people list)."""
    body = opened_body(review, data_key)
    body["title"] = title
    review.seal_json(data_key, "body", body)
    review.person = person
    review.save()
    return review


@transaction.atomic
def step_save(*, row: Row, data_key: bytes, key: str, answer: str, done: bool) -> Row:
    """Keep one written answer; `done` marks the step as reached (going on, or answered)."""
    body = opened_body(row, data_key)
    body["answers"][key] = answer
    row.seal_json(data_key, "body", body)
    if done:
        _done(row, key)
    row.save()
    return row


@transaction.atomic
def review_themes_save(
    *, review: Review, data_key: bytes, themes: list[str], own_themes: list[str], done: bool
) -> Review:
    """Keep the themes picked from the vocabulary (plain codes) and the person's own (sealed)."""
    body = opened_body(review, data_key)
    body["own_themes"] = own_themes[:MAX_OWN_THEMES]
    review.seal_json(data_key, "body", body)
    known = content.themes_by_code()
    review.themes = [code for code in dict.fromkeys(themes) if code in known]
    if done:
        _done(review, "themes")
    review.save()
    return review


def distress_save(*, row: Row, data_key: bytes, after: int | None) -> dict:
    """Keep the stop rule's rating at the last step; the ratings {"before", "after"}."""
    body = opened_body(row, data_key)
    body["distress"] = {**body["distress"], "after": after}
    row.seal_json(data_key, "body", body)
    row.save(update_fields=["body", "updated_at"])
    return {"before": body["distress"].get("before"), "after": after}


@transaction.atomic
def review_create(
    *,
    user,
    data_key: bytes,
    person=None,
    title: str = "",
    themes: list[str],
    own_themes: list[str],
    answers: dict[str, str],
    distress: dict | None = None,
) -> Review:
    """A whole review at once (the API); the caller has checked every code and id."""
    review = Review(owner=user, person=person, themes=list(dict.fromkeys(themes)))
    body = empty_body("review")
    body["answers"] |= answers
    body |= {"title": title, "own_themes": own_themes[:MAX_OWN_THEMES], "distress": distress or {}}
    review.seal_json(data_key, "body", body)
    written = {key for key, text in answers.items() if text.strip()}
    review.steps_done = [
        k
        for k in content.step_keys("review")
        if k in written or (k == "themes" and (themes or own_themes))
    ]
    review.save()
    return review


def row_delete(*, row: Row) -> None:
    row.delete()


def reviews_of_person_delete(*, user, pk) -> None:
    """Delete the reviews linked to the person `pk` (their delete page offers it)."""
    Review.objects.filter(owner=user, person_id=pk).delete()
