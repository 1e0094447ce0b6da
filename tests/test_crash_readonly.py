"""Kill writers at random moments; the first command afterwards only reads, and it must work.

Three kinds of writer take turns: `spbe attach` of a large file, a program saving answers one by
one, and `spbe answer --from` a sheet with long justifications (one transaction). After every
SIGKILL (every other one at any moment, the others soon after a transaction began) the first
command run is `spbe status --json` (a read-only open, in its own process): it
must succeed, and every answer committed before the kill must be in it. Then the workspace is read
once more to check what status does not print: the justifications, atomicity, the evidence content
and the audit chain.

SPBE_CRASH_TRIALS sets the number of kills (CI runs a bounded number; run 100 or more by hand).
"""

import csv
import hashlib
import json
import os
import random
import signal
import subprocess
import sys
import time

import pytest
from crashing import is_hot, journal_of
from evidence_files import make_large_file

from spbe_desktop.core.evidence.content import iter_content
from spbe_desktop.core.evidence.store import list_evidence
from spbe_desktop.core.workspace import audit
from spbe_desktop.core.workspace.workspace import Workspace

TRIALS = int(os.environ.get("SPBE_CRASH_TRIALS", "21"))
SEED = int(os.environ.get("SPBE_CRASH_SEED", "20261125"))
SIZE = 24 * 1024 * 1024
LOOP = 150  # answers saved one by one by the answering program
NOTE = "Perbup No. 12/2024 tentang SPBE, pasal 3 ayat 2. " * 40
LONG = NOTE * 40  # a sheet's justifications outgrow SQLite's page cache: pages reach the file
SPBE = [sys.executable, "-m", "spbe_desktop.cli"]

ANSWERING = f"""
import sys
from spbe_desktop.core.workspace.workspace import Workspace
ws = Workspace.open(sys.argv[1])
trial = int(sys.argv[2])
for i in range({LOOP}):
    number, level = i % 47 + 1, (trial + i) % 5 + 1
    ws.set_answer(number, level=level, justification=f"t{{trial}}-{{i}} {NOTE}")
    print(number, level, f"t{{trial}}-{{i}}", flush=True)
ws.close()
"""


def loop_write(trial, i):
    return i % 47 + 1, (trial + i) % 5 + 1, f"t{trial}-{i}"


def sheet_rows(trial):
    return [(n, (trial + n) % 5 + 1, f"s{trial}-{n}") for n in range(1, 48)]


class Model:
    """What the workspace must hold: per indicator the committed (level, tag), and the writes
    whose commit the kill may or may not have reached."""

    def __init__(self):
        self.committed = {}
        self.maybe = {}  # number → the (level, tag) that may have been committed
        self.sheet = None  # rows of an unconfirmed sheet: all of them or none
        self.evidence = {}  # number → evidence count known to be there
        self.maybe_evidence = None  # (number, sha256) of an unconfirmed attachment

    def settle(self, ws):
        """Check the workspace against the model, then make the model what the workspace holds."""
        answers = ws.answers()

        def held(number):
            answer = answers.get(ws.instrument.indicator(number).id)
            return None if answer is None else (answer.level, answer.justification.split(" ", 1)[0])

        if self.sheet is not None:
            new = [held(n) == (level, tag) for n, level, tag in self.sheet]
            assert all(new) or not any(new), "a sheet was saved in part"
            if all(new):
                self.committed.update({n: (level, tag) for n, level, tag in self.sheet})
        for number, value in self.maybe.items():
            if held(number) == value:
                self.committed[number] = value
        for number in range(1, 48):
            assert held(number) == self.committed.get(number), f"indicator {number}"
        self.maybe, self.sheet = {}, None


def run_killed(command, wait):
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wait(proc)
    proc.send_signal(signal.SIGKILL)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out.decode(), err.decode()


def at_random(rng, full):
    """Any moment of the run, start-up included."""
    return lambda proc: time.sleep(rng.uniform(0.05, full * 1.1))


def while_writing(rng, journal, within):
    """A random moment soon after a transaction began (its rollback journal appeared)."""

    def wait(proc):
        deadline = time.monotonic() + 60
        while not journal.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.001)
        time.sleep(rng.uniform(0, within))

    return wait


def timed(command):
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    return time.perf_counter() - started, done.stdout.decode()


