"""Journal pages: the list with the quick check-in, search and filters, the month calendar,
and "give me a prompt"."""

import datetime as dt
import random
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from innerbase.core.clock import remember_time_zone
from innerbase.core.redirects import safe_next
from innerbase.journal import content, forms, markup, rules, selectors, services
from innerbase.journal.models import MODES
from innerbase.journal.views.entry import after_save

PER_PAGE = 20
QUICK_FIRST = 1  # emotions of each family shown before "More emotions"
MODE_LABELS = dict(MODES)


def decorate(entries: list[dict], spaces: dict[str, str] | None = None) -> list[dict]:
    """Labels for showing a list of opened entries."""
    names = content.emotions()
    for entry in entries:
        entry["space_name"] = (spaces or {}).get(str(entry["space_id"]), "")
        body = entry["body"]
        entry["mode_label"] = MODE_LABELS.get(entry["mode"], entry["mode"])
        entry["emotion_labels"] = [names.get(e["name"], e["name"]) for e in body["emotions"]]
        text = body["text"] or " · ".join(g.get("good", "") for g in body["gratitude"])
        text = text or body["grief"].get("brought_it", "") or ""
        entry["excerpt"] = text[:200] + ("…" if len(text) > 200 else "")
    return entries


@never_cache
@login_required
@require_GET
def index(request):
    """The journal, newest first. Fixed-choice filters and dates may come in the query (the
    calendar and the journals page link to them); words a person types are only ever posted
    to `search_entries`, so any in the query are ignored, never read or shown."""
    names = selectors.space_names(user=request.user, data_key=request.vault.data_key)
    chosen = request.GET.copy()
    for name in (*forms.FilterForm.TYPED, "page"):
        chosen.pop(name, None)
    filters = forms.FilterForm(chosen or None, spaces=names)
    return _listing(request, filters, names, page=request.GET.get("page"), query=chosen)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def search_entries(request):
    """Search and filter by POST, so the words a person types never reach a URL (history,
    logs); the results are shown right here, and their pages post the search again."""
    if request.method == "GET":
        return redirect("journal:index")
    names = selectors.space_names(user=request.user, data_key=request.vault.data_key)
    filters = forms.FilterForm(request.POST, spaces=names)
    return _listing(request, filters, names, page=request.POST.get("page"))


def _listing(request, filters: forms.FilterForm, names: dict[str, str], *, page, query=None):
    key = request.vault.data_key
    searching = filters.is_bound and filters.is_valid() and any(filters.cleaned_data.values())
    found: list[str] | QuerySet[Any, Any]  # ids found by search, or every id, lazily
    if searching:
        found = selectors.entry_ids_matching(
            user=request.user, data_key=key, **filters.cleaned_data
        )
    else:
        found = selectors.entry_ids(user=request.user)
    shown = Paginator(found, PER_PAGE).get_page(page)
    entries = selectors.opened(user=request.user, data_key=key, ids=shown.object_list)
    today = timezone.localdate()
    month = selectors.month_summary(user=request.user, year=today.year, month=today.month)
    posted = request.method == "POST" and searching
    return render(
        request,
        "journal/index.html",
        {
            "quick": forms.QuickForm(),
            "quick_emotions": quick_emotions(),
            "filters": filters,
            "searching": searching,
            "entries": decorate(entries, names),
            "page": shown,
            "query": query.urlencode() if query else "",
            # a posted search's pages post it again, its fields hidden, never in a URL
            "search_url": reverse("journal:search") if posted else "",
            "search_fields": [(f.html_name, f.value()) for f in filters if f.value()],
            "days_this_month": month["days"],
        },
        status=422 if filters.is_bound and filters.errors else 200,
    )


def check_in_card(request) -> dict:
    """The quick check-in on Today."""
    return {"quick": forms.QuickForm(), "quick_emotions": quick_emotions()}


def quick_emotions(checked=()) -> dict:
    """A few emotions from each family as chips, with any already chosen beside them (so a
    choice never hides in the folded part); the rest one tap away."""
    chosen = set(checked)
    families = content.emotion_families()
    first = [e for family in families for e in family["emotions"][:QUICK_FIRST]]
    first += [e for f in families for e in f["emotions"][QUICK_FIRST:] if e["key"] in chosen]
    more = [
        {**f, "emotions": [e for e in f["emotions"][QUICK_FIRST:] if e["key"] not in chosen]}
        for f in families
    ]
    return {**markup.quick_chips(first, more, chosen), "limit": forms.MAX_QUICK_EMOTIONS}


@never_cache
@login_required
@require_POST
def quick(request):
    remember_time_zone(request, request.POST.get("time_zone", ""))  # before reading any time
    form = forms.QuickForm(request.POST)
    back = safe_next(request, request.POST.get("next"), fallback=reverse("journal:index"))
    if not form.is_valid():
        return render(
            request,
            "journal/quick_page.html",
            {
                "quick": form,
                "quick_emotions": quick_emotions(form["emotions"].value() or []),
                "next": back,
            },
            status=422,
        )
    entry = services.entry_create(
        user=request.user, data_key=request.vault.data_key, **form.entry_fields()
    )
    messages.success(request, "Checked in. Thank you for taking a moment for yourself.")
    body = rules.full_body(form.entry_fields()["body"])
    return after_save(request, entry, body, back)


@never_cache
@login_required
@require_GET
def calendar_month(request):
    today = timezone.localdate()
    try:
        year, month = (int(part) for part in request.GET.get("month", "").split("-"))
        dt.date(year, month, 1)
    except ValueError:
        year, month = today.year, today.month
    summary = selectors.month_summary(user=request.user, year=year, month=month)
    first = dt.date(year, month, 1)
    previous = (first - dt.timedelta(days=1)).replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return render(
        request,
        "journal/calendar.html",
        {
            "weeks": rules.month_grid(year, month, summary["moods"], summary["counts"]),
            "first": first,
            "previous": previous,
            "following": following if following <= today.replace(day=1) else None,
            "days": summary["days"],
            "year": year,
            "month": month,
        },
    )


@never_cache
@login_required
@require_GET
def prompt(request):
    """Give me a prompt: one for the person's pattern that they have not answered lately.
    Late at night on their clock, after a low mood or with heavy feelings just named, only a
    gentle one; "skip this prompt" (`?lighter=1`) asks for one that does not look back."""
    user, key = request.user, request.vault.data_key
    state = selectors.recent_state(user=user, data_key=key)
    chosen = rules.pick_prompt(
        content.prompts(),
        pattern=selectors.attachment_pattern(user=user),
        recent_ids=selectors.recent_prompt_ids(user=user),
        rng=random.Random(),
        stage=request.GET.get("stage") or None,
        gentle=rules.wants_gentle(
            hour=timezone.localtime().hour,
            last_mood=state["mood"],
            recent_emotions=state["emotions"],
            heavy=selectors.heavy_emotions(),
        ),
        lighter=request.GET.get("lighter") == "1",
        ruminating=selectors.guard(user=user, data_key=key)["loop"],
    )
    if chosen is None:
        raise Http404("No prompt for that stage")
    return redirect(
        f"{reverse('journal:new')}?{urlencode({'mode': 'guided', 'prompt': chosen['id']})}"
    )
