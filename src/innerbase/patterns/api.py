"""The pattern-review API: past relationships' reviews, and the theme vocabulary with the
themes that recur across them.

A person id of someone else's (or one that does not exist) is refused with 422 naming
`person`, as is an unknown theme code or answer key; every check runs before anything is
written, so a refused request changes nothing."""

import datetime as dt
import uuid

from ninja import Field, Router, Schema
from ninja.responses import Status

from innerbase.core import distress
from innerbase.core.api import ERRORS, DistressCheck, SafetySummary, refuse, safety_summary
from innerbase.core.limits import MAX_ANSWER
from innerbase.core.saving import screen
from innerbase.patterns import content, selectors, services
from innerbase.patterns.forms import OWN_THEME_LENGTH
from innerbase.patterns.models import Review
from innerbase.people import selectors as people

router = Router(tags=["relationships"])


class ReviewIn(Schema):
    person: uuid.UUID | None = Field(None, description="Who it was with: an id from /people.")
    title: str = Field("", description="A short name only you see.")
    themes: list[str] = Field([], description="Codes from GET /relationships/themes.")
    own_themes: list[str] = Field([], description="Up to five themes in your own words.")
    answers: dict[str, str] = Field({}, description="Answers by step key (drew, early, ...).")
    distress: DistressCheck | None = None


class ReviewOut(Schema):
    id: uuid.UUID
    person: uuid.UUID | None
    title: str
    themes: list[str]
    own_themes: list[str]
    answers: dict[str, str]
    complete: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    distress: DistressCheck


class ReviewSaved(ReviewOut):
    safety: SafetySummary


class ThemeOut(Schema):
    code: str
    label: str
    prompt: str


class FromReview(Schema):
    id: uuid.UUID
    name: str


class RecurringOut(Schema):
    key: str = Field(description="The code, or own: and your words, lower case.")
    code: str = Field(description="A vocabulary code, or empty for a theme in your own words.")
    label: str
    own: bool
    count: int
    sentence: str
    prompt: str
    reviews: list[FromReview]


class ThemesOut(Schema):
    vocabulary: list[ThemeOut]
    reviews: int = Field(description="How many reviews the counts are out of.")
    recurring: list[RecurringOut]


def _out(review: Review, key: bytes) -> dict:
    body = selectors.body_of(row=review, data_key=key)
    return {
        "id": review.pk,
        "person": review.person_id,
        "title": body["title"],
        "themes": review.themes,
        "own_themes": body["own_themes"],
        "answers": body["answers"],
        "complete": selectors.resume_step(row=review) is None,
        "created_at": review.created_at,
        "updated_at": review.updated_at,
        "distress": distress.of(body),
    }


def _checked(request, payload: ReviewIn) -> dict:
    """The payload as service data, or a 422 naming the first field that is wrong."""
    person = None
    if payload.person is not None:
        person = people.person_or_none(user=request.user, pk=payload.person)
        if person is None:
            refuse("person", "No such person in your people list.")
    if len(payload.title) > 80:
        refuse("title", "Keep the title under 80 characters.")
    known = content.themes_by_code()
    for index, code in enumerate(payload.themes):
        if code not in known:
            refuse(f"themes.{index}", f"Unknown theme {code!r}: use a code from the vocabulary.")
    own = list(dict.fromkeys(" ".join(t.split()) for t in payload.own_themes if t.strip()))
    if len(own) > services.MAX_OWN_THEMES:
        refuse("own_themes", "Up to five themes of your own.")
    for index, words in enumerate(own):
        if len(words) > OWN_THEME_LENGTH:
            refuse(f"own_themes.{index}", "Keep each theme under 80 characters.")
    steps = content.text_keys("review")
    for key, text in payload.answers.items():
        if key not in steps:
            refuse(f"answers.{key}", f"Unknown step {key!r}: use one of {', '.join(steps)}.")
        if len(text) > MAX_ANSWER:
            refuse(f"answers.{key}", f"Keep each answer under {MAX_ANSWER:,} characters.")
    answers = {key: text.strip() for key, text in payload.answers.items()}
    ratings = distress.check(**payload.distress.model_dump()) if payload.distress else {}
    return {
        "person": person,
        "title": payload.title.strip(),
        "themes": payload.themes,
        "own_themes": own,
        "answers": answers,
        "distress": ratings,
    }


@router.post("/relationships/reviews", response={201: ReviewSaved, **ERRORS})
def review_create(request, payload: ReviewIn):
    """Store a past relationship's review (every field optional); its words are screened for
    crisis language and `safety` says what was found."""
    data = _checked(request, payload)
    key = request.vault.data_key
    review = services.review_create(user=request.user, data_key=key, **data)
    result = screen(data["title"], *data["own_themes"], *data["answers"].values())
    return Status(201, {**_out(review, key), "safety": safety_summary(result)})


@router.get("/relationships/reviews", response={200: list[ReviewOut], **ERRORS})
def review_list(request, limit: int = 50, offset: int = 0):
    """Your reviews, newest first."""
    limit, offset = max(1, min(limit, 500)), max(0, offset)
    mine = selectors.reviews_newest(user=request.user)[offset : offset + limit]
    return [_out(review, request.vault.data_key) for review in mine]


@router.get("/relationships/themes", response={200: ThemesOut, **ERRORS})
def theme_list(request):
    """The theme vocabulary, and the themes noted in two of your reviews or more, the most
    frequent first, with the reviews they came from and one question to reflect on."""
    found = selectors.recurring_themes(user=request.user, data_key=request.vault.data_key)
    return {
        "vocabulary": [
            {"code": t["code"], "label": t["label"], "prompt": t["prompt"]}
            for t in content.themes()
        ],
        "reviews": found["total"],
        "recurring": found["themes"],
    }
