"""Questionnaire pages: the list, an intro, one screen of items at a time, results, history."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from innerbase.assessments import (
    charts,
    content,
    fhir,
    forms,
    instruments,
    scoring,
    selectors,
    services,
)
from innerbase.assessments.models import Take
from innerbase.core.charts import trajectory
from innerbase.core.owned import get_owned_or_404

MAX_PER_SCREEN = 6


def _instrument(code):
    try:
        return selectors.instrument_for(code)
    except (selectors.NotAvailable, KeyError):
        raise Http404("No such questionnaire") from None


def _own_take(request, take_id) -> Take:
    take = get_owned_or_404(Take, user=request.user, pk=take_id)
    if take.code not in selectors.enabled_codes():
        raise Http404("No such questionnaire")
    return take


def _per(request) -> int:
    """Items per screen: one on a phone; the intro's script asks for a few on wide screens."""
    try:
        return max(1, min(MAX_PER_SCREEN, int(request.GET.get("per", 1))))
    except ValueError:
        return 1


def _about(instrument, take: Take) -> str:
    """Who the take is about, as the pages name them ("" for most questionnaires)."""
    return instruments.target_label(instrument, take.target) if take.target else ""


def _take_url(take, at, per) -> str:
    return f"{reverse('assessments:take', args=[take.pk])}?{urlencode({'at': at, 'per': per})}"


@never_cache
@login_required
@require_GET
def index(request):
    rows = selectors.questionnaire_rows(user=request.user)
    return render(request, "assessments/index.html", {"rows": rows})


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def intro(request, code):
    instrument = _instrument(code)
    form = forms.TargetForm(instrument, request.POST or None) if instrument.targets else None
    if request.method == "POST":
        if form is None or form.is_valid():
            target = form.cleaned_data["target"] if form else ""
            take = services.take_start(
                user=request.user,
                data_key=request.vault.data_key,
                instrument=instrument,
                target=target,
            )
            return redirect(_take_url(take, take.position, _per_from_post(request)))
    unfinished = None if form else selectors.take_in_progress(user=request.user, code=code)
    return render(
        request,
        "assessments/intro.html",
        {
            "instrument": instrument,
            "raw": instrument.raw,
            "form": form,
            "unfinished": unfinished,
            "readings": content.readings(),
        },
    )


def _per_from_post(request) -> int:
    try:
        return max(1, min(MAX_PER_SCREEN, int(request.POST.get("per", 1))))
    except ValueError:
        return 1


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def take(request, take_id):
    take = _own_take(request, take_id)
    if take.complete:
        return redirect("assessments:result", take.pk)
    instrument = selectors.instrument_for(take.code)
    key = request.vault.data_key
    total = len(instrument.items)
    per = _per(request)
    if request.GET.get("at") == "end" and instruments.unscored(instrument):
        return _unscored_page(request, take, instrument, per)
    try:
        at = max(0, min(total - 1, int(request.GET.get("at", take.position))))
    except ValueError:
        at = take.position
    items = instrument.items[at : at + per]
    status = 200
    if request.method == "POST":
        form = forms.PageForm(instrument, items, request.POST)
        go = request.POST.get("go", "next")
        if form.is_valid() and (go != "next" or form.ask_for_missing()):
            return _page_kept(request, take, instrument, form.answered(), go=go, at=at, per=per)
        status = 422
    else:
        answers = selectors.answers_of(take=take, data_key=key)
        form = forms.PageForm(instrument, items, initial={i.key: answers.get(i.key) for i in items})
    last = min(at + per, total)
    return render(
        request,
        "assessments/take.html",
        {
            "instrument": instrument,
            "take": take,
            "target_label": _about(instrument, take),
            "form": form,
            "at": at,
            "per": per,
            "first_number": at + 1,
            "last_number": last,
            "total": total,
            "is_last": last >= total,
            "closing_question": bool(instruments.unscored(instrument)),
            "show_instructions": at == 0 or bool(instrument.raw.get("timeframe")),
        },
        status=status,
    )


