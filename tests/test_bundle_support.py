"""Helpers shared by the package tests: a real exported package, and re-packing it."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import zipfile
from pathlib import Path

from evidence_files import make_docx, make_image, make_pdf, make_xlsx

from spbe_desktop.core.bundle import bag
from spbe_desktop.core.evidence.store import attach_file
from spbe_desktop.core.instrument.pack import pack_by_id
from spbe_desktop.core.keys import fingerprint, generate_key, load_private_key, public_raw
from spbe_desktop.core.report.summary import set_signatory
from spbe_desktop.core.workspace.workspace import Workspace

PASSPHRASE = "rahasia-dinas-2025"


def filled_workspace(folder: Path, *, answer_all: bool = False) -> Path:
    """A workspace with answers, real evidence files and a signing key."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "dinas.spbews"
    ws = Workspace.create(
        path,
        opd_name="Dinas Komunikasi dan Informatika",
        instrument=pack_by_id("spbe-2020"),
        period=2025,
    )
    with ws:
        indicators = ws.instrument.indicators if answer_all else ws.instrument.indicators[:6]
        for n, ind in enumerate(indicators):
            ws.set_answer(
                ind.id, level=2 + n % 4, justification=f"Perbup Nomor {n + 10} Tahun 2024."
            )
        attach_file(ws, 1, make_pdf(folder / "Perbup SPBE.pdf"), level=3)
        attach_file(ws, 2, make_image(folder / "layar aplikasi.png"), level=2)
        attach_file(ws, 3, make_xlsx(folder / "daftar aplikasi.xlsx"))
        attach_file(ws, 4, make_docx(folder / "notulen rapat.docx"))
        attach_file(ws, 5, folder / "Perbup SPBE.pdf", display_name="Perbup salinan.pdf")
        set_signatory(ws, "Drs. Ahmad Sutrisno, M.Si.", "19700101 199503 1 001", "Sleman")
        generate_key(ws, PASSPHRASE)
    return path


def export(ws_path: Path, out: Path, **kwargs) -> object:
    from spbe_desktop.core.export.submission import export_submission

    with Workspace.open(ws_path) as ws:
        return export_submission(ws, out, PASSPHRASE, **kwargs)


def private_key(ws_path: Path):
    with Workspace.open(ws_path, read_only=True) as ws:
        return load_private_key(ws, PASSPHRASE)


def read_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_members(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            stored = name.startswith("data/evidence/") or name.endswith(".pdf")
            archive.writestr(name, data, zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED)
    return path


def resign(members: dict[str, bytes], key, *, manifest: bool = True) -> dict[str, bytes]:
    """Recompute the manifests (and Payload-Oxum, payload digest) and sign again: a package
    whose only flaw is what the test changed in its content."""
    members = dict(members)
    payload = {n: d for n, d in members.items() if n.startswith("data/")}
    if manifest:
        members[bag.MANIFEST] = bag.manifest_text(
            {n: hashlib.sha256(d).hexdigest() for n, d in payload.items()}
        )
        oxum = bag.payload_oxum(len(d) for d in payload.values())
        members[bag.BAG_INFO] = re.sub(
            rb"Payload-Oxum: [0-9.]+", f"Payload-Oxum: {oxum}".encode(), members[bag.BAG_INFO]
        )
        meta = json.loads(members[bag.PACKAGE_JSON])
        meta["payload_digest"] = bag.payload_digest(bag.parse_manifest(members[bag.MANIFEST]))
        meta["payload_files"] = sorted(payload)
        members[bag.PACKAGE_JSON] = json.dumps(meta).encode()
    tags = {n: members[n] for n in bag.SIGNED_TAG_FILES}
    members[bag.TAGMANIFEST] = bag.manifest_text(
        {n: hashlib.sha256(d).hexdigest() for n, d in tags.items()}
    )
    members[bag.SIGNATURE] = signature_json(members[bag.TAGMANIFEST], key)
    return members


def signature_json(tagmanifest: bytes, key, public_key: bytes | None = None) -> bytes:
    public = public_key or public_raw(key)
    return json.dumps(
        {
            "algorithm": "Ed25519",
            "signed_file": "tagmanifest-sha256.txt",
            "public_key": base64.b64encode(public).decode(),
            "fingerprint": fingerprint(public),
            "signature": base64.b64encode(key.sign(tagmanifest)).decode(),
        }
    ).encode()


_BUILT: dict[str, tuple[Path, Path]] = {}


def build_exported(tmp_path_factory) -> tuple[Path, Path]:
    """One exported package per test session; tests copy it before changing anything."""
    if "package" not in _BUILT:
        folder = tmp_path_factory.mktemp("exported")
        ws_path = filled_workspace(folder)
        package = folder / "kiriman.spbe"
        export(ws_path, package)
        _BUILT["package"] = (ws_path, package)
    return _BUILT["package"]


def codes(result) -> list[str]:
    return [e["code"] for e in result.errors]


def test_resign_keeps_a_package_valid(tmp_path_factory, tmp_path):
    from spbe_desktop.core.bundle import verify_package

    ws_path, package = build_exported(tmp_path_factory)
    members = resign(read_members(package), private_key(ws_path))
    rebuilt = write_members(tmp_path / "rebuilt.spbe", members)
    assert verify_package(rebuilt).valid
