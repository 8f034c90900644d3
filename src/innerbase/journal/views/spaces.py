"""Separate journals (spaces): make, rename and remove; entries stay when a space goes."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from innerbase.core.saving import deleted, saved_and_screened
from innerbase.journal import forms, selectors, services


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def spaces(request):
    """Separate journals: make one, rename one, or remove one (its entries move back)."""
    key = request.vault.data_key
    form = forms.SpaceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        space = services.space_save(user=request.user, data_key=key, name=form.cleaned_data["name"])
        messages.success(request, "Made. You can choose it when you write an entry.")
        return _space_saved(request, space, form.cleaned_data["name"])
    counts = selectors.entry_counts_by_space(user=request.user)
    return render(
        request,
        "journal/spaces.html",
        {
            "form": form,
            "spaces": [
                {"space": space, "name": name, "entries": counts.get(space.pk, 0)}
                for space, name in selectors.spaces(user=request.user, data_key=key)
            ],
            "main_entries": counts.get(None, 0),
        },
        status=422 if form.errors else 200,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def space_edit(request, space_id):
    space = selectors.space_or_404(user=request.user, pk=space_id)
    key = request.vault.data_key
    if request.method == "POST" and request.POST.get("delete"):
        deleted(request, ref=f"journal.space:{space.pk}")
        services.space_delete(space=space, data_key=key)
        messages.success(request, "That journal is gone; its entries are in the main journal now.")
        return redirect("journal:spaces")
    initial = {"name": selectors.space_name(space=space, data_key=key)}
    form = forms.SpaceForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.space_save(
            user=request.user, data_key=key, name=form.cleaned_data["name"], space=space
        )
        messages.success(request, "Renamed.")
        return _space_saved(request, space, form.cleaned_data["name"])
    return render(
        request,
        "journal/space_edit.html",
        {"form": form, "space": space},
        status=422 if form.errors else 200,
    )


def _space_saved(request, space, name: str):
    """A journal's name is free text too, so it passes the crisis screen like any save."""
    back = reverse("journal:spaces")
    return saved_and_screened(request, name, ref=f"journal.space:{space.pk}", back=back)
