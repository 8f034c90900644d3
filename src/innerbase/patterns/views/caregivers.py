"""The early-caregivers reflection: a note first, then one gentle step per screen, and the
ECR-RS results about the mother and the father where the person took them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from innerbase.core import distress
from innerbase.core.forms import DistressCheckForm
from innerbase.core.saving import deleted
from innerbase.core.stop_rule import calming_offer_keep, calming_offer_pop
from innerbase.patterns import content, selectors, services
from innerbase.patterns.views import steps


def _results(request) -> dict:
    return {
        "results": selectors.parent_results(user=request.user),
        "results_words": content.results_words(),
        "ecr_rs_url": selectors.ecr_rs_url(),
    }


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def index(request):
    """The note, the start (with how upset now, optional), and earlier reflections."""
    check = DistressCheckForm(request.POST if request.method == "POST" else None, asks=("before",))
    if request.method == "POST" and check.is_valid():
        before = check.distress()["before"]
        reflection = services.reflection_start(
            user=request.user, data_key=request.vault.data_key, before=before
        )
        calming_offer_keep(request, ref=steps.ref(reflection), before=before)
        return redirect(steps.first_url(reflection))
    rows = []
    for reflection in selectors.reflections_newest(user=request.user):
        resume = selectors.resume_step(row=reflection)
        rows.append(
            {
                "reflection": reflection,
                "resume_url": steps.url(reflection, resume) if resume else "",
            }
        )
    context = {
        "check": check,
        "intro": content.intro("caregivers"),
        "steps": content.steps("caregivers"),
        "rows": rows,
        **_results(request),
    }
    return render(request, "patterns/caregivers.html", context, status=422 if check.errors else 200)


@never_cache
@login_required
@require_GET
def reflection(request, reflection_id):
    reflection = selectors.reflection_or_404(user=request.user, pk=reflection_id)
    body = selectors.body_of(row=reflection, data_key=request.vault.data_key)
    resume = selectors.resume_step(row=reflection)
    context = {
        "reflection": reflection,
        "answers": [
            {"step": s, "text": body["answers"][s["key"]], "url": steps.url(reflection, s["key"])}
            for s in content.steps("caregivers")
        ],
        "resume_url": steps.url(reflection, resume) if resume else "",
        "distress": distress.of(body),
        "calming": calming_offer_pop(request, ref=steps.ref(reflection)),
        **_results(request),
    }
    return render(request, "patterns/reflection.html", context)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request, reflection_id):
    reflection = selectors.reflection_or_404(user=request.user, pk=reflection_id)
    if request.method == "POST":
        deleted(request, ref=steps.ref(reflection))
        services.row_delete(row=reflection)
        messages.info(request, "That reflection is deleted.")
        return redirect("patterns:caregivers")
    back = reflection.get_absolute_url()
    return render(request, "patterns/delete.html", {"what": "this reflection", "back": back})
