"""The vault's primitives: round trips, context binding, tampering, recovery-key typing."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from innerbase.vault import crypto
from innerbase.vault.crypto import VaultError

KEY = bytes(range(32))


@given(st.binary(max_size=4096), st.text(max_size=200))
def test_seal_then_open_round_trips(plaintext, context):
    assert crypto.open_sealed(KEY, crypto.seal(KEY, plaintext, context), context) == plaintext


@given(st.binary(min_size=1, max_size=256))
def test_a_fresh_nonce_makes_every_ciphertext_different(plaintext):
    assert crypto.seal(KEY, plaintext, "c") != crypto.seal(KEY, plaintext, "c")


def test_the_plaintext_is_not_in_the_ciphertext():
    blob = crypto.seal(KEY, b"I miss him every evening", "row")
    assert b"miss" not in blob


def test_another_context_cannot_open_it():
    blob = crypto.seal(KEY, b"secret", "journal.entry:text:1:owner:1")
    with pytest.raises(VaultError):
        crypto.open_sealed(KEY, blob, "journal.entry:text:2:owner:1")


def test_another_key_cannot_open_it():
    blob = crypto.seal(KEY, b"secret", "c")
    with pytest.raises(VaultError):
        crypto.open_sealed(crypto.new_data_key(), blob, "c")


@pytest.mark.parametrize("position", [0, 5, 20, -1])
def test_any_flipped_byte_is_detected(position):
    blob = bytearray(crypto.seal(KEY, b"secret text", "c"))
    blob[position] ^= 0x01
    with pytest.raises(VaultError):
        crypto.open_sealed(KEY, bytes(blob), "c")


def test_truncated_or_empty_blobs_are_refused():
    with pytest.raises(VaultError):
        crypto.open_sealed(KEY, b"", "c")
    with pytest.raises(VaultError):
        crypto.open_sealed(KEY, crypto.seal(KEY, b"x", "c")[:20], "c")


def test_passphrase_derivation_depends_on_passphrase_and_salt():
    params = {"time_cost": 2, "memory_cost": 19456, "parallelism": 1}
    salt = crypto.new_salt()
    one = crypto.derive_from_passphrase("correct horse battery", salt, **params)
    assert one == crypto.derive_from_passphrase("correct horse battery", salt, **params)
    assert one != crypto.derive_from_passphrase("correct horse batterz", salt, **params)
    assert one != crypto.derive_from_passphrase(
        "correct horse battery", crypto.new_salt(), **params
    )
    assert len(one) == 32


def test_recovery_keys_are_160_bits_in_groups_of_four():
    key = crypto.new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert len(crypto.recovery_key_bytes(key)) == 20


def test_typed_recovery_keys_forgive_case_spaces_and_lookalikes():
    key = crypto.new_recovery_key()
    secret = crypto.recovery_key_bytes(key)
    sloppy = " " + key.lower().replace("-", " ").replace("o", "0") + "\n"
    assert crypto.recovery_key_bytes(sloppy) == secret


@pytest.mark.parametrize("typed", ["", "ABCD", "not a key at all", "A" * 31, "!" * 40, "ÄBCD" * 8])
def test_things_that_are_not_recovery_keys_are_refused(typed):
    assert crypto.recovery_key_bytes(typed) is None


def test_digests_are_compared_with_hmac_compare_digest(compare_digest_calls):
    """Equal digests match and different ones do not, and the verdict comes from the
    constant-time `hmac.compare_digest`, never from `==`."""
    calls = compare_digest_calls
    abc, abd = crypto.digest("abc"), crypto.digest("abd")
    assert crypto.same_digest(abc, abc)
    assert not crypto.same_digest(abc, abd)
    assert calls == [(abc.encode(), abc.encode()), (abc.encode(), abd.encode())]
