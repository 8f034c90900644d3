"""Where a local install keeps its database, secret key and collected static files."""

import os
import secrets
from pathlib import Path


def data_dir() -> Path:
    """Return the data directory, creating it private to this user on first use."""
    configured = os.environ.get("INNERBASE_DATA_DIR")
    if configured:
        path = Path(configured).expanduser()
    else:
        base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
        path = Path(base) / "innerbase"
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def local_secret_key(directory: Path) -> str:
    """Return the install's secret key, generating it once with mode 600."""
    key_file = directory / "secret_key"
    if not key_file.exists():
        # O_EXCL: two processes starting at once must not both write a key.
        try:
            fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return key_file.read_text(encoding="ascii").strip()
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(secrets.token_urlsafe(64))
    return key_file.read_text(encoding="ascii").strip()
