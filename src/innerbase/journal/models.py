"""What the journal keeps: entries, their earlier versions, drafts, and the person's own tags.

Everything a person writes or picks about an entry (text, emotions, triggers, sensations,
urges, what helped, gratitude and grief answers) is one sealed JSON body. Only numbers and
fixed choices stay plain — mood, energy, hours slept, moved and talked today, mode, prompt id
and dates — so the calendar, the consistency count and the progress page need no key;
search and filters decrypt the person's own entries.
"""

from typing import Any

from django.db import models
from django.urls import reverse
from django.utils import timezone

from innerbase.vault.sealing import SealedModel

MODES = [
    ("quick", "Quick check-in"),
    ("free", "Entry"),
    ("guided", "Guided prompt"),
    ("gratitude", "Gratitude"),
    ("grief", "Grief wave"),
]


class Space(SealedModel):
    """A separate journal, such as "daily" or "therapy work"; entries without one are in the
    main journal. The name is the person's own words, so it is sealed."""

    name = models.BinaryField(default=b"")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"journal space of user {self.owner_id}"


class Entry(SealedModel):
    sealed_json = ("body",)

    mode = models.CharField(max_length=16, choices=MODES, default="free")
    space = models.ForeignKey(
        Space, null=True, blank=True, on_delete=models.SET_NULL, related_name="entries"
    )
    # a prompt's id, or a lesson's reflection ("lesson-<code>", offered through the registry)
    prompt_id = models.CharField(max_length=80, blank=True)
    mood = models.PositiveSmallIntegerField(null=True, blank=True)  # 1-10
    energy = models.PositiveSmallIntegerField(null=True, blank=True)  # 1-10
    # The quick check-in's optional routine questions (None: not answered)
    sleep_hours = models.FloatField(null=True, blank=True)  # 0-14, in half hours
    moved = models.BooleanField(null=True, blank=True)  # moved today
    talked = models.BooleanField(null=True, blank=True)  # talked to someone today
    occurred_at = models.DateTimeField(default=timezone.now)  # when it happened (backdatable)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    body = models.BinaryField(default=b"")  # sealed JSON, see rules.BODY_DEFAULTS
    version = models.PositiveIntegerField(default=1)
    writing_seconds = models.PositiveIntegerField(null=True, blank=True)  # draft open to save

    class Meta:
        indexes = [models.Index(fields=["owner", "-occurred_at"])]

    def __str__(self) -> str:
        return f"journal entry of user {self.owner_id}"

    def get_absolute_url(self) -> str:
        return reverse("journal:entry", args=[self.pk])


class EntryVersion(SealedModel):
    """An entry as it was before an edit; restoring one makes it the current text again."""

    sealed_json = ("body",)

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    mode = models.CharField(max_length=16, choices=MODES)
    mood = models.PositiveSmallIntegerField(null=True, blank=True)
    energy = models.PositiveSmallIntegerField(null=True, blank=True)
    occurred_at = models.DateTimeField()
    body = models.BinaryField(default=b"")
    saved_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "number"], name="one_journal_version_number")
        ]


class Draft(SealedModel):
    """What someone is writing, saved as they type so a closed tab loses nothing."""

    sealed_json = ("data",)

    # The opened form fields, set by selectors.draft_get when it reads a draft (not a column).
    fields: dict[str, Any]

    key = models.CharField(max_length=64)  # "new:<mode>" or "entry:<uuid>"
    data = models.BinaryField(default=b"")  # sealed JSON of the form's fields
    started_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner", "key"], name="one_draft_per_key")]


class Tags(SealedModel):
    """The person's own triggers, sensations and urges with counts, for suggestions."""

    sealed_json = ("data",)

    data = models.BinaryField(default=b"")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["owner"], name="one_tag_list_each")]
