from django.urls import path

from innerbase.people.views import connection, people, support

app_name = "people"
urlpatterns = [
    path("", people.index, name="index"),
    path("<uuid:person_id>/", people.person, name="person"),
    path("<uuid:person_id>/delete/", people.delete, name="delete"),
    path("<uuid:person_id>/noticing/", connection.connection, name="connection"),
    path("<uuid:person_id>/in-touch/", support.in_touch_today, name="in_touch"),
    path("support/", support.support, name="support"),
]
