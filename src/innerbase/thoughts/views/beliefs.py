"""Core-belief pages: the list with the starter beliefs to add, and one belief with its
believability over time and the records linked to it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from innerbase.core.charts import trajectory
from innerbase.core.saving import deleted, saved_and_screened
from innerbase.thoughts import content, forms, selectors, services, shortlists

LINKED_SHOWN = 20


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def beliefs(request):
    key = request.vault.data_key
    mine = selectors.beliefs_with_text(user=request.user, data_key=key)
    taken = {b["starter"] for b in mine if b["starter"]}
    if request.method == "POST":
        form = forms.BeliefAddForm(taken, request.POST)
        if form.is_valid():
            data = form.cleaned_data
            belief = services.belief_add(
                user=request.user,
                data_key=key,
                text=data["text"],
                starter=data["starter"],
                rating=data["rating"],
            )
            back = belief.get_absolute_url()
            if not data["text"]:
                return redirect(back)
            return saved_and_screened(
                request, data["text"], ref=f"thoughts.belief:{belief.pk}", back=back
            )
    else:
        form = forms.BeliefAddForm(taken, initial={"rating": 50})
    status = 422 if form.errors else 200
    chosen = str(form["starter"].value() or "")
    return render(
        request,
        "thoughts/beliefs.html",
        {
            "beliefs": mine,
            "form": form,
            "starter_themes": shortlists.starters_by_theme(
                content.starter_themes(), taken, chosen, prefix=""
            ),
            "starter_chosen": chosen,
        },
        status=status,
    )


def _rating_chart(ratings) -> dict:
    chart = trajectory([r.rating for r in ratings], 0, 100)
    chart["summary"] = ", ".join(f"{r.rating} on {r.rated_at:%-d %b %Y}" for r in ratings[-12:])
    return chart


def _belief_page(request, belief, form, status=200, words=None):
    key = request.vault.data_key
    ratings = selectors.belief_ratings(belief=belief)
    linked = selectors.records_linked(
        user=request.user, belief=belief, data_key=key, limit=LINKED_SHOWN
    )
    text = selectors.belief_text(belief=belief, data_key=key)
    return render(
        request,
        "thoughts/belief.html",
        {
            "belief": belief,
            "text": text,
            "ratings": ratings,
            "recent_ratings": ratings[::-1][:12],
            "chart": _rating_chart(ratings) if len(ratings) > 1 else None,
            "linked_count": linked["count"],
            "linked": linked["shown"],
            "form": form,
            "words": words or forms.BeliefWordsForm(initial={"text": text}),
        },
        status=status,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def belief(request, belief_id):
    belief = selectors.belief_or_404(user=request.user, pk=belief_id)
    if request.method == "POST":
        form = forms.BeliefRateForm(request.POST)
        if form.is_valid():
            services.belief_rate(belief=belief, rating=form.cleaned_data["rating"])
            messages.info(request, "Saved. Beliefs often loosen slowly, a little at a time.")
            return redirect(belief.get_absolute_url())
        return _belief_page(request, belief, form, status=422)
    return _belief_page(request, belief, forms.BeliefRateForm(initial={"rating": belief.rating}))


@never_cache
@login_required
@require_POST
def belief_delete(request, belief_id):
    belief = selectors.belief_or_404(user=request.user, pk=belief_id)
    deleted(request, ref=f"thoughts.belief:{belief.pk}")
    services.belief_delete(belief=belief)
    messages.info(request, "That belief is removed. Records that linked to it are kept.")
    return redirect("thoughts:beliefs")


@never_cache
@login_required
@require_POST
def belief_words(request, belief_id):
    """Change a belief's wording; its ratings and linked records stay with it."""
    belief = selectors.belief_or_404(user=request.user, pk=belief_id)
    words = forms.BeliefWordsForm(request.POST)
    if not words.is_valid():
        rate = forms.BeliefRateForm(initial={"rating": belief.rating})
        return _belief_page(request, belief, rate, status=422, words=words)
    text = words.cleaned_data["text"]
    services.belief_reword(belief=belief, data_key=request.vault.data_key, text=text)
    messages.info(request, "Saved in your new words.")
    back = belief.get_absolute_url()
    return saved_and_screened(request, text, ref=f"thoughts.belief:{belief.pk}", back=back)
