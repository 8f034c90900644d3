"""Owner-scoped reads of questionnaires (the only module other apps import): which ones this
host offers, a person's takes of them, and what a take's sealed answers say."""

from django.conf import settings
from django.db.models import QuerySet
from django.urls import reverse

from innerbase.assessments import instruments, scoring
from innerbase.assessments.instruments import Instrument
from innerbase.assessments.models import Take
from innerbase.core import distress
from innerbase.core.csv_values import when
from innerbase.core.owned import owned


class NotAvailable(LookupError):
    """An unknown questionnaire, or one the operator has switched off."""


def enabled_codes() -> list[str]:
    """The codes of the questionnaires this host offers (the operator may switch some off)."""
    off = set(settings.ASSESSMENTS_OFF)
    return [code for code in instruments.codes() if code not in off]


def instrument_for(code: str) -> Instrument:
    """The questionnaire with this code; NotAvailable when it is unknown or switched off."""
    if code not in enabled_codes():
        raise NotAvailable(code)
    return instruments.load(code)


def latest_category(*, user, code: str) -> str | None:
    """The category (plane region or band) of the person's latest finished take of `code`."""
    take = (
        owned(Take, user=user)
        .filter(code=code)
        .exclude(completed_at=None)
        .order_by("-completed_at")
        .only("category")
        .first()
    )
    return take.category if take else None


def questionnaire_rows(*, user) -> list[dict]:
    """Each offered questionnaire with the person's latest finished take, their unfinished
    takes and how many they have finished."""
    rows = []
    for code in enabled_codes():
        takes = list(owned(Take, user=user).filter(code=code).order_by("-started_at"))
        rows.append(
            {
                "instrument": instrument_for(code),
                "latest": next((t for t in takes if t.complete), None),
                "unfinished": [t for t in takes if not t.complete],
                "count": sum(1 for t in takes if t.complete),
            }
        )
    return rows


def take_in_progress(*, user, code: str, target: str = "") -> Take | None:
    """The person's most recently started unfinished take of `code` about `target`."""
    return (
        owned(Take, user=user)
        .filter(code=code, target=target, completed_at=None)
        .order_by("-started_at")
        .first()
    )


def take_to_carry_on(*, user) -> Take | None:
    """The person's most recently started unfinished take of any questionnaire still offered."""
    return (
        owned(Take, user=user)
        .filter(completed_at=None, code__in=enabled_codes())
        .order_by("-started_at")
        .first()
    )


def takes_completed(*, user, code: str, target: str | None = None) -> QuerySet[Take]:
    """The person's finished takes of `code` (only those about `target`, if given), oldest first."""
    takes = owned(Take, user=user).filter(code=code).exclude(completed_at=None)
    if target is not None:
        takes = takes.filter(target=target)
    return takes.order_by("completed_at")


def take_latest_completed(*, user, code: str) -> Take | None:
    """The person's most recently finished take of `code`."""
    return takes_completed(user=user, code=code).order_by("-completed_at").first()


def take_previous(*, user, take: Take) -> Take | None:
    """The person's finished take of the same questionnaire, about the same person, that came
    just before this finished one."""
    return (
        takes_completed(user=user, code=take.code, target=take.target)
        .filter(completed_at__lt=take.completed_at)
        .order_by("-completed_at")
        .first()
    )


def answers_of(*, take: Take, data_key: bytes) -> dict[str, int]:
    """The take's answers so far, {item key: published numeric code}."""
    return take.open_json(data_key, "answers", default={})


def extra_of(*, take: Take, data_key: bytes) -> dict:
    """The take's unscored answers ({"difficulty": option index, "distress": the stop rule's
    ratings}, each only when given)."""
    return take.open_json(data_key, "extra", default={})


def distress_of(*, take: Take, data_key: bytes) -> dict[str, int | None]:
    """The stop rule's ratings kept with the take ({"before", "after"}, None when not given)."""
    return distress.of(extra_of(take=take, data_key=data_key))


