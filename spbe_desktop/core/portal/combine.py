"""Joining the PDFs and images of one item into one PDF, and scaling images down.

PDF pages are appended as they are (pypdf copies their content, nothing is re-encoded). An image
becomes one A4 page (landscape for a wide image), scaled to fit inside a 1 cm margin; reportlab
embeds JPEG data as it is and PNG data losslessly. Scaling down (only when asked, for a file over
the size limit) keeps an image's format and fits it inside A4 at 200 dpi.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.jobs import CancelFlag, check_cancel

from .plan import Source

MARGIN = 28.35  # 1 cm in points
A4_AT_200_DPI = (1654, 2339)


def combine_pdf(
    streams: Sequence[tuple[Source, BinaryIO]],
    target: Path,
    label: str,
    *,
    shrink: bool = False,
    cancel: CancelFlag | None = None,
) -> int:
    """Write the sources, in order, as one PDF; returns its page count."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    writer = PdfWriter()
    pypdf_log = logging.getLogger("pypdf")
    level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)
    try:
        for source, stream in streams:
            check_cancel(cancel)
            if source.kind == "pdf":
                try:
                    reader = PdfReader(stream, strict=False)
                    if reader.is_encrypted and not reader.decrypt(""):
                        raise _cannot_join(label, source.name, locked=True)
                    writer.append(reader)
                except (PdfReadError, ValueError, KeyError, TypeError) as exc:
                    raise _cannot_join(label, source.name) from exc
            else:
                page = image_page(stream, source.name, shrink=shrink)
                writer.append(PdfReader(io.BytesIO(page)))
        with target.open("wb") as fh:
            writer.write(fh)
        return len(writer.pages)
    finally:
        pypdf_log.setLevel(level)


def image_page(stream: BinaryIO, name: str, *, shrink: bool = False) -> bytes:
    """One A4 page holding the image, as PDF bytes."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    data = downscaled_image(stream, name) if shrink else stream.read()
    try:
        image = ImageReader(io.BytesIO(data))
        width, height = image.getSize()
    except Exception as exc:  # PIL raises many kinds for damaged images
        raise InputError(
            f"{name}: gambar rusak atau tidak bisa dibaca.",
            f"{name}: the image is damaged or unreadable.",
            code="IMAGE_CORRUPT",
        ) from exc
    from reportlab import rl_config

    page = landscape(A4) if width > height else A4
    scale = min((page[0] - 2 * MARGIN) / width, (page[1] - 2 * MARGIN) / height)
    shown = (width * scale, height * scale)
    out = io.BytesIO()
    ascii85 = rl_config.useA85
    rl_config.useA85 = 0  # JPEG data goes in as it is, not inflated by a text encoding
    try:
        pdf = canvas.Canvas(out, pagesize=page, pageCompression=1)
        pdf.setTitle(name)
        pdf.drawImage(image, (page[0] - shown[0]) / 2, (page[1] - shown[1]) / 2, shown[0], shown[1])
        pdf.showPage()
        pdf.save()
    finally:
        rl_config.useA85 = ascii85
    return out.getvalue()


def downscaled_image(stream: BinaryIO, name: str) -> bytes:
    """The image scaled to fit A4 at 200 dpi, in its own format (JPEG at quality 80)."""
    from PIL import Image, ImageOps

    try:
        with Image.open(stream) as original:
            kind = original.format or "PNG"
            image = ImageOps.exif_transpose(original)
            bounds = A4_AT_200_DPI if image.height >= image.width else A4_AT_200_DPI[::-1]
            image.thumbnail(bounds)
            out = io.BytesIO()
            if kind == "JPEG":
                image.convert("RGB").save(out, "JPEG", quality=80, optimize=True)
            else:
                image.save(out, "PNG", optimize=True)
            return out.getvalue()
    except OSError as exc:
        raise InputError(
            f"{name}: gambar rusak atau tidak bisa dibaca.",
            f"{name}: the image is damaged or unreadable.",
            code="IMAGE_CORRUPT",
        ) from exc


def _cannot_join(label: str, name: str, *, locked: bool = False) -> InputError:
    if locked:
        return InputError(
            f"{label}: {name} dikunci kata sandi dan tidak bisa digabung; buka kuncinya atau "
            "lepaskan dari butir ini.",
            f"{label}: {name} is password-protected and cannot be joined; unlock it or take it "
            "off this item.",
            code="PDF_ENCRYPTED",
        )
    return InputError(
        f"{label}: {name} rusak dan tidak bisa digabung; ganti berkasnya.",
        f"{label}: {name} is damaged and cannot be joined; replace the file.",
        code="PDF_CORRUPT",
    )
