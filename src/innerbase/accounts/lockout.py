"""What a throttled login sees: a calm page, or JSON for the API, both with status 429."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render

MESSAGE = "Too many attempts. For your safety, please wait {minutes} minutes and try again."


def lockout_response(request, original_response=None, credentials=None):
    minutes = round(settings.AXES_COOLOFF_TIME * 60)
    headers = {"Retry-After": str(minutes * 60)}
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"detail": MESSAGE.format(minutes=minutes)}, status=429, headers=headers
        )
    response = render(request, "accounts/locked_out.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = headers["Retry-After"]
    return response
