"""The FHIR export: one R4 Bundle of every finished questionnaire, each entry a valid
QuestionnaireResponse made by the assessments app, nobody else's."""

import json

import pytest
from fhir.resources.R4B.bundle import Bundle

from innerbase.exports import document
from people import make_person, write_in_every_app

pytestmark = pytest.mark.django_db


def _bundle(person) -> dict:
    data = b"".join(
        document.export_bytes(user=person.user, data_key=person.data_key, format="fhir")
    )
    return json.loads(data)


def test_every_finished_take_is_a_response_in_one_valid_bundle():
    from innerbase.assessments.models import Take

    alice, bob = make_person("alice"), make_person("bob")
    write_in_every_app(alice, "words")
    write_in_every_app(bob, "words")
    bundle = _bundle(alice)
    Bundle.model_validate(bundle)  # FHIR's own rules, every resource included
    finished = Take.objects.filter(owner=alice.user, completed_at__isnull=False)
    assert bundle["type"] == "collection" and finished.exists()
    assert {e["resource"]["id"] for e in bundle["entry"]} == {str(t.pk) for t in finished}
    assert all(e["resource"]["resourceType"] == "QuestionnaireResponse" for e in bundle["entry"])
    assert all(e["fullUrl"] == f"urn:uuid:{e['resource']['id']}" for e in bundle["entry"])


def test_no_questionnaires_gives_an_empty_bundle():
    bundle = _bundle(make_person("new"))
    Bundle.model_validate(bundle)
    assert "entry" not in bundle
