"""The award certificates ("Piagam Penghargaan"), each one landscape A4 page with the Pemda, the
period, the OPD, the category and its figure, the signatory block, and the coordinator's key
fingerprint as text and as a QR code holding what the certificate states. Black and white only,
so that it prints and copies as it looks."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.figures import figure
from spbe_desktop.core.files import written_in_place
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.jobs import CancelFlag, ProgressFn, check_cancel, no_progress
from spbe_desktop.core.keys import key_info
from spbe_desktop.core.report.fonts import BOLD, MONO, REGULAR, register_fonts
from spbe_desktop.core.report.qr import qr_flowable
from spbe_desktop.core.report.signatory import signatory, signing_date
from spbe_desktop.core.report.texts import escape, format_date, in_language
from spbe_desktop.core.workspace.workspace import Workspace

from .awards import TOP_DEFAULT, Award, awards
from .store import require_coordinator

WORDS: dict[str, tuple[str, str]] = {
    "title": ("PIAGAM PENGHARGAAN", "CERTIFICATE OF AWARD"),
    "government": ("Pemerintah {pemda}", "Government of {pemda}"),
    "subtitle": (
        "Penilaian Mandiri {index} — Periode {period}",
        "{index} self-assessment — period {period}",
    ),
    "given": ("diberikan kepada", "is awarded to"),
    "index": (
        "atas pencapaian <b>Peringkat {rank}</b> {index} di lingkungan {pemda}",
        "for reaching <b>rank {rank}</b> in the {index} within {pemda}",
    ),
    "improvement": (
        "atas <b>peningkatan {index} terbesar</b> di lingkungan {pemda}",
        "for the <b>largest improvement of the {index}</b> within {pemda}",
    ),
    "figure_index": (
        "{index}: <b>{value}</b> ({predicate})",
        "{index}: <b>{value}</b> ({predicate})",
    ),
    "figure_change": (
        "{index}: {before} (periode {old}) menjadi <b>{value}</b> (periode {period}), naik <b>{change}</b>",
        "{index}: {before} (period {old}) to <b>{value}</b> (period {period}), up <b>{change}</b>",
    ),
    "basis_claimed": (
        "Dasar penilaian: indeks penilaian mandiri yang dikirim OPD kepada koordinator, "
        "sebelum penilaian asesor.",
        "Basis: the self-assessment index the OPD sent to the coordinator, before the "
        "assessors' evaluation.",
    ),
    "basis_assessed": (
        "Dasar penilaian: indeks setelah penilaian asesor (nilai asesor, atau perkiraan dari butir "
        "yang diterima; nilai klaim OPD bila belum dinilai).",
        "Basis: the index after the assessors' evaluation (the assessors' value, or an estimate "
        "from the accepted items; the OPD's claim where not yet assessed).",
    ),
    "signer": ("Koordinator SPBE {pemda}", "SPBE coordinator, {pemda}"),
    "fingerprint": ("Sidik jari kunci koordinator", "Coordinator's key fingerprint"),
    "check": (
        "Pindai kode QR: isinya harus sama dengan piagam ini, dan sidik jari sama dengan kunci "
        "yang disematkan OPD dari penugasan koordinator.",
        "Scan the QR code: it must state what this certificate states, and the fingerprint must "
        "match the key the OPD pinned from the coordinator's assignment.",
    ),
    "nip": ("NIP", "NIP"),
    "category_index": ("peringkat {rank}", "rank {rank}"),
    "category_improvement": ("peningkatan terbesar", "largest improvement"),
}


class WrittenAward(NamedTuple):
    award: Award
    path: Path


def write_awards(
    ws: Workspace,
    out_dir: str | Path,
    top: int = TOP_DEFAULT,
    lang: str = "id",
    progress: ProgressFn = no_progress,
    cancel: CancelFlag | None = None,
) -> list[WrittenAward]:
    """One certificate PDF per award in `out_dir` (made when missing). The coordinator's key
    must exist: its fingerprint is printed and encoded in each certificate's QR code."""
    require_coordinator(ws)
    key = key_info(ws)
    if key is None:
        raise InputError(
            "Ruang kerja koordinator belum punya kunci penandatangan (spbe keygen): sidik jarinya "
            "dicetak pada piagam.",
            "The coordinator workspace has no signing key yet (spbe keygen): its fingerprint is "
            "printed on the certificates.",
            code="KEY_MISSING",
        )
    chosen = awards(ws, top)
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise InputError(
            f"{folder} adalah berkas, bukan folder.",
            f"{folder} is a file, not a folder.",
            code="INPUT_INVALID",
        )
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for done, award in enumerate(chosen):
        check_cancel(cancel)
        progress(done, len(chosen), award.name)
        path = folder / award.file_name
        write_certificate(ws, award, key.fingerprint, path, lang)
        written.append(WrittenAward(award, path))
    progress(len(chosen), len(chosen), "")
    return written


def write_certificate(
    ws: Workspace, award: Award, key_fingerprint: str, out: str | Path, lang: str = "id"
) -> Path:
    """The certificate as a PDF file, written in place."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen.canvas import Canvas

    from spbe_desktop import APP_NAME

    register_fonts()
    words = in_language(WORDS, lang)
    size = landscape(A4)
    with written_in_place(out) as partial:
        canvas = Canvas(str(partial), pagesize=size, initialFontName=REGULAR)
        canvas.setTitle(f"{words['title'].title()} — {award.name}")
        canvas.setAuthor(APP_NAME)
        _frame(canvas, size)
        _body(canvas, size, ws, award, words, lang)
        _verification(canvas, ws, award, key_fingerprint, words, lang)
        _signature(canvas, size, ws, words, lang)
        canvas.showPage()
        canvas.save()
    return Path(out)


def qr_text(ws: Workspace, award: Award, key_fingerprint: str, lang: str = "id") -> str:
    """What the QR code holds: the certificate's statement and the key fingerprint."""
    words = in_language(WORDS, lang)
    category = words[f"category_{award.category}"].format(rank=award.rank)
    lines = [
        words["title"],
        ws.info.opd_name,
        f"{text(ws.instrument.index_name, lang)} {ws.info.period}",
        award.name,
        f"{category}: {figure(award.index)}",
    ]
    if award.change is not None:
        lines.append(
            f"{award.previous_period}: {figure(award.previous)} ({figure(award.change, signed=True)})"
        )
    lines.append(key_fingerprint)
    return "\n".join(lines)


