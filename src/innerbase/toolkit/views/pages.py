"""The toolkit's pages. An exercise starts a use with the rating before (optional); the use's
page shows the steps and asks the rating after (optional); then the list shows the ranking."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from innerbase.core.forms import DistressCheckForm
from innerbase.core.stop_rule import calming_offer_keep, calming_offer_pop
from innerbase.toolkit import content, ranking, selectors, services

OFFER_REF = "toolkit:index"  # the calming offer after a use is shown on the list
COUNTED = "Saved. It now counts in what helps you."
NOT_COUNTED = "Saved. A use counts in what helps you when it has a rating at the start and the end."


@never_cache
@login_required
@require_GET
def index(request):
    numbers = selectors.overview(user=request.user)
    helps, stats = numbers["ranked"], numbers["stats"]
    library = [{**page, **stats[page["code"]]} for page in selectors.exercise_pages()]
    use = selectors.unfinished(user=request.user)
    return render(
        request,
        "toolkit/index.html",
        {
            "words": content.words(),
            "rule": ranking.RULE,
            "helps": helps,
            "library": library,
            "unfinished": use,
            "unfinished_exercise": selectors.exercise(use.exercise) if use else None,
            "calming": calm_offer(request),
        },
    )


def calm_offer(request) -> dict | None:
    return calming_offer_pop(request, ref=OFFER_REF)


def _exercise_or_404(code: str) -> dict:
    found = selectors.exercise_page(code)
    if found is None:
        raise Http404
    return found


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def exercise(request, code):
    found = _exercise_or_404(code)
    form = DistressCheckForm(request.POST or None, asks=("before",))
    if request.method == "POST" and form.is_valid():
        use = services.use_start(user=request.user, code=code, before=form.distress()["before"])
        return redirect(use.get_absolute_url())
    return render(
        request,
        "toolkit/exercise.html",
        {"exercise": found, "form": form, "words": content.words()},
        status=422 if form.errors else 200,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def use(request, use_id):
    tool_use = selectors.use_or_404(user=request.user, pk=use_id)
    found = _exercise_or_404(tool_use.exercise)
    initial = {"distress_after": tool_use.after}
    form = DistressCheckForm(request.POST or None, asks=("after",), initial=initial)
    if request.method == "POST" and form.is_valid():
        services.use_finish(use=tool_use, after=form.distress()["after"])
        messages.success(request, COUNTED if tool_use.counted else NOT_COUNTED)
        calming_offer_keep(request, ref=OFFER_REF, before=tool_use.before, after=tool_use.after)
        return redirect("toolkit:index")
    return render(
        request,
        "toolkit/use.html",
        {
            "use": tool_use,
            "exercise": found,
            "form": form,
            "words": content.words(),
        },
        status=422 if form.errors else 200,
    )
