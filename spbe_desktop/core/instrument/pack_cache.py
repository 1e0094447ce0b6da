"""Validated instrument packs remembered between runs. Reading a pack (YAML, then every field and
the whole pack checked) takes a good fraction of a second; the result is kept in the user's cache
folder under the SHA-256 of the pack's bytes and of the code that validates it. A pack whose bytes
differ, edited or hostile, has another key and is validated in full; an unreadable cache entry is
ignored, and a cache that cannot be written costs only the time."""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from functools import cache
from pathlib import Path

from spbe_desktop import __version__
from spbe_desktop.core.paths import user_cache_dir

FORMAT = 1  # of the cached entries
VALIDATORS = ("schema.py", "guidance_schema.py")  # the modules whose rules a pack passed


@cache
def validator_fingerprint() -> str:
    """What the validating code is: its source where the app runs from source (read, not
    imported: pydantic's models take longer to build than the cache saves), else the build."""
    digest = hashlib.sha256(f"{FORMAT}:{__version__}".encode())
    for name in VALIDATORS:
        try:
            digest.update((Path(__file__).parent / name).read_bytes())
        except OSError:  # a frozen build: its modules change only with the executable
            digest.update(str(Path(sys.executable).stat().st_mtime_ns).encode())
    return digest.hexdigest()[:16]


def _entry(pack_sha256: str) -> Path:
    return user_cache_dir() / "packs" / f"{pack_sha256}-{validator_fingerprint()}.json"


def validated_pack(raw: bytes, pack_sha256: str, source: str) -> dict:
    """The pack's validated data in canonical form: from the cache when this exact pack was
    validated by this code before, else validated now (raising InstrumentError) and kept."""
    try:
        entry = _entry(pack_sha256)
        data = json.loads(entry.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            return data
    except (OSError, ValueError):
        pass
    from .schema import validate_pack_bytes

    data = validate_pack_bytes(raw, source=source)
    _keep(data, pack_sha256)
    return data


def _keep(data: dict, pack_sha256: str) -> None:
    try:
        entry = _entry(pack_sha256)
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, partial = tempfile.mkstemp(prefix=entry.stem, suffix=".part", dir=entry.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(data, out, ensure_ascii=False)
            os.replace(partial, entry)  # whole or not there, even with two apps writing it
        except BaseException:
            Path(partial).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only or full cache folder: the pack is validated again next time
