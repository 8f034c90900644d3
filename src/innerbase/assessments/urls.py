from django.urls import path

from innerbase.assessments.views import downloads, results, taking

app_name = "assessments"
urlpatterns = [
    path("", taking.index, name="index"),
    path("takes/<uuid:take_id>/", taking.take, name="take"),
    path("takes/<uuid:take_id>/result/", results.result, name="result"),
    path("takes/<uuid:take_id>/how-upset/", results.result_distress, name="result_distress"),
    path("takes/<uuid:take_id>/discard/", taking.discard, name="discard"),
    path("takes/<uuid:take_id>/fhir/", downloads.response_fhir, name="response_fhir"),
    path("<slug:code>/", taking.intro, name="intro"),
    path("<slug:code>/history/", results.history, name="history"),
    path("<slug:code>/fhir/", downloads.questionnaire_fhir, name="questionnaire_fhir"),
]
