"""Several files attached to one place with one progress over their total size."""

from pathlib import Path

import pytest

from spbe_desktop.core.errors import Cancelled
from spbe_desktop.core.evidence.attach_many import attach_files
from spbe_desktop.core.evidence.store import list_evidence


def _files(folder: Path) -> list[Path]:
    sizes = (3 * 1024 * 1024 + 17, 5, 70_000)
    paths = []
    for n, size in enumerate(sizes):
        path = folder / f"bukti-{n}.pdf"
        path.write_bytes(bytes([n + 1]) * size)
        paths.append(path)
    return paths


def test_files_land_on_the_item_with_their_dates_and_progress_over_the_total(workspace, tmp_path):
    files = _files(tmp_path)
    seen: list[tuple[int, int]] = []
    count = attach_files(
        workspace,
        3,
        files,
        level=2,
        item=1,
        dates={files[1]: "2026-03-04"},
        progress=lambda done, total, _name: seen.append((done, total)),
    )
    assert count == 3
    stored = {
        e.original_name: e for e in list_evidence(workspace, workspace.instrument.indicator(3).id)
    }
    assert set(stored) == {f.name for f in files}
    assert {(e.level, e.item) for e in stored.values()} == {(2, 1)}
    assert stored[files[1].name].document_date == "2026-03-04"
    total = sum(f.stat().st_size for f in files)
    assert {t for _, t in seen} == {total}
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] == total


def test_a_cancel_keeps_the_files_attached_before_it(workspace, tmp_path):
    files = _files(tmp_path)
    indicator_id = workspace.instrument.indicator(3).id

    class AfterFirstFile:
        def is_set(self) -> bool:
            return len(list_evidence(workspace, indicator_id)) >= 1

    small_first = [files[1], files[0], files[2]]
    with pytest.raises(Cancelled):
        attach_files(workspace, 3, small_first, cancel=AfterFirstFile())
    assert [e.original_name for e in list_evidence(workspace, indicator_id)] == [files[1].name]
