"""The decisions the import takes on a valid package before storing it: does it fit this
workspace, is it new, is its key trusted, is it the newest revision."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spbe_desktop.core.bundle.verified import VerifiedPackage
from spbe_desktop.core.bundle.verify import VerifyResult
from spbe_desktop.core.keys import trust_state
from spbe_desktop.core.workspace.workspace import Workspace

from .refusals import ImportRefused
from .store import Opd

ConfirmKey = Callable[[str, str], bool]  # (OPD name, fingerprint) → trust it?


def check_left_hashes(package: VerifiedPackage) -> None:
    """Hash the files verify left to the import, for a package that is not stored again."""
    import hashlib

    for name in package.result.hashes_left:
        digest = hashlib.sha256()
        for chunk in package.iter_unhashed(name):
            digest.update(chunk)
        if digest.hexdigest() != package.entries[name]:
            raise ImportRefused("BAG_HASH_MISMATCH", name)


def check_fits(ws: Workspace, result: VerifyResult) -> None:
    if result.kind != "submission":
        raise ImportRefused("WRONG_KIND", result.kind)
    if result.instrument != ws.instrument.id:
        raise ImportRefused("INSTRUMENT_MISMATCH", result.instrument)
    if str(result.period) != ws.info.period:
        raise ImportRefused("PERIOD_MISMATCH", result.period)


def already_imported(ws: Workspace, package_id: str | None) -> bool:
    row = ws.conn.execute("SELECT 1 FROM packages WHERE package_id = ?", (package_id,))
    return row.fetchone() is not None


def check_trust(
    ws: Workspace,
    subject: str,
    result: VerifyResult,
    trust_new_keys: bool,
    confirm_new_key: ConfirmKey | None,
    accept_changed_keys: Mapping[str, str],
) -> None:
    state = trust_state(ws, subject, result.signer_public_key)
    if state == "new" and not (
        trust_new_keys
        or (confirm_new_key is not None and confirm_new_key(result.opd, result.signer_fingerprint))
    ):
        raise ImportRefused("KEY_NOT_TRUSTED", f"{result.opd} ({result.signer_fingerprint})")
    if state == "changed" and not accept_changed_keys.get(result.opd, "").strip():
        raise ImportRefused("KEY_CHANGED", f"{result.opd} ({result.signer_fingerprint})")


def check_revision(ws: Workspace, opd: Opd, result: VerifyResult) -> None:
    newest = ws.conn.execute(
        "SELECT MAX(revision) FROM packages WHERE opd_id = ? AND kind = 'submission' "
        "AND direction = 'in'",
        (opd.id,),
    ).fetchone()[0]
    if newest is not None and result.revision <= newest:
        raise ImportRefused("REVISION_OLD", f"{result.revision} (≤ {newest})")
