"""Setback review: a short guided look at a setback, started from Practice, or from the pause
tool or a journal entry when the person acted on an urge. Setbacks are information."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from innerbase.core.saving import deleted, saved_and_screened
from innerbase.practice import content, forms, selectors, services

SHOWN = 50
SOURCES = ("pause", "journal")  # where "review this setback" links come from (a plain word)
# The pause's and the journal's urge codes (safety/content/pause.json), as the setback kind
# the review starts with; the person can change it.
URGE_KINDS = {
    "text_them": "texted",
    "check_profile": "checked",
    "chase": "chased",
    "shut_down": "shut_down",
    "pick_fight": "lashed_out",
    "numb_out": "shut_down",
    "own": "other",
}


@never_cache
@login_required
@require_GET
def setbacks(request):
    return render(
        request,
        "practice/setbacks.html",
        {
            "words": content.setback(),
            "setbacks": [
                {"setback": row, "kind": content.setback()["kinds"].get(row.kind, "")}
                for row in selectors.setbacks_newest(user=request.user)[:SHOWN]
            ],
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def setback_new(request):
    source = request.GET.get("from", "")
    source = source if source in SOURCES else ""
    words = content.setback()
    if request.method == "POST":
        form = forms.SetbackForm(request.POST)
        if form.is_valid():
            answers = form.answers()
            setback = services.setback_create(
                user=request.user,
                data_key=request.vault.data_key,
                kind=form.cleaned_data["kind"],
                answers=answers,
                source=source,
            )
            messages.info(request, words["done"])
            back = setback.get_absolute_url()
            return saved_and_screened(
                request, *answers.values(), ref=f"practice.setback:{setback.pk}", back=back
            )
    else:
        form = forms.SetbackForm(initial={"kind": URGE_KINDS.get(request.GET.get("urge", ""))})
    return render(
        request,
        "practice/setback_new.html",
        {"form": form, "words": words},
        status=422 if form.errors else 200,
    )


@never_cache
@login_required
@require_GET
def setback(request, setback_id):
    row = selectors.setback_or_404(user=request.user, pk=setback_id)
    words = content.setback()
    answers = selectors.setback_answers(setback=row, data_key=request.vault.data_key)
    return render(
        request,
        "practice/setback.html",
        {
            "setback": row,
            "kind": words["kinds"].get(row.kind, ""),
            "answers": [
                {"label": step["label"], "text": answers[step["key"]]} for step in words["steps"]
            ],
        },
    )


@never_cache
@login_required
@require_POST
def setback_delete(request, setback_id):
    row = selectors.setback_or_404(user=request.user, pk=setback_id)
    deleted(request, ref=f"practice.setback:{row.pk}")
    services.setback_delete(setback=row)
    messages.info(request, "That review is removed.")
    return redirect("practice:setbacks")
