"""The support network: who gives which kind of support, how long since each was in touch,
the warning when all of it comes from one place, and one small reach-out."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from innerbase.people import content, selectors, services


@never_cache
@login_required
@require_GET
def support(request):
    network = selectors.network(
        user=request.user, data_key=request.vault.data_key, today=timezone.localdate()
    )
    sections = [
        {"key": key, **kind, "people": network["by_kind"][key]}
        for key, kind in content.support_roles().items()
    ]
    return render(request, "people/support.html", {"network": network, "sections": sections})


@never_cache
@login_required
@require_POST
def in_touch_today(request, person_id):
    person = selectors.person_or_404(user=request.user, pk=person_id)
    services.contact_noted(person=person, day=timezone.localdate())
    messages.info(request, "Noted: in touch today.")
    return redirect("people:support")
