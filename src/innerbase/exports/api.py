"""The export API: `POST /api/v1/export` answers the file itself, streamed, sealed when a
passphrase is given and plain otherwise. A format not offered yet, or a passphrase too short,
answers 422 naming the field."""

from ninja import Router, Schema

from innerbase.core.api import ERRORS, refuse
from innerbase.exports import forms
from innerbase.exports.views.pages import download
from innerbase.vault.export_seal import MIN_PASSPHRASE

router = Router(tags=["export"])


class ExportIn(Schema):
    format: str = "json"  # "json" for now; docs/FORMAT.md describes the document
    passphrase: str | None = None  # seals the file (.ibx); plain JSON when left out


@router.post(
    "/export",
    response={200: None, **ERRORS},
    openapi_extra={
        "responses": {200: {"content": {"application/octet-stream": {}, "application/json": {}}}}
    },
)
def export_create(request, payload: ExportIn):
    """Everything you keep, as one file made now and kept nowhere."""
    if payload.format not in forms.FORMATS:
        refuse("format", f"Choose one of: {', '.join(forms.FORMATS)}.")
    if payload.passphrase is not None and len(payload.passphrase) < MIN_PASSPHRASE:
        refuse("passphrase", f"Use at least {MIN_PASSPHRASE} characters, or leave it out.")
    return download(
        user=request.user,
        data_key=request.vault.data_key,
        format=payload.format,
        passphrase=payload.passphrase,
    )
