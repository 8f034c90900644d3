from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "innerbase.core"
    label = "core"
    verbose_name = "Core"

    def ready(self) -> None:
        from innerbase.core import registry
        from innerbase.core.models import SearchChunk

        # The sealed search index is rebuilt from each app's rows, so it is never exported.
        registry.data_register("core", models=(), derived=(SearchChunk,))
