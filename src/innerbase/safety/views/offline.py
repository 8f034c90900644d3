"""Help without a connection: the service worker, the page it shows for anything it cannot
fetch, and a timer that runs on the phone alone. All open to everyone."""

import json

from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.views.decorators.http import require_GET

from innerbase.safety import content, helplines, offline
from innerbase.safety.views.support import chosen_country


@require_GET
def offline_page(request):
    """Shown by the worker in place of any page it cannot reach; its copy is rendered for the
    person's country, so the helplines and the emergency number are already in it."""
    code = chosen_country(request)
    return render(
        request,
        "safety/offline.html",
        {"country": helplines.for_country(code) if code else None},
    )


@require_GET
def timer(request):
    """A plain countdown for waiting out an urge; unlike the pause, it saves nothing."""
    pause = content.load("pause")
    return render(
        request,
        "safety/timer.html",
        {"waits": content.waits(), "waiting_lines": pause["waiting_lines"]},
    )


@require_GET
def service_worker(request):
    """The worker, served from the site root so that its scope is the whole site. The country
    in its URL (`/sw.js?country=GB`) is read by the worker itself, not here."""
    config = json.dumps(offline.worker_config(), indent=2)
    body = render_to_string("safety/sw.js", {"config": config})
    response = HttpResponse(body, content_type="text/javascript; charset=utf-8")
    # When the browser looks for a newer worker, it must ask the server, never an HTTP cache.
    response["Cache-Control"] = "no-cache"
    return response
