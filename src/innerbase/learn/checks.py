"""`innerbase check` reminds an operator when a therapist directory in the guide is overdue
for a re-check: a notice, as for the helplines (safety/checks.py says why it is not a
warning: neither the suite nor `check --deploy --fail-level WARNING` may fail on a date)."""

import datetime as dt

from django.core import checks

from innerbase.learn import content


def today() -> dt.date:
    """The date the check measures against (tests pin it to stay off the calendar)."""
    return dt.date.today()


@checks.register("innerbase")
def directories_checked_recently(app_configs=None, **kwargs):
    overdue = content.stale_directory_entries(today())
    if not overdue:
        return []
    return [
        checks.Info(
            f"{len(overdue)} therapist directory entries in the guide to therapy were last checked "
            f"more than {content.therapy()['stale_after_days']} days ago, or never: "
            f"{', '.join(overdue)}.",
            hint="Check each on the organisation's own site, then update last_verified in "
            "src/innerbase/learn/content/therapy.json.",
            id="innerbase.I002",
        )
    ]
