"""Ladder pages: the list (start from a template, or make your own), starting one after a
confirming tap, one ladder with its steps and tries, changing, putting away and deleting it,
and the person's "ready to climb on" for a step."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from innerbase.core.saving import deleted, saved_and_screened
from innerbase.experiments import forms, selectors, services

TRIES_SHOWN = 3  # a step's latest tries on the ladder page; the evidence log has them all


def ref_of(ladder) -> str:
    return f"experiments.ladder:{ladder.pk}"


@never_cache
@login_required
@require_GET
def index(request):
    key = request.vault.data_key
    active = [
        {"ladder": ladder, "name": selectors.ladder_name(ladder=ladder, data_key=key)}
        for ladder in selectors.ladders_active(user=request.user)
    ]
    archived = [
        {"ladder": ladder, "name": selectors.ladder_name(ladder=ladder, data_key=key)}
        for ladder in selectors.ladders_archived(user=request.user)
    ]
    return render(
        request,
        "experiments/index.html",
        {"active": active, "archived": archived, "templates": selectors.templates()},
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def start(request):
    """A template shown with its why and steps, and started by one tap on Start."""
    code = request.POST.get("template") or request.GET.get("template") or ""
    template = selectors.template(code)
    if template is None:
        raise Http404("No such ladder")
    if request.method == "POST":
        ladder = services.ladder_start(
            user=request.user, data_key=request.vault.data_key, code=code
        )
        messages.info(request, "Your ladder is ready. Start with the first step when you like.")
        return redirect(ladder.get_absolute_url())
    return render(request, "experiments/start.html", {"template": template})


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def new(request):
    """A ladder in the person's own words."""
    form = forms.LadderOwnForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        name, steps = form.cleaned_data["name"], form.step_texts()
        ladder = services.ladder_create(
            user=request.user, data_key=request.vault.data_key, name=name, steps=steps
        )
        back = ladder.get_absolute_url()
        return saved_and_screened(request, name, *steps, ref=ref_of(ladder), back=back)
    status = 422 if form.errors else 200
    return render(request, "experiments/new.html", {"form": form}, status=status)


def _step_rows(ladder, key) -> list[dict]:
    """Each step with its words, its evidence so far, its latest tries and those waiting."""
    by_step = selectors.evidence_of(ladder=ladder)["by_step"]
    waiting: dict = {}
    for attempt in selectors.tries_waiting_on(ladder=ladder):
        waiting.setdefault(attempt.step_id, []).append(attempt)
    rows: list[dict] = []
    current_found = False
    for item in selectors.steps_with_text(ladder=ladder, data_key=key):
        step = item["step"]
        recorded = selectors.tries_of(step=step).exclude(recorded_at=None)[:TRIES_SHOWN]
        # the lowest step not marked ready gets the one main button on the page
        current = not item["step"].ready and not current_found
        current_found = current_found or current
        rows.append(
            {
                **item,
                "current": current,
                "evidence": by_step.get(step.order),
                "waiting": waiting.get(step.pk, []),
                "recent": list(recorded),
            }
        )
    return rows


@never_cache
@login_required
@require_GET
def ladder(request, ladder_id):
    ladder = selectors.ladder_or_404(user=request.user, pk=ladder_id)
    key = request.vault.data_key
    template = selectors.template(ladder.template) if ladder.template else None
    return render(
        request,
        "experiments/ladder.html",
        {
            "ladder": ladder,
            "name": selectors.ladder_name(ladder=ladder, data_key=key),
            "why": template["why"] if template else "",
            "steps": _step_rows(ladder, key),
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def edit(request, ladder_id):
    """Rename the ladder and change its steps' words; add or remove steps."""
    ladder = selectors.ladder_or_404(user=request.user, pk=ladder_id)
    key = request.vault.data_key
    steps = selectors.steps_with_text(ladder=ladder, data_key=key)
    with_tries = selectors.step_ids_with_tries(ladder=ladder)
    initial = {"name": selectors.ladder_name(ladder=ladder, data_key=key)}
    form = forms.LadderEditForm(steps, with_tries, request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        name, step_list = form.cleaned_data["name"], form.step_list()
        services.ladder_rename(ladder=ladder, data_key=key, name=name)
        services.steps_replace(ladder=ladder, data_key=key, steps=step_list)
        texts = [name, *(s["text"] for s in step_list)]
        back = ladder.get_absolute_url()
        return saved_and_screened(request, *texts, ref=ref_of(ladder), back=back)
    status = 422 if form.errors else 200
    return render(
        request,
        "experiments/edit.html",
        {"ladder": ladder, "form": form, "with_tries": with_tries},
        status=status,
    )


@never_cache
@login_required
@require_POST
def archive(request, ladder_id):
    """Put the ladder away, or bring it back (the button says which)."""
    ladder = selectors.ladder_or_404(user=request.user, pk=ladder_id)
    archived = request.POST.get("archived") == "yes"
    services.ladder_archive(ladder=ladder, archived=archived)
    if archived:
        messages.info(request, "Put away. Its steps and tries are kept, and you can bring it back.")
    else:
        messages.info(request, "It is back with your ladders.")
    return redirect(ladder.get_absolute_url())


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request, ladder_id):
    """Asks first; a POST deletes the ladder with its steps and tries."""
    ladder = selectors.ladder_or_404(user=request.user, pk=ladder_id)
    if request.method == "POST":
        for attempt in selectors.tries_of_ladder(ladder=ladder).only("pk"):
            deleted(request, ref=f"experiments.try:{attempt.pk}")
        deleted(request, ref=ref_of(ladder))
        services.ladder_delete(ladder=ladder)
        messages.info(request, "That ladder is deleted.")
        return redirect("experiments:index")
    name = selectors.ladder_name(ladder=ladder, data_key=request.vault.data_key)
    return render(request, "experiments/delete.html", {"ladder": ladder, "name": name})


@never_cache
@login_required
@require_POST
def ready(request, ladder_id, step_id):
    """The person says whether they are ready to climb on from a step: never worked out."""
    ladder = selectors.ladder_or_404(user=request.user, pk=ladder_id)
    step = selectors.step_or_404(user=request.user, ladder=ladder, pk=step_id)
    form = forms.ReadyForm(request.POST)
    if form.is_valid():
        services.step_ready_set(step=step, ready=form.cleaned_data["ready"])
        if form.cleaned_data["ready"]:
            messages.info(request, "Noted. The next step is there when you want it.")
    return redirect(f"{ladder.get_absolute_url()}#step-{step.pk}")
