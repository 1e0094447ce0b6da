"""The demo workspace: a realistic, partly filled self-assessment to explore the app with.

A Diskominfo of a (fictional) Kabupaten has answered about 60 % of the current instrument, with
Indonesian justifications and real evidence files (PDF decrees and reports, application
screenshots, a spreadsheet). Built once on first use; the workspace is assembled under a temporary
name and renamed at the end, so an interrupted build never leaves a half-filled demo behind.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path

from spbe_desktop.core.evidence.store import attach_file
from spbe_desktop.core.instrument.pack import default_pack_id, pack_by_id
from spbe_desktop.core.targets import set_targets
from spbe_desktop.core.workspace.workspace import Workspace

DEMO_FILE = "demo-diskominfo-sukamaju.spbews"
OPD_NAME = "Dinas Komunikasi dan Informatika Kabupaten Sukamaju"
DEMO_TARGET = "3.00"  # the Pemda's target index, shown on the overview
REGION = "Kabupaten Sukamaju"

# Per indicator number: level (or None), justification, external score, evidence files.
# An evidence file is (kind, file name, title, lines): kind is pdf, png or xlsx.
Evidence = tuple[str, str, str, tuple[str, ...]]
ANSWERS: dict[int, tuple[int | None, str, str | None, tuple[Evidence, ...]]] = {
    1: (
        3,
        "Tata kelola Pemerintah Digital telah ditetapkan melalui Peraturan Bupati Sukamaju "
        "Nomor 12 Tahun 2025 dan Tim Koordinasi Pemdi rutin rapat setiap triwulan. Reviu "
        "berkala belum dilaksanakan, sehingga tingkat 4 belum terpenuhi.",
        None,
        (
            (
                "pdf",
                "Perbup-12-2025-Tata-Kelola-Pemdi.pdf",
                "PERATURAN BUPATI SUKAMAJU NOMOR 12 TAHUN 2025",
                (
                    "tentang Tata Kelola Pemerintah Digital",
                    "Pasal 1: Pemerintah Digital dilaksanakan secara terpadu.",
                    "Pasal 2: Tim Koordinasi Pemdi dipimpin oleh Sekretaris Daerah.",
                    "Pasal 3: Diskominfo menjadi koordinator pelaksana harian.",
                ),
            ),
            (
                "pdf",
                "Notulen-Rapat-Tim-Koordinasi-Triwulan-II.pdf",
                "NOTULEN RAPAT TIM KOORDINASI PEMERINTAH DIGITAL",
                (
                    "Hari/tanggal: Kamis, 12 Juni 2026, Ruang Rapat Sekda",
                    "Agenda: evaluasi rencana aksi Pemdi triwulan II",
                    "Keputusan: percepatan integrasi aplikasi kepegawaian.",
                ),
            ),
        ),
    ),
    2: (
        2,
        "Manajemen layanan digital sudah memiliki SOP pengelolaan layanan dan helpdesk, tetapi "
        "belum diterapkan di seluruh perangkat daerah.",
        None,
        (
            (
                "pdf",
                "SOP-Manajemen-Layanan-Digital.pdf",
                "STANDAR OPERASIONAL PROSEDUR MANAJEMEN LAYANAN DIGITAL",
                (
                    "Nomor SOP: 045/017/Diskominfo/2025",
                    "1. Permintaan layanan dicatat di aplikasi helpdesk.",
                    "2. Petugas menindaklanjuti paling lambat 2 x 24 jam.",
                    "3. Penyelesaian dilaporkan kepada pemohon.",
                ),
            ),
        ),
    ),
    3: (
        3,
        "Kebutuhan SDM TIK sudah dipetakan dan 14 pegawai telah mengikuti sertifikasi "
        "kompetensi; rekap terlampir.",
        None,
        (("xlsx", "Rekap-Sertifikasi-SDM-TIK-2026.xlsx", "Rekap SDM TIK", ()),),
    ),
    4: (
        2,
        "Kolaborasi dengan BPS Kabupaten dan perguruan tinggi setempat sudah berjalan melalui "
        "perjanjian kerja sama, belum mencakup instansi pusat lain.",
        None,
        (
            (
                "pdf",
                "PKS-Diskominfo-BPS-2026.pdf",
                "PERJANJIAN KERJA SAMA",
                (
                    "antara Dinas Komunikasi dan Informatika Kabupaten Sukamaju",
                    "dan Badan Pusat Statistik Kabupaten Sukamaju",
                    "tentang Pemanfaatan Data Statistik Sektoral",
                ),
            ),
        ),
    ),
    5: (
        None,
        "Nilai Indeks Satu Data Indonesia diambil dari hasil penilaian Bappenas tahun berjalan.",
        "58.40",
        (),
    ),
    8: (
        2,
        "Pemberitahuan pelindungan data pribadi sudah dimuat di portal, namun penilaian dampak "
        "pelindungan data pribadi belum dilakukan.",
        None,
        (),
    ),
    10: (
        3,
        "Kebijakan keamanan informasi sudah ditetapkan dan audit keamanan internal dilaksanakan "
        "setiap tahun oleh Diskominfo bersama BSSN.",
        None,
        (
            (
                "pdf",
                "Laporan-Audit-Keamanan-2026.pdf",
                "LAPORAN AUDIT KEAMANAN INFORMASI TAHUN 2026",
                (
                    "Ruang lingkup: pusat data, jaringan intra pemerintah, 12 aplikasi",
                    "Temuan: 3 kerentanan sedang, 0 kerentanan tinggi",
                    "Tindak lanjut: seluruh temuan ditutup per 30 September 2026",
                ),
            ),
        ),
    ),
    13: (
        3,
        "Aplikasi umum berbagi pakai (e-Kinerja, SRIKANDI) sudah digunakan seluruh perangkat "
        "daerah; daftar aplikasi dan tangkapan layar terlampir.",
        None,
        (
            ("xlsx", "Daftar-Aplikasi-Pemda-2026.xlsx", "Daftar Aplikasi", ()),
            (
                "png",
                "Tangkapan-Layar-eKinerja.png",
                "e-Kinerja Kabupaten Sukamaju",
                ("Dasbor kinerja pegawai", "Capaian SKP", "Rencana aksi", "Laporan bulanan"),
            ),
        ),
    ),
    14: (
        3,
        "Pusat data pemerintah daerah dikelola dengan pemantauan 24 jam dan jaringan intra "
        "menghubungkan 38 perangkat daerah.",
        None,
        (
            (
                "png",
                "Tangkapan-Layar-Monitoring-Pusat-Data.png",
                "Monitoring Pusat Data",
                ("Server aktif: 24", "Utilisasi CPU: 41%", "Jaringan intra: 38 OPD terhubung"),
            ),
        ),
    ),
    17: (
        2,
        "Portal layanan sukamajukab.go.id memuat 27 layanan, sebagian masih berupa informasi dan "
        "formulir unduhan.",
        None,
        (
            (
                "png",
                "Tangkapan-Layar-Portal-Layanan.png",
                "Portal Layanan Kabupaten Sukamaju",
                ("Perizinan", "Kependudukan", "Kesehatan", "Pengaduan"),
            ),
        ),
    ),
    19: (
        3,
        "Fasilitas dukungan pengguna tersedia melalui helpdesk, WhatsApp resmi, dan layanan "
        "tatap muka di Mal Pelayanan Publik.",
        None,
        (
            (
                "pdf",
                "SOP-Helpdesk-Layanan-Digital.pdf",
                "SOP HELPDESK LAYANAN DIGITAL",
                ("Kanal: telepon, WhatsApp, surel, tatap muka", "Waktu layanan: 07.30–16.00"),
            ),
            (
                "png",
                "Tangkapan-Layar-Helpdesk.png",
                "Helpdesk Diskominfo",
                ("Tiket baru: 12", "Diproses: 5", "Selesai bulan ini: 143"),
            ),
        ),
    ),
    20: (
        2,
        "Survei kepuasan pengguna dilakukan sekali setahun; hasilnya belum ditindaklanjuti "
        "secara terdokumentasi.",
        None,
        (("xlsx", "Hasil-Survei-Kepuasan-Pengguna-2026.xlsx", "Survei Kepuasan", ()),),
    ),
    16: (
        None,
        "",
        None,
        (
            (
                "pdf",
                "Notulen-Integrasi-Aplikasi.pdf",
                "NOTULEN RAPAT INTEGRASI APLIKASI",
                ("Pembahasan integrasi aplikasi kepegawaian dengan BKN",),
            ),
        ),
    ),
}


def demo_path(folder: str | Path) -> Path:
    return Path(folder) / DEMO_FILE


def ensure_demo_workspace(folder: str | Path) -> Path:
    """The demo workspace in `folder`, built on first use; returns its path."""
    folder = Path(folder)
    target = demo_path(folder)
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    files = folder / "bukti-contoh"
    files.mkdir(exist_ok=True)
    for stale in folder.glob(f"{DEMO_FILE}.*.building*"):  # left by an interrupted build
        with contextlib.suppress(OSError):
            stale.unlink()
    building = folder / f"{DEMO_FILE}.{os.getpid()}.building"
    period = date.today().year
    ws = Workspace.create(
        building, opd_name=OPD_NAME, instrument=pack_by_id(default_pack_id(period)), period=period
    )
    try:
        _fill(ws, files)
    finally:
        ws.close()
        # The lock file of the temporary name would otherwise stay behind.
        Path(f"{building}.lock").unlink(missing_ok=True)
    os.replace(building, target)
    return target


def _fill(ws: Workspace, files: Path) -> None:
    set_targets(ws, DEMO_TARGET)  # as the Diskominfo's assignment would bring it
    for number, (level, note, external, evidence) in ANSWERS.items():
        if number > len(ws.instrument.indicators):
            continue
        ind = ws.instrument.indicator(number)
        fields: dict = {"justification": note}
        if level is not None:
            fields["level"] = level
        if external is not None and ind.external is not None:
            fields["external_score"] = Decimal(external)
        ws.set_answer(ind.id, **fields)
        # Each file goes on the next item, from level 1 up: the last ones claimed may stay open.
        places = [
            (lv, n)
            for lv in range(1, (level or 1) + 1)
            for n in range(1, len(ind.items.get(lv, ())) + 1)
        ]
        for position, (kind, name, title, lines) in enumerate(evidence):
            path = files / name
            if not path.exists():
                MAKERS[kind](path, title, lines)
            lv, n = places[min(position, len(places) - 1)] if places else (None, None)
            attach_file(ws, ind.id, path, level=lv, item=n, document_date=f"{ws.info.period}-02-15")


def make_pdf(path: Path, title: str, lines: Iterable[str]) -> Path:
    """A one-page letter-style document with the regency's heading."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    width, height = A4
    pdf.setTitle(title)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawCentredString(width / 2, height - 70, f"PEMERINTAH {REGION.upper()}")
    pdf.setFont("Helvetica", 11)
    pdf.drawCentredString(width / 2, height - 88, "Jl. Merdeka No. 1, Sukamaju — sukamajukab.go.id")
    pdf.setLineWidth(1.5)
    pdf.line(60, height - 98, width - 60, height - 98)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawCentredString(width / 2, height - 135, title)
    pdf.setFont("Helvetica", 11)
    y = height - 175
    for line in lines:
        pdf.drawString(72, y, line)
        y -= 20
    pdf.drawString(width - 250, 180, "Sukamaju, 15 Juli 2026")
    pdf.drawString(width - 250, 162, "Kepala Dinas,")
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(width - 250, 100, "Drs. Bambang Wicaksono, M.Si.")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(width - 250, 86, "NIP 19700512 199403 1 007")
    pdf.showPage()
    pdf.save()
    return path


