"""Ed25519 signatures as the package format uses them: the fingerprint people compare, the raw
public key of a private key, and the check of a signature. No workspace, no key store (that is
core/keys.py).

The fingerprint (SHA-256 of the raw public key, first 160 bits as ten groups of four hex digits)
is what people compare: it is printed on the PDF summary and shown on first import.
"""

from __future__ import annotations

import base64
import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey


def fingerprint(public_key: bytes | str) -> str:
    """`3F2A-91C0-…`: the first 20 bytes of SHA-256(raw public key) in groups of four."""
    raw = base64.b64decode(public_key) if isinstance(public_key, str) else public_key
    digest = hashlib.sha256(raw).hexdigest()[:40].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 40, 4))


def public_raw(private_key: Ed25519PrivateKey) -> bytes:
    from cryptography.hazmat.primitives import serialization as ser

    return private_key.public_key().public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)


def verify_signature(public_key: bytes, signature: bytes, data: bytes) -> bool:
    """True when `signature` is a valid Ed25519 signature of `data` by `public_key`."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True