def _page_kept(request, take, instrument, answered, *, go, at, per):
    """Keep a page's answers, then go back, stop for now, or go on: to the next page, the
    closing question or the result."""
    key = request.vault.data_key
    position = {"back": max(0, at - per), "later": at}.get(go, at + per)
    answers = services.take_record(
        take=take, data_key=key, instrument=instrument, answers=answered, position=position
    )
    if go == "back":
        return redirect(_take_url(take, position, per))
    if go == "later":
        messages.info(request, "Saved. You can carry on from this question any time.")
        return redirect("assessments:index")
    if position < len(instrument.items):
        return redirect(_take_url(take, position, per))
    gap = scoring.first_unanswered(instrument, answers)
    if gap is None and scoring.asks_unscored(instrument, answers):
        return redirect(_take_url(take, "end", per))
    if services.take_finish(take=take, data_key=key, instrument=instrument):
        return redirect("assessments:result", take.pk)
    messages.info(request, "One question still needs an answer before we can score this.")
    return redirect(_take_url(take, gap, per))


def _unscored_page(request, take, instrument, per):
    """The form's optional closing question, after every item is answered."""
    key = request.vault.data_key
    question = instruments.unscored(instrument)
    total = len(instrument.items)
    if request.method == "POST":
        form = forms.UnscoredForm(question, request.POST)
        if form.is_valid():
            if request.POST.get("go") == "back":
                return redirect(_take_url(take, max(0, total - per), per))
            difficulty = form.cleaned_data["difficulty"]
            services.take_difficulty_save(take=take, data_key=key, difficulty=difficulty)
            if services.take_finish(take=take, data_key=key, instrument=instrument):
                return redirect("assessments:result", take.pk)
            gap = scoring.first_unanswered(
                instrument, selectors.answers_of(take=take, data_key=key)
            )
            return redirect(_take_url(take, gap, per))
        status = 422
    else:
        form = forms.UnscoredForm(question, initial=selectors.extra_of(take=take, data_key=key))
        status = 200
    return render(
        request,
        "assessments/take_unscored.html",
        {"instrument": instrument, "take": take, "form": form, "total": total},
        status=status,
    )


@never_cache
@login_required
@require_POST
def discard(request, take_id):
    """Throw away an unfinished take (finished ones stay: they are the history)."""
    take = _own_take(request, take_id)
    try:
        services.take_discard(take=take)
    except services.TakeFinished:
        raise Http404("Finished takes are kept") from None
    messages.info(request, "That unfinished take is gone. You can start afresh any time.")
    return redirect("assessments:intro", take.code)


def _label(take: Take, instrument) -> str:
    when = take.completed_at.strftime("%-d %b %Y, %H:%M")
    if take.target:
        return f"{when} · {instruments.target_label(instrument, take.target)}"
    return when