def unscored_answer(*, instrument: Instrument, take: Take, data_key: bytes) -> str:
    """The chosen option's words, or "" when the question was not asked or not answered."""
    question = instruments.unscored(instrument)
    chosen = extra_of(take=take, data_key=data_key).get("difficulty")
    if not question or chosen is None:
        return ""
    return question["options"][chosen]


def attachment_regions(*, user) -> dict:
    """The plane regions of the person's latest finished ECR-R and of each person's latest
    ECR-RS, for what other apps build on them (the practice plan):
    {"general": region or None, "general_at": datetime or None,
     "relationships": {target: region}}."""
    finished = (
        owned(Take, user=user)
        .filter(code__in=("ecr-r", "ecr-rs"))
        .exclude(completed_at=None)
        .exclude(category="")
        .order_by("completed_at")
        .values_list("code", "target", "category", "completed_at")
    )
    result: dict = {"general": None, "general_at": None, "relationships": {}}
    for code, target, category, completed_at in finished:  # oldest first: the latest wins
        if code == "ecr-r":
            result["general"], result["general_at"] = category, completed_at
        elif target:
            result["relationships"][target] = category
    return result


def takes_about_person(*, user, pk) -> list[dict]:
    """The ECR-RS takes the person said were about someone in their people list, for that
    person's page (registry.related_register)."""
    takes = owned(Take, user=user).filter(person_id=pk).exclude(completed_at=None)
    return [
        {
            "label": f"{instruments.load(t.code).raw.get('short_name', t.code)} questionnaire",
            "when": t.completed_at,
            "url": t.get_absolute_url(),
        }
        for t in takes.order_by("completed_at")
    ]


def latest_about(*, user, code: str, targets: tuple[str, ...]) -> list[dict]:
    """The person's latest finished take of `code` about each of `targets` that they took, in
    the order of `targets`, as {"target", "label", "category", "scores", "completed_at",
    "url"} (for other apps that link to them: the early-caregivers reflection)."""
    instrument = instrument_for(code)
    latest: dict[str, Take] = {}
    for take in takes_completed(user=user, code=code).filter(target__in=targets):
        latest[take.target] = take  # oldest first: the latest wins
    return [
        {
            "target": target,
            "label": instruments.target_label(instrument, target),
            "category": latest[target].category,
            "scores": latest[target].scores,
            "completed_at": latest[target].completed_at,
            "url": reverse("assessments:result", args=[latest[target].pk]),
        }
        for target in targets
        if target in latest
    ]


def wins(*, user, data_key: bytes, since=None, until=None, limit=None) -> list[dict]:
    """The finished takes with a reliable improvement on a scale since the take before them
    (same questionnaire, about the same person), newest first, as wins (see
    core.registry.wins_register). Scores are plain, so no key is needed."""
    enabled = set(enabled_codes())
    takes = owned(Take, user=user).exclude(completed_at=None).filter(code__in=enabled)
    takes = takes.only("id", "code", "target", "scores", "completed_at").order_by("completed_at")
    before: dict[tuple[str, str], Take] = {}
    found = []
    for take in takes:
        if until is not None and take.completed_at >= until:
            break
        earlier = before.get((take.code, take.target))
        before[(take.code, take.target)] = take
        if earlier is None or (since is not None and take.completed_at < since):
            continue
        instrument = instruments.load(take.code)
        changes = scoring.changes(instrument, earlier.scores, take.scores)
        better = [
            instrument.subscale(key).name
            for key, change in changes.items()
            if change is not None and change["verdict"] == "reliable improvement"
        ]
        if better:
            found.append(
                {
                    "when": take.completed_at,
                    "text": f"{instrument.short_name}: a real change for the better in "
                    + ", ".join(better).lower(),
                    "kind": "assessment",
                    "url": take.get_absolute_url(),
                }
            )
    found.reverse()
    return found if limit is None else found[:limit]


