from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "innerbase.safety"
    label = "safety"
    verbose_name = "Safety"
