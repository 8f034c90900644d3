from django.urls import path

from innerbase.imports.views import pages

app_name = "imports"
urlpatterns = [
    path("", pages.index, name="index"),
    path("<uuid:preview_id>/", pages.preview, name="preview"),
    path("<uuid:preview_id>/import/", pages.commit, name="commit"),
    path("<uuid:preview_id>/report/", pages.report, name="report"),
]
