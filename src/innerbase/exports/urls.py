from django.urls import path

from innerbase.exports.views import pages

app_name = "exports"
urlpatterns = [
    path("", pages.index, name="index"),
]
