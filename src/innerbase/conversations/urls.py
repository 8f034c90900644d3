from django.urls import path

from innerbase.conversations.views import statements, talks

app_name = "conversations"
urlpatterns = [
    path("", talks.index, name="index"),
    path("statements/", talks.lists, {"which": "statements"}, name="statements"),
    path("talks/", talks.lists, {"which": "talks"}, name="talks"),
    path("statements/new/", statements.statement, name="statement_new"),
    path("statements/<uuid:statement_id>/", statements.statement, name="statement"),
    path("statements/<uuid:statement_id>/delete/", statements.delete, name="statement_delete"),
    path("talks/new/", talks.plan, name="talk_new"),
    path("talks/<uuid:talk_id>/", talks.talk, name="talk"),
    path("talks/<uuid:talk_id>/edit/", talks.plan, name="talk_edit"),
    path("talks/<uuid:talk_id>/rehearse/", talks.rehearse, name="rehearse"),
    path("talks/<uuid:talk_id>/outcome/", talks.outcome, name="outcome"),
    path("talks/<uuid:talk_id>/delete/", talks.delete, name="talk_delete"),
]
