"""The assessors' results in the consolidated report and workbook: the claimed, supported and
assessed index side by side, and the gap claimed vs assessed by the index points it costs, per
indicator and per OPD. Read from `coord status` data (see status_json)."""

from __future__ import annotations

from typing import Any

from spbe_desktop.core.figures import figure, rounded
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.report.texts import escape, in_language
from spbe_desktop.core.workspace.workspace import Workspace

WORDS: dict[str, tuple[Any, Any]] = {
    "title": ("Hasil penilaian asesor", "The assessors' results"),
    "line": (
        "Klaim {0} · didukung bukti {1} · hasil asesor {2} ({3} dari {4} indikator dinilai; "
        "yang belum dinilai dihitung dengan nilai klaimnya)",
        "Claimed {0} · supported by evidence {1} · assessed {2} ({3} of {4} indicators "
        "assessed; the others count with their claimed value)",
    ),
    "none": ("Belum ada putusan asesor yang dicatat.", "No assessors' verdict recorded yet."),
    "gaps": ("Selisih klaim dan hasil asesor", "Claimed against assessed"),
    "cols_gap": (
        ["No", "Indikator", "OPD", "Klaim", "Hasil asesor", "Poin indeks hilang"],
        ["No", "Indicator", "OPD", "Claimed", "Assessed", "Index points lost"],
    ),
    "cols_opd": (["OPD", "Indikator", "Poin indeks hilang"], ["OPD", "Indicators", "Points lost"]),
    "basis": (
        {"nilai": "nilai asesor", "estimate": "perkiraan", "not_assessed": "belum dinilai"},
        {"nilai": "assessors' value", "estimate": "estimate", "not_assessed": "not assessed"},
    ),
}
SHEET = (
    (
        "Penilaian asesor",
        ["No", "Indikator", "Klaim", "Hasil asesor", "Dasar", "Revisi", "Poin hilang", "OPD"],
    ),
    (
        "Assessment",
        ["No", "Indicator", "Claimed", "Assessed", "Basis", "Sent back", "Points lost", "OPD"],
    ),
)


def pdf_section(ws: Workspace, data: dict, lang: str = "id") -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph

    from spbe_desktop.core.report.tables import styles, text_table

    s = styles()
    w = in_language(WORDS, lang)
    story: list = [Paragraph(w["title"], s.h1)]
    if not data.get("assessment_rounds"):
        return [*story, Paragraph(w["none"], s.base)]
    claimed = data["index_display"] or data["provisional_display"]
    story.append(
        Paragraph(
            w["line"].format(
                f"<b>{figure(claimed, lang) or '-'}</b>",
                f"<b>{figure(data.get('supported_display'), lang) or '-'}</b>",
                f"<b>{figure(data['assessed_display'], lang) or '-'}</b>",
                data["assessed_indicators"],
                data["indicators_total"],
            ),
            s.base,
        )
    )
    names = {i.number: text(i.short_name, lang) for i in ws.instrument.indicators}
    gaps = data["assessment_gaps"]
    if gaps:
        rows = [
            [
                g["indicator"],
                names.get(g["indicator"], ""),
                g["opd"] or "-",
                figure(g["claimed"], lang),
                figure(g["assessed"], lang),
                figure(g["cost_display"], lang),
            ]
            for g in gaps
        ]
        story += [
            Paragraph(w["gaps"], s.h2),
            text_table(w["cols_gap"], rows, [x * mm for x in (10, 50, 48, 15, 20, 27)]),
        ]
        opd_rows = [
            [o["opd"], o["indicators"], figure(o["cost_display"], lang)]
            for o in data["assessment_gaps_by_opd"]
        ]
        story.append(text_table(w["cols_opd"], opd_rows, [x * mm for x in (110, 30, 30)]))
    return story


def summary_rows(data: dict, lang: str) -> list[list[Any]]:
    """Rows for the workbook's summary sheet."""
    en = lang == "en"
    return [
        ["Didukung bukti" if not en else "Supported by evidence", _num(data["supported_display"])],
        ["Hasil asesor" if not en else "Assessed", _num(data["assessed_display"])],
        [
            "Indikator dinilai" if not en else "Indicators assessed",
            data["assessed_indicators"],
        ],
    ]


def sheet_rows(ws: Workspace, data: dict, lang: str) -> tuple[str, list[str], list[list[Any]]]:
    """The workbook's assessment sheet: title, headers, one row per indicator."""
    title, headers = SHEET[1] if lang == "en" else SHEET[0]
    basis = in_language(WORDS, lang)["basis"]
    costs = {g["indicator"]: g["cost"] for g in data["assessment_gaps"]}
    rows = []
    for ind, row in zip(ws.instrument.indicators, data["indicators"], strict=True):
        sent_back = sum(1 for o in row.get("item_outcomes", []) if o["status"] != "diterima")
        rows.append(
            [
                ind.number,
                text(ind.short_name, lang),
                _num(row.get("value_display")),
                _num(row.get("assessed_display")),
                basis.get(row.get("assessed_basis"), ""),
                sent_back,
                costs.get(ind.number),
                row.get("evidence_opd") or "",
            ]
        )
    return title, headers, rows


def _num(display: str | None) -> float | None:
    return None if display is None else float(rounded(display))


__all__ = ["escape", "pdf_section", "sheet_rows", "summary_rows"]
