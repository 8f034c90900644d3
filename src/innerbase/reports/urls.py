from django.urls import path

from innerbase.reports.views import pages

app_name = "reports"
urlpatterns = [
    path("", pages.compose, name="compose"),
    path("preview/", pages.preview, name="preview"),
    path("download/", pages.download, name="download"),
]
