"""Drafts saved as the person types (sealed), so a closed tab loses nothing."""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from innerbase.core.limits import MAX_TEXT
from innerbase.core.redirects import safe_next
from innerbase.journal import content, forms, selectors, services
from innerbase.journal.models import MODES
from innerbase.journal.views.entry import MULTI

MODE_KEYS = {key for key, _ in MODES}


@login_required
@require_POST
def draft_save(request):
    """Autosave: keep what is being typed (sealed), so a closed tab loses nothing."""
    draft_key = request.POST.get("draft_key", "")
    kind, _, rest = draft_key.partition(":")
    if kind == "entry":
        try:
            selectors.entry_or_404(user=request.user, pk=uuid.UUID(rest))  # someone else's: 404
        except ValueError:
            return HttpResponse(status=422)
    elif kind != "new" or rest not in MODE_KEYS:
        return HttpResponse(status=422)  # the page makes these keys; anything else is bad input
    known = set(forms.EntryForm.base_fields)
    fields = {}
    for name in request.POST:
        if name not in known and not (
            name.startswith("intensity-") and name.removeprefix("intensity-") in content.emotions()
        ):
            continue  # only the entry form's own fields are kept
        values = request.POST.getlist(name)
        fields[name] = values if name in MULTI else values[-1][:MAX_TEXT]
    services.draft_save(
        user=request.user, data_key=request.vault.data_key, draft_key=draft_key, fields=fields
    )
    return HttpResponse(status=204)


@login_required
@require_POST
def draft_discard(request):
    draft_key = request.POST.get("draft_key", "")
    services.draft_discard(user=request.user, draft_key=draft_key)
    back = safe_next(request, request.POST.get("next"), fallback=reverse("journal:index"))
    messages.info(request, "The draft is gone.")
    return redirect(back)
