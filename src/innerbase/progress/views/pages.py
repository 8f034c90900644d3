"""The progress page: one range, every app's part as a chart with a line of summary and its
table, and the "what changed" sentence."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from innerbase.core import charts
from innerbase.core.figures import figure
from innerbase.progress import forms, selectors, stats

MARKS = {"reliable improvement": "better", "reliable worsening": "worse"}


def _month(text: str) -> dt.date:
    return dt.date.fromisoformat(f"{text}-01")


def _dated(rows: list[dict], key: str, parse) -> list[dict]:
    return [{**row, "when": parse(row[key])} for row in rows]


def _charts(data: dict) -> dict:
    """The chart geometry and dated rows the template draws from the page's numbers."""
    found: dict = {}
    for name in ("mood", "energy"):
        rows = _dated(data[name]["bands"], "start", dt.date.fromisoformat)
        found[name] = {"rows": rows, "chart": charts.band(rows, 1, 10) if rows else None}
        if rows:
            found[name]["summary"] = (
                f"the middle went from {figure(rows[0]['median'])} to {figure(rows[-1]['median'])}"
            )
    records = data["records"] or {"months": []}
    rows = _dated(records["months"], "month", _month)
    found["records"] = {
        "rows": rows,
        "chart": charts.paired([r["before"] for r in rows], [r["after"] for r in rows], 0, 100)
        if rows
        else None,
    }
    beliefs = data["beliefs"] or {"months": []}
    rows = _dated(beliefs["months"], "month", _month)
    found["beliefs"] = {
        "rows": rows,
        "chart": charts.trajectory([r["believability"] for r in rows], 0, 100) if rows else None,
    }
    ladders = data["ladders"] or {"months": []}
    rows = _dated(ladders["months"], "month", _month)
    found["ladders"] = {
        "rows": rows,
        "chart": charts.paired([r["predicted"] for r in rows], [r["actual"] for r in rows], 0, 100)
        if rows
        else None,
    }
    signs = [w for w in data["signs"]["weeks"] if w["mean"] is not None]
    found["signs"] = {
        "rows": _dated(signs, "week", dt.date.fromisoformat),
        "chart": charts.trajectory([w["mean"] for w in signs], 0, 4) if len(signs) > 1 else None,
    }
    found["questionnaires"] = [
        {
            **q,
            "rows": [  # one a take: its date, then each scale's score and verdict
                {
                    "when": dt.date.fromisoformat(points[0]["date"]),
                    "cells": [
                        {
                            "score": p["score"],
                            "change": p["change"] if p["change"] in MARKS else None,
                        }
                        for p in points
                    ],
                }
                for points in zip(*(s["points"] for s in q["scales"]), strict=True)
            ],
            "scales": [
                {
                    **s,
                    "points": _dated(s["points"], "date", dt.date.fromisoformat),
                    "chart": charts.trajectory(
                        [p["score"] for p in s["points"]],
                        s["low"],
                        s["high"],
                        marks=[MARKS.get(p["change"] or "") for p in s["points"]],
                    ),
                }
                for s in q["scales"]
            ],
        }
        for q in data["questionnaires"]
    ]
    return found


@never_cache
@login_required
@require_GET
def dashboard(request):
    form = forms.RangeForm(request.GET or None, initial={"range": stats.DEFAULT_PRESET})
    if form.is_bound and not form.is_valid():
        return render(request, "progress/dashboard.html", {"form": form}, status=422)
    if form.is_bound:
        since, until, preset = form.days()
    else:
        until, preset = timezone.localdate(), stats.DEFAULT_PRESET
        since = stats.preset_since(preset, until)
    data = selectors.dashboard(
        user=request.user, data_key=request.vault.data_key, since=since, until=until
    )
    steadier = selectors.steadier(user=request.user, today=timezone.localdate())
    words = selectors.graduation_words()
    return render(
        request,
        "progress/dashboard.html",
        {
            "form": form,
            "preset": preset,
            "since": since,
            "until": until,
            "first_day": dt.date.fromisoformat(data["first_day"]) if data["first_day"] else None,
            "data": data,
            "charts": _charts(data),
            "steadier": {
                **steadier,
                "words": words,
                "line": words["line"].format(questionnaire=steadier["questionnaire"]),
            },
            "routine_parts": [
                (data["routine"]["sleep"], "Sleep"),
                (data["routine"]["moved"], "Moving your body"),
                (data["routine"]["talked"], "Talking with someone"),
            ],
        },
    )
