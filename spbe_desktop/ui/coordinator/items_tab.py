"""Butir data dukung: the evidence items of each indicator, level by level, in the coordinator's
workspace — the instrument's own beside the ones the coordinator adds, notes and retires. Its
own items, and the items it retired (an instrument's item the portal no longer lists included),
go to the OPDs with their next assignment."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QListWidgetItem, QTreeWidgetItem, QWidget

from spbe_desktop.core.coordinator.store import Consolidation
from spbe_desktop.core.evidence import items as it
from spbe_desktop.core.instrument.pack import text
from spbe_desktop.ui.dialogs import Dialogs
from spbe_desktop.ui.forms.ui_coord_items import Ui_CoordItemsPage
from spbe_desktop.ui.item_menu import months_from_user

from .changes import CoordChanges

PLACE = Qt.ItemDataRole.UserRole  # (level, item number); number None on a level row
READ_ONLY_FG = QColor("#555555")
RETIRED_FG = QColor("#8a8a8a")
ORIGIN_WORDS = {
    "pack": QT_TRANSLATE_NOOP("ItemsTab", "instrument"),
    "coordinator": QT_TRANSLATE_NOOP("ItemsTab", "coordinator"),
    "portal": QT_TRANSLATE_NOOP("ItemsTab", "portal list"),
    "opd": QT_TRANSLATE_NOOP("ItemsTab", "OPD"),
}


def _origin(origin: str) -> str:
    source = ORIGIN_WORDS.get(origin)
    return QCoreApplication.translate("ItemsTab", source) if source else origin


class ItemsTab(QObject):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.page = QWidget()
        self.ui = Ui_CoordItemsPage()
        self.ui.setupUi(self.page)
        self.index = view.ui.tabs.addTab(self.page, self.tr("Evidence &items"))
        self.indicator_id: str | None = None
        self._note_place: tuple[int, int] | None = None
        ui = self.ui
        ui.splitter.setStretchFactor(1, 3)
        header = ui.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, header.ResizeMode.ResizeToContents)
        ui.ageSpin.setMaximum(it.MAX_AGE_MONTHS)
        ui.ageSpin.setSpecialValueText(self.tr("any age"))
        ui.ageSpin.setSuffix(self.tr(" months"))
        for level in view.ws.instrument.item_levels:
            ui.levelCombo.addItem(self.tr("Level {0}").format(level), level)
        ui.indicatorList.currentRowChanged.connect(self._indicator_chosen)
        ui.tree.itemSelectionChanged.connect(self._selection_changed)
        ui.addButton.clicked.connect(self.add_item)
        ui.importButton.clicked.connect(self.import_sheet)
        ui.textEdit.returnPressed.connect(self.add_item)
        ui.saveNoteButton.clicked.connect(self.save_note)
        ui.retireButton.clicked.connect(self.toggle_retired)
        ui.ageButton.clicked.connect(self.set_age)
        ui.noteEdit.textChanged.connect(self._note_edited)
        ui.pagesEdit.textEdited.connect(self._note_edited)
        self.writable = not view.ws.read_only
        ui.addBox.setEnabled(self.writable)
        ui.noteEdit.setReadOnly(not self.writable)
        ui.pagesEdit.setReadOnly(not self.writable)
        view.refresh_on(self, "items")

    # Showing ---------------------------------------------------------------------------------

    def refresh(self, _result: Consolidation | None = None) -> None:
        """Items do not change with the consolidation: shown with the window, and again after
        a change of items (the own items counted in the list)."""
        self._fill_indicators()

    def _fill_indicators(self) -> None:
        ws, lang = self.view.ws, self.view.lang
        own = self._own_counts()
        listing = self.ui.indicatorList
        listing.blockSignals(True)
        listing.clear()
        for ind in ws.instrument.indicators:
            label = f"{ind.number}. {text(ind.short_name, lang) or text(ind.name, lang)}"
            if own.get(ind.id):
                label += " · " + self.tr("{0} own").format(own[ind.id])
            row = QListWidgetItem(label)
            row.setData(PLACE, ind.id)
            row.setToolTip(text(ind.name, lang))
            listing.addItem(row)
        listing.blockSignals(False)
        wanted = self.indicator_id or ws.instrument.indicators[0].id
        for position in range(listing.count()):
            if listing.item(position).data(PLACE) == wanted:
                listing.setCurrentRow(position)
                break

    def _own_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for item in it.own_items(self.view.ws):
            if not item.retired:
                counts[item.indicator_id] = counts.get(item.indicator_id, 0) + 1
        return counts

    def _indicator_chosen(self, row: int) -> None:
        entry = self.ui.indicatorList.item(row)
        self.indicator_id = entry.data(PLACE) if entry is not None else None
        self._show()

    def select_indicator(self, indicator_ref: str | int) -> None:
        self.indicator_id = self.view.ws.instrument.indicator(indicator_ref).id
        self._fill_indicators()

    def _show(self) -> None:
        if self.indicator_id is None:
            return
        ws, lang = self.view.ws, self.view.lang
        ind = ws.instrument.indicator(self.indicator_id)
        self.ui.indicatorLabel.setText(
            self.tr("Indicator {0}: {1}").format(ind.number, text(ind.name, lang))
        )
        chosen = self.selected_place()
        tree = self.ui.tree
        tree.clear()
        for level, level_items in it.indicator_items(ws, ind.id).items():
            own = sum(item.origin != "pack" for item in level_items)
            label = self.tr("Level {0}").format(level)
            if own:
                label += " · " + self.tr("{0} own").format(own)
            row = QTreeWidgetItem([label, "", "", ""])
            row.setData(0, PLACE, (level, None))
            bold = QFont(row.font(0))
            bold.setBold(True)
            row.setFont(0, bold)
            tree.addTopLevelItem(row)
            for item in level_items:
                row.addChild(self._item_row(item))
            row.setExpanded(True)
        self._select(chosen)
        self._selection_changed()

    def _item_row(self, item: it.LevelItem) -> QTreeWidgetItem:
        label = f"{item.number}. {text(item.text, self.view.lang)}"
        if item.max_age_months:
            label += " · " + self.tr("at most {0} months old").format(item.max_age_months)
        state = self.tr("retired") if item.retired else self.tr("in use")
        row = QTreeWidgetItem([label, item.code or "", _origin(item.origin), state])
        row.setData(0, PLACE, (item.level, item.number))
        row.setToolTip(0, label)
        if item.origin == "pack":
            for column in range(4):
                row.setForeground(column, QBrush(READ_ONLY_FG))
            row.setToolTip(
                2,
                self.tr(
                    "The instrument's item: its text stays; retire it if the portal does not list it."
                ),
            )
        if item.retired:
            for column in range(4):
                row.setForeground(column, QBrush(RETIRED_FG))
        return row

    def selected_place(self) -> tuple[int, int | None] | None:
        chosen = self.ui.tree.selectedItems()
        return chosen[0].data(0, PLACE) if chosen else None

    def selected_item(self) -> it.LevelItem | None:
        place = self.selected_place()
        if place is None or place[1] is None or self.indicator_id is None:
            return None
        return it.get_item(self.view.ws, self.indicator_id, place[0], place[1])

    def _select(self, place: tuple[int, int | None] | None) -> None:
        tree = self.ui.tree
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            for row in (top, *(top.child(j) for j in range(top.childCount()))):
                if place is not None and row.data(0, PLACE) == place:
                    tree.setCurrentItem(row)
                    return

    def _selection_changed(self) -> None:
        place = self.selected_place()
        if place is not None:
            self.ui.levelCombo.setCurrentIndex(max(0, self.ui.levelCombo.findData(place[0])))
        item = self.selected_item()
        own = item is not None and item.origin != "pack"
        self.ui.noteBox.setEnabled(own)
        # The instrument's items are retired too (not on the portal's list this year); only
        # the coordinator's own carry notes and an age.
        self.ui.retireButton.setEnabled(item is not None and self.writable)
        self.ui.ageButton.setEnabled(own and self.writable)
        self.ui.retireButton.setText(
            self.tr("&Put back in use")
            if item is not None and item.retired
            else self.tr("&Retire item")
        )
        if not own:
            self._note_place = None
            self._show_note("", "")
            return
        if self._note_place == (item.level, item.number):
            return
        self._note_place = (item.level, item.number)
        note = it.item_note(self.view.ws, item.indicator_id, item.level, item.number)
        self._show_note(note.note, note.pages)

    def _show_note(self, note: str, pages: str) -> None:
        self.ui.noteEdit.blockSignals(True)
        self.ui.noteEdit.setPlainText(note)
        self.ui.noteEdit.blockSignals(False)
        self.ui.pagesEdit.setText(pages)
        self.ui.saveNoteButton.setEnabled(False)

    def _note_edited(self, *_args) -> None:
        self.ui.saveNoteButton.setEnabled(self.writable and self._note_place is not None)

    # Changing --------------------------------------------------------------------------------

    def _change(self, change, done=None) -> None:
        """`change(ws)` on the workspace, at once; a refusal is one sentence and changes nothing.
        `done(result)` follows once the tab shows the change."""
        self.view.write_now(
            lambda ws, _progress, _cancel: change(ws), CoordChanges(items=True), done
        )

    def add_item(self) -> None:
        if not self.writable or self.indicator_id is None:
            return
        ind_id, level = self.indicator_id, self.ui.levelCombo.currentData()
        words, code = self.ui.textEdit.text(), self.ui.codeEdit.text()
        months = self.ui.ageSpin.value() or None

        def added(item: it.LevelItem) -> None:
            self.ui.textEdit.clear()
            self.ui.codeEdit.clear()
            self.ui.ageSpin.setValue(0)
            self._select((level, item.number))
            self.view.message(
                self.tr("Item {0} added to level {1}; it goes with the next assignment.").format(
                    item.number, level
                )
            )

        self._change(
            lambda ws: it.add_item(ws, ind_id, level, words, code, max_age_months=months), added
        )

    def save_note(self) -> None:
        item = self.selected_item()
        if item is None or item.origin == "pack" or not self.writable:
            return
        note, pages = self.ui.noteEdit.toPlainText(), self.ui.pagesEdit.text()

        def saved(_result: object) -> None:
            self._note_place = None  # shown again as stored
            self._selection_changed()

        self._change(
            lambda ws: it.set_item_note(
                ws, item.indicator_id, item.level, item.number, note, pages
            ),
            saved,
        )

    def toggle_retired(self) -> None:
        """Retire the selected item or put it back; the OPDs follow with their next assignment."""
        item = self.selected_item()
        if item is None or not self.writable:
            return
        change = it.restore_item if item.retired else it.retire_item
        self._change(lambda ws: change(ws, item.indicator_id, item.level, item.number))

    def set_age(self) -> None:
        """How recent the selected own item's evidence must be; it goes with the next assignment."""
        item = self.selected_item()
        if item is None or item.origin == "pack" or not self.writable:
            return
        ok, months = months_from_user(self.page.window(), item)
        if ok:
            self._change(
                lambda ws: it.set_max_age(ws, item.indicator_id, item.level, item.number, months)
            )

    def import_sheet(self) -> None:
        """The portal's item list, copied into a sheet: every row checked before any is taken in."""
        if not self.writable:
            return
        path = Dialogs.open_sheet(self.view.window(), self.tr("Import the portal's item list"))
        if not path:
            return
        from spbe_desktop.core.evidence.item_import import import_items

        def imported(result) -> None:
            Dialogs.info(
                self.view.window(),
                self.tr("Portal's item list"),
                self.tr(
                    "{0} items added, {1} already there. They go with the next assignment."
                ).format(len(result.added), result.already),
            )

        self._change(lambda ws: import_items(ws, path), imported)
