from django.urls import path

from innerbase.experiments.views import evidence, ladders, tries

app_name = "experiments"
urlpatterns = [
    path("", ladders.index, name="index"),
    path("start/", ladders.start, name="start"),
    path("new/", ladders.new, name="new"),
    path("<uuid:ladder_id>/", ladders.ladder, name="ladder"),
    path("<uuid:ladder_id>/edit/", ladders.edit, name="edit"),
    path("<uuid:ladder_id>/archive/", ladders.archive, name="archive"),
    path("<uuid:ladder_id>/delete/", ladders.delete, name="delete"),
    path("<uuid:ladder_id>/evidence/", evidence.evidence, name="evidence"),
    path("<uuid:ladder_id>/steps/<uuid:step_id>/ready/", ladders.ready, name="ready"),
    path("<uuid:ladder_id>/steps/<uuid:step_id>/try/", tries.try_new, name="try_new"),
    path("<uuid:ladder_id>/tries/<uuid:try_id>/", tries.try_outcome, name="try"),
]
