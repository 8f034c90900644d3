from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "innerbase.safety"
    label = "safety"
    verbose_name = "Safety"

    def ready(self):
        from innerbase import navigation
        from innerbase.safety import checks  # noqa: F401  (registers the helpline check)

        navigation.register("Help", "safety:help", order=90, requires_login=False)
