"""The evidence items of one indicator, level by level, as the national portal asks for them:
each item with its files and its status (missing / has evidence / retired; accepted or sent back
once the assessors gave a verdict), the supported level beside the claim, files dropped onto an
item attached to it, the item's note for the portal (with page references) edited in place, and
an own item added to a level."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from spbe_desktop.core.evidence import items as it
from spbe_desktop.core.evidence import placement
from spbe_desktop.core.evidence import store as ev
from spbe_desktop.core.evidence.item_exchange import retired_by_coordinator
from spbe_desktop.core.evidence.support import indicator_support
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.core.workspace.workspace import Workspace
from spbe_desktop.ui.forms.ui_items_panel import Ui_ItemsPanel

from .dialogs import Dialogs, show_error
from .evidence_panel import attach_evidence
from .item_menu import install_item_menu, item_outcomes
from .operations import WriteOp
from .session import Changes, WorkspaceSession

PLACE = Qt.ItemDataRole.UserRole  # (level, item number) of a row; item None on a level row
EVIDENCE = Qt.ItemDataRole.UserRole + 1  # the evidence id of a file row
DATE_COLUMN = 2
MISSING, PRESENT, RETIRED = "#b42318", "#1e6b34", "#777777"


class ItemsPanel(QWidget):
    filesAttached = Signal(int)

    def __init__(self, session: WorkspaceSession, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ItemsPanel()
        self.ui.setupUi(self)
        self.session = session
        self.lang = lang
        self.indicator_id: str | None = None
        self._shown_note: tuple[int, int] | None = None
        header = self.ui.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        self._verdict_width: bool | None = None
        self._by_coordinator: set[tuple[int, int]] = set()  # places retired by an assignment
        self._size_columns(with_verdicts=False)
        # Files land on an item's row, or on a level row's first item.
        self.ui.tree.accepts = lambda row: row is not None and not self.session.read_only
        self.ui.tree.filesDropped.connect(self._dropped)
        self.ui.tree.itemSelectionChanged.connect(self._selection_changed)
        # Only a file row's document date is edited, by a double click on it.
        self.ui.tree.setEditTriggers(self.ui.tree.EditTrigger.NoEditTriggers)
        self.ui.tree.itemDoubleClicked.connect(self._edit_date)
        self.ui.tree.itemChanged.connect(self._date_edited)
        self.ui.attachButton.clicked.connect(self.choose_files)
        self.ui.addItemButton.clicked.connect(self.add_item)
        self.ui.newItemEdit.returnPressed.connect(self.add_item)
        self.ui.codeEdit.returnPressed.connect(self.add_item)
        self.ui.saveNoteButton.clicked.connect(self.save_note)
        self.ui.noteEdit.textChanged.connect(self._note_edited)
        self.ui.pagesEdit.textEdited.connect(self._note_edited)
        writable = not session.read_only
        self.ui.ageSpin.setMaximum(it.MAX_AGE_MONTHS)
        self.ui.ageSpin.setSpecialValueText(self.tr("any age"))
        self.ui.ageSpin.setSuffix(self.tr(" months"))
        for widget in (
            self.ui.attachButton,
            self.ui.addItemButton,
            self.ui.newItemEdit,
            self.ui.codeEdit,
            self.ui.ageSpin,
        ):
            widget.setEnabled(writable)
        self.ui.noteEdit.setReadOnly(not writable)
        self.ui.pagesEdit.setReadOnly(not writable)
        self.ui.dropHint.setVisible(writable)
        install_item_menu(self)  # retire an own item, or put it back
        session.changed.connect(self._changed)

    # Showing -------------------------------------------------------------------------------

    def show_indicator(self, indicator_id: str) -> None:
        self.indicator_id = indicator_id
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if self.indicator_id is not None and (
            self.indicator_id in changes.evidence or self.indicator_id in changes.answers
        ):
            self.refresh()

    def refresh(self) -> None:
        if self.indicator_id is None:
            return
        ws = self.session.ws
        ind = ws.instrument.indicator(self.indicator_id)
        chosen = self.selected_place()
        self._shown_note = None  # read again: another indicator, or a note just saved
        levels = it.indicator_items(ws, ind.id)
        files: dict[tuple[int, int], list[ev.EvidenceItem]] = {}
        for f in ev.list_evidence(ws, ind.id):
            if f.level is not None and f.item is not None:
                files.setdefault((f.level, f.item), []).append(f)
        counts = {(ind.id, lv, n): len(fs) for (lv, n), fs in files.items()}
        support = indicator_support(ind.id, levels, counts)
        claimed = self.session.answer(ind.id).level
        self._show_support(ind.external is not None, claimed, support)
        outcomes = item_outcomes(self.session.ws, ind.id)
        self._by_coordinator = retired_by_coordinator(ws, ind.id, levels)
        self._size_columns(with_verdicts=bool(outcomes))
        tree = self.ui.tree
        tree.blockSignals(True)  # filling rows is no edit of a document date
        try:
            self._fill(levels, files, outcomes, max(support.level + 1, claimed or 1))
        finally:
            tree.blockSignals(False)
        self._select(chosen)
        self._selection_changed()

    def _size_columns(self, with_verdicts: bool) -> None:
        if self._verdict_width == with_verdicts:
            return
        self._verdict_width = with_verdicts
        statuses = [self.tr("retired"), self.tr("has evidence"), self.tr("missing"), "2026-12-31"]
        if with_verdicts:
            from spbe_desktop.core.assessment.statuses import STATUSES, status_label

            statuses.append(self.tr("accepted"))
            statuses += [
                self.tr("sent back ({0})").format(status_label(s, self.lang)) for s in STATUSES
            ]
        self.ui.tree.fit_column(1, ("999",))
        self.ui.tree.fit_column(2, statuses)

    def _fill(self, levels: dict, files: dict, outcomes: dict, open_to: int) -> None:
        """Level rows made once per level and item and file rows reused: a switch sets texts."""
        tree = self.ui.tree
        while tree.topLevelItemCount() > len(levels):
            tree.takeTopLevelItem(tree.topLevelItemCount() - 1)
        for index, (level, level_items) in enumerate(levels.items()):
            row = tree.topLevelItem(index)
            if row is None:
                row = QTreeWidgetItem(tree)
                bold = row.font(0)
                bold.setBold(True)
                row.setFont(0, bold)
            row.setText(0, self.tr("Level {0}").format(level))
            row.setData(0, PLACE, (level, None))
            _keep(row, len(level_items))
            for n, item in enumerate(level_items):
                place = (level, item.number)
                self._item_row(row.child(n), item, files.get(place, []), outcomes.get(place))
            row.setExpanded(level <= open_to)

    def _item_row(
        self, row: QTreeWidgetItem, item: it.LevelItem, files: list[ev.EvidenceItem], outcome
    ) -> None:
        label = f"{item.number}. {text(item.text, self.lang)}"
        if item.code:
            label += f" [{item.code}]"
        if item.max_age_months:
            label += " · " + self.tr("at most {0} months old").format(item.max_age_months)
        if item.origin != "pack":
            label += " · " + (
                self.tr("coordinator's item")
                if item.origin == "coordinator"
                else self.tr("own item")
            )
        if item.retired:
            status, colour = self.tr("retired"), RETIRED
        elif files:
            status, colour = self.tr("has evidence"), PRESENT
        else:
            status, colour = self.tr("missing"), MISSING
        if outcome is not None and not item.retired:  # the assessors' word, once they gave it
            from spbe_desktop.core.assessment.statuses import is_revision, status_label

            if is_revision(outcome.status):
                shown = status_label(outcome.status, self.lang)
                status, colour = self.tr("sent back ({0})").format(shown), MISSING
            else:
                status, colour = self.tr("accepted"), PRESENT
        for column, shown in enumerate((label, str(len(files)) if files else "–", status)):
            row.setText(column, shown)
        row.setData(0, PLACE, (item.level, item.number))
        # Style given: from a colour alone, PySide would first load its gradient class.
        row.setForeground(2, QBrush(QColor(colour), Qt.BrushStyle.SolidPattern))
        tip = outcome.note if outcome is not None and outcome.note else ""
        if item.retired and (item.level, item.number) in self._by_coordinator:
            tip = self.tr(
                "Retired by your coordinator with the assignment (not on the portal's list): "
                "it is not counted. The next assignment puts it back if the coordinator does."
            )
        row.setToolTip(2, tip)
        row.setToolTip(0, label)
        _keep(row, len(files))
        editable = not self.session.read_only
        for n, f in enumerate(files):
            child = row.child(n)
            child.setText(0, f"   {f.original_name}")
            child.setText(DATE_COLUMN, f.document_date or "")
            child.setData(0, PLACE, (item.level, item.number))
            child.setData(0, EVIDENCE, f.id)
            child.setData(DATE_COLUMN, EVIDENCE, f.document_date or "")
            child.setToolTip(0, f.original_name)
            if editable:
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
                child.setToolTip(
                    DATE_COLUMN, self.tr("Document date (YYYY-MM-DD): double-click to correct it")
                )

    def _show_support(self, external: bool, claimed: int | None, support) -> None:
        if external:
            message = self.tr("Valued from another agency's index: nothing to upload.")
        elif support.missing_level is None:
            message = self.tr("Supported level {0}: every item has evidence.").format(support.level)
        else:
            message = self.tr("Supported level {0}; first missing: level {1}, item {2}.").format(
                support.level, support.missing_level, support.missing_item or "–"
            )
            if claimed and claimed > support.level:
                message = (
                    "<b style='color:#b42318'>"
                    + message
                    + "</b> "
                    + self.tr("Level {0} will be rejected automatically.").format(
                        support.missing_level + 1 if claimed > support.missing_level else claimed
                    )
                )
        self.ui.supportLabel.setText(message)

    def selected_place(self) -> tuple[int, int | None] | None:
        chosen = self.ui.tree.selectedItems()
        return chosen[0].data(0, PLACE) if chosen else None

    def _select(self, place: tuple[int, int | None] | None) -> None:
        if place is None:
            return
        tree = self.ui.tree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            for row in (top, *(top.child(j) for j in range(top.childCount()))):
                if row.data(0, PLACE) == place:
                    tree.setCurrentItem(row)
                    return

    def _selection_changed(self) -> None:
        place = self.selected_place()
        on_item = place is not None and place[1] is not None
        writable = not self.session.read_only
        self.ui.attachButton.setEnabled(writable and on_item)
        self.ui.noteBox.setEnabled(on_item)
        if not on_item or self.indicator_id is None:
            self._shown_note = None
            self.ui.noteEdit.setPlainText("")
            self.ui.pagesEdit.setText("")
            self.ui.saveNoteButton.setEnabled(False)
            return
        if self._shown_note == place:
            return
        note = it.item_note(self.session.ws, self.indicator_id, place[0], place[1])
        self._shown_note = place
        self.ui.noteEdit.blockSignals(True)
        self.ui.noteEdit.setPlainText(note.note)
        self.ui.noteEdit.blockSignals(False)
        self.ui.pagesEdit.setText(note.pages)
        self.ui.saveNoteButton.setEnabled(False)

    def _note_edited(self, *_args) -> None:
        self.ui.saveNoteButton.setEnabled(not self.session.read_only and bool(self._shown_note))

    # Changing ------------------------------------------------------------------------------

    def save_note(self) -> None:
        place = self._shown_note
        if place is None or self.session.read_only or self.indicator_id is None:
            return
        ind_id = self.indicator_id
        note, pages = self.ui.noteEdit.toPlainText(), self.ui.pagesEdit.text()

        def work(ws: Workspace, progress, cancel) -> None:
            it.set_item_note(ws, ind_id, place[0], place[1], note, pages)

        saving = WriteOp(self, self.session.ws, work).success(
            lambda _r: self.ui.saveNoteButton.setEnabled(False)
        )
        saving.notify(self.session, Changes.of_evidence(ind_id)).run_now()

    def add_item(self) -> None:
        place = self.selected_place()
        words = self.ui.newItemEdit.text().strip()
        if self.session.read_only or self.indicator_id is None or not words:
            return
        if place is None:
            Dialogs.error(self.window(), self.tr("Choose the level the new item belongs to."))
            return
        ind_id, level = self.indicator_id, place[0]
        code, months = self.ui.codeEdit.text(), self.ui.ageSpin.value() or None

        def added(item: it.LevelItem) -> None:
            self.ui.newItemEdit.clear()
            self.ui.codeEdit.clear()
            self.ui.ageSpin.setValue(0)
            self._select((level, item.number))

        def add(ws: Workspace, _progress, _cancel) -> it.LevelItem:
            return it.add_item(ws, ind_id, level, words, code, max_age_months=months)

        adding = WriteOp(self, self.session.ws, add)
        adding.notify(self.session, Changes.of_evidence(ind_id)).success(added).run_now()

    def choose_files(self) -> None:
        place = self.selected_place()
        if self.session.read_only or place is None or place[1] is None:
            return
        paths = Dialogs.evidence_files(self.window())
        if paths:
            self.attach(paths, place[0], place[1])

    def attach(self, paths: list[str], level: int, number: int) -> None:
        """Attach files to one item, one after the other, with progress over their total size."""
        if self.indicator_id is not None:
            title = self.tr("Attaching evidence…")
            attach_evidence(
                self, self.session, self.indicator_id, paths, title, level=level, item=number
            )

    def _edit_date(self, row: QTreeWidgetItem, _column: int) -> None:
        if row.data(0, EVIDENCE) is not None and not self.session.read_only:
            self.ui.tree.editItem(row, DATE_COLUMN)

    def _date_edited(self, row: QTreeWidgetItem, column: int) -> None:
        evidence_id = row.data(0, EVIDENCE)
        if column != DATE_COLUMN or evidence_id is None or self.indicator_id is None:
            return
        value, ind_id = row.text(DATE_COLUMN).strip(), self.indicator_id
        if value == row.data(DATE_COLUMN, EVIDENCE):
            return

        def work(ws: Workspace, progress, cancel) -> None:
            placement.set_document_date(ws, evidence_id, value)

        def refused(exc: BaseException) -> None:
            show_error(self.window(), exc)
            self.refresh()  # the date as stored

        dating = WriteOp(self, self.session.ws, work).failure(refused)
        dating.notify(self.session, Changes.of_evidence(ind_id))
        # After the editor has closed: the refresh rewrites the row being edited.
        QTimer.singleShot(0, dating.run_now)

    def _dropped(self, paths: list[str], row: QTreeWidgetItem) -> None:
        level, number = row.data(0, PLACE)
        self.attach(paths, level, number or 1)


def _keep(row: QTreeWidgetItem, count: int) -> None:
    """Exactly `count` children under a row: the ones there are kept for their new contents."""
    while row.childCount() > count:
        row.removeChild(row.child(row.childCount() - 1))
    while row.childCount() < count:
        QTreeWidgetItem(row)
