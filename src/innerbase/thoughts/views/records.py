"""Thought record pages: the review list, starting a record, one step per screen, a record,
and deleting one. Core-belief pages are in beliefs.py."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from innerbase.core.charts import trajectory
from innerbase.journal import selectors as journal
from innerbase.thoughts import content, search, services
from innerbase.thoughts.models import ThoughtRecord
from innerbase.thoughts.views import steps

PER_PAGE = 20


def _summaries(records, key) -> list[dict]:
    """What the list shows of each record: its thought, dates, and the change it made."""
    rows = []
    for record in records:
        body = services.body_of(record, key)
        resume = services.resume_step(record)
        rows.append(
            {
                "record": record,
                "thought": body["automatic_thought"] or body["situation"],
                "resume_url": steps.url(record, resume) if resume and not record.complete else "",
            }
        )
    return rows


def _drop_chart(months: list[dict]) -> dict | None:
    if len(months) < 2:
        return None
    values = [m["average_drop"] for m in months]
    return trajectory(values, min(0, min(values)), max(100, max(values)))


@never_cache
@login_required
@require_GET
def index(request):
    """The review page: records newest first, and patterns; `?page=` is its only query."""
    mine = ThoughtRecord.objects.filter(owner=request.user).order_by("-created_at")
    page = Paginator(mine, PER_PAGE).get_page(request.GET.get("page"))
    return _review(request, page, list(page.object_list))


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def search_records(request):
    """Search by POST, so the words a person types never reach a URL (history, logs); the
    results are shown right here, and their pages post the search again."""
    query = request.POST.get("q", "").strip()[:200]
    if request.method == "GET" or not query:
        return redirect("thoughts:index")
    ids = search.find(request.user, request.vault.data_key, query)
    page = Paginator(ids, PER_PAGE).get_page(request.POST.get("page"))
    mine = ThoughtRecord.objects.filter(owner=request.user, pk__in=list(page.object_list))
    by_pk = {str(record.pk): record for record in mine}
    return _review(request, page, [by_pk[pk] for pk in page.object_list if pk in by_pk], query)


def _review(request, page, shown: list[ThoughtRecord], query: str = ""):
    patterns = services.patterns(request.user)
    return render(
        request,
        "thoughts/index.html",
        {
            "rows": _summaries(shown, request.vault.data_key),
            "page": page,
            "query": query,
            # a search's pages post it again, its words hidden, never in a URL
            "search_url": reverse("thoughts:search") if query else "",
            "search_fields": [("q", query)],
            "total": page.paginator.count,
            "patterns": patterns,
            "top": patterns["frequencies"][:8],
            "drop_chart": _drop_chart(patterns["months"]),
            "recent_months": patterns["months"][-12:][::-1],
        },
    )


def _own_entry(request, raw):
    """The person's own journal entry named in ?entry= or the form, or 404."""
    if not raw:
        return None
    try:
        entry_id = uuid.UUID(str(raw))
    except ValueError:
        raise Http404("No such journal entry") from None
    return journal.entry_or_404(user=request.user, pk=entry_id)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def new(request):
    raw = request.POST.get("entry") if request.method == "POST" else request.GET.get("entry")
    entry = _own_entry(request, raw)
    if request.method == "POST":
        record = services.record_start(request.user, request.vault.data_key, entry=entry)
        return redirect(steps.url(record, content.step_keys()[0]))
    unfinished = (
        ThoughtRecord.objects.filter(owner=request.user, complete=False)
        .order_by("-created_at")
        .first()
    )
    return render(
        request,
        "thoughts/new.html",
        {
            "entry": entry,
            "entry_url": journal.entry_url(entry),
            "steps": content.steps(),
            "unfinished": unfinished,
            "unfinished_url": steps.url(unfinished, services.resume_step(unfinished) or "")
            if unfinished and services.resume_step(unfinished)
            else "",
        },
    )


@never_cache
@login_required
@require_GET
def record(request, record_id):
    record = services.own_record(request.user, record_id)
    key = request.vault.data_key
    body = services.body_of(record, key)
    labels = journal.emotions()
    by_code = content.distortions_by_code()
    resume = services.resume_step(record)
    return render(
        request,
        "thoughts/record.html",
        {
            "record": record,
            "body": body,
            "feelings": [
                {
                    **e,
                    "label": labels.get(e["name"], e["name"]),
                    "drop": None
                    if e.get("after") is None or e.get("before") is None
                    else e["before"] - e["after"],
                }
                for e in body["emotions"]
            ],
            "traps": [by_code[c] for c in record.distortions if c in by_code],
            "belief": record.core_belief,
            "belief_text": services.belief_text(record.core_belief, key)
            if record.core_belief
            else "",
            "entry_url": journal.entry_url(record.entry),
            "resume_url": steps.url(record, resume) if resume else "",
            "steps": [{**s, "url": steps.url(record, s["key"])} for s in content.steps()],
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request, record_id):
    record = services.own_record(request.user, record_id)
    if request.method == "POST":
        services.record_delete(record, request.vault.data_key)
        messages.info(request, "That thought record is deleted.")
        return redirect("thoughts:index")
    return render(request, "thoughts/delete.html", {"record": record})
