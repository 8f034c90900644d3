"""The guided record: one step per screen, saved at every step, resumable at any step."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from innerbase.core import distress
from innerbase.core.forms import DistressCheckForm
from innerbase.core.saving import saved_and_screened
from innerbase.core.stop_rule import calming_offer_keep, calming_offer_pop
from innerbase.journal import selectors as journal
from innerbase.thoughts import content, forms, progress, selectors, services, shortlists
from innerbase.thoughts.models import ThoughtRecord

STOPPED = "Saved. You can finish this record any time from your thought records."


def url(record: ThoughtRecord, key: str) -> str:
    return reverse("thoughts:step", args=[record.pk, key])


def ref(record: ThoughtRecord) -> str:
    return f"thoughts.record:{record.pk}"


def _check(request, key: str, body: dict) -> DistressCheckForm | None:
    """The stop rule's "how upset now" on the last step (the first is asked at the start)."""
    if key != content.step_keys()[-1]:
        return None
    data = request.POST if request.method == "POST" else None
    initial = {"distress_after": distress.of(body)["after"]}
    return DistressCheckForm(data, asks=("after",), initial=initial)


def _form(request, key: str, body: dict, record: ThoughtRecord, beliefs: list[dict]):
    """The form for one step, bound to the POST when there is one."""
    data = request.POST if request.method == "POST" else None
    if key in progress.TEXT_STEPS:
        field = progress.TEXT_STEPS[key]
        return forms.TextStepForm(field, content.step(key), data, initial={field: body[field]})
    if key == "emotions":
        return forms.EmotionsForm(data, initial=forms.EmotionsForm.initial_from(body["emotions"]))
    if key == "re-rate":
        initial = {
            f"after_{e['name']}": e["before"] if e.get("after") is None else e["after"]
            for e in body["emotions"]
        }
        return forms.ReRateForm(body["emotions"], data, initial=initial)
    if key == "distortions":
        return forms.DistortionsForm(data, initial={"distortions": record.distortions})
    belief = record.core_belief
    initial = {
        "belief": str(belief.pk) if belief else "",
        "rating": belief.rating if belief else 50,
    }
    return forms.BeliefLinkForm(beliefs, data, initial=initial)


def _changes(key: str, form, body: dict) -> tuple[dict, bool]:
    """What to keep from a valid form (any step but the core belief's), and whether the step
    has an answer."""
    if key in progress.TEXT_STEPS:
        return form.changes(), form.has_answer()
    if key == "emotions":
        picked = form.picked(body["emotions"])
        return {"emotions": picked}, bool(picked)
    if key == "re-rate":
        rated = form.rated()
        return {"emotions": rated}, bool(rated) and all(e["after"] is not None for e in rated)
    codes = form.cleaned_data["distortions"]
    return {"distortions": codes}, bool(codes)


def _belief_choice(form, beliefs: list[dict]) -> dict:
    """The belief picked in step 9 as the service takes it: an own belief or a starter key
    (the form only offers the person's own beliefs and the starters)."""
    choice = form.cleaned_data["belief"]
    if choice.startswith("starter:"):
        return {"starter": choice.removeprefix("starter:")}
    return {"belief": next((b["belief"] for b in beliefs if str(b["belief"].pk) == choice), None)}


def _target(request, record: ThoughtRecord, key: str) -> str:
    keys = content.step_keys()
    at = keys.index(key)
    go = request.POST.get("go", "next")
    if go == "back":
        return url(record, keys[max(0, at - 1)])
    if go == "later":
        messages.info(request, STOPPED)
        return reverse("thoughts:index")
    return url(record, keys[at + 1]) if at + 1 < len(keys) else record.get_absolute_url()


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def step(request, record_id, key):
    record = selectors.record_or_404(user=request.user, pk=record_id)
    if key not in content.step_keys():
        raise Http404("No such step")
    data_key = request.vault.data_key
    body = selectors.body_of(record=record, data_key=data_key)
    beliefs = (
        selectors.beliefs_with_text(user=request.user, data_key=data_key)
        if key == "core-belief"
        else []
    )
    form = _form(request, key, body, record, beliefs)
    check = _check(request, key, body)
    status = 200
    if request.method == "POST":
        if form.is_valid() and (check is None or check.is_valid()):
            return _save(request, record, key, form, body, beliefs, check)
        status = 422
    context = _context(record, key, form, body)
    context["check"] = check
    context["calming"] = calming_offer_pop(request, ref=ref(record))
    context.update(_shortlists(request, key, form, beliefs))
    return render(request, "thoughts/step.html", context, status=status)


def _save(request, record: ThoughtRecord, key: str, form, body: dict, beliefs: list[dict], check):
    """Keep a valid step, then go where the person chose, past the crisis screen when they
    wrote words. On the last step, 7 or more (or a rise) leads to calming on the record."""
    data_key = request.vault.data_key
    onward = request.POST.get("go", "next") == "next"
    if check is not None:
        ratings = services.record_distress_save(
            record=record, data_key=data_key, **check.distress()
        )
        if onward and ratings != distress.of(body):  # once per rating, not on every visit
            calming_offer_keep(request, ref=ref(record), **ratings)
    if key == "core-belief":
        services.record_link_belief(
            record=record,
            data_key=data_key,
            done=onward or bool(form.cleaned_data["belief"]),
            rating=form.cleaned_data.get("rating"),
            **_belief_choice(form, beliefs),
        )
        return redirect(_target(request, record, key))
    changes, answered = _changes(key, form, body)
    services.record_save_step(
        record=record, data_key=data_key, step=key, changes=changes, done=onward or answered
    )
    target = _target(request, record, key)
    texts = [v for v in changes.values() if isinstance(v, str)]
    if not any(texts):
        return redirect(target)
    return saved_and_screened(
        request,
        *texts,
        ref=f"thoughts.record:{record.pk}",
        back=target,
        page=record.get_absolute_url(),
    )


def _context(record: ThoughtRecord, key: str, form, body: dict) -> dict:
    keys = content.step_keys()
    at = keys.index(key)
    return {
        "record": record,
        "step": content.step(key),
        "key": key,
        "form": form,
        "number": at + 1,
        "total": len(keys),
        "is_last": at + 1 == len(keys),
        "back_allowed": at > 0,
        "chosen": set(form["distortions"].value() or []) if key == "distortions" else set(),
        "labels": journal.emotions() if key == "re-rate" else {},
        "thought": body["automatic_thought"] if at > 1 else "",
    }


def _shortlists(request, key: str, form, beliefs: list[dict]) -> dict:
    """Step 4's traps (the person's most spotted first, the rest in folded groups) and step
    9's beliefs (their own first, the starters folded by theme)."""
    if key == "distortions":
        spotted = selectors.patterns(user=request.user)["frequencies"]
        chosen = form["distortions"].value() or []
        return {"traps": shortlists.trap_shortlist(content.trap_groups(), spotted, chosen)}
    if key == "core-belief":
        own = [
            {"value": str(b["belief"].pk), "text": b["text"], "starter": b["starter"]}
            for b in beliefs
        ]
        chosen = str(form["belief"].value() or "")
        return {
            "belief_choices": shortlists.belief_shortlist(own, content.starter_themes(), chosen),
            "belief_chosen": chosen,
        }
    return {}
