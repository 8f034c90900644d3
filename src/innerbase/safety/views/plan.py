"""The safety plan: guided to fill, editable any time, sealed, printable on one page."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from innerbase.core.saving import saved_and_screened
from innerbase.people import selectors as people
from innerbase.safety import content, forms, helplines, selectors, services
from innerbase.safety.views.support import chosen_country

SAVED = "Your safety plan is saved."
EMPTIED = "Your safety plan is saved. It is empty now."
NOTHING_TO_SAVE = (
    "Nothing is saved yet, because every part is empty. "
    "Add a line to any part whenever you're ready."
)


def _sections_with_text(sections: dict[str, str] | None, request) -> list[dict]:
    """Each section with its words and, for the sections about people, the names the person
    chose to show there from their people list (read live, so a change there shows here)."""
    key = request.vault.data_key
    return [
        {
            **section,
            "text": (sections or {}).get(section["key"], ""),
            "people": people.in_safety_plan(
                user=request.user, data_key=key, section=section["key"]
            ),
        }
        for section in content.plan_sections()
    ]


@never_cache
@login_required
@require_GET
def plan(request):
    sections = selectors.plan_of(user=request.user, data_key=request.vault.data_key)
    country = helplines.for_country(chosen_country(request))
    shown = _sections_with_text(sections, request)
    return render(
        request,
        "safety/plan.html",
        {
            "sections": shown,
            "empty": selectors.plan_is_empty(sections) and not any(s["people"] for s in shown),
            "country": country,
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def plan_edit(request):
    form_class = forms.plan_form_class()
    if request.method == "POST":
        form = form_class(request.POST)
        if form.is_valid():
            key, back = request.vault.data_key, reverse("safety:plan")
            before = selectors.plan_of(user=request.user, data_key=key)
            now_empty = selectors.plan_is_empty(form.cleaned_data)
            if now_empty and selectors.plan_is_empty(before):
                # Nothing was written and nothing is: say so, rather than "saved".
                messages.info(request, NOTHING_TO_SAVE)
                return redirect(back)
            services.plan_save(user=request.user, data_key=key, sections=form.cleaned_data)
            messages.success(request, EMPTIED if now_empty else SAVED)
            return saved_and_screened(
                request, *form.cleaned_data.values(), ref="safety.plan", back=back
            )
    else:
        form = form_class(
            initial=selectors.plan_of(user=request.user, data_key=request.vault.data_key) or {}
        )
    guide = {section["key"]: section for section in content.plan_sections()}
    return render(
        request,
        "safety/plan_edit.html",
        {"form": form, "steps": [(form[key], guide[key]) for key in guide]},
    )
