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

from innerbase.core import distress
from innerbase.core.charts import trajectory
from innerbase.core.forms import DistressCheckForm
from innerbase.core.saving import deleted
from innerbase.core.stop_rule import calming_offer_keep, calming_offer_pop
from innerbase.journal import selectors as journal
from innerbase.thoughts import content, selectors, services
from innerbase.thoughts.models import ThoughtRecord
from innerbase.thoughts.views import steps

PER_PAGE = 20


def _summaries(records, key) -> list[dict]:
    """What the list shows of each record: its thought, dates, and the change it made."""
    rows = []
    for record in records:
        body = selectors.body_of(record=record, data_key=key)
        resume = selectors.resume_step(record=record)
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
    mine = selectors.records_newest(user=request.user)
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
    ids = selectors.record_ids_matching(
        user=request.user, data_key=request.vault.data_key, query=query
    )
    page = Paginator(ids, PER_PAGE).get_page(request.POST.get("page"))
    shown = selectors.records_in_order(user=request.user, ids=list(page.object_list))
    return _review(request, page, shown, query)


def _review(request, page, shown: list[ThoughtRecord], query: str = ""):
    patterns = selectors.patterns(user=request.user)
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
    posted = request.POST if request.method == "POST" else None
    check = DistressCheckForm(posted, asks=("before",))
    if request.method == "POST" and check.is_valid():
        before = check.distress()["before"]
        record = services.record_start(
            user=request.user, data_key=request.vault.data_key, entry=entry, distress_before=before
        )
        calming_offer_keep(request, ref=steps.ref(record), before=before)
        return redirect(steps.url(record, content.step_keys()[0]))
    unfinished = selectors.latest_unfinished(user=request.user)
    resume = selectors.resume_step(record=unfinished) if unfinished else None
    return render(
        request,
        "thoughts/new.html",
        {
            "entry": entry,
            "entry_url": journal.entry_url(entry),
            "steps": content.steps(),
            "unfinished": unfinished,
            "unfinished_url": steps.url(unfinished, resume) if unfinished and resume else "",
            "check": check,
        },
        status=422 if check.errors else 200,
    )


@never_cache
@login_required
@require_GET
def record(request, record_id):
    record = selectors.record_or_404(user=request.user, pk=record_id)
    key = request.vault.data_key
    body = selectors.body_of(record=record, data_key=key)
    labels = journal.emotions()
    by_code = content.distortions_by_code()
    resume = selectors.resume_step(record=record)
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
            "belief_text": selectors.belief_text(belief=record.core_belief, data_key=key)
            if record.core_belief
            else "",
            "entry_url": journal.entry_url(record.entry),
            "resume_url": steps.url(record, resume) if resume else "",
            "steps": [{**s, "url": steps.url(record, s["key"])} for s in content.steps()],
            "distress": distress.of(body),
            "calming": calming_offer_pop(request, ref=steps.ref(record)),
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request, record_id):
    record = selectors.record_or_404(user=request.user, pk=record_id)
    if request.method == "POST":
        deleted(request, ref=f"thoughts.record:{record.pk}")
        services.record_delete(record=record, data_key=request.vault.data_key)
        messages.info(request, "That thought record is deleted.")
        return redirect("thoughts:index")
    return render(request, "thoughts/delete.html", {"record": record})
