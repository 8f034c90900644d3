from django.apps import AppConfig


class ProgressConfig(AppConfig):
    name = "innerbase.progress"
    label = "progress"
    verbose_name = "Progress"

    def ready(self):
        from innerbase.core import navigation

        # No rows of its own: every number comes from the apps' providers (core/registry.py).
        navigation.register("Progress", "progress:dashboard", order=40)
