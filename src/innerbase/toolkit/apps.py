from django.apps import AppConfig


class ToolkitConfig(AppConfig):
    name = "innerbase.toolkit"
    label = "toolkit"
    verbose_name = "Coping toolkit"

    def ready(self):
        from innerbase.core import registry
        from innerbase.toolkit.models import ToolUse

        # No navigation entry: the practice hub links to toolkit:index.
        registry.data_register("toolkit", models=(ToolUse,))
