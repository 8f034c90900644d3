"""`innerbase check` reminds an operator when helpline details are overdue for a re-check.

A notice (checks.Info), not a warning or an error, and not a test: neither the suite nor an
operator's `check --deploy --fail-level WARNING` may start failing on a date nobody chose,
but the person running the server should still hear that a number may have changed.
"""

import datetime as dt

from django.core import checks

from innerbase.safety import helplines


def today() -> dt.date:
    """The date the check measures against (tests pin it to stay off the calendar)."""
    return dt.date.today()


@checks.register("innerbase")
def helplines_checked_recently(app_configs=None, **kwargs):
    overdue = helplines.stale(today())
    if not overdue:
        return []
    return [
        checks.Info(
            f"{len(overdue)} helpline(s) were last checked more than "
            f"{helplines.load()['stale_after_days']} days ago: {', '.join(overdue)}.",
            hint="Check each number on the service's own site, then update last_verified in "
            "src/innerbase/safety/data/helplines.json.",
            # Kept from when this was a Warning, so a SILENCED_SYSTEM_CHECKS entry still works.
            id="innerbase.W001",
        )
    ]
