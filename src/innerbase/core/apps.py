from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "innerbase.core"
    label = "core"
    verbose_name = "Core"