def _mm(value: float) -> float:
    from reportlab.lib.units import mm

    return value * mm


def _frame(canvas: Any, size: tuple[float, float]) -> None:
    width, height = size
    canvas.setStrokeColorRGB(0.15, 0.15, 0.15)
    canvas.setLineWidth(2.4)
    canvas.rect(_mm(10), _mm(10), width - _mm(20), height - _mm(20))
    canvas.setLineWidth(0.6)
    canvas.rect(_mm(13), _mm(13), width - _mm(26), height - _mm(26))


def _centred(
    canvas: Any, page: tuple[float, float], markup: str, top: float, **style: Any
) -> float:
    """A centred paragraph whose top is at `top`; returns its bottom."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    width = page[0] - _mm(60)
    font_size = style.pop("pt", 12)
    para = Paragraph(
        markup,
        ParagraphStyle(
            "cert",
            fontName=style.pop("font", REGULAR),
            fontSize=font_size,
            leading=font_size * 1.25,
            alignment=TA_CENTER,
            **style,
        ),
    )
    _w, used = para.wrapOn(canvas, width, page[1])
    para.drawOn(canvas, _mm(30), top - used)
    return top - used


def _body(
    canvas: Any, size: tuple[float, float], ws: Workspace, award: Award, words: dict, lang: str
) -> None:
    pemda = escape(ws.info.opd_name)
    index = escape(text(ws.instrument.index_name, lang))
    top = size[1] - _mm(24)
    top = _centred(
        canvas, size, words["government"].format(pemda=pemda).upper(), top, pt=13, font=BOLD
    )
    top = _centred(canvas, size, words["title"], top - _mm(6), pt=30, font=BOLD)
    subtitle = words["subtitle"].format(index=index, period=escape(ws.info.period))
    top = _centred(canvas, size, subtitle, top - _mm(3), pt=13)
    top = _centred(canvas, size, words["given"], top - _mm(8), pt=12)
    top = _centred(canvas, size, escape(award.name), top - _mm(3), pt=24, font=BOLD)
    reason = words[award.category].format(rank=award.rank, index=index, pemda=pemda)
    top = _centred(canvas, size, reason, top - _mm(5), pt=13)
    top = _centred(canvas, size, _figure_line(ws, award, words, index, lang), top - _mm(2), pt=13)
    _centred(canvas, size, words[f"basis_{award.basis}"], top - _mm(2), pt=8.5, textColor="#333333")


def _figure_line(ws: Workspace, award: Award, words: dict, index: str, lang: str) -> str:
    value = figure(award.index, lang)
    if award.change is None:
        return words["figure_index"].format(
            index=index, value=value, predicate=escape(award.predicate or "-")
        )
    return words["figure_change"].format(
        index=index,
        before=figure(award.previous, lang),
        old=escape(award.previous_period or ""),
        value=value,
        period=escape(ws.info.period),
        change=figure(award.change, lang, signed=True),
    )


def _verification(
    canvas: Any, ws: Workspace, award: Award, key_fingerprint: str, words: dict, lang: str
) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    side = _mm(30)
    left, bottom = _mm(24), _mm(22)
    code = qr_flowable(qr_text(ws, award, key_fingerprint, lang), side)
    code.wrapOn(canvas, side, side)
    code.drawOn(canvas, left, bottom)
    x = left + side + _mm(3)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(REGULAR, 8)
    canvas.drawString(x, bottom + side - _mm(5), words["fingerprint"])
    canvas.setFont(MONO, 8.5)
    canvas.drawString(x, bottom + side - _mm(10), key_fingerprint)
    note = Paragraph(
        words["check"], ParagraphStyle("check", fontName=REGULAR, fontSize=7, leading=9)
    )
    _w, used = note.wrapOn(canvas, _mm(80), _mm(30))
    note.drawOn(canvas, x, bottom + side - _mm(13) - used)


def _signature(
    canvas: Any, size: tuple[float, float], ws: Workspace, words: dict, lang: str
) -> None:
    name, nip, place = signatory(ws)
    centre = size[0] - _mm(75)
    bottom = _mm(22)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(REGULAR, 11)
    dated = format_date(signing_date(ws), lang)
    canvas.drawCentredString(centre, bottom + _mm(36), f"{place}, {dated}" if place else dated)
    canvas.drawCentredString(
        centre, bottom + _mm(30), words["signer"].format(pemda=ws.info.opd_name)
    )
    canvas.setFont(BOLD, 11)
    shown = name or "(" + "." * 40 + ")"
    canvas.drawCentredString(centre, bottom + _mm(6), shown)
    if name:
        half = canvas.stringWidth(shown, BOLD, 11) / 2
        canvas.setLineWidth(0.6)
        canvas.line(centre - half, bottom + _mm(5), centre + half, bottom + _mm(5))
    canvas.setFont(REGULAR, 10)
    canvas.drawCentredString(
        centre, bottom + _mm(1), f"{words['nip']} {nip}" if nip else f"{words['nip']} " + "." * 30
    )
