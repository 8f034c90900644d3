"""The boundaries' pages: the list, the example library, a new boundary (blank or from an
example), one boundary with its log and its revisit, and changing it."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from innerbase.boundaries import content, forms, selectors, services, tally
from innerbase.core.saving import saved_and_screened
from innerbase.people import selectors as people


@never_cache
@login_required
@require_GET
def index(request):
    day = selectors.today()
    rows = selectors.boundaries_listed(user=request.user, data_key=request.vault.data_key, day=day)
    return render(
        request,
        "boundaries/index.html",
        {
            "words": content.words(),
            "in_use": [row for row in rows if row["boundary"].retired_on is None],
            "retired": [row for row in rows if row["boundary"].retired_on is not None],
        },
    )


@never_cache
@login_required
@require_GET
def examples(request):
    return render(
        request,
        "boundaries/examples.html",
        {"words": content.words(), "themes": content.themes()},
    )


def _boundary_form(request, *, data=None, initial=None) -> forms.BoundaryForm:
    choices = people.choices(user=request.user, data_key=request.vault.data_key)
    return forms.BoundaryForm(data, initial=initial, people=choices, today=selectors.today())


def _person(request, form: forms.BoundaryForm):
    """The chosen person (the form's choices are the caller's own people), or None."""
    chosen = form.cleaned_data["person"]
    return people.person_or_none(user=request.user, pk=chosen) if chosen else None


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def new(request):
    example_code = request.GET.get("example", "")
    example = content.examples_by_code().get(example_code)
    if example_code and example is None:
        raise Http404
    if request.method == "POST":
        form = _boundary_form(request, data=request.POST)
        if form.is_valid():
            boundary = services.boundary_add(
                user=request.user,
                data_key=request.vault.data_key,
                words=form.words(),
                revisit_on=form.cleaned_data["revisit_on"],
                person=_person(request, form),
                example=example_code,
            )
            messages.info(request, "Saved.")
            return saved_and_screened(
                request,
                *form.words().values(),
                ref=f"boundaries.boundary:{boundary.pk}",
                back=boundary.get_absolute_url(),
            )
    else:
        initial = {"revisit_on": tally.default_revisit(selectors.today())}
        if example is not None:
            initial |= {field: example[field] for field in content.WORD_FIELDS}
        form = _boundary_form(request, initial=initial)
    return render(
        request,
        "boundaries/new.html",
        {"form": form, "words": content.words(), "example": example},
        status=422 if form.errors else 200,
    )


def _boundary_page(request, boundary, *, log_form=None, revisit_form=None, status=200):
    day = selectors.today()
    key = request.vault.data_key
    return render(
        request,
        "boundaries/boundary.html",
        {
            "row": selectors.boundary_shown(boundary=boundary, data_key=key, day=day),
            "log": selectors.log_shown(boundary=boundary, data_key=key),
            "log_form": log_form or forms.LogForm(initial={"day": day}, today=day),
            "revisit_form": revisit_form
            or forms.RevisitForm(
                initial={"choice": "keep", "next_on": tally.default_revisit(day)}, today=day
            ),
            "words": content.words(),
        },
        status=status,
    )


@never_cache
@login_required
@require_GET
def boundary(request, boundary_id):
    found = selectors.boundary_or_404(user=request.user, pk=boundary_id)
    return _boundary_page(request, found)


@never_cache
@login_required
@require_POST
def log(request, boundary_id):
    found = selectors.boundary_or_404(user=request.user, pk=boundary_id)
    form = forms.LogForm(request.POST, today=selectors.today())
    if not form.is_valid():
        return _boundary_page(request, found, log_form=form, status=422)
    data = form.cleaned_data
    row = services.log_add(
        boundary=found,
        data_key=request.vault.data_key,
        outcome=data["outcome"],
        day=data["day"],
        note=data["note"],
        feelings=data["feelings"],
    )
    messages.info(request, "Noted.")
    return saved_and_screened(
        request,
        data["note"],
        ref=f"boundaries.boundarylog:{row.pk}",
        back=found.get_absolute_url(),
    )


@never_cache
@login_required
@require_POST
def revisit(request, boundary_id):
    found = selectors.boundary_or_404(user=request.user, pk=boundary_id)
    day = selectors.today()
    form = forms.RevisitForm(request.POST, today=day)
    if not form.is_valid():
        return _boundary_page(request, found, revisit_form=form, status=422)
    retire = form.cleaned_data["choice"] == forms.RevisitForm.RETIRE
    services.boundary_revisited(
        boundary=found, today=day, next_on=form.cleaned_data.get("next_on"), retire=retire
    )
    messages.info(request, "Set aside. You can bring it back at any time." if retire else "Saved.")
    return redirect(found.get_absolute_url())


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def edit(request, boundary_id):
    found = selectors.boundary_or_404(user=request.user, pk=boundary_id)
    key = request.vault.data_key
    if request.method == "POST":
        form = _boundary_form(request, data=request.POST)
        if form.is_valid():
            day = selectors.today()
            was_due = tally.is_due(found.revisit_on, day, retired=found.retired_on is not None)
            next_on = form.cleaned_data["revisit_on"]
            services.boundary_update(
                boundary=found,
                data_key=key,
                words=form.words(),
                revisit_on=next_on,
                person=_person(request, form),
            )
            if was_due:  # changing it is one way to revisit it
                services.boundary_revisited(boundary=found, today=day, next_on=next_on)
            messages.info(request, "Saved.")
            return saved_and_screened(
                request,
                *form.words().values(),
                ref=f"boundaries.boundary:{found.pk}",
                back=found.get_absolute_url(),
            )
    else:
        initial = {
            **selectors.words_of(boundary=found, data_key=key),
            "person": str(found.person_id) if found.person_id else "",
            # a boundary read again through this page gets a new day (the old one has come)
            "revisit_on": found.revisit_on
            if found.revisit_on > selectors.today()
            else tally.default_revisit(selectors.today()),
        }
        form = _boundary_form(request, initial=initial)
    return render(
        request,
        "boundaries/edit.html",
        {"form": form, "row": found, "words": content.words()},
        status=422 if form.errors else 200,
    )


def today_card_shown(request) -> bool:
    """Today shows the card only on the days a boundary is due to be read again."""
    return selectors.any_due(user=request.user, day=selectors.today())


def today_card(request) -> dict:
    """The context of the Today card (see apps.py): one line per boundary due to read again."""
    due = selectors.due_for_revisit(
        user=request.user, data_key=request.vault.data_key, day=selectors.today()
    )
    return {"due_boundaries": due, "words": content.words()}
