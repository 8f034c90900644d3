"""Owner-scoped reads of thought records and core beliefs (the only module other apps import):
one record or belief, the review list and search, where to resume, patterns, and a belief's
words, ratings and linked records."""

from __future__ import annotations

from django.core.cache import cache
from django.db.models import Count, F, Max, Q, QuerySet, Sum, TextField
from django.db.models.functions import Cast

from innerbase.core.csv_values import joined, when
from innerbase.core.owned import get_owned_or_404, owned
from innerbase.thoughts import content, progress, search, stats
from innerbase.thoughts.models import BeliefRating, CoreBelief, ThoughtRecord

PATTERNS_SECONDS = 24 * 3600


# -- records -------------------------------------------------------------------------------
def record_or_404(*, user, pk) -> ThoughtRecord:
    """The person's own record `pk`, or Http404 (also for a malformed id)."""
    return get_owned_or_404(ThoughtRecord, user=user, pk=pk)


def body_of(*, record: ThoughtRecord, data_key: bytes) -> dict:
    """The record's body, opened, with every answer present."""
    return {**progress.empty_body(), **record.open_json(data_key, "body", default={})}


def records_newest(*, user) -> QuerySet[ThoughtRecord]:
    """The person's records, newest first (lazy, for a paginator or a slice)."""
    return owned(ThoughtRecord, user=user).order_by("-created_at")


def records_in_order(*, user, ids: list[str]) -> list[ThoughtRecord]:
    """The person's records among `ids`, in the order of `ids`."""
    by_pk = {
        str(record.pk): record for record in owned(ThoughtRecord, user=user).filter(pk__in=ids)
    }
    return [by_pk[pk] for pk in ids if pk in by_pk]


def record_ids_matching(*, user, data_key: bytes, query: str) -> list[str]:
    """Ids (as text) of the person's records whose words contain `query`, newest first."""
    return search.find(user, data_key, query)


def latest_unfinished(*, user) -> ThoughtRecord | None:
    """The person's newest record that is not complete yet, if any."""
    return owned(ThoughtRecord, user=user).filter(complete=False).order_by("-created_at").first()


def resume_step(*, record: ThoughtRecord) -> str | None:
    """The first step of the record not yet done, or None when every step is."""
    return progress.first_unfinished(content.step_keys(), record.steps_done)


def patterns(*, user) -> dict:
    """Traps spotted most and the average drop per month, from plain numbers only; kept in
    the cache until the person's records change (it holds codes and numbers, never words)."""
    mine = owned(ThoughtRecord, user=user)
    stamp = mine.aggregate(count=Count("id"), last=Max("updated_at"))
    last = stamp["last"].timestamp() if stamp["last"] else 0
    cache_key = f"thoughts:patterns:{user.pk}:{stamp['count']}:{last}"
    found = cache.get(cache_key)
    if found is None:
        found = _patterns(mine)
        cache.set(cache_key, found, PATTERNS_SECONDS)
    return found


def _patterns(mine: QuerySet[ThoughtRecord]) -> dict:
    """Added up in SQL (a loop over ten years of rows in Python costs too much): drops per
    month from the plain means, and how many records name each code in their JSON list."""
    per_month = (
        mine.exclude(before_mean=None)
        .exclude(after_mean=None)
        .values_list("month")
        .annotate(n=Count("id"), total=Sum(F("before_mean") - F("after_mean")))
    )
    months = stats.monthly_from_sums(per_month)
    labels = content.distortions_by_code()
    codes = list(labels)
    counted = mine.annotate(listed=Cast("distortions", TextField())).aggregate(
        **{f"c{i}": Count("id", filter=Q(listed__contains=f'"{c}"')) for i, c in enumerate(codes)}
    )
    frequencies = [
        {
            "code": code,
            "count": count,
            "label": labels[code]["label"],
            "kind": labels[code]["kind"],
        }
        for code, count in stats.ranked({c: counted[f"c{i}"] for i, c in enumerate(codes)})
    ]
    return {
        "frequencies": frequencies,
        "months": months,
        "trend": stats.trend([m["average_drop"] for m in months]),
    }


# -- core beliefs --------------------------------------------------------------------------
def belief_or_404(*, user, pk) -> CoreBelief:
    """The person's own core belief `pk`, or Http404 (also for a malformed id)."""
    return get_owned_or_404(CoreBelief, user=user, pk=pk)


def belief_or_none(*, user, pk) -> CoreBelief | None:
    """The person's own core belief `pk`, or None when they have no such belief."""
    return owned(CoreBelief, user=user).filter(pk=pk).first()


def beliefs(*, user) -> QuerySet[CoreBelief]:
    """The person's core beliefs, in the order they were added."""
    return owned(CoreBelief, user=user).order_by("created_at")


def belief_text(*, belief: CoreBelief, data_key: bytes) -> str:
    """The belief in words (the person's own, or the starter's)."""
    return belief.open_json(data_key, "body", default={}).get("text", "")


def belief_starter(*, belief: CoreBelief, data_key: bytes) -> str:
    """The key of the starter belief it came from, or "" for the person's own words."""
    return belief.open_json(data_key, "body", default={}).get("starter", "")


