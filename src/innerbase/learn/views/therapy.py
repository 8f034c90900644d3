"""The guide to therapy: the kinds of therapy, where to find a qualified therapist in the
person's country, what to ask at a first session, a good fit, and support groups."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from innerbase.learn import content
from innerbase.safety import selectors as safety


def country_names() -> dict[str, str]:
    """Code -> name of every country the guide lists, in the helplines' names."""
    return {code: safety.helpline_country_name(code) or code for code in content.countries()}


@never_cache
@login_required
@require_GET
def therapy(request):
    names = country_names()
    # A country picked here (or "somewhere else", empty) wins; else the helplines' country.
    if "country" in request.GET:
        asked = request.GET["country"].strip().upper()
        code = asked if asked in names else ""
    else:
        asked, code = "", safety.remembered_country(request) or ""
        code = code if code in names else ""
    return render(
        request,
        "learn/therapy.html",
        {
            "guide": content.therapy(),
            "countries": sorted(names.items(), key=lambda item: item[1]),
            "country": code,
            "country_name": names.get(code, ""),
            "directory": content.countries().get(code),
            "unknown_country": bool(asked) and asked not in names,
        },
    )
