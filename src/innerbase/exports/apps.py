from django.apps import AppConfig


class ExportsConfig(AppConfig):
    """A person's data, out: everything as one JSON document (sealed by default). Holds no
    rows of its own; it reads every app's rows through the registry."""

    name = "innerbase.exports"
    label = "exports"
    verbose_name = "Exports"
