"""Kill a process in the middle of attaching a large file, again and again.

After every kill the workspace must pass SQLite's integrity check, keep every answer committed
before, and hold the attachment either wholly or not at all.
"""

import hashlib
import os
import random
import signal
import subprocess
import sys
import time

from evidence_files import make_large_file

from spbe_desktop.core.evidence.content import iter_content
from spbe_desktop.core.evidence.store import list_evidence
from spbe_desktop.core.workspace import audit
from spbe_desktop.core.workspace.workspace import Workspace

TRIALS = int(os.environ.get("SPBE_CRASH_TRIALS", "24"))
SIZE = 48 * 1024 * 1024

CHILD = """
import sys
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.core.evidence.store import attach_file
ws = Workspace.open(sys.argv[1])
ws.set_answer(int(sys.argv[3]), level=3, justification="trial " + sys.argv[3])
print("answered", flush=True)
attach_file(ws, int(sys.argv[3]), sys.argv[2])
ws.close()
print("done", flush=True)
"""


def stamp(path, trial):
    with path.open("r+b") as fh:
        fh.write(trial.to_bytes(8, "big"))
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def run_child(ws_path, big, indicator, kill_after=None):
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ws_path), str(big), str(indicator)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    if kill_after is None:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err.decode()
        return out.decode()
    time.sleep(kill_after)
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=60)
    return out.decode()


def test_sigkill_during_attach_never_damages_the_workspace(tmp_path, spbe2020):
    ws_path = tmp_path / "crash.spbews"
    Workspace.create(ws_path, opd_name="Inspektorat", instrument=spbe2020, period=2025).close()
    big = make_large_file(tmp_path / "laporan-audit.bin", SIZE)

    started = time.perf_counter()
    run_child(ws_path, big, 1)
    full = time.perf_counter() - started

    rng = random.Random(20261124)
    committed_answers = {1}
    outcomes = {"present": 0, "absent": 0}
    for trial in range(2, TRIALS + 2):
        sha = stamp(big, trial)
        output = run_child(ws_path, big, trial, kill_after=rng.uniform(0.05, full * 1.1))
        if "answered" in output:
            committed_answers.add(trial)
        with Workspace.open(ws_path) as ws:
            assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            answers = ws.answers()
            for number in committed_answers:
                assert answers[ws.instrument.indicator(number).id].level == 3
            assert (
                ws.conn.execute("SELECT COUNT(*) FROM blobs WHERE sha256 IS NULL").fetchone()[0]
                == 0
            )
            items = [e for e in list_evidence(ws, trial) if e.sha256 == sha]
            if items:
                outcomes["present"] += 1
                h = hashlib.sha256()
                for chunk in iter_content(ws, sha):
                    h.update(chunk)
                assert h.hexdigest() == sha and items[0].size == SIZE
            else:
                outcomes["absent"] += 1
            assert audit.first_broken(list(audit.records(ws.conn))) is None
    assert sum(outcomes.values()) == TRIALS
    # The kill moments spread over the whole attach: both outcomes occur.
    assert outcomes["absent"] > 0
