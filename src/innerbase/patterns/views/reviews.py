"""Pattern review pages: the list, starting a review, one review, deleting it, and the
recurring themes across reviews."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from innerbase.core import distress
from innerbase.core.saving import deleted, saved_and_screened
from innerbase.core.stop_rule import calming_offer_keep, calming_offer_pop
from innerbase.patterns import content, forms, selectors, services
from innerbase.patterns.views import steps
from innerbase.people import selectors as people

# who a past relationship can have been with (people.json roles): not friends or family
PAST_PARTNERS = ("ex", "partner", "new", "other")


@never_cache
@login_required
@require_GET
def index(request):
    shown = selectors.reviews_shown(user=request.user, data_key=request.vault.data_key)
    for row in shown:
        resume = selectors.resume_step(row=row["review"])
        row["resume_url"] = steps.url(row["review"], resume) if resume else ""
    return render(request, "patterns/index.html", {"rows": shown})


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def new(request):
    key = request.vault.data_key
    choices = people.choices(user=request.user, data_key=key, roles=PAST_PARTNERS)
    form = forms.ReviewStartForm(choices, request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        before = form.distress()["before"]
        chosen = form.cleaned_data["person"]
        review = services.review_start(
            user=request.user,
            data_key=key,
            title=form.cleaned_data["title"],
            person=people.person_or_none(user=request.user, pk=chosen) if chosen else None,
            before=before,
        )
        calming_offer_keep(request, ref=steps.ref(review), before=before)
        target = steps.first_url(review)
        if not form.cleaned_data["title"]:
            return redirect(target)
        return saved_and_screened(
            request, form.cleaned_data["title"], ref=steps.ref(review), back=target
        )
    context = {
        "form": form,
        "check": form,
        "steps": content.steps("review"),
        "intro": content.intro("review"),
    }
    return render(request, "patterns/new.html", context, status=422 if form.errors else 200)


@never_cache
@login_required
@require_GET
def review(request, review_id):
    review = selectors.review_or_404(user=request.user, pk=review_id)
    key = request.vault.data_key
    row = selectors.reviews_shown(user=request.user, data_key=key, reviews=[review])[0]
    body = row["body"]
    by_code = content.themes_by_code()
    resume = selectors.resume_step(row=review)
    return render(
        request,
        "patterns/review.html",
        {
            **row,
            "answers": [
                {"step": s, "text": body["answers"][s["key"]], "url": steps.url(review, s["key"])}
                for s in content.steps("review")
                if s["key"] != "themes"
            ],
            "themes": [by_code[c]["label"] for c in review.themes if c in by_code],
            "own_themes": body["own_themes"],
            "themes_url": steps.url(review, "themes"),
            "resume_url": steps.url(review, resume) if resume else "",
            "distress": distress.of(body),
            "calming": calming_offer_pop(request, ref=steps.ref(review)),
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def details(request, review_id):
    """Change the title, or who the review is about (a wrong pick, or someone added later)."""
    review = selectors.review_or_404(user=request.user, pk=review_id)
    key = request.vault.data_key
    choices = people.choices(user=request.user, data_key=key, roles=PAST_PARTNERS)
    title = selectors.body_of(row=review, data_key=key)["title"]
    initial = {"title": title, "person": str(review.person_id or "")}
    posted = request.POST if request.method == "POST" else None
    form = forms.ReviewDetailsForm(choices, posted, initial=initial)
    if request.method == "POST" and form.is_valid():
        chosen = form.cleaned_data["person"]
        services.review_details_save(
            review=review,
            data_key=key,
            title=form.cleaned_data["title"],
            person=people.person_or_none(user=request.user, pk=chosen) if chosen else None,
        )
        page = review.get_absolute_url()
        if not form.cleaned_data["title"]:
            return redirect(page)
        return saved_and_screened(
            request, form.cleaned_data["title"], ref=steps.ref(review), back=page
        )
    context = {"form": form, "review": review}
    return render(request, "patterns/details.html", context, status=422 if form.errors else 200)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request, review_id):
    review = selectors.review_or_404(user=request.user, pk=review_id)
    if request.method == "POST":
        deleted(request, ref=steps.ref(review))
        services.row_delete(row=review)
        messages.info(request, "That review is deleted.")
        return redirect("patterns:index")
    return render(
        request, "patterns/delete.html", {"what": "this review", "back": review.get_absolute_url()}
    )


@never_cache
@login_required
@require_GET
def themes(request):
    found = selectors.recurring_themes(user=request.user, data_key=request.vault.data_key)
    return render(request, "patterns/themes.html", found)
