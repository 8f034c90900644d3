from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "innerbase.safety"
    label = "safety"
    verbose_name = "Safety"

    def ready(self):
        from innerbase.safety import checks  # noqa: F401  (registers the helpline check)
