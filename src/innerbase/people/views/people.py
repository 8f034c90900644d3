"""The people list: everyone who matters, one person's page, and removing someone (with a
choice about what was written about them elsewhere)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from innerbase.core import registry
from innerbase.core.saving import saved_and_screened
from innerbase.people import forms, selectors, services


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def index(request):
    key = request.vault.data_key
    if request.method == "POST":
        form = forms.PersonForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            person = services.person_add(
                user=request.user,
                data_key=key,
                name=data["name"],
                note=data["note"],
                **form.plain(),
            )
            messages.info(request, "Added to your people.")
            return saved_and_screened(
                request,
                data["note"],
                ref=f"people.person:{person.pk}",
                back=person.get_absolute_url(),
            )
    else:
        form = forms.PersonForm()
    return render(
        request,
        "people/index.html",
        {"people": selectors.people_with_names(user=request.user, data_key=key), "form": form},
        status=422 if form.errors else 200,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def person(request, person_id):
    key = request.vault.data_key
    row = selectors.person_or_404(user=request.user, pk=person_id)
    words = selectors.words_of(person=row, data_key=key)
    if request.method == "POST":
        form = forms.PersonForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            services.person_update(
                person=row, data_key=key, name=data["name"], note=data["note"], **form.plain()
            )
            messages.info(request, "Saved.")
            back = row.get_absolute_url()
            return saved_and_screened(
                request, data["note"], ref=f"people.person:{row.pk}", back=back
            )
    else:
        form = forms.PersonForm(
            initial={
                **words,
                "role": row.role,
                "support": row.support,
                "in_touch": row.in_touch,
                "last_contact": row.last_contact,
                "in_safety_plan": row.in_safety_plan,
            }
        )
    return render(
        request,
        "people/person.html",
        {
            "row": row,
            "name": words["name"],
            "form": form,
            "linked": registry.related_to("people.person", user=request.user, pk=row.pk),
        },
        status=422 if form.errors else 200,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request, person_id):
    """Asks first, listing what other tools hold about this person; their writing is kept
    (unlinked) unless the person chooses to delete it too."""
    row = selectors.person_or_404(user=request.user, pk=person_id)
    linked = registry.related_to("people.person", user=request.user, pk=row.pk)
    if request.method == "POST":
        if request.POST.get("linked") == "delete":
            registry.related_delete("people.person", user=request.user, pk=row.pk)
        services.person_delete(person=row)
        messages.info(request, "Removed from your people.")
        return redirect("people:index")
    return render(
        request,
        "people/delete.html",
        {
            "row": row,
            "name": selectors.words_of(person=row, data_key=request.vault.data_key)["name"],
            "linked": linked,
        },
    )
