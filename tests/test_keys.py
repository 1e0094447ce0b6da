"""The workspace signing key: passphrase protection, fingerprints, trusted keys."""

from __future__ import annotations

import re
import sqlite3

import pytest

from spbe_desktop.core import keys
from spbe_desktop.core.errors import KeyStoreError
from spbe_desktop.core.workspace.workspace import Workspace

PASS = "kata-sandi-panjang"


def test_generate_and_load(workspace):
    info = keys.generate_key(workspace, PASS)
    assert re.fullmatch(r"([0-9A-F]{4}-){9}[0-9A-F]{4}", info.fingerprint)
    assert keys.key_info(workspace) == info
    key = keys.load_private_key(workspace, PASS)
    assert keys.fingerprint(keys.public_raw(key)) == info.fingerprint
    signature = key.sign(b"tagmanifest")
    raw = keys.public_raw(key)
    assert keys.verify_signature(raw, signature, b"tagmanifest")
    assert not keys.verify_signature(raw, signature, b"tagmanifesT")
    assert not keys.verify_signature(b"short", signature, b"tagmanifest")


def test_wrong_passphrase_is_a_clear_error_and_changes_nothing(workspace):
    keys.generate_key(workspace, PASS)
    before = dict(workspace.conn.execute("SELECT key, value FROM meta"))
    with pytest.raises(KeyStoreError) as err:
        keys.load_private_key(workspace, "salah-sekali")
    assert err.value.code == "KEY_PASSPHRASE_WRONG"
    assert "salah" in err.value.message("id") and "wrong" in err.value.message("en")
    with pytest.raises(KeyStoreError):
        keys.change_passphrase(workspace, "salah-sekali", "baru-dan-panjang")
    assert dict(workspace.conn.execute("SELECT key, value FROM meta")) == before


def test_change_passphrase(workspace):
    info = keys.generate_key(workspace, PASS)
    keys.change_passphrase(workspace, PASS, "kata-sandi-baru")
    with pytest.raises(KeyStoreError):
        keys.load_private_key(workspace, PASS)
    key = keys.load_private_key(workspace, "kata-sandi-baru")
    assert keys.fingerprint(keys.public_raw(key)) == info.fingerprint


def test_no_key_weak_passphrase_and_existing_key(workspace):
    with pytest.raises(KeyStoreError) as err:
        keys.load_private_key(workspace, PASS)
    assert err.value.code == "KEY_MISSING"
    with pytest.raises(KeyStoreError) as err:
        keys.generate_key(workspace, "pendek")
    assert err.value.code == "KEY_PASSPHRASE_WEAK"
    first = keys.generate_key(workspace, PASS)
    with pytest.raises(KeyStoreError) as err:
        keys.generate_key(workspace, PASS)
    assert err.value.code == "KEY_EXISTS"
    assert keys.key_info(workspace) == first


def test_private_key_never_stored_in_the_clear(workspace, tmp_path):
    from cryptography.hazmat.primitives import serialization as ser

    keys.generate_key(workspace, PASS)
    key = keys.load_private_key(workspace, PASS)
    raw_private = key.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
    path = workspace.path
    workspace.close()
    stored = path.read_bytes()
    assert raw_private not in stored
    assert b"BEGIN PRIVATE KEY" not in stored
    assert b"BEGIN ENCRYPTED PRIVATE KEY" in stored
    # Nor in the audit log that ships inside packages.
    conn = sqlite3.connect(path)
    log = " ".join(r[0] for r in conn.execute("SELECT data FROM audit_log"))
    conn.close()
    assert "PRIVATE" not in log
    assert list(tmp_path.glob("*.pem")) == [] and list(tmp_path.glob("*.key")) == []


def test_key_survives_reopen(tmp_path, spbe2020):
    path = tmp_path / "w.spbews"
    with Workspace.create(path, opd_name="Bappeda", instrument=spbe2020, period=2025) as ws:
        info = keys.generate_key(ws, PASS)
    with Workspace.open(path) as ws:
        assert keys.key_info(ws) == info
        assert keys.load_private_key(ws, PASS)


def test_trusted_keys_pin_lookup_and_change(workspace):
    import base64

    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    first = base64.b64encode(keys.public_raw(Ed25519PrivateKey.generate())).decode()
    second = base64.b64encode(keys.public_raw(Ed25519PrivateKey.generate())).decode()
    assert keys.trusted_key(workspace, "opd-1") is None
    assert keys.trust_state(workspace, "opd-1", first) == "new"
    pinned = keys.pin_key(workspace, "opd-1", "Bappeda", first)
    assert pinned.fingerprint == keys.fingerprint(first)
    assert keys.trust_state(workspace, "opd-1", first) == "trusted"
    assert keys.trust_state(workspace, "opd-1", second) == "changed"
    with pytest.raises(KeyStoreError) as err:
        keys.pin_key(workspace, "opd-1", "Bappeda", second)
    assert err.value.code == "KEY_CHANGED"
    keys.pin_key(workspace, "opd-1", "Bappeda", second, reason="Laptop operator diganti")
    assert keys.trusted_key(workspace, "opd-1").public_key == second
    assert keys.trusted_key(workspace, "opd-1").reason == "Laptop operator diganti"
    with pytest.raises(KeyStoreError):
        keys.pin_key(workspace, "opd-2", "Inspektorat", base64.b64encode(b"x" * 5).decode())
