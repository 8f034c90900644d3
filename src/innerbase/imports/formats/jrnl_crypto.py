"""jrnl's encrypted journals, opened with the person's jrnl password (never stored).

Detected in jrnl's own order: `JRNLv3` (jrnl >= 4.6: a big-endian uint16 header length, a
header of base64 JSON {"salt"} or, in early v3 files, the raw JSON, then a Fernet token),
then v2 (jrnl 2.x-4.3: the whole file one Fernet token, starting `gAAAAA`, under a fixed
salt), else v1 (AES-256-CBC, key SHA-256 of the password, the IV first, PKCS#7 or space
padding). v2 and v3 keys: PBKDF2-HMAC-SHA256, 100,000 rounds, 32 bytes, urlsafe base64.
The plaintext is jrnl's text format.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from innerbase.imports.formats.common import ImportProblem

V2_SALT = bytes.fromhex("f2d5710ec18d2ededc8e36748904cef8")
ROUNDS = 100_000
WRONG = "That password does not open this jrnl journal. Check it and try again."


def is_encrypted(data: bytes) -> bool:
    return data.startswith((b"JRNLv3", b"gAAAAA"))


def _fernet_key(password: str, salt: bytes) -> bytes:
    raw = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, ROUNDS, dklen=32)
    return base64.urlsafe_b64encode(raw)


def _fernet_open(token: bytes, password: str, salt: bytes) -> bytes:
    try:
        return Fernet(_fernet_key(password, salt)).decrypt(token.strip())
    except InvalidToken as error:
        raise ImportProblem(WRONG) from error


def _v3_salt(header: bytes) -> bytes:
    try:
        doc = json.loads(base64.b64decode(header, validate=True))
    except (binascii.Error, ValueError):
        try:
            doc = json.loads(header)  # early v3 files keep the JSON itself
        except ValueError as error:
            raise ImportProblem("This jrnl journal's header is broken.") from error
    try:
        return base64.urlsafe_b64decode(doc["salt"])
    except (KeyError, TypeError, binascii.Error) as error:
        raise ImportProblem("This jrnl journal's header has no salt.") from error


def _v1_open(data: bytes, password: str) -> bytes:
    if len(data) < 32 or len(data) % 16:
        raise ImportProblem("This file is not a jrnl journal we can read.")
    key = hashlib.sha256(password.encode("utf-8")).digest()
    opener = Cipher(algorithms.AES(key), modes.CBC(data[:16])).decryptor()
    plain = opener.update(data[16:]) + opener.finalize()
    pad = plain[-1]
    if 1 <= pad <= 16 and plain.endswith(bytes([pad]) * pad):
        plain = plain[:-pad]
    else:
        plain = plain.rstrip(b" ")  # very old journals padded with spaces
    try:
        plain.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ImportProblem(WRONG) from error
    return plain


def opened(data: bytes, password: str) -> bytes:
    """The journal's plain text (UTF-8 bytes); raises ImportProblem for a wrong password."""
    if not password:
        raise ImportProblem(
            "This jrnl journal is encrypted. Type its jrnl password to open it, or export it "
            "first: jrnl --export json > journal.json"
        )
    if data.startswith(b"JRNLv3"):
        if len(data) < 8:
            raise ImportProblem("This jrnl journal is cut short.")
        size = int.from_bytes(data[6:8], "big")
        header, token = data[8 : 8 + size], data[8 + size :]
        return _fernet_open(token, password, _v3_salt(header))
    if data.startswith(b"gAAAAA"):
        return _fernet_open(data, password, V2_SALT)
    return _v1_open(data, password)
