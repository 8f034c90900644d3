"""Drafts saved as the person types (sealed), so a closed tab loses nothing."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from innerbase.core.limits import MAX_TEXT
from innerbase.core.redirects import safe_next
from innerbase.journal import content, forms, services
from innerbase.journal.entry_views import MULTI, own_entry


@login_required
@require_POST
def draft_save(request):
    """Autosave: keep what is being typed (sealed), so a closed tab loses nothing."""
    draft_key = request.POST.get("draft_key", "")
    if not (draft_key.startswith("new:") or draft_key.startswith("entry:")) or len(draft_key) > 64:
        return HttpResponse(status=422)
    if draft_key.startswith("entry:"):
        own_entry(request, draft_key.removeprefix("entry:"))
    known = set(forms.EntryForm.base_fields)
    fields = {}
    for name in request.POST:
        if name not in known and not (
            name.startswith("intensity-") and name.removeprefix("intensity-") in content.emotions()
        ):
            continue  # only the entry form's own fields are kept
        values = request.POST.getlist(name)
        fields[name] = values if name in MULTI else values[-1][:MAX_TEXT]
    services.draft_save(request.user, request.vault.data_key, draft_key, fields)
    return HttpResponse(status=204)


@login_required
@require_POST
def draft_discard(request):
    draft_key = request.POST.get("draft_key", "")
    services.draft_discard(request.user, draft_key)
    back = safe_next(request, request.POST.get("next"), fallback=reverse("journal:index"))
    messages.info(request, "The draft is gone.")
    return redirect(back)