def progress_series(*, user, data_key: bytes, since, until) -> dict:
    """Questionnaires' part of the progress page (registry.Progress), from the takes
    finished on those days: {"questionnaires": [{"code", "name", "short_name", "target",
    "target_label", "takes", "scales": [{"key", "name", "low", "high", "higher_is",
    "points": [{"date": "YYYY-MM-DD", "score", "change"}], "overall"}]}]}, oldest take
    first. "change" is the reliable-change verdict against the take before it in the range
    ("reliable improvement", "reliable worsening", "no reliable change", or None where the
    scale has no basis for one); "overall" is the same from the first take to the last.
    Scores are plain numbers; no answers are opened."""
    from django.utils import timezone

    from innerbase.assessments import scoring
    from innerbase.core.clock import days_between

    takes = (
        owned(Take, user=user)
        .exclude(completed_at=None)
        .filter(code__in=enabled_codes(), **days_between(since, until, "completed_at"))
        .order_by("completed_at")
        .only("code", "target", "completed_at", "scores")
    )
    groups: dict[tuple[str, str], list[Take]] = {}
    for take in takes:
        groups.setdefault((take.code, take.target), []).append(take)

    def verdict(subscale, before, after):
        found = scoring.change_between(subscale, before, after)
        return found["verdict"] if found else None

    found = []
    for (code, target), group in sorted(groups.items()):
        instrument = instruments.load(code)
        scales = []
        for subscale in instrument.subscales:
            scores = [t.scores.get(subscale.key) for t in group]
            low, high = scoring.score_range(instrument, subscale)
            points = [
                {
                    "date": timezone.localdate(t.completed_at).isoformat(),
                    "score": score,
                    "change": verdict(subscale, scores[i - 1], score) if i else None,
                }
                for i, (t, score) in enumerate(zip(group, scores, strict=True))
            ]
            scales.append(
                {
                    "key": subscale.key,
                    "name": subscale.name,
                    "low": low,
                    "high": high,
                    "higher_is": subscale.higher_is,
                    "points": points,
                    "overall": verdict(subscale, scores[0], scores[-1]) if len(group) > 1 else None,
                }
            )
        found.append(
            {
                "code": code,
                "name": instrument.name,
                "short_name": instrument.short_name,
                "target": target,
                "target_label": instruments.target_label(instrument, target),
                "takes": len(group),
                "scales": scales,
            }
        )
    return {"questionnaires": found}


def improvement_history(*, user, codes: tuple[str, ...] = ("ecr-r", "gad-7")) -> dict:
    """For each questionnaire in `codes` the person took about themselves: for every take
    after the first, oldest first, the reliable-change verdict of each scale against that
    first take ({scale key: "reliable improvement" | "reliable worsening" | "no reliable
    change" | None}), for progress/graduation.py. Scores are plain; no answers are opened."""
    found: dict[str, list[dict]] = {}
    for code in codes:
        if code not in enabled_codes():
            continue
        takes = list(takes_completed(user=user, code=code, target="").only("scores", "code"))
        if len(takes) < 2:
            continue
        instrument = instruments.load(code)
        first = takes[0].scores
        found[code] = [
            {
                key: change["verdict"] if change else None
                for key, change in scoring.changes(instrument, first, take.scores).items()
            }
            for take in takes[1:]
        ]
    return found


CSV_COLUMNS = ("completed_at", "questionnaire", "about", "scale", "score", "category")


def csv_rows(*, user, data_key: bytes):
    """Finished questionnaires' scores for the CSV export: one row per scale of each take."""
    takes = owned(Take, user=user).filter(completed_at__isnull=False).order_by("completed_at")
    for take in takes.iterator(chunk_size=500):
        for scale, score in sorted((take.scores or {}).items()):
            yield [when(take.completed_at), take.code, take.target, scale, score, take.category]


def fhir_responses(*, user, data_key: bytes):
    """Every finished take as a FHIR R4 QuestionnaireResponse, oldest first (for the
    export's Bundle), read in chunks."""
    from innerbase.assessments import fhir

    takes = owned(Take, user=user).filter(completed_at__isnull=False).order_by("completed_at")
    for take in takes.iterator(chunk_size=200):
        instrument = instrument_for(take.code)
        yield fhir.questionnaire_response(
            instrument,
            take,
            answers_of(take=take, data_key=data_key),
            extra_of(take=take, data_key=data_key),
        )
