from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "innerbase.api"
    label = "api"
    verbose_name = "API"

    def ready(self) -> None:
        from innerbase.api.models import ApiToken
        from innerbase.core import registry

        # A token is a key to the account, not something the person wrote: erased, never
        # exported (an export must not carry a way in).
        registry.data_register("api", models=(), derived=(ApiToken,))
