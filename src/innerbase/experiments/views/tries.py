"""A try of a step: the prediction first (which makes the try), then later what happened.
An outcome has no page of its own before a prediction: the try is made by the prediction."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from innerbase.core.saving import saved_and_screened
from innerbase.experiments import forms, selectors, services


def ref_of(attempt) -> str:
    return f"experiments.try:{attempt.pk}"


def url_of(ladder, attempt) -> str:
    return reverse("experiments:try", args=[ladder.pk, attempt.pk])


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def try_new(request, ladder_id, step_id):
    """Before trying a step: what will happen, how bad it will feel, how sure you are."""
    ladder = selectors.ladder_or_404(user=request.user, pk=ladder_id)
    step = selectors.step_or_404(user=request.user, ladder=ladder, pk=step_id)
    key = request.vault.data_key
    form = forms.PredictionForm(
        request.POST or None, initial={"predicted_distress": 50, "confidence": 50}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        attempt = services.try_predict(step=step, data_key=key, **data)
        messages.info(request, "Saved. After you try it, come back and say what happened.")
        return saved_and_screened(
            request,
            data["prediction"],
            ref=ref_of(attempt),
            back=ladder.get_absolute_url(),
            page=url_of(ladder, attempt),
        )
    return render(
        request,
        "experiments/try_new.html",
        {
            "ladder": ladder,
            "step": step,
            "step_text": selectors.step_text(step=step, data_key=key),
            "form": form,
        },
        status=422 if form.errors else 200,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def try_outcome(request, ladder_id, try_id):
    """What happened on a try: shown beside the prediction, saved, and on to the evidence."""
    ladder = selectors.ladder_or_404(user=request.user, pk=ladder_id)
    attempt = selectors.try_or_404(user=request.user, ladder=ladder, pk=try_id)
    key = request.vault.data_key
    words = selectors.try_words(attempt=attempt, data_key=key)
    initial: dict[str, object] = {"outcome": words["outcome"], "learned": words["learned"]}
    if attempt.recorded_at is not None:
        initial["actual_distress"] = attempt.actual_distress
        initial["feared_outcome_happened"] = "yes" if attempt.feared_outcome_happened else "no"
    else:
        initial["actual_distress"] = 50
    form = forms.OutcomeForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.try_record(attempt=attempt, data_key=key, **data)
        messages.info(request, "Saved. Here is what your tries show so far.")
        return saved_and_screened(
            request,
            data["outcome"],
            data["learned"],
            ref=ref_of(attempt),
            back=reverse("experiments:evidence", args=[ladder.pk]),
            page=url_of(ladder, attempt),
        )
    return render(
        request,
        "experiments/try.html",
        {
            "ladder": ladder,
            "attempt": attempt,
            "step_text": selectors.step_text(step=attempt.step, data_key=key),
            "prediction": words["prediction"],
            "form": form,
        },
        status=422 if form.errors else 200,
    )
