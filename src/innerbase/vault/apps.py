from django.apps import AppConfig


class VaultConfig(AppConfig):
    name = "innerbase.vault"
    label = "vault"
    verbose_name = "Vault"
