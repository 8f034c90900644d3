"""Journal pages: the list with quick check-in, search and filters; writing and editing an
entry (drafts saved as you type, versions kept); the calendar; prompts; the rumination guard."""

import datetime as dt
import random

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from innerbase.accounts.middleware import remember_time_zone
from innerbase.journal import content, forms, markup, rules, search, services
from innerbase.journal.models import MODES, Entry, EntryVersion, Space
from innerbase.safety import content as safety_content
from innerbase.safety import screening

PER_PAGE = 20
MODE_LABELS = dict(MODES)
SETTLE = "journal_settle"


def _ref(entry: Entry) -> str:
    return f"journal.entry:{entry.pk}"


def _after_save(request, entry: Entry, body: dict, back: str):
    result = screening.after_save(request, *services.texts_of(body), ref=_ref(entry), back=back)
    return redirect(screening.next_url(result, back))


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
    key = request.vault.data_key
    names = services.space_names(request.user, key)
    filters = forms.FilterForm(request.GET or None, spaces=names)
    searching = bool(request.GET) and filters.is_valid() and any(filters.cleaned_data.values())
    rows = Entry.objects.filter(owner=request.user).order_by("-occurred_at")
    if searching:
        found = search.find(request.user, key, **filters.cleaned_data)
    else:
        found = rows.values_list("pk", flat=True)
    page = Paginator(found, PER_PAGE).get_page(request.GET.get("page"))
    # by primary key alone: with the owner too, SQLite walks the owner's whole index
    entries = services.opened(
        request.user, key, Entry.objects.filter(pk__in=list(page.object_list))
    )
    today = timezone.localdate()
    month = services.month_summary(request.user, today.year, today.month)
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "journal/index.html",
        {
            "quick": forms.QuickForm(),
            "quick_emotions": quick_emotions(),
            "filters": filters,
            "searching": searching,
            "entries": decorate(entries, names),
            "page": page,
            "query": query.urlencode(),
            "days_this_month": month["days"],
        },
    )


def check_in_card(request) -> dict:
    """The quick check-in on Today."""
    return {"quick": forms.QuickForm(), "quick_emotions": quick_emotions()}


def quick_emotions(checked=()) -> dict:
    """A few emotions from each family as chips; the rest one tap away."""
    families = content.emotion_families()
    return markup.quick_chips(
        [e for family in families for e in family["emotions"][:2]],
        [{**family, "emotions": family["emotions"][2:]} for family in families],
        set(checked),
    )


@never_cache
@login_required
@require_POST
def quick(request):
    remember_time_zone(request, request.POST.get("time_zone", ""))  # before reading any time
    form = forms.QuickForm(request.POST)
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}):
        back = reverse("journal:index")
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
    entry = services.create(request.user, request.vault.data_key, **form.entry_fields())
    messages.success(request, "Checked in. Thank you for taking a moment for yourself.")
    body = services.full_body(form.entry_fields()["body"])
    return _after_save(request, entry, body, back)


def _entry_page_context(request, form, *, entry=None, mode="free", prompt=None, draft=None):
    key = request.vault.data_key
    return {
        "form": form,
        "entry": entry,
        "mode": mode,
        "mode_label": MODE_LABELS.get(mode, mode),
        "prompt": prompt,
        "modes_copy": content.modes(),
        "emotion_groups": _emotion_groups(form),
        "suggestions": services.tag_suggestions(request.user, key),
        "urge_rows": _urge_rows(form),
        "gratitude_rows": [(form[f"good_{n}"], form[f"why_{n}"]) for n in (1, 2, 3)],
        "draft": draft,
        "draft_key": _draft_key(entry, mode),
        "guard": services.guard(request.user, key) if entry is None else None,
    }


def _emotion_groups(form) -> list[dict]:
    """Families of emotions with what is chosen and how strong, for the picker."""
    chosen = set(form["emotions"].value() or [])
    strength = _intensities(form)
    groups = []
    for family in content.emotion_families():
        emotions = [
            {**e, "checked": e["key"] in chosen, "intensity": strength.get(e["key"], 50)}
            for e in family["emotions"]
        ]
        groups.append({**family, "emotions": emotions, "open": any(e["checked"] for e in emotions)})
    return groups


