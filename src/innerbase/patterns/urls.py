from django.urls import path

from innerbase.patterns.views import caregivers, reviews, steps

app_name = "patterns"
urlpatterns = [
    path("", reviews.index, name="index"),
    path("new/", reviews.new, name="new"),
    path("themes/", reviews.themes, name="themes"),
    path("<uuid:review_id>/", reviews.review, name="review"),
    path("<uuid:review_id>/details/", reviews.details, name="details"),
    path("<uuid:review_id>/delete/", reviews.delete, name="delete"),
    path("<uuid:review_id>/step/<slug:key>/", steps.review_step, name="step"),
    path("caregivers/", caregivers.index, name="caregivers"),
    path("caregivers/<uuid:reflection_id>/", caregivers.reflection, name="reflection"),
    path(
        "caregivers/<uuid:reflection_id>/delete/",
        caregivers.delete,
        name="reflection_delete",
    ),
    path(
        "caregivers/<uuid:reflection_id>/step/<slug:key>/",
        steps.caregiver_step,
        name="reflection_step",
    ),
]
