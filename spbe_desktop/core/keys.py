"""The workspace's Ed25519 signing key, its passphrase protection and the trusted-keys registry.

The private key is kept in the workspace meta only as encrypted PKCS#8. cryptography's
`BestAvailableEncryption` for PKCS#8 is PBES2 with a modest PBKDF2 count, so the passphrase is
first stretched with scrypt (salt and cost stored beside the key) and the result is the PKCS#8
password: a stolen workspace costs an attacker a memory-hard derivation per guess. Keys are
generated, unwrapped and re-wrapped in memory only; nothing unencrypted is written anywhere.

Fingerprints and signature checks, which need no workspace, are in core/signing.py (the package
verifier uses them too); they are named here as well for the callers of the key store.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from typing import TYPE_CHECKING, NamedTuple

from spbe_desktop.core.signing import fingerprint, public_raw, verify_signature
from spbe_desktop.core.workspace.workspace import Workspace, now_utc

from .errors import KeyStoreError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

META_PRIVATE = "signing_key_pkcs8"
META_PUBLIC = "signing_key_public"
META_KDF = "signing_key_kdf"
META_CREATED = "signing_key_created"
MIN_PASSPHRASE = 8
# scrypt cost: ~32 MiB and a fraction of a second per derivation on an office PC.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1


__all__ = [
    "KeyInfo",
    "TrustedKey",
    "change_passphrase",
    "check_key",
    "fingerprint",
    "generate_key",
    "key_info",
    "load_private_key",
    "pin_key",
    "public_raw",
    "trust_state",
    "trusted_key",
    "verify_signature",
]


class KeyInfo(NamedTuple):
    public_key: str  # base64 of the 32 raw bytes
    fingerprint: str
    created_at: str


class TrustedKey(NamedTuple):
    subject: str
    name: str
    fingerprint: str
    public_key: str
    pinned_at: str
    reason: str


# The workspace key --------------------------------------------------------------------------


def key_info(ws: Workspace) -> KeyInfo | None:
    """The workspace's public key, or None when no key was made yet."""
    public = ws.meta(META_PUBLIC)
    if not public:
        return None
    return KeyInfo(public, fingerprint(public), ws.meta(META_CREATED) or "")


