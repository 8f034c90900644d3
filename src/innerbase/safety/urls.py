from django.urls import path

from innerbase.safety.views import calm, offline, pause, plan, support

app_name = "safety"
urlpatterns = [
    path("", support.help_now, name="help"),
    path("country/", support.country_keep, name="country"),
    path("support/", support.support, name="support"),
    path("check-in/", support.check_in_answer, name="check_in"),
    path("leave/", support.leave, name="leave"),
    path("plan/", plan.plan, name="plan"),
    path("plan/edit/", plan.plan_edit, name="plan_edit"),
    path("calm/", calm.calm, name="calm"),
    path("calm/breathe/", calm.breathe, name="breathe"),
    path("calm/ground/", calm.ground, name="ground"),
    path("calm/soothe/", calm.soothe, name="soothe"),
    path("calm/feeling/", calm.feeling, name="feeling"),
    path("offline/", offline.offline_page, name="offline"),
    path("timer/", offline.timer, name="timer"),
    path("pause/", pause.pauses, name="pauses"),
    path("pause/<uuid:pause_id>/", pause.pause_detail, name="pause"),
]
