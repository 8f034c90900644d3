"""The people who matter to a person: one private list every relationship tool links to.

A name (or nickname) and a note are sealed like journal text; plain are only codes from
content/people.json (the role, the kinds of support, how often in touch), the date of last
contact, and which safety-plan sections the person chose to show them in.
"""

from django.db import models
from django.urls import reverse
from django.utils import timezone

from innerbase.vault.sealing import SealedModel


class Person(SealedModel):
    sealed_json = ("body",)

    body = models.BinaryField(default=b"")  # sealed JSON {"name", "note"}
    role = models.CharField(max_length=16)  # a key of people.json "roles"
    support = models.JSONField(default=list, blank=True)  # keys of "support_roles"
    in_touch = models.CharField(max_length=10, blank=True)  # a key of "in_touch", or ""
    last_contact = models.DateField(null=True, blank=True)
    # safety-plan sections this person is shown in, when the person chooses ("ask_for_help",
    # "people_places"): the plan reads them from here, never a copy of the name
    in_safety_plan = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        indexes = [models.Index(fields=["owner", "-created_at"])]

    def __str__(self) -> str:
        return f"person in the list of user {self.owner_id}"

    def get_absolute_url(self) -> str:
        return reverse("people:person", args=[self.pk])


class Observation(SealedModel):
    """One short note about someone new: what they did and how the body felt around them.
    The yes/no answers and the body word are plain, for the weekly figures; a note is sealed."""

    BODY = [
        ("calm", "Calm"),
        ("tense", "Tense"),
        ("numb", "Numb or far away"),
        ("excited-anxious", "Excited and anxious"),
    ]

    sealed_json = ("body",)

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="observations")
    observed_on = models.DateField()  # on the person's own clock
    kept_promise = models.BooleanField(null=True, blank=True)
    responsive = models.BooleanField(null=True, blank=True)
    respected_boundary = models.BooleanField(null=True, blank=True)
    stayed_myself = models.BooleanField(null=True, blank=True)
    feeling = models.CharField(max_length=16, blank=True, choices=BODY)
    body = models.BinaryField(default=b"")  # sealed JSON {"note"}
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["person", "observed_on"])]

    def __str__(self) -> str:
        return f"observation of user {self.owner_id}"
