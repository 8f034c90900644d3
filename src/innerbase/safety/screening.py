"""The crisis screen that every free-text save goes through: one call, after the save.

    result = screening.after_save(request, text, ref=f"journal.entry:{entry.pk}", back=url)
    return redirect(screening.next_url(result, back))

The text is screened in-process (safety/detect/) and never stored or sent anywhere by this
module. A hit never blocks or undoes the save: an "urgent" result sends the person to the
support screen (with a way back), a "check-in" result asks one gentle question on the next
page, and only once per saved entry.
"""

import base64
import json
import logging

from django.urls import reverse
from django.utils.http import urlencode

from innerbase.safety import content
from innerbase.safety.models import CheckInAsked
from innerbase.vault import crypto
from innerbase.vault.crypto import VaultError, keyed_digest

log = logging.getLogger(__name__)

PENDING_CHECK_IN = "safety_check_in"
# What the check-in asks and the support screen leads with, most pressing first: a person in
# danger from someone else needs those lines before any other.
KINDS = ("danger-from-others", "suicidal-ideation", "self-harm", "harm-to-others")
DEFAULT_KIND = "suicidal-ideation"
SHOW_CHIP = "safety_chip"
NOTHING = {"crisis": False, "level": "none", "kinds": [], "matched": []}


def screen(*texts: str) -> dict:
    """The detector's verdict on some text; a fault in the detector must never cost a save."""
    try:
        from innerbase.safety.detect import screen as detector

        return detector("\n".join(t for t in texts if t))
    except Exception:  # noqa: BLE001 - logged without the text, which is private
        log.exception("crisis screen failed; treating the text as unscreened")
        return NOTHING


def ref_digest(request, ref: str) -> str:
    return keyed_digest(request.vault.data_key, ref)


def already_asked(request, ref: str) -> bool:
    return CheckInAsked.objects.filter(
        owner=request.user, ref_digest=ref_digest(request, ref)
    ).exists()


def mark_asked(request, ref: str) -> None:
    CheckInAsked.objects.get_or_create(owner=request.user, ref_digest=ref_digest(request, ref))


def leading_kind(kinds) -> str:
    """The kind of hit the check-in and the support screen speak to first."""
    return next((kind for kind in KINDS if kind in kinds), DEFAULT_KIND)


def after_save(request, *texts: str, ref: str, back: str) -> dict:
    """Screen text that was just saved, and queue the check-in question when it is due."""
    result = screen(*texts)
    if result["level"] == "check-in" and not already_asked(request, ref):
        pending = {"ref": ref, "back": back, "kind": leading_kind(result["kinds"])}
        request.session[PENDING_CHECK_IN] = _sealed_for_session(request, pending)
    return result


# The session row sits in the database in plain JSON, and the question names the saved row;
# so what waits there for the next page is sealed with the person's own key.
_PENDING_CONTEXT = "session:safety_check_in"


def _sealed_for_session(request, value: dict) -> str:
    blob = crypto.seal(request.vault.data_key, json.dumps(value).encode(), _PENDING_CONTEXT)
    return base64.b64encode(blob).decode("ascii")


def _opened_from_session(request, stored) -> dict | None:
    vault = getattr(request, "vault", None)
    if not isinstance(stored, str) or vault is None or not vault.unlocked:
        return None
    try:
        blob = base64.b64decode(stored)
        return json.loads(crypto.open_sealed(request.vault.data_key, blob, _PENDING_CONTEXT))
    except (ValueError, VaultError):
        return None


def support_url(back: str, kind: str = DEFAULT_KIND) -> str:
    """The support screen for `kind`, with the way back to `back` (a path, never text)."""
    query = {"back": back} if kind == DEFAULT_KIND else {"back": back, "kind": kind}
    return f"{reverse('safety:support')}?{urlencode(query)}"


def next_url(result: dict, back: str) -> str:
    """Where to go after a save: the support screen for an urgent result, else `back`."""
    if result["level"] != "urgent":
        return back
    return support_url(back, leading_kind(result["kinds"]))


def context(request) -> dict:
    """Template context processor: a check-in question or support chip due on this page."""
    if not request.user.is_authenticated or not hasattr(request, "session"):
        return {}
    pending = _opened_from_session(request, request.session.pop(PENDING_CHECK_IN, None))
    chip = request.session.pop(SHOW_CHIP, False)
    if not (pending or chip):
        return {}
    copy = content.load("support")["check_in"]
    if pending:
        kind = pending.get("kind") if pending.get("kind") in KINDS else DEFAULT_KIND
        pending = {**pending, "kind": kind}
        copy = {**copy, **copy["kinds"][kind]}
    return {"safety_check_in": pending, "safety_chip": chip, "check_in_copy": copy}
