"""Where every questionnaire page starts: the questionnaire, or the person's own take of it."""

from django.http import Http404

from innerbase.assessments import selectors
from innerbase.assessments.models import Take
from innerbase.core.owned import get_owned_or_404


def instrument_or_404(code: str):
    """The offered questionnaire with this code; a 404 when it is unknown or switched off."""
    try:
        return selectors.instrument_for(code)
    except (selectors.NotAvailable, KeyError):
        raise Http404("No such questionnaire") from None


def take_or_404(request, take_id) -> Take:
    """The person's own take of a questionnaire still offered; a 404 for anything else."""
    take = get_owned_or_404(Take, user=request.user, pk=take_id)
    if take.code not in selectors.enabled_codes():
        raise Http404("No such questionnaire")
    return take
