"""The new-connection check on a person's page: short observations over time, and a weekly
view of consistency, not intensity (people/consistency.py)."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from innerbase.core.saving import saved_and_screened
from innerbase.people import forms, selectors, services

CHECK_LABELS = {
    "kept_promise": "did what they said",
    "responsive": "replied or showed up",
    "respected_boundary": "respected your limits",
    "stayed_myself": "you stayed yourself",
}


def view_of(figures: dict) -> dict:
    """What the page says of the figures: per check, the overall share in words and
    whether it held steady week to week."""
    lines = []
    for check, label in CHECK_LABELS.items():
        overall = figures["overall"][check]
        if overall is None:
            continue
        steady = figures["steadiness"][check]
        lines.append(
            {
                "label": label,
                "percent": round(overall * 100),
                "steady": steady["steady"],
                "weeks": steady["weeks"],
            }
        )
    return {"lines": lines, **figures}


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def connection(request, person_id):
    key = request.vault.data_key
    person = selectors.person_or_404(user=request.user, pk=person_id)
    if request.method == "POST":
        form = forms.ObservationForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            services.observation_add(
                person=person,
                data_key=key,
                day=data["observed_on"],
                note=data["note"],
                feeling=data["feeling"],
                **form.answers(),
            )
            back = request.path
            return saved_and_screened(
                request, data["note"], ref=f"people.observation:{person.pk}", back=back
            )
    else:
        form = forms.ObservationForm(initial={"observed_on": timezone.localdate()})
    return render(
        request,
        "people/connection.html",
        {
            "row": person,
            "name": selectors.words_of(person=person, data_key=key)["name"],
            "form": form,
            "figures": view_of(selectors.consistency_of(person=person)),
            "notes": selectors.notes_recent(person=person, data_key=key),
        },
        status=422 if form.errors else 200,
    )
