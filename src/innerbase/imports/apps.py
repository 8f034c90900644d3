from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "innerbase.imports"
    label = "imports"
    verbose_name = "Imports"

    def ready(self):
        from innerbase.core import registry
        from innerbase.imports.models import ImportedRecord, ImportPreview

        # Both derived: a preview is a file not yet (or just) imported, a fingerprint only
        # says a record came in; neither belongs in an export, both go with the person.
        registry.data_register("imports", models=(), derived=(ImportPreview, ImportedRecord))
