"""The Practice page, the personal plan with its goals, and today's one practice (the card on
Today and its three buttons: do it, another one, not today)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from innerbase.core.redirects import safe_next
from innerbase.practice import content, forms, plan_rules, selectors, services
from innerbase.practice.models import PracticeDay


def _today(request, plan: dict) -> dict | None:
    """Today's one practice for the page or card, with the day's state."""
    return selectors.today_practice(
        user=request.user, data_key=request.vault.data_key, plan=plan, day=selectors.today()
    )


# The Practice page's sections, in order, and the page each opens.
SECTIONS = (
    ("plan", "practice:plan"),
    ("experiments", "experiments:index"),
    ("intentions", "practice:intentions"),
    ("toolkit", "toolkit:index"),
    ("affirmations", "practice:affirmations"),
    ("setbacks", "practice:setbacks"),
    ("no_contact", "practice:no_contact"),
)


@never_cache
@login_required
@require_GET
def hub(request):
    plan = selectors.plan_now(user=request.user, data_key=request.vault.data_key, links=False)
    words = content.hub()
    kept = selectors.intentions_kept_in_month(user=request.user, today=selectors.today())
    sections = []
    for key, url_name in SECTIONS:
        line = words["sections"][key]["line"]
        if key == "intentions" and kept:
            line = f"{line} {words['intentions_kept'].format(count=kept)}"
        sections.append(
            {"title": words["sections"][key]["title"], "line": line, "url": reverse(url_name)}
        )
    return render(
        request,
        "practice/hub.html",
        {
            "hub": words,
            "today": _today(request, plan),
            "sections": sections,
            "skip_line": words["skip_line"],
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def plan(request):
    if request.method == "POST":
        form = forms.GoalsForm(request.POST)
        if form.is_valid():
            services.plan_goals_save(user=request.user, goals=form.cleaned_data["goals"])
            messages.info(request, "Saved. Your plan follows the goals you chose.")
            return redirect("practice:plan")
    now = selectors.plan_now(user=request.user, data_key=request.vault.data_key)
    row = now["row"] or services.plan_for(user=request.user)
    changed = services.plan_pattern_seen(plan=row, pattern=now["pattern"])
    if request.method != "POST":
        form = forms.GoalsForm(initial={"goals": now["goals"]})
    words = content.plan()
    labels = {g["code"]: g["label"] for g in content.goals()}
    for part in now["parts"]:
        part["because"] = [
            "For your pattern" if reason == "pattern" else f"For your goal: {labels[reason[5:]]}"
            for reason in part["reasons"]
        ]
    return render(
        request,
        "practice/plan.html",
        {
            "form": form,
            "plan": now,
            "words": words,
            "summary": words["patterns"].get(now["pattern"], {}).get("summary", ""),
            "changed": changed,
            "skip_line": content.hub()["skip_line"],
            "today": _today(request, now),
        },
        status=422 if form.errors else 200,
    )


@never_cache
@login_required
@require_POST
def today(request):
    """Another one, done, or not today; then back where the buttons were (Today by default)."""
    form = forms.TodayForm(request.POST)
    back = safe_next(request, request.POST.get("next"), fallback="/")
    if not form.is_valid():
        return redirect(back)
    plan = selectors.plan_now(user=request.user, data_key=request.vault.data_key, links=False)
    shown = _today(request, plan)
    if shown is None:
        return redirect(back)
    day = selectors.today()
    row = shown["row"] or services.practice_day_offered(
        user=request.user, day=day, part=shown["part"]["code"]
    )
    action = form.cleaned_data["action"]
    if action == "another":
        following = plan_rules.todays_part(
            plan["parts"], day=day.toordinal(), offset=row.offset + 1
        )
        services.practice_another(row=row, part=following["code"] if following else row.part)
    elif action == "done":
        services.practice_mark(row=row, status=PracticeDay.DONE)
        messages.success(request, "Noted. Well done for making time for it.")
    else:
        services.practice_mark(row=row, status=PracticeDay.SKIPPED)
        messages.info(request, content.hub()["skip_line"])
    return redirect(back)


def today_card(request) -> dict:
    """The context of the practice card on Today (see apps.py)."""
    plan = selectors.plan_now(user=request.user, data_key=request.vault.data_key, links=False)
    row = plan["row"]
    return {
        "practice": _today(request, plan),
        "skip_line": content.hub()["skip_line"],
        "pinned": selectors.pinned_affirmation(
            user=request.user, data_key=request.vault.data_key, plan=row
        ),
    }
