"""jrnl's encrypted journals (v3, v2, v1), written here with jrnl's documented parameters
around an invented journal, opened with the password; a wrong or missing password says so."""

import base64
import hashlib
import json
import os
from zoneinfo import ZoneInfo

import pytest
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from innerbase.imports.formats import jrnl, jrnl_crypto
from innerbase.imports.formats.common import ImportProblem

PASSWORD = "bad doggie no biscuit"
JOURNAL = (
    "[2025-01-04 11:40:00 PM] Locked away 🔒\nOnly mine.\n\n[2025-01-05 08:00:00 AM] Morning\n"
)
BERLIN = ZoneInfo("Europe/Berlin")


def fernet_key(salt: bytes) -> bytes:
    raw = hashlib.pbkdf2_hmac("sha256", PASSWORD.encode(), salt, 100_000, dklen=32)
    return base64.urlsafe_b64encode(raw)


def v3(*, raw_header: bool = False) -> bytes:
    salt = os.urandom(16)
    header = json.dumps({"salt": base64.urlsafe_b64encode(salt).decode()}).encode()
    if not raw_header:
        header = base64.b64encode(header)
    token = Fernet(fernet_key(salt)).encrypt(JOURNAL.encode())
    return b"JRNLv3" + len(header).to_bytes(2, "big") + header + token


def v2() -> bytes:
    return Fernet(fernet_key(jrnl_crypto.V2_SALT)).encrypt(JOURNAL.encode())


def v1() -> bytes:
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    plain = padder.update(JOURNAL.encode()) + padder.finalize()
    key = hashlib.sha256(PASSWORD.encode()).digest()
    sealer = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + sealer.update(plain) + sealer.finalize()


@pytest.mark.parametrize("made", [v3, lambda: v3(raw_header=True), v2, v1])
def test_each_encrypted_form_opens_with_the_password(made):
    parsed = jrnl.parse(made(), zone=BERLIN, password=PASSWORD)
    assert [r["text"] for r in parsed.records] == ["Locked away 🔒\nOnly mine.", "Morning"]


@pytest.mark.parametrize("made", [v3, v2])
def test_a_wrong_password_says_so(made):
    with pytest.raises(ImportProblem, match="password does not open"):
        jrnl.parse(made(), zone=BERLIN, password="good doggie")


def test_no_password_asks_for_it():
    with pytest.raises(ImportProblem, match="Type its jrnl password"):
        jrnl.parse(v3(), zone=BERLIN)


def test_a_wrong_password_on_v1_says_so():
    with pytest.raises(ImportProblem):
        jrnl.parse(v1(), zone=BERLIN, password="good doggie")


@pytest.mark.django_db
def test_the_page_opens_a_locked_journal_and_keeps_no_password(alice_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from innerbase.imports.models import ImportPreview

    fields = {"source": "jrnl", "time_zone": "Europe/Berlin", "password": PASSWORD}
    response = alice_client.post(
        "/account/import/", {**fields, "file": SimpleUploadedFile("j.txt", v3())}
    )
    assert response.status_code == 302
    assert "2 journal entries" in alice_client.get(response["Location"]).content.decode()
    row = ImportPreview.objects.get()
    assert PASSWORD.encode() not in bytes(row.parsed)
    wrong = alice_client.post(
        "/account/import/",
        {**fields, "password": "nope", "file": SimpleUploadedFile("j.txt", v3())},
    )
    assert wrong.status_code == 422 and "password does not open" in wrong.content.decode()
    assert PASSWORD not in wrong.content.decode() and "nope" not in wrong.content.decode()
