from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "innerbase.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from innerbase.core import navigation

        navigation.register("Account", "accounts:account", order=90)