def _two_places(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _plane_point(take: Take, label: str = "") -> dict:
    return {
        "anxiety": take.scores["anxiety"],
        "avoidance": take.scores["avoidance"],
        "label": label,
    }


def _change_rows(instrument, before: Take, after: Take) -> list[dict]:
    changes = scoring.changes(instrument, before.scores, after.scores)
    rows = []
    for subscale in instrument.subscales:
        old, new = before.scores.get(subscale.key), after.scores.get(subscale.key)
        rows.append(
            {
                "name": subscale.name,
                "before": old,
                "after": new,
                "difference": None if old is None or new is None else new - old,
                "change": changes[subscale.key],
            }
        )
    return rows


@never_cache
@login_required
@require_GET
def result(request, take_id):
    take = _own_take(request, take_id)
    if not take.complete:
        return redirect(take.get_absolute_url())
    instrument = selectors.instrument_for(take.code)
    previous = selectors.take_previous(user=request.user, take=take)
    readings = content.readings()
    has_plane = "anxiety" in take.scores and "avoidance" in take.scores
    context = {
        "instrument": instrument,
        "take": take,
        "target_label": _about(instrument, take),
        "rows": scoring.scale_results(instrument, take.scores),
        "readings": readings,
        "region": readings["regions"].get(take.category) if has_plane else None,
        "plane": charts.plane([_plane_point(take, "You")]) if has_plane else None,
        "previous": previous,
        "changes": _change_rows(instrument, previous, take) if previous else None,
        "suggest_help": take.code == "gad-7" and take.category in ("moderate", "severe"),
        "scale_note": readings["scales"].get(take.code),
        "unscored": instruments.unscored(instrument),
        "unscored_answer": selectors.unscored_answer(
            instrument=instrument, take=take, data_key=request.vault.data_key
        ),
    }
    return render(request, "assessments/result.html", context)


@never_cache
@login_required
@require_GET
def history(request, code):
    instrument = _instrument(code)
    takes = list(selectors.takes_completed(user=request.user, code=code))
    # Plain strings made here, not by template filters: a ten-year history has 120 rows.
    for number, each in enumerate(takes, start=1):
        each.label = f"#{number} · {_label(each, instrument)}"
        each.cells = [_two_places(each.scores.get(s.key)) for s in instrument.subscales]
    groups = []
    for target in instrument.targets or [""]:
        group = [t for t in takes if t.target == target]
        if not group:
            continue
        groups.append(
            {
                "target": target,
                "label": instruments.target_label(instrument, target) if target else "",
                "takes": group,
                "charts": [
                    {
                        "name": s.name,
                        "chart": trajectory(
                            [t.scores.get(s.key) for t in group],
                            *scoring.score_range(instrument, s),
                        ),
                    }
                    for s in instrument.subscales
                ],
            }
        )
    compare, change_rows = None, None
    # Default: the last two takes about the same person (for most questionnaires, anyone).
    pairs = [group["takes"][-2:] for group in groups if len(group["takes"]) >= 2]
    if pairs:
        latest_pair = max(pairs, key=lambda pair: pair[-1].completed_at)
        defaults = {"before": str(latest_pair[0].pk), "after": str(latest_pair[1].pk)}
        compare = forms.CompareForm(takes, request.GET if "before" in request.GET else defaults)
        if compare.is_valid():
            by_id = {str(t.pk): t for t in takes}
            before = by_id[compare.cleaned_data["before"]]
            after = by_id[compare.cleaned_data["after"]]
            if before.target != after.target:
                compare.add_error("after", "Compare two takes about the same person.")
            else:
                if before.completed_at > after.completed_at:
                    before, after = after, before
                change_rows = _change_rows(instrument, before, after)
    side_by_side = None
    if instrument.targets:
        latest = {}
        for each in takes:
            latest[each.target] = each
        side_by_side = {
            "rows": [
                {"label": instruments.target_label(instrument, t), "take": latest[t]}
                for t in instrument.targets
                if t in latest
            ],
            "plane": charts.plane(
                [
                    _plane_point(latest[t], t.capitalize())  # short: "Partner", "Mother"
                    for t in instrument.targets
                    if t in latest
                ]
            ),
        }
    return render(
        request,
        "assessments/history.html",
        {
            "instrument": instrument,
            "takes": takes,
            "groups": groups,
            "compare": compare,
            "change_rows": change_rows,
            "side_by_side": side_by_side,
            "readings": content.readings(),
        },
    )


@never_cache
@login_required
@require_GET
def questionnaire_fhir(request, code):
    instrument = _instrument(code)
    response = JsonResponse(fhir.questionnaire(instrument), json_dumps_params={"indent": 2})
    response["Content-Disposition"] = f'attachment; filename="{code}-questionnaire.json"'
    return response


@never_cache
@login_required
@require_GET
def response_fhir(request, take_id):
    take = _own_take(request, take_id)
    if not take.complete:
        raise Http404("This take is not finished yet")
    instrument = selectors.instrument_for(take.code)
    key = request.vault.data_key
    answers = selectors.answers_of(take=take, data_key=key)
    data = fhir.questionnaire_response(
        instrument, take, answers, selectors.extra_of(take=take, data_key=key)
    )
    response = JsonResponse(data, json_dumps_params={"indent": 2})
    name = f"{take.code}-{take.completed_at:%Y-%m-%d}-response.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
