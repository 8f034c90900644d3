"""The I-statement builder: four parts, checked on request (nothing saved), saved when the
person chooses, shown ready to copy; and deleting one (asked first)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from innerbase.conversations import content, forms, review, selectors, services
from innerbase.core.saving import deleted, saved_and_screened, screen
from innerbase.people import selectors as people


def ref_of(statement) -> str:
    return f"conversations.statement:{statement.pk}"


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def statement(request, statement_id=None):
    """New (no id) or the person's own statement: "Check my words" shows the flags and a
    calmer start from their own parts, "Save" keeps it (sealed)."""
    key = request.vault.data_key
    row = None
    # ?person= from a person's page starts a statement about them (the form checks it).
    initial: dict = {"person": request.GET.get("person", "")}
    if statement_id is not None:
        row = selectors.statement_or_404(user=request.user, pk=statement_id)
        initial = {**selectors.statement_parts(statement=row, data_key=key)}
        initial["person"] = str(row.person_id or "")
    form = forms.StatementForm(
        request.POST or None, initial=initial, user=request.user, data_key=key
    )
    checked = None
    if request.method == "POST" and form.is_valid():
        parts = form.parts()
        if request.POST.get("action") != "save":
            checked = review.statement_review(parts)
            # Checking saves nothing, yet a draft can say more than the person meant to
            # keep: the crisis screen reads it too, and the page offers help beside it.
            checked["heavy"] = screen(*parts.values())["crisis"]
        else:
            row = services.statement_save(
                user=request.user,
                data_key=key,
                parts=parts,
                person=form.cleaned_data["person"],
                statement=row,
            )
            messages.info(request, "Saved. Only you can see it.")
            back = row.get_absolute_url()
            return saved_and_screened(request, *parts.values(), ref=ref_of(row), back=back)
    elif row is not None and request.method == "GET":
        checked = review.statement_review(initial)
    about = ""
    if row is not None and row.person_id:
        about = people.names_by_id(user=request.user, data_key=key).get(str(row.person_id), "")
    return render(
        request,
        "conversations/statement.html",
        {
            "row": row,
            "form": form,
            "checked": checked,
            "about": about,
            "parts": content.parts(),
            "heavy": content.words()["heavy"],
        },
        status=422 if form.errors else 200,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request, statement_id):
    row = selectors.statement_or_404(user=request.user, pk=statement_id)
    if request.method == "POST":
        ref = ref_of(row)  # before the delete, which clears the id
        services.statement_delete(statement=row)
        deleted(request, ref=ref)
        messages.info(request, "Deleted.")
        return redirect("conversations:index")
    return render(
        request,
        "conversations/delete.html",
        {"what": "this I-statement", "back": row.get_absolute_url()},
    )
