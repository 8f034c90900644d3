"""Pause before you act: name the urge, wait it out with a timer, then say what happened."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from innerbase.core.owned import get_owned_or_404
from innerbase.core.saving import saved_and_screened
from innerbase.safety import content, forms, selectors, services, stats
from innerbase.safety.models import Pause
from innerbase.safety.views.calm import top_tools

RECENT = 20


def _pause_page(request, form):
    key = request.vault.data_key
    recent = list(Pause.objects.filter(owner=request.user).order_by("-started_at")[:RECENT])
    outcomes = Pause.objects.filter(owner=request.user).values_list("passed", flat=True)
    return render(
        request,
        "safety/pauses.html",
        {
            "form": form,
            "intro": content.load("pause")["intro"],
            "recent": [
                {"pause": p, "urge": selectors.urge_label(pause=p, data_key=key)} for p in recent
            ],
            "summary": stats.urges_passed(outcomes),
            "now": timezone.now(),
        },
    )


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def pauses(request):
    if request.method == "POST":
        form = forms.PauseStartForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            pause = services.pause_start(
                user=request.user,
                data_key=request.vault.data_key,
                urge=data["urge"],
                own_urge=data["own_urge"],
                wait_minutes=data["wait_minutes"],
                alternative=data["alternative"],
            )
            back = pause.get_absolute_url()
            return saved_and_screened(request, data["own_urge"], ref=_ref(pause), back=back)
    else:
        form = forms.PauseStartForm()
    return _pause_page(request, form)


def _ref(pause: Pause) -> str:
    return f"safety.pause:{pause.pk}"


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def pause_detail(request, pause_id):
    pause = get_owned_or_404(Pause, user=request.user, pk=pause_id)
    key = request.vault.data_key
    if request.method == "POST":
        form = forms.PauseFinishForm(request.POST)
        if form.is_valid():
            services.pause_finish(pause=pause, data_key=key, **form.cleaned_data)
            back = pause.get_absolute_url()
            return saved_and_screened(
                request, form.cleaned_data["what_happened"], ref=_ref(pause), back=back
            )
    else:
        form = forms.PauseFinishForm()
    pause_content = content.load("pause")
    seconds_left = max(0, int((pause.ends_at - timezone.now()).total_seconds()))
    return render(
        request,
        "safety/pause.html",
        {
            "pause": pause,
            "urge": selectors.urge_label(pause=pause, data_key=key),
            "alternative": content.alternatives().get(pause.alternative, ""),
            "what_happened": pause.open_text(key, "what_happened"),
            "form": form,
            "waiting": pause.completed_at is None and seconds_left > 0,
            "seconds_left": seconds_left,
            "seconds_left_display": f"{seconds_left // 60}:{seconds_left % 60:02d}",
            "suggestions": [
                alt
                for alt in content.alternatives_for(pause.urge)
                if alt["key"] != pause.alternative
            ][:5],
            "copy": pause_content,
            "top_tools": top_tools(request),
        },
    )
