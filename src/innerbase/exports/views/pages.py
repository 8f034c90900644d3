"""The export page: choose what to download and lock it with a passphrase (or not, with a
warning ticked); the file streams as it is written."""

from django.contrib.auth.decorators import login_required
from django.http import StreamingHttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from innerbase.exports import document, forms


def download(*, user, data_key: bytes, format: str, passphrase: str | None):
    """The export as a streamed file download (the API's answer too)."""
    sealed = passphrase is not None
    response = StreamingHttpResponse(
        document.export_bytes(user=user, data_key=data_key, format=format, passphrase=passphrase),
        content_type="application/octet-stream" if sealed else document.KINDS[format][0],
    )
    name = document.file_name(sealed=sealed, format=format)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def index(request):
    form = forms.ExportForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        return download(
            user=request.user,
            data_key=request.vault.data_key,
            format=form.cleaned_data["format"],
            passphrase=form.cleaned_data["passphrase"],
        )
    return render(request, "exports/index.html", {"form": form})
