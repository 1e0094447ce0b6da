"""What a written portal folder still needs, in a few lines (the CLI prints them, the GUI shows
them): files to convert, files over the size limit, items without evidence up to the claimed
levels, indicators a coordinator could not take evidence for, and evidence on no item."""

from __future__ import annotations

from spbe_desktop.core.evidence.items import item_ref

from .result import PortalResult


def summary_lines(result: PortalResult, lang: str = "id", *, sizes: bool = True) -> list[str]:
    """`sizes=False` leaves out the files over the size limit (the GUI reports them itself)."""
    en = lang == "en"
    plan = result.plan
    lines = [
        (
            f"Portal folder written: {result.folder} ({len(result.files)} files, catatan.xlsx, "
            "catatan.html)."
            if en
            else f"Folder portal ditulis: {result.folder} ({len(result.files)} berkas, "
            "catatan.xlsx, catatan.html)."
        )
    ]
    for written in result.needs_conversion:
        lines.append(
            f"  {written.name}: "
            + ("convert to PDF before upload" if en else "ubah ke PDF sebelum diunggah")
        )
    limit = f"{result.max_bytes / 1024 / 1024:g} MB"
    for written in result.over_limit if sizes else ():
        size = f"{written.size / 1024 / 1024:.1f} MB"
        lines.append(
            f"  {written.name}: {size}, "
            + (f"over the size limit of {limit}" if en else f"melebihi batas ukuran {limit}")
        )
    if plan.missing:
        lines.append(
            f"{len(plan.missing)} items up to the claimed levels have no evidence:"
            if en
            else f"{len(plan.missing)} butir sampai level yang diklaim belum ada buktinya:"
        )
        for m in plan.missing:
            where = (
                item_ref(m.level, m.number, m.indicator)
                if m.number
                else f"I{m.indicator}-L{m.level}"
            )
            opd = f" ({m.opd})" if plan.coordinator else ""
            lines.append(f"  {where}  {m.text}{opd}")
    for indicator, why in plan.unresolved:
        lines.append(f"  I{indicator}: {why}")
    if plan.unplaced:
        lines.append(
            f"{len(plan.unplaced)} evidence files are on no item and were left out."
            if en
            else f"{len(plan.unplaced)} berkas bukti belum ditempatkan pada butir dan tidak ikut."
        )
    return lines
