"""Document dates of evidence: what the person says, or the file's own date by default."""

from __future__ import annotations

from pathlib import Path

from spbe_desktop.core.errors import InputError


def check_document_date(value: str | None) -> str | None:
    """A document date as YYYY-MM-DD (None stays None); refuses anything else."""
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value.strip()).isoformat()
    except (ValueError, AttributeError):
        raise InputError(
            f"Tanggal dokumen '{value}' tidak sah; tulis TTTT-BB-HH, misalnya 2026-03-31.",
            f"The document date '{value}' is not valid; write YYYY-MM-DD, e.g. 2026-03-31.",
            code="DATE_INVALID",
        ) from None


def file_date(path: Path) -> str:
    """The date a file was last changed (local time): the default document date."""
    from datetime import datetime

    return datetime.fromtimestamp(path.stat().st_mtime).date().isoformat()
