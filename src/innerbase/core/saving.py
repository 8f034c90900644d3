"""The one ending of every page that saves free text: screen it, then go on or to support.

    entry = services.entry_create(...)
    return saved_and_screened(request, *texts, ref=f"journal.entry:{entry.pk}", back=url)

A hit never blocks or undoes the save (see safety/screening.py): an urgent result opens the
support screen with a way back, a check-in result asks one gentle question on `back`, and
on the saved row's page until it is answered.
"""

from django.shortcuts import redirect

from innerbase.safety import screening


def saved_and_screened(request, *texts: str, ref: str, back: str, page: str = ""):
    """The redirect after a save of `texts`; `ref` names the saved row for the check-in, and
    `page` is where that row is shown (`back` unless told), which keeps offering the
    check-in until it is answered."""
    result = screening.after_save(request, *texts, ref=ref, back=back, page=page)
    return redirect(screening.next_url(result, back))


def deleted(request, *, ref: str) -> None:
    """A row that went through `saved_and_screened` is deleted: no check-in about it is left
    waiting (on Today, say) for words that are gone."""
    screening.check_in_forget(request, ref)


def screen(*texts: str) -> dict:
    """The crisis screen's verdict on text an API call saved: the answer carries its summary."""
    return screening.screen(*texts)
