"""A coordinator and its OPDs through real files: assignment out, signed submissions back."""

from __future__ import annotations

from evidence_files import make_image, make_pdf

from spbe_desktop.core.coordinator.exchange import workspace_from_assignment, write_assignment
from spbe_desktop.core.coordinator.store import add_opd, create_coordinator, set_owner
from spbe_desktop.core.evidence.store import attach_file
from spbe_desktop.core.export.submission import export_submission
from spbe_desktop.core.keys import generate_key

PASS = "kata-sandi-diskominfo"
OPD_PASS = "kata-sandi-opd-2025"


def build_cycle(tmp_path, instrument, opds, *, owners: bool = False, screenshots: bool = False):
    """`opds` maps an OPD name to (indicator numbers, level). Returns the open coordinator
    workspace and, per OPD name, (its open workspace, its exported package, the Opd)."""
    coord = create_coordinator(
        tmp_path / "kabupaten.spbews",
        pemda_name="Kabupaten Mamuju",
        instrument=instrument,
        period=2025,
    )
    generate_key(coord, PASS)
    shared_pdf = make_pdf(tmp_path / "perbup-spbe.pdf")
    packages = {}
    for shade, (name, (numbers, level)) in enumerate(opds.items()):
        opd = add_opd(coord, name)
        assignment = tmp_path / f"tugas-{opd.id[:8]}.spbe"
        write_assignment(coord, opd, [str(n) for n in numbers], "2025-06-30", assignment, PASS)
        if owners:
            for n in numbers:
                set_owner(coord, n, opd)
        ws = workspace_from_assignment(tmp_path / f"{opd.id[:8]}.spbews", assignment)
        generate_key(ws, OPD_PASS)
        for n in numbers:
            ws.set_answer(n, level=level, justification=f"{name}: bukti tersedia")
        attach_file(ws, numbers[0], shared_pdf)
        if screenshots:
            shot = make_image(tmp_path / f"layar-{opd.id[:8]}.png", color=(30, 90, 60 * shade))
            attach_file(ws, numbers[0], shot)
        out = tmp_path / f"kiriman-{opd.id[:8]}.spbe"
        export_submission(ws, out, OPD_PASS)
        packages[name] = (ws, out, opd)
    return coord, packages


def coordinator_with_levels(path, instrument, period, levels, name="Kab"):
    """A closed coordinator workspace whose OPDs' submitted answers are already in place:
    `levels` maps an OPD name to the level it answered every indicator with (each OPD owns
    the indicators whose number modulo the OPD count is its position)."""
    coord = create_coordinator(path, pemda_name=name, instrument=instrument, period=period)
    opds = [add_opd(coord, opd_name) for opd_name in levels]
    for ind in instrument.indicators:
        owner = opds[ind.number % len(opds)]
        set_owner(coord, ind.id, owner)
        level = levels[owner.name]
        coord.conn.execute(
            "INSERT INTO submitted_answers (opd_id, indicator_id, level, value, note) "
            "VALUES (?, ?, ?, ?, '')",
            (owner.id, ind.id, level, str(level)),
        )
    coord.close()
    return path