def make_png(path: Path, title: str, lines: Iterable[str]) -> Path:
    """A screenshot-like picture of a web application."""
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("RGB", (960, 600), "#f3f5f8")
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=18)
    big = ImageFont.load_default(size=26)
    draw.rectangle((0, 0, 960, 36), fill="#dde1e6")
    draw.rounded_rectangle((120, 7, 840, 29), radius=8, fill="white")
    draw.text((135, 9), "https://sukamajukab.go.id", fill="#333", font=font)
    draw.rectangle((0, 36, 960, 100), fill="#1f5fa8")
    draw.text((30, 52), title, fill="white", font=big)
    draw.rectangle((0, 100, 200, 600), fill="#e8edf3")
    for n, line in enumerate(lines):
        draw.text((20, 130 + 40 * n), line, fill="#1f3a5f", font=font)
        draw.rounded_rectangle(
            (230 + (n % 2) * 360, 130 + (n // 2) * 150, 560 + (n % 2) * 360, 250 + (n // 2) * 150),
            radius=10,
            fill="white",
            outline="#c5ccd6",
        )
        draw.text((250 + (n % 2) * 360, 150 + (n // 2) * 150), line, fill="#333", font=font)
        bar = 60 + (n * 47) % 220
        box_x, box_y = 250 + (n % 2) * 360, 200 + (n // 2) * 150
        draw.rectangle((box_x, box_y, box_x + bar, box_y + 16), fill="#4caf50")
    img.save(path, optimize=True)
    return path


def make_xlsx(path: Path, title: str, lines: Iterable[str]) -> Path:
    """A spreadsheet of the kind OPDs keep: a list with a header row."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    rows = XLSX_ROWS.get(title, XLSX_ROWS["Daftar Aplikasi"])
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column, width in zip("ABCD", (6, 44, 30, 18), strict=False):
        sheet.column_dimensions[column].width = width
    book.save(path)
    return path


XLSX_ROWS: dict[str, list[tuple]] = {
    "Daftar Aplikasi": [
        ("No", "Nama aplikasi", "Pengelola", "Status"),
        (1, "e-Kinerja", "BKPSDM", "Aktif"),
        (2, "SRIKANDI (arsip dinamis)", "Bagian Umum Setda", "Aktif"),
        (3, "SIPD (perencanaan dan keuangan)", "Bappeda / BPKAD", "Aktif"),
        (4, "Portal Layanan Publik", "Diskominfo", "Aktif"),
        (5, "SIMPEG", "BKPSDM", "Integrasi dengan BKN"),
        (6, "Aplikasi Perizinan (OSS daerah)", "DPMPTSP", "Aktif"),
    ],
    "Rekap SDM TIK": [
        ("No", "Nama", "Jabatan", "Sertifikasi"),
        (1, "Rina Marlina, S.Kom.", "Pranata Komputer Ahli Muda", "CompTIA Security+"),
        (2, "Agus Setiawan, S.T.", "Pranata Komputer Ahli Pertama", "Cisco CCNA"),
        (3, "Dewi Lestari, S.Kom.", "Statistisi Ahli Pertama", "BNSP Data Analyst"),
        (4, "Hendra Gunawan, A.Md.", "Pranata Komputer Terampil", "BNSP Junior Network"),
    ],
    "Survei Kepuasan": [
        ("No", "Layanan", "Responden", "Indeks kepuasan"),
        (1, "Portal Layanan Publik", 412, 3.42),
        (2, "Helpdesk", 188, 3.61),
        (3, "Jaringan intra pemerintah", 96, 3.18),
    ],
}

MAKERS = {"pdf": make_pdf, "png": make_png, "xlsx": make_xlsx}
