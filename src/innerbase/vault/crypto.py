"""The only module that touches cryptography: key derivation, sealing and key wrapping.

Pure Python with no Django import. Every value is sealed with AES-256-GCM under a fresh
96-bit random nonce and bound to its context through associated data, so a ciphertext
copied to another row, field or person fails to open.
"""

import base64
import binascii
import hashlib
import hmac
import secrets

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FORMAT_VERSION = b"\x01"
KEY_BYTES = 32
NONCE_BYTES = 12
SALT_BYTES = 16
RECOVERY_KEY_BYTES = 20  # 160 bits, shown as 32 base32 characters
_RECOVERY_GROUP = 4


class VaultError(Exception):
    """Something sealed could not be opened: wrong key, wrong context or tampering."""


def new_data_key() -> bytes:
    """Return a fresh random 256-bit data key."""
    return secrets.token_bytes(KEY_BYTES)


def new_salt() -> bytes:
    """Return a fresh random salt for a key derivation."""
    return secrets.token_bytes(SALT_BYTES)


def derive_from_passphrase(
    passphrase: str, salt: bytes, *, time_cost: int, memory_cost: int, parallelism: int
) -> bytes:
    """Stretch a passphrase into a 256-bit wrapping key with Argon2id."""
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=time_cost,
        memory_cost=memory_cost,
        parallelism=parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def derive_from_secret(secret: bytes, salt: bytes, purpose: str) -> bytes:
    """Derive a wrapping key from a high-entropy secret (recovery key, cookie, token) with HKDF.

    Such secrets carry 160+ random bits, so a slow password hash would add nothing.
    """
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=purpose.encode())
    return hkdf.derive(secret)


def seal(key: bytes, plaintext: bytes, context: str) -> bytes:
    """Encrypt and authenticate `plaintext`, bound to `context`."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    body = AESGCM(key).encrypt(nonce, plaintext, _aad(context))
    return FORMAT_VERSION + nonce + body


def open_sealed(key: bytes, blob: bytes, context: str) -> bytes:
    """Decrypt a value made by `seal`; raise VaultError unless key and context both match."""
    blob = bytes(blob)
    if blob[:1] != FORMAT_VERSION or len(blob) < 1 + NONCE_BYTES + 16:
        raise VaultError("not a sealed value of a known format")
    nonce, body = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
    try:
        return AESGCM(key).decrypt(nonce, body, _aad(context))
    except InvalidTag as exc:
        raise VaultError("the value could not be opened") from exc


def _aad(context: str) -> bytes:
    return b"innerbase/v1|" + context.encode("utf-8")


def new_recovery_key() -> str:
    """Return a new recovery key, grouped for reading aloud and copying by hand."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_KEY_BYTES)).decode("ascii")
    groups = [text[i : i + _RECOVERY_GROUP] for i in range(0, len(text), _RECOVERY_GROUP)]
    return "-".join(groups)


def recovery_key_bytes(typed: str) -> bytes | None:
    """Return the secret in a typed recovery key, or None when it is not one.

    Spaces, dashes and case are forgiven, and so are the look-alikes 0/O, 1/I and 8/B
    that people confuse when copying from paper (base32 has no 0, 1 or 8).
    """
    cleaned = "".join(ch for ch in typed.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if len(cleaned) != RECOVERY_KEY_BYTES * 8 // 5:
        return None
    try:
        return base64.b32decode(cleaned)
    except (binascii.Error, ValueError):
        return None


def new_client_secret() -> str:
    """Return a random secret for a browser cookie or an API token (256 bits, URL-safe)."""
    return secrets.token_urlsafe(KEY_BYTES)


def digest(secret: str) -> str:
    """Return a lookup digest of a client secret (never the secret itself)."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def same_digest(a: str, b: str) -> bool:
    """Compare two digests in constant time."""
    return hmac.compare_digest(a.encode(), b.encode())


def keyed_digest(key: bytes, message: str) -> str:
    """HMAC-SHA256 of `message` under a person's data key: a lookup tag that only someone
    holding the key can compute, so the database alone cannot tell which row it points at."""
    subkey = hashlib.sha256(b"innerbase-keyed-digest" + key).digest()
    return hmac.new(subkey, message.encode("utf-8"), hashlib.sha256).hexdigest()
