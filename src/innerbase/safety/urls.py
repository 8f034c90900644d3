from django.urls import path

from innerbase.safety import calm_views, pause_views, plan_views, views

app_name = "safety"
urlpatterns = [
    path("", views.help_now, name="help"),
    path("country/", views.country_keep, name="country"),
    path("support/", views.support, name="support"),
    path("check-in/", views.check_in_answer, name="check_in"),
    path("plan/", plan_views.plan, name="plan"),
    path("plan/edit/", plan_views.plan_edit, name="plan_edit"),
    path("calm/", calm_views.calm, name="calm"),
    path("calm/breathe/", calm_views.breathe, name="breathe"),
    path("calm/ground/", calm_views.ground, name="ground"),
    path("calm/soothe/", calm_views.soothe, name="soothe"),
    path("calm/feeling/", calm_views.feeling, name="feeling"),
    path("pause/", pause_views.pauses, name="pauses"),
    path("pause/<uuid:pause_id>/", pause_views.pause_detail, name="pause"),
]
