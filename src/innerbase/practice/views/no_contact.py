"""No contact with an ex, if the person chooses it: their reasons, an optional count of days,
and a calm way to note that contact happened (no reset shame; the pause tool is one tap away)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from innerbase.core.saving import saved_and_screened
from innerbase.practice import content, forms, selectors, services


def _page(request, form=None, happened=None, status=200):
    state = selectors.no_contact(
        user=request.user, data_key=request.vault.data_key, today=selectors.today()
    )
    row = state["row"]
    if form is None:
        initial = {"counting": bool(row and row.counting), "reasons": state["reasons"]}
        form = forms.NoContactForm(initial=initial)
    return render(
        request,
        "practice/no_contact.html",
        {
            "words": content.no_contact(),
            "state": state,
            "form": form,
            "happened": happened or forms.ContactHappenedForm(),
        },
        status=status,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def no_contact(request):
    if request.method == "POST":
        form = forms.NoContactForm(request.POST)
        if not form.is_valid():
            return _page(request, form=form, status=422)
        data = form.cleaned_data
        services.no_contact_save(
            user=request.user,
            data_key=request.vault.data_key,
            counting=data["counting"],
            reasons=data["reasons"],
            today=selectors.today(),
        )
        messages.info(request, "Saved.")
        back = reverse("practice:no_contact")
        if not data["reasons"]:
            return redirect(back)
        return saved_and_screened(request, data["reasons"], ref="practice.no_contact", back=back)
    return _page(request)


@never_cache
@login_required
@require_POST
def contact_happened(request):
    form = forms.ContactHappenedForm(request.POST)
    if not form.is_valid():
        return _page(request, happened=form, status=422)
    row = services.no_contact_for(user=request.user)
    services.no_contact_happened(row=row, day=selectors.today(), then=form.cleaned_data["then"])
    messages.info(request, content.no_contact()["contact_happened"])
    return redirect("practice:no_contact")
