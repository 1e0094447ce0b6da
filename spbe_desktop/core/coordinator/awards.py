"""Who is awarded ("Piagam Penghargaan"): the OPDs at the top of the ranking, and the OPD whose
index rose most since its previous period under the same instrument.

The ranking is the one `coord status` shows (equal shown indexes share a rank), over the assessed
values once the assessors' verdicts are in (the certificate says which), so the top N are
the OPDs whose rank is at most N: a tie at the edge awards every OPD in it. An improvement is the
difference of the shown figures (this period's and the one recorded for that OPD when an earlier
period was read from its workspace); only a rise is awarded, and a tie awards each OPD in it.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.figures import rounded
from spbe_desktop.core.files import safe_name
from spbe_desktop.core.workspace.workspace import Workspace

from .consolidate import Consolidation, RankRow, rank_opds
from .profiles import previous_profile
from .store import assignments, consolidation, opd_answers, require_coordinator

TOP_DEFAULT = 3
CATEGORIES = ("index", "improvement")
FILE_WORDS = {"index": "peringkat", "improvement": "peningkatan"}


class Award(NamedTuple):
    category: str  # "index" | "improvement"
    rank: int
    opd_id: str
    name: str
    index: Decimal  # this period's shown index
    predicate: str | None
    previous: Decimal | None = None  # the shown index of the previous period (improvement)
    previous_period: str | None = None
    basis: str = "claimed"  # "assessed" once the assessors' verdicts are in, else "claimed"

    @property
    def change(self) -> Decimal | None:
        return None if self.previous is None else self.index - self.previous

    @property
    def file_name(self) -> str:
        """`peringkat-1-Dinas-Komunikasi-dan-Informatika.pdf`: category, rank and OPD."""
        opd = safe_name(self.name, self.opd_id[:8])[:80]
        return f"{FILE_WORDS[self.category]}-{self.rank}-{opd}.pdf"


def awards(
    ws: Workspace, top: int = TOP_DEFAULT, result: Consolidation | None = None
) -> list[Award]:
    """The awarded OPDs: top `top` by index (ties share a rank), then the largest improvement."""
    require_coordinator(ws)
    if top < 1:
        raise InputError(
            f"Jumlah peringkat yang diberi piagam harus 1 atau lebih, bukan {top}.",
            f"The number of ranks awarded must be 1 or more, not {top}.",
            code="INPUT_INVALID",
        )
    result = result or consolidation(ws)
    decimals = ws.instrument.decimals
    basis, ranking = ranking_for_awards(ws, result)
    ranked = [r for r in ranking if r.index is not None]
    if not ranked:
        raise InputError(
            "Belum ada OPD yang memiliki indeks: piagam diberikan setelah kiriman OPD diimpor.",
            "No OPD has an index yet: awards follow once OPD submissions are imported.",
            code="NO_RANKING",
        )
    chosen = [_award("index", r.rank, r, decimals, basis=basis) for r in ranked if r.rank <= top]
    return chosen + [a._replace(basis=basis) for a in _improvements(ws, ranked, decimals)]


def ranking_for_awards(ws: Workspace, result: Consolidation) -> tuple[str, tuple[RankRow, ...]]:
    """The ranking `coord status` shows while no verdict is in ("claimed"); once the assessors'
    verdicts are in, the same ranking (same ties) over each OPD's answers with the assessed
    value in place of the claimed one where its evidence was assessed ("assessed")."""
    from spbe_desktop.core.assessment.assessed import assess_workspace

    assessment = assess_workspace(ws)
    if not assessment.assessed_count:
        return "claimed", result.ranking
    answers = []
    for opd in opd_answers(ws):
        values = dict(opd.values)
        for ind_id in values:
            found = assessment.indicators.get(ind_id)
            if found and found.assessed.assessed and found.opd_id == opd.opd_id:
                values[ind_id] = found.assessed.value
        answers.append(opd._replace(values=values))
    assigned = {k: set(a.indicators) for k, a in assignments(ws).items() if a.indicators}
    return "assessed", rank_opds(ws.instrument, answers, assigned)


def _award(category: str, rank: int, row: RankRow, decimals: int, **extra) -> Award:
    predicate = None if row.predicate is None else row.predicate.name
    shown = rounded(row.index, decimals)
    return Award(category, rank, row.opd_id, row.name, shown, predicate, **extra)


def _improvements(ws: Workspace, ranked: list[RankRow], decimals: int) -> Iterator[Award]:
    """The OPD(s) whose shown index rose most over the previous period on record."""
    previous = previous_profile(ws)
    if not previous:
        return
    earlier = previous.get("opds", {})
    by_name = {v["name"].casefold(): v for v in earlier.values()}
    rises = []
    for row in ranked:
        old = earlier.get(row.opd_id) or by_name.get(row.name.casefold())
        if old is None:
            continue
        before = rounded(Decimal(old["index"]), decimals)
        change = rounded(row.index, decimals) - before
        if change > 0:
            rises.append((change, row, before))
    if not rises:
        return
    best = max(change for change, _row, _before in rises)
    for change, row, before in sorted(rises, key=lambda r: r[1].name.casefold()):
        if change == best:
            extra = {"previous": before, "previous_period": previous["period"]}
            yield _award("improvement", 1, row, decimals, **extra)
