"""`spbe portal` and `spbe coord portal`: a folder to upload to the national portal from."""

from __future__ import annotations

import argparse

from .common import UsageErrorMessage, text_progress


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("portal", help="write the portal folder of an OPD workspace")
    _arguments(p)
    p.set_defaults(func=cmd_portal)


def register_coord(csub: argparse._SubParsersAction) -> None:
    p = csub.add_parser("portal", help="write the consolidated portal folder")
    _arguments(p)
    p.add_argument(
        "--only-revisi",
        action="store_true",
        help="only the items sent back for revision (re-upload in the interview stage)",
    )
    p.set_defaults(func=cmd_coord_portal)


def _arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace")
    p.add_argument("--out", required=True, help="a new or empty folder")
    p.add_argument(
        "--max-mb",
        help="the portal's file size limit in MB (default: the instrument's, unverified)",
    )
    p.add_argument(
        "--downscale-images",
        action="store_true",
        help="scale images down in files over the size limit",
    )


def cmd_portal(args: argparse.Namespace) -> int:
    from spbe_desktop.core.workspace.workspace import Workspace

    with Workspace.open(args.workspace, read_only=True) as ws:
        if ws.info.kind == "coordinator":
            raise UsageErrorMessage("this is a coordinator workspace: use spbe coord portal")
        return _write(args, ws)


def cmd_coord_portal(args: argparse.Namespace) -> int:
    from spbe_desktop.core.coordinator.store import require_coordinator
    from spbe_desktop.core.workspace.workspace import Workspace

    with Workspace.open(args.workspace, read_only=True) as ws:
        require_coordinator(ws)
        return _write(args, ws)


def _write(args: argparse.Namespace, ws) -> int:
    from decimal import Decimal, InvalidOperation

    from spbe_desktop.core.portal.run import write_workspace_portal
    from spbe_desktop.core.portal.summary import summary_lines

    limit = None
    if args.max_mb is not None:
        try:
            limit = Decimal(args.max_mb.replace(",", "."))
        except InvalidOperation:
            raise UsageErrorMessage(f"--max-mb {args.max_mb!r} is not a number") from None
        if not limit.is_finite() or limit <= 0:
            raise UsageErrorMessage("--max-mb must be greater than 0")
    result = write_workspace_portal(
        ws,
        args.out,
        lang=args.lang,
        max_mb=limit,
        downscale_images=args.downscale_images,
        only_revisi=getattr(args, "only_revisi", False),
        progress=text_progress(),
    )
    print("\n".join(summary_lines(result, args.lang)))
    return 0
