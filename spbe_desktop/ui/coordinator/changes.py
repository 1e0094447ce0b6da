"""What one write on a coordinator workspace changed: the coordinator's screen emits it once, and
each tab shows itself again when the change concerns what it shows (the OPD side's `Changes`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CoordChanges:
    opds: bool = False  # the OPDs and their assignments (status, deadline, assigned indicators)
    submissions: bool = False  # imported packages: answers, evidence, items, keys
    decisions: bool = False  # the coordinator's decisions and owner OPDs
    reviews: bool = False  # the review marks of each OPD's indicators
    reviews_sent: bool = False  # review packages written for the OPDs
    earlier: bool = False  # the published results of earlier periods
    targets: bool = False  # the target index and threshold
    verdicts: bool = False  # the assessors' verdicts
    items: bool = False  # the coordinator's own evidence items

    def touches(self, *names: str) -> bool:
        return any(getattr(self, name) for name in names)

    def moves_consolidation(self) -> bool:
        """Whether the consolidated values, the ranking or the index may read differently."""
        return self.touches("opds", "submissions", "decisions")
