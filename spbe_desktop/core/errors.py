"""Errors that reach a person: a stable code plus one plain sentence in Indonesian and English."""

from __future__ import annotations


class SpbeError(Exception):
    """An expected failure with a message a civil servant can act on.

    `code` is stable (tests, JSON output and other tools rely on it); the messages say what went
    wrong and, where it helps, what to do.
    """

    code = "ERROR"

    def __init__(self, message_id: str, message_en: str, *, code: str | None = None) -> None:
        super().__init__(message_en)
        self.message_id = message_id
        self.message_en = message_en
        if code is not None:
            self.code = code

    def message(self, lang: str = "id") -> str:
        return self.message_en if lang == "en" else self.message_id


class InstrumentError(SpbeError):
    code = "INSTRUMENT_INVALID"


class WorkspaceError(SpbeError):
    code = "WORKSPACE_ERROR"


class InputError(SpbeError):
    """Bad input from the person: an unknown indicator, a level out of range, a missing file."""

    code = "INPUT_INVALID"


class Cancelled(SpbeError):
    code = "CANCELLED"

    def __init__(self) -> None:
        super().__init__("Dibatalkan oleh pengguna.", "Cancelled by the user.")


class KeyStoreError(SpbeError):
    """The signing key: missing, wrong passphrase, already there."""

    code = "KEY_ERROR"


class BundleError(SpbeError):
    """A package could not be written, or a package read is not acceptable."""

    code = "BUNDLE_INVALID"


def is_disk_full(exc: BaseException) -> bool:
    """A write failed for want of space (the disk, or the user's quota)."""
    import errno
    import sqlite3

    if isinstance(exc, OSError):
        return exc.errno in (errno.ENOSPC, errno.EDQUOT)
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None) or 0
        return code & 0xFF == 13 or "disk is full" in str(exc)  # 13: SQLITE_FULL
    return False


def disk_full(name: str) -> SpbeError:
    """The sentence for a file that could not be written because the disk is full."""
    return SpbeError(
        f"Disk penuh: {name} tidak ditulis dan tidak ada yang diubah. Kosongkan ruang disk, lalu "
        "coba lagi.",
        f"The disk is full: {name} was not written and nothing was changed. Free some disk "
        "space, then try again.",
        code="DISK_FULL",
    )
