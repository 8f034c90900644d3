"""The import pages: choose the file and its app, see the preview (and change the zone or
where Daylio's activities go), import it, read the report."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from innerbase.core.clock import _zones
from innerbase.imports import forms, selectors, services
from innerbase.imports.formats import registry as formats
from innerbase.imports.formats.common import ImportProblem


def _zone_names() -> list[str]:
    return sorted(_zones())


@never_cache
@sensitive_post_parameters("password")
@login_required
@require_http_methods(["GET", "POST"])
def index(request):
    status = 200
    if request.method == "POST":
        form = forms.UploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                preview = services.preview_create(
                    user=request.user,
                    data_key=request.vault.data_key,
                    source=form.cleaned_data["source"],
                    data=upload.read(),
                    time_zone=form.cleaned_data["time_zone"],
                    password=form.cleaned_data["password"],
                )
            except ImportProblem as problem:
                form.add_error("file", problem.message)
                status = 413 if problem.too_large else 422
            else:
                return redirect(preview.get_absolute_url())
        else:
            status = 413 if "larger than" in str(form.errors.get("file", "")) else 422
    else:
        form = forms.UploadForm(initial={"time_zone": forms.default_zone(request.user)})
    return render(
        request, "imports/index.html", {"form": form, "zones": _zone_names()}, status=status
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def preview(request, preview_id):
    row = selectors.preview_or_404(user=request.user, pk=preview_id)
    if row.committed_at is not None:
        return redirect("imports:report", preview_id=row.pk)
    status = 200
    key = request.vault.data_key
    shown = selectors.shown(preview=row, data_key=key)
    moods = {"moods": shown["moods_unplaced"], "levels": shown["mood_levels"]}
    if request.method == "POST":
        form = forms.ChangeForm(request.POST, **moods)
        if form.is_valid():
            services.preview_change(
                preview=row,
                time_zone=form.cleaned_data["time_zone"],
                activities_as=form.cleaned_data["activities_as"] or None,
                mood_levels=form.mood_levels(),
                data_key=key,
            )
            return redirect(row.get_absolute_url())
        status = 422
    else:
        initial = {"time_zone": row.time_zone, "activities_as": row.activities_as}
        form = forms.ChangeForm(initial=initial, **moods)
    return render(
        request,
        "imports/preview.html",
        {
            "preview": row,
            "shown": shown,
            "form": form,
            "zones": _zone_names(),
            "source_name": formats.NAMES[row.source],
        },
        status=status,
    )


@never_cache
@login_required
@require_POST
def commit(request, preview_id):
    row = selectors.preview_or_404(user=request.user, pk=preview_id)
    if row.committed_at is None:
        try:
            services.preview_commit(preview=row, data_key=request.vault.data_key)
        except ImportProblem as problem:  # nothing was saved: say why on the preview
            messages.error(request, problem.message)
            return redirect(row.get_absolute_url())
    return redirect("imports:report", preview_id=row.pk)


@never_cache
@login_required
@require_GET
def report(request, preview_id):
    row = selectors.preview_or_404(user=request.user, pk=preview_id)
    found = selectors.report_of(preview=row, data_key=request.vault.data_key)
    if found is None:
        return redirect(row.get_absolute_url())
    return render(
        request,
        "imports/report.html",
        {"report": found, "source_name": formats.NAMES[row.source]},
    )