def beliefs_with_text(*, user, data_key: bytes) -> list[dict]:
    """The person's beliefs as {"belief", "text", "starter"}, in the order they were added."""
    return [
        {
            "belief": belief,
            "text": belief_text(belief=belief, data_key=data_key),
            "starter": belief_starter(belief=belief, data_key=data_key),
        }
        for belief in beliefs(user=user)
    ]


def belief_ratings(*, belief: CoreBelief) -> list[BeliefRating]:
    """Every rating of the belief, oldest first."""
    return list(belief.ratings.order_by("rated_at"))


def belief_record_ids(*, belief: CoreBelief) -> list:
    """The ids of the records linked to the belief, newest first."""
    return list(belief.records.order_by("-created_at").values_list("pk", flat=True))


def records_from_entry(*, user, pk) -> list[dict]:
    """The person's thought records started from journal entry `pk`, for the entry's page."""
    records = owned(ThoughtRecord, user=user).filter(entry_id=pk).order_by("created_at")
    return [
        {"label": "Thought record", "when": r.created_at, "url": r.get_absolute_url()}
        for r in records
    ]


def records_linked(*, user, belief: CoreBelief, data_key: bytes, limit: int) -> dict:
    """How many of the person's records link to the belief, and the newest `limit` of them
    as {"record", "thought"}."""
    linked = owned(ThoughtRecord, user=user).filter(core_belief=belief)
    return {
        "count": linked.count(),
        "shown": [
            {
                "record": record,
                "thought": body_of(record=record, data_key=data_key)["automatic_thought"],
            }
            for record in linked.order_by("-created_at")[:limit]
        ],
    }


# -- the progress page ---------------------------------------------------------------------
def progress_series(*, user, data_key: bytes, since, until) -> dict:
    """Thought records' part of the progress page (registry.Progress), for those days:

    - "records": {"made", "rerated", "before", "after", "drop", "months": [{"month":
      "YYYY-MM", "records", "before", "after"}]}: records made on those days, the mean
      feeling (0-100) before and after over the re-rated ones, per month and in all;
    - "beliefs": {"ratings", "months": [{"month", "ratings", "believability"}]}: how much
      the person believed their core beliefs (0-100, the mean of the ratings that month).
    All added up in SQL from plain numbers; no words are opened.
    """
    from django.db.models import Avg
    from django.db.models.functions import TruncMonth
    from django.utils import timezone

    from innerbase.core.clock import days_between

    zone = timezone.get_current_timezone()
    mine = owned(ThoughtRecord, user=user).filter(**days_between(since, until, "created_at"))
    rerated = mine.exclude(before_mean=None).exclude(after_mean=None)
    per_month = (
        rerated.annotate(at=TruncMonth("created_at", tzinfo=zone))
        .values("at")
        .annotate(records=Count("id"), before=Avg("before_mean"), after=Avg("after_mean"))
        .order_by("at")
    )
    total = rerated.aggregate(n=Count("id"), before=Avg("before_mean"), after=Avg("after_mean"))
    ratings = (
        BeliefRating.objects.filter(belief__owner=user)
        .filter(**days_between(since, until, "rated_at"))
        .annotate(at=TruncMonth("rated_at", tzinfo=zone))
        .values("at")
        .annotate(ratings=Count("id"), believability=Avg("rating"))
        .order_by("at")
    )

    def r(value):
        return None if value is None else round(value, 1)

    return {
        "records": {
            "made": mine.count(),
            "rerated": total["n"],
            "before": r(total["before"]),
            "after": r(total["after"]),
            "drop": None if not total["n"] else r(total["before"] - total["after"]),
            "months": [
                {
                    "month": row["at"].strftime("%Y-%m"),
                    "records": row["records"],
                    "before": r(row["before"]),
                    "after": r(row["after"]),
                }
                for row in per_month
            ],
        },
        "beliefs": {
            "ratings": sum(row["ratings"] for row in ratings),
            "months": [
                {
                    "month": row["at"].strftime("%Y-%m"),
                    "ratings": row["ratings"],
                    "believability": r(row["believability"]),
                }
                for row in ratings
            ],
        },
    }


CSV_COLUMNS = (
    "created_at", *progress.TEXT_FIELDS, "emotions", "distortions", "before_mean", "after_mean",
    "complete", "completed_at",
)  # fmt: skip


def csv_rows(*, user, data_key: bytes):
    """Thought records for the CSV export; feelings as "name before→after"."""
    rows = owned(ThoughtRecord, user=user).order_by("created_at", "pk").iterator(chunk_size=500)
    for record in rows:
        body = {**progress.empty_body(), **(record.open_json(data_key, "body", {}) or {})}
        feelings = (
            f"{e.get('name', '')} {e.get('before', '')}→{e.get('after', '')}"
            for e in body["emotions"]
        )
        yield [
            when(record.created_at), *(body.get(field, "") for field in progress.TEXT_FIELDS),
            joined(feelings), joined(record.distortions), record.before_mean, record.after_mean,
            record.complete, when(record.completed_at),
        ]  # fmt: skip
