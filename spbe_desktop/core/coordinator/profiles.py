"""An earlier period's figures beyond its index: the instrument it was evaluated with, its
aspect and domain indices and each OPD's index, kept (workspace meta) when they were read from
that period's own workspace, so that the monitoring profile can set them beside this period's and
the awards can find each OPD's improvement."""

from __future__ import annotations

import json
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from spbe_desktop.core.instrument.pack import default_pack_id
from spbe_desktop.core.instrument.scoring import Score
from spbe_desktop.core.workspace.workspace import Workspace

META_PROFILES = "earlier_profiles"


def earlier_profiles(ws: Workspace) -> dict[str, dict[str, Any]]:
    raw = ws.meta(META_PROFILES)
    return json.loads(raw) if raw else {}


def record_earlier_profile(
    ws: Workspace,
    period: str,
    old_score: Score,
    opd_indices: Iterable[tuple[str, str, Decimal]] = (),
) -> None:
    """Keep an earlier period's instrument and aspect/domain figures beside its index, and each
    OPD's shown index as (OPD id, name, index)."""
    profiles = earlier_profiles(ws)
    profiles[str(period)] = {
        "instrument": old_score.instrument.id,
        "aspects": {g.id: str(g.index) for g in old_score.aspects if g.index is not None},
        "domains": {g.id: str(g.index) for g in old_score.domains if g.index is not None},
        "opds": {
            opd_id: {"name": name, "index": str(index)} for opd_id, name, index in opd_indices
        },
    }
    ws.set_meta(META_PROFILES, json.dumps(profiles, sort_keys=True))


def instrument_of_period(ws: Workspace, period: str) -> str:
    """The instrument an earlier period was evaluated with: as recorded, else the one that
    governed that year."""
    recorded = earlier_profiles(ws).get(str(period), {}).get("instrument")
    if recorded:
        return recorded
    return default_pack_id(int(period)) if str(period).isdigit() else ws.instrument.id


def previous_profile(ws: Workspace) -> dict[str, Any] | None:
    """The latest earlier period with recorded figures under this workspace's instrument, with
    its `period`; None when there is none."""
    profiles = earlier_profiles(ws)
    same = [
        p
        for p in sorted(profiles, reverse=True)
        if p < ws.info.period and profiles[p].get("instrument") == ws.instrument.id
    ]
    return {**profiles[same[0]], "period": same[0]} if same else None
