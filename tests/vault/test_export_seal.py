"""A sealed export: opens with its passphrase only, and any change to it fails clearly."""

import json

import pytest

from innerbase.vault import export_seal
from innerbase.vault.export_seal import SealError, opened, sealed

PASS = "river stone kettle"
SMALL = {"memory": 8, "time": 1, "lanes": 1}  # fast for the tests; the file names its own


def _seal(data: bytes, **kw) -> bytes:
    return b"".join(sealed(PASS, [data[:10], data[10:]], **{**SMALL, **kw}))


def test_the_default_parameters_are_argon2id_at_19_mib_and_two_passes():
    header = export_seal.header_of(b"".join(sealed(PASS, [b"{}"])))
    assert header["kdf"] == {
        **header["kdf"],
        "name": "argon2id",
        "memory_kib": 19456,
        "time_cost": 2,
        "parallelism": 1,
    }
    assert header["cipher"]["name"] == "aes-256-gcm"


@pytest.mark.parametrize("size", [0, 1, export_seal.CHUNK_BYTES, 3 * export_seal.CHUNK_BYTES + 5])
def test_what_is_sealed_opens_again_whole_at_any_size(size):
    data = bytes(i % 251 for i in range(size))
    blob = _seal(data)
    assert opened(PASS, blob) == data
    assert size < 64 or data[:64] not in blob


def test_two_seals_of_the_same_words_differ():
    assert _seal(b"same words") != _seal(b"same words")


def test_a_wrong_passphrase_fails_clearly():
    with pytest.raises(SealError, match="Wrong passphrase"):
        opened("another passphrase", _seal(b"secret"))


def test_a_short_passphrase_is_refused():
    with pytest.raises(SealError, match="at least 8"):
        list(sealed("short", [b"x"]))


def test_a_changed_byte_anywhere_fails():
    blob = bytearray(_seal(bytes(3 * export_seal.CHUNK_BYTES)))
    for at in (len(blob) - 1, len(blob) // 2, blob.index(b"\n") + 10):
        changed = bytearray(blob)
        changed[at] ^= 1
        with pytest.raises(SealError):
            opened(PASS, bytes(changed))


def test_a_changed_header_fails_even_when_it_still_reads():
    blob = _seal(b"secret words")
    line, rest = blob.split(b"\n", 1)
    header = json.loads(line)
    header["cipher"]["chunk_bytes"] = 1
    with pytest.raises(SealError):
        opened(PASS, json.dumps(header, separators=(",", ":")).encode() + b"\n" + rest)


def test_a_file_cut_short_at_a_chunk_boundary_fails():
    blob = _seal(bytes(2 * export_seal.CHUNK_BYTES + 10))
    frame = 4 + export_seal.CHUNK_BYTES + 16
    start = blob.index(b"\n") + 1
    with pytest.raises(SealError, match="changed or cut short"):
        opened(PASS, blob[: start + 2 * frame])
    with pytest.raises(SealError, match="cut short"):
        opened(PASS, blob[:-3])


def test_something_else_is_not_taken_for_an_export():
    with pytest.raises(SealError, match="not a sealed Innerbase export"):
        opened(PASS, b'{"format": "innerbase-export"}')
    assert not export_seal.is_sealed(b"SQLite format 3\x00")
