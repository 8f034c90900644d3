"""The imports API: send a file for a preview (nothing saved), then import that preview.

`POST /api/v1/imports` takes multipart fields `file`, `source` (innerbase, jrnl, daylio,
dayone, freecbt), `time_zone` (IANA; the account's own when left out) and optionally
`activities_as` ("triggers" or "tags") and `password` (an encrypted jrnl journal's, used
once, never kept), and answers with the preview and its id.
`POST /api/v1/imports/{id}/commit` imports it and answers with the report. A bad file or
field answers 422 naming it; another person's preview, or an expired one, answers 404.
"""

import datetime as dt
import uuid

from ninja import File, Form, Router, Schema
from ninja.files import UploadedFile
from ninja.responses import Status

from innerbase.core.api import ERRORS, refuse
from innerbase.core.clock import valid_time_zone
from innerbase.imports import forms, plan, selectors, services
from innerbase.imports.formats import registry as formats
from innerbase.imports.formats.common import MAX_BYTES, ImportProblem

router = Router(tags=["imports"])


class Sample(Schema):
    kind: str
    occurred_at: dt.datetime
    text: str
    mood: int | None
    activities: list[str]


class Skip(Schema):
    where: str
    why: str


class PreviewOut(Schema):
    id: uuid.UUID
    source: str
    time_zone: str
    needs_zone: bool
    activities_as: str
    counts: dict[str, int]
    first: dt.datetime | None
    last: dt.datetime | None
    samples: list[Sample]
    skipped: list[Skip]
    media: list[str]
    moods_unplaced: list[str]
    expires_at: dt.datetime


class ReportOut(Schema):
    source: str
    added: dict[str, int]
    already: int
    skipped: list[Skip]
    media: list[str]
    moods_unplaced: list[str]
    time_zone: str
    crisis: bool


def _preview_out(request, row) -> dict:
    shown = selectors.shown(preview=row, data_key=request.vault.data_key)
    keep = set(PreviewOut.model_fields) - {"expires_at"}
    return {**{k: v for k, v in shown.items() if k in keep}, "expires_at": row.expires_at}


@router.post("/imports", response={201: PreviewOut, **ERRORS})
def import_preview(
    request,
    file: File[UploadedFile],
    source: Form[str],
    time_zone: Form[str] = "",
    activities_as: Form[str] = "triggers",
    password: Form[str] = "",
):
    if source not in formats.PARSERS:
        refuse("source", "Use one of: " + ", ".join(formats.PARSERS) + ".")
    zone = time_zone.strip() or forms.default_zone(request.user)
    if not valid_time_zone(zone):
        refuse("time_zone", "Use an IANA time zone name, such as Europe/Berlin.")
    if activities_as not in plan.ACTIVITIES_AS:
        refuse("activities_as", "Use triggers or tags.")
    if file.size and file.size > MAX_BYTES:
        refuse("file", f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.")
    try:
        row = services.preview_create(
            user=request.user,
            data_key=request.vault.data_key,
            source=source,
            data=file.read(),
            time_zone=zone,
            password=password,
        )
    except ImportProblem as problem:
        refuse("file", problem.message)
    services.preview_change(preview=row, activities_as=activities_as)
    return Status(201, _preview_out(request, row))


@router.get("/imports/{preview_id}", response={200: PreviewOut, **ERRORS})
def import_preview_get(request, preview_id: uuid.UUID):
    row = selectors.preview_or_404(user=request.user, pk=preview_id)
    if row.committed_at is not None:
        refuse("id", "This file is in already.", where="path")
    return _preview_out(request, row)


@router.post("/imports/{preview_id}/commit", response={200: ReportOut, **ERRORS})
def import_commit(request, preview_id: uuid.UUID):
    row = selectors.preview_or_404(user=request.user, pk=preview_id)
    try:
        return services.preview_commit(preview=row, data_key=request.vault.data_key)
    except ImportProblem as problem:
        refuse("id", problem.message, where="path")
