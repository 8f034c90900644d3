"""Calm error pages that keep the way to help in view."""

from django.http import JsonResponse
from django.shortcuts import render


def not_found(request, exception=None):
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Not found."}, status=404)
    return render(request, "errors/404.html", status=404)


def server_error(request):
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": "Something went wrong on our side."}, status=500)
    # render() with the request runs every context processor (base.html shows the navigation
    # and messages), so if the failure lies in one of them this page fails too, and the
    # visitor gets the server's bare error instead.
    return render(request, "errors/500.html", status=500)
