"""The coordinator demo: a Pemda with six OPDs in the middle of an evaluation cycle.

Built through the real core functions, as a Diskominfo and its OPDs would: assignments signed by
the coordinator, OPD workspaces made from them, signed submissions imported (two revisions for
one OPD after a review), a conflict decided and one left open, review notes, earlier periods, a
round of the Pemda's internal assessment team (items accepted and two sent back, so the assessed
index stands beside the claimed one) and one OPD that has sent nothing yet. The demo keys share
one published passphrase and a cheap key derivation (they protect nothing), so the whole cycle
takes seconds to build. Assembled under a temporary name and renamed at the end, like the OPD
demo.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from spbe_desktop.core.assessment.store import set_verdict, typed_round
from spbe_desktop.core.coordinator.exchange import (
    receive_review,
    workspace_from_assignment,
    write_assignment,
    write_review,
)
from spbe_desktop.core.coordinator.importer import import_packages
from spbe_desktop.core.coordinator.store import (
    Opd,
    add_earlier_result,
    add_opd,
    create_coordinator,
    record_decision,
    set_owner,
    set_review,
)
from spbe_desktop.core.demo import REGION, make_pdf, make_png
from spbe_desktop.core.evidence.items import all_items
from spbe_desktop.core.evidence.store import attach_file, list_evidence, remove_evidence
from spbe_desktop.core.export.submission import META_REVISION, export_submission
from spbe_desktop.core.files import safe_name
from spbe_desktop.core.instrument.pack import Instrument, default_pack_id, pack_by_id, text
from spbe_desktop.core.jobs import ProgressFn, no_progress
from spbe_desktop.core.keys import generate_key
from spbe_desktop.core.workspace.workspace import Workspace

COORD_DEMO_FILE = "demo-koordinator-kabupaten-sukamaju.spbews"
DEMO_PASSPHRASE = "demo-sukamaju"  # the coordinator's and every demo OPD's: shown to the user
DEMO_SCRYPT_N = 2**10
FILES = "koordinator-contoh"


class DemoOpd(NamedTuple):
    name: str
    answers: dict[int, int | str]  # indicator number → level, or the score of an external index
    sends: bool = True


# Numbers follow Pemdi-2026; an instrument with fewer indicators skips the numbers it lacks.
OPDS = (
    DemoOpd(
        "Dinas Komunikasi dan Informatika",
        {1: 3, 2: 2, 5: "58.40", 10: 3, 11: 2, 12: 2, 13: 3, 14: 3, 16: 2, 17: 3, 18: 2},
    ),
    DemoOpd("Badan Perencanaan Pembangunan Daerah", {1: 2, 4: 2, 15: 2}),
    DemoOpd("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", {3: 3}),
    DemoOpd("Inspektorat", {9: 2}),
    DemoOpd("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", {17: 2, 19: 3, 20: 2}),
    DemoOpd("Badan Pengelolaan Keuangan dan Aset Daerah", {8: 2, 6: 1, 7: 1}, sends=False),
)
CONFLICTS = {1, 17}  # answered by two OPDs, no owner: the coordinator decides
DECISION = (
    1,
    3,
    "Perbup tata kelola sudah ditetapkan dan bukti rapat Tim Koordinasi dari Diskominfo "
    "lengkap; Bappeda melampirkan rancangan.",
)
WRONG_FILE = (
    9,
    "SK-Tim-Asesor-Internal.pdf",
    "KEPUTUSAN BUPATI SUKAMAJU",
    ("tentang Tim Asesor Internal Pemerintah Digital",),
)
RIGHT_FILE = (
    9,
    "SK-Tim-Audit-Keamanan.pdf",
    "KEPUTUSAN BUPATI SUKAMAJU",
    ("tentang Tim Audit Keamanan dan Teknologi Pemerintah Digital",),
)
REVIEWS = {  # OPD position → indicator → (status, note)
    1: {1: ("diterima", ""), 4: ("diterima", ""), 15: ("diterima", "")},
    3: {9: ("revisi", "Yang diunggah SK Tim Asesor Internal; unggah SK Tim Audit keamanan.")},
    4: {
        19: ("revisi", "Unggah tangkapan layar dasbor pemantauan SLA, bukan daftar layanan."),
        20: ("diterima", ""),
    },
}
EARLIER = (("2.12", 2), ("2.41", 1))  # (index, years before the period)
# The internal team's round ("mandiri"): indicator → (levels whose items it accepted, the item it
# sent back as (level, note), or None).
INTERNAL_ROUND = {
    10: (2, (3, "Notulen rapat Tim Koordinasi belum ditandatangani ketua tim.")),
    13: (3, None),
    14: (2, (3, "Tangkapan layar pemantauan pusat data tidak bertanggal.")),
    4: (2, None),
}


def coordinator_demo_path(folder: str | Path) -> Path:
    return Path(folder) / COORD_DEMO_FILE


def ensure_coordinator_demo(folder: str | Path, progress: ProgressFn = no_progress) -> Path:
    """The coordinator demo in `folder`, built on first use; returns its path."""
    folder = Path(folder)
    target = coordinator_demo_path(folder)
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob(f"{COORD_DEMO_FILE}.*.building*"):  # left by an interrupted build
        with contextlib.suppress(OSError):
            stale.unlink()
    files = folder / FILES
    shutil.rmtree(files, ignore_errors=True)  # OPD workspaces of an interrupted build
    files.mkdir()
    building = folder / f"{COORD_DEMO_FILE}.{os.getpid()}.building"
    period = date.today().year
    instrument = pack_by_id(default_pack_id(period))
    coord = create_coordinator(building, pemda_name=REGION, instrument=instrument, period=period)
    try:
        _cycle(coord, instrument, files, progress)
    finally:
        coord.close()
        Path(f"{building}.lock").unlink(missing_ok=True)
    os.replace(building, target)
    return target


def _cycle(coord: Workspace, inst: Instrument, files: Path, progress: ProgressFn) -> None:
    generate_key(coord, DEMO_PASSPHRASE, scrypt_n=DEMO_SCRYPT_N)
    count = len(inst.indicators)
    opds: list[tuple[Opd, Workspace | None]] = []
    for position, demo in enumerate(OPDS):
        progress(position, len(OPDS) + 2, demo.name)
        answers = {n: lv for n, lv in demo.answers.items() if n <= count}
        opd = add_opd(coord, demo.name)
        for number in answers:
            if number not in CONFLICTS:
                set_owner(coord, number, opd)
        tugas = files / f"penugasan-{position + 1}.spbe"
        deadline = date(int(coord.info.period), 9, 30).isoformat()
        write_assignment(coord, opd, [str(n) for n in answers], deadline, tugas, DEMO_PASSPHRASE)
        ws = None
        if demo.sends:
            ws = workspace_from_assignment(files / f"opd-{position + 1}.spbews", tugas)
            generate_key(ws, DEMO_PASSPHRASE, scrypt_n=DEMO_SCRYPT_N)
            _answer(ws, inst, demo, answers, files)
            _send(coord, ws, files, position)
        opds.append((opd, ws))
    progress(len(OPDS), len(OPDS) + 2, "")
    _review_round(coord, inst, opds, files)
    if DECISION[0] <= count:
        record_decision(coord, DECISION[0], Decimal(DECISION[1]), DECISION[2])
    for index, years_before in EARLIER:
        period = str(int(coord.info.period) - years_before)
        add_earlier_result(coord, period, index, f"Laporan Hasil Evaluasi {period} (KemenPANRB)")
    _internal_round(coord, inst)
    for _opd, ws in opds:
        if ws is not None:
            ws.close()


def _answer(ws: Workspace, inst: Instrument, demo: DemoOpd, answers: dict, files: Path) -> None:
    for number, level in answers.items():
        ind = inst.indicator(number)
        name = text(ind.short_name)
        if isinstance(level, str):
            if ind.external is not None:
                source = text(ind.external.source)
                ws.set_answer(
                    ind.id, external_score=Decimal(level), justification=f"Skor {source}."
                )
            continue
        ws.set_answer(
            ind.id,
            level=level,
            justification=f"{name}: dilaksanakan {demo.name} sesuai kriteria level {level}; bukti terlampir.",
        )
        if (number, demo.name) == (WRONG_FILE[0], "Inspektorat"):
            _attach(ws, ind.id, files, *WRONG_FILE[1:])
            continue
        title = f"LAPORAN {name.upper()}"[:70]
        lines = (f"{demo.name}", f"Tahun {ws.info.period}", f"Capaian: level {level}")
        _attach(
            ws, ind.id, files, f"Laporan-{ind.id}-{safe_name(demo.name)[:40]}.pdf", title, lines
        )
        if level >= 3:
            shot = files / f"Tangkapan-Layar-{ind.id}-{safe_name(demo.name)[:40]}.png"
            make_png(shot, name[:40], (demo.name[:28], f"Level {level}", "Aktif"))
            attach_file(ws, ind.id, shot)


def _attach(ws: Workspace, ind_id: str, files: Path, name: str, title: str, lines) -> None:
    path = files / name
    if not path.exists():
        make_pdf(path, title, lines)
    attach_file(ws, ind_id, path)


def _send(coord: Workspace, ws: Workspace, files: Path, position: int) -> None:
    revision = int(ws.meta(META_REVISION) or "0") + 1
    out = files / f"kiriman-{position + 1}-rev{revision}.spbe"
    export_submission(ws, out, DEMO_PASSPHRASE)
    import_packages(coord, [out], trust_new_keys=True)


def _review_round(coord: Workspace, inst: Instrument, opds: list, files: Path) -> None:
    """Review marks; the Inspektorat gets its notes, fixes the decree and sends revision 2."""
    count = len(inst.indicators)
    for position, marks in REVIEWS.items():
        opd, ws = opds[position]
        for number, (status, note) in marks.items():
            if number <= count:
                set_review(coord, opd, number, status, note)
        review = files / f"reviu-{position + 1}.spbe"
        write_review(coord, opd, review, DEMO_PASSPHRASE)
        receive_review(ws, review)
    opd, ws = opds[3]
    number = WRONG_FILE[0]
    if number <= count:
        ind = inst.indicator(number)
        for item in list_evidence(ws, ind.id):
            if item.original_name == WRONG_FILE[1]:
                remove_evidence(ws, item.id)
        _attach(ws, ind.id, files, *RIGHT_FILE[1:])
        _send(coord, ws, files, 3)
        set_review(coord, opd, number, "diterima", "SK Tim Audit sudah sesuai.")


def _internal_round(coord: Workspace, inst: Instrument) -> None:
    """The Pemda's internal assessment team goes through a few indicators before the assessors
    do: the items of the lower levels accepted, one item sent back with its reason."""
    count = len(inst.indicators)
    when = date(int(coord.info.period), 8, 14).isoformat()
    round_id = typed_round(coord, "mandiri", when)
    items = all_items(coord)
    for number, (accepted_to, sent_back) in INTERNAL_ROUND.items():
        if number > count:
            continue
        ind = inst.indicator(number)
        for level in range(1, accepted_to + 1):
            for item in items[ind.id].get(level, []):
                if not item.retired:
                    set_verdict(coord, round_id, ind.id, level, item.number, "diterima")
        if sent_back is not None:
            level, note = sent_back
            set_verdict(coord, round_id, ind.id, level, 1, "revisi", note)
