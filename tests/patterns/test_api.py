"""The relationships API: reviews with a crisis screen, the vocabulary and recurring themes,
422s naming the field with nothing saved, and another person's ids."""

import pytest

from innerbase.patterns.models import Review
from innerbase.people import services as people

pytestmark = pytest.mark.django_db


def errors_of(response) -> dict:
    return {e["field"]: e["message"] for e in response.json()["errors"]}


def test_a_review_is_saved_sealed_and_screened(api, alice):
    ex = people.person_add(user=alice.user, data_key=alice.data_key, name="Sam", role="ex")
    payload = {
        "person": str(ex.pk),
        "title": "Sam",
        "themes": ["fast-intensity"],
        "own_themes": ["Lost my friends"],
        "answers": {"drew": "His laugh", "signs": "He cancelled twice"},
    }
    response = api.post("/api/v1/relationships/reviews", payload)
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["safety"] == {"crisis": False, "kinds": []}
    assert body["person"] == str(ex.pk) and body["answers"]["drew"] == "His laugh"
    assert body["answers"]["early"] == "" and body["complete"] is False
    review = Review.objects.get(pk=body["id"])
    assert review.themes == ["fast-intensity"] and b"laugh" not in bytes(review.body)
    listed = api.get("/api/v1/relationships/reviews").json()
    assert [r["id"] for r in listed] == [body["id"]]


def test_crisis_words_in_a_review_are_flagged(api):
    response = api.post("/api/v1/relationships/reviews", {"answers": {"after": "I want to die"}})
    assert response.status_code == 201 and response.json()["safety"]["crisis"] is True


@pytest.mark.parametrize(
    "payload, field",
    [
        ({"themes": ["fast-intensity", "nope"]}, "themes.1"),
        ({"answers": {"shoe-size": "x"}}, "answers.shoe-size"),
        ({"own_themes": ["a", "b", "c", "d", "e", "f"]}, "own_themes"),
        ({"person": "6f1c5a3e-2a8f-4a8e-9a43-2b1d7b0c9e11"}, "person"),
        ({"title": "x" * 81}, "title"),
    ],
)
def test_bad_input_is_a_422_naming_the_field_and_saves_nothing(api, payload, field):
    response = api.post("/api/v1/relationships/reviews", payload)
    assert response.status_code == 422 and field in errors_of(response)
    assert not Review.objects.exists()


def test_someone_else_s_person_is_a_422_on_person(api, charlie):
    theirs = people.person_add(user=charlie.user, data_key=charlie.data_key, name="X", role="ex")
    response = api.post("/api/v1/relationships/reviews", {"person": str(theirs.pk)})
    assert response.status_code == 422 and "person" in errors_of(response)
    assert not Review.objects.exists()


def test_themes_lists_the_vocabulary_and_what_recurs(api):
    vocabulary = api.get("/api/v1/relationships/themes").json()
    assert 14 <= len(vocabulary["vocabulary"]) <= 20 and vocabulary["recurring"] == []
    for themes in (["fast-intensity", "eggshells"], ["fast-intensity"], ["left-first"]):
        api.post("/api/v1/relationships/reviews", {"themes": themes, "own_themes": ["Too fast"]})
    found = api.get("/api/v1/relationships/themes").json()
    assert found["reviews"] == 3
    assert [r["count"] for r in found["recurring"]] == [3, 2]
    codes = {r["code"]: r for r in found["recurring"]}
    assert codes["fast-intensity"]["count"] == 2 and len(codes["fast-intensity"]["reviews"]) == 2
    assert codes["fast-intensity"]["sentence"].startswith("In 2 of 3 relationships")
    assert codes[""]["own"] is True and codes[""]["count"] == 3
    assert codes[""]["key"] == "own:too fast" and codes["fast-intensity"]["key"] == "fast-intensity"
    assert codes[""]["sentence"] == "In all 3 relationships you reviewed, you noted “Too fast”."
