"""`{% self_help_note %}` and `{% not_a_trap_note %}`: the words of core/care_notes.py in one
partial each, so every page that needs them says them the same way."""

from django import template
from django.urls import reverse
from django.utils.http import urlencode

from innerbase.core import care_notes

register = template.Library()


def _danger_help_url(request) -> str:
    """The support screen for danger from others, with the way back to this page."""
    query = {"kind": "danger-from-others"}
    if request is not None:
        query["back"] = request.path  # a path only: never the query, which may hold choices
    return f"{reverse('safety:support')}?{urlencode(query)}"


@register.inclusion_tag("core/_self_help_note.html")
def self_help_note(open_signs: bool = False):
    """Self-help, not therapy or diagnosis: one line, with the signs folded one tap away."""
    return {"note": care_notes.self_help(), "open_signs": open_signs}


@register.inclusion_tag("core/_not_a_trap_note.html", takes_context=True)
def not_a_trap_note(context):
    """Seeing harm clearly is not a thinking trap, with the way to help for danger from others."""
    return {"note": care_notes.not_a_trap(), "url": _danger_help_url(context.get("request"))}
