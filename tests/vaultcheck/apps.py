from django.apps import AppConfig


class VaultCheckConfig(AppConfig):
    """A test-only app with one sealed model, to prove the vault before real apps use it."""

    name = "vaultcheck"
    label = "vaultcheck"
