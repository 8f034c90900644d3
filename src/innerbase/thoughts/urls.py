from django.urls import path

from innerbase.thoughts import belief_views, step_views, views

app_name = "thoughts"
urlpatterns = [
    path("", views.index, name="index"),
    path("search/", views.search_records, name="search"),
    path("new/", views.new, name="new"),
    path("<uuid:record_id>/", views.record, name="record"),
    path("<uuid:record_id>/delete/", views.delete, name="delete"),
    path("<uuid:record_id>/step/<slug:key>/", step_views.step, name="step"),
    path("beliefs/", belief_views.beliefs, name="beliefs"),
    path("beliefs/<uuid:belief_id>/", belief_views.belief, name="belief"),
    path("beliefs/<uuid:belief_id>/words/", belief_views.belief_words, name="belief_words"),
    path("beliefs/<uuid:belief_id>/delete/", belief_views.belief_delete, name="belief_delete"),
]
