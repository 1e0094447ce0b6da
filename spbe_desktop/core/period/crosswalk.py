"""Last period's evidence and justifications under a new instrument (SPBE-2020 → Pemdi-2026).

A workspace made with `next_period` under another instrument holds last period's files (content
stored once, with where they were) and answers. The crosswalk names, for each new indicator, the
old indicators that may inform it; each old file and justification there is a *proposal* on the
new indicator, with the row's confidence, basis and source. Nothing reaches a new indicator until
the person accepts the proposal: an accepted file is attached unplaced (levels and items differ
between instruments, so the person places it), an accepted justification is added to the new
indicator's. A declined proposal is not offered again. Each decision is kept (workspace meta)
and logged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from spbe_desktop.core.errors import InputError
from spbe_desktop.core.evidence.store import guess_media_type
from spbe_desktop.core.instrument.pack import Instrument, pack_by_id
from spbe_desktop.core.workspace.workspace import Workspace, now_utc

from . import META_CARRIED, META_PREVIOUS, META_PREVIOUS_INSTRUMENT

if TYPE_CHECKING:
    from spbe_desktop.core.instrument.crosswalk import Crosswalk, CrosswalkRow

META_DECISIONS = "crosswalk_decisions"
STATES = ("open", "accepted", "declined")


class Proposal(NamedTuple):
    key: str  # "9.29.j" (a justification) or "9.29.1a2b3c4d" (a file): new.old.what
    new_number: int
    new_indicator: str
    old_number: int
    kind: str  # "evidence" | "justification"
    confidence: str
    basis: str
    source: str
    state: str  # one of STATES
    old_level: int | None
    text: str  # the justification, or the file's name
    sha256: str | None = None
    size: int | None = None
    document_date: str | None = None


def proposals(ws: Workspace, new_ref: str | int | None = None) -> list[Proposal]:
    """Every proposal (or those of one new indicator), in the new instrument's order, the surest
    row first; empty when the workspace was not carried over from another instrument."""
    source = _source(ws)
    if source is None:
        return []
    old, crosswalk, carried, answers = source
    decisions = _decisions(ws)
    wanted = None if new_ref is None else ws.instrument.indicator(new_ref).number
    found = []
    for ind in ws.instrument.indicators:
        if wanted is not None and ind.number != wanted:
            continue
        for row in crosswalk.rows_for(ind.number):
            found += _for_row(ind.id, row, old, carried, answers, decisions)
    return found


def decide(ws: Workspace, keys: Iterable[str], accept: bool) -> list[Proposal]:
    """Accept (attach, add the justification) or decline the named proposals: all of them, or
    none when one is unknown or decided already. Returns the proposals decided."""
    chosen = _chosen(ws, list(dict.fromkeys(keys)))
    ws.require_writable()
    decisions = _decisions(ws)
    with ws.transaction():
        for proposal in chosen:
            if accept and proposal.kind == "evidence":
                _attach(ws, proposal)
            elif accept:
                _add_justification(ws, proposal)
            state = "accepted" if accept else "declined"
            decisions[proposal.key] = state
            ws.log(
                "crosswalk.decided",
                proposal.new_indicator,
                {"proposal": proposal.key, "state": state, "kind": proposal.kind},
            )
        ws.set_meta(META_DECISIONS, json.dumps(decisions, sort_keys=True))
    return chosen


# Reading what was carried --------------------------------------------------------------------


def _source(ws: Workspace) -> tuple[Instrument, Crosswalk, list, dict] | None:
    old_id = ws.meta(META_PREVIOUS_INSTRUMENT)
    if not old_id or old_id == ws.instrument.id:
        return None
    old = pack_by_id(old_id)
    crosswalk = _crosswalk(old_id, ws.instrument.id)
    if crosswalk is None:
        return None
    carried = json.loads(ws.meta(META_CARRIED) or "[]")
    answers = json.loads(ws.meta(META_PREVIOUS) or "{}")
    return old, crosswalk, carried, answers


@cache
def _crosswalk(old_id: str, new_id: str) -> Crosswalk | None:
    """The shipped crosswalk between two packs, read once per process (the indicator page asks
    on every indicator shown)."""
    # pydantic validates the crosswalk: imported when a crosswalk is read, not at start-up
    from spbe_desktop.core.instrument.crosswalk import load_crosswalk

    return load_crosswalk(pack_by_id(old_id), pack_by_id(new_id))


def _decisions(ws: Workspace) -> dict[str, str]:
    return json.loads(ws.meta(META_DECISIONS) or "{}")


def _for_row(
    new_id: str,
    row: CrosswalkRow,
    old: Instrument,
    carried: list[dict[str, Any]],
    answers: dict[str, dict[str, Any]],
    decisions: dict[str, str],
) -> list[Proposal]:
    old_id = old.indicator(row.old).id
    base = (row.new, new_id, row.old)
    shared = (row.confidence, row.basis, row.source)
    found = []
    answer = answers.get(old_id)
    if answer and answer.get("justification"):
        key = f"{row.new}.{row.old}.j"
        found.append(
            Proposal(
                key,
                *base,
                "justification",
                *shared,
                decisions.get(key, "open"),
                answer.get("level"),
                answer["justification"],
            )
        )
    seen = set()
    for item in carried:
        if item["indicator_id"] != old_id or item["sha256"] in seen:
            continue
        seen.add(item["sha256"])
        key = f"{row.new}.{row.old}.{item['sha256'][:8]}"
        found.append(
            Proposal(
                key,
                *base,
                "evidence",
                *shared,
                decisions.get(key, "open"),
                item["level"],
                item["original_name"],
                item["sha256"],
                item["size"],
                item["document_date"],
            )
        )
    return found


def _chosen(ws: Workspace, keys: list[str]) -> list[Proposal]:
    if not keys:
        raise InputError("Sebutkan usulan yang dipilih.", "Name the proposals chosen.")
    every = {p.key: p for p in proposals(ws)}
    if not every:
        raise InputError(
            "Ruang kerja ini tidak dibuat dari periode sebelumnya dengan instrumen lain, jadi "
            "tidak ada usulan padanan.",
            "This workspace was not made from last period under another instrument, so there "
            "are no crosswalk proposals.",
            code="NO_PROPOSALS",
        )
    unknown = [k for k in keys if k not in every]
    if unknown:
        raise InputError(
            f"Usulan {unknown[0]} tidak ada (lihat: spbe crosswalk RUANG-KERJA --propose).",
            f"There is no proposal {unknown[0]} (see: spbe crosswalk WORKSPACE --propose).",
            code="UNKNOWN_PROPOSAL",
        )
    decided = [k for k in keys if every[k].state != "open"]
    if decided:
        raise InputError(
            f"Usulan {decided[0]} sudah diputuskan ({every[decided[0]].state}).",
            f"Proposal {decided[0]} is decided already ({every[decided[0]].state}).",
            code="PROPOSAL_DECIDED",
        )
    return [every[k] for k in keys]


# Writing what was accepted ---------------------------------------------------------------------


def _attach(ws: Workspace, proposal: Proposal) -> None:
    row = ws.conn.execute("SELECT id FROM blobs WHERE sha256 = ?", (proposal.sha256,)).fetchone()
    if row is None:
        raise InputError(
            f"Isi berkas {proposal.text} tidak ada lagi di ruang kerja ini.",
            f"The content of {proposal.text} is no longer in this workspace.",
            code="CONTENT_MISSING",
        )
    twin = ws.conn.execute(
        "SELECT 1 FROM evidence WHERE blob_id = ? AND indicator_id = ?",
        (row[0], proposal.new_indicator),
    ).fetchone()
    if twin:
        return
    carried = next(
        c for c in json.loads(ws.meta(META_CARRIED) or "[]") if c["sha256"] == proposal.sha256
    )
    evidence_id = ws.conn.execute(
        "INSERT INTO evidence (indicator_id, level, item, blob_id, original_name, media_type, "
        "size, added_at, document_date) VALUES (?, NULL, NULL, ?, ?, ?, ?, ?, ?)",
        (
            proposal.new_indicator,
            row[0],
            proposal.text,
            carried.get("media_type") or guess_media_type(proposal.text),
            proposal.size,
            carried.get("added_at") or now_utc(),
            proposal.document_date,
        ),
    ).lastrowid
    ws.log(
        "evidence.added",
        proposal.new_indicator,
        {
            "evidence": evidence_id,
            "sha256": proposal.sha256,
            "name": proposal.text,
            "size": proposal.size,
            "level": None,
            "item": None,
            "document_date": proposal.document_date,
            "crosswalk": proposal.key,
        },
    )


def _add_justification(ws: Workspace, proposal: Proposal) -> None:
    current = ws.answer(proposal.new_indicator).justification
    if proposal.text in current:
        return
    joined = f"{current}\n\n{proposal.text}" if current.strip() else proposal.text
    ws.set_answer(proposal.new_indicator, justification=joined)
