"""The one way to fetch a person's own rows: anyone else's, or a malformed id, is a 404."""

from django.core.exceptions import ValidationError
from django.db.models import Model, QuerySet
from django.http import Http404


def owner_field(model: type[Model]) -> str:
    """The field that names a row's owner: `owner` on sealed rows, `user` on key slots."""
    return "user" if "user" in {field.name for field in model._meta.fields} else "owner"


def owned(model: type[Model], *, user) -> QuerySet:
    """Every row of `model` that belongs to `user`, and nobody else's."""
    return model._default_manager.filter(**{owner_field(model): user})


def get_owned_or_404(model: type[Model], *, user, **lookups) -> Model:
    """The one row matching `lookups` (usually `pk=`) if `user` owns it; otherwise Http404.

    Another person's row and a row that does not exist answer alike, so ids cannot be probed.
    """
    try:
        return owned(model, user=user).get(**lookups)
    except (model.DoesNotExist, ValidationError, ValueError) as exc:
        raise Http404 from exc
