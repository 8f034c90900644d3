"""The crisis screen that every free-text save goes through: one call, after the save.

    result = screening.after_save(request, text, ref=f"journal.entry:{entry.pk}", back=url)
    return redirect(screening.next_url(result, back))

The text is screened in-process (safety/detect/) and never stored or sent anywhere by this
module. A hit never blocks or undoes the save: an "urgent" result sends the person to the
support screen (with a way back), a "check-in" result asks one gentle question on the next
page, and only once per saved entry; until it is answered, the entry's own page asks it too.
"""

import logging
from urllib.parse import urlsplit

from django.urls import reverse
from django.utils.http import urlencode

from innerbase.safety import content
from innerbase.safety.models import CheckInAsked, CheckInDue
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
    """The question about `ref` is answered (or set aside): never ask it again, and stop
    offering it."""
    digest = ref_digest(request, ref)
    CheckInAsked.objects.get_or_create(owner=request.user, ref_digest=digest)
    CheckInDue.objects.filter(owner=request.user, ref_digest=digest).delete()


def check_in_forget(request, ref: str) -> None:
    """The saved row `ref` is gone: stop offering a question about it."""
    CheckInDue.objects.filter(owner=request.user, ref_digest=ref_digest(request, ref)).delete()


def leading_kind(kinds) -> str:
    """The kind of hit the check-in and the support screen speak to first."""
    return next((kind for kind in KINDS if kind in kinds), DEFAULT_KIND)


def after_save(request, *texts: str, ref: str, back: str, page: str = "") -> dict:
    """Screen text that was just saved, and queue the check-in question when it is due: on
    the next page (`back`) and on the saved row's own `page`, until it is answered."""
    result = screen(*texts)
    if result["level"] == "check-in" and not already_asked(request, ref):
        details = {
            "ref": ref,
            "pages": sorted({urlsplit(back).path, urlsplit(page or back).path}),
            "kind": leading_kind(result["kinds"]),
        }
        _due_keep(request, ref, details)
        request.session[PENDING_CHECK_IN] = ref_digest(request, ref)
    return result


# Which row a question is about, its page and the kind of concern are sealed with the
# person's key: the table would otherwise say which entry sounded like a crisis.
def _due_keep(request, ref: str, details: dict) -> None:
    digest = ref_digest(request, ref)
    due = CheckInDue.objects.filter(owner=request.user, ref_digest=digest).first()
    if due is None:
        due = CheckInDue(owner=request.user, ref_digest=digest)
    due.seal_json(request.vault.data_key, "details", details)
    due.save()


# A person has at most a few unanswered questions; no page reads more than this many.
_DUE_LIMIT = 50


def _due_here(request, next_digest: str | None) -> dict | None:
    """The unanswered question to ask on this page: the one just queued for the page after
    a save, else one asked on this page before (after the save, or the row's own page)."""
    vault = getattr(request, "vault", None)
    if vault is None or not vault.unlocked:
        return None
    dues = CheckInDue.objects.filter(owner=request.user)[:_DUE_LIMIT]
    for due in sorted(dues, key=lambda due: due.ref_digest != next_digest):
        try:
            details = due.open_json(vault.data_key, "details", default={})
        except (ValueError, VaultError):
            continue
        if due.ref_digest == next_digest or request.path in details.get("pages", []):
            return details
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
    next_digest = request.session.pop(PENDING_CHECK_IN, None)
    pending = _due_here(request, next_digest if isinstance(next_digest, str) else None)
    chip = request.session.pop(SHOW_CHIP, False)
    if not (pending or chip):
        return {}
    copy = content.load("support")["check_in"]
    if pending:
        kind = str(pending.get("kind")) if pending.get("kind") in KINDS else DEFAULT_KIND
        # Answering comes back to this page, wherever the question is asked.
        pending = {
            "ref": pending.get("ref", ""),
            "kind": kind,
            "back": request.path,
            "support": support_url(request.path, kind),
        }
        copy = {**copy, **copy["kinds"][kind]}
    return {"safety_check_in": pending, "safety_chip": chip, "check_in_copy": copy}
