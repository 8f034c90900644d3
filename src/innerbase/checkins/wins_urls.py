"""The wins log, at /progress/wins/ (beside the check-in, under its own namespace)."""

from django.urls import path

from innerbase.checkins.views import pages

app_name = "wins"
urlpatterns = [path("", pages.wins, name="index")]
