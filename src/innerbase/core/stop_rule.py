"""The stop rule on the pages of heavy work: its words for every template, and the calming
offer carried from a save to the page it leads to.

    ratings = form.distress()                      # core.forms.DistressCheckForm
    calming_offer_keep(request, ref=f"journal.entry:{entry.pk}", **ratings)
    ...
    context["calming"] = calming_offer_pop(request, ref=f"journal.entry:{entry.pk}")

The templates are `stop_rule/_stop_rule.html` (the one line), `stop_rule/_distress_check.html`
(the 0-10 chips, folded) and `stop_rule/_calming_offer.html` (shown when `calming` is set).
The rule itself is pure, in core/distress.py.
"""

from __future__ import annotations

from innerbase.core import distress

OFFER = "calming_offer"


def calming_offer_keep(
    request, *, ref: str, before: int | None = None, after: int | None = None
) -> bool:
    """Remember, for the next page of `ref`, that calming is to be offered (when the rule says
    so: 7 or more, or rising). True when it was."""
    reason = distress.calming_reason(before, after)
    if reason is None:
        request.session.pop(OFFER, None)
        return False
    request.session[OFFER] = {"ref": ref, "reason": reason}
    return True


def calming_offer_pop(request, *, ref: str) -> dict | None:
    """The offer kept for `ref` ({"reason": "high" or "rising"}), once; None otherwise.

    Only the page of the same row takes it: a support screen in between leaves it waiting."""
    kept = request.session.get(OFFER)
    if not isinstance(kept, dict) or kept.get("ref") != ref:
        return None
    request.session.pop(OFFER, None)
    return {"reason": kept.get("reason", "high")}


def context(request) -> dict:
    """Template context processor: the stop rule's words, for its includes on any page."""
    return {"stop_rule": {**distress.copy(), "calming_from": distress.CALMING_FROM}}