def _urge_rows(form) -> list[dict]:
    chosen, acted = set(form["urges"].value() or []), set(form["acted"].value() or [])
    return [
        {"key": key, "label": label, "checked": key in chosen, "acted": key in acted}
        for key, label in safety_content.urges().items()
    ]


def _intensities(form) -> dict[str, int]:
    if form.is_bound:
        return {
            k.removeprefix("intensity-"): v
            for k, v in form.data.items()
            if k.startswith("intensity-")
        }
    return dict(form.initial.get("intensities", {}))


def _draft_key(entry, mode) -> str:
    return f"entry:{entry.pk}" if entry else f"new:{mode}"


def _mode_and_prompt(request):
    mode = request.GET.get("mode") or request.POST.get("mode") or "free"
    if mode not in MODE_LABELS or mode == "quick":
        raise Http404("No such kind of entry")
    prompt_id = request.GET.get("prompt") or request.POST.get("prompt_id") or ""
    prompt = content.prompts_by_id().get(prompt_id)
    if prompt_id and prompt is None:
        raise Http404("No such prompt")
    return ("guided" if prompt and mode == "free" else mode), prompt


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def new(request):
    mode, prompt = _mode_and_prompt(request)
    key = request.vault.data_key
    if request.method == "POST":
        remember_time_zone(request, request.POST.get("time_zone", ""))  # times are local to it
        form = forms.EntryForm(request.POST, spaces=services.space_names(request.user, key))
        if form.is_valid():
            data = form.cleaned_data
            body = form.body()
            entry = services.create(
                request.user,
                key,
                body=body,
                writing_seconds=form.writing_seconds(),
                mode=data["mode"],
                prompt_id=data["prompt_id"] if data["prompt_id"] in content.prompts_by_id() else "",
                mood=data["mood"],
                energy=data["energy"],
                occurred_at=data["occurred_at"],
                space=_own_space(request, data["space"]),
            )
            services.draft_discard(request.user, _draft_key(None, mode))
            if rules.long_late_session(entry.writing_seconds, timezone.localtime()):
                request.session[SETTLE] = str(entry.pk)
            return _after_save(request, entry, services.full_body(body), entry.get_absolute_url())
        return render(
            request,
            "journal/entry_form.html",
            _entry_page_context(request, form, mode=mode, prompt=prompt),
            status=422,
        )
    draft = services.draft_get(request.user, key, _draft_key(None, mode))
    initial = {
        "mode": mode,
        "prompt_id": prompt["id"] if prompt else "",
        "occurred_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "opened_at": int(timezone.now().timestamp()),
    }
    if draft:
        initial.update(_draft_initial(draft.fields))
        initial["opened_at"] = int(draft.started_at.timestamp())
    if request.GET.get("space"):
        initial.setdefault("space", request.GET["space"])
    form = forms.EntryForm(initial=initial, spaces=services.space_names(request.user, key))
    return render(
        request,
        "journal/entry_form.html",
        _entry_page_context(request, form, mode=mode, prompt=prompt, draft=draft),
    )


MULTI = ("emotions", "urges", "acted")


def _draft_initial(fields: dict) -> dict:
    """Form values from a saved draft (a dict of the form's POST data)."""
    initial = {k: v for k, v in fields.items() if k not in MULTI and not k.startswith("intensity-")}
    for name in MULTI:
        initial[name] = fields.get(name, [])
    initial["intensities"] = {
        k.removeprefix("intensity-"): v for k, v in fields.items() if k.startswith("intensity-")
    }
    initial.pop("csrfmiddlewaretoken", None)
    return initial


def _own_space(request, space_id: str) -> Space | None:
    """The person's own space (the form's choices are theirs already), or the main journal."""
    return get_object_or_404(Space, pk=space_id, owner=request.user) if space_id else None


def _own_entry(request, entry_id) -> Entry:
    return get_object_or_404(Entry, pk=entry_id, owner=request.user)


