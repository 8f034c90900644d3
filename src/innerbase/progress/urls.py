from django.urls import path

from innerbase.progress.views import pages

app_name = "progress"
urlpatterns = [
    path("", pages.dashboard, name="dashboard"),
]
