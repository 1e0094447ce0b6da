"""Sending an assignment: which indicators the OPD answers (all by default), who owns each
indicator for the Pemda, and the deadline."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QTableWidgetItem, QWidget

from spbe_desktop.core.coordinator.store import Opd
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.ui.dialogs import Dialogs
from spbe_desktop.ui.forms.ui_coord_assign import Ui_AssignmentDialog

from .common import cell, fill_row, setup_table

OWNER_COLUMN = 3


class AssignmentRequest(NamedTuple):
    indicator_ids: list[str]
    deadline: str  # ISO date
    owners: dict[str, str | None]  # indicator id → owner OPD id (None: no owner)


class AssignmentDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        ws: Workspace,
        opd: Opd,
        opds: list[Opd],
        owners: dict[str, str],
        lang: str,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AssignmentDialog()
        self.ui.setupUi(self)
        self.opd = opd
        self.opds = opds
        self.ids = [i.id for i in ws.instrument.indicators]
        self.setWindowTitle(self.tr("Send an assignment to {0}").format(opd.name))
        self.ui.intro.setText(
            self.tr(
                "Tick the indicators <b>{0}</b> answers (all by default). In a Pemda-level "
                "submission each indicator usually has one owner OPD whose answer counts: set "
                "the owners here too."
            ).format(opd.name)
        )
        self.ui.deadlineEdit.setDate(QDate.currentDate().addDays(30))
        table = self.ui.table
        setup_table(table, ["", self.tr("No."), self.tr("Indicator"), self.tr("Owner OPD")])
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(
            OWNER_COLUMN, QHeaderView.ResizeMode.Interactive
        )
        table.setColumnWidth(OWNER_COLUMN, 260)
        for ind in ws.instrument.indicators:
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            tick.setCheckState(Qt.CheckState.Checked)
            row = fill_row(
                table,
                [tick, cell(ind.number, right=True), cell(text(ind.name, lang))],
            )
            owner = QComboBox()
            owner.addItem(self.tr("(no owner)"), None)
            for each in opds:
                owner.addItem(each.name, each.id)
            owner.setCurrentIndex(max(owner.findData(owners.get(ind.id)), 0))
            table.setCellWidget(row, OWNER_COLUMN, owner)
        table.itemChanged.connect(self._count)
        self.ui.allButton.clicked.connect(lambda: self._tick(lambda _row: True))
        self.ui.ownedButton.clicked.connect(
            lambda: self._tick(lambda row: self.owner_box(row).currentData() == opd.id)
        )
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._count()

    def owner_box(self, row: int) -> QComboBox:
        return self.ui.table.cellWidget(row, OWNER_COLUMN)

    def _tick(self, wanted) -> None:
        for row in range(self.ui.table.rowCount()):
            state = Qt.CheckState.Checked if wanted(row) else Qt.CheckState.Unchecked
            self.ui.table.item(row, 0).setCheckState(state)

    def chosen(self) -> list[str]:
        table = self.ui.table
        return [
            self.ids[row]
            for row in range(table.rowCount())
            if table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def _count(self, *_args) -> None:
        self.ui.countLabel.setText(
            self.tr("{0} of {1} indicators chosen.").format(len(self.chosen()), len(self.ids))
        )

    def _accept(self) -> None:
        if not self.chosen():
            Dialogs.error(self, self.tr("Tick at least one indicator."))
            return
        self.accept()

    def request(self) -> AssignmentRequest:
        return AssignmentRequest(
            self.chosen(),
            self.ui.deadlineEdit.date().toString(Qt.DateFormat.ISODate),
            {self.ids[row]: self.owner_box(row).currentData() for row in range(len(self.ids))},
        )