@never_cache
@login_required
@require_GET
def entry(request, entry_id):
    entry = _own_entry(request, entry_id)
    key = request.vault.data_key
    body = services.body_of(entry, key)
    names = content.emotions()
    urges = safety_content.urges()
    settle = request.session.pop(SETTLE, None) == str(entry.pk)
    guard = services.guard(request.user, key)
    return render(
        request,
        "journal/entry.html",
        {
            "entry": entry,
            "space_name": entry.space.open_text(key, "name") if entry.space_id else "",
            "today": timezone.localdate(),
            "body": body,
            "html": rules.render_markdown(body["text"]),
            "mode_label": MODE_LABELS.get(entry.mode, entry.mode),
            "prompt": content.prompts_by_id().get(entry.prompt_id),
            "emotions": [{"label": names.get(e["name"], e["name"]), **e} for e in body["emotions"]],
            "urges": [
                {"label": u["name"] if u.get("own") else urges.get(u["name"], u["name"]), **u}
                for u in body["urges"]
            ],
            "settle": settle,
            "guard": guard if guard["loop"] else None,
            "guard_prompts": _guard_prompts(request.user),
            "linked_records": _linked_records(entry),
            "modes_copy": content.modes(),
        },
    )


def _guard_prompts(user) -> dict:
    rng = random.Random()
    recent = services.recent_prompt_ids(user)
    return {  # template-friendly keys: a variable name cannot hold a hyphen
        name: rules.pick_prompt(
            content.prompts(), pattern=None, recent_ids=recent, rng=rng, stage=stage
        )
        for name, stage in (("distanced", "self-distanced"), ("meaning", "meaning-making"))
    }


def _linked_records(entry):
    """Thought records started from this entry, when that capability is installed."""
    if not apps.is_installed("innerbase.thoughts"):
        return []
    records = apps.get_model("thoughts", "ThoughtRecord").objects
    return list(records.filter(entry=entry, owner=entry.owner).order_by("created_at"))


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def edit(request, entry_id):
    entry = _own_entry(request, entry_id)
    key = request.vault.data_key
    if request.method == "POST":
        remember_time_zone(request, request.POST.get("time_zone", ""))  # times are local to it
        form = forms.EntryForm(request.POST, spaces=services.space_names(request.user, key))
        if form.is_valid():
            data = form.cleaned_data
            body = form.body()
            services.update(
                entry,
                key,
                body=body,
                mood=data["mood"],
                energy=data["energy"],
                occurred_at=data["occurred_at"],
                space=_own_space(request, data["space"]),
            )
            services.draft_discard(request.user, _draft_key(entry, entry.mode))
            messages.success(
                request, "Saved. The earlier version is kept under “Earlier versions”."
            )
            return _after_save(request, entry, services.full_body(body), entry.get_absolute_url())
        context = _entry_page_context(request, form, entry=entry, mode=entry.mode)
        return render(request, "journal/entry_form.html", context, status=422)
    body = services.body_of(entry, key)
    initial = forms.initial_from_body(entry, body)
    initial["intensities"] = {e["name"]: e["intensity"] for e in body["emotions"]}
    draft = services.draft_get(request.user, key, _draft_key(entry, entry.mode))
    if draft:
        initial.update(_draft_initial(draft.fields))
    form = forms.EntryForm(initial=initial, spaces=services.space_names(request.user, key))
    prompt = content.prompts_by_id().get(entry.prompt_id)
    return render(
        request,
        "journal/entry_form.html",
        _entry_page_context(
            request, form, entry=entry, mode=entry.mode, prompt=prompt, draft=draft
        ),
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request, entry_id):
    entry = _own_entry(request, entry_id)
    if request.method == "POST":
        services.delete(entry, request.vault.data_key)
        messages.success(request, "The entry and its earlier versions are deleted.")
        return redirect("journal:index")
    return render(request, "journal/delete.html", {"entry": entry})


@never_cache
@login_required
@require_GET
def versions(request, entry_id):
    entry = _own_entry(request, entry_id)
    key = request.vault.data_key
    earlier = []
    for version in entry.versions.order_by("-number"):
        body = services.full_body(version.open_json(key, "body", default={}))
        earlier.append(
            {"version": version, "html": rules.render_markdown(body["text"]), "body": body}
        )
    return render(request, "journal/versions.html", {"entry": entry, "earlier": earlier})


