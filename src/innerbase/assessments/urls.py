from django.urls import path

from innerbase.assessments import views

app_name = "assessments"
urlpatterns = [
    path("", views.index, name="index"),
    path("takes/<uuid:take_id>/", views.take, name="take"),
    path("takes/<uuid:take_id>/result/", views.result, name="result"),
    path("takes/<uuid:take_id>/discard/", views.discard, name="discard"),
    path("takes/<uuid:take_id>/fhir/", views.response_fhir, name="response_fhir"),
    path("<slug:code>/", views.intro, name="intro"),
    path("<slug:code>/history/", views.history, name="history"),
    path("<slug:code>/fhir/", views.questionnaire_fhir, name="questionnaire_fhir"),
]
