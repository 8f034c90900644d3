from django.urls import path

from innerbase.thoughts.views import beliefs, records, steps

app_name = "thoughts"
urlpatterns = [
    path("", records.index, name="index"),
    path("search/", records.search_records, name="search"),
    path("new/", records.new, name="new"),
    path("<uuid:record_id>/", records.record, name="record"),
    path("<uuid:record_id>/delete/", records.delete, name="delete"),
    path("<uuid:record_id>/step/<slug:key>/", steps.step, name="step"),
    path("beliefs/", beliefs.beliefs, name="beliefs"),
    path("beliefs/<uuid:belief_id>/", beliefs.belief, name="belief"),
    path("beliefs/<uuid:belief_id>/words/", beliefs.belief_words, name="belief_words"),
    path("beliefs/<uuid:belief_id>/delete/", beliefs.belief_delete, name="belief_delete"),
]
