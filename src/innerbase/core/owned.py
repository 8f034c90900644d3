"""The one way to fetch a person's own rows: anyone else's, or a malformed id, is a 404."""

from functools import cache

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db.models import Model, QuerySet
from django.http import Http404


@cache
def owner_path(model: type[Model]) -> str:
    """The lookup from a row to its owner: `owner` (or `user`) on the row itself, or through
    the parent row for rows that have no owner of their own ("belief__owner").

    Raises LookupError for a model that no person owns.
    """
    relations = [
        (field, field.related_model)
        for field in model._meta.concrete_fields
        if field.is_relation and isinstance(field.related_model, type)
    ]
    for field, related in relations:
        if related._meta.label == settings.AUTH_USER_MODEL:
            return field.name
    for field, related in relations:
        if related is not model and not field.null:
            try:
                return f"{field.name}__{owner_path(related)}"
            except LookupError:
                continue
    raise LookupError(f"{model._meta.label} has no owner")


def owned[M: Model](model: type[M], *, user) -> QuerySet[M]:
    """Every row of `model` that belongs to `user`, and nobody else's."""
    return model._default_manager.filter(**{owner_path(model): user})


def get_owned_or_404[M: Model](model: type[M], *, user, **lookups) -> M:
    """The one row matching `lookups` (usually `pk=`) if `user` owns it; otherwise Http404.

    Another person's row and a row that does not exist answer alike, so ids cannot be probed.
    """
    try:
        return owned(model, user=user).get(**lookups)
    except (ObjectDoesNotExist, ValidationError, ValueError) as exc:
        raise Http404 from exc
