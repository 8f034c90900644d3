"""The weekly check-in's pages: this week's check-in (made or changed) with the signs charted
over the weeks, the check-in day, "not this week", and the log of wins from every app."""

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from innerbase.checkins import content, forms, selectors, services
from innerbase.core import registry
from innerbase.core.redirects import safe_next
from innerbase.core.saving import saved_and_screened

WINS_PAGE = 20


def _initial(checkin, key: bytes) -> dict:
    if checkin is None:
        return {}
    initial: dict = dict(selectors.words_of(checkin=checkin, data_key=key))
    for code, value in checkin.signs.items():
        initial[f"sign_{code}"] = str(value)
    return initial


def _page(request, *, form=None, day_form=None, status=200):
    user, key = request.user, request.vault.data_key
    week = selectors.this_week(user=user)
    checkin = selectors.checkin_for(user=user, week=week)
    saved_intention = ""
    if checkin is not None:
        saved_intention = selectors.words_of(checkin=checkin, data_key=key)["intention"]
    return render(
        request,
        "checkins/checkin.html",
        {
            "words": content.page(),
            "form": form or forms.CheckinForm(initial=_initial(checkin, key)),
            "day_form": day_form
            or forms.DayForm(initial={"weekday": selectors.weekday_of(user=user)}),
            "week": week,
            "week_ends": week + dt.timedelta(days=6),
            "checkin": checkin,
            "saved_intention": saved_intention,
            "chart": selectors.chart(user=user),
            "scale": content.scale(),
            "not_applicable": content.not_applicable(),
            "light": selectors.light_rhythm(user=user),
        },
        status=status,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def checkin(request):
    if request.method != "POST":
        return _page(request)
    form = forms.CheckinForm(request.POST)
    if not form.is_valid():
        return _page(request, form=form, status=422)
    row, _made = services.checkin_save(
        user=request.user,
        data_key=request.vault.data_key,
        week=selectors.this_week(user=request.user),
        signs=form.signs(),
        words=form.words(),
    )
    messages.success(request, content.page()["saved"])
    back = reverse("checkins:checkin")
    return saved_and_screened(
        request, *form.words().values(), ref=f"checkins.weeklycheckin:{row.pk}", back=back
    )


@never_cache
@login_required
@require_POST
def day(request):
    form = forms.DayForm(request.POST)
    if not form.is_valid():
        return _page(request, day_form=form, status=422)
    services.rhythm_set(user=request.user, weekday=form.cleaned_data["weekday"])
    messages.info(
        request, f"Today will offer the check-in on {forms.DAYS[form.cleaned_data['weekday']]}s."
    )
    return redirect("checkins:checkin")


@never_cache
@login_required
@require_POST
def rhythm(request):
    """The lighter rhythm chosen ("light"), the offer declined ("keep"), or the usual weekly
    rhythm back ("weekly")."""
    choice = request.POST.get("rhythm", "")
    if choice not in ("light", "keep", "weekly"):
        return redirect("checkins:checkin")
    user = request.user
    services.rhythm_lighter(
        user=user, weekday=selectors.weekday_of(user=user), light=choice == "light"
    )
    words = content.page()
    done = {"light": "light_chosen", "keep": "light_kept", "weekly": "light_back_done"}[choice]
    messages.info(request, words[done])
    return redirect(
        safe_next(request, request.POST.get("next"), fallback=reverse("checkins:checkin"))
    )


@never_cache
@login_required
@require_POST
def skip(request):
    user = request.user
    services.week_skip(
        user=user, weekday=selectors.weekday_of(user=user), week=selectors.this_week(user=user)
    )
    messages.info(request, content.page()["skipped"])
    return redirect(safe_next(request, request.POST.get("next"), fallback="/"))


def _before(request):
    """The `before` of an older page: a moment in time sent back by the page itself."""
    value = request.GET.get("before", "")
    if not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if timezone.is_aware(moment) else None


@never_cache
@login_required
@require_GET
def wins(request):
    before = _before(request)
    found = registry.wins_for(
        user=request.user, data_key=request.vault.data_key, until=before, limit=WINS_PAGE + 1
    )
    shown = found[:WINS_PAGE]
    words = content.wins()
    older = shown[-1]["when"].isoformat() if len(found) > WINS_PAGE else ""
    return render(
        request,
        "checkins/wins.html",
        {"words": words, "wins": shown, "older": older, "paged": before is not None},
    )