@never_cache
@login_required
@require_POST
def restore(request, entry_id, number):
    entry = _own_entry(request, entry_id)
    version = get_object_or_404(EntryVersion, entry=entry, number=number, owner=request.user)
    services.restore(entry, request.vault.data_key, version)
    messages.success(
        request, f"Version {number} is back. What it replaced is kept as a version too."
    )
    return redirect(entry.get_absolute_url())


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
    summary = services.month_summary(request.user, year, month)
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
    """Give me a prompt: one for the person's pattern that they have not answered lately."""
    stage = request.GET.get("stage") or None
    chosen = rules.pick_prompt(
        content.prompts(),
        pattern=services.attachment_pattern(request.user),
        recent_ids=services.recent_prompt_ids(request.user),
        rng=random.Random(),
        stage=stage,
    )
    if chosen is None:
        raise Http404("No prompt for that stage")
    return redirect(
        f"{reverse('journal:new')}?{urlencode({'mode': 'guided', 'prompt': chosen['id']})}"
    )


@login_required
@require_POST
def draft_save(request):
    """Autosave: keep what is being typed (sealed), so a closed tab loses nothing."""
    draft_key = request.POST.get("draft_key", "")
    if not (draft_key.startswith("new:") or draft_key.startswith("entry:")) or len(draft_key) > 64:
        return HttpResponse(status=422)
    if draft_key.startswith("entry:"):
        _own_entry(request, draft_key.removeprefix("entry:"))
    known = set(forms.EntryForm.base_fields)
    fields = {}
    for name in request.POST:
        if name not in known and not (
            name.startswith("intensity-") and name.removeprefix("intensity-") in content.emotions()
        ):
            continue  # only the entry form's own fields are kept
        values = request.POST.getlist(name)
        fields[name] = values if name in MULTI else values[-1][: services.MAX_TEXT]
    services.draft_save(request.user, request.vault.data_key, draft_key, fields)
    return HttpResponse(status=204)


@login_required
@require_POST
def draft_discard(request):
    draft_key = request.POST.get("draft_key", "")
    services.draft_discard(request.user, draft_key)
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}):
        back = reverse("journal:index")
    messages.info(request, "The draft is gone.")
    return redirect(back)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def spaces(request):
    """Separate journals: make one, rename one, or remove one (its entries move back)."""
    key = request.vault.data_key
    form = forms.SpaceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        space = services.space_save(request.user, key, form.cleaned_data["name"])
        messages.success(request, "Made. You can choose it when you write an entry.")
        return _space_saved(request, space, form.cleaned_data["name"])
    counts = dict(
        Entry.objects.filter(owner=request.user)
        .values_list("space_id")
        .annotate(n=Count("id"))
        .values_list("space_id", "n")
    )
    return render(
        request,
        "journal/spaces.html",
        {
            "form": form,
            "spaces": [
                {"space": space, "name": name, "entries": counts.get(space.pk, 0)}
                for space, name in services.spaces(request.user, key)
            ],
            "main_entries": counts.get(None, 0),
        },
        status=422 if form.errors else 200,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def space_edit(request, space_id):
    space = get_object_or_404(Space, pk=space_id, owner=request.user)
    key = request.vault.data_key
    if request.method == "POST" and request.POST.get("delete"):
        services.space_delete(space, key)
        messages.success(request, "That journal is gone; its entries are in the main journal now.")
        return redirect("journal:spaces")
    form = forms.SpaceForm(request.POST or None, initial={"name": space.open_text(key, "name")})
    if request.method == "POST" and form.is_valid():
        services.space_save(request.user, key, form.cleaned_data["name"], space)
        messages.success(request, "Renamed.")
        return _space_saved(request, space, form.cleaned_data["name"])
    return render(
        request,
        "journal/space_edit.html",
        {"form": form, "space": space},
        status=422 if form.errors else 200,
    )


def _space_saved(request, space, name: str):
    """A journal's name is free text too, so it passes the crisis screen like any save."""
    back = reverse("journal:spaces")
    result = screening.after_save(request, name, ref=f"journal.space:{space.pk}", back=back)
    return redirect(screening.next_url(result, back))
