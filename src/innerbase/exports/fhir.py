"""The FHIR export: every finished questionnaire as one FHIR R4 Bundle (type "collection")
of QuestionnaireResponses, made by the assessments app (the same resources its per-take
download gives), written as it streams."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator

from django.utils import timezone

from innerbase.assessments import selectors as assessments


def bundle_pieces(*, user, data_key: bytes, now: dt.datetime | None = None) -> Iterator[str]:
    """The Bundle's JSON text, one response at a time."""
    head = {
        "resourceType": "Bundle",
        "id": str(uuid.uuid4()),
        "meta": {"tag": [{"system": "urn:innerbase", "code": "export"}]},
        "type": "collection",
        "timestamp": (now or timezone.now()).isoformat(timespec="seconds"),
    }
    yield json.dumps(head, ensure_ascii=False)[:-1]
    number = 0  # FHIR has no empty lists: "entry" is there only with a response in it
    for number, resource in enumerate(assessments.fhir_responses(user=user, data_key=data_key), 1):
        entry = {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}
        yield (',"entry":[' if number == 1 else ",") + json.dumps(entry, ensure_ascii=False)
    yield ("]}" if number else "}") + "\n"
