"""Writing, reading and editing one journal entry: every mode, drafts offered back, versions
kept and restorable, the crisis screen after each save, and the rumination guard's offers."""

import random

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from innerbase.core import distress, registry
from innerbase.core.clock import remember_time_zone
from innerbase.core.markdown import render_markdown
from innerbase.core.saving import deleted, saved_and_screened
from innerbase.core.stop_rule import calming_offer_keep, calming_offer_pop
from innerbase.journal import content, forms, rules, selectors, services
from innerbase.journal.models import MODES, Entry, Space
from innerbase.safety import selectors as safety

MODE_LABELS = dict(MODES)
SETTLE = "journal_settle"


def _ref(entry: Entry) -> str:
    return f"journal.entry:{entry.pk}"


def after_save(request, entry: Entry, body: dict, back: str):
    return saved_and_screened(
        request, *rules.texts_of(body), ref=_ref(entry), back=back, page=entry.get_absolute_url()
    )


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
        "suggestions": selectors.tag_suggestions(user=request.user, data_key=key),
        "urge_rows": _urge_rows(form),
        "folds": _folds(form),
        "gratitude_rows": [(form[f"good_{n}"], form[f"why_{n}"]) for n in (1, 2, 3)],
        "draft": draft,
        "draft_key": _draft_key(entry, mode),
        "guard": selectors.guard(user=request.user, data_key=key) if entry is None else None,
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


def _folds(form) -> dict[str, str]:
    """What each folded part holds, in one line ("sad, lonely"), in the order the page lists
    them: the person's own picks and words, shown on their own page, never in a URL."""
    picked_emotions = set(form["emotions"].value() or [])
    picked_urges = set(form["urges"].value() or [])
    own = (form["own_urge"].value() or "").strip()
    urges = [label.lower() for key, label in safety.urges().items() if key in picked_urges]
    return {
        "emotions": ", ".join(
            label.lower() for key, label in content.emotions().items() if key in picked_emotions
        ),
        "triggers": ", ".join(rules.split_tags(form["triggers"].value() or "")),
        "sensations": ", ".join(rules.split_tags(form["sensations"].value() or "")),
        "urges": ", ".join([*urges, *([own] if own else [])]),
        "helped": " ".join((form["helped"].value() or "").split()),
        "when": str(form["occurred_at"].value() or "").replace("T", " ")[:16],
    }


