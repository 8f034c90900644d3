"""The report API: `POST /api/v1/reports` answers the PDF itself. Every check runs first: a
range that runs backwards, an unknown section or part, or an entry id that is not one of
yours answers 422 naming the field, and nothing is ever stored."""

import datetime as dt

from django.http import HttpResponse
from django.utils import timezone
from ninja import Router, Schema

from innerbase.core import registry
from innerbase.core.api import ERRORS, refuse
from innerbase.core.clock import day_range
from innerbase.core.limits import MAX_ANSWER
from innerbase.journal import selectors as journal
from innerbase.reports import content, pdf
from innerbase.reports.build import report_build
from innerbase.reports.forms import LONGEST

router = Router(tags=["reports"])


class ReportIn(Schema):
    since: dt.date
    until: dt.date
    sections: list[
        str
    ] = []  # codes: mood, pauses, records, beliefs, ladders, boundaries, assessments
    entries: list[str] = []  # ids of your journal entries in the dates, to print
    parts: list[str] = ["words", "mood", "feelings"]  # words, mood, feelings, triggers, urges
    note: str = ""
    one_page: bool = False  # a one-page summary for a first session


def _checked(request, payload: ReportIn) -> None:
    if payload.since > payload.until:
        refuse("since", "since must be on or before until.")
    if payload.until - payload.since > LONGEST:
        refuse("since", "Ask for ten years or less.")
    codes = {section.code for section in registry.report_sections()}
    for number, code in enumerate(payload.sections):
        if code not in codes:
            refuse(f"sections.{number}", f"Unknown section {code!r}.")
    for number, part in enumerate(payload.parts):
        if part not in content.words()["parts"]:
            refuse(f"parts.{number}", f"Unknown part {part!r}.")
    if len(payload.note) > MAX_ANSWER:
        refuse("note", f"Keep the note to {MAX_ANSWER} characters.")
    if payload.entries:
        start, end = day_range(payload.since, payload.until)
        yours = journal.entry_ids_between(
            user=request.user, ids=payload.entries, start=start, end=end
        )
        for number, pk in enumerate(payload.entries):
            if pk not in yours:
                refuse(f"entries.{number}", "Not one of your entries in these dates.")


@router.post(
    "/reports",
    response={200: None, **ERRORS},
    openapi_extra={"responses": {200: {"content": {"application/pdf": {}}}}},
)
def report_create(request, payload: ReportIn):
    """The therapist report as a PDF (application/pdf), made now and kept nowhere."""
    _checked(request, payload)
    sections = payload.sections + (["entries"] if payload.entries else [])
    report = report_build(
        user=request.user,
        data_key=request.vault.data_key,
        since=payload.since,
        until=payload.until,
        sections=sections,
        entries=payload.entries,
        parts=payload.parts,
        note=payload.note,
        one_page=payload.one_page,
        today=timezone.localdate(),
    )
    response = HttpResponse(pdf.render(report), content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="innerbase-report.pdf"'
    response["Cache-Control"] = "no-store"
    return response
