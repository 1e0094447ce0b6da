"""Package commands: keygen, export, report, verify, check (the contract: docs/architecture.md,
"The `spbe` command")."""

from __future__ import annotations

import argparse
from pathlib import Path

from .common import UsageErrorMessage, open_for_writing, print_json, say, text_progress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("keygen", help="make the workspace's signing key")
    p.add_argument("workspace")
    p.set_defaults(func=cmd_keygen)

    p = sub.add_parser("export", help="write the signed submission package")
    p.add_argument("workspace")
    p.add_argument("--out", required=True, help="the .spbe file to write")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("report", help="write the PDF summary")
    p.add_argument("workspace")
    p.add_argument("--out", required=True, help="the .pdf file to write")
    p.add_argument("--signatory", help="name of the Kepala OPD on the signature block")
    p.add_argument("--date", help="date above the signature, YYYY-MM-DD (default: today)")
    p.add_argument("--nip", help="the Kepala OPD's NIP")
    p.add_argument("--place", help="place shown above the signature")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("verify", help="check a .spbe package")
    p.add_argument("package")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("check", help="evidence linter: what assessors would reject")
    p.add_argument("workspace")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_check)


def cmd_keygen(args: argparse.Namespace) -> int:
    from spbe_desktop.core.keys import generate_key, key_info

    from .passphrase import read_passphrase

    with open_for_writing(args.workspace) as ws:
        # With a key already there, generate_key refuses (KEY_EXISTS) without asking.
        passphrase = read_passphrase(args, confirm=True) if key_info(ws) is None else ""
        info = generate_key(ws, passphrase)
    say(
        args,
        f"Kunci penandatangan dibuat. Sidik jari: {info.fingerprint}",
        f"Signing key created. Fingerprint: {info.fingerprint}",
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from spbe_desktop.core.export.submission import export_submission

    from .passphrase import read_passphrase

    with open_for_writing(args.workspace) as ws:
        passphrase = read_passphrase(args)
        result = export_submission(
            ws, args.out, passphrase, lang=args.lang, progress=text_progress()
        )
    errors = sum(1 for f in result.findings if f.severity == "error")
    warnings = len(result.findings) - errors
    say(
        args,
        f"Paket ditulis dan diperiksa: {result.path} (revisi {result.revision}, "
        f"{result.size} bita). Sidik jari kunci: {result.fingerprint}.",
        f"Package written and verified: {result.path} (revision {result.revision}, "
        f"{result.size} bytes). Key fingerprint: {result.fingerprint}.",
    )
    if result.findings:
        say(
            args,
            f"Pemeriksaan bukti dukung: {errors} kesalahan, {warnings} peringatan "
            "(lihat spbe check).",
            f"Evidence check: {errors} errors, {warnings} warnings (see spbe check).",
        )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from spbe_desktop.core.report.summary import (
        set_signatory,
        set_signing_date,
        signatory,
        write_summary,
    )
    from spbe_desktop.core.workspace.workspace import Workspace

    given = (args.signatory, args.nip, args.place)
    if args.date is not None:
        from datetime import date

        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            raise UsageErrorMessage(f"--date {args.date!r} is not a date like 2026-05-31") from None
        with open_for_writing(args.workspace) as ws:
            set_signing_date(ws, day)
    if any(v is not None for v in given):
        with open_for_writing(args.workspace) as ws:
            current = signatory(ws)
            set_signatory(
                ws,
                *(new if new is not None else old for new, old in zip(given, current, strict=True)),
            )
    with Workspace.open(args.workspace, read_only=True) as ws:
        out = write_summary(ws, args.out, lang=args.lang)
    say(args, f"Ringkasan PDF ditulis: {out}", f"PDF summary written: {out}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from spbe_desktop.core.bundle.verify import verify_package

    result = verify_package(Path(args.package), progress=text_progress())
    if args.json:
        print_json(result.to_json(args.lang))
        return 0 if result.valid else 1
    if result.valid:
        say(
            args,
            f"Paket sah: {result.kind} {result.opd}, periode {result.period}, revisi "
            f"{result.revision}, ID {result.package_id}. Sidik jari penanda tangan: "
            f"{result.signer_fingerprint}.",
            f"Valid package: {result.kind} {result.opd}, period {result.period}, revision "
            f"{result.revision}, id {result.package_id}. Signer fingerprint: "
            f"{result.signer_fingerprint}.",
        )
        return 0
    for error in result.to_json(args.lang)["errors"]:
        print(f"{error['code']}: {error['message']}")
    say(args, "Paket TIDAK sah.", "The package is NOT valid.")
    return 1


def cmd_check(args: argparse.Namespace) -> int:
    from spbe_desktop.core.evidence.check import check_workspace
    from spbe_desktop.core.workspace.workspace import Workspace

    with Workspace.open(args.workspace, read_only=True) as ws:
        findings = check_workspace(ws)
    errors = sum(1 for f in findings if f.severity == "error")
    warnings = len(findings) - errors
    if args.json:
        print_json(
            {
                "errors": errors,
                "warnings": warnings,
                "findings": [{**f.to_dict(), "message": f.message(args.lang)} for f in findings],
            }
        )
        return 0
    for f in findings:
        where = "-" if f.indicator is None else f.indicator
        print(f"{where:>3}  {f.severity:<7}  {f.code:<24} {f.message(args.lang)}")
    if findings:
        say(
            args,
            f"{errors} kesalahan dan {warnings} peringatan ditemukan.",
            f"Found {errors} errors and {warnings} warnings.",
        )
    else:
        say(args, "Tidak ada temuan: bukti dukung siap dikirim.", "Nothing found: evidence ready.")
    return 0