def generate_key(
    ws: Workspace, passphrase: str, *, replace: bool = False, scrypt_n: int = SCRYPT_N
) -> KeyInfo:
    """Make the workspace's key pair; refuses to replace an existing key unless asked.
    `scrypt_n` is lowered only for demo data, whose passphrase is published anyway."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    ws.require_writable()
    if key_info(ws) is not None and not replace:
        raise KeyStoreError(
            "Ruang kerja ini sudah punya kunci penandatangan; kunci lama tetap dipakai.",
            "This workspace already has a signing key; the existing key is kept.",
            code="KEY_EXISTS",
        )
    _check_strength(passphrase)
    private_key = Ed25519PrivateKey.generate()
    public = base64.b64encode(public_raw(private_key)).decode("ascii")
    created = now_utc()
    extra = {META_PUBLIC: public, META_CREATED: created}
    _store(ws, private_key, passphrase, extra=extra, scrypt_n=scrypt_n)
    with ws.transaction():
        ws.log("key.generated", None, {"fingerprint": fingerprint(public)})
    return KeyInfo(public, fingerprint(public), created)


def load_private_key(ws: Workspace, passphrase: str) -> Ed25519PrivateKey:
    """Unwrap the private key in memory; a wrong passphrase raises KEY_PASSPHRASE_WRONG."""
    from cryptography.hazmat.primitives import serialization as ser
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    pem, kdf = ws.meta(META_PRIVATE), ws.meta(META_KDF)
    if not pem or not kdf:
        raise KeyStoreError(
            "Ruang kerja ini belum punya kunci penandatangan; buat dulu (spbe keygen).",
            "This workspace has no signing key yet; make one first (spbe keygen).",
            code="KEY_MISSING",
        )
    try:
        password = _stretch(passphrase, json.loads(kdf))
        key = ser.load_pem_private_key(pem.encode("ascii"), password)
    except (ValueError, TypeError, KeyError) as exc:
        raise _wrong_passphrase() from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise _wrong_passphrase()
    return check_key(ws, key)


def check_key(ws: Workspace, key: Ed25519PrivateKey) -> Ed25519PrivateKey:
    """`key` if it is the private half of the workspace's public key (an unlocked key handed
    on, so that the passphrase is stretched once); KEY_CORRUPT otherwise."""
    if base64.b64encode(public_raw(key)).decode("ascii") != ws.meta(META_PUBLIC):
        raise KeyStoreError(
            "Kunci privat tidak cocok dengan kunci publik ruang kerja ini.",
            "The private key does not match this workspace's public key.",
            code="KEY_CORRUPT",
        )
    return key


def change_passphrase(ws: Workspace, old: str, new: str) -> None:
    """Re-wrap the key under a new passphrase; the old one must be right."""
    ws.require_writable()
    key = load_private_key(ws, old)
    _check_strength(new)
    _store(ws, key, new)
    with ws.transaction():
        ws.log("key.passphrase_changed", None, {"fingerprint": key_info(ws).fingerprint})


def _store(
    ws: Workspace,
    key: Ed25519PrivateKey,
    passphrase: str,
    extra: dict[str, str] | None = None,
    scrypt_n: int = SCRYPT_N,
) -> None:
    from cryptography.hazmat.primitives import serialization as ser

    params = {
        "kdf": "scrypt",
        "n": scrypt_n,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(os.urandom(16)).decode("ascii"),
    }
    pem = key.private_bytes(
        ser.Encoding.PEM,
        ser.PrivateFormat.PKCS8,
        ser.BestAvailableEncryption(_stretch(passphrase, params)),
    ).decode("ascii")
    with ws.transaction():  # key, its KDF parameters and the public half change together
        for name, value in {
            META_PRIVATE: pem,
            META_KDF: json.dumps(params),
            **(extra or {}),
        }.items():
            _put_meta(ws, name, value)


def _put_meta(ws: Workspace, key: str, value: str) -> None:
    # Not ws.set_meta: that copies the value into the audit log, and the log ships in packages.
    ws.conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
    ws._meta[key] = value


def _stretch(passphrase: str, params: dict) -> bytes:
    if params.get("kdf") != "scrypt":
        raise ValueError("unknown key derivation")
    derived = hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=base64.b64decode(params["salt"]),
        n=int(params["n"]),
        r=int(params["r"]),
        p=int(params["p"]),
        maxmem=256 * 1024 * 1024,
        dklen=32,
    )
    return base64.b64encode(derived)


def _check_strength(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise KeyStoreError(
            f"Kata sandi terlalu pendek; pakai paling sedikit {MIN_PASSPHRASE} karakter.",
            f"The passphrase is too short; use at least {MIN_PASSPHRASE} characters.",
            code="KEY_PASSPHRASE_WEAK",
        )


def _wrong_passphrase() -> KeyStoreError:
    return KeyStoreError(
        "Kata sandi kunci penandatangan salah; tidak ada yang diubah.",
        "The signing key passphrase is wrong; nothing was changed.",
        code="KEY_PASSPHRASE_WRONG",
    )


# Trusted keys (the coordinator pins each OPD's key; an OPD pins the coordinator's) -----------


def trusted_key(ws: Workspace, subject: str) -> TrustedKey | None:
    """The key currently pinned for a subject (an OPD id, or "coordinator")."""
    row = ws.conn.execute(
        "SELECT subject, name, fingerprint, public_key, pinned_at, reason FROM trusted_keys "
        "WHERE subject = ? AND active = 1 ORDER BY id DESC LIMIT 1",
        (subject,),
    ).fetchone()
    return None if row is None else TrustedKey(*(v or "" for v in row))


def trust_state(ws: Workspace, subject: str, public_key: str) -> str:
    """ "new" (nothing pinned), "trusted" (this key is pinned) or "changed" (another key is)."""
    pinned = trusted_key(ws, subject)
    if pinned is None:
        return "new"
    return "trusted" if pinned.public_key == public_key else "changed"


def pin_key(
    ws: Workspace, subject: str, name: str, public_key: str, *, reason: str = ""
) -> TrustedKey:
    """Trust `public_key` for `subject`. Replacing a pinned key needs a reason (kept in history)."""
    raw = base64.b64decode(public_key, validate=True)
    if len(raw) != 32:
        raise KeyStoreError(
            "Kunci publik tidak sah.", "The public key is not valid.", code="KEY_INVALID"
        )
    state = trust_state(ws, subject, public_key)
    if state == "trusted":
        return trusted_key(ws, subject)
    if state == "changed" and not reason.strip():
        raise KeyStoreError(
            f"Kunci {name} berubah; terima kunci baru hanya dengan alasan yang jelas.",
            f"The key of {name} changed; accept the new key only with a stated reason.",
            code="KEY_CHANGED",
        )
    fp = fingerprint(raw)
    with ws.transaction() as conn:
        conn.execute("UPDATE trusted_keys SET active = 0 WHERE subject = ?", (subject,))
        conn.execute(
            "INSERT INTO trusted_keys (subject, name, fingerprint, public_key, pinned_at, "
            "reason, active) VALUES (?, ?, ?, ?, ?, ?, 1)",
            (subject, name, fp, public_key, now_utc(), reason),
        )
        ws.log("key.pinned", None, {"subject": subject, "fingerprint": fp, "reason": reason})
    return trusted_key(ws, subject)
