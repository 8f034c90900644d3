"""Settings for the test suite: the real settings, with a throwaway data directory."""

import os
import tempfile

os.environ.setdefault("INNERBASE_DATA_DIR", tempfile.mkdtemp(prefix="innerbase-test-"))

from innerbase.settings import *  # noqa: E402,F403
from innerbase.settings import DATA_DIR, DATABASES  # noqa: E402

# Django's password hash is not what these tests are about; the vault's Argon2id is, and it
# runs for real at the OWASP floor.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
VAULT_KDF = {"time_cost": 2, "memory_cost": 19456, "parallelism": 1}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A real file, not memory: the at-rest tests read its bytes.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test.sqlite3")}

# A test-only app with one sealed model (tests/vaultcheck), to prove the vault end to end.
INSTALLED_APPS = [*INSTALLED_APPS, "vaultcheck"]  # noqa: F405

# Serve static files straight from the source folders, as pytest-django's live server does.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
(DATA_DIR / "static").mkdir(exist_ok=True)
