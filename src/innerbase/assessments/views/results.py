"""A finished take's results (scales, the plane, change since the last take) and the history
of a questionnaire (trajectories, reliable change between two takes, people side by side)."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from innerbase.assessments import (
    charts,
    content,
    forms,
    instruments,
    scoring,
    selectors,
    services,
)
from innerbase.assessments.models import Take
from innerbase.assessments.views.lookups import instrument_or_404, take_or_404
from innerbase.assessments.views.taking import ref
from innerbase.core.charts import trajectory
from innerbase.core.figures import figure
from innerbase.core.forms import DistressCheckForm
from innerbase.core.stop_rule import calming_offer_keep, calming_offer_pop
from innerbase.people import selectors as people


def _label(take: Take, instrument) -> str:
    when = take.completed_at.strftime("%-d %b %Y, %H:%M") if take.completed_at else ""
    if take.target:
        return f"{when} · {instruments.target_label(instrument, take.target)}"
    return when


def _plane_point(take: Take, label: str = "") -> dict:
    return {
        "anxiety": take.scores["anxiety"],
        "avoidance": take.scores["avoidance"],
        "label": label,
    }


def _plain(change: dict | None) -> dict | None:
    """The verdict and its limit in plain words ("bigger than the usual wobble"); the API keeps
    the Jacobson-Truax terms."""
    if change is None:
        return None
    words = content.readings()
    return {
        "verdict": words["verdicts"][change["verdict"]],
        "limit": words["wobble_limit"].format(points=figure(change["threshold"])),
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
                "plain": _plain(changes[subscale.key]),
            }
        )
    return rows


@never_cache
@login_required
@require_GET
def result(request, take_id):
    take = take_or_404(request, take_id)
    if not take.complete:
        return redirect(take.get_absolute_url())
    after = selectors.distress_of(take=take, data_key=request.vault.data_key)["after"]
    check = DistressCheckForm(asks=("after",), initial={"distress_after": after})
    return render(request, "assessments/result.html", _result_context(request, take, check))


@never_cache
@login_required
@require_POST
def result_distress(request, take_id):
    """The stop rule's "how upset now", asked under the result: once the person has read it,
    since a result can stir things up too. 7 or more, or rising, brings calming to the top."""
    take = take_or_404(request, take_id)
    if not take.complete:
        return redirect(take.get_absolute_url())
    check = DistressCheckForm(request.POST, asks=("after",))
    if not check.is_valid():
        context = _result_context(request, take, check)
        return render(request, "assessments/result.html", context, status=422)
    key = request.vault.data_key
    kept = services.take_distress_save(take=take, data_key=key, **check.distress())
    if not calming_offer_keep(request, ref=ref(take), **kept):
        messages.success(request, "Noted. Thank you for checking in with yourself.")
    return redirect("assessments:result", take.pk)


def _about(request, instrument, take: Take) -> str:
    """Who an ECR-RS take is about: its target, and the person's name when one was named."""
    label = instruments.target_label(instrument, take.target)
    if take.person_id:
        names = people.names_by_id(user=request.user, data_key=request.vault.data_key)
        name = names.get(str(take.person_id))
        return f"{label} ({name})" if name else label
    return label


def _result_context(request, take: Take, check: DistressCheckForm) -> dict:
    instrument = selectors.instrument_for(take.code)
    previous = selectors.take_previous(user=request.user, take=take)
    readings = content.readings()
    has_plane = "anxiety" in take.scores and "avoidance" in take.scores
    return {
        "instrument": instrument,
        "take": take,
        "target_label": _about(request, instrument, take),
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
        "distress": selectors.distress_of(take=take, data_key=request.vault.data_key),
        "check": check,
        "calming": calming_offer_pop(request, ref=ref(take)),
    }


def _groups(instrument, takes: list[Take]) -> list[dict]:
    """The takes about each person (one group for most questionnaires), with a trajectory
    chart per scale."""
    groups = []
    for target in instrument.targets or [""]:
        group = [t for t in takes if t.target == target]
        if not group:
            continue
        groups.append(
            {
                "target": target,
                "label": instruments.target_label(instrument, target),
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
    return groups


def _comparison(request, instrument, takes: list[Take], groups: list[dict]):
    """The compare form and its change rows (None, None while no person has two takes)."""
    # Default: the last two takes about the same person (for most questionnaires, anyone).
    pairs = [group["takes"][-2:] for group in groups if len(group["takes"]) >= 2]
    if not pairs:
        return None, None
    latest_pair = max(pairs, key=lambda pair: pair[-1].completed_at)
    defaults = {"before": str(latest_pair[0].pk), "after": str(latest_pair[1].pk)}
    compare = forms.CompareForm(takes, request.GET if "before" in request.GET else defaults)
    if not compare.is_valid():
        return compare, None
    by_id = {str(t.pk): t for t in takes}
    before = by_id[compare.cleaned_data["before"]]
    after = by_id[compare.cleaned_data["after"]]
    if before.target != after.target:
        compare.add_error("after", "Compare two takes about the same person.")
        return compare, None
    if takes.index(before) > takes.index(after):  # oldest first, whichever way they were chosen
        before, after = after, before
    return compare, _change_rows(instrument, before, after)


def _side_by_side(instrument, takes: list[Take]) -> dict:
    """The latest take about each person, in a table and on one plane."""
    latest = {}
    for each in takes:
        latest[each.target] = each
    shown = [t for t in instrument.targets if t in latest]
    return {
        "rows": [
            {"label": instruments.target_label(instrument, t), "take": latest[t]} for t in shown
        ],
        # short labels on the plane: "Partner", "Mother"
        "plane": charts.plane([_plane_point(latest[t], t.capitalize()) for t in shown]),
    }


@never_cache
@login_required
@require_GET
def history(request, code):
    instrument = instrument_or_404(code)
    takes = list(selectors.takes_completed(user=request.user, code=code))
    # Plain strings made here, not by template filters: a ten-year history has 120 rows.
    for number, each in enumerate(takes, start=1):
        each.label = f"#{number} · {_label(each, instrument)}"  # type: ignore[attr-defined]
        each.cells = [  # type: ignore[attr-defined]
            figure(each.scores.get(s.key)) for s in instrument.subscales
        ]
    groups = _groups(instrument, takes)
    compare, change_rows = _comparison(request, instrument, takes, groups)
    return render(
        request,
        "assessments/history.html",
        {
            "instrument": instrument,
            "takes": takes,
            "groups": groups,
            "compare": compare,
            "change_rows": change_rows,
            "side_by_side": _side_by_side(instrument, takes) if instrument.targets else None,
            "readings": content.readings(),
        },
    )