def _urge_rows(form) -> list[dict]:
    chosen, acted = set(form["urges"].value() or []), set(form["acted"].value() or [])
    return [
        {"key": key, "label": label, "checked": key in chosen, "acted": key in acted}
        for key, label in safety.urges().items()
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
    prompt = selectors.prompts_by_id().get(prompt_id)
    if prompt_id and prompt is None:
        raise Http404("No such prompt")
    return ("guided" if prompt and mode == "free" else mode), prompt


def _posted_form(request, key: bytes) -> forms.EntryForm:
    """The entry form as sent, read on the person's own clock (their zone comes with it)."""
    remember_time_zone(request, request.POST.get("time_zone", ""))
    return forms.EntryForm(
        request.POST, spaces=selectors.space_names(user=request.user, data_key=key)
    )


def _saved_fields(request, data: dict) -> dict:
    """The plain fields a new entry and an edit both save."""
    return {
        "mood": data["mood"],
        "energy": data["energy"],
        "occurred_at": data["occurred_at"],
        "space": _own_space(request, data["space"]),
    }


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def new(request):
    mode, prompt = _mode_and_prompt(request)
    key = request.vault.data_key
    if request.method == "POST":
        form = _posted_form(request, key)
        if form.is_valid():
            data = form.cleaned_data
            body = form.body()
            entry = services.entry_create(
                user=request.user,
                data_key=key,
                body=body,
                writing_seconds=form.writing_seconds(),
                mode=data["mode"],
                prompt_id=data["prompt_id"]
                if data["prompt_id"] in selectors.prompts_by_id()
                else "",
                draft_key=_draft_key(None, mode),
                **_saved_fields(request, data),
            )
            if rules.long_late_session(entry.writing_seconds, timezone.localtime()):
                request.session[SETTLE] = str(entry.pk)
            calming_offer_keep(request, ref=_ref(entry), **form.distress())
            return after_save(request, entry, rules.full_body(body), entry.get_absolute_url())
        return render(
            request,
            "journal/entry_form.html",
            _entry_page_context(request, form, mode=mode, prompt=prompt),
            status=422,
        )
    draft = selectors.draft_get(user=request.user, data_key=key, draft_key=_draft_key(None, mode))
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
    form = forms.EntryForm(
        initial=initial, spaces=selectors.space_names(user=request.user, data_key=key)
    )
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
    return selectors.space_or_404(user=request.user, pk=space_id) if space_id else None


@never_cache
@login_required
@require_GET
def entry(request, entry_id):
    entry = selectors.entry_or_404(user=request.user, pk=entry_id)
    key = request.vault.data_key
    body = selectors.body_of(entry=entry, data_key=key)
    names = content.emotions()
    urges = safety.urges()
    settle = request.session.pop(SETTLE, None) == str(entry.pk)
    guard = selectors.guard(user=request.user, data_key=key)
    return render(
        request,
        "journal/entry.html",
        {
            "entry": entry,
            "space_name": selectors.space_name(space=entry.space, data_key=key),
            "today": timezone.localdate(),
            "body": body,
            "html": render_markdown(body["text"]),
            "mode_label": MODE_LABELS.get(entry.mode, entry.mode),
            "prompt": selectors.prompts_by_id().get(entry.prompt_id),
            "emotions": [{"label": names.get(e["name"], e["name"]), **e} for e in body["emotions"]],
            "urges": [
                {"label": u["name"] if u.get("own") else urges.get(u["name"], u["name"]), **u}
                for u in body["urges"]
            ],
            # an urge acted on: the setback review is offered (its code only, never words)
            "acted_urge": next(
                ("own" if u.get("own") else u["name"] for u in body["urges"] if u.get("acted")),
                "",
            ),
            "settle": settle,
            "distress": distress.of(body),
            # 7 or more, or rising, at the save: calming instead of more writing
            "calming": calming_offer_pop(request, ref=_ref(entry)),
            "guard": guard if guard["loop"] else None,
            "guard_prompts": _guard_prompts(request.user) if guard["loop"] else {},
            "related": registry.related_to("journal.entry", user=request.user, pk=entry.pk),
            "modes_copy": content.modes(),
        },
    )


def _guard_prompts(user) -> dict:
    """The guard's one prompt: self-distanced. No meaning-making: people already searching for
    meaning did worse after writing in the study the guard rests on (Sbarra et al. 2013)."""
    recent = selectors.recent_prompt_ids(user=user)
    distanced = rules.pick_prompt(
        content.prompts(),
        pattern=None,
        recent_ids=recent,
        rng=random.Random(),
        stage="self-distanced",
        ruminating=True,
    )
    return {"distanced": distanced}


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def edit(request, entry_id):
    entry = selectors.entry_or_404(user=request.user, pk=entry_id)
    key = request.vault.data_key
    if request.method == "POST":
        form = _posted_form(request, key)
        if form.is_valid():
            body = form.body()
            before_edit = distress.of(selectors.body_of(entry=entry, data_key=key))
            services.entry_update(
                entry=entry,
                data_key=key,
                body=body,
                draft_key=_draft_key(entry, entry.mode),
                **_saved_fields(request, form.cleaned_data),
            )
            messages.success(
                request, "Saved. What you had before is kept under “Earlier versions”."
            )
            if form.distress() != before_edit:  # offered once per rating, not on every edit
                calming_offer_keep(request, ref=_ref(entry), **form.distress())
            return after_save(request, entry, rules.full_body(body), entry.get_absolute_url())
        context = _entry_page_context(request, form, entry=entry, mode=entry.mode)
        return render(request, "journal/entry_form.html", context, status=422)
    body = selectors.body_of(entry=entry, data_key=key)
    initial = forms.initial_from_body(entry, body)
    initial["intensities"] = {e["name"]: e["intensity"] for e in body["emotions"]}
    draft = selectors.draft_get(
        user=request.user, data_key=key, draft_key=_draft_key(entry, entry.mode)
    )
    if draft:
        initial.update(_draft_initial(draft.fields))
    form = forms.EntryForm(
        initial=initial, spaces=selectors.space_names(user=request.user, data_key=key)
    )
    prompt = selectors.prompts_by_id().get(entry.prompt_id)
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
    entry = selectors.entry_or_404(user=request.user, pk=entry_id)
    if request.method == "POST":
        deleted(request, ref=_ref(entry))
        services.entry_delete(entry=entry, data_key=request.vault.data_key)
        messages.success(request, "The entry is deleted, and so are its earlier versions.")
        return redirect("journal:index")
    return render(request, "journal/delete.html", {"entry": entry})


@never_cache
@login_required
@require_GET
def versions(request, entry_id):
    entry = selectors.entry_or_404(user=request.user, pk=entry_id)
    earlier = [
        {"version": version, "html": render_markdown(body["text"]), "body": body}
        for version, body in selectors.versions_of(entry=entry, data_key=request.vault.data_key)
    ]
    return render(request, "journal/versions.html", {"entry": entry, "earlier": earlier})


@never_cache
@login_required
@require_POST
def restore(request, entry_id, number):
    entry = selectors.entry_or_404(user=request.user, pk=entry_id)
    version = selectors.version_or_404(user=request.user, entry=entry, number=number)
    services.entry_restore(entry=entry, data_key=request.vault.data_key, version=version)
    messages.success(
        request, f"Version {number} is back. What it replaced is kept as a version too."
    )
    return redirect(entry.get_absolute_url())
