from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "innerbase.api"
    label = "api"
    verbose_name = "API"
