"""The "Need help now?" page: crisis lines for the person's country, open to everyone."""

from django.shortcuts import render
from django.views.decorators.http import require_GET

from innerbase.safety import helplines

COUNTRY_SESSION_KEY = "help_country"


def chosen_country(request) -> str | None:
    """The country picked on this page before, else a guess from the browser's languages."""
    picked = request.GET.get("country", "").strip().upper()
    if picked and helplines.for_country(picked):
        request.session[COUNTRY_SESSION_KEY] = picked
        return picked
    remembered = request.session.get(COUNTRY_SESSION_KEY)
    if remembered and helplines.for_country(remembered):
        return remembered
    return helplines.country_from_accept_language(request.headers.get("Accept-Language"))


@require_GET
def help_now(request):
    code = chosen_country(request)
    return render(
        request,
        "safety/help.html",
        {
            "country": helplines.for_country(code) if code else None,
            "countries": helplines.countries(),
            "international": helplines.international(),
            "youth": helplines.youth_services(),
            "checked": helplines.load().get("checked"),
        },
    )
