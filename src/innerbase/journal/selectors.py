"""What other apps may read of the journal: the feelings vocabulary and a person's own entry."""

from innerbase.core.owned import get_owned_or_404, owned
from innerbase.journal import content
from innerbase.journal.models import Entry

emotions = content.emotions  # {key: label} of every feeling word, shared with thought records
emotion_families = content.emotion_families


def entry_or_404(*, user, pk) -> Entry:
    """The person's own journal entry `pk`, or Http404 (also for a malformed id)."""
    return get_owned_or_404(Entry, user=user, pk=pk)


def entry_or_none(*, user, pk) -> Entry | None:
    """The person's own journal entry `pk`, or None when they have no such entry."""
    return owned(Entry, user=user).filter(pk=pk).first()


def entry_url(entry: Entry | None) -> str:
    """The entry's page, or "" for no entry."""
    return entry.get_absolute_url() if entry is not None else ""
