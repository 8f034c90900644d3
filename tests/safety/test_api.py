"""The safety API: screen, plan, helplines, pauses; owner checks and 422s naming the field."""

import pytest
from django.test import Client

from innerbase.safety import content, selectors
from innerbase.safety.models import Pause, SafetyPlan

pytestmark = pytest.mark.django_db


def test_screen_returns_the_detector_result_and_stores_nothing(api):
    before = {m: m.objects.count() for m in (Pause, SafetyPlan)}
    result = api.post("/api/v1/safety/screen", {"text": "I want to end my life"}).json()
    assert result["crisis"] is True and result["level"] == "urgent"
    assert api.post("/api/v1/safety/screen", {"text": "dead tired today"}).json()["level"] == "none"
    assert {m: m.objects.count() for m in before} == before


def test_screen_needs_a_login():
    assert (
        Client()
        .post("/api/v1/safety/screen", {"text": "x"}, content_type="application/json")
        .status_code
        == 401
    )


def test_the_plan_round_trips_and_is_screened(api, alice):
    empty = api.get("/api/v1/safety/plan").json()
    assert set(empty["sections"]) == set(content.plan_keys())
    assert all(text == "" for text in empty["sections"].values())
    saved = api.put("/api/v1/safety/plan", {"sections": {"reasons": "My dog Biscuit"}}).json()
    assert saved["sections"]["reasons"] == "My dog Biscuit"
    assert saved["safety"] == {"crisis": False, "kinds": []}
    assert (
        selectors.plan_of(user=alice.user, data_key=alice.data_key)["reasons"] == "My dog Biscuit"
    )


@pytest.mark.parametrize(
    ("sections", "field"),
    [({"nonsense": "x"}, "sections.nonsense"), ({"reasons": "x" * 5001}, "sections.reasons")],
)
def test_bad_plan_sections_get_422_naming_the_field_and_change_nothing(api, alice, sections, field):
    api.put("/api/v1/safety/plan", {"sections": {"reasons": "kept"}})
    response = api.put("/api/v1/safety/plan", {"sections": sections})
    assert response.status_code == 422
    assert [e["field"] for e in response.json()["errors"]] == [field]
    assert selectors.plan_of(user=alice.user, data_key=alice.data_key)["reasons"] == "kept"


def test_helplines_are_public_by_country():
    gb = Client().get("/api/v1/helplines?country=gb").json()
    assert gb["emergency"]["number"] == "999"
    assert any(s["call_uri"] == "tel:116123" for s in gb["services"])
    unlisted = Client().get("/api/v1/helplines?country=XX").json()
    assert unlisted["services"] == [] and unlisted["international"]
    bad = Client().get("/api/v1/helplines?country=GBR")
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "country"


def test_pauses_create_list_complete(api):
    created = api.post("/api/v1/pauses", {"urge": "check_profile", "wait_minutes": 10})
    assert created.status_code == 201
    pause = created.json()
    assert pause["passed"] is None and pause["urge_label"] == content.urges()["check_profile"]
    done = api.post(
        f"/api/v1/pauses/{pause['id']}/complete", {"passed": False, "what_happened": "Looked."}
    )
    assert done.json()["passed"] is False and done.json()["what_happened"] == "Looked."
    listing = api.get("/api/v1/pauses").json()
    assert (listing["finished"], listing["passed"], len(listing["items"])) == (1, 0, 1)


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"urge": "fly", "wait_minutes": 10}, "urge"),
        ({"urge": "own", "wait_minutes": 10}, "own_urge"),
        ({"urge": "chase", "wait_minutes": 45}, "wait_minutes"),
        ({"urge": "chase", "wait_minutes": 10, "alternative": "zzz"}, "alternative"),
        ({"urge": "chase"}, "wait_minutes"),
    ],
)
def test_bad_pauses_get_422_naming_the_field(api, body, field):
    response = api.post("/api/v1/pauses", body)
    assert response.status_code == 422
    assert field in [e["field"] for e in response.json()["errors"]]
    assert not Pause.objects.exists()


def test_another_persons_pause_is_a_404(api, charlie):
    from innerbase.safety.services import pause_start

    theirs = pause_start(
        user=charlie.user,
        data_key=charlie.data_key,
        urge="chase",
        own_urge="",
        wait_minutes=10,
        alternative="",
    )
    response = api.post(f"/api/v1/pauses/{theirs.pk}/complete", {"passed": True})
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.passed is None


def test_the_openapi_document_lists_the_safety_endpoints(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    assert {
        "/api/v1/safety/screen",
        "/api/v1/safety/plan",
        "/api/v1/helplines",
        "/api/v1/pauses",
        "/api/v1/pauses/{pause_id}/complete",
    } <= set(paths)
    assert "422" in paths["/api/v1/pauses"]["post"]["responses"]
