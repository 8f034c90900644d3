"""Help pages open to everyone: helplines, the support screen and the check-in answer."""

from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from innerbase.safety import content, helplines, screening, services

COUNTRY_SESSION_KEY = "help_country"
ANSWERS = {"yes", "sometimes", "no", "not_now"}


def chosen_country(request) -> str | None:
    """A country picked here (kept as the person's setting), else their setting, else a
    guess from the browser's languages."""
    picked = request.GET.get("country", "").strip().upper()
    signed_in = request.user.is_authenticated
    if picked and helplines.for_country(picked):
        if signed_in and request.user.country != picked:
            request.user.country = picked
            request.user.save(update_fields=["country"])
        request.session[COUNTRY_SESSION_KEY] = picked
        return picked
    remembered = request.user.country if signed_in else request.session.get(COUNTRY_SESSION_KEY)
    if remembered and helplines.for_country(remembered):
        return remembered
    return helplines.country_from_accept_language(request.headers.get("Accept-Language"))


def _helplines_context(request) -> dict:
    code = chosen_country(request)
    return {
        "country": helplines.for_country(code) if code else None,
        "countries": helplines.countries(),
        "international": helplines.international(),
        "youth": helplines.youth_services(),
        "checked": helplines.load()["checked"],
    }


@require_GET
def help_now(request):
    return render(request, "safety/help.html", _helplines_context(request))


def safe_back(request, url: str | None) -> str:
    """Only a path on this site can be the way back."""
    if url and url_has_allowed_host_and_scheme(url, {request.get_host()}, request.is_secure()):
        return url
    return "/"


@require_GET
def support(request):
    """The support screen after an urgent screen result or a "yes" to the check-in."""
    plan = None
    if request.user.is_authenticated and request.vault.unlocked:
        sections = services.plan_for(request.user, request.vault.data_key)
        if not services.plan_is_empty(sections):
            plan = [
                {**section, "text": sections[section["key"]]}
                for section in content.plan_sections()
                if sections[section["key"]]
            ]
    return render(
        request,
        "safety/support.html",
        {
            **_helplines_context(request),
            "plan": plan,
            "back": safe_back(request, request.GET.get("back")),
            "copy": content.load("support")["support"],
        },
    )


@require_POST
def check_in_answer(request):
    """The answer to the check-in question. Only "asked" is remembered, never the answer."""
    back = safe_back(request, request.POST.get("back"))
    answer = request.POST.get("answer")
    ref = request.POST.get("ref", "")[:200]
    if not request.user.is_authenticated or answer not in ANSWERS or not ref:
        return redirect(back)
    screening.mark_asked(request, ref)
    if answer in ("yes", "sometimes"):
        return redirect(screening.support_url(back))
    request.session[screening.SHOW_CHIP] = True
    return redirect(back)
