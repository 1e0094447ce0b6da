"""Real evidence files for tests: PDFs, images and office documents made on the spot."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path


def make_pdf(path: Path, title: str = "Keputusan Bupati", pages: int = 2) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for page in range(1, pages + 1):
        pdf.setFont("Helvetica-Bold", 16)
        pdf.drawString(72, 770, title)
        pdf.setFont("Helvetica", 11)
        for line in range(30):
            pdf.drawString(
                72, 740 - 18 * line, f"Pasal {page}.{line + 1}: ketentuan penerapan SPBE."
            )
        pdf.showPage()
    pdf.save()
    return path


def make_encrypted_pdf(path: Path, password: str = "rahasia") -> Path:
    from pypdf import PdfReader, PdfWriter

    plain = make_pdf(path.with_name("plain-" + path.name))
    writer = PdfWriter()
    for page in PdfReader(plain).pages:
        writer.add_page(page)
    writer.encrypt(password)
    with path.open("wb") as fh:
        writer.write(fh)
    plain.unlink()
    return path


def make_image(path: Path, size: tuple[int, int] = (1280, 720), color=(30, 90, 160)) -> Path:
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, color)
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, size[0] - 40, 120), fill=(240, 240, 240))
    draw.text((60, 70), "Tangkapan layar aplikasi SRIKANDI", fill=(0, 0, 0))
    image.save(path)
    return path


def make_xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["No", "Nama aplikasi", "OPD pengelola"])
    for i, name in enumerate(["SIPD", "SRIKANDI", "e-Kinerja", "JDIH"], start=1):
        sheet.append([i, name, "Diskominfo"])
    book.save(path)
    return path


def make_docx(path: Path, text: str = "Notulen rapat Tim Koordinasi SPBE") -> Path:
    """A minimal but valid Office Open XML word-processing document."""
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"<w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as docx:
        docx.writestr("[Content_Types].xml", content_types)
        docx.writestr("_rels/.rels", rels)
        docx.writestr("word/document.xml", document)
    path.write_bytes(buffer.getvalue())
    return path


def make_large_file(path: Path, size: int, seed: int = 7) -> Path:
    """Incompressible bytes written in blocks (cheap pseudo-random, repeatable)."""
    import hashlib

    block = hashlib.sha256(str(seed).encode()).digest() * 32768  # 1 MiB
    with path.open("wb") as fh:
        written = 0
        counter = 0
        while written < size:
            piece = hashlib.sha256(counter.to_bytes(8, "big")).digest() + block[32:]
            piece = piece[: size - written]
            fh.write(piece)
            written += len(piece)
            counter += 1
    return path
