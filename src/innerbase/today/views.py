from django.shortcuts import render
from django.views.decorators.http import require_GET

from innerbase.accounts import selectors as accounts
from innerbase.checkins import selectors as checkins
from innerbase.core.registry import cards_for


@require_GET
def home(request):
    """Today for a signed-in person; otherwise a short welcome with the way in."""
    if not request.user.is_authenticated:
        return render(request, "today/welcome.html")
    return render(
        request,
        "today/home.html",
        {
            # the lighter rhythm a steadier person may choose keeps only the cards made for it
            "cards": cards_for(request, light=checkins.light_rhythm(user=request.user)),
            "first_visit": accounts.first_visit(request),
        },
    )
