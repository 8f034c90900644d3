"""FHIR downloads: a questionnaire as a Questionnaire, a finished take as a
QuestionnaireResponse."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from innerbase.assessments import fhir, selectors
from innerbase.assessments.views.lookups import instrument_or_404, take_or_404


@never_cache
@login_required
@require_GET
def questionnaire_fhir(request, code):
    instrument = instrument_or_404(code)
    response = JsonResponse(fhir.questionnaire(instrument), json_dumps_params={"indent": 2})
    response["Content-Disposition"] = f'attachment; filename="{code}-questionnaire.json"'
    return response


@never_cache
@login_required
@require_GET
def response_fhir(request, take_id):
    take = take_or_404(request, take_id)
    if not take.complete:
        raise Http404("This take is not finished yet")
    instrument = selectors.instrument_for(take.code)
    key = request.vault.data_key
    answers = selectors.answers_of(take=take, data_key=key)
    data = fhir.questionnaire_response(
        instrument, take, answers, selectors.extra_of(take=take, data_key=key)
    )
    response = JsonResponse(data, json_dumps_params={"indent": 2})
    name = f"{take.code}-{take.completed_at:%Y-%m-%d}-response.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
