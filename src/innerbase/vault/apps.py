from django.apps import AppConfig


class VaultConfig(AppConfig):
    name = "innerbase.vault"
    label = "vault"
    verbose_name = "Vault"

    def ready(self) -> None:
        from innerbase.core import registry
        from innerbase.vault.models import KeySlot

        # Wrapped keys open nothing without the passphrase, the recovery key or a live
        # session, and a restored account gets new ones: erased, never exported.
        registry.data_register("vault", models=(), derived=(KeySlot,))
