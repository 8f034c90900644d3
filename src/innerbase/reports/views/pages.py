"""The therapist report's pages: compose (dates, then what to include and which entries),
preview, and download as a PDF. Nothing is stored: each step sends the whole choice again in
a POST body, and the PDF is made when it is downloaded."""

import datetime as dt

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from innerbase.core import registry
from innerbase.core.clock import day_range
from innerbase.core.report_dates import on_paper
from innerbase.journal import selectors as journal
from innerbase.reports import content, forms, pdf
from innerbase.reports.build import report_build

SHOWN_ENTRIES = 100  # entries offered to choose from at once; earlier dates show older ones
DEFAULT_DAYS = 90


def _entries(request, since: dt.date, until: dt.date) -> tuple[list[dict], bool]:
    start, end = day_range(since, until)
    found = journal.entries_between(
        user=request.user,
        data_key=request.vault.data_key,
        start=start,
        end=end,
        limit=SHOWN_ENTRIES,
    )
    return found[:SHOWN_ENTRIES], len(found) > SHOWN_ENTRIES


def _label(entry: dict) -> str:
    when = timezone.localtime(entry["occurred_at"])
    first = " ".join(entry["body"]["text"].split())[:70] or "(no words)"
    mood = f", mood {entry['mood']}" if entry["mood"] else ""
    return f"{on_paper(when.date())} {when:%H:%M}{mood}: {first}"


def _dates(request) -> forms.DatesForm:
    today = timezone.localdate()
    given = request.POST if request.method == "POST" else request.GET
    if "since" in given or "until" in given:
        return forms.DatesForm(given)
    return forms.DatesForm({"since": today - dt.timedelta(days=DEFAULT_DAYS), "until": today})


def _report_form(request, dates: forms.DatesForm, *, data=None):
    since, until = dates.cleaned_data["since"], dates.cleaned_data["until"]
    entries, more = _entries(request, since, until)
    choices = [(str(entry["id"]), _label(entry)) for entry in entries]
    initial = {
        "since": since,
        "until": until,
        "sections": [s.code for s in registry.report_sections() if s.code != "entries"],
        "parts": ["words", "mood", "feelings"],
    }
    return forms.ReportForm(data, initial=initial, entry_choices=choices), more


def _built(request, form: forms.ReportForm) -> dict:
    data = form.cleaned_data
    sections = list(data["sections"]) + (["entries"] if data["entries"] else [])
    return report_build(
        user=request.user,
        data_key=request.vault.data_key,
        since=data["since"],
        until=data["until"],
        sections=sections,
        entries=list(data["entries"]),
        parts=list(data["parts"]),
        note=data["note"],
        one_page=data["one_page"],
        today=timezone.localdate(),
    )


def _words() -> dict:
    words = content.words()
    return {**words, "entries_more": words["entries_more"].format(shown=SHOWN_ENTRIES)}


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def compose(request):
    """The dates (GET), or everything chosen so far sent back from the preview (POST), so
    changing the report keeps the note and the ticks."""
    dates = _dates(request)
    context = {"words": _words(), "dates": dates, "form": None, "more": False}
    if dates.is_valid():
        data = request.POST if request.method == "POST" else None
        context["form"], context["more"] = _report_form(request, dates, data=data)
    return render(request, "reports/compose.html", context, status=200 if dates.is_valid() else 422)


@never_cache
@login_required
@require_POST
def preview(request):
    dates = _dates(request)
    if not dates.is_valid():
        context = {"words": _words(), "dates": dates, "form": None, "more": False}
        return render(request, "reports/compose.html", context, status=422)
    form, more = _report_form(request, dates, data=request.POST)
    if not form.is_valid():
        context = {"words": _words(), "dates": dates, "form": form, "more": more}
        return render(request, "reports/compose.html", context, status=422)
    return render(
        request,
        "reports/preview.html",
        {"words": _words(), "report": _built(request, form), "form": form},
    )


@never_cache
@login_required
@require_POST
def download(request):
    dates = _dates(request)
    form = _report_form(request, dates, data=request.POST)[0] if dates.is_valid() else None
    if form is None or not form.is_valid():
        context = {"words": _words(), "dates": dates, "form": form, "more": False}
        return render(request, "reports/compose.html", context, status=422)
    data = form.cleaned_data
    response = HttpResponse(pdf.render(_built(request, form)), content_type="application/pdf")
    name = f"innerbase-report-{data['since']:%Y-%m-%d}-to-{data['until']:%Y-%m-%d}.pdf"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
