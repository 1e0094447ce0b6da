"""Writing a portal folder: all of it or nothing.

Files are written into a temporary folder beside the target, which is renamed into place only
when everything is written (a failure or Cancel removes it). A single PDF or image is copied byte
for byte; several PDFs and images on one item are joined into one PDF — PDF pages as they are
(pypdf), images on A4 pages (JPEG data kept as it is). Files over the size limit are reported;
with `downscale_images`, images in them are scaled down and the file written again.
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.evidence.check import ContentReader
from spbe_desktop.core.evidence.content import write_content
from spbe_desktop.core.evidence.items import item_ref
from spbe_desktop.core.jobs import CancelFlag, ProgressFn, check_cancel, no_progress
from spbe_desktop.core.workspace.workspace import Workspace

from .combine import combine_pdf, downscaled_image
from .notes import write_notes
from .plan import OutFile, PortalPlan
from .result import PortalResult, WrittenFile


def check_target(out: Path) -> None:
    """The folder must not exist, or be empty, and its parent must be there and writable."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise InputError(
            f"Folder {out} sudah berisi berkas; pilih folder baru atau yang kosong.",
            f"The folder {out} is not empty; choose a new or an empty folder.",
            code="PORTAL_FOLDER_NOT_EMPTY",
        )
    parent = out.parent if str(out.parent) else Path(".")
    if not parent.is_dir() or not os.access(parent, os.W_OK):
        raise InputError(
            f"Tidak bisa menulis di {parent}; pilih folder lain.",
            f"Cannot write in {parent}; choose another folder.",
            code="READ_ONLY_LOCATION",
        )


def write_portal(
    ws: Workspace,
    plan: PortalPlan,
    out: str | Path,
    *,
    max_bytes: int,
    downscale_images: bool = False,
    lang: str = "id",
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> PortalResult:
    out = Path(out)
    check_target(out)
    import uuid

    scratch = out.with_name(f".{out.name}.part-{uuid.uuid4().hex[:8]}")
    scratch.mkdir()
    try:
        total = max(plan.source_bytes, 1)
        done = 0
        written = []
        for out_file in plan.files:
            check_cancel(cancel)

            def step(n: int, name: str = out_file.name, base: int = done) -> None:
                progress(base + n, total, name)

            written.append(
                _write_one(ws, out_file, scratch, max_bytes, downscale_images, step, cancel)
            )
            done += sum(s.size for s in out_file.sources)
        check_cancel(cancel)
        result = PortalResult(out, tuple(written), plan, max_bytes)
        write_notes(result, scratch, lang)
        if out.exists():
            out.rmdir()
        os.replace(scratch, out)
        progress(total, total, "")
        return result
    finally:
        if scratch.exists():
            shutil.rmtree(scratch, ignore_errors=True)


def _write_one(
    ws: Workspace,
    out_file: OutFile,
    folder: Path,
    max_bytes: int,
    downscale: bool,
    step: Callable[[int], None],
    cancel: CancelFlag | None,
) -> WrittenFile:
    target = folder / out_file.name
    pages = None
    if out_file.combine:
        pages = _combine(ws, out_file, target, shrink=False, cancel=cancel)
    else:
        _copy(ws, out_file.sources[0].sha256, target, step, cancel)
    step(sum(s.size for s in out_file.sources))
    size = target.stat().st_size
    downscaled = False
    has_image = any(s.kind == "image" for s in out_file.sources)
    if size > max_bytes and downscale and has_image:
        if out_file.combine:
            pages = _combine(ws, out_file, target, shrink=True, cancel=cancel)
        else:
            with _open(ws, out_file.sources[0].sha256) as stream:
                target.write_bytes(downscaled_image(stream, out_file.sources[0].name))
        size = target.stat().st_size
        downscaled = True
    return WrittenFile(out_file.name, size, out_file, pages, size > max_bytes, downscaled)


def _copy(
    ws: Workspace, sha256: str, target: Path, step: Callable[[int], None], cancel: CancelFlag | None
) -> None:
    with target.open("wb") as fh:
        write_content(ws, sha256, fh, step, cancel)


def _combine(
    ws: Workspace, out_file: OutFile, target: Path, *, shrink: bool, cancel: CancelFlag | None
) -> int:
    streams = []
    try:
        for source in out_file.sources:
            streams.append((source, _open(ws, source.sha256)))
        item = out_file.item
        label = item_ref(item.level, item.number, item.indicator)
        return combine_pdf(streams, target, label, shrink=shrink, cancel=cancel)
    finally:
        for _source, stream in streams:
            stream.close()


def _open(ws: Workspace, sha256: str) -> io.BufferedReader:
    return io.BufferedReader(ContentReader(ws, sha256), 1024 * 1024)
