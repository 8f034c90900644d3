from django.urls import path

from innerbase.checkins.views import pages

app_name = "checkins"
urlpatterns = [
    path("", pages.checkin, name="checkin"),
    path("day/", pages.day, name="day"),
    path("skip/", pages.skip, name="skip"),
    path("rhythm/", pages.rhythm, name="rhythm"),
]
