from django.urls import path

from innerbase.people.views import people

app_name = "people"
urlpatterns = [
    path("", people.index, name="index"),
    path("<uuid:person_id>/", people.person, name="person"),
    path("<uuid:person_id>/delete/", people.delete, name="delete"),
]
