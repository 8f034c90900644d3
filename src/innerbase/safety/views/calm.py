"""The SOS calming flow: breathing, grounding, soothing. Open to everyone, no login needed."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from innerbase.safety import content, forms, offline, services
from innerbase.toolkit import selectors as toolkit


def _calm() -> dict:
    return content.load("calm")


def top_tools(request) -> list[dict]:
    """What helped this person most, to offer first; nothing for a stranger or in a copy the
    service worker keeps (a copy is what a stranger sees, see safety/offline.py)."""
    if offline.is_copy(request) or not request.user.is_authenticated:
        return []
    return toolkit.top_tools(user=request.user)


@require_GET
def calm(request):
    return render(request, "safety/calm.html", {"calm": _calm(), "top_tools": top_tools(request)})


@require_GET
def breathe(request):
    breathing = _calm()["breathing"]
    rhythms = content.rhythms()
    chosen = request.GET.get("rhythm", breathing["default"])
    rhythm = rhythms.get(chosen, rhythms[breathing["default"]])
    return render(
        request,
        "safety/breathe.html",
        {"calm": _calm(), "breathing": breathing, "rhythm": rhythm, "rhythms": rhythms.values()},
    )


@require_GET
def ground(request):
    grounding = _calm()["grounding"]
    steps = grounding["steps"]
    try:
        number = int(request.GET.get("step", "0"))
    except ValueError:
        number = 0
    if not 0 <= number <= len(steps) + 1:
        raise Http404
    step = steps[number - 1] if 1 <= number <= len(steps) else None
    return render(
        request,
        "safety/ground.html",
        {
            "calm": _calm(),
            "grounding": grounding,
            "number": number,
            "step": step,
            "total": len(steps),
            "finished": number == len(steps) + 1,
        },
    )


@require_GET
def soothe(request):
    return render(request, "safety/soothe.html", {"calm": _calm(), "soothing": _calm()["soothing"]})


@require_POST
def feeling(request):
    """'How do you feel now?' is kept (a number) only for a logged-in person."""
    form = forms.FeelingForm(request.POST)
    if not request.user.is_authenticated:
        return redirect("safety:calm")
    if not form.is_valid():
        messages.warning(request, "Choose a number from 0 to 10, or leave it for now.")
        return redirect("safety:calm")
    data = form.cleaned_data
    services.calm_checkout_save(user=request.user, tool=data["tool"], feeling=data["feeling"])
    messages.success(request, f"Noted: {data['feeling']} out of 10. {_calm()['after_note']}")
    return redirect("safety:calm")
