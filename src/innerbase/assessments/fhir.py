"""FHIR exports: an instrument as a Questionnaire, a finished take as a QuestionnaireResponse.

Built as plain dicts and checked against the fhir.resources models before they leave. The
package's models are FHIR R4B (4.3.0); Questionnaire and QuestionnaireResponse did not change
between R4 (4.0.1) and R4B, and only R4 elements are used, so the output is valid R4.
Scores travel as read-only decimal items (`score-<scale>`) so a clinician sees them too.
"""

from __future__ import annotations

from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from innerbase.assessments import instruments
from innerbase.assessments.forms import choices

SYSTEM = "urn:innerbase:answers"


def canonical(code: str) -> str:
    return f"urn:innerbase:questionnaire:{code}"


def _name(instrument) -> str:
    """A computer-friendly name (FHIR que-0): letters and digits, starting with a capital."""
    return "".join(ch for ch in instrument.short_name.upper() if ch.isalnum()) or "Q"


def _coding(instrument, value: int) -> dict:
    display = dict(choices(instrument))[value]
    return {"system": f"{SYSTEM}:{instrument.code}", "code": str(value), "display": display}


def questionnaire(instrument) -> dict:
    items = []
    if instrument.targets:
        items.append(
            {
                "linkId": "target",
                "text": "Who these statements are about",
                "type": "choice",
                "required": True,
                "answerOption": [
                    {
                        "valueCoding": {
                            "system": f"{SYSTEM}:targets",
                            "code": target,
                            "display": instruments.target_label(instrument, target),
                        }
                    }
                    for target in instrument.targets
                ],
            }
        )
    for item in instrument.items:
        items.append(
            {
                "linkId": item.key,
                "prefix": str(item.number),
                "text": instruments.item_text(item),
                "type": "choice",
                "required": True,
                "answerOption": [
                    {"valueCoding": _coding(instrument, value)}
                    for value in range(instrument.scale_min, instrument.scale_max + 1)
                ],
            }
        )
    question = instruments.unscored(instrument)
    if question:
        items.append(
            {
                "linkId": f"{instrument.code}-difficulty",
                "text": question["text"],
                "type": "choice",
                "required": False,
                "answerOption": [
                    {"valueCoding": _option(instrument, index, text)}
                    for index, text in enumerate(question["options"])
                ],
            }
        )
    for subscale in instrument.subscales:
        items.append(
            {
                "linkId": f"score-{subscale.key}",
                "text": f"{subscale.name} ({subscale.scoring} of items)",
                "type": "decimal",
                "readOnly": True,
            }
        )
    data = {
        "resourceType": "Questionnaire",
        "id": instrument.code,
        "url": canonical(instrument.code),
        "name": _name(instrument),
        "title": instrument.name,
        "status": "active",
        "description": instrument.raw.get("measures", ""),
        "purpose": instrument.raw.get("citation", ""),
        "copyright": instrument.raw["licence"]["terms"],
        "item": items,
    }
    Questionnaire.model_validate(data)
    return data


def _option(instrument, index: int, text: str) -> dict:
    return {"system": f"{SYSTEM}:{instrument.code}:difficulty", "code": str(index), "display": text}


def questionnaire_response(instrument, take, answers: dict[str, int], extra=None) -> dict:
    items = []
    if take.target:
        items.append(
            {
                "linkId": "target",
                "text": "Who these statements are about",
                "answer": [
                    {
                        "valueCoding": {
                            "system": f"{SYSTEM}:targets",
                            "code": take.target,
                            "display": instruments.target_label(instrument, take.target),
                        }
                    }
                ],
            }
        )
    for item in instrument.items:
        items.append(
            {
                "linkId": item.key,
                "text": instruments.item_text(item),
                "answer": [{"valueCoding": _coding(instrument, answers[item.key])}],
            }
        )
    question, chosen = instruments.unscored(instrument), (extra or {}).get("difficulty")
    if question and chosen is not None:
        items.append(
            {
                "linkId": f"{instrument.code}-difficulty",
                "text": question["text"],
                "answer": [
                    {"valueCoding": _option(instrument, chosen, question["options"][chosen])}
                ],
            }
        )
    for subscale in instrument.subscales:
        value = take.scores.get(subscale.key)
        if value is not None:
            items.append(
                {
                    "linkId": f"score-{subscale.key}",
                    "text": subscale.name,
                    "answer": [{"valueDecimal": round(value, 4)}],
                }
            )
    data = {
        "resourceType": "QuestionnaireResponse",
        "id": str(take.pk),
        "questionnaire": canonical(instrument.code),
        "status": "completed",
        "authored": take.completed_at.isoformat(),
        "item": items,
    }
    QuestionnaireResponse.model_validate(data)
    return data
