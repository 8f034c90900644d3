"""One step per screen for a review and for the caregivers reflection: saved at every step,
resumable at any step, "stop here and finish later" on each, the stop rule's check at the end."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from innerbase.core import distress
from innerbase.core.saving import saved_and_screened
from innerbase.core.stop_rule import calming_offer_keep, calming_offer_pop
from innerbase.patterns import content, forms, selectors, services
from innerbase.patterns.models import Review, Row, flow_of

REVIEW_STOPPED = "Saved. You can finish this review any time from your pattern reviews."
CAREGIVERS_STOPPED = "Saved. You can come back to this reflection any time, or leave it here."
URLS = {"review": "patterns:step", "caregivers": "patterns:reflection_step"}
LISTS = {"review": "patterns:index", "caregivers": "patterns:caregivers"}


def url(row: Row, key: str) -> str:
    return reverse(URLS[flow_of(row)], args=[row.pk, key])


def ref(row: Row) -> str:
    return f"patterns.{flow_of(row)}:{row.pk}"


def first_url(row: Row) -> str:
    return url(row, content.step_keys(flow_of(row))[0])


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def review_step(request, review_id, key):
    return _step(request, selectors.review_or_404(user=request.user, pk=review_id), key)


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def caregiver_step(request, reflection_id, key):
    return _step(request, selectors.reflection_or_404(user=request.user, pk=reflection_id), key)


def _forms(request, row: Row, key: str, body: dict):
    flow = flow_of(row)
    data = request.POST if request.method == "POST" else None
    form: forms.ThemesForm | forms.TextStepForm
    if key == "themes" and isinstance(row, Review):  # only a review has this step
        initial = {"themes": row.themes, "own_themes": "\n".join(body["own_themes"])}
        form = forms.ThemesForm(data, initial=initial)
    else:
        form = forms.TextStepForm(
            content.step(flow, key), data, initial={"answer": body["answers"][key]}
        )
    check = None
    if key == content.step_keys(flow)[-1]:
        check = forms.LastStepCheck(data, initial={"distress_after": distress.of(body)["after"]})
    return form, check


def _step(request, row: Row, key: str):
    flow = flow_of(row)
    if key not in content.step_keys(flow):
        raise Http404("No such step")
    body = selectors.body_of(row=row, data_key=request.vault.data_key)
    form, check = _forms(request, row, key, body)
    status = 200
    if request.method == "POST":
        if form.is_valid() and (check is None or check.is_valid()):
            return _save(request, row, key, form, body, check)
        status = 422
    keys = content.step_keys(flow)
    at = keys.index(key)
    context = {
        "row": row,
        "flow": flow,
        "step": content.step(flow, key),
        "key": key,
        "form": form,
        "check": check,
        "number": at + 1,
        "total": len(keys),
        "is_last": at + 1 == len(keys),
        "back_allowed": at > 0,
        "calming": calming_offer_pop(request, ref=ref(row)),
        "chosen": set(form["themes"].value() or []) if key == "themes" else set(),
        "themes": content.themes() if key == "themes" else [],
    }
    return render(request, "patterns/step.html", context, status=status)


def _target(request, row: Row, key: str) -> str:
    flow = flow_of(row)
    keys = content.step_keys(flow)
    at = keys.index(key)
    go = request.POST.get("go", "next")
    if go == "back":
        return url(row, keys[max(0, at - 1)])
    if go == "later":
        messages.info(request, REVIEW_STOPPED if flow == "review" else CAREGIVERS_STOPPED)
        return reverse(LISTS[flow])
    return url(row, keys[at + 1]) if at + 1 < len(keys) else row.get_absolute_url()


def _save(request, row: Row, key: str, form, body: dict, check):
    """Keep a valid step, then go where the person chose, past the crisis screen when they
    wrote words. On the last step, 7 or more (or a rise) leads to calming on the row's page."""
    data_key = request.vault.data_key
    onward = request.POST.get("go", "next") == "next"
    if check is not None:
        ratings = services.distress_save(row=row, data_key=data_key, **check.distress())
        if onward and ratings != distress.of(body):  # once per rating, not on every visit
            calming_offer_keep(request, ref=ref(row), **ratings)
    if isinstance(row, Review) and key == "themes":
        own = form.cleaned_data["own_themes"]
        picked = form.cleaned_data["themes"]
        services.review_themes_save(
            review=row,
            data_key=data_key,
            themes=picked,
            own_themes=own,
            done=onward or bool(picked or own),
        )
        texts = own
    else:
        answer = form.answer()
        services.step_save(
            row=row, data_key=data_key, key=key, answer=answer, done=onward or bool(answer)
        )
        texts = [answer]
    target = _target(request, row, key)
    if not any(texts):
        return redirect(target)
    return saved_and_screened(
        request, *texts, ref=ref(row), back=target, page=row.get_absolute_url()
    )
