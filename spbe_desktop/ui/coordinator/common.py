"""Small helpers shared by the coordinator's tabs: the users' words for core states and table
set-up."""

from __future__ import annotations

import textwrap
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from spbe_desktop.core.instrument.pack import Instrument, text
from spbe_desktop.core.instrument.scoring import Score
from spbe_desktop.ui import i18n, marks

# The core's state names are Indonesian words; the English interface shows these instead.
STATUS_WORDS = {
    "belum mengirim": QT_TRANSLATE_NOOP("Coordinator", "not submitted yet"),
    "ditugaskan": QT_TRANSLATE_NOOP("Coordinator", "assigned"),
    "diterima": QT_TRANSLATE_NOOP("Coordinator", "received"),
    "direviu": QT_TRANSLATE_NOOP("Coordinator", "reviewed"),
}
SOURCE_WORDS = {
    "decision": QT_TRANSLATE_NOOP("Coordinator", "coordinator's decision"),
    "owner": QT_TRANSLATE_NOOP("Coordinator", "owner OPD"),
    "agreed": QT_TRANSLATE_NOOP("Coordinator", "all OPDs agree"),
    "conflict": QT_TRANSLATE_NOOP("Coordinator", "OPDs differ: decide"),
    "missing": QT_TRANSLATE_NOOP("Coordinator", "not answered yet"),
    "assumed": QT_TRANSLATE_NOOP("Coordinator", "no score from the other agency yet"),
}
REVIEW_WORDS = {
    "diterima": QT_TRANSLATE_NOOP("Coordinator", "Accepted"),
    "revisi": QT_TRANSLATE_NOOP("Coordinator", "Revise"),
    "ditolak": QT_TRANSLATE_NOOP("Coordinator", "Rejected"),
}

CONFLICT_BG = QColor("#fde2e1")
DECISION_BG = QColor("#e3effd")
MISSING_FG = QColor("#8a8a8a")


def word(words: dict[str, str], key: str) -> str:
    """The user's word for a core state (falls back to the core's own word)."""
    source = words.get(key)
    return QCoreApplication.translate("Coordinator", source) if source else key


def setup_table(table: QTableWidget, headers: list[str], stretch: int | None = None) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(0)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def cell(value: object, data: object = None, *, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("–" if value is None or value == "" else str(value))
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def fill_row(table: QTableWidget, items: list[QTableWidgetItem]) -> int:
    row = table.rowCount()
    table.insertRow(row)
    for column, item in enumerate(items):
        table.setItem(row, column, item)
    return row


def short_name(name: str, width: int = 14) -> str:
    """An OPD's name for a narrow column header: its acronym when the name ends with one
    ("… (BKPSDM)"), else the name over a few lines."""
    if name.endswith(")") and "(" in name:
        acronym = name[name.rindex("(") + 1 : -1].strip()
        if acronym:
            return acronym
    return "\n".join(textwrap.wrap(name, width)) or name


def figure(value: Decimal | None, instrument: Instrument, lang: str) -> str:
    """A value or index the way it is published: two decimals, the language's decimal mark."""
    return i18n.figure(value, lang, instrument.decimals)


def index_tip(score: Score, lang: str) -> str:
    """Why the consolidated index carries a mark: missing external scores, uncertain bands."""
    if score.shown_index is None:
        return ""
    counted = marks.assumed(score.instrument, score.assumed, lang)
    return marks.tips(counted, marks.uncertain(score.instrument, "predicates", lang))


def index_line(score: Score, provisional: bool, lang: str) -> str:
    """'Indeks SPBE: 2,87 – Baik (sementara)' for the consolidated score."""
    name = text(score.instrument.index_name, lang)
    shown = score.shown_index
    if shown is None:
        return QCoreApplication.translate("Coordinator", "{0}: no answers yet").format(name)
    predicate = score.instrument.predicate_for(shown).name
    counted = marks.assumed(score.instrument, score.assumed, lang)
    bands = marks.uncertain(score.instrument, "predicates", lang)
    line = (
        f"{name}: {figure(shown, score.instrument, lang)}{counted.mark} – {predicate}{bands.mark}"
    )
    if provisional:
        return QCoreApplication.translate("Coordinator", "{0} (provisional)").format(line)
    return line
