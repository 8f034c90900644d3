"""Sealing an export file with a passphrase the person types for it (pure, no Django).

The file is one header line of ASCII JSON (the key derivation's parameters, its salt and the
nonce prefix), then the document in chunks, each sealed with AES-256-GCM under the key that
Argon2id stretches from the passphrase. Chunks let the export stream: nothing needs the whole
document in memory. Each chunk's nonce is the prefix, the chunk's number and a last-chunk
flag, and every chunk is bound to the header as associated data, so a changed header, chunks
swapped, dropped or cut off all fail to open. docs/FORMAT.md describes the layout, and
scripts/innerbase-decrypt opens it without Innerbase.
"""

from __future__ import annotations

import base64
import json
import secrets
import struct
from collections.abc import Iterable, Iterator
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = "innerbase-sealed-export"
VERSION = 1
MEMORY_KIB = 19 * 1024  # 19 MiB, OWASP's floor for Argon2id
TIME_COST = 2
PARALLELISM = 1
CHUNK_BYTES = 64 * 1024
PREFIX_BYTES = 7  # nonce: 7-byte random prefix + 4-byte chunk number + 1-byte last flag
MIN_PASSPHRASE = 8
_LENGTH = struct.Struct(">I")


class SealError(Exception):
    """The file could not be opened: not a sealed export, wrong passphrase or changed."""


def _key(passphrase: str, salt: bytes, *, memory: int, time: int, lanes: int) -> bytes:
    return hash_secret_raw(
        passphrase.encode("utf-8"),
        salt,
        time_cost=time,
        memory_cost=memory,
        parallelism=lanes,
        hash_len=32,
        type=Type.ID,
    )


def _nonce(prefix: bytes, number: int, last: bool) -> bytes:
    return prefix + struct.pack(">I", number) + (b"\x01" if last else b"\x00")


def _rechunked(pieces: Iterable[bytes], size: int) -> Iterator[bytes]:
    buffer = bytearray()
    for piece in pieces:
        buffer += piece
        while len(buffer) >= size:
            yield bytes(buffer[:size])
            del buffer[:size]
    yield bytes(buffer)  # the last chunk, possibly empty


def sealed(
    passphrase: str,
    pieces: Iterable[bytes],
    *,
    memory: int = MEMORY_KIB,
    time: int = TIME_COST,
    lanes: int = PARALLELISM,
    content: str = "application/json",
) -> Iterator[bytes]:
    """Seal the bytes of `pieces` (read lazily) under `passphrase`; yields the file's bytes.
    `content` (a media type) says what is inside, so a reader can name what it opens."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise SealError(f"The passphrase needs at least {MIN_PASSPHRASE} characters.")
    salt, prefix = secrets.token_bytes(16), secrets.token_bytes(PREFIX_BYTES)
    header = {
        "format": MAGIC,
        "version": VERSION,
        "content": content,
        "kdf": {
            "name": "argon2id",
            "memory_kib": memory,
            "time_cost": time,
            "parallelism": lanes,
            "salt": base64.b64encode(salt).decode(),
        },
        "cipher": {
            "name": "aes-256-gcm",
            "nonce_prefix": base64.b64encode(prefix).decode(),
            "chunk_bytes": CHUNK_BYTES,
        },
    }
    line = (json.dumps(header, separators=(",", ":")) + "\n").encode("ascii")
    yield line
    aead = AESGCM(_key(passphrase, salt, memory=memory, time=time, lanes=lanes))
    chunks = _rechunked(pieces, CHUNK_BYTES)
    current = next(chunks)
    number = 0
    for following in chunks:
        yield _frame(aead, prefix, number, current, line, last=False)
        current, number = following, number + 1
    yield _frame(aead, prefix, number, current, line, last=True)


def _frame(
    aead: AESGCM, prefix: bytes, number: int, plain: bytes, line: bytes, *, last: bool
) -> bytes:
    body = aead.encrypt(_nonce(prefix, number, last), plain, line)
    return _LENGTH.pack(len(body)) + body


def header_of(data: bytes) -> dict[str, Any]:
    """The header of a sealed export, or SealError if `data` is not one."""
    line, newline, _ = data.partition(b"\n")
    try:
        header = json.loads(line) if newline else None
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != MAGIC:
        raise SealError("This is not a sealed Innerbase export.")
    if header.get("version") != VERSION:
        raise SealError(f"This export's version ({header.get('version')}) is not known here.")
    return header


def is_sealed(data: bytes) -> bool:
    """Whether `data` starts like a sealed export."""
    return data.startswith(b'{"format":"' + MAGIC.encode() + b'"')


def opened(passphrase: str, data: bytes) -> bytes:
    """The document inside a sealed export; SealError for a wrong passphrase or any change."""
    header = header_of(data)
    line_end = data.index(b"\n") + 1
    line = data[:line_end]
    try:
        kdf, cipher = header["kdf"], header["cipher"]
        salt = base64.b64decode(kdf["salt"])
        prefix = base64.b64decode(cipher["nonce_prefix"])
        key = _key(
            passphrase,
            salt,
            memory=int(kdf["memory_kib"]),
            time=int(kdf["time_cost"]),
            lanes=int(kdf["parallelism"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise SealError("This export's header is damaged.") from exc
    aead = AESGCM(key)
    out = bytearray()
    position, number = line_end, 0
    while True:
        if position + _LENGTH.size > len(data):
            raise SealError("This export is cut short: its end is missing.")
        (length,) = _LENGTH.unpack_from(data, position)
        position += _LENGTH.size
        body = data[position : position + length]
        position += length
        last = position >= len(data)
        try:
            out += aead.decrypt(_nonce(prefix, number, last), body, line)
        except InvalidTag as exc:
            if number == 0:
                raise SealError("Wrong passphrase, or the file was changed.") from exc
            raise SealError("This export was changed or cut short.") from exc
        if last:
            return bytes(out)
        number += 1
