"""A system check that the operator's list of switched-off instruments names real ones."""

from django.conf import settings
from django.core import checks

from innerbase.assessments import instruments


@checks.register()
def switched_off_codes_exist(app_configs=None, **kwargs):
    unknown = sorted(set(settings.ASSESSMENTS_OFF) - set(instruments.codes()))
    if not unknown:
        return []
    return [
        checks.Warning(
            f"INNERBASE_ASSESSMENTS_OFF names unknown questionnaires: {', '.join(unknown)}",
            hint=f"Known codes: {', '.join(instruments.codes())}.",
            id="innerbase.assessments.W001",
        )
    ]
