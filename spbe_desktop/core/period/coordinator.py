"""The coordinator's next period (`spbe coord init NEW --from OLD.spbews --period YEAR`).

What carries over: the Pemda, the coordinator's signing key (the OPDs pinned it from their
assignments), the signatory, the target and threshold, the OPD list with the same ids, every
pinned OPD key with its history, the indicator owners (same instrument only), the earlier results
on record, and the old period's consolidated index with its aspect, domain and OPD figures as an
earlier result. Figures under another instrument are shown beside, never called an improvement.
The old file is only read.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from spbe_desktop.core.coordinator.profiles import META_PROFILES
from spbe_desktop.core.coordinator.store import EarlierResult, create_coordinator, earlier_from
from spbe_desktop.core.errors import InputError
from spbe_desktop.core.instrument.pack import pack_by_id

from .carry import KEY_AND_SIGNATORY_META
from .source import old_workspace

CARRIED_META = (*KEY_AND_SIGNATORY_META, "monitor_threshold", META_PROFILES)


class CoordinatorCarried(NamedTuple):
    path: Path
    period: str
    instrument: str
    opds: int
    keys: int
    owners: int
    earlier: EarlierResult | None  # the old period's result, when it had an index


def coordinator_next_period(
    old_path: str | Path, new_path: str | Path, period: int | str, instrument_id: str | None = None
) -> CoordinatorCarried:
    with old_workspace(old_path, "coordinator") as old:
        if str(period) == old.info.period:
            raise InputError(
                f"{Path(old_path).name} sudah periode {period}; pilih periode berikutnya.",
                f"{Path(old_path).name} is already period {period}; choose the next period.",
                code="SAME_PERIOD",
            )
        instrument = pack_by_id(instrument_id or old.instrument.id)
        meta = {k: old.meta(k) for k in CARRIED_META if old.meta(k)}
        meta["previous_period"] = old.info.period
        new = create_coordinator(
            new_path, pemda_name=old.info.opd_name, instrument=instrument, period=period
        )
        try:
            with new.transaction() as conn:
                for key, value in meta.items():
                    new.set_meta(key, value)
                opds = old.conn.execute("SELECT id, name, created_at FROM opds").fetchall()
                conn.executemany("INSERT INTO opds (id, name, created_at) VALUES (?, ?, ?)", opds)
                columns = "subject, name, fingerprint, public_key, pinned_at, reason, active"
                keys = old.conn.execute(
                    f"SELECT {columns} FROM trusted_keys ORDER BY id"
                ).fetchall()
                conn.executemany(
                    f"INSERT INTO trusted_keys ({columns}) VALUES (?, ?, ?, ?, ?, ?, ?)", keys
                )
                owners = []
                if instrument.id == old.instrument.id:
                    owners = old.conn.execute("SELECT indicator_id, opd_id FROM owners").fetchall()
                    conn.executemany("INSERT INTO owners VALUES (?, ?)", owners)
                earlier = old.conn.execute(
                    "SELECT period, index_value, predicate, source FROM earlier_results"
                ).fetchall()
                conn.executemany("INSERT INTO earlier_results VALUES (?, ?, ?, ?)", earlier)
                new.log(
                    "period.carried",
                    None,
                    {
                        "from_workspace": old.info.workspace_id,
                        "from_period": old.info.period,
                        "from_instrument": old.instrument.id,
                        "opds": len(opds),
                        "keys": len(keys),
                        "owners": len(owners),
                    },
                )
                result = _old_result(new, old, Path(old_path).name)
        except BaseException:
            new.close()
            Path(new_path).unlink(missing_ok=True)
            raise
        new.close()
    return CoordinatorCarried(
        Path(new_path), str(period), instrument.id, len(opds), len(keys), len(owners), result
    )


def _old_result(new, old, name: str) -> EarlierResult | None:
    """The old period's consolidated index as an earlier result (none while it had none)."""
    try:
        return earlier_from(new, old, name)
    except InputError as exc:
        if exc.code == "NO_INDEX":
            return None
        raise
