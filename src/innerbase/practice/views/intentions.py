"""Secure-behaviour intentions: choose today's (from the library or in your own words), say
how it went, and see how many were kept this month — a count, never a streak."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from innerbase.core.saving import saved_and_screened
from innerbase.practice import content, forms, selectors, services

SHOWN = 30


def _page(request, form, done_forms=None, status=200):
    key, today = request.vault.data_key, selectors.today()
    shown = selectors.intentions_shown(user=request.user, data_key=key, limit=SHOWN)
    done_forms = done_forms or {}
    for row in shown:
        row["done_form"] = done_forms.get(row["intention"].pk) or forms.IntentionDoneForm(
            prefix=str(row["intention"].pk)
        )
    themes = content.intention_themes()
    chosen = str(form["code"].value() or "")
    kept = selectors.intentions_kept_in_month(user=request.user, today=today)
    return render(
        request,
        "practice/intentions.html",
        {
            "form": form,
            "today_items": [r for r in shown if r["intention"].day == today],
            "earlier": [r for r in shown if r["intention"].day != today],
            "kept_line": content.hub()["intentions_kept"].format(count=kept) if kept else "",
            "themes": [
                {
                    "key": key_,
                    "title": title,
                    "items": [i for i in content.intentions() if i["theme"] == key_],
                    "open": any(
                        i["code"] == chosen for i in content.intentions() if i["theme"] == key_
                    ),
                }
                for key_, title in themes.items()
            ],
            "chosen": chosen,
        },
        status=status,
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def intentions(request):
    if request.method == "POST":
        form = forms.IntentionForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            intention = services.intention_add(
                user=request.user,
                data_key=request.vault.data_key,
                day=selectors.today(),
                code=data["code"],
                text=data["text"],
            )
            messages.info(request, "That is your intention for today.")
            if not data["text"]:
                return redirect("practice:intentions")
            return saved_and_screened(
                request,
                data["text"],
                ref=f"practice.intention:{intention.pk}",
                back=reverse("practice:intentions"),
            )
        return _page(request, form, status=422)
    return _page(request, forms.IntentionForm())


@never_cache
@login_required
@require_POST
def intention_done(request, intention_id):
    intention = selectors.intention_or_404(user=request.user, pk=intention_id)
    form = forms.IntentionDoneForm(request.POST, prefix=str(intention.pk))
    if not form.is_valid():
        return _page(request, forms.IntentionForm(), {intention.pk: form}, status=422)
    note = form.cleaned_data["note"]
    services.intention_done(intention=intention, data_key=request.vault.data_key, note=note)
    messages.success(request, "Kept. Small steps like this add up.")
    back = reverse("practice:intentions")
    if not note:
        return redirect(back)
    return saved_and_screened(request, note, ref=f"practice.intention:{intention.pk}", back=back)


@never_cache
@login_required
@require_POST
def intention_delete(request, intention_id):
    intention = selectors.intention_or_404(user=request.user, pk=intention_id)
    services.intention_delete(intention=intention)
    messages.info(request, "That intention is removed.")
    return redirect("practice:intentions")
