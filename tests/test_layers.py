"""The package format library stands alone: importing it loads no workspace, key store, evidence
store or Qt (docs/architecture.md, "The parts")."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
import spbe_desktop.core.bundle
import spbe_desktop.core.bundle.verified
print("\\n".join(sorted(sys.modules)))
"""


def test_the_bundle_imports_no_workspace():
    loaded = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    ).stdout.split()
    ours = [m for m in loaded if m.startswith("spbe_desktop.")]
    assert "spbe_desktop.core.bundle.verify" in ours
    outside = [
        m
        for m in ours
        if not m.startswith("spbe_desktop.core.bundle")
        and m not in {"spbe_desktop.core", "spbe_desktop.core.errors", "spbe_desktop.core.jobs"}
        and m not in {"spbe_desktop.core.hashchain", "spbe_desktop.core.signing"}
    ]
    assert outside == []
    assert not any(m.startswith(("PySide6", "sqlite_utils")) for m in loaded)
