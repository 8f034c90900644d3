"""Say it securely's hub, and hard talks: the plan (its opening line can come from a saved
I-statement), the plan read back, rehearsal with a timer, the outcome log, deleting one."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Page, Paginator
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from innerbase.conversations import content, forms, review, selectors, services
from innerbase.core.saving import deleted, saved_and_screened
from innerbase.people import selectors as people


def ref_of(talk) -> str:
    return f"conversations.talk:{talk.pk}"


NEWEST = 5  # of each list on the hub; the rest are a tap away, a page at a time
PER_PAGE = 20


def _named(items: list[dict], row: str, names: dict[str, str]) -> list[dict]:
    """Each item with "about": the name of the person its row is about, or ""."""
    for item in items:
        item["about"] = names.get(str(item[row].person_id), "")
    return items


@never_cache
@login_required
@require_GET
def index(request):
    key = request.vault.data_key
    names = people.names_by_id(user=request.user, data_key=key)
    statements = selectors.statements_all(user=request.user)
    talks = selectors.talks_all(user=request.user)
    newest_statements = selectors.statements_with_text(rows=statements[:NEWEST], data_key=key)
    newest_talks = selectors.talks_with_words(rows=talks[:NEWEST], data_key=key)
    return render(
        request,
        "conversations/index.html",
        {
            "statements": _named(newest_statements, "statement", names),
            "talks": _named(newest_talks, "talk", names),
            "statement_count": statements.count(),
            "talk_count": talks.count(),
            "newest": NEWEST,
        },
    )


@never_cache
@login_required
@require_GET
def lists(request, which: str):
    """Every I-statement (`which="statements"`) or talk, newest first, a page at a time."""
    key = request.vault.data_key
    names = people.names_by_id(user=request.user, data_key=key)
    if which == "statements":
        statements = Paginator(selectors.statements_all(user=request.user), PER_PAGE)
        shown: Page = statements.get_page(request.GET.get("page"))
        items = selectors.statements_with_text(rows=shown.object_list, data_key=key)
        items = _named(items, "statement", names)
    else:
        talks = Paginator(selectors.talks_all(user=request.user), PER_PAGE)
        shown = talks.get_page(request.GET.get("page"))
        items = selectors.talks_with_words(rows=shown.object_list, data_key=key)
        items = _named(items, "talk", names)
    return render(
        request, "conversations/list.html", {"which": which, "items": items, "page": shown}
    )


def today_card_shown(request) -> bool:
    """Today shows the card while a talk planned a while ago has no outcome noted yet."""
    return today_card(request)["talk"] is not None


def today_card(request) -> dict:
    # Today asks show() then context() within one request: one query serves both.
    if not hasattr(request, "_talk_waiting"):
        waiting = selectors.talk_waiting_for_outcome(user=request.user, now=timezone.now())
        request._talk_waiting = waiting
    return {"talk": request._talk_waiting}


def _from_statement(request, key: bytes) -> dict:
    """A new plan's opening line and person from the saved statement `?statement=`."""
    chosen = request.GET.get("statement", "")
    if not chosen:
        return {}
    row = selectors.statement_or_404(user=request.user, pk=chosen)
    return {
        "opening": selectors.statement_text(statement=row, data_key=key),
        "person": str(row.person_id or ""),
    }


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def plan(request, talk_id=None):
    """A new plan (no id) or a change to the person's own."""
    key = request.vault.data_key
    row = None
    if talk_id is not None:
        row = selectors.talk_or_404(user=request.user, pk=talk_id)
        initial = {
            **selectors.talk_words(talk=row, data_key=key),
            "person": str(row.person_id or ""),
            "pause_minutes": str(row.pause_minutes or ""),
        }
    else:
        initial = {
            "pause_minutes": "20",
            "person": request.GET.get("person", ""),  # from a person's page
            **_from_statement(request, key),
        }
    form = forms.TalkForm(request.POST or None, initial=initial, user=request.user, data_key=key)
    if request.method == "POST" and form.is_valid():
        words = form.words()
        row = services.talk_save(
            user=request.user,
            data_key=key,
            words=words,
            person=form.cleaned_data["person"],
            pause_minutes=form.cleaned_data["pause_minutes"],
            talk=row,
        )
        messages.info(request, "Saved. When you are ready, read it out loud once.")
        back = row.get_absolute_url()
        return saved_and_screened(request, *words.values(), ref=ref_of(row), back=back)
    saved = []
    if row is None and not request.GET.get("statement"):
        # the newest few saved statements, each a tap from being the opening line
        newest = selectors.statements_all(user=request.user)[:3]
        saved = selectors.statements_with_text(rows=newest, data_key=key)
    return render(
        request,
        "conversations/plan.html",
        {"row": row, "form": form, "saved": saved},
        status=422 if form.errors else 200,
    )


def _talk_context(request, row) -> dict:
    key = request.vault.data_key
    words = selectors.talk_words(talk=row, data_key=key)
    about = ""
    if row.person_id:
        about = people.names_by_id(user=request.user, data_key=key).get(str(row.person_id), "")
    return {
        "row": row,
        "words": words,
        "about": about,
        "opening": review.text_review(words["opening"]),
    }


@never_cache
@login_required
@require_GET
def talk(request, talk_id):
    row = selectors.talk_or_404(user=request.user, pk=talk_id)
    return render(request, "conversations/talk.html", _talk_context(request, row))


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def rehearse(request, talk_id):
    """The plan in the order it is said, with a timer for the first minutes; "I read it out
    loud" keeps only the date of the last read-through."""
    row = selectors.talk_or_404(user=request.user, pk=talk_id)
    if request.method == "POST":
        services.talk_rehearsed(talk=row)
        messages.info(request, "Well done for practising. Saying it out loud makes it easier.")
        return redirect(row.get_absolute_url())
    seconds = content.rehearse_seconds()
    return render(
        request,
        "conversations/rehearse.html",
        {
            **_talk_context(request, row),
            "seconds": seconds,
            "display": f"{seconds // 60}:{seconds % 60:02d}",
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def outcome(request, talk_id):
    """Afterwards: how it went, what to keep, what to change."""
    row = selectors.talk_or_404(user=request.user, pk=talk_id)
    key = request.vault.data_key
    words = selectors.talk_words(talk=row, data_key=key)
    form = forms.OutcomeForm(request.POST or None, initial=words)
    if request.method == "POST" and form.is_valid():
        saved = form.words()
        services.talk_outcome_save(talk=row, data_key=key, words=saved)
        messages.info(request, "Saved. Whatever happened, you showed up for it.")
        back = row.get_absolute_url()
        return saved_and_screened(request, *saved.values(), ref=ref_of(row), back=back)
    return render(
        request,
        "conversations/outcome.html",
        {"row": row, "form": form},
        status=422 if form.errors else 200,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def delete(request, talk_id):
    row = selectors.talk_or_404(user=request.user, pk=talk_id)
    if request.method == "POST":
        ref = ref_of(row)  # before the delete, which clears the id
        services.talk_delete(talk=row)
        deleted(request, ref=ref)
        messages.info(request, "Deleted.")
        return redirect("conversations:index")
    return render(
        request,
        "conversations/delete.html",
        {"what": "this talk plan and how it went", "back": row.get_absolute_url()},
    )
