from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.urls import include, path

from innerbase import webapp
from innerbase.api.site import api
from innerbase.safety.views import offline


def _admin_login(request, extra_context=None):
    """Operators log in like everyone else, so their session opens a vault too."""
    return redirect_to_login(request.get_full_path())


admin.site.login = _admin_login  # type: ignore[method-assign]  # replacing it is the point

urlpatterns = [
    path("", include("innerbase.today.urls")),
    # At the root, so the worker's scope is the whole site (it can answer for any page).
    path("sw.js", offline.service_worker, name="service_worker"),
    path("manifest.webmanifest", webapp.manifest, name="manifest"),
    path("account/tokens/", include("innerbase.api.urls")),
    path("account/import/", include("innerbase.imports.urls")),
    path("account/export/", include("innerbase.exports.urls")),
    path("account/", include("innerbase.accounts.urls")),
    path("help/", include("innerbase.safety.urls")),
    path("assessments/", include("innerbase.assessments.urls")),
    path("journal/", include("innerbase.journal.urls")),
    path("thoughts/", include("innerbase.thoughts.urls")),
    path("practice/", include("innerbase.practice.urls")),
    path("practice/experiments/", include("innerbase.experiments.urls")),
    path("practice/toolkit/", include("innerbase.toolkit.urls")),
    path("people/patterns/", include("innerbase.patterns.urls")),
    path("people/boundaries/", include("innerbase.boundaries.urls")),
    path("people/conversations/", include("innerbase.conversations.urls")),
    path("people/", include("innerbase.people.urls")),
    path("learn/", include("innerbase.learn.urls")),
    path("report/", include("innerbase.reports.urls")),
    path("progress/check-in/", include("innerbase.checkins.urls")),
    path("progress/wins/", include("innerbase.checkins.wins_urls")),
    path("progress/", include("innerbase.progress.urls")),
    path("api/v1/", api.urls),
    path("operator/", admin.site.urls),
]

handler404 = "innerbase.errors.not_found"
handler500 = "innerbase.errors.server_error"
