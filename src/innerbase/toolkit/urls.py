from django.urls import path

from innerbase.toolkit.views import pages

app_name = "toolkit"
urlpatterns = [
    path("", pages.index, name="index"),
    path("uses/<uuid:use_id>/", pages.use, name="use"),
    path("<slug:code>/", pages.exercise, name="exercise"),
]
