"""Affirmations: the library's, for the person's pattern first and by theme, their own, and
the one pinned to Today."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from innerbase.core.saving import saved_and_screened
from innerbase.practice import content, forms, selectors, services


def _page(request, form, status=200):
    key = request.vault.data_key
    plan = selectors.plan_now(user=request.user, data_key=key, links=False)
    pinned = selectors.pinned_affirmation(user=request.user, data_key=key, plan=plan["row"])
    pattern = plan["pattern"]
    items = content.affirmations()
    return render(
        request,
        "practice/affirmations.html",
        {
            "form": form,
            "pinned": pinned,
            "own": selectors.affirmations_own(user=request.user, data_key=key),
            "for_you": [a for a in items if pattern and pattern in a["patterns"]],
            "pattern": pattern,
            "themes": [
                {"key": k, "title": t, "items": [a for a in items if a["theme"] == k]}
                for k, t in content.affirmation_themes().items()
            ],
        },
        status=status,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def affirmations(request):
    if request.method == "POST":
        form = forms.AffirmationForm(request.POST)
        if form.is_valid():
            text = form.cleaned_data["text"]
            own = services.affirmation_add(
                user=request.user, data_key=request.vault.data_key, text=text
            )
            messages.info(request, "Saved with your affirmations.")
            back = reverse("practice:affirmations")
            return saved_and_screened(
                request, text, ref=f"practice.affirmation:{own.pk}", back=back
            )
        return _page(request, form, status=422)
    return _page(request, forms.AffirmationForm())


def _known_pin(request, pin: str) -> bool:
    source, _, ref = pin.partition(":")
    if source == "lib":
        return ref in content.affirmations_by_code()
    if source == "own":
        return selectors.affirmation_exists(user=request.user, pk=ref)
    return False


@never_cache
@login_required
@require_POST
def pin(request):
    form = forms.PinForm(request.POST)
    pin = form.cleaned_data["pin"] if form.is_valid() else None
    if pin is None or (pin and not _known_pin(request, pin)):
        messages.warning(request, "That affirmation could not be found. Choose another.")
        return redirect("practice:affirmations")
    services.pin_save(user=request.user, pinned=pin)
    messages.info(request, "Pinned to Today." if pin else "Unpinned from Today.")
    return redirect("practice:affirmations")


@never_cache
@login_required
@require_POST
def affirmation_delete(request, affirmation_id):
    own = selectors.affirmation_or_404(user=request.user, pk=affirmation_id)
    services.affirmation_delete(affirmation=own)
    messages.info(request, "That affirmation is removed.")
    return redirect("practice:affirmations")
