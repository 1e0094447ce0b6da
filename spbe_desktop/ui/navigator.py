"""The navigator: the instrument's tree (domain → aspect → indicator, or aspect → indicator when
the instrument has no domains) with a state icon per indicator and a filter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from spbe_desktop.core.instrument.pack import Instrument, text
from spbe_desktop.ui.forms.ui_navigator import Ui_NavigatorPanel

from . import icons
from .session import Changes, WorkspaceSession

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1
SHOW_ALL, SHOW_UNANSWERED, SHOW_NO_EVIDENCE, SHOW_ASSIGNED, SHOW_TO_FIX, SHOW_REVISI = range(6)


class NavigatorPanel(QWidget):
    indicatorActivated = Signal(str)
    overviewActivated = Signal()

    def __init__(self, session: WorkspaceSession, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_NavigatorPanel()
        self.ui.setupUi(self)
        self.session = session
        self.lang = lang
        self.ui.filterCombo.addItems(
            [
                self.tr("All indicators"),
                self.tr("Not yet answered"),
                self.tr("Without evidence"),
                self.tr("Assigned to this OPD"),
                self.tr("To fix (review or evidence check)"),
                self.tr("Needs revision (assessors)"),
            ]
        )
        self._items: dict[str, QTreeWidgetItem] = {}
        self._order: list[str] = []
        self._build(session.ws.instrument)
        self.ui.filterCombo.currentIndexChanged.connect(self.apply_filter)
        self.ui.tree.currentItemChanged.connect(self._current_changed)
        session.changed.connect(self._changed)

    @property
    def tree(self):
        return self.ui.tree

    def _build(self, inst: Instrument) -> None:
        tree = self.ui.tree
        tree.clear()
        overview = QTreeWidgetItem(tree, [self.tr("Overview")])
        overview.setData(0, ROLE_KIND, "overview")
        font = overview.font(0)
        font.setBold(True)
        overview.setFont(0, font)
        if inst.domains:
            for domain in inst.domains:
                d_item = self._group_item(tree, "domain", domain.id, text(domain.name, self.lang))
                for aspect in inst.aspects_of_domain(domain.id):
                    self._aspect(d_item, inst, aspect)
        else:
            for aspect in inst.aspects:
                self._aspect(tree, inst, aspect)
        tree.expandAll()
        for ind_id in self._order:
            self.refresh_state(ind_id)

    def _group_item(self, parent, kind: str, group_id: str, label: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [label])
        item.setData(0, ROLE_KIND, kind)
        item.setData(0, ROLE_ID, group_id)
        item.setToolTip(0, label)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        return item

    def _aspect(self, parent, inst: Instrument, aspect) -> None:
        a_item = self._group_item(parent, "aspect", aspect.id, text(aspect.name, self.lang))
        for ind in inst.indicators_of_aspect(aspect.id):
            label = f"{ind.number}. {text(ind.short_name, self.lang)}"
            item = QTreeWidgetItem(a_item, [label])
            item.setData(0, ROLE_KIND, "indicator")
            item.setData(0, ROLE_ID, ind.id)
            item.setToolTip(0, text(ind.name, self.lang))
            self._items[ind.id] = item
            self._order.append(ind.id)

    def refresh_state(self, indicator_id: str) -> None:
        item = self._items.get(indicator_id)
        if item is None:
            return
        state = self.session.state_of(self.session.ws.instrument.indicator(indicator_id))
        item.setIcon(0, icons.state_icon(state))
        item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, state)
        if self.ui.filterCombo.currentIndex() != SHOW_ALL:
            self.apply_filter()

    def _changed(self, changes: Changes) -> None:
        if changes.reviews or changes.findings:
            self.refresh_all()
            return
        for indicator_id in changes.indicators():
            self.refresh_state(indicator_id)

    def refresh_all(self) -> None:
        for ind_id in self._order:
            self.refresh_state(ind_id)

    def _assigned(self) -> set[str]:
        """The indicators the coordinator assigned; all of them without an assignment."""
        listed = (self.session.ws.meta("assigned_indicators") or "").split(",")
        return {i for i in listed if i} or set(self._items)

    def apply_filter(self) -> None:
        mode = self.ui.filterCombo.currentIndex()
        inst = self.session.ws.instrument
        assigned = self._assigned() if mode == SHOW_ASSIGNED else set()
        for ind_id, item in self._items.items():
            if mode == SHOW_ASSIGNED:
                hide = ind_id not in assigned
            elif mode == SHOW_TO_FIX:
                state = item.data(0, Qt.ItemDataRole.AccessibleDescriptionRole)
                hide = state not in (icons.LINT, icons.REVISE, icons.REJECTED)
            elif mode == SHOW_REVISI:
                hide = ind_id not in self.session.revisions
            elif mode == SHOW_UNANSWERED:
                answer = self.session.answer(ind_id)
                hide = answer.level is not None or answer.external_score is not None
            elif mode == SHOW_NO_EVIDENCE:
                hide = self.session.evidence_count(ind_id) > 0
            else:
                hide = False
            # The open indicator stays visible so that answering it does not pull it away.
            hide = hide and item is not self.ui.tree.currentItem()
            if item.isHidden() != hide:  # each call lays the whole tree out again
                item.setHidden(hide)
        self._hide_empty_groups(inst)

    def _hide_empty_groups(self, inst: Instrument) -> None:
        root = self.ui.tree.invisibleRootItem()
        for i in range(root.childCount()):
            self._hide_if_empty(root.child(i))

    def _hide_if_empty(self, item: QTreeWidgetItem) -> bool:
        kind = item.data(0, ROLE_KIND)
        if kind == "indicator":
            return not item.isHidden()
        if kind == "overview":
            return True
        visible = False
        for i in range(item.childCount()):
            visible = self._hide_if_empty(item.child(i)) or visible
        if item.isHidden() == visible:
            item.setHidden(not visible)
        return visible

    def _current_changed(self, item: QTreeWidgetItem | None, _previous) -> None:
        if item is None:
            return
        kind = item.data(0, ROLE_KIND)
        if kind == "indicator":
            self.indicatorActivated.emit(item.data(0, ROLE_ID))
        elif kind == "overview":
            self.overviewActivated.emit()

    def select(self, indicator_id: str | None) -> None:
        """Make an indicator (or the overview, for None) the current item."""
        if indicator_id is None:
            self.ui.tree.setCurrentItem(self.ui.tree.topLevelItem(0))
            return
        item = self._items[indicator_id]
        if item.isHidden():  # unhiding lays the whole tree out again and repaints it
            item.setHidden(False)
        self.ui.tree.setCurrentItem(item)
        self.ui.tree.scrollToItem(item)

    def current_indicator(self) -> str | None:
        item = self.ui.tree.currentItem()
        if item is not None and item.data(0, ROLE_KIND) == "indicator":
            return item.data(0, ROLE_ID)
        return None

    def step(self, delta: int) -> str | None:
        """The next (+1) or previous (-1) visible indicator after the current one."""
        visible = [i for i in self._order if not self._items[i].isHidden()]
        if not visible:
            return None
        current = self.current_indicator()
        if current not in visible:
            return visible[0] if delta > 0 else visible[-1]
        pos = visible.index(current) + delta
        return visible[pos] if 0 <= pos < len(visible) else None
