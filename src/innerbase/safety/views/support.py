"""Help pages open to everyone: helplines, the support screen and the check-in answer."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from innerbase.core.redirects import safe_next
from innerbase.safety import content, helplines, offline, screening, selectors
from innerbase.safety.selectors import COUNTRY_SESSION_KEY, remembered_country


def _answers(kind: str) -> dict[str, bool]:
    """The check-in's answers for `kind`: key -> whether it opens the support screen."""
    asked = content.load("support")["check_in"]["kinds"][kind]["answers"]
    return {answer["key"]: bool(answer.get("support")) for answer in asked}


def chosen_country(request) -> str | None:
    """A country picked on this page, else the one kept for this browser or account, else a
    guess from the browser's languages."""
    picked = request.GET.get("country", "").strip().upper()
    if picked and helplines.for_country(picked):
        if not offline.is_copy(request):  # the offline worker's copies remember nothing
            request.session[COUNTRY_SESSION_KEY] = picked
        return picked
    return remembered_country(request)


def _helplines_context(request) -> dict:
    code = chosen_country(request)
    country = helplines.for_country(code) if code else None
    return {
        "country": country,
        "countries": helplines.countries(),
        "international": helplines.international(),
        # Young people's lines for the person's own country only (another country's line
        # would not answer them); the directories cover everywhere else.
        "youth": [
            s for s in helplines.youth_services() if country and s["country"] == country["name"]
        ],
        "checked": helplines.load()["checked"],
    }


@require_GET
def help_now(request):
    return render(request, "safety/help.html", _helplines_context(request))


@require_POST
def country_keep(request):
    """A logged-in person's choice of country, kept for every help page and the safety plan."""
    code = request.POST.get("country", "").strip().upper()
    if not helplines.for_country(code):
        messages.warning(request, "Choose a country from the list.")
        return redirect("safety:help")
    request.session[COUNTRY_SESSION_KEY] = code
    if request.user.is_authenticated:
        request.user.country = code
        request.user.save(update_fields=["country"])
    return redirect("safety:help")


@require_GET
def support(request):
    """The support screen after an urgent screen result or a "yes" to the check-in."""
    plan = None
    if request.user.is_authenticated and request.vault.unlocked:
        sections = selectors.plan_of(user=request.user, data_key=request.vault.data_key)
        if sections and not selectors.plan_is_empty(sections):
            plan = [
                {**section, "text": sections[section["key"]]}
                for section in content.plan_sections()
                if sections[section["key"]]
            ]
    kind = request.GET.get("kind")
    kind = kind if kind in screening.KINDS else screening.DEFAULT_KIND
    copy = content.load("support")["support"]
    return render(
        request,
        "safety/support.html",
        {
            **_helplines_context(request),
            "plan": plan,
            "back": safe_next(request, request.GET.get("back")),
            "kind": kind,
            "copy": {**copy, **copy["kinds"][kind]},
        },
    )


@require_POST
def check_in_answer(request):
    """The answer to the check-in question. Only "asked" is remembered, never the answer."""
    back = safe_next(request, request.POST.get("back"))
    kind = request.POST.get("kind")
    kind = kind if kind in screening.KINDS else screening.DEFAULT_KIND
    answers = _answers(kind)
    answer = request.POST.get("answer")
    ref = request.POST.get("ref", "")[:200]
    if not request.user.is_authenticated or answer not in answers or not ref:
        return redirect(back)
    screening.mark_asked(request, ref)
    if answers[answer]:
        return redirect(screening.support_url(back, kind))
    request.session[screening.SHOW_CHIP] = True
    return redirect(back)


@never_cache
@require_GET
def leave(request):
    """A plain page with nothing of Innerbase on it, for "Leave quickly"."""
    return render(request, "safety/leave.html")
