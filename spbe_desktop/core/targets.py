"""The target index a workspace aims for, and the threshold below which an OPD stands out in
monitoring (workspace meta). A coordinator sets both; its target reaches each OPD with the
assignment, and an OPD may set its own. Without a threshold, the target is the threshold."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.workspace.workspace import Workspace

META_TARGET = "target_index"
META_THRESHOLD = "monitor_threshold"


def _decimal(ws: Workspace, value: str | Decimal | None, what: str) -> Decimal | None:
    if value is None or str(value).strip() == "":
        return None
    low, high = ws.instrument.level_min, ws.instrument.level_max
    try:
        number = Decimal(str(value).strip().replace(",", "."))
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or not low <= number <= high:
        raise InputError(
            f"{what} '{value}' bukan angka indeks antara {low} dan {high}.",
            f"{what} '{value}' is not an index between {low} and {high}.",
            code="INPUT_INVALID",
        )
    return number


def targets(ws: Workspace) -> tuple[Decimal | None, Decimal | None]:
    """(target index, threshold); the threshold is the target unless set apart."""
    target = _decimal(ws, ws.meta(META_TARGET), "Target")
    threshold = _decimal(ws, ws.meta(META_THRESHOLD), "Ambang")
    return target, threshold if threshold is not None else target


def set_targets(
    ws: Workspace, target: str | Decimal | None, threshold: str | Decimal | None = None
) -> None:
    """Record the target index and (optionally) a separate threshold; empty clears."""
    target_value = _decimal(ws, target, "Target")
    threshold_value = _decimal(ws, threshold, "Ambang")
    with ws.transaction():
        ws.set_meta(META_TARGET, "" if target_value is None else str(target_value))
        ws.set_meta(META_THRESHOLD, "" if threshold_value is None else str(threshold_value))
