from django.urls import path

from innerbase.learn.views import pages, therapy

app_name = "learn"
urlpatterns = [
    path("", pages.index, name="index"),
    path("path/", pages.choose_path, name="choose_path"),
    path("therapy/", therapy.therapy, name="therapy"),
    path("<slug:code>/", pages.lesson, name="lesson"),
    path("<slug:code>/place/", pages.place, name="place"),
    path("<slug:code>/read/", pages.read, name="read"),
]
