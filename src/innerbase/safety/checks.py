"""`innerbase check` warns an operator when helpline details are overdue for a re-check.

A warning, not an error, and not a test: the suite must never fail because of the calendar,
but the person running the server should hear that a number may have changed.
"""

import datetime as dt

from django.core import checks

from innerbase.safety import helplines


@checks.register("innerbase")
def helplines_checked_recently(app_configs=None, **kwargs):
    overdue = helplines.stale(dt.date.today())
    if not overdue:
        return []
    return [
        checks.Warning(
            f"{len(overdue)} helpline(s) were last checked more than "
            f"{helplines.load()['stale_after_days']} days ago: {', '.join(overdue)}.",
            hint="Check each number on the service's own site, then update last_verified in "
            "src/innerbase/safety/data/helplines.json.",
            id="innerbase.W001",
        )
    ]
