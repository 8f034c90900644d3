"""The Learn API: lessons by pattern and path, one lesson with HTML and front matter, read and
place, the paths with progress and a choice, and the therapy guide by country; unknown codes
are 404, unknown filters and countries 422 naming the field, and nothing is written then."""

import pytest

from innerbase.learn import content
from innerbase.learn.models import LessonReading, ReadingPath

pytestmark = pytest.mark.django_db


def field_of(response) -> str:
    return response.json()["errors"][0]["field"]


def test_the_lessons_are_listed_and_filtered_by_pattern_and_path(api):
    every = api.get("/api/v1/lessons").json()
    assert [row["code"] for row in every] == [lesson.code for lesson in content.lessons()]
    avoidant = api.get("/api/v1/lessons?pattern=avoidant").json()
    assert avoidant and all({"avoidant", "any"} & set(row["patterns"]) for row in avoidant)
    assert len(avoidant) < len(every)
    anxious = [row["code"] for row in api.get("/api/v1/lessons?path=anxious").json()]
    assert anxious == [lesson.code for lesson in content.lessons_on("anxious")]


@pytest.mark.parametrize("query", ["pattern=sad", "path=nowhere"])
def test_an_unknown_filter_is_a_422_naming_it(api, query):
    response = api.get(f"/api/v1/lessons?{query}")
    assert response.status_code == 422 and field_of(response) == query.split("=")[0]


def test_one_lesson_has_its_html_and_front_matter_and_an_unknown_one_is_404(api):
    body = api.get("/api/v1/lessons/what-attachment-is").json()
    lesson = content.by_code()["what-attachment-is"]
    assert body["title"] == lesson.title and body["prompt"] == lesson.prompt
    assert body["html"].startswith("<p>") and "<h2>" in body["html"]
    assert body["try_it"]["label"] == lesson.try_it.label and body["try_it"]["url"].startswith("/")
    assert body["reflect_url"].endswith("prompt=lesson-what-attachment-is")
    assert body["read_at"] is None and body["place"] == 0 and body["sources"]
    assert api.get("/api/v1/lessons/nothing").status_code == 404


def test_read_and_place_are_kept_and_a_bad_place_writes_nothing(alice, api):
    assert api.post("/api/v1/lessons/four-patterns/place", {"place": 5}).json()["place"] == 5
    response = api.post("/api/v1/lessons/four-patterns/place", {"place": 9999})
    assert response.status_code == 422 and field_of(response) == "place"
    response = api.post("/api/v1/lessons/four-patterns/place", {"place": "5"})
    assert response.status_code == 422 and field_of(response) == "place"
    assert LessonReading.objects.get(owner=alice.user).place == 5
    read = api.post("/api/v1/lessons/four-patterns/read", {})
    assert read.status_code == 200 and read.json()["read_at"] is not None
    assert api.post("/api/v1/lessons/nothing/read", {}).status_code == 404


def test_the_paths_carry_progress_and_a_choice_changes_which_is_followed(alice, api):
    api.post("/api/v1/lessons/first-weeks/read", {})
    paths = {row["code"]: row for row in api.get("/api/v1/paths").json()}
    assert paths["breakup"]["followed"] and paths["breakup"]["how"] == "default"
    assert paths["breakup"]["read"] == 1 and paths["breakup"]["next"] != "first-weeks"
    changed = api.put("/api/v1/paths/followed", {"path": "fearful"}).json()
    followed = [row for row in changed if row["followed"]]
    assert [(row["code"], row["how"]) for row in followed] == [("fearful", "chosen")]
    response = api.put("/api/v1/paths/followed", {"path": "elsewhere"})
    assert response.status_code == 422 and field_of(response) == "path"
    assert ReadingPath.objects.get(owner=alice.user).path == "fearful"


def test_the_therapy_guide_by_country_and_a_bad_country_is_a_422(api):
    guide = api.get("/api/v1/therapy-guide?country=gb").json()
    assert guide["directory"]["country"] == "GB" and guide["directory"]["entries"]
    assert guide["therapies"] == content.therapy()["therapies"]
    assert api.get("/api/v1/therapy-guide").json()["directory"] is None
    response = api.get("/api/v1/therapy-guide?country=Narnia")
    assert response.status_code == 422 and field_of(response) == "country"
