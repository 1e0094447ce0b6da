"""The long write's helper that flushes the workspace's file system while the write runs."""

from __future__ import annotations

import os
import sys
import threading
import time

import pytest

from spbe_desktop.core.workspace import early_flush


def _counting(calls: list[int], result: int = 0):
    def flush(handle: int) -> int:
        os.fstat(handle)  # a real, open descriptor
        calls.append(handle)
        return result

    return flush


def test_the_file_system_is_flushed_while_the_block_runs_and_not_after(tmp_path, monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(early_flush, "INTERVAL_SECONDS", 0.005)
    monkeypatch.setattr(early_flush, "_file_system_flush", lambda: _counting(calls))
    with early_flush.flushing_early(tmp_path):
        time.sleep(0.1)
    seen = len(calls)
    assert seen >= 2
    time.sleep(0.05)
    assert len(calls) == seen  # stopped with the block
    assert not any(t.name == "early-flush" for t in threading.enumerate())
    with pytest.raises(OSError):
        os.fstat(calls[0])  # the folder's handle is closed


def test_a_refused_flush_stops_the_helper_and_the_block_goes_on(tmp_path, monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(early_flush, "INTERVAL_SECONDS", 0.005)
    monkeypatch.setattr(early_flush, "_file_system_flush", lambda: _counting(calls, result=-1))
    with early_flush.flushing_early(tmp_path):
        time.sleep(0.05)
    assert len(calls) == 1


def test_the_helper_stops_when_the_block_fails(tmp_path, monkeypatch):
    monkeypatch.setattr(early_flush, "_file_system_flush", lambda: _counting([]))
    with pytest.raises(RuntimeError), early_flush.flushing_early(tmp_path):
        raise RuntimeError("gagal")
    assert not any(t.name == "early-flush" for t in threading.enumerate())


def test_without_a_way_to_flush_the_block_simply_runs(tmp_path, monkeypatch):
    monkeypatch.setattr(early_flush, "_file_system_flush", lambda: None)
    with early_flush.flushing_early(tmp_path):
        pass
    calls: list[int] = []
    monkeypatch.setattr(early_flush, "_file_system_flush", lambda: _counting(calls))
    with early_flush.flushing_early(tmp_path / "missing"):  # a folder that cannot be opened
        time.sleep(0.05)
    assert calls == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="syncfs is Linux's")
def test_linux_flushes_with_syncfs_on_the_folder(tmp_path):
    flush = early_flush._file_system_flush()
    assert flush is not None
    (tmp_path / "berkas.bin").write_bytes(os.urandom(1 << 20))
    handle = os.open(tmp_path, os.O_RDONLY)
    try:
        assert flush(handle) == 0
    finally:
        os.close(handle)


def test_a_large_attachment_is_flushed_while_it_is_stored_a_small_one_not(
    workspace, tmp_path, monkeypatch
):
    from contextlib import contextmanager

    from spbe_desktop.core.evidence import store

    folders = []

    @contextmanager
    def recording(folder):
        folders.append(folder)
        yield

    monkeypatch.setattr(store, "flushing_early", recording)
    monkeypatch.setattr(store, "FLUSH_EARLY_BYTES", 100_000)
    small, large = tmp_path / "kecil.pdf", tmp_path / "besar.pdf"
    small.write_bytes(b"%PDF-1.4 kecil")
    large.write_bytes(b"%PDF-1.4 " + os.urandom(200_000))
    indicator = workspace.instrument.indicators[0].id
    store.attach_file(workspace, indicator, small)
    assert folders == []
    store.attach_file(workspace, indicator, large)
    assert folders == [workspace.path.parent]