def first_read(ws_path):
    done = subprocess.run(
        [*SPBE, "status", str(ws_path), "--json"], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert not is_hot(ws_path)
    return json.loads(done.stdout)


@pytest.mark.slow
def test_the_first_read_after_any_kill_succeeds_with_every_committed_answer(tmp_path, spbe2020):
    ws_path = tmp_path / "crash.spbews"
    Workspace.create(ws_path, opd_name="Inspektorat", instrument=spbe2020, period=2025).close()
    big = make_large_file(tmp_path / "laporan-audit.bin", SIZE)
    sheet = tmp_path / "jawaban.csv"
    model = Model()

    def attach_command(number):
        return [*SPBE, "attach", str(ws_path), str(number), str(big), "--level", "2"]

    def write_sheet(trial):
        with sheet.open("w", newline="", encoding="utf-8") as fh:
            out = csv.writer(fh)
            out.writerow(["indicator", "level", "note"])
            out.writerows([n, level, f"{tag} {LONG}"] for n, level, tag in sheet_rows(trial))

    # One full run of each writer (not killed) measures how long the kill window is.
    attach_time, _ = timed(attach_command(47))
    model.evidence[47] = 1
    loop_time, out = timed([sys.executable, "-c", ANSWERING, str(ws_path), "0"])
    model.committed.update({n: (lv, t) for n, lv, t in (loop_write(0, i) for i in range(LOOP))})
    write_sheet(1)
    sheet_time, _ = timed([*SPBE, "answer", str(ws_path), "--from", str(sheet)])
    model.committed.update({n: (lv, t) for n, lv, t in sheet_rows(1)})

    rng = random.Random(SEED)
    journal = journal_of(ws_path)
    kinds = {"attach": 0, "answers": 0, "sheet": 0}
    hot = {"attach": 0, "answers": 0, "sheet": 0}  # kills that left a hot journal
    for trial in range(2, TRIALS + 2):
        kind = ("attach", "answers", "sheet")[trial % 3]
        kinds[kind] += 1
        anytime = trial % 2 == 0  # else: while a transaction is under way
        if journal.exists() and not is_hot(ws_path):
            journal.unlink()  # an empty journal a kill left, which SQLite ignores: not a signal
        if kind == "attach":
            number = trial % 46 + 1
            with big.open("r+b") as fh:
                fh.write(trial.to_bytes(8, "big"))
            sha = hashlib.sha256(big.read_bytes()).hexdigest()
            when = (
                at_random(rng, attach_time)
                if anytime
                else while_writing(rng, journal, attach_time * 0.4)
            )
            _, out, _ = run_killed(attach_command(number), when)
            model.maybe_evidence = (number, sha)
            if "Dilampirkan" in out:
                model.evidence[number] = model.evidence.get(number, 0) + 1
                model.maybe_evidence = None
        elif kind == "answers":
            command = [sys.executable, "-c", ANSWERING, str(ws_path), str(trial)]
            when = at_random(rng, loop_time) if anytime else while_writing(rng, journal, 0.015)
            _, out, _ = run_killed(command, when)
            printed = out.splitlines()
            for i in range(len(printed)):
                number, level, tag = loop_write(trial, i)
                model.committed[number] = (level, tag)
            if len(printed) < LOOP:
                number, level, tag = loop_write(trial, len(printed))
                model.maybe[number] = (level, tag)
        else:
            write_sheet(trial)
            command = [*SPBE, "answer", str(ws_path), "--from", str(sheet)]
            when = (
                at_random(rng, sheet_time)
                if anytime
                else while_writing(rng, journal, sheet_time * 0.2)
            )
            _, out, _ = run_killed(command, when)
            model.sheet = sheet_rows(trial)

        hot[kind] += is_hot(ws_path)
        status = first_read(ws_path)
        levels = {i["number"]: i["level"] for i in status["indicators"]}
        counts = {i["number"]: i["evidence_count"] for i in status["indicators"]}
        unsure = set(model.maybe) | {n for n, _lv, _t in model.sheet or ()}
        for number, (level, _tag) in model.committed.items():
            if number not in unsure:
                assert levels[number] == level, f"trial {trial} ({kind}): indicator {number}"

        with Workspace.open(ws_path, read_only=True) as ws:
            model.settle(ws)
            assert {n: levels[n] for n in model.committed} == {
                n: lv for n, (lv, _t) in model.committed.items()
            }
            if model.maybe_evidence is not None:
                number, sha = model.maybe_evidence
                items = [e for e in list_evidence(ws, number) if e.sha256 == sha]
                if items:
                    h = hashlib.sha256()
                    for chunk in iter_content(ws, sha):
                        h.update(chunk)
                    assert h.hexdigest() == sha and items[0].size == SIZE
                    model.evidence[number] = model.evidence.get(number, 0) + 1
                model.maybe_evidence = None
            assert {n: c for n, c in counts.items() if c} == model.evidence
            assert (
                ws.conn.execute("SELECT COUNT(*) FROM blobs WHERE sha256 IS NULL").fetchone()[0]
                == 0
            )
            assert audit.first_broken(list(audit.records(ws.conn))) is None
    with Workspace.open(ws_path) as ws:
        assert ws.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert min(kinds.values()) >= TRIALS // 3
    assert sum(hot.values()) > 0  # the kills did leave hot journals for the first read to pass
    print(f"{TRIALS} kills {kinds}; a hot journal after {hot}; every first read succeeded")
