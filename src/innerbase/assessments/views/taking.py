"""Choosing and taking a questionnaire: the list, an intro, one screen of items at a time,
the optional closing question, and throwing an unfinished take away."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from innerbase.assessments import content, forms, instruments, scoring, selectors, services
from innerbase.assessments.views.lookups import instrument_or_404, take_or_404
from innerbase.core.forms import DistressCheckForm
from innerbase.core.stop_rule import calming_offer_keep, calming_offer_pop
from innerbase.people import selectors as people

MAX_PER_SCREEN = 6


def _per(request) -> int:
    """Items per screen: one on a phone; the intro's script asks for a few on wide screens."""
    try:
        return max(1, min(MAX_PER_SCREEN, int(request.GET.get("per", 1))))
    except ValueError:
        return 1


def ref(take) -> str:
    return f"assessments.take:{take.pk}"


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
    instrument = instrument_or_404(code)
    form = None
    if instrument.targets:
        people_choices = people.choices(user=request.user, data_key=request.vault.data_key)
        form = forms.TargetForm(instrument, request.POST or None, people=people_choices)
    posted = request.POST if request.method == "POST" else None
    check = DistressCheckForm(posted, asks=("before",))
    if request.method == "POST":
        if (form is None or form.is_valid()) and check.is_valid():
            key = request.vault.data_key
            target = form.cleaned_data["target"] if form else ""
            chosen = form.cleaned_data.get("person") if form else ""
            take = services.take_start(
                user=request.user,
                data_key=key,
                instrument=instrument,
                target=target,
                person=people.person_or_none(user=request.user, pk=chosen) if chosen else None,
            )
            ratings = services.take_distress_save(take=take, data_key=key, **check.distress())
            calming_offer_keep(request, ref=ref(take), before=ratings["before"])
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
            "check": check,
        },
        status=422 if check.errors else 200,
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
    take = take_or_404(request, take_id)
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
            "target_label": instruments.target_label(instrument, take.target),
            "form": form,
            "at": at,
            "per": per,
            "first_number": at + 1,
            "last_number": last,
            "total": total,
            "is_last": last >= total,
            "closing_question": bool(instruments.unscored(instrument)),
            "show_instructions": at == 0 or bool(instrument.raw.get("timeframe")),
            # 7 or more at the start: calming offered before the first question
            "calming": calming_offer_pop(request, ref=ref(take)),
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
    if question is None:  # only questionnaires with a closing question come here
        raise Http404
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
    take = take_or_404(request, take_id)
    try:
        services.take_discard(take=take)
    except services.TakeFinished:
        raise Http404("Finished takes are kept") from None
    messages.info(request, "That unfinished take is gone. You can start afresh any time.")
    return redirect("assessments:intro", take.code)
