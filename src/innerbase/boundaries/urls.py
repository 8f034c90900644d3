from django.urls import path

from innerbase.boundaries.views import pages

app_name = "boundaries"
urlpatterns = [
    path("", pages.index, name="index"),
    path("examples/", pages.examples, name="examples"),
    path("new/", pages.new, name="new"),
    path("<uuid:boundary_id>/", pages.boundary, name="boundary"),
    path("<uuid:boundary_id>/log/", pages.log, name="log"),
    path("<uuid:boundary_id>/revisit/", pages.revisit, name="revisit"),
    path("<uuid:boundary_id>/edit/", pages.edit, name="edit"),
]
